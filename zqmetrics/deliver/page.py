"""One self-contained HTML page of the list: nothing is fetched when it is viewed.

The page holds a summary, a chart per lead unit (inline SVG: mean completion against time
elapsed), and every task in a table that sorts (click a heading) and filters by status, section
of the list and lead unit. A click on a task opens the original task and progress text, with the
figures read from them highlighted by their spans (targets in the task, figures in the progress),
the next steps, every reason and the supervision contact. With a history (``at-risk --db``), the
table adds 上期状态, 较上期变化 and 年底预计, a filter by change (新增滞后, 连续滞后三期及以上 …), the
与上期相比 counts in the summary and the previous report's promises, checked, in each task's text.

A Content-Security-Policy allows inline style and script only: no request leaves the page.
Report text is escaped everywhere.
"""

from __future__ import annotations

import html
import json
import os
from pathlib import Path
from typing import Any

from zqmetrics.deliver.changes import (
    CODES,
    change_text,
    forecast_text,
    previous_status_text,
    promise_text,
    summary,
)
from zqmetrics.deliver.labels import fill, label, percent, status_label
from zqmetrics.deliver.sections import SECTIONS, STATUSES, SupervisionList, Task, summary_sentences
from zqmetrics.deliver.tables import replacing

_CSP = ("default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
        "img-src data:")
_COLOURS = {"lagging": "#f8cbcf", "not_started": "#fce4d6", "unclear": "#ededed",
            "on_track": "#e2efda", "done": "#c6efce", "no_numeric_target": "#ffffff"}
_CSS = """
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",
"WenQuanYi Zen Hei",system-ui,sans-serif;margin:1.2em 2em;color:#222}
h1{font-size:1.45em;margin:.2em 0}.facts{color:#555;margin:.2em 0 .8em}
.summary p{margin:.25em 0}figure{margin:1em 0}figcaption{font-weight:bold;margin-bottom:.3em}
.controls{display:flex;gap:1em;flex-wrap:wrap;align-items:center;margin:.8em 0;
position:sticky;top:0;background:#fff;padding:.4em 0;z-index:2}
table{border-collapse:collapse;width:100%;font-size:14px}
th,td{border:1px solid #bbb;padding:4px 6px;vertical-align:top;text-align:left}
th{background:#ddebf7;cursor:pointer;user-select:none;white-space:nowrap}
th[aria-sort=ascending]::after{content:" ▲"}th[aria-sort=descending]::after{content:" ▼"}
td.num{text-align:right;white-space:nowrap}tr.main{cursor:pointer}tr.main:hover td{background:#f5f9ff}
tr.detail td{background:#fafafa}.detail h3{font-size:1em;margin:.6em 0 .2em}
.detail p{margin:.2em 0;line-height:1.6}
mark.t{background:#ffe08a}mark.a{background:#b7e1cd}span.q{border-bottom:2px solid #e0a800}
span.qa{border-bottom:2px solid #2e8b57}
"""
_SCRIPT = """
(function(){
  var table=document.getElementById('tasks'),groups=[].slice.call(table.tBodies);
  var selects={status:document.getElementById('f-status'),section:document.getElementById('f-section'),
    unit:document.getElementById('f-unit'),change:document.getElementById('f-change')},search=document.getElementById('f-text'),
    shown=document.getElementById('shown'),shownText=shown.getAttribute('data-template');
  function apply(){
    var n=0,text=search.value.trim();
    groups.forEach(function(g){
      var ok=(!selects.status.value||g.getAttribute('data-status')===selects.status.value)&&
        (!selects.section.value||(' '+g.getAttribute('data-sections')+' ').indexOf(' '+selects.section.value+' ')>=0)&&
        (!selects.unit.value||g.getAttribute('data-unit')===selects.unit.value)&&
        (!selects.change||!selects.change.value||(' '+g.getAttribute('data-changes')+' ').indexOf(' '+selects.change.value+' ')>=0)&&
        (!text||g.textContent.indexOf(text)>=0);
      g.hidden=!ok;if(ok){n++;}
    });
    shown.textContent=shownText.replace('{n}',n);
  }
  Object.keys(selects).forEach(function(k){if(selects[k]){selects[k].addEventListener('change',apply);}});
  search.addEventListener('input',apply);
  groups.forEach(function(g){
    var main=g.rows[0],detail=g.rows[1];
    main.addEventListener('click',function(){detail.hidden=!detail.hidden;
      main.setAttribute('aria-expanded',String(!detail.hidden));});
  });
  [].slice.call(table.tHead.rows[0].cells).forEach(function(th,i){
    th.addEventListener('click',function(){
      var asc=th.getAttribute('aria-sort')!=='ascending';
      [].slice.call(table.tHead.rows[0].cells).forEach(function(c){c.removeAttribute('aria-sort');});
      th.setAttribute('aria-sort',asc?'ascending':'descending');
      var numeric=th.getAttribute('data-type')==='number';
      groups.sort(function(a,b){
        var x=a.rows[0].cells[i].getAttribute('data-sort'),y=b.rows[0].cells[i].getAttribute('data-sort');
        if(numeric){x=x===''?-Infinity:parseFloat(x);y=y===''?-Infinity:parseFloat(y);}
        return (x<y?-1:x>y?1:0)*(asc?1:-1);
      });
      groups.forEach(function(g){table.appendChild(g);});
    });
  });
  apply();
})();
"""
_COLUMNS = (("seq", "number"), ("lead_unit", "text"), ("task", "text"), ("status", "text"),
            ("completion", "number"), ("expected", "number"), ("sections", "text"),
            ("reason", "text"))
# With a history (at-risk --db): each group of columns after the column named.
_HISTORY_AFTER = {"status": (("previous_status", "text"), ("change", "text")),
                  "expected": (("forecast", "range"),)}  # sorts by its low end


def _columns(sl: SupervisionList) -> tuple[tuple[str, str], ...]:
    if not sl.has_history:
        return _COLUMNS
    return tuple(c for column in _COLUMNS for c in (column, *_HISTORY_AFTER.get(column[0], ())))


def _e(text: Any) -> str:
    return html.escape("" if text is None else str(text))


def highlight(text: str, spans: list[tuple[int, int, str]]) -> str:
    """``text`` escaped, with each half-open span wrapped: ``mark`` spans inside ``span`` ones.

    ``spans`` are ``(start, end, kind)``: ``t``/``a`` mark a figure (target / actual), ``q``/``qa``
    underline the clause it was read from. Spans outside the text are ignored.
    """
    n = len(text)
    marks: list[str | None] = [None] * n
    clauses: list[str | None] = [None] * n
    for start, end, kind in spans:
        if not (0 <= start < end <= n):
            continue
        layer = clauses if kind in ("q", "qa") else marks
        for i in range(start, end):
            layer[i] = kind
    out, i = [], 0
    while i < n:
        j = i
        while j < n and marks[j] == marks[i] and clauses[j] == clauses[i]:
            j += 1
        piece = _e(text[i:j])
        if marks[i]:
            piece = f'<mark class="{marks[i]}">{piece}</mark>'
        if clauses[i]:
            piece = f'<span class="{clauses[i]}">{piece}</span>'
        out.append(piece)
        i = j
    return "".join(out).replace("\n", "<br>")


def _spans(task: Task) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    record = task.record
    in_task = [s for t in record.get("targets") or []
               for s in ((t.quote_start, t.quote_end, "q"), (t.start, t.end, "t"))]
    actuals = record.get("actuals") or []
    # A task cell that goes on to report progress (实际改造4559户): those figures are marked there.
    spans = [(a, ((a.quote_start, a.quote_end, "qa"), (a.start, a.end, "a"))) for a in actuals]
    in_task += [s for a, pair in spans if "task" in a.cues for s in pair]
    in_progress = [s for a, pair in spans if "task" not in a.cues for s in pair]
    return in_task, in_progress


def _chart(sl: SupervisionList) -> str:
    """Horizontal bars per ranked unit: mean completion; a tick at the time elapsed."""
    lang = sl.meta.lang
    units = [u for u in sl.units if u.mean_completion is not None]
    if not units:
        return ""
    row, left, width = 24, 230, 420
    height = row * len(units) + 40
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{left + width + 80}" '
             f'height="{height}" role="img" aria-label="{_e(label("word.chart_title", lang))}" '
             'font-size="13">']
    for k in (0, 0.25, 0.5, 0.75, 1):
        x = left + k * width
        parts.append(f'<line x1="{x}" y1="0" x2="{x}" y2="{height - 30}" stroke="#ddd"/>'
                     f'<text x="{x}" y="{height - 14}" text-anchor="middle" fill="#555">'
                     f'{int(k * 100)}%</text>')
    for n, u in enumerate(units):
        y = n * row + 4
        done = min(u.mean_completion or 0, 1.0)
        parts.append(f'<text x="{left - 8}" y="{y + 15}" text-anchor="end">{_e(u.unit)}</text>'
                     f'<rect x="{left}" y="{y + 3}" width="{done * width:.1f}" height="{row - 8}" '
                     f'fill="#2e75b6"><title>{_e(u.unit)} {percent(u.mean_completion)}</title>'
                     '</rect>'
                     f'<text x="{left + done * width + 4:.1f}" y="{y + 15}" fill="#333">'
                     f'{percent(u.mean_completion)}</text>')
        if u.expected is not None:
            x = left + min(u.expected, 1.0) * width
            parts.append(f'<line x1="{x:.1f}" y1="{y}" x2="{x:.1f}" y2="{y + row - 2}" '
                         'stroke="#c00000" stroke-width="3"/>')
    parts.append("</svg>")
    legend = (f'<p><span style="color:#2e75b6">■</span> {_e(label("word.chart_completion", lang))}'
              f'　<span style="color:#c00000">┃</span> {_e(label("word.chart_expected", lang))}'
              f'　{_e(label("word.ranking_note", lang))}</p>')
    return (f'<figure><figcaption>{_e(label("word.chart_title", lang))}</figcaption>'
            f'{"".join(parts)}{legend}</figure>')


def _options(name: str, pairs: list[tuple[str, str]], lang: str) -> str:
    items = [f'<option value="">{_e(label("word.all", lang))}</option>']
    items += [f'<option value="{_e(v)}">{_e(t)}</option>' for v, t in pairs]
    return (f'<label>{_e(label(f"word.filter_{name}", lang))} '
            f'<select id="f-{name}">{"".join(items)}</select></label>')


def _task_group(sl: SupervisionList, task: Task, sections: list[str]) -> str:
    lang = sl.meta.lang
    in_task, in_progress = _spans(task)
    values = {
        "seq": (task.seq, task.seq if task.seq.isdigit() else ""),
        "lead_unit": (task.lead_unit, task.lead_unit),
        "task": (task.task if len(task.task) <= 60 else task.task[:59] + "…", task.task),
        "status": (status_label(task.status, task.severity, lang),
                   str(STATUSES.index(task.status)) if task.status in STATUSES else task.status),
        # sort keys in percent too: no fraction anywhere in the page
        "completion": (percent(task.completion), "" if task.completion is None
                       else f"{task.completion * 100:.4f}"),
        "expected": (percent(task.expected), "" if task.expected is None
                     else f"{task.expected * 100:.4f}"),
        "sections": (fill("join.list", lang).join(label(f"section.{s}", lang) for s in sections),
                     " ".join(sections)),
        "reason": (task.headline, task.headline),
    }
    change = task.change
    if change is not None:
        lows = [f.low for f in change.forecasts]
        values.update({
            "previous_status": (previous_status_text(change, lang), change.previous_status),
            "change": (change_text(change, lang), " ".join(change.filters)),
            "forecast": (forecast_text(change, lang), f"{min(lows) * 100:.4f}" if lows else ""),
        })
    columns = _columns(sl)
    cells = []
    for column, kind in columns:
        shown, key = values[column]
        klass = ' class="num"' if kind == "number" else ""
        shown_html = _e(shown).replace("\n", "<br>")
        style = f' style="background:{_COLOURS.get(task.status, "#fff")}"' \
            if column == "status" else ""
        cells.append(f'<td{klass}{style} data-sort="{_e(key)}">{shown_html}</td>')
    contact = "<br>".join(f"{_e(o)} {_e(p)}" for o, p in zip(
        task.office.splitlines() or [""], task.phone.splitlines() or [""], strict=False))
    detail = "".join((
        f'<h3>{_e(label("col.task", lang))}</h3><p>{highlight(task.task, in_task)}</p>',
        f'<h3>{_e(label("col.progress", lang))}</h3><p>{highlight(task.progress, in_progress)}</p>',
        f'<h3>{_e(label("col.plan", lang))}</h3><p>{_e(task.plan)}</p>' if task.plan else "",
        f'<h3>{_e(label("col.reason", lang))}</h3>'
        + "".join(f"<p>{_e(r)}</p>" for r in task.reasons),
        f'<h3>{_e(label("col.promises", lang))}</h3><p>'
        + _e(promise_text(change, lang)).replace("\n", "<br>") + "</p>"
        if change is not None and change.promises else "",
        f'<h3>{_e(label("col.units", lang))}</h3><p>{_e(fill("join.list", lang).join(task.units))}</p>',
        f'<h3>{_e(label("col.contact", lang))}</h3><p>{contact}</p>',
    ))
    changes = f' data-changes="{_e(" ".join(change.filters))}"' if change is not None else ""
    return (f'<tbody data-status="{_e(task.status)}" data-sections="{_e(" ".join(sections))}" '
            f'data-unit="{_e(task.lead_unit)}"{changes}><tr class="main" aria-expanded="false">'
            f'{"".join(cells)}</tr><tr class="detail" hidden><td class="detail" '
            f'colspan="{len(columns)}">{detail}</td></tr></tbody>')


def _change_options(sl: SupervisionList) -> str:
    """The filter by change (a history only): the changes present, 连续滞后三期及以上 last."""
    if not sl.has_history:
        return ""
    present = {code for t in sl.tasks if t.change is not None for code in t.change.filters}
    return _options("change", [(c, label(f"change.{c}", sl.meta.lang))
                               for c in (*CODES, "long_lagging") if c in present], sl.meta.lang)


def render_page(sl: SupervisionList) -> str:
    """The page as one string of HTML."""
    lang, meta = sl.meta.lang, sl.meta
    title = meta.heading(label("word.list_title", lang))
    head = fill("join.head", lang)
    facts = "　".join(f"{_e(label(k, lang))}{head}{_e(v)}" for k, v in (
        ("word.place", meta.place), ("word.period", meta.period_text),
        ("word.data_month", meta.data_month), ("word.generated", meta.generated)) if v)
    sections: dict[int, list[str]] = {}
    for item in sl.items:
        if item.section not in sections.setdefault(item.row, []):
            sections[item.row].append(item.section)
    present = [s for s in STATUSES if sl.counts.get(s)]
    units = list(dict.fromkeys(t.lead_unit for t in sl.tasks))
    controls = "".join((
        _options("status", [(s, label(f"status.{s}", lang)) for s in present], lang),
        _options("section", [(s, label(f"section.{s}", lang)) for s in SECTIONS], lang),
        _options("unit", [(u, u) for u in units if u], lang),
        _change_options(sl),
        f'<label>{_e(label("word.search", lang))} <input id="f-text" type="search"></label>',
        f'<span id="shown" data-template="{_e(label("word.rows_shown", lang))}"></span>',
    ))
    heads = "".join(f'<th data-type="{"number" if kind == "range" else kind}" scope="col">'
                    f'{_e(label(f"col.{c}", lang))}</th>'
                    for c, kind in _columns(sl))
    body = "".join(_task_group(sl, t, sections.get(t.row, [])) for t in sl.tasks)
    summary_text = "".join(f"<p>{_e(s)}</p>" for s in [
        *summary_sentences(sl), *summary([t.change for t in sl.tasks], lang)])
    return "\n".join((
        "<!DOCTYPE html>",
        f'<html lang="{"zh-CN" if lang == "zh" else "en"}"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{_e(title)}</h1><p class=\"facts\">{facts}</p>",
        f'<section class="summary">{summary_text}</section>', _chart(sl),
        f'<div class="controls">{controls}</div>',
        f'<table id="tasks"><thead><tr>{heads}</tr></thead>{body}</table>',
        f"<script>{_SCRIPT}</script>",
        f'<script type="application/json" id="meta">{_json_meta(sl)}</script>',
        "</body></html>",
    )) + "\n"


def _json_meta(sl: SupervisionList) -> str:
    """The counts for a program reading the page; ``<`` escaped so no tag can close early."""
    data = {"period": sl.meta.period, "sample": sl.meta.sample, "counts": sl.counts,
            "sections": {s: len(sl.section(s)) for s in SECTIONS}}
    return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")


def write_page(sl: SupervisionList, path: str | os.PathLike[str]) -> Path:
    path = Path(path)
    with replacing(path) as tmp:
        tmp.write_text(render_page(sl), encoding="utf-8", errors="replace")
    return path
