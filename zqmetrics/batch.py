"""The files a command works on, and the work for each (in worker processes with ``--jobs``).

A REPORT argument is a file, a folder (its report files) or a glob. Each file is read, extracted
and assessed on its own; a file that cannot be used becomes a one-line reason, never a traceback.

The work streams: ``extract`` records are made a chunk of rows at a time and written as they come,
and with worker processes only a few files (or chunks of one big file) are in flight at once, so
memory stays flat in the number of files and rows. How many processes to use is chosen by the work
(:func:`plan`): a small batch runs in this process, because starting workers costs more than they
save; with ``--jobs N`` given, a big file is split by rows across the workers.
"""

from __future__ import annotations

import glob
import json
import os
import sys
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from zqmetrics.deliver.labels import fill, status_label  # deliver hook: notices, status_label
from zqmetrics.deliver.notices import reader_note, report_notices  # deliver hook
from zqmetrics.errors import ReportReadError
from zqmetrics.judge.assessment import assess
from zqmetrics.judge.records import records
from zqmetrics.progress import Progress
from zqmetrics.read.reader import read_report
from zqmetrics.read.stream import HEAD_ROWS, STREAM_BYTES, stream_frames, streams

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

PROG = "zqmetrics"

# Rows assessed at a time: bounds the memory of a file's records (about 10 KiB a row as records).
CHUNK_ROWS = 500
# Below this many bytes of input in all, one process: on this project's 2-core test machine a
# pool pays for itself from about this much work on (benchmarks/bench.py measures the crossover).
PARALLEL_BYTES = 1_500_000
# With ``--jobs N`` given, a file above this many bytes is read here and its rows split across the
# workers. Not by default: on the shared 2-core machine the benchmark ran on, the serial read and
# the traffic between processes cost more than the second core gave back (10,700 rows: 12.5 s
# split against 8.6 s in one process), so only a user who asks for workers gets the split.
SPLIT_BYTES = 2_000_000
# Units of work in flight per worker: enough to keep every worker busy, few enough to hold.
IN_FLIGHT = 2


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
    lang: str = "zh"  # deliver hook: language of the notices and of status_label
    lines: bool = False  # extract: records as JSON lines, made where the rows are judged


@dataclass(frozen=True)
class Result:
    path: str
    value: Any = None  # contract records, an iterable (extract), or the assessed frame (at-risk)
    error: str | None = None
    notices: tuple[str, ...] = ()  # deliver hook: said on stderr (--period overriding the title)
    assumptions: tuple[str, ...] = ()  # deliver hook: said on stderr, refused with --strict


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


def reason(exc: BaseException, path: str) -> str:
    """The one-line reason a file could not be used (no traceback)."""
    if os.environ.get("ZQMETRICS_DEBUG") and not isinstance(exc, (ReportReadError, OSError)):
        raise exc
    return _reason(exc, path)


def _chunks(frame: pd.DataFrame) -> Iterator[pd.DataFrame]:
    # rows are judged on their own, so a slice (which keeps the frame's attrs) judges alike
    size = CHUNK_ROWS
    for start in range(0, len(frame), size):
        yield frame.iloc[start : start + size]


def _work(job: Job, frame: pd.DataFrame) -> Any:
    """The records (a list) or the assessed frame of some rows of a report."""
    label = job.label or job.path
    if job.command == "extract":
        made = [{**rec, "status_label": status_label(rec["status"], lang=job.lang),
                 "source": label} for rec in records(frame, period=job.period)]
        # serialised in the worker: a line crosses between processes far cheaper than a dict
        return [json.dumps(rec, ensure_ascii=False) for rec in made] if job.lines else made
    value = assess(frame, period=job.period, tolerance=job.tolerance)
    value["source"] = label
    return value


def _read(job: Job) -> tuple[pd.DataFrame, list[str], list[str]]:
    frame = read_report(job.path, period=job.period)
    notices, assumptions = report_notices(frame, job.label or job.path, job.period,
                                          job.lang)  # deliver hook
    return frame, notices, assumptions


def _stream(job: Job, frame: pd.DataFrame) -> Iterator[dict[str, Any]]:
    for chunk in _chunks(frame):
        yield from _work(job, chunk)


def _concat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    import pandas as pd  # lazy: pandas is heavy; only at-risk over a split file needs concat

    return frames[0] if len(frames) == 1 else pd.concat(frames)


def _say(job: Job) -> Callable[[str], None]:
    """A reader's warning met after the report's first rows, said on stderr as they are."""
    def say(warning: str) -> None:
        line = reader_note(warning, job.label or job.path, job.lang)
        print(f"{PROG}: {line}", file=sys.stderr, flush=True)

    return say


def _streamed(job: Job) -> Result | None:
    """A big pipe-table file's ``extract`` read a chunk of rows at a time, or None when it is
    not one the streaming reader reads alike (see :mod:`zqmetrics.read.stream`)."""
    found = stream_frames(job.path, period=job.period, chunk_rows=CHUNK_ROWS,
                          say=_say(job))
    if found is None:
        return None
    first, rest = found
    notices, assumptions = report_notices(first, job.label or job.path, job.period,
                                          job.lang)  # deliver hook
    size = os.path.getsize(job.path) / 2**20
    notices.append(fill("notice_streams", job.lang, path=job.path, size=f"{size:.0f}",
                        rows=HEAD_ROWS))

    def records_of() -> Iterator[Any]:
        yield from _work(job, first)
        for frame in rest:
            yield from _work(job, frame)

    return Result(job.path, records_of(), notices=tuple(notices), assumptions=tuple(assumptions))


def run_job(job: Job, stream: bool = False) -> Result:
    """Read, extract and assess one file; never raises for a bad file.

    With ``stream``, the records of ``extract`` are an iterator made a chunk of rows at a time
    (to be consumed before the next file), and a big pipe-table file is read a chunk of rows at
    a time too; otherwise a list, as a worker process sends back.
    """
    try:
        if stream and job.command == "extract" and streams(job.path, STREAM_BYTES):
            streamed = _streamed(job)
            if streamed is not None:
                return streamed
        frame, notices, assumptions = _read(job)
        if job.command == "extract":
            value: Any = _stream(job, frame) if stream else list(_stream(job, frame))
        else:
            value = _concat([_work(job, chunk) for chunk in _chunks(frame)]) if len(frame) else (
                _work(job, frame))
        return Result(job.path, value, notices=tuple(notices), assumptions=tuple(assumptions))
    except Exception as exc:  # one broken file must not stop the batch or show a traceback
        return Result(job.path, error=reason(exc, job.path))


def cpu_count() -> int:
    counter = getattr(os, "process_cpu_count", None)  # Python 3.13+
    if counter is not None:
        return counter() or 1
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0  # a missing file is reported when it is read


def plan(jobs: Sequence[Job], workers: int | None) -> int:
    """How many processes the work merits: ``workers`` (all cores when None) at most, one for
    a small batch, where starting a pool costs more than it saves."""
    limit = cpu_count() if workers is None else workers
    if limit <= 1 or not jobs:
        return 1
    total = sum(_size(job.path) for job in jobs)
    if total < PARALLEL_BYTES:
        return 1
    big = workers is not None and any(_size(job.path) > SPLIT_BYTES for job in jobs)
    return limit if big else min(limit, len(jobs))


def _ordered(pool: Any, calls: Iterable[tuple[Callable[..., Any], tuple[Any, ...]]],
             window: int) -> Iterator[Any]:
    """The results of ``calls`` run in ``pool``, in order, with at most ``window`` in flight."""
    pending: deque[Any] = deque()
    calls = iter(calls)
    try:
        for fn, args in calls:
            pending.append(pool.submit(fn, *args))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        for future in pending:
            future.cancel()


def _split(pool: Any, job: Job, window: int, progress: Progress) -> Result:
    """A big file read here and its rows judged across the workers, in order."""
    try:
        frame, notices, assumptions = _read(job)
    except Exception as exc:  # noqa: BLE001 -- reported as the file's one-line reason
        return Result(job.path, error=reason(exc, job.path))
    progress.rows(len(frame))
    parts = _ordered(pool, ((_work, (job, chunk)) for chunk in _chunks(frame)), window)

    def counted() -> Iterator[Any]:
        for part in parts:
            progress.rows_done(len(part))
            yield part

    if job.command == "extract":
        value: Any = (rec for part in counted() for rec in part)
    else:
        value = _concat(list(counted())) if len(frame) else _work(job, frame)
    return Result(job.path, value, notices=tuple(notices), assumptions=tuple(assumptions))


def run_jobs(jobs: list[Job], workers: int | None,
             progress: Progress | None = None) -> Generator[Result, None, None]:
    """Results in input order; the work decides how many processes (see :func:`plan`)."""
    progress = progress or Progress(0, None)
    count = plan(jobs, workers)
    if count <= 1:
        yield from (run_job(job, stream=True) for job in jobs)
        return
    # lazy: worker processes are needed only for a batch that merits them
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    try:
        pool = ProcessPoolExecutor(max_workers=count)
    except (OSError, NotImplementedError, ValueError):  # no process support here: work in-line
        yield from (run_job(job, stream=True) for job in jobs)
        return
    window = IN_FLIGHT * count
    split = SPLIT_BYTES if workers is not None else float("inf")
    with pool:
        # start the workers now, while this process is small: a worker forked after a big file
        # was read here would carry a copy of it
        pool.submit(int).result()
        i = 0
        while i < len(jobs):
            if _size(jobs[i].path) > split:
                try:
                    yield _split(pool, jobs[i], window, progress)
                except BrokenProcessPool:
                    yield Result(jobs[i].path, error="a worker process reading it died")
                    return
                i += 1
                continue
            j = i
            while j < len(jobs) and _size(jobs[j].path) <= split:
                j += 1
            group = jobs[i:j]
            done = _ordered(pool, ((run_job, (job,)) for job in group), window)
            for job in group:
                try:
                    yield next(done)
                except BrokenProcessPool:
                    yield Result(job.path, error="the worker process reading it died")
                    return
            i = j


def results(items: list[Item], make_job: Callable[[Item], Job], workers: int | None,
            stderr: TextIO, strict: bool = False, progress_after: float = 2.0) -> Iterator[Result]:
    """A result per item, in order; each failure reported on stderr as one line as it comes.

    A report's notices and assumptions are said first; with ``strict`` a report read on an
    assumption becomes a failure. An ``extract`` result's records are an iterator: consume it
    before asking for the next result. A progress bar shows on a terminal once the run has
    lasted ``progress_after`` seconds.
    """
    jobs = [make_job(item) for item in items if item.error is None]
    progress = Progress(len(jobs), stderr, progress_after)
    done = run_jobs(jobs, workers, progress)
    try:
        for item in items:
            if item.error is not None:
                result = Result(item.path, error=item.error)
            else:
                result = next(done)
                progress.update()
            for line in (*result.notices, *result.assumptions):  # deliver hook
                progress.error(f"{PROG}: {line}")
            if strict and result.error is None and result.assumptions:
                result = Result(item.path, error=fill("strict_refused", make_job(item).lang))
            if result.error is not None:
                progress.error(f"{PROG}: {result.path}: {result.error}")
            yield result
    finally:
        done.close()
        progress.close()
