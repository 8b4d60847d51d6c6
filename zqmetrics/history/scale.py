"""Many reports at once: the same pipeline over many files with Dask, written to one store.

    python -m zqmetrics.history.scale --db history.duckdb reports/*.txt [--workers 4]

Workers read and assess files in parallel (``report_rows`` turns each report into plain rows, which
pickle cheaply); the client writes them to the DuckDB store one transaction per report as they
arrive, since DuckDB takes one writer process. A file that fails is reported and the rest go on.

``scheduler="distributed"`` (default) starts a local Dask cluster (about 1 s on a 2-core machine;
the same code runs on a multi-machine cluster given its address); ``"processes"`` uses Dask's
multiprocessing scheduler, with no cluster at all. Dask is optional: ``pip install
zqmetrics[scale]``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import Any

from zqmetrics.history.store import add_rows, report_rows
from zqmetrics.judge.assessment import assess
from zqmetrics.read.reader import read_report


def rows_of(path: str, period: str | None = None) -> dict[str, Any]:
    """Worker side: read, assess and flatten one file; an error comes back as a value."""
    try:

        assessed = assess(read_report(path, period=period), period=period)
        return {"path": path, "rows": report_rows(assessed, path)}
    except Exception as exc:  # one bad file must not stop the batch
        return {"path": path, "error": f"{type(exc).__name__}: {exc}"}


def run(db: str | os.PathLike[str], paths: Sequence[str], *, workers: int = 2,
        scheduler: str = "distributed", address: str | None = None,
        period: str | None = None) -> list[tuple[str, int | None, str]]:
    """Process ``paths`` on Dask and store each: [(path, report_id or None, outcome or error)]."""

    done: list[tuple[str, int | None, str]] = []

    def store(result: dict[str, Any]) -> None:
        if "error" in result:
            print(f"zqmetrics: {result['path']}: {result['error']}", file=sys.stderr)
            done.append((result["path"], None, result["error"]))
        else:
            report_id, outcome = add_rows(db, result["rows"])
            done.append((result["path"], report_id, outcome))

    if scheduler == "processes":
        import dask  # lazy: optional, heavy
        from dask import delayed

        tasks = [delayed(rows_of)(p, period) for p in paths]
        for result in dask.compute(*tasks, scheduler="processes", num_workers=workers):
            store(result)
        return done
    from dask.distributed import Client, LocalCluster, as_completed  # lazy: optional, heavy

    cluster = None
    if address is None:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
    client = Client(address or cluster)
    try:
        futures = client.map(rows_of, list(paths), period=period, pure=False)
        for future in as_completed(futures):  # stored as each finishes, not all at the end
            store(future.result())
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    order = {p: i for i, p in enumerate(paths)}
    return sorted(done, key=lambda d: order[d[0]])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m zqmetrics.history.scale",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("reports", nargs="+", metavar="REPORT")
    parser.add_argument("--db", default="zqmetrics-history.duckdb", metavar="FILE")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--scheduler", choices=("distributed", "processes"), default="distributed")
    parser.add_argument("--address", help="a running Dask scheduler (tcp://host:8786)")
    args = parser.parse_args(argv)
    results = run(args.db, args.reports, workers=args.workers, scheduler=args.scheduler,
                  address=args.address)
    for path, report_id, outcome in results:
        print(f"{path}\t{report_id if report_id is not None else '-'}\t{outcome}")
    return 1 if any(r[1] is None for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
