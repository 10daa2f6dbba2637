"""What a wheel or a frozen bundle needs from the code: one version, no hidden imports."""

import ast
import tomllib
from pathlib import Path

import narvard_desktop
from narvard_desktop.cli import main
from narvard_desktop.commands import COMMAND_MODULES
from narvard_desktop.paths import resources_dir
from narvard_desktop.xlsx.registry import SHEET_MODULES

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "narvard_desktop"
SPEC = ROOT / "packaging" / "narvard-desktop.spec"
# Modules that import others by name at run time, and the list each one reads.
IMPORTS_BY_NAME = {
    "commands/__init__.py": "COMMAND_MODULES",
    "xlsx/registry.py": "SHEET_MODULES",
    "ui/kit/sections.py": "SECTION_LIST_MODULE",
}


def _imports_by_name(path: Path) -> bool:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = ast.unparse(node.func)
            if name in ("importlib.import_module", "import_module", "__import__"):
                return True
    return False


def test_every_import_by_name_is_one_the_bundle_spec_lists():
    found = {
        str(path.relative_to(PACKAGE)) for path in PACKAGE.rglob("*.py") if _imports_by_name(path)
    }
    # A new import by name is invisible to PyInstaller: list it in the spec, then here.
    assert found == set(IMPORTS_BY_NAME)
    spec = SPEC.read_text(encoding="utf-8")
    for list_name in IMPORTS_BY_NAME.values():
        assert list_name in spec


def test_the_named_modules_exist_in_the_package():
    for name in COMMAND_MODULES:
        assert (PACKAGE / "commands" / f"{name}.py").is_file()
    for name in SHEET_MODULES:
        assert (PACKAGE / "xlsx" / "sheets" / f"{name}.py").is_file()


def test_the_version_is_written_once_and_shown_by_the_program(capsys):
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert "version" not in project and "version" in project["dynamic"]
    try:
        main(["--version"])
    except SystemExit as done:
        assert done.code == 0
    assert capsys.readouterr().out.strip() == f"narvard-desktop {narvard_desktop.__version__}"


def test_the_licence_is_an_spdx_expression():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "EUPL-1.2"


def test_shipped_files_are_package_data():
    for needed in (
        "reference/manifest.json",
        "fonts/DejaVuSans.ttf",
        "fonts/LICENSE-DejaVu.txt",
        "translations/narvard_sv.qm",
        "icons/narvard-desktop.svg",
    ):
        assert (resources_dir() / needed).is_file()
    assert resources_dir().parent == PACKAGE
