"""Benchmark zqmetrics against the tools users know, and one checkout against another (not a test).

Run from the repository root, after ``pip install -e ".[bench]"`` (jionlp, jieba, cn2an)::

    python benchmarks/bench.py                        # this checkout only
    python benchmarks/bench.py --before /tmp/zq-main  # BEFORE (another checkout) and AFTER, paired
    python benchmarks/bench.py --quick --json out.json

Every measurement runs in a fresh process per checkout (``PYTHONPATH`` set to it), and the two
checkouts alternate, round by round, so that a slow spell on a shared machine hits both alike.
Ratios are paired: each round gives one ratio, and the report shows their median and min-max.

- **warm**: ``quantities`` against ``jionlp.ner.extract_money`` on the same cells; the whole
  pipeline (``read_report`` → ``extract`` → ``assess``) against ``jieba.lcut`` on exactly the
  characters the pipeline reads (its cells) and on the whole report text; over the sample, the
  corpus documents (``data/corpus/docs``, header stripped) and the 2026 prose reports.
- **cold**: ``python -m zqmetrics at-risk`` on the sample against ``python -c "import pandas"``.
- **memory**: peak RSS of the ``extract`` process tree (sum over the parent and its workers,
  sampled every 20 ms) for 1, 100 and 1,000 files and for 108,000 rows in one file.
- **alignment**: 11,000 figures in one progress cell, through ``extract``.
- **crossover**: this checkout's ``extract`` on N sample files in one process and with a pool.

Ratios are written so that above 1 is better for zqmetrics: *other time / zqmetrics time*; the
cold ratio is *at-risk time / import-pandas time* (the goal is at most 1.3).
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import io
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parents[1]
CELLS = ("task", "progress", "plan")
PANDAS = [sys.executable, "-c", "import pandas"]

# An Arabic number; one followed by a date word, preceded by 第 or as long as a phone number is
# left alone when a copy's numbers are varied, so copies keep their dates and period cues.
_NUMBER = re.compile(r"(?<![\d.])(\d+)(?:\.(\d+))?(?![\d.])")
_DATE_AFTER = re.compile(r"\s*(?:[年月日号时]|季度|[-~至到]\s*\d+\s*[月日号])")


# --- inputs -------------------------------------------------------------------------------------


def strip_header(text: str) -> str:
    """A stored document without its ``#`` header (up to and including the ``# ---`` line)."""
    lines = text.splitlines(keepends=True)
    for i, line in enumerate(lines[:40]):
        if line.startswith("# ---"):
            return "".join(lines[i + 1:])
    return text


def documents() -> dict[str, list[str]]:
    """Input sets by name: the sample, the corpus documents, the 2026 prose reports."""
    sample = (HERE / "zqmetrics" / "data" / "jinan-shizhong-2025q2.txt").read_text("utf-8")
    corpus = [strip_header(p.read_text("utf-8"))
              for p in sorted((HERE / "data" / "corpus" / "docs").glob("*.txt"))]
    prose = [strip_header(p.read_text("utf-8"))
             for p in sorted((HERE / "data" / "work-reports-2026").glob("*.txt"))]
    return {"sample": [sample], "corpus docs": corpus, "2026 prose": prose}


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


def many_rows(text: str, copies: int) -> str:
    """The sample's table with its rows repeated ``copies`` times (numbers varied), 序号 1..n."""
    lines = text.splitlines()
    head = next(i for i, line in enumerate(lines) if line.startswith("序号") and "|" in line)
    rows = [line for line in lines[head + 1:] if re.match(r"\s*\d+\s*\|", line)]
    rng, out, seq = random.Random(0), lines[: head + 1], 0
    for copy in range(copies):
        for row in rows:
            seq += 1
            body = row.split("|", 1)[1]
            out.append(f"{seq} |" + (vary_numbers(body, rng) if copy else body))
    return "\n".join(out) + "\n"


def one_crowded_cell(text: str, figures: int) -> str:
    """The sample with ``figures`` figures in the progress cell of its first row whose task sets a
    target in 个 (so that every figure is a candidate for a target)."""
    lines = text.splitlines()
    i = next(i for i, line in enumerate(lines)
             if re.match(r"\s*\d+\s*\|[^|]*\d个", line))
    parts = lines[i].split("|")
    parts[2] = " " + "推进中，完成12个。" * figures + " "
    lines[i] = "|".join(parts)
    return "\n".join(lines) + "\n"


# --- the worker: runs inside one checkout -------------------------------------------------------


def clock(fn: Callable[[], Any]) -> float:
    gc.collect()
    gc.disable()
    try:
        start = time.perf_counter()
        fn()
        return time.perf_counter() - start
    finally:
        gc.enable()


def worker_warm(rounds: int) -> dict[str, Any]:
    """Per round, each of ours timed next to its comparison: lists of (ours, theirs) seconds."""
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        import jieba
        import jionlp
        jieba.setLogLevel(60)
        jieba.initialize()  # the dictionary loads once: these are warm figures
    from zqmetrics.extraction.rows import extract
    from zqmetrics.judge.assessment import assess
    from zqmetrics.read.reader import read_report
    from zqmetrics.text.quantity import quantities

    def over(fn: Callable[[str], Any], texts: list[str]) -> Callable[[], None]:
        def run() -> None:
            for text in texts:
                try:
                    fn(text)
                except Exception:  # noqa: BLE001 -- jionlp raises on some cells; counted as run
                    pass
        return run

    out: dict[str, Any] = {}
    for name, every in documents().items():
        docs, frames, unread = [], [], 0
        for doc in every:  # a document this checkout's reader refuses is left out, and counted
            try:
                frames.append(read_report(doc))
                docs.append(doc)
            except Exception:  # noqa: BLE001
                unread += 1
        cells = [c for f in frames for col in CELLS if col in f.columns
                 for c in f[col].tolist() if isinstance(c, str) and c]
        pipeline = over(lambda d: assess(extract(read_report(d))), docs)
        pairs = {
            "quantities / jionlp.extract_money (cells)": (over(quantities, cells),
                                                          over(jionlp.ner.extract_money, cells)),
            "pipeline / jieba.lcut (cells)": (pipeline, over(jieba.lcut, cells)),
            "pipeline / jieba.lcut (whole text)": (pipeline, over(jieba.lcut, docs)),
        }
        entry: dict[str, Any] = {"docs": len(docs), "unread": unread,
                                 "rows": sum(map(len, frames)),
                                 "cell_chars": sum(map(len, cells)),
                                 "text_chars": sum(map(len, docs))}
        for label, (ours, theirs) in pairs.items():
            ours(), theirs()  # warm
            entry[label] = [(clock(ours), clock(theirs)) for _ in range(rounds)]
        out[name] = entry
    return out


def worker_main(task: str, arg: str) -> None:
    result = worker_warm(int(arg)) if task == "warm" else {}
    print(json.dumps(result))


# --- the driver ---------------------------------------------------------------------------------


def checkout_env(root: Path) -> dict[str, str]:
    """The environment of a process run against ``root``: its package first on the path, and
    bytecode cached (outside the checkouts) as an installed package has it, for both alike."""
    env = {**os.environ, "PYTHONPATH": str(root),
           "PYTHONPYCACHEPREFIX": str(Path(tempfile.gettempdir(), "zqbench-pycache"))}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def in_checkout(root: Path, args: list[str], **kw: Any) -> subprocess.CompletedProcess[str]:
    env = checkout_env(root)
    return subprocess.run(args, env=env, capture_output=True, text=True, check=False, **kw)


def timed_process(root: Path, args: list[str], cwd: str, timeout: float = 600) -> float | None:
    start = time.perf_counter()
    try:
        done = in_checkout(root, args, cwd=cwd, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    return time.perf_counter() - start if done.returncode in (0, 1) else None


def peak_rss(root: Path, args: list[str], cwd: str) -> tuple[float, float]:
    """(seconds, peak MiB of the process tree's summed RSS) for one run of ``args``."""
    import psutil  # the bench's own dependency: the RSS of a process and its workers

    env = checkout_env(root)
    start = time.perf_counter()
    with open(os.devnull, "w") as sink:
        proc = subprocess.Popen(args, env=env, cwd=cwd, stdout=sink, stderr=sink)
        top, peak = psutil.Process(proc.pid), 0
        while proc.poll() is None:
            try:
                procs = [top, *top.children(recursive=True)]
                peak = max(peak, sum(p.memory_info().rss for p in procs))
            except psutil.Error:
                pass
            time.sleep(0.02)
    return time.perf_counter() - start, peak / 2**20


def summary(ratios: list[float]) -> dict[str, float]:
    return {"median": statistics.median(ratios), "min": min(ratios), "max": max(ratios),
            "n": len(ratios)}


def fmt(s: dict[str, float]) -> str:
    return f"{s['median']:.2f}x ({s['min']:.2f}-{s['max']:.2f}, n={s['n']})"


def bench_warm(roots: dict[str, Path], alternations: int, rounds: int) -> dict[str, Any]:
    runs: dict[str, list[dict[str, Any]]] = {name: [] for name in roots}
    for _ in range(alternations):
        for name, root in roots.items():
            done = in_checkout(root, [sys.executable, __file__, "--worker", "warm", str(rounds)],
                               cwd=str(HERE), timeout=1800)
            if done.returncode:
                raise RuntimeError(f"{name}: {done.stderr.strip()[-400:]}")
            runs[name].append(json.loads(done.stdout.strip().splitlines()[-1]))
    out: dict[str, Any] = {}
    for name in roots:
        for doc_set, entry in runs[name][0].items():
            for label, _ in ((k, v) for k, v in entry.items() if isinstance(v, list)):
                pairs = [p for run in runs[name] for p in run[doc_set][label]]
                out.setdefault(doc_set, {"size": {k: v for k, v in entry.items()
                                                  if not isinstance(v, list)}})
                out[doc_set].setdefault(label, {})[name] = {
                    "ratio": summary([theirs / ours for ours, theirs in pairs]),
                    "ours_s": statistics.median(o for o, _ in pairs),
                    "theirs_s": statistics.median(t for _, t in pairs)}
    if "before" in roots:  # AFTER against BEFORE: speed-up of our own side, round by round
        for doc_set, entries in out.items():
            for label, by_root in entries.items():
                if label == "size":
                    continue
                b = [o for run in runs["before"] for o, _ in run[doc_set][label]]
                a = [o for run in runs["after"] for o, _ in run[doc_set][label]]
                by_root["speedup"] = summary([x / y for x, y in zip(b, a, strict=False)])
    return out


def bench_cold(roots: dict[str, Path], runs: int) -> dict[str, Any]:
    samples: dict[str, list[float]] = {name: [] for name in roots}
    pandas: list[float] = []
    ratios: dict[str, list[float]] = {name: [] for name in roots}
    with tempfile.TemporaryDirectory(prefix="zqbench-") as cwd:
        for root in roots.values():  # untimed: bytecode compiled, files in the OS cache
            timed_process(root, [sys.executable, "-m", "zqmetrics", "at-risk"], cwd)
        timed_process(HERE, PANDAS, cwd)
        for _ in range(runs):
            p = timed_process(HERE, PANDAS, cwd) or float("nan")
            pandas.append(p)
            for name, root in roots.items():
                t = timed_process(root, [sys.executable, "-m", "zqmetrics", "at-risk"], cwd)
                samples[name].append(t or float("nan"))
                ratios[name].append((t or float("nan")) / p)
    return {"import pandas s": statistics.median(pandas),
            **{name: {"seconds": statistics.median(samples[name]),
                      "ratio_to_pandas": summary(ratios[name])} for name in roots}}


def bench_memory(roots: dict[str, Path], counts: list[int], rows_copies: int) -> dict[str, Any]:
    sample = documents()["sample"][0]
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="zqbench-mem-") as tmp:
        folder = Path(tmp, "files")
        folder.mkdir()
        for i in range(max(counts)):
            (folder / f"r{i:04d}.txt").write_text(sample, "utf-8")
        big = Path(tmp, "rows.txt")
        big.write_text(many_rows(sample, rows_copies), "utf-8")
        cases = {f"{n} files": [str(p) for p in sorted(folder.iterdir())[:n]] for n in counts}
        rows = sum(1 for line in big.open(encoding="utf-8") if re.match(r"\d+ \|", line))
        cases[f"{rows:,} rows in one file"] = [str(big)]
        for case, files in cases.items():
            for name, root in roots.items():
                args = [sys.executable, "-m", "zqmetrics", "extract", *files]
                if len(files) == max(counts) > 50:  # the folder, as a user with many files would
                    args = [sys.executable, "-m", "zqmetrics", "extract", str(folder)]
                seconds, mib = peak_rss(root, args, tmp)
                out.setdefault(case, {})[name] = {"seconds": seconds, "peak_mib": mib}
                print(f"  memory {case:<28} {name:<6} {mib:8.1f} MiB {seconds:8.1f} s", flush=True)
    return out


def bench_alignment(roots: dict[str, Path], figures: int, timeout: float) -> dict[str, Any]:
    text = one_crowded_cell(documents()["sample"][0], figures)
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="zqbench-align-") as tmp:
        path = Path(tmp, "crowded.txt")
        path.write_text(text, "utf-8")
        for name, root in roots.items():
            t = timed_process(root, [sys.executable, "-m", "zqmetrics", "extract", str(path),
                                     "--jobs", "1"], tmp, timeout)
            out[name] = {"seconds": t, "timeout": timeout}
    return out


def bench_crossover(root: Path, counts: list[int]) -> dict[str, Any]:
    """extract on N sample files: one process against a pool of two, forced, interleaved."""
    sample = documents()["sample"][0]
    force = ("import sys, zqmetrics.batch as b; b.PARALLEL_BYTES = {p}; "
             "from zqmetrics.cli import main; sys.exit(main(sys.argv[1:]))")
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="zqbench-x-") as tmp:
        for n in counts:
            files = []
            for i in range(n):
                files.append(str(Path(tmp, f"r{n}-{i}.txt")))
                Path(files[-1]).write_text(sample, "utf-8")
            one, two = [], []
            for _ in range(3):
                for p, sink in ((10**15, one), (0, two)):
                    args = [sys.executable, "-c", force.format(p=p), "extract", *files,
                            "--jobs", "2"]
                    sink.append(timed_process(root, args, tmp) or float("nan"))
            out[str(n)] = {"one_process_s": statistics.median(one),
                           "pool_of_2_s": statistics.median(two),
                           "pool_speedup": summary([a / b for a, b in zip(one, two, strict=True)])}
            print(f"  crossover {n:>3} files: one process {statistics.median(one):.2f} s, "
                  f"pool {statistics.median(two):.2f} s", flush=True)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", metavar="DIR", help="another checkout to compare with")
    parser.add_argument("--quick", action="store_true", help="fewer rounds, fewer files")
    parser.add_argument("--skip", action="append", default=[],
                        help="skip a section (warm, cold, memory, alignment, crossover)")
    parser.add_argument("--json", metavar="PATH", help="also write the results as JSON")
    parser.add_argument("--worker", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        worker_main(*args.worker)
        return 0
    roots = {"before": Path(args.before).resolve()} if args.before else {}
    roots["after"] = HERE
    quick = args.quick
    results: dict[str, Any] = {"machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0],
                                           "load": os.getloadavg()}}
    sections: dict[str, Callable[[], Any]] = {
        "warm": lambda: bench_warm(roots, 2 if quick else 3, 3 if quick else 5),
        "cold": lambda: bench_cold(roots, 5 if quick else 11),
        "alignment": lambda: bench_alignment(roots, 11_000, 120),
        "crossover": lambda: bench_crossover(HERE, [1, 2, 4, 8] if quick else [1, 2, 4, 8, 16]),
        "memory": lambda: bench_memory(roots, [1, 100] if quick else [1, 100, 1000],
                                       100 if quick else 1000),
    }
    failed = 0
    for name, run in sections.items():
        if name in args.skip:
            continue
        started = time.perf_counter()
        print(f"== {name}", flush=True)
        try:
            results[name] = run()
        except Exception as exc:  # noqa: BLE001 -- a broken section must not hide the others
            failed += 1
            results[name] = {"error": f"{type(exc).__name__}: {exc}"}
        print(json.dumps(results[name], ensure_ascii=False, indent=1, default=str)[:6000])
        print(f"   ({time.perf_counter() - started:.0f} s)", flush=True)
    if "warm" in results and "error" not in results["warm"]:
        print("\n== paired ratios (median, min-max)")
        for doc_set, entries in results["warm"].items():
            for label, by_root in entries.items():
                if label != "size":
                    print(f"  {doc_set:<12} {label:<44} " + "  ".join(
                        f"{k} {fmt(v['ratio'] if 'ratio' in v else v)}"
                        for k, v in by_root.items()))
    if args.json:
        Path(args.json).write_text(json.dumps(results, ensure_ascii=False, indent=1, default=str),
                                   "utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
