"""Metamorphic variants of the development bulletins (reader pass 28): the items a 督查通报 lists,
written out again in the forms other offices' bulletins take.

A development bulletin whose every annotated item the reader finds is read once; each annotated
item's full task (the row it pairs with) and status are written out again as:

- ``headings_<style>``: the items under a status heading of their group with its count
  (一、进展偏慢的项目（3项）), numbered 1. / 1、 / （1） / ① under it;
- ``counted_list``: each group as a ``、``-list closed by its count and status (A、B、C等3项进展偏慢。);
- ``counted_lead``: each group's status and count first, then its names (进展偏慢的项目有3项：A、B、C。);
- ``table``: a table of the items (序号 | 项目名称 | 进展情况), the status word in the last column;
- (reader pass 31, forms no development bulletin has) ``lights``: each group rated by a traffic
  light (亮红灯的项目3项：…); ``supervised``: the lagging group put under 挂牌督办 with its status
  first (对进展偏慢的A、B、C等3个项目实行挂牌督办); ``ranking``: each group ranked (…的3个项目进度排名依次
  为：…); ``matter_lists``: each group a list of matters (一、滞后事项清单（3项） over 1. 2.);
  ``count_colon``: a count, a status and a colon (3项进展偏慢：A、B、C); ``table_headings``: each
  group under its heading with a table's header line and rows set apart by spaces (序号  事项  进度).

The status words are the trade's (已完成, 进展较快, 进展偏慢), not the source's. Each copy must
read to the same rows, each with its status. Only development documents are used.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from evaluation.corpus import Document, load_corpus, pair_rows, squash
from evaluation.table_variants import _CIRCLED
from evaluation.table_variants import _HAN_NUMERALS as _CN

# Development bulletins whose items the reader finds (status-led lists of names, under a status
# heading or closed by one): the items it finds are the copies' items. zhangjiajie-2018-11 is
# left out: its found items are themselves lists of a dozen names.
SOURCE_IDS = ("xiangtan-2019-10", "putian-chengxiang-2020-09", "putian-chengxiang-2022-08",
              "yuhuan-2021-q3", "suqian-suyu-2023-07", "enping-2024-11", "jinzhou-2016-h1",
              "minqing-2024-h1", "kaifeng-2016-04", "zibo-zichuan-2025-q3")

# A status as a bulletin's heading or list names it.
WORDS = {"done": "已完成", "on_track": "进展较快", "lagging": "进展偏慢", "not_started": "尚未开工"}


@dataclass(frozen=True)
class Item:
    task: str
    status: str


@dataclass(frozen=True)
class BulletinSource:
    doc: Document
    items: list[Item]
    rows: list[dict[str, Any]]  # the annotated rows of the items, in order

    def title(self) -> str:
        month = (self.doc.gold.get("data_month") or "")[-2:].lstrip("0")
        span = f"1-{month}月" if month else ""
        return f"关于{self.doc.gold['year']}年{span}民生实事项目推进情况的通报"

    def groups(self) -> list[tuple[str, list[str]]]:
        """The items by status, in the order the statuses first come."""
        out: dict[str, list[str]] = {}
        for item in self.items:
            out.setdefault(item.status, []).append(item.task)
        return list(out.items())


def sources() -> list[BulletinSource]:
    import zqmetrics as zq

    docs = {d.id: d for d in load_corpus() if d.split == "dev"}
    out = []
    for doc_id in SOURCE_IDS:
        doc = docs[doc_id]
        frame = zq.read_report(doc.text)
        tasks = frame["task"].tolist()
        pairs = pair_rows(doc.rows, [squash(t) for t in tasks])
        rows = [(k, row) for k, row in enumerate(doc.rows)
                if k in pairs and row.get("status") in WORDS]
        items = [Item(str(tasks[pairs[k]]).strip(), row["status"]) for k, row in rows]
        out.append(BulletinSource(doc, items, [row for _, row in rows]))
    return out


STYLES: dict[str, Callable[[int], str]] = {
    "dot": lambda n: f"{n}.",
    "comma": lambda n: f"{n}、",
    "paren": lambda n: f"（{n}）",
    "circled": lambda n: _CIRCLED[n - 1] if n <= len(_CIRCLED) else f"{n}.",
}


def _lead(s: BulletinSource) -> str:
    counts = "，".join(f"{WORDS[st]}{len(ts)}项" for st, ts in s.groups())
    return f"经督查，{len(s.items)}项民生实事项目中，{counts}。具体情况通报如下："


def headings(s: BulletinSource, style: Callable[[int], str],
             heading: Callable[[str], str] = lambda status: f"{WORDS[status]}的项目") -> str:
    """The items numbered in ``style`` under a numbered heading of their group (``heading`` of its
    status) with its count: 一、进展偏慢的项目（3项）."""
    lines = [s.title(), _lead(s)]
    for k, (status, tasks) in enumerate(s.groups()):
        lines.append(f"{_CN[k]}、{heading(status)}（{len(tasks)}项）")
        lines.extend(f"{style(n)}{t}" for n, t in enumerate(tasks, 1))
    return "\n".join(lines)


def counted_list(s: BulletinSource) -> str:
    # A group of one is no list: its item is said alone (A尚未开工。).
    body = [f"{'、'.join(tasks)}等{len(tasks)}项{WORDS[status]}。" if len(tasks) > 1
            else f"{tasks[0]}{WORDS[status]}。" for status, tasks in s.groups()]
    return "\n".join([s.title(), _lead(s), *body])


def counted_lead(s: BulletinSource) -> str:
    body = [f"{WORDS[status]}的项目有{len(tasks)}项：{'、'.join(tasks)}。"
            for status, tasks in s.groups()]
    return "\n".join([s.title(), _lead(s), *body])


def bracketed(s: BulletinSource) -> str:
    """Each group's count and status with its names in brackets (进展偏慢3项（A、B、C）), the
    groups in one sentence."""
    groups = "，".join(f"{WORDS[status]}{len(tasks)}项（{'、'.join(tasks)}）"
                       for status, tasks in s.groups())
    return "\n".join([s.title(), f"经督查，{len(s.items)}项民生实事项目中，{groups}。"])


def one_paragraph(s: BulletinSource) -> str:
    """Every group in one paragraph, each a counted status and 分别是： before its names, the groups
    set apart by ；."""
    groups = "；".join(f"{WORDS[status]}{len(tasks)}项，分别是：{'、'.join(tasks)}"
                       for status, tasks in s.groups())
    return "\n".join([s.title(), f"经督查，{len(s.items)}项民生实事项目中，{groups}。"])


def headings_plain(s: BulletinSource) -> str:
    """Status headings without a number, closed by their count and a colon, over items numbered
    1、 and closed by ；/。."""
    lines = [s.title(), _lead(s)]
    for status, tasks in s.groups():
        lines.append(f"{WORDS[status]}的项目（{len(tasks)}项）：")
        lines.extend(f"{n}、{t}{'。' if n == len(tasks) else '；'}" for n, t in enumerate(tasks, 1))
    return "\n".join(lines)


def table(s: BulletinSource) -> str:
    rows = [f"{n} | {i.task} | {WORDS[i.status]} |" for n, i in enumerate(s.items, 1)]
    return "\n".join([s.title(), _lead(s), "序号 | 项目名称 | 进展情况 |", *rows])


# Reader pass 31: forms of the trade no development bulletin has, built from the same items.
# A traffic light rates each group (红灯 behind, 绿灯 on pace); the finished and the unstarted
# keep their words.
LIGHTS = {"done": "已完成", "on_track": "亮绿灯", "lagging": "亮红灯", "not_started": "尚未开工"}
# A list of matters by their state (滞后事项清单), as supervision offices keep them.
LISTS = {"done": "已完成事项清单", "on_track": "进展较快事项清单", "lagging": "滞后事项清单",
         "not_started": "尚未开工事项清单"}


def lights(s: BulletinSource) -> str:
    """Each group rated by a traffic light and its count before a colon (亮红灯的项目3项：A、B、C)."""
    body = [f"{LIGHTS[status]}的项目{len(tasks)}项：{'、'.join(tasks)}。"
            for status, tasks in s.groups()]
    return "\n".join([s.title(), _lead(s), *body])


def supervised(s: BulletinSource) -> str:
    """The lagging group put under 挂牌督办 (对进展偏慢的A、B、C等3个项目实行挂牌督办); the other
    groups as counted leads."""
    body = [f"对{WORDS[status]}的{'、'.join(tasks)}等{len(tasks)}个项目实行挂牌督办。"
            if status == "lagging" and len(tasks) > 1
            else f"{WORDS[status]}的项目有{len(tasks)}项：{'、'.join(tasks)}。"
            for status, tasks in s.groups()]
    return "\n".join([s.title(), _lead(s), *body])


def ranking(s: BulletinSource) -> str:
    """Each group ranked by progress (进展较快的3个项目进度排名依次为：A、B、C)."""
    body = [f"{WORDS[status]}的{len(tasks)}个项目进度排名依次为：{'、'.join(tasks)}。"
            for status, tasks in s.groups()]
    return "\n".join([s.title(), _lead(s), *body])


def matter_lists(s: BulletinSource) -> str:
    """Each group a list of matters under its name (一、滞后事项清单（3项）) numbered 1. 2. 3."""
    return headings(s, STYLES["dot"], LISTS.__getitem__)


def count_colon(s: BulletinSource) -> str:
    """Each group its count, its status and a colon before the names (3项进展偏慢：A、B、C)."""
    body = [f"{len(tasks)}项{WORDS[status]}：{'、'.join(tasks)}。" for status, tasks in s.groups()]
    return "\n".join([s.title(), _lead(s), *body])


def table_headings(s: BulletinSource) -> str:
    """Each group under its status heading, with a table's header line (序号  事项  进度) and a row
    a line, cells set apart by spaces."""
    lines = [s.title(), _lead(s)]
    for k, (status, tasks) in enumerate(s.groups()):
        lines.append(f"{_CN[k]}、{WORDS[status]}的项目（{len(tasks)}项）")
        lines.append("序号  事项  进度")
        lines.extend(f"{n}  {t}  {WORDS[status]}" for n, t in enumerate(tasks, 1))
    return "\n".join(lines)


def _headings(style: Callable[[int], str]) -> Callable[[BulletinSource], str]:
    def render(s: BulletinSource) -> str:
        return headings(s, style)
    return render


VARIANTS: dict[str, Callable[[BulletinSource], str]] = {
    **{f"headings_{name}": _headings(style) for name, style in STYLES.items()},
    "counted_list": counted_list,
    "counted_lead": counted_lead,
    "table": table,
    "bracketed": bracketed,
    "one_paragraph": one_paragraph,
    "headings_plain": headings_plain,
    "lights": lights,
    "supervised": supervised,
    "ranking": ranking,
    "matter_lists": matter_lists,
    "count_colon": count_colon,
    "table_headings": table_headings,
}


def variant_document(s: BulletinSource, name: str) -> Document:
    """The copy as a corpus document: its text, the source's header and gold, the items' rows in
    the copy's order (rows are paired in order)."""
    rows = s.rows
    if name != "table":  # the items as the copy writes them: group by group
        order = [st for st, _ in s.groups()]
        rows = sorted(s.rows, key=lambda r: order.index(r["status"]))
    return Document(f"{s.doc.id}:{name}", s.doc.meta, VARIANTS[name](s), s.doc.gold, rows)


def main(argv: list[str] | None = None) -> int:
    import argparse

    from evaluation.corpus import CorpusScore, score_document

    parser = argparse.ArgumentParser(prog="python -m evaluation.bulletin_variants")
    parser.add_argument("--misses", action="store_true", help="list each copy that loses rows")
    args = parser.parse_args(argv)
    total: dict[str, list[int]] = {}
    for s in sources():
        for name in VARIANTS:
            sc = CorpusScore()
            score_document(variant_document(s, name), sc)
            _, rows, gold = sc.rows.rate("dev")
            _, status, judged = sc.status.rate("dev")
            _, layout, _ = sc.chosen_layout.rate("dev")
            t = total.setdefault(name, [0, 0, 0, 0, 0, 0])
            for k, v in enumerate((rows, gold, status, judged, layout, 1)):
                t[k] += v
            if args.misses and (rows, status) != (gold, judged):
                print(f"  miss {s.doc.id}:{name} rows {rows}/{gold} status {status}/{judged}")
    allt = [sum(t[k] for t in total.values()) for k in range(6)]
    for name, (rows, gold, status, judged, layout, n) in [*total.items(), ("all", allt)]:
        print(f"{name:18s} rows {rows}/{gold}  status {status}/{judged}  layout bulletin {layout}/{n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
