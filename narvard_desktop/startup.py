"""What every start of the program (window or command) does before anything else.

sqlite_utils looks for numpy and pandas when it is imported, only to map their value types
when a table is made from their values; the store never hands it either. numpy alone costs
more than half of importing sqlite_utils. So sqlite_utils is imported with the two hidden,
whenever it is first imported (a command that only reads never imports it at all);
whoever needs numpy later (the charts) imports it as usual.
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Any

_OPTIONAL_FOR_SQLITE_UTILS = ("numpy", "pandas")


class _LeanSqliteUtilsFinder:
    """Finds sqlite_utils as usual the first time it is imported anywhere, and loads it
    with numpy and pandas hidden."""

    def find_spec(self, fullname: str, path: Any = None, target: ModuleType | None = None) -> Any:
        if fullname != "sqlite_utils":
            return None
        sys.meta_path.remove(self)
        for finder in sys.meta_path:
            spec = finder.find_spec(fullname, path, target)
            if spec is not None:
                if spec.loader is not None:
                    spec.loader = _LoaderWithoutNumpy(spec.loader)  # type: ignore[assignment]
                return spec
        return None


class _LoaderWithoutNumpy:
    def __init__(self, loader: Any) -> None:
        self._loader = loader

    def __getattr__(self, name: str) -> Any:
        return getattr(self._loader, name)

    def create_module(self, spec: Any) -> ModuleType | None:
        module: ModuleType | None = self._loader.create_module(spec)
        return module

    def exec_module(self, module: ModuleType) -> None:
        hidden = [name for name in _OPTIONAL_FOR_SQLITE_UTILS if name not in sys.modules]
        for name in hidden:
            sys.modules[name] = None  # type: ignore[assignment]  # "not installed", for now
        try:
            self._loader.exec_module(module)
        finally:
            for name in hidden:
                if sys.modules.get(name) is None:
                    del sys.modules[name]


def import_sqlite_utils_lean_when_needed() -> None:
    if "sqlite_utils" in sys.modules or any(
        isinstance(finder, _LeanSqliteUtilsFinder) for finder in sys.meta_path
    ):
        return
    sys.meta_path.insert(0, _LeanSqliteUtilsFinder())
