"""The ``zqmetrics`` command.

    zqmetrics extract REPORT... [--period 2025Q2] [--format jsonl|csv] [--jobs N]
    zqmetrics at-risk [REPORT...] [--period 2025Q2] [-o out.xlsx|.docx|.html|.csv|.md]
                      [--lang zh|en] [--per-unit] [--strict] [--tolerance 0.1] [--jobs N]
    zqmetrics --version

A REPORT is a file, a folder (its report files: .txt .csv .tsv .xlsx .html .htm .docx) or a glob.
Files are read one by one, or by up to ``--jobs`` worker processes when the work merits them (a
big file split by rows); output is in input order either way, each record written as its rows are
judged. A file that cannot be used is reported on stderr as one line, ``zqmetrics: FILE: REASON``,
and the others go on. Exit status: 0 when every file was used, 1 when any could not be, 2 for
usage errors. No traceback reaches the user for bad input (set ``ZQMETRICS_DEBUG=1`` to see one
for an unexpected error).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

import zqmetrics
from zqmetrics.batch import PROG, Item, Job, expand, reason, results
from zqmetrics.deliver.flat import to_text  # deliver hook: the supervisor's list on a terminal
from zqmetrics.deliver.labels import fill  # deliver hook: notices in the output language
from zqmetrics.deliver.sections import supervision_list  # deliver hook
from zqmetrics.deliver.tables import csv_safe
from zqmetrics.errors import PeriodError
from zqmetrics.history import cli as history_cli  # history hook (issue 13): light, no duckdb here
from zqmetrics.read.periods import parse_period
from zqmetrics.read.reader import sample_path
from zqmetrics.text import lexicon

# --- commands -----------------------------------------------------------------------------------

_CSV_COLUMNS = ("source", "seq", "task", "progress", "units", "contact", "status", "status_label",
                "severity", "completion", "expected", "reasons", "targets", "actuals")


def _csv_value(key: str, value: Any) -> Any:
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
        import csv  # lazy: only the csv format needs it

        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(_CSV_COLUMNS)
    items = expand(args.reports)
    lines = writer is None

    def make_job(item: Item) -> Job:
        return Job("extract", item.path, args.period, lang=args.lang, lines=lines)

    for result in results(items, make_job, args.jobs, err, args.strict):
        if result.error is not None:
            failed += 1
            continue
        try:
            for rec in result.value:  # each record written as its rows are judged
                if writer is not None:
                    writer.writerow([_csv_value(k, rec.get(k)) for k in _CSV_COLUMNS])
                else:
                    out.write(rec + "\n")  # a JSON line, made with the records
        except (BrokenPipeError, KeyboardInterrupt):
            raise
        except Exception as exc:  # a file failing part-way: its reason, and the batch goes on
            failed += 1
            print(f"{PROG}: {result.path}: {reason(exc, result.path)}", file=err, flush=True)
        out.flush()
    return 1 if failed else 0


def cmd_at_risk(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    import pandas as pd  # lazy: pandas is heavy; --help and --version do without it

    sample = sample_path()
    items = expand(args.reports) if args.reports else [Item(str(sample))]
    if not args.reports:  # deliver hook: say so; every output's title says 示例报告
        print(f"{PROG}: " + fill("notice_sample", args.lang, path=sample), file=err)

    def make_job(item: Item) -> Job:
        label = sample.name if item.path == str(sample) else None
        return Job("at-risk", item.path, args.period, args.tolerance, label, args.lang)

    failed = 0
    frames: list[pd.DataFrame] = []
    for result in results(items, make_job, args.jobs, err, args.strict):
        if result.error is not None:
            failed += 1
        else:
            frames.append(result.value)
    if not frames:
        return 1
    assessed = frames[0] if len(frames) == 1 else pd.concat(frames, ignore_index=True)
    if getattr(args, "db", None):  # history hook (issue 13): changes since the stored reports
        assessed = history_cli.annotate_at_risk(assessed, args.db)
    # deliver hook: the supervisor's list, in Chinese unless --lang en
    listed = supervision_list(assessed, lang=args.lang, sample=not args.reports)
    if args.output is None:
        out.write(to_text(listed))
    else:
        # lazy: the writers of files (xlsx, docx, html) are needed only with -o
        from zqmetrics.deliver.write import write_list

        try:
            path = write_list(listed, args.output, per_unit=args.per_unit)
        except OSError as exc:
            print(f"{PROG}: {args.output}: cannot write ({exc.strerror or exc})", file=err)
            return 1
        print(f"{PROG}: " + fill("wrote", args.lang, path=path, items=len(listed.items),
                                 tasks=len(assessed)), file=err)
    return 1 if failed else 0


# --- argument parsing ---------------------------------------------------------------------------


def _period(text: str) -> str:
    try:
        return parse_period(text).label
    except PeriodError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _folder(text: str) -> str:
    if not Path(text).is_dir():
        raise argparse.ArgumentTypeError(f"not a folder: {text!r}")
    return text


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
    from zqmetrics.deliver.write import FORMATS  # lazy: the writers load only with -o

    if Path(text).suffix.lower() not in FORMATS:
        raise argparse.ArgumentTypeError(f"use a file ending in {', '.join(FORMATS)}")
    return text


def _version() -> str:
    return f"{PROG} {zqmetrics.__version__}"


class _Version(argparse.Action):
    """``--version``, resolved when asked: the installed metadata costs tens of milliseconds to
    read, which every other command would pay if the parser read it when built."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS,
                 default: Any = argparse.SUPPRESS, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=default,
                         help=help or "show the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: Any, option_string: str | None = None) -> None:
        print(_version())
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG, description="Targets, actuals and statuses from Chinese work-plan progress "
        "reports (政府工作报告 任务推进情况).")
    parser.add_argument("--version", action=_Version)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def common(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("--period", type=_period, metavar="PERIOD",
                         help="report period (2025Q2, 2025H1, 2025-05, 2025); default: "
                         "read from the report title")
        sub.add_argument("--jobs", "-j", type=_jobs, default=None, metavar="N",
                         help="at most N worker processes (default: all cores, used only for a "
                         "batch big enough to pay); with N given, a big file is also split by "
                         "rows across them")
        sub.add_argument("--lexicon", type=_folder, action="append", metavar="DIR",
                         help="a folder of your own lexicon files (cues.tsv, headers.tsv, "
                         "synonyms.tsv …) read after the package's; may be repeated")
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
        "at-risk", help="the supervisor's list: lagging, not started, unclear, mismatched",
        description="The supervisor's list (滞后, 未启动, 进展不明, 自报与测算不一致), grouped by lead "
        "responsible unit, worst first, one line per target. Without REPORT, the bundled sample "
        "report is used (with a notice).")
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
    history_cli.register(commands, at_risk)  # history hook (issue 13): history, compare, --db
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


# The variables that set how many threads numpy's BLAS starts (OpenBLAS reads the first three).
_BLAS_THREADS = ("OPENBLAS_NUM_THREADS", "GOTO_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def _settle_imports() -> None:
    """Import pandas, then set everything imported so far aside from the cyclic collector.

    The collector's full passes walk every object alive, and after ``import pandas`` that is
    several hundred thousand module-level objects that will live as long as the process: a
    cold ``at-risk`` on the sample spent about a sixth of its time walking them (issue 15).
    ``gc.freeze`` moves them to the permanent generation, so later passes see only what the
    pipeline makes; the collector stays on for that. Pausing it during the import itself saves a
    little more: nothing the import makes is garbage to be found. Only for the process's own
    command line (``main()`` without arguments): a caller's interpreter keeps its collector.
    Only for ``at-risk``, which imports pandas first thing anyway: ``extract`` forks its workers
    before pandas is loaded, and loading it earlier there raised the summed peak of the process
    tree by 20 MiB for 100 files.

    numpy, loaded with pandas, starts OpenBLAS's pool of threads (one a core, each with its
    buffers) on import; nothing in zqmetrics does linear algebra, so the command asks for one
    thread unless the user set a number (issue 15: a cold ``at-risk`` spent tens of milliseconds
    of pandas' import starting them). The setting reaches the worker processes of ``--jobs`` too.
    """
    if "numpy" not in sys.modules and not any(v in os.environ for v in _BLAS_THREADS):
        os.environ["OPENBLAS_NUM_THREADS"] = "1"
    gc.disable()
    try:
        import pandas  # noqa: F401  lazy: pandas is heavy; --help and --version do without it
    finally:
        gc.enable()
    gc.freeze()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status instead of raising SystemExit."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, usage errors (status 2)
        return exc.code if isinstance(exc.code, int) else 2
    if argv is None and args.handler is cmd_at_risk:
        _settle_imports()
    out, err = sys.stdout, sys.stderr
    _utf8(out)
    if getattr(args, "lexicon", None):
        # The environment carries the folders to the worker processes of --jobs as well.
        os.environ[lexicon.ENV] = os.pathsep.join(args.lexicon)
        lexicon.use(lexicon.Lexicon(args.lexicon))
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
