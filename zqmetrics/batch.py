"""The files a command works on, and the work for each (in worker processes with ``--jobs``).

A REPORT argument is a file, a folder (its report files) or a glob. Each file is read, extracted
and assessed on its own; a file that cannot be used becomes a one-line reason, never a traceback.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from zqmetrics.errors import ReportReadError
from zqmetrics.judge.assessment import assess
from zqmetrics.judge.records import records
from zqmetrics.read.reader import read_report

PROG = "zqmetrics"


REPORT_SUFFIXES = (".txt", ".csv", ".tsv", ".xlsx", ".html", ".htm", ".docx")


_GLOB_CHARS = frozenset("*?[")


@dataclass(frozen=True)
class Item:
    """One file to read, or the reason an argument gave none."""

    path: str
    error: str | None = None


def _folder_files(folder: Path) -> list[Path]:
    return sorted(
        (p for p in folder.iterdir()
         if p.suffix.lower() in REPORT_SUFFIXES and not p.name.startswith((".", "~$"))
         and p.is_file()),
        key=lambda p: p.name,
    )


def expand(arguments: Sequence[str]) -> list[Item]:
    """Files named by the REPORT arguments, in order: a file, a folder's report files, a glob."""
    items: list[Item] = []
    for arg in arguments:
        path = Path(arg)
        if path.is_dir():
            found = _folder_files(path)
            items += [Item(str(p)) for p in found] or [
                Item(arg, f"no report files ({' '.join(REPORT_SUFFIXES)}) in this folder")]
        elif path.exists() or not _GLOB_CHARS & set(arg):
            items.append(Item(arg))  # a missing file is reported when it is read
        else:
            matches = sorted(glob.glob(arg, recursive=True))
            files = [m for m in matches if Path(m).is_file()]
            for folder in (m for m in matches if Path(m).is_dir()):
                files += [str(p) for p in _folder_files(Path(folder))]
            items += [Item(f) for f in files] or [Item(arg, "no file matches this pattern")]
    return items


@dataclass(frozen=True)
class Job:
    command: str
    path: str
    period: str | None
    tolerance: float = 0.0
    label: str | None = None  # the source name to show; the path by default


@dataclass(frozen=True)
class Result:
    path: str
    value: Any = None  # contract records (extract) or the assessed frame (at-risk)
    error: str | None = None
    warnings: tuple[str, ...] = ()  # what the reader assumed (df.attrs["warnings"])


def _reason(exc: BaseException, path: str) -> str:

    text = str(exc)
    if isinstance(exc, ReportReadError):
        source = getattr(exc, "source", None)
        for prefix in (f"{source}: ", f"{path}: "):
            if source is not None and text.startswith(prefix):
                return text[len(prefix):]
        return text
    if isinstance(exc, OSError):
        return f"cannot read ({exc.strerror or type(exc).__name__})"
    return f"unexpected error ({type(exc).__name__}: {text}); please report this"


def say_warnings(result: Result, say: Callable[[str], None]) -> None:
    """Every assumption the reader made about one file, once, on standard error."""
    for warning in dict.fromkeys(result.warnings):
        say(f"{PROG}: {result.path}: warning: {warning}")


def run_job(job: Job) -> Result:
    """Read, extract and assess one file; never raises for a bad file."""

    try:

        frame = read_report(job.path, period=job.period)
        label = job.label or job.path
        if job.command == "extract":
            value: Any = [{**rec, "source": label} for rec in records(frame, period=job.period)]
        else:
            value = assess(frame, period=job.period, tolerance=job.tolerance)
            value["source"] = label
        return Result(job.path, value, warnings=tuple(frame.attrs.get("warnings") or ()))
    except (ReportReadError, OSError) as exc:
        return Result(job.path, error=_reason(exc, job.path))
    except Exception as exc:  # one broken file must not stop the batch or show a traceback
        if os.environ.get("ZQMETRICS_DEBUG"):
            raise
        return Result(job.path, error=_reason(exc, job.path))


def cpu_count() -> int:
    counter = getattr(os, "process_cpu_count", None)  # Python 3.13+
    if counter is not None:
        return counter() or 1
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def run_jobs(jobs: list[Job], workers: int) -> Generator[Result, None, None]:
    """Results in input order; several processes when there are several files and workers."""
    workers = min(workers, len(jobs))
    if workers <= 1:
        yield from map(run_job, jobs)
        return
    # lazy: worker processes are needed only for several files with --jobs > 1
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    try:
        pool = ProcessPoolExecutor(max_workers=workers)
    except (OSError, NotImplementedError, ValueError):  # no process support here: work in-line
        yield from map(run_job, jobs)
        return
    with pool:
        futures = [pool.submit(run_job, job) for job in jobs]
        try:
            for job, future in zip(jobs, futures, strict=False):
                try:
                    yield future.result()
                except BrokenProcessPool:
                    yield Result(job.path, error="the worker process reading it died")
        finally:
            for future in futures:
                future.cancel()


class _Progress:
    """A tqdm bar on stderr when tqdm is installed, stderr is a terminal and there are files."""

    def __init__(self, total: int, stream: TextIO) -> None:
        self.stream = stream
        self.bar: Any = None
        if total > 1 and getattr(stream, "isatty", lambda: False)():
            try:
                from tqdm import tqdm  # lazy and optional: a progress bar when installed
            except ImportError:
                return
            self.bar = tqdm(total=total, file=stream, unit="file", leave=False)

    def update(self) -> None:
        if self.bar is not None:
            self.bar.update(1)

    def error(self, message: str) -> None:
        if self.bar is not None:
            self.bar.write(message, file=self.stream)
        else:
            print(message, file=self.stream, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def results(items: list[Item], make_job: Callable[[Item], Job], workers: int,
             stderr: TextIO) -> Iterator[Result]:
    """A result per item, in order; each failure reported on stderr as one line as it comes."""
    jobs = [make_job(item) for item in items if item.error is None]
    progress = _Progress(len(jobs), stderr)
    done = run_jobs(jobs, workers)
    try:
        for item in items:
            if item.error is not None:
                result = Result(item.path, error=item.error)
            else:
                result = next(done)
                progress.update()
            if result.error is not None:
                progress.error(f"{PROG}: {result.path}: {result.error}")
            say_warnings(result, progress.error)
            yield result
    finally:
        done.close()
        progress.close()
