"""Numbered items whose section headings report their items clause by clause.

A numbered heading that names a part of the report (一、重点在建项目投资完成情况, 二、重点前期项目工作
进展情况: :func:`.items.section_title`) often has no task of its own: its body reports the items in
running clauses (15个重点在建项目累计完成投资…，其中，9个市政府投资项目完成…；A工程已完成…；B工程正在…).
Those clauses, read as an article's are (:func:`.articles.clause_items`), are the heading's
sub-items when there are two or more. The heading stays an item (a report may give its totals
there) and keeps its body as progress.
"""

from __future__ import annotations

from typing import Any

from zqmetrics.read.articles import clause_items
from zqmetrics.read.items import read_items, section_title


def section_parts(item: dict[str, Any], lines: list[str]) -> list[dict[str, Any]]:
    """The items a section heading's body reports clause by clause (two or more), as sub-items."""
    keep = set(item.get("body_lines") or ())
    body = [line if k in keep else "" for k, line in enumerate(lines, start=1)]
    parts = clause_items(body)
    if len(parts) < 2:
        return []
    return [{**p, "parent_seq": item["seq"], "status": item.get("status")} for p in parts]


def read_sectioned_items(lines: list[str]) -> list[dict[str, Any]]:
    """The numbered items of ``lines`` (:func:`.items.read_items`), each section heading followed
    by the sub-items its body reports."""
    out: list[dict[str, Any]] = []
    for item in read_items(lines):
        parts = section_parts(item, lines) if section_title(item["task"]) else []
        out.append({k: v for k, v in item.items() if k != "body_lines"})
        out.extend(parts)
    return out
