"""Utbyte: export upward, import from below, templates and the ledger."""

from __future__ import annotations

from PySide6.QtWidgets import QStyle, QWidget

from narvard_desktop.i18n import QT_TRANSLATE_NOOP
from narvard_desktop.ui.kit.sections import Section, SectionContext


def _page(context: SectionContext) -> QWidget:
    from narvard_desktop.ui.exchange.page import ExchangePage

    return ExchangePage(context.store)


SECTION = Section(
    key="exchange",
    title=QT_TRANSLATE_NOOP("MainWindow", "Exchange"),
    icon=QStyle.StandardPixmap.SP_BrowserReload,
    page=_page,
    shows=frozenset({"groups", "exchange_ledger"}),
)
