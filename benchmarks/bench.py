"""Benchmark zqmetrics on the bundled sample report and print a report (this is not a test).

Run from the repository root, after ``pip install -e ".[bench]"`` (jionlp and cn2an, for the
comparison lines; a missing tool is reported and its line skipped)::

    python benchmarks/bench.py              # a few minutes at most
    python benchmarks/bench.py --quick      # fewer repeats, no 100x scaling
    python benchmarks/bench.py --json out.json --profile

What is measured (medians of several runs, ``time.perf_counter``, gc disabled while timing):

1. warm throughput of ``zqmetrics.quantity`` over every task/progress/plan cell of the sample,
   next to ``jionlp.ner.extract_money`` and ``cn2an.transform(text, "cn2an")`` on the same cells;
2. warm throughput of the whole pipeline (``read_report`` on the text, ``extract``, ``assess``)
   next to ``jieba.lcut`` over the same cells;
3. a cold ``python -m zqmetrics at-risk`` process next to ``python -c "import pandas"``, and the
   import time of ``zqmetrics`` (``-X importtime``);
4. scaling: the pipeline on 1x, 10x and 100x the sample (rows repeated with their Arabic numbers
   varied and 序号 renumbered), time per row and tracemalloc peak; then 20 different sample-sized
   reports one after another, whose peak should not grow.

Ratios are always *zqmetrics throughput / other throughput*: above 1 means zqmetrics is faster.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import functools
import gc
import io
import json
import os
import platform
import pstats
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
import tracemalloc
import warnings
from collections.abc import Callable, Iterator
from importlib import metadata
from typing import Any

CELL_COLUMNS = ("task", "progress", "plan")
PANDAS = "python -c 'import pandas'"
PACKAGES = ("zqmetrics", "pandas", "numpy", "pint", "regex", "jieba", "jionlp", "cn2an")

# An Arabic number; one followed by a date word, preceded by 第 or as long as a phone number is
# left alone when a copy's numbers are varied, so copies keep their dates and period cues.
_NUMBER = re.compile(r"(?<![\d.])(\d+)(?:\.(\d+))?(?![\d.])")
_DATE_AFTER = re.compile(r"\s*(?:[年月日号时]|季度|[-~至到]\s*\d+\s*[月日号])")

RESULTS: dict[str, Any] = {"sections": {}, "errors": []}


# --- measuring ----------------------------------------------------------------------------------


def timed(fn: Callable[[], Any], repeats: int, warmup: int = 1) -> list[float]:
    """Wall times of ``repeats`` calls of ``fn`` after ``warmup`` untimed ones, gc disabled."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeats):
        gc.collect()
        gc.disable()
        try:
            start = time.perf_counter()
            fn()
            times.append(time.perf_counter() - start)
        finally:
            gc.enable()
    return times


def paired(ours: Callable[[], Any], other: Callable[[], Any], repeats: int) -> tuple[float, float, float]:
    """Run the two alternately and return (our median, their median, median of per-pair ratios).

    On a shared, noisy machine a slow spell hits both halves of a pair alike, so the ratio of each
    pair is steadier than the ratio of two medians taken minutes apart.
    """
    ours()
    other()
    mine: list[float] = []
    theirs: list[float] = []
    for _ in range(repeats):
        mine += timed(ours, 1, warmup=0)
        theirs += timed(other, 1, warmup=0)
    ratios = [t / m for m, t in zip(mine, theirs, strict=False)]
    return median(mine), median(theirs), median(ratios)


def traced_peak(fn: Callable[[], Any]) -> tuple[int, Any]:
    """Peak bytes traced by tracemalloc while ``fn`` runs (above what was allocated before), and
    what ``fn`` returned."""
    gc.collect()
    started = not tracemalloc.is_tracing()
    if started:
        tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        base = tracemalloc.get_traced_memory()[0]
        result = fn()
        return tracemalloc.get_traced_memory()[1] - base, result
    finally:
        if started:
            tracemalloc.stop()


def run_process(args: list[str], cwd: str) -> tuple[float, subprocess.CompletedProcess[str]]:
    start = time.perf_counter()
    done = subprocess.run(args, check=False, cwd=cwd, capture_output=True, text=True,
                          timeout=300)
    return time.perf_counter() - start, done


def median(xs: list[float]) -> float:
    return statistics.median(xs)


# --- printing -----------------------------------------------------------------------------------


def si(x: float) -> str:
    for limit, suffix in ((1e9, "G"), (1e6, "M"), (1e3, "k")):
        if abs(x) >= limit:
            return f"{x / limit:.2f} {suffix}"
    return f"{x:.1f} "


def ms(seconds: float) -> str:
    return f"{seconds * 1e3:.1f} ms"


def mib(n: float) -> str:
    return f"{n / 2**20:.1f} MiB"


def heading(title: str) -> None:
    print(f"\n== {title} " + "=" * max(0, 74 - len(title)))


@contextlib.contextmanager
def section(name: str) -> Iterator[dict[str, Any]]:
    """A report section: its results go to the JSON; a failure is printed and the run goes on."""
    heading(name)
    out: dict[str, Any] = {}
    RESULTS["sections"][name] = out
    try:
        yield out
    except Exception as exc:  # noqa: BLE001 -- a broken section must not hide the others
        out["error"] = f"{type(exc).__name__}: {exc}"
        RESULTS["errors"].append(f"{name}: {out['error']}")
        print(f"  FAILED: {out['error']}")
        traceback.print_exc(limit=3, file=sys.stdout)


def throughput_line(label: str, seconds: float, chars: int, rows: int) -> dict[str, float]:
    print(f"  {label:<34} {ms(seconds):>10}  {si(chars / seconds)}chars/s  {si(rows / seconds)}rows/s")
    return {"seconds": seconds, "chars_per_s": chars / seconds, "rows_per_s": rows / seconds}


# --- the sample and its synthetic copies --------------------------------------------------------


def sample_text() -> str:
    from zqmetrics.read.reader import sample_path

    return sample_path().read_text(encoding="utf-8")


def cells_of(frame: Any) -> list[str]:
    """Every non-empty task, progress and plan cell, row by row."""
    return [c for _, row in frame.iterrows() for col in CELL_COLUMNS
            if isinstance(c := row.get(col), str) and c]


def vary_numbers(text: str, rng: random.Random) -> str:
    """``text`` with every Arabic quantity scaled by its own random factor (0.5-2), same format."""

    def scaled(m: re.Match[str]) -> str:
        whole, frac = m.group(1), m.group(2)
        before = m.string[m.start() - 1 : m.start()]
        if before == "第" or len(whole) >= 7 or _DATE_AFTER.match(m.string, m.end()):
            return m.group()
        value = float(m.group()) * rng.uniform(0.5, 2.0)
        return f"{value:.{len(frac)}f}" if frac else str(max(1, round(value)))

    return _NUMBER.sub(scaled, text)


def synthetic_report(frame: Any, header: str, copies: int, seed: int) -> str:
    """Pipe-table text: the title, the header, then ``copies`` copies of every row, 序号 1..n."""
    rng = random.Random(seed)
    lines = [frame.attrs.get("title") or "", "", header]
    seq = 0
    for copy in range(copies):
        for _, row in frame.iterrows():
            seq += 1
            cells = [row.get(c) or "" for c in CELL_COLUMNS]
            if copy or seed:
                cells = [vary_numbers(c, rng) for c in cells]
            units = "、".join(row.get("units") or [])
            parts = [str(seq), *cells, units, row.get("contact") or ""]
            lines.append(" | ".join(p.replace("|", "｜") for p in parts) + " |")
    return "\n".join(lines) + "\n"


def header_line(text: str) -> str:
    return next(line for line in text.splitlines() if line.startswith("序号") and "|" in line)


def pipeline(text: str) -> Any:
    from zqmetrics.extraction.rows import extract
    from zqmetrics.judge.assessment import assess
    from zqmetrics.read.reader import read_report

    return assess(extract(read_report(text)))


# --- sections -----------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    versions = {}
    for name in PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    info = {
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "cpu_count": os.cpu_count(),
        "python": sys.version.split()[0],
        "implementation": platform.python_implementation(),
        "packages": versions,
    }
    heading("machine")
    print(f"  {info['platform']}  ({info['processor']}, {info['cpu_count']} CPUs)")
    print(f"  {info['implementation']} {info['python']}")
    print("  " + "  ".join(f"{k} {v or '(not installed)'}" for k, v in versions.items()))
    return info


def load_comparators() -> dict[str, Callable[[str], Any] | str]:
    """Comparison tools by name, or why one is missing."""
    tools: dict[str, Callable[[str], Any] | str] = {}
    try:
        with contextlib.redirect_stdout(io.StringIO()):  # jionlp prints a banner on import
            import jionlp
        tools["jionlp.ner.extract_money"] = jionlp.ner.extract_money
    except Exception as exc:  # noqa: BLE001 -- jionlp fails on import in more ways than one
        tools["jionlp.ner.extract_money"] = f"{type(exc).__name__}: {exc}"
    try:
        import cn2an

        tools['cn2an.transform(text, "cn2an")'] = lambda text: cn2an.transform(text, "cn2an")
    except ImportError as exc:
        tools['cn2an.transform(text, "cn2an")'] = f"{type(exc).__name__}: {exc}"
    return tools


def over_cells(fn: Callable[[str], Any], cells: list[str]) -> Callable[[], int]:
    """A callable running ``fn`` on every cell; a failing cell counts and the loop goes on."""

    def run() -> int:
        failures = 0
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # cn2an warns on every 十四五
            for cell in cells:
                try:
                    fn(cell)
                except Exception:  # noqa: BLE001 -- a tool failing on a cell is counted, not fatal
                    failures += 1
        return failures

    return run


def bench_quantities(out: dict[str, Any], cells: list[str], rows: int, repeats: int) -> None:
    from zqmetrics.text.quantity import quantities

    chars = sum(map(len, cells))
    print(f"  {len(cells)} cells of {rows} rows, {chars:,} characters; ratio = zqmetrics / other")
    base = median(timed(over_cells(quantities, cells), repeats))
    out["zqmetrics.quantities"] = throughput_line("zqmetrics.quantities", base, chars, rows)
    for name, tool in load_comparators().items():
        if isinstance(tool, str):
            print(f"  {name:<34} skipped: not installed ({tool}); pip install -e \".[bench]\"")
            out[name] = {"skipped": tool}
            continue
        failures = over_cells(tool, cells)()
        _, seconds, ratio = paired(over_cells(quantities, cells), over_cells(tool, cells), 2 * repeats)
        out[name] = throughput_line(name, seconds, chars, rows)
        out[name]["ratio"] = ratio
        out[name]["failed_cells"] = failures
        note = f", {failures} cells raised" if failures else ""
        print(f"  {'':<34} ratio {ratio:.2f}x (median of paired runs){note}")


def bench_pipeline(out: dict[str, Any], text: str, cells: list[str], rows: int, repeats: int,
                   profile: bool) -> None:
    from zqmetrics.extraction.rows import extract
    from zqmetrics.judge.assessment import assess
    from zqmetrics.read.reader import read_report

    chars = sum(map(len, cells))
    print(f"  read_report(text) + extract + assess; chars are those of the {len(cells)} cells")
    seconds = median(timed(lambda: pipeline(text), repeats))
    out["pipeline"] = throughput_line("pipeline", seconds, chars, rows)
    frame = read_report(text)
    extracted = extract(frame)
    stages = {
        "read_report": median(timed(lambda: read_report(text), repeats)),
        "extract": median(timed(lambda: extract(frame), repeats)),
        "assess": median(timed(lambda: assess(extracted), repeats)),
    }
    out["stages"] = stages
    print("  " + " ".join(f"{k} {ms(v)}," for k, v in stages.items()).rstrip(","))
    try:
        import jieba
    except ImportError as exc:
        print(f"  jieba.lcut skipped: {type(exc).__name__}: {exc}")
        out["jieba.lcut"] = {"skipped": str(exc)}
        return
    jieba.setLogLevel(60)
    jieba.initialize()  # the dictionary loads once, outside the timing: this is a warm figure
    _, jseconds, ratio = paired(lambda: pipeline(text), over_cells(jieba.lcut, cells), 2 * repeats)
    out["jieba.lcut"] = throughput_line("jieba.lcut", jseconds, chars, rows)
    out["jieba.lcut"]["ratio"] = ratio
    print(f"  {'':<34} ratio {ratio:.2f}x (median of paired runs)")
    if profile or seconds > jseconds:
        out["profile"] = profile_pipeline(text)


def profile_pipeline(text: str, top: int = 15) -> str:
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(3):
        pipeline(text)
    profiler.disable()
    stream = io.StringIO()
    stats = pstats.Stats(profiler, stream=stream).strip_dirs()
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)
    report = "\n".join(line for line in stream.getvalue().splitlines()
                       if line.strip() and not line.startswith(("   Ordered by", "   List reduced")))
    print("  profile of 3 pipeline runs (top by own time, then by cumulative time):")
    print("\n".join("    " + line for line in report.splitlines()))
    return report


def importtime(code: str, cwd: str) -> list[tuple[int, int, str]]:
    """``(self_us, cumulative_us, module)`` for every import ``code`` makes in a new process."""
    done = subprocess.run([sys.executable, "-X", "importtime", "-c", code], check=False,
                          cwd=cwd, capture_output=True, text=True, timeout=120)
    entries = []
    for line in done.stderr.splitlines():
        parts = line.removeprefix("import time:").split("|")
        if len(parts) == 3 and parts[0].strip().isdigit():
            entries.append((int(parts[0]), int(parts[1]), parts[2].rstrip()))
    return entries


def bench_cold(out: dict[str, Any], runs: int) -> None:
    from zqmetrics.read.reader import sample_path

    with tempfile.TemporaryDirectory(prefix="zqbench-") as cwd:
        commands = {
            "zqmetrics at-risk": [sys.executable, "-m", "zqmetrics", "at-risk"],
            PANDAS: [sys.executable, "-c", "import pandas"],
            "python -c 'pass'": [sys.executable, "-c", "pass"],
        }
        _, done = run_process(commands["zqmetrics at-risk"], cwd)
        if done.returncode != 0:  # the CLI may want the report named explicitly
            alt = [*commands["zqmetrics at-risk"], str(sample_path())]
            _, again = run_process(alt, cwd)
            if again.returncode == 0:
                commands["zqmetrics at-risk"], done = alt, again
        if done.returncode != 0:
            last = (done.stderr.strip().splitlines() or ["(no output)"])[-1]
            print(f"  zqmetrics at-risk skipped: exit {done.returncode}: {last}")
            out["zqmetrics at-risk"] = {"skipped": last}
            del commands["zqmetrics at-risk"]
        else:
            out["at_risk_lines"] = len(done.stdout.splitlines())
        for args in commands.values():
            run_process(args, cwd)  # one untimed run: bytecode compiled, files in the OS cache
        samples: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(runs):  # round robin, so a slow spell on the shared machine hits all alike
            for name, args in commands.items():
                samples[name].append(run_process(args, cwd)[0])
        times: dict[str, float] = {name: median(xs) for name, xs in samples.items()}
        for name in commands:
            print(f"  {name:<34} {ms(times[name]):>10}  (median of {runs} processes, interleaved)")
        out["process_seconds"] = times
        if "zqmetrics at-risk" in times:
            ratio = times[PANDAS] / times["zqmetrics at-risk"]
            out["ratio_vs_import_pandas"] = ratio
            print(f"  {'':<34} ratio {ratio:.2f}x  (at-risk takes {1 / ratio:.2f}x the time of "
                  "importing pandas)")

        cumulative = [next((c for _, c, m in importtime("import zqmetrics", cwd)
                            if m.strip() == "zqmetrics"), 0) for _ in range(runs)]
        entries = importtime("import zqmetrics", cwd)
        out["import_zqmetrics_us"] = median(cumulative)
        print(f"  import zqmetrics alone: {median(cumulative) / 1e3:.1f} ms "
              f"(-X importtime cumulative, median of {runs})")
        print("  top 10 of python -X importtime -c 'import zqmetrics' (by cumulative time):")
        print(f"    {'self ms':>8} {'cum ms':>8}  module")
        top = sorted(entries, key=lambda e: -e[1])[:10]
        for own, cum, module in top:
            print(f"    {own / 1e3:8.1f} {cum / 1e3:8.1f}  {module}")
        out["importtime_top10"] = [{"self_us": s, "cumulative_us": c, "module": m.strip()}
                                   for s, c, m in top]
        first_use = importtime("import zqmetrics.read, zqmetrics.pipeline, zqmetrics.assessment", cwd)
        own_top = sorted(first_use, key=lambda e: -e[0])[:5]
        total = sum(s for s, _, _ in first_use)
        out["first_use_import_us"] = total
        print(f"  first use (import zqmetrics.read, .pipeline, .assess): {total / 1e3:.1f} ms; "
              "largest own times: "
              + ", ".join(f"{m.strip()} {s / 1e3:.1f} ms" for s, _, m in own_top))


def bench_scaling(out: dict[str, Any], text: str, scales: list[int], quick: bool) -> None:
    from zqmetrics.read.reader import read_report

    frame = read_report(text)
    header = header_line(text)
    rows = len(frame)
    one = synthetic_report(frame, header, 1, 0)
    check = read_report(one)
    same = all(check[c].tolist() == frame[c].tolist() for c in CELL_COLUMNS)
    print(f"  synthetic 1x report re-reads to the sample's cells: {'yes' if same else 'NO'}")
    out["roundtrip_ok"] = same
    per_row: dict[int, float] = {}
    for scale in scales:
        big = synthetic_report(frame, header, scale, 0)
        n = rows * scale
        repeats = {1: 3 if quick else 7, 10: 2 if quick else 3}.get(scale, 1)
        run = functools.partial(pipeline, big)
        seconds = median(timed(run, repeats, warmup=1 if scale <= 10 else 0))
        peak, result = traced_peak(run)
        issues = result["read_issue"].dropna()
        bad = len(issues)
        common = issues.value_counts().index[0] if bad else ""
        per_row[scale] = seconds / n
        out[f"{scale}x"] = {"rows": n, "chars": len(big), "seconds": seconds,
                            "ms_per_row": seconds / n * 1e3, "peak_bytes": peak,
                            "read_issues": bad, "most_common_read_issue": common,
                            "statuses": result["status"].value_counts().to_dict()}
        print(f"  {scale:>3}x {n:>6} rows {len(big) / 1e6:6.2f} M chars  {seconds:7.2f} s  "
              f"{seconds / n * 1e3:6.2f} ms/row  peak {mib(peak):>10} ({peak / n / 1024:.1f} KiB/row)"
              + (f"\n       {bad} rows with read issues, most often {common!r}" if bad else ""))
    if len(per_row) > 1:
        growth = per_row[max(per_row)] / per_row[min(per_row)]
        out["per_row_growth"] = growth
        verdict = "linear" if growth < 1.5 else "SUPERLINEAR"
        print(f"  time per row at {max(per_row)}x / at {min(per_row)}x: {growth:.2f} ({verdict})")


def bench_many_reports(out: dict[str, Any], text: str, count: int) -> None:
    from zqmetrics.read.reader import read_report

    frame = read_report(text)
    header = header_line(text)
    reports = [synthetic_report(frame, header, 1, seed) for seed in range(1, count + 1)]
    peaks, retained = [], []
    tracemalloc.start()
    try:
        gc.collect()
        base = tracemalloc.get_traced_memory()[0]
        for report in reports:
            peak, result = traced_peak(lambda report=report: pipeline(report))
            peaks.append(peak)
            del result
            gc.collect()
            retained.append(tracemalloc.get_traced_memory()[0] - base)
    finally:
        tracemalloc.stop()
    out.update(peaks=peaks, retained=retained)
    head, tail = median(peaks[1:6]), median(peaks[-5:])
    grows = tail > head * 1.10
    out["peak_grows"] = grows
    print(f"  {count} different sample-sized reports one after another (tracemalloc):")
    print("  peak per report: " + " ".join(f"{p / 2**20:.1f}" for p in peaks) + " MiB")
    print(f"  median peak of reports 2-6 {mib(head)}, of the last 5 {mib(tail)}: "
          f"{'GROWS' if grows else 'does not grow'}")
    print(f"  memory still held after each report: first {mib(retained[0])}, "
          f"last {mib(retained[-1])}")


# --- main ---------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats, no 100x scaling")
    parser.add_argument("--json", metavar="PATH", help="also write the results as JSON")
    parser.add_argument("--profile", action="store_true",
                        help="print the profiler's top entries for the pipeline in any case")
    args = parser.parse_args(argv)
    repeats = 3 if args.quick else 7
    runs = 3 if args.quick else 5
    started = time.perf_counter()
    print("zqmetrics benchmark" + (" (quick)" if args.quick else ""))
    RESULTS["machine"] = machine()

    from zqmetrics.read.reader import read_report

    text = sample_text()
    frame = read_report(text)
    cells = cells_of(frame)
    RESULTS["sample"] = {"rows": len(frame), "cells": len(cells),
                         "chars": sum(map(len, cells)), "text_chars": len(text)}

    with section("quantities, warm") as out:
        bench_quantities(out, cells, len(frame), repeats)
    with section("pipeline, warm") as out:
        bench_pipeline(out, text, cells, len(frame), repeats, args.profile)
    with section("cold process") as out:
        bench_cold(out, runs)
    with section("scaling") as out:
        bench_scaling(out, text, [1, 10] if args.quick else [1, 10, 100], args.quick)
    with section("memory over many reports") as out:
        bench_many_reports(out, text, 20)

    total = time.perf_counter() - started
    RESULTS["total_seconds"] = total
    heading("done")
    print(f"  {total:.0f} s" + (f"; {len(RESULTS['errors'])} sections failed" if RESULTS["errors"]
                                  else ""))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(RESULTS, f, ensure_ascii=False, indent=2, default=str)
    return 1 if RESULTS["errors"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
