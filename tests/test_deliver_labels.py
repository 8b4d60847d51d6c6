"""The deliverables' words are data (labels.tsv, templates.tsv), tested as data; numbers are
written as a person writes them."""

from __future__ import annotations

import string
from decimal import Decimal
from pathlib import Path

import pytest

from zqmetrics.deliver.labels import (
    amount,
    fill,
    label,
    labels,
    percent,
    period_text,
    points,
    status_label,
    templates,
)
from zqmetrics.deliver.sections import SECTIONS
from zqmetrics.judge.statuses import STATUS_ORDER

PACKAGE = Path(__file__).resolve().parent.parent / "zqmetrics"


def _fields(pattern: str) -> set[str]:
    return {name.split(".")[0].split("[")[0] for _, name, _, _ in string.Formatter().parse(pattern)
            if name}


# Periods name their quarter or half in words in Chinese (二季度) and by number in English (Q2);
# the code passes both fields.
_WORDS_OR_NUMBER = {"period_label_Q": {"quarter", "index"}, "period_label_H": {"half", "index"}}


@pytest.mark.parametrize("key", sorted(templates()))
def test_template_languages_use_the_same_fields(key: str) -> None:
    zh, en = templates()[key]
    extra = _WORDS_OR_NUMBER.get(key, set())
    assert _fields(zh) - extra == _fields(en) - extra
    assert zh.strip() and en.strip()


@pytest.mark.parametrize("key", sorted(labels()))
def test_every_label_has_chinese(key: str) -> None:
    zh, _ = labels()[key]
    assert zh.strip()


def _source() -> str:
    return "\n".join(p.read_text(encoding="utf-8")
                     for p in [*(PACKAGE / "deliver").glob("*.py"), PACKAGE / "cli.py",
                               PACKAGE / "batch.py"])


@pytest.mark.parametrize("key", sorted(templates()))
def test_every_template_is_used(key: str) -> None:
    source = _source()
    prefix = key.rsplit(".", 1)[0] + "." if "." in key else None
    assert f'"{key}"' in source or (prefix is not None and f'"{prefix}{{' in source) or \
        (prefix is not None and f'f"{prefix}' in source) or f'{key.rsplit("_", 1)[0]}_' in source


@pytest.mark.parametrize("status", STATUS_ORDER)
def test_every_status_has_both_labels(status: str) -> None:
    assert label(f"status.{status}", "zh") != f"status.{status}"
    assert label(f"status.{status}", "en") != f"status.{status}"


@pytest.mark.parametrize("section", SECTIONS)
def test_every_section_has_both_labels(section: str) -> None:
    assert label(f"section.{section}", "zh") != label(f"section.{section}", "en")


@pytest.mark.parametrize("status,severity,lang,expected", [
    ("lagging", "moderate", "zh", "滞后（中度）"),
    ("lagging", "severe", "zh", "滞后（严重）"),
    ("lagging", "mild", "en", "lagging (mild)"),
    ("on_track", None, "zh", "正常推进"),
    ("no_numeric_target", None, "zh", "无量化目标"),
    ("not_started", None, "en", "not started"),
])
def test_status_labels(status: str, severity: str | None, lang: str, expected: str) -> None:
    assert status_label(status, severity, lang) == expected


# value, unit, base, lang, expected
AMOUNTS = [
    ("2607000000", "元", "6000000000", "zh", "26.07亿元"),
    ("2590000000", "元", "7500000000", "zh", "25.9亿元"),
    ("500000", "元", None, "zh", "50万元"),
    ("3000", "元", None, "zh", "3000元"),
    ("2607000000", "元", "6000000000", "en", "CNY 2.607 billion"),
    ("20000", "人", None, "zh", "2万人"),
    ("15501", "人", None, "zh", "15501人"),
    ("1300000", "平方米", None, "zh", "130万平方米"),
    ("15501", "人", None, "en", "15,501 people"),
    ("76.6", "%", None, "zh", "76.6%"),
    ("15.1", "个百分点", None, "en", "15.1 percentage points"),
    ("320", "亩", None, "en", "320 mu"),
    ("1650", "吨", None, "zh", "1650吨"),
]


@pytest.mark.parametrize("value,unit,base,lang,expected", AMOUNTS)
def test_amounts_as_a_person_writes_them(value: str, unit: str, base: str | None, lang: str,
                                         expected: str) -> None:
    assert amount(Decimal(value), unit, lang, base=None if base is None else Decimal(base)) \
        == expected


@pytest.mark.parametrize("fraction,expected", [(0.3466955, "34.7%"), (Decimal("0.5"), "50.0%"),
                                                (1.368, "136.8%"), (None, "")])
def test_percent(fraction: object, expected: str) -> None:
    assert percent(fraction) == expected


def test_points_are_unsigned() -> None:
    assert (points(Decimal("0.1533")), points(Decimal("-0.12"))) == ("15.3", "12.0")


@pytest.mark.parametrize("period,lang,expected", [
    ("2025Q2", "zh", "2025年二季度"), ("2025Q2", "en", "Q2 2025"), ("2025H1", "zh", "2025年上半年"),
    ("2025-05", "zh", "2025年5月"), ("2025", "en", "2025"), ("", "zh", ""),
])
def test_period_text(period: str, lang: str, expected: str) -> None:
    assert period_text(period, lang) == expected


def test_unknown_language_is_an_error() -> None:
    with pytest.raises(ValueError, match="zh"):
        fill("reached", "fr")
