"""A heading that lists the items it reports, each reported on a line labelled with its name
(reader pass 36).

``☑东昌路东延、艳阳路西延、英才路南延建设项目`` over ``东昌路东延：于3月初开工…`` / ``艳阳路西延：已于4月初
完工…`` / ``英才路南延：已完成施工…``: the heading names three pieces of work and the lines under it
report each under its own name. Each is a row (the corpus conventions' decision 17: a part with its
own subject and its own progress); the heading, only their list, gives way to them. Read only when
every name the heading lists has its line, in the heading's order, and the lines are the whole
body: a body that reports the heading's work as a whole keeps it one item.
"""

from __future__ import annotations

import re
from typing import Any

from zqmetrics.read.named import split_names

# Switched off by evaluation/ablation.py (the package runs with it on).
HEADING_NAMES = True
_LABELLED = re.compile(r"\s*([^:：，,。；;]{2,16})\s*[:：]\s*(\S.*)", re.DOTALL)


def named_parts(item: dict[str, Any]) -> list[dict[str, Any]]:
    """The rows a heading's labelled lines report, one per name it lists, or [] (see above)."""
    names = split_names(str(item.get("task") or ""))
    lines = [ln for ln in str(item.get("progress") or "").split("\n") if ln.strip()]
    if not HEADING_NAMES or len(names) < 2 or len(lines) != len(names):
        return []
    parts = []
    for k, (name, line) in enumerate(zip(names, lines, strict=True), start=1):
        m = _LABELLED.match(line)
        # The last name carries the heading's closing noun (英才路南延建设项目): its line's label
        # opens it.
        if m is None or not (m[1].strip() == name or name.startswith(m[1].strip())):
            return []
        parts.append({**item, "seq": f"{item['seq']}.{k}", "task": m[1].strip(),
                      "progress": m[2].strip()})
    return parts
