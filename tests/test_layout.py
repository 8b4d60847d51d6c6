"""The package layout: stage folders in one order, no import circles, nothing hidden in functions.

The graph is built from the source with ``ast`` (nothing is imported), so a circle cannot hide
behind an import placed inside a function: those are listed too, and only the few that load
something heavy on first use are allowed.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "zqmetrics"
# Stage folders in the order data flows; a module may import from its own folder or earlier ones.
# types.py and errors.py come before everything; cli.py, accessor.py and __init__.py after.
ORDER = ("types", "errors", "text", "read", "extraction", "judge", "deliver", "history", "")
BASE = ("zqmetrics.types", "zqmetrics.errors")
# Imports inside a function, each loading something heavy on first use (the reason says what).
LAZY = {
    ("zqmetrics.types", "zqmetrics.text.units"): "Quantity.to_pint builds the pint registry",
    # The command line's cold start (issue 15): what a plain `at-risk` never uses stays unloaded.
    ("zqmetrics.cli", "zqmetrics.deliver.write"): "the file writers (xlsx, docx, html): -o only",
    ("zqmetrics.read.formats", "zqmetrics.read.markup"): "html.parser, xml.etree: HTML/DOCX only",
    ("zqmetrics.history.cli", "zqmetrics.history.store"): "the store: history commands only",
    ("zqmetrics.history.cli", "zqmetrics.history.changes"): "changes: compare and --db only",
    ("zqmetrics.history.cli", "zqmetrics.history.forecast"): "forecasts: --db only",
    ("zqmetrics.deliver.sections", "zqmetrics.deliver.changes"): "a row's history: --db only",
    ("zqmetrics.deliver.flat", "zqmetrics.deliver.rows"): "the file outputs' rows: -o only",
    ("zqmetrics.deliver.flat", "zqmetrics.deliver.changes"): "the history in words: --db only",
    # A pipe table (the sample) never runs the other layouts' readers.
    **{("zqmetrics.read.layouts", f"zqmetrics.read.{m}"): "another table layout"
       for m in ("flat", "flatcells", "spaced", "items")},
    ("zqmetrics.read.year_done", "zqmetrics.read.items"): "the layout words, as read.layouts: "
                                                           "a pipe table never loads the items reader",
    **{("zqmetrics.read.reader", f"zqmetrics.read.{m}"): "a report without a table"
       for m in ("merged", "prose", "textitems")},
    ("zqmetrics.read.around", "zqmetrics.read.tabletext"): "the text readers: text around a table",
    ("zqmetrics.read.around", "zqmetrics.read.headed_text"): "numbered headings around a table",
}


def _name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _type_checking(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)


def _imports(path: Path) -> list[tuple[str, bool]]:
    """(imported package module, whether the import sits inside a function) for one file."""
    found: list[tuple[str, bool]] = []

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if _type_checking(child):
                continue  # annotations only: never executed
            inner = in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef))
            if isinstance(child, ast.Import):
                found.extend((a.name, inner) for a in child.names if a.name.startswith("zqmetrics"))
            elif isinstance(child, ast.ImportFrom) and (child.module or "").startswith("zqmetrics"):
                module = child.module or ""
                for alias in child.names:
                    sub = f"{module}.{alias.name}"
                    found.append((sub if sub in MODULES else module, inner))
            visit(child, inner)

    visit(ast.parse(path.read_text(encoding="utf-8")), False)
    return found


GRAPH = {name: sorted({m for m, _ in _imports(path) if m != name}) for name, path in MODULES.items()}


def graph_text() -> str:
    """The graph as text, one line per module: ``module → imports``."""
    return "\n".join(f"{m} → {', '.join(i) or '-'}" for m, i in GRAPH.items())


def _rank(module: str) -> int:
    if module in BASE or module == "zqmetrics":
        return 0 if module in BASE else len(ORDER) - 1
    folder = module.split(".")[1] if module.count(".") >= 2 else ""
    return ORDER.index(folder) if folder in ORDER else len(ORDER) - 1


def test_every_import_names_a_module_of_the_package() -> None:
    unknown = {(m, i) for m, imports in GRAPH.items() for i in imports if i not in MODULES}
    assert unknown == set()


def test_no_import_circle() -> None:
    state: dict[str, int] = {}  # 1 on the current path, 2 done
    path: list[str] = []

    def walk(module: str) -> None:
        state[module] = 1
        path.append(module)
        for nxt in GRAPH.get(module, []):
            if state.get(nxt) == 1:
                pytest.fail("import circle: " + " → ".join([*path[path.index(nxt):], nxt]))
            if nxt not in state:
                walk(nxt)
        path.pop()
        state[module] = 2

    for module in GRAPH:
        if module not in state:
            walk(module)


@pytest.mark.parametrize("module", sorted(MODULES))
def test_imports_follow_the_stage_order(module: str) -> None:
    later = [i for i in GRAPH[module] if _rank(i) > _rank(module) and (module, i) not in LAZY]
    assert later == [], f"{module} imports a later stage"


@pytest.mark.parametrize("module", BASE)
def test_types_and_errors_import_nothing_of_the_package(module: str) -> None:
    assert [i for i in GRAPH[module] if (module, i) not in LAZY] == []


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_package_import_hides_in_a_function(module: str) -> None:
    hidden = {m for m, inner in _imports(MODULES[module]) if inner} - {m for (s, m) in LAZY if s == module}
    assert hidden == set()


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_module_is_over_400_lines(module: str) -> None:
    assert len(MODULES[module].read_text(encoding="utf-8").splitlines()) <= 400


def test_the_graph_prints() -> None:
    text = graph_text()
    assert "zqmetrics.judge.assessment → " in text and "zqmetrics.types → -" not in text


if __name__ == "__main__":
    print(graph_text())
