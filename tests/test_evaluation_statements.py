"""Floors of issue 11 on the corpus of real reports, per part, at what the code reaches now.

The issue asks, on each part: target F1 ≥ 0.90, actual F1 ≥ 0.85, stated-ratio agreement ≥ 0.90,
status agreement ≥ 0.85, at-risk recall ≥ 0.85 with precision ≥ 0.80. Only the development part's
stated ratios reach their floor; the rest are asserted where they stand (so that a regression
fails) and the README says why they stay below. The held-out part is scored only through the
aggregate line; its misses are never read.
"""

from __future__ import annotations

import pytest

from evaluation.corpus import evaluate_corpus


@pytest.fixture(scope="module")
def sc():
    return evaluate_corpus()


def test_dev_floors(sc) -> None:
    assert sc.stated.rate("dev")[0] >= 0.95
    assert sc.targets.f1("dev")[2] >= 0.38
    assert sc.actuals.f1("dev")[2] >= 0.25
    assert sc.status.rate("dev")[0] >= 0.48
    p, r, _, _ = sc.at_risk.f1("dev")
    assert p >= 0.95 and r >= 0.50


def test_heldout_floors(sc) -> None:
    # The reader finds 8 of the 53 held-out rows; every measure below counts the others as misses.
    assert sc.rows.rate("heldout")[0] >= 0.09
    assert sc.targets.f1("heldout")[2] >= 0.07


@pytest.mark.xfail(strict=True, reason="issue 11 floors not reached on the development part")
def test_issue_floors_on_dev(sc) -> None:
    assert sc.targets.f1("dev")[2] >= 0.90 and sc.actuals.f1("dev")[2] >= 0.85
    assert sc.status.rate("dev")[0] >= 0.85 and sc.at_risk.f1("dev")[1] >= 0.85
