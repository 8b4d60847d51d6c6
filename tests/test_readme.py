"""The README's Python example runs as written, so the quick start cannot rot."""

from __future__ import annotations

import os
import re
from pathlib import Path

from zqmetrics.deliver.flat import to_text
from zqmetrics.deliver.sections import supervision_list
from zqmetrics.judge.assessment import assess
from zqmetrics.read.reader import read_report, sample_path

ROOT = Path(__file__).resolve().parent.parent


def test_readme_python_example_runs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, flags=re.S)
    assert blocks, "the README shows the Python API"
    cwd = os.getcwd()
    os.chdir(ROOT)  # the example names data/ relative to the repository
    try:
        namespace: dict[str, object] = {}
        for block in blocks:
            exec(compile(block, "README.md", "exec"), namespace)
    finally:
        os.chdir(cwd)
    assert len(namespace["df"]) == 108  # type: ignore[arg-type]
    assert str(namespace["targets"][0].quantity.to_pint().to("hectare").magnitude).startswith("94")  # type: ignore[index]
    assert set(namespace["risky"]["status"]) <= {"lagging", "not_started"}  # type: ignore[index]


def test_readme_quick_start_shows_the_real_list() -> None:
    """The Chinese list the quick start shows is what ``zqmetrics at-risk`` prints (120 columns)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = re.findall(r"```text\n(.*?)```", readme, flags=re.S)[0].splitlines()
    shown = shown[:shown.index("…")]  # the README stops before the long 进展不明 section
    printed = to_text(supervision_list(assess(read_report(sample_path())), sample=True), width=120)
    assert len(shown) > 20 and printed.splitlines()[:len(shown)] == shown
