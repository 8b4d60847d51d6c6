"""The ``zqmetrics`` command.

    zqmetrics extract REPORT... [--period 2025Q2] [--format jsonl|csv] [--jobs N]
    zqmetrics at-risk [REPORT...] [--period 2025Q2] [-o out.xlsx|.csv|.md|.html]
                      [--tolerance 0.1] [--jobs N]
    zqmetrics --version

A REPORT is a file, a folder (its report files: .txt .csv .tsv .xlsx .html .htm .docx) or a glob.
Files are read one by one, or by ``--jobs`` worker processes; output is in input order either
way. A file that cannot be used is reported on stderr as one line, ``zqmetrics: FILE: REASON``,
and the others go on. Exit status: 0 when every file was used, 1 when any could not be, 2 for
usage errors. No traceback reaches the user for bad input (set ``ZQMETRICS_DEBUG=1`` to see one
for an unexpected error).
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import sys
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

PROG = "zqmetrics"
REPORT_SUFFIXES = (".txt", ".csv", ".tsv", ".xlsx", ".html", ".htm", ".docx")
_GLOB_CHARS = frozenset("*?[")


# --- finding the files --------------------------------------------------------------------------


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


# --- the work for one file (runs in a worker process when --jobs > 1) ---------------------------


@dataclass(frozen=True)
class Job:
    command: str
    path: str
    period: str | None
    tolerance: float = 0.0
    label: str | None = None  # the source name to show; the path by default
    lang: str = "zh"  # deliver hook: language of the notices


@dataclass(frozen=True)
class Result:
    path: str
    value: Any = None  # contract records (extract) or the assessed frame (at-risk)
    error: str | None = None
    notices: tuple[str, ...] = ()  # deliver hook: said on stderr (--period overriding the title)
    assumptions: tuple[str, ...] = ()  # deliver hook: said on stderr, refused with --strict


def _reason(exc: BaseException, path: str) -> str:
    from zqmetrics.errors import ReportReadError

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


def run_job(job: Job) -> Result:
    """Read, extract and assess one file; never raises for a bad file."""
    from zqmetrics.errors import ReportReadError

    try:
        from zqmetrics.assessment import assess
        from zqmetrics.pipeline import records
        from zqmetrics.read import read_report

        frame = read_report(job.path, period=job.period)
        label = job.label or job.path
        from zqmetrics.deliver.notices import report_notices  # deliver hook

        notices, assumptions = report_notices(frame, label, job.period, job.lang)
        if job.command == "extract":
            value: Any = [{**rec, "source": label} for rec in records(frame, period=job.period)]
        else:
            value = assess(frame, period=job.period, tolerance=job.tolerance)
            value["source"] = label
        return Result(job.path, value, notices=tuple(notices), assumptions=tuple(assumptions))
    except (ReportReadError, OSError) as exc:
        return Result(job.path, error=_reason(exc, job.path))
    except Exception as exc:  # one broken file must not stop the batch or show a traceback
        if os.environ.get("ZQMETRICS_DEBUG"):
            raise
        return Result(job.path, error=_reason(exc, job.path))


def _cpu_count() -> int:
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


# --- progress and errors ------------------------------------------------------------------------


class _Progress:
    """A tqdm bar on stderr when tqdm is installed, stderr is a terminal and there are files."""

    def __init__(self, total: int, stream: TextIO) -> None:
        self.stream = stream
        self.bar: Any = None
        if total > 1 and getattr(stream, "isatty", lambda: False)():
            try:
                from tqdm import tqdm
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


def _results(items: list[Item], make_job: Callable[[Item], Job], workers: int,
             stderr: TextIO, strict: bool = False) -> Iterator[Result]:
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
            for line in (*result.notices, *result.assumptions):  # deliver hook
                progress.error(f"{PROG}: {line}")
            if strict and result.error is None and result.assumptions:
                from zqmetrics.deliver.labels import fill

                result = Result(item.path, error=fill("strict_refused", make_job(item).lang))
            if result.error is not None:
                progress.error(f"{PROG}: {result.path}: {result.error}")
            yield result
    finally:
        done.close()
        progress.close()


# --- commands -----------------------------------------------------------------------------------

_CSV_COLUMNS = ("source", "seq", "task", "progress", "units", "contact", "status", "completion",
                "expected", "reasons", "targets", "actuals")


def _csv_value(key: str, value: Any) -> Any:
    from zqmetrics.report import csv_safe

    if value is None:
        return ""
    if key == "units":
        return csv_safe("、".join(value))
    if key == "reasons":
        return csv_safe("; ".join(value))
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return csv_safe(value) if isinstance(value, str) else value


def cmd_extract(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    failed, writer = 0, None
    if args.format == "csv":
        import csv

        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(_CSV_COLUMNS)
    items = expand(args.reports)
    for result in _results(items, lambda i: Job("extract", i.path, args.period, lang=args.lang),
                           args.jobs, err, args.strict):
        if result.error is not None:
            failed += 1
            continue
        for rec in result.value:
            if writer is not None:
                writer.writerow([_csv_value(k, rec.get(k)) for k in _CSV_COLUMNS])
            else:
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        out.flush()
    return 1 if failed else 0


def cmd_at_risk(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    import pandas as pd

    from zqmetrics.read import sample_path

    sample = sample_path()
    items = expand(args.reports) if args.reports else [Item(str(sample))]
    if not args.reports:  # deliver hook: say so, and every output's title says 示例报告
        from zqmetrics.deliver.labels import fill

        print(f"{PROG}: " + fill("notice_sample", args.lang, path=sample), file=err)

    def make_job(item: Item) -> Job:
        label = sample.name if item.path == str(sample) else None
        return Job("at-risk", item.path, args.period, args.tolerance, label, args.lang)

    failed = 0
    frames: list[pd.DataFrame] = []
    for result in _results(items, make_job, args.jobs, err, args.strict):
        if result.error is not None:
            failed += 1
        else:
            frames.append(result.value)
    if not frames:
        return 1
    assessed = frames[0] if len(frames) == 1 else pd.concat(frames, ignore_index=True)
    # deliver hook: the supervisor's list, in Chinese unless --lang en
    from zqmetrics import deliver
    from zqmetrics.deliver.labels import fill
    from zqmetrics.deliver.sections import supervision_list

    is_sample = not args.reports
    listed = supervision_list(assessed, lang=args.lang, sample=is_sample)
    if args.output is None:
        from zqmetrics.deliver.flat import to_text

        out.write(to_text(listed))
    else:
        try:
            path = deliver.write(assessed, args.output, lang=args.lang, per_unit=args.per_unit,
                                 sample=is_sample)
        except OSError as exc:
            print(f"{PROG}: {args.output}: cannot write ({exc.strerror or exc})", file=err)
            return 1
        print(f"{PROG}: " + fill("wrote", args.lang, path=path, items=len(listed.items),
                                 tasks=len(assessed)), file=err)
    return 1 if failed else 0


# --- argument parsing ---------------------------------------------------------------------------


def _period(text: str) -> str:
    from zqmetrics.errors import PeriodError
    from zqmetrics.periods import parse_period

    try:
        return parse_period(text).label
    except PeriodError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def _tolerance(text: str) -> float:
    try:
        value = float(text.rstrip("%")) / (100 if text.endswith("%") else 1)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0 <= value <= 1:
        raise argparse.ArgumentTypeError("must be between 0 and 1 (0.1 = 10 points)")
    return value


def _output(text: str) -> str:
    from zqmetrics.deliver import FORMATS  # deliver hook

    if Path(text).suffix.lower() not in FORMATS:
        raise argparse.ArgumentTypeError(f"use a file ending in {', '.join(FORMATS)}")
    return text


def _version() -> str:
    from zqmetrics import __version__

    return f"{PROG} {__version__}"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG, description="Targets, actuals and statuses from Chinese work-plan progress "
        "reports (政府工作报告 任务推进情况).")
    parser.add_argument("--version", action="version", version=_version())
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def common(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("--period", type=_period, metavar="PERIOD",
                         help="report period (2025Q2, 2025H1, 2025-05, 2025); default: "
                         "read from the report title")
        sub.add_argument("--jobs", "-j", type=_jobs, default=_cpu_count(), metavar="N",
                         help="worker processes when there are several files (default: all "
                         "cores)")
        # deliver hooks
        sub.add_argument("--lang", choices=("zh", "en"), default="zh",
                         help="language of lists, documents and notices (default: zh)")
        sub.add_argument("--strict", action="store_true",
                         help="refuse a report read on an assumption (no period found, a "
                         "reader warning) instead of warning")

    extract = commands.add_parser(
        "extract", help="print one JSON line per task row (the stable contract)",
        description="Print one JSON object per task row, in report order (see CONTRACT.md).")
    extract.add_argument("reports", nargs="+", metavar="REPORT",
                         help="report file, folder of reports, or glob")
    extract.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    common(extract)
    extract.set_defaults(handler=cmd_extract)

    at_risk = commands.add_parser(
        "at-risk", help="the lagging and not-started tasks, by lead unit",
        description="List the lagging and not-started tasks, grouped by lead responsible unit, "
        "worst first. Without REPORT, the bundled sample report is used.")
    at_risk.add_argument("reports", nargs="*", metavar="REPORT",
                         help="report file, folder of reports, or glob (default: the sample)")
    at_risk.add_argument("-o", "--output", type=_output, metavar="FILE",
                         help="write .xlsx (the circulated workbook), .docx (a draft 督查通报), "
                         ".html (a self-contained page), .csv or .md instead of printing the list")
    at_risk.add_argument("--per-unit", action="store_true",  # deliver hook
                         help="with -o FILE.docx: add one 督办单 per lead unit")
    at_risk.add_argument("--tolerance", type=_tolerance, default=0.0, metavar="T",
                         help="points a task may trail the expected pace and stay on track "
                         "(0.1 or 10%%; default 0)")
    common(at_risk)
    at_risk.set_defaults(handler=cmd_at_risk)
    return parser


def _utf8(stream: TextIO) -> None:
    """Contract output is UTF-8 whatever the locale (a pipe on Windows defaults to cp936)."""
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
    reconfigure: Callable[..., None] | None = getattr(stream, "reconfigure", None)
    if encoding != "utf8" and reconfigure is not None:
        try:
            reconfigure(encoding="utf-8")
        except (ValueError, OSError):  # a stream already written to may refuse; keep its encoding
            pass


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status instead of raising SystemExit."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, usage errors (status 2)
        return exc.code if isinstance(exc.code, int) else 2
    out, err = sys.stdout, sys.stderr
    _utf8(out)
    try:
        return int(args.handler(args, out, err))
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=err)
        return 130
    except BrokenPipeError:  # `zqmetrics extract … | head`: stop quietly
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, out.fileno())
        except (OSError, ValueError, AttributeError):
            pass
        return 1
