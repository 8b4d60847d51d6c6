"""Item numbers that lost their separator in copying: ``一开展…``, ``二开展…``, ``三开展…``.

A page copied from a layout that set the numbers apart (a box, a bold run) may keep the number
glued to its heading (``一开展公办义务教育学位供给保障行动``). No marker pattern can take a bare
numeral for a number on one line: ``一批``, ``二季度``, ``三是`` open lines too. What tells the
number apart is the sequence: lines opening with 一, 二, 三 … in order, three or more, each
numeral standing before a word it does not form (not 一批, 二季度, 三是). Such lines are given the
separator the number lost (``一、开展…``), and every text reader reads them as numbered items.
"""

from __future__ import annotations

from zqmetrics.text.lazy import lazy_re
from zqmetrics.text.numerals import parse_chinese

# Off in the package: one development document (lufeng-2022-fy) shows the form so far; its example
# tests, the "glued" item variants and evaluation/ablation.py switch it on.
GLUED_NUMERALS = False
# A Chinese numeral (up to 二十) opening a line, then a Han character that starts the heading.
_OPENING = lazy_re(r"^(\s*)(十[一二三四五六七八九]?|二十|[一二三四五六七八九])(?=[\u4e00-\u9fff“《（(])")
# Characters that make a word with the numeral before them (一批, 二季度, 三是, 一般, 四个…), or a
# number of their own (一〇, 十万): no item number before these.
_WORD_AFTER = frozenset("是批期季般些直定起次年月日号个項项件条條种種系致样樣切方线線级級流律体體同度"
                        "半手边邊并並带帶类類号層层代部等份周名轮輪〇零百千万萬亿億两兩把步道届屆点點"
                        "段环環旦再共齐齊向心行对對面如味时時天元成")
_MIN_RUN = 3


def unglue(lines: list[str]) -> list[str]:
    """``lines`` with the separator put back after item numbers glued to their heading, where
    three or more lines open with 一, 二, 三 … in order (see the module text); else unchanged."""
    if not GLUED_NUMERALS:
        return lines
    found: list[tuple[int, int, int]] = []  # (line index, value, where the heading starts)
    for i, line in enumerate(lines):
        m = _OPENING.match(line)
        if m is not None and line[m.end()] not in _WORD_AFTER:
            found.append((i, int(parse_chinese(m[2]) or 0), m.end()))
    run: list[tuple[int, int, int]] = []
    for entry in found:  # the numbers 1, 2, 3 … in order; a 一 starts again
        if entry[1] == len(run) + 1:
            run.append(entry)
        elif entry[1] == 1 and len(run) < _MIN_RUN:
            run = [entry]
    if len(run) < _MIN_RUN:
        return lines
    out = list(lines)
    for i, _, at in run:
        out[i] = lines[i][:at] + "、" + lines[i][at:]
    return out
