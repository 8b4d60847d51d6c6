"""The walkthrough notebook runs headless, agrees with the library, and is committed clean.

Part of the normal suite on purpose: the notebook is documentation, and documentation that no
longer runs is worse than none. It executes in a fresh ``python3`` kernel with nbclient.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

# Names from their modules, not ``zq.assess``: once ``zqmetrics.assessment`` (the module) has been
# imported, the package attribute of the same name is that module, not the function.
from zqmetrics.deliver.sections import supervision_list
from zqmetrics.judge.assessment import assess
from zqmetrics.read.reader import read_report, sample_path

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "walkthrough.ipynb"
BUDGET_SECONDS = 60


@pytest.fixture(scope="module")
def executed() -> tuple[nbformat.NotebookNode, float]:
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = NotebookClient(notebook, timeout=BUDGET_SECONDS, kernel_name="python3",
                            resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    # The kernel imports the checkout under test, not whichever copy happens to be installed.
    root = str(NOTEBOOK.parent.parent)
    before = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (root, before) if p)
    start = time.perf_counter()
    try:
        client.execute()  # raises CellExecutionError, with the cell and traceback, if a cell fails
    finally:
        if before is None:
            os.environ.pop("PYTHONPATH", None)
        else:
            os.environ["PYTHONPATH"] = before
    return notebook, time.perf_counter() - start


def _text_outputs(notebook: nbformat.NotebookNode) -> str:
    parts = []
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            if output.get("output_type") == "stream":
                parts.append(output["text"])
            elif "data" in output:
                parts.append(output["data"].get("text/plain", ""))
    return "\n".join(parts)


def test_notebook_runs_without_error(executed: tuple[nbformat.NotebookNode, float]) -> None:
    notebook, _ = executed
    errors = [o for c in notebook.cells for o in c.get("outputs", [])
              if o.get("output_type") == "error"]
    assert errors == []


def test_notebook_prints_the_libraries_list_count(
    executed: tuple[nbformat.NotebookNode, float],
) -> None:
    notebook, _ = executed
    expected = len(supervision_list(assess(read_report(sample_path()))).items)
    assert f"需督办事项：{expected}\n" in _text_outputs(notebook)


def test_notebook_reads_in_chinese() -> None:
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    prose = "".join(c.source for c in notebook.cells if c.cell_type == "markdown")
    han = sum("\u4e00" <= ch <= "\u9fff" for ch in prose)
    assert han > 0.5 * len([ch for ch in prose if ch.isalpha()])


def test_notebook_draws_the_chart(executed: tuple[nbformat.NotebookNode, float]) -> None:
    notebook, _ = executed
    images = [o for c in notebook.cells for o in c.get("outputs", [])
              if "image/png" in o.get("data", {})]
    assert len(images) == 2  # zq.plot.completion and zq.plot.by_unit


def test_notebook_runs_within_budget(executed: tuple[nbformat.NotebookNode, float]) -> None:
    _, seconds = executed
    assert seconds < BUDGET_SECONDS


def test_notebook_is_committed_without_outputs() -> None:
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(notebook)
    dirty = [i for i, c in enumerate(notebook.cells) if c.cell_type == "code"
             and (c.get("outputs") or c.get("execution_count") is not None)]
    assert dirty == []
