"""Metamorphic check: a report copied into traditional characters reads as its original (reader pass 37).

    python -m evaluation.script_variants

Mirror sites and Hong Kong or Taiwan portals copy government pages into traditional characters. A
copy says what its original says, so the reader should give the same rows, each cell in the
copy's own characters. Each development document (the held-out part is not read) is copied two ways:
throughout (each simplified character written in its first traditional form of the normaliser's
fold) and line by line (every other line copied, as a page whose parts came from different
sources). Both copies are read and compared with the original's reading: a document is read alike
when it gives as many rows and every text cell of ``read.scripts.TEXT_COLUMNS`` folds to the
original's cell. The figures are printed with ``read.scripts.TRADITIONAL`` as in the package and
switched on.
"""

from __future__ import annotations

from collections.abc import Callable
from unittest import mock

from evaluation.corpus import Document, load_corpus


def traditional_copy(text: str) -> str:
    """``text`` with each simplified character in its first traditional form of the fold."""
    from zqmetrics.text.normalize import traditional_table

    forms: dict[str, str] = {}
    for code, simp in sorted(traditional_table().items()):
        forms.setdefault(simp, chr(code))
    return "".join(forms.get(ch, ch) for ch in text)


def line_copy(text: str) -> str:
    """``text`` with every other line (the second, the fourth …) copied into traditional characters."""
    return "\n".join(traditional_copy(line) if k % 2 else line
                     for k, line in enumerate(text.split("\n")))


def _cells(text: str) -> list[tuple[str, ...]] | None:
    """The text cells of ``text``'s reading, folded to simplified characters; None on a refusal."""
    import zqmetrics as zq
    from zqmetrics.read.scripts import TEXT_COLUMNS
    from zqmetrics.text.normalize import traditional_table

    try:
        frame = zq.read_report(text)
    except Exception:  # a refusal is a reading too: compared as such
        return None
    table = traditional_table()
    columns = [c for c in TEXT_COLUMNS if c in frame.columns]
    return [tuple(v.translate(table) if isinstance(v, str) else repr(v) for v in row)
            for row in zip(*(frame[c] for c in columns), strict=True)]


def score(docs: list[Document], copy: Callable[[str], str]) -> tuple[int, int, int]:
    """Documents read alike, and of the original readings' rows, those read alike in the copy."""
    alike = rows = total = 0
    for doc in docs:
        original, copied = _cells(doc.text), _cells(copy(doc.text))
        total += len(original or [])
        if original == copied:
            alike += 1
        if original and copied and len(original) == len(copied):
            rows += sum(a == b for a, b in zip(original, copied, strict=True))
    return alike, rows, total


def main() -> None:
    from zqmetrics.read import scripts

    docs = [d for d in load_corpus() if d.split == "dev"]
    for on in (scripts.TRADITIONAL, not scripts.TRADITIONAL):
        with mock.patch.object(scripts, "TRADITIONAL", on):
            state = "on" if on else "off"
            for name, copy in (("throughout", traditional_copy), ("line by line", line_copy)):
                alike, rows, total = score(docs, copy)
                print(f"TRADITIONAL {state:3s}  copied {name:12s}  documents read alike "
                      f"{alike}/{len(docs)}  rows alike {rows}/{total}")


if __name__ == "__main__":
    main()
