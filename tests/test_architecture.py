"""The house rules that keep the core usable without a window: read from the source itself.

The core (everything outside `ui/`) never imports Qt, so the command line and the tests run
it without a display; the ui holds no SQL and reaches the store only through its public
names and the change notes, undo journal and backups it is meant to use.
"""

from __future__ import annotations

import ast
from pathlib import Path

import narvard_desktop

PACKAGE = Path(narvard_desktop.__file__).parent
# What the ui may import from the store besides `narvard_desktop.store` itself: the change
# notes a write reports, the undo journal behind Redigera → Ångra, and the backups dialog.
UI_STORE_MODULES = {
    "narvard_desktop.store.changes",
    "narvard_desktop.store.undo",
    "narvard_desktop.store.backups",
}


def _modules(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.py"))


def _imported_names(path: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def _is_ui(path: Path) -> bool:
    return path.relative_to(PACKAGE).parts[0] == "ui"


def test_the_core_never_imports_qt():
    offenders = [
        f"{path.relative_to(PACKAGE)}: {name}"
        for path in _modules(PACKAGE)
        if not _is_ui(path)
        for name in _imported_names(path)
        if name.split(".")[0] in ("PySide6", "shiboken6")
    ]
    assert offenders == []


def test_the_ui_reaches_the_store_only_through_its_public_names():
    offenders = [
        f"{path.relative_to(PACKAGE)}: {name}"
        for path in _modules(PACKAGE / "ui")
        for name in _imported_names(path)
        if name.startswith("narvard_desktop.store.") and name not in UI_STORE_MODULES
    ]
    assert offenders == []


def _sql_lines(path: Path) -> list[int]:
    """Lines that reach the database handle itself: `….db.execute(…)`, `….db["table"]`."""
    lines = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        target = node.value if isinstance(node, ast.Attribute | ast.Subscript) else None
        is_db = isinstance(target, ast.Attribute) and target.attr == "db"
        if is_db and (isinstance(node, ast.Subscript) or node.attr in ("execute", "query")):
            lines.append(node.lineno)
    return lines


def test_the_ui_runs_no_sql_of_its_own():
    offenders = [
        f"{path.relative_to(PACKAGE)}:{line}"
        for path in _modules(PACKAGE / "ui")
        for line in _sql_lines(path)
    ]
    assert offenders == []


def test_the_checks_above_can_see_an_offence(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from PySide6.QtCore import Qt\n"
        "import narvard_desktop.store.schema\n"
        "store.db.execute('SELECT 1')\n"
        "rows = store.db['deviations']\n",
        encoding="utf-8",
    )
    assert _imported_names(sample) == ["PySide6.QtCore", "narvard_desktop.store.schema"]
    assert sorted(_sql_lines(sample)) == [3, 4]


def _unseen_translations(path: Path) -> list[int]:
    """`translate(CONTEXT, "text")`: the translation tools read the context only when it is
    written out, so such a text is never offered for translation and shows in English."""
    lines = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call) or len(node.args) < 2:
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else None
        name = name or (node.func.id if isinstance(node.func, ast.Name) else None)
        context, source = node.args[0], node.args[1]
        literal_source = isinstance(source, ast.Constant) and isinstance(source.value, str)
        literal_context = isinstance(context, ast.Constant) and isinstance(context.value, str)
        if name == "translate" and literal_source and not literal_context:
            lines.append(node.lineno)
    return lines


def test_every_written_out_text_names_its_context_as_written():
    offenders = [
        f"{path.relative_to(PACKAGE)}:{line}"
        for path in _modules(PACKAGE)
        for line in _unseen_translations(path)
    ]
    assert offenders == []


def test_a_text_with_a_named_context_is_seen(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        'CONTEXT = "Page"\ntranslate(CONTEXT, "Save")\nQCoreApplication.translate("Page", "Save")\n',
        encoding="utf-8",
    )
    assert _unseen_translations(sample) == [2]
