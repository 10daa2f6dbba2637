"""Gruppen: the group's own register (members, organisations) and its details and rules."""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

from PySide6.QtWidgets import QStyle, QWidget

from narvard_desktop.i18n import QT_TRANSLATE_NOOP
from narvard_desktop.store import Store
from narvard_desktop.ui.kit.sections import Section, SectionContext


def _page(context: SectionContext) -> QWidget:
    from narvard_desktop.ui.group.page import GroupPage

    return GroupPage(context.store)


def _member_dialog(store: Store, parent: QWidget | None = None, name: str = "") -> Any:
    """A new member, from anywhere (the meeting's attendance list asks for it by name)."""
    from narvard_desktop.ui.group.member_dialog import MemberDialog

    dialog = MemberDialog(store, None, parent)
    dialog.name_edit.setText(name)
    return dialog


SECTION = Section(
    key="group",
    title=QT_TRANSLATE_NOOP("MainWindow", "Group"),
    icon=QStyle.StandardPixmap.SP_DirHomeIcon,
    page=_page,
    shows=frozenset({"groups", "organisations", "people"}),
    opens=frozenset({"organisations", "people"}),
    offers=MappingProxyType({"member_dialog": _member_dialog}),
)
