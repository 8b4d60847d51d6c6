"""Charts for the notebook and reports (matplotlib, loaded on first use): ``zq.plot``.

- :func:`completion`: one line per numeric target with a figure: the dot is its completion, the
  tick the share of the year elapsed at the figure's date, coloured by status.
- :func:`by_unit`: per lead unit, the mean completion of its targets with figures (each capped
  at 100%) beside the time elapsed.

Labels are Chinese by default (``lang="en"`` for English). Chinese text needs a CJK font; the
first installed of Noto Sans CJK, Source Han Sans, WenQuanYi, SimHei, Microsoft YaHei and PingFang
is used for these charts only (``rc_context``: the caller's settings are untouched). When none is
installed a :class:`CJKFontWarning` says which package to install, and the chart is still drawn.
"""

from __future__ import annotations

import warnings
from functools import cache
from typing import TYPE_CHECKING, Any

from zqmetrics.deliver.labels import label, percent, status_label
from zqmetrics.deliver.sections import SupervisionList, supervision_list

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

CJK_FONTS = ("Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Serif CJK SC", "Source Han Sans SC",
             "Source Han Sans CN", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "SimHei",
             "Microsoft YaHei", "PingFang SC", "Heiti SC")
STATUS_COLOURS = {"lagging": "#c0392b", "on_track": "#2e86c1", "done": "#27ae60",
                  "unclear": "#999999"}
CAP = 1.5  # completions beyond 150% are drawn at the edge, as an arrow


class CJKFontWarning(UserWarning):
    """No font that can draw Chinese is installed."""


# Font files that hold one of CJK_FONTS, by a piece of their file name.
_CJK_FILES = ("notosanscjk", "notoserifcjk", "sourcehansans", "wqy", "simhei", "msyh", "pingfang")


@cache
def cjk_font() -> str | None:
    """The first installed CJK font of :data:`CJK_FONTS`, or None."""
    from matplotlib import font_manager

    def first() -> str | None:
        installed = {f.name for f in font_manager.fontManager.ttflist}
        return next((name for name in CJK_FONTS if name in installed), None)

    found = first()
    if found is None:
        # matplotlib keeps a font list cached from its first run: a font installed since then is
        # not in it. Add the system's CJK font files to this session's list and look again.
        for path in font_manager.findSystemFonts():
            if any(piece in path.lower().replace("-", "").replace("_", "")
                   for piece in _CJK_FILES):
                try:
                    font_manager.fontManager.addfont(path)
                except (OSError, RuntimeError, ValueError):  # an unreadable file: skip it
                    continue
        found = first()
    return found


def _families() -> list[str]:
    font = cjk_font()
    return ([font] if font else []) + ["DejaVu Sans"]


def _rc() -> Any:  # an rc mapping for plt.rc_context
    font = cjk_font()
    if font is None:
        warnings.warn(
            "no CJK font found (tried " + ", ".join(CJK_FONTS) + "); Chinese labels will show as "
            "boxes. Install one, e.g. `apt-get install fonts-noto-cjk` (Debian/Ubuntu) or "
            "`brew install --cask font-noto-sans-cjk` (macOS), then restart Python.",
            CJKFontWarning, stacklevel=3)
    # Concrete family names, not "sans-serif": a text keeps the family it was made with, so the
    # figure still draws Chinese when it is saved after this context has closed.
    return {"font.family": ([font] if font else []) + ["DejaVu Sans"],
            "axes.unicode_minus": False}


def _fonts(fig: Any, ax: Any) -> None:
    """Give every text of the figure the CJK family, including texts of axes the caller made
    before our rc_context (their tick labels keep the family they were made with)."""
    from matplotlib.text import Text

    family = _families()
    ax.tick_params(labelfontfamily=family[0])
    for text in fig.findobj(Text):
        text.set_fontfamily(family)


def _title(sl: SupervisionList, lang: str) -> str:
    what = label("word.chart_title", lang)
    what = f"{what}（{sl.meta.period_text}）" if lang == "zh" and sl.meta.period_text else \
        f"{what} ({sl.meta.period_text})" if sl.meta.period_text else what
    return sl.meta.heading(what, with_title=False)


def _list(data: pd.DataFrame | SupervisionList, lang: str) -> SupervisionList:
    return data if isinstance(data, SupervisionList) else supervision_list(data, lang=lang)


def completion(assessed: pd.DataFrame | SupervisionList, *, lang: str = "zh",
               ax: Axes | None = None) -> Figure | Any:
    """Completion of every target with a figure against the time elapsed, by lead unit."""
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D
    from matplotlib.ticker import PercentFormatter

    sl = _list(assessed, lang)
    lines = []
    for task in sl.tasks:
        for a in task.record.get("assessments") or []:
            if a.completion is None or a.basis == "level":
                continue
            lines.append((task.lead_unit, task.seq, a.target.metric, float(a.completion),
                          None if a.expected is None else float(a.expected), a.status))
    lines.sort(key=lambda x: (x[0], -x[3]))
    with plt.rc_context(_rc()):
        if ax is None:
            fig, ax = plt.subplots(figsize=(9, 0.34 * max(len(lines), 1) + 1.6))
        else:
            fig = ax.get_figure(root=True)  # type: ignore[assignment]
        for y, (_, _, _, done, expected, status) in enumerate(lines):
            shown = min(done, CAP)
            if expected is not None:
                ax.plot([expected, shown], [y, y], color="#cccccc", lw=1.5, zorder=1)
                ax.scatter(expected, y, marker="|", s=160, color="black", zorder=2)
            ax.scatter(shown, y, s=40, marker=">" if done > CAP else "o",
                       color=STATUS_COLOURS.get(status, "grey"), zorder=3)
        ax.set_yticks(range(len(lines)))
        ax.set_yticklabels([f"{unit} #{seq} {metric}"[:28] for unit, seq, metric, *_ in lines])
        ax.invert_yaxis()
        ax.set_xlim(0, CAP + 0.05)
        ax.xaxis.set_major_formatter(PercentFormatter(1.0))
        ax.set_xlabel(f'{label("word.chart_axis", lang)}（| = {label("word.chart_expected", lang)}）'
                      if lang == "zh" else
                      f'{label("word.chart_axis", lang)} (| = {label("word.chart_expected", lang)})')
        ax.set_title(_title(sl, lang), fontsize=11)
        handles = [Line2D([], [], ls="", marker="o", color=c, label=status_label(s, None, lang))
                   for s, c in STATUS_COLOURS.items()]
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)
        _fonts(fig, ax)
        fig.tight_layout()
    return fig


def by_unit(assessed: pd.DataFrame | SupervisionList, *, lang: str = "zh",
            ax: Axes | None = None) -> Figure | Any:
    """Each lead unit's mean completion (targets with figures, each capped at 100%) beside the
    time elapsed; units in ranking order."""
    import matplotlib.pyplot as plt
    from matplotlib.ticker import PercentFormatter

    sl = _list(assessed, lang)
    units = [u for u in sl.units if u.mean_completion is not None]
    with plt.rc_context(_rc()):
        if ax is None:
            fig, ax = plt.subplots(figsize=(8, 0.4 * max(len(units), 1) + 1.4))
        else:
            fig = ax.get_figure(root=True)  # type: ignore[assignment]
        ys = range(len(units))
        ax.barh(list(ys), [u.mean_completion or 0 for u in units], color="#2e75b6",
                label=label("word.chart_completion", lang))
        labelled = False  # one legend entry for the time-elapsed ticks
        for y, u in zip(ys, units, strict=True):
            ax.text((u.mean_completion or 0) + 0.01, y, percent(u.mean_completion),
                    va="center", fontsize=8)
            if u.expected is not None:
                ax.plot([u.expected] * 2, [y - 0.4, y + 0.4], color="#c00000", lw=2.5,
                        label=None if labelled else label("word.chart_expected", lang))
                labelled = True
        ax.set_yticks(list(ys))
        ax.set_yticklabels([u.unit for u in units])
        ax.invert_yaxis()
        ax.set_xlim(0, 1.15)
        ax.xaxis.set_major_formatter(PercentFormatter(1.0))
        ax.set_title(_title(sl, lang), fontsize=11)
        ax.legend(loc="lower right", frameon=False)
        _fonts(fig, ax)
        fig.tight_layout()
    return fig
