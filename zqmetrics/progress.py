"""The progress bar of a long command-line run (tqdm on stderr, only on a terminal)."""

from __future__ import annotations

from typing import Any, TextIO


class Progress:
    """A tqdm bar on stderr when stderr is a terminal, shown only once the run has lasted
    ``delay`` seconds: a short run stays silent."""

    def __init__(self, total: int, stream: TextIO | None, delay: float = 2.0) -> None:
        self.stream = stream
        self.delay = delay
        self.bar: Any = None
        self.row_bar: Any = None
        self.on = stream is not None and getattr(stream, "isatty", lambda: False)()
        if self.on and total > 1:
            from tqdm import tqdm  # lazy: only a terminal shows a bar

            self.bar = tqdm(total=total, file=stream, unit="file", leave=False, delay=delay)

    def rows(self, total: int) -> None:
        """A bar over the rows of a big file split across the workers."""
        if self.on and self.bar is None:
            from tqdm import tqdm  # lazy: only a terminal shows a bar

            self.row_bar = tqdm(total=total, file=self.stream, unit="row", leave=False,
                                delay=self.delay)

    def rows_done(self, n: int) -> None:
        if self.row_bar is not None:
            self.row_bar.update(n)

    def update(self) -> None:
        if self.bar is not None:
            self.bar.update(1)

    def error(self, message: str) -> None:
        if self.bar is not None:
            self.bar.write(message, file=self.stream)
        else:
            print(message, file=self.stream, flush=True)

    def close(self) -> None:
        for bar in (self.bar, self.row_bar):
            if bar is not None:
                bar.close()
        self.row_bar = None
