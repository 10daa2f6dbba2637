"""Every dialog and window of the program, built on a demo group: the one list of them.

The privacy-hint walk (tests/ui/test_privacy_hints_everywhere.py) finds every QDialog
and QWizard class under `narvard_desktop.ui` by itself. A class listed here is built
with its factory; any other is built with the store alone or with no arguments, and
one that cannot be built that way fails the walk until it gets a factory here. So a
new dialog is walked from the day it is added. Pages need no entry: they come from
the section registry.

A factory takes the demo store and a `Ids` of records to open, and returns the widget.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QWidget, QWizard

from narvard_desktop.services import meetings as m
from narvard_desktop.store import Store


@dataclass(frozen=True)
class Ids:
    plan: str
    goal: str | None
    indicator: str
    meeting: str
    deviation: str


def demo_ids(store: Store) -> Ids:
    def first(sql: str) -> Any:
        row = store.db.execute(sql).fetchone()
        return row[0] if row else None

    return Ids(
        plan=first("SELECT id FROM action_plans WHERE deleted = 0 ORDER BY rowid"),
        goal=first("SELECT id FROM goals WHERE deleted = 0 ORDER BY rowid"),
        indicator=first("SELECT id FROM indicators WHERE deleted = 0 ORDER BY rowid"),
        meeting=first("SELECT id FROM meetings WHERE deleted = 0 ORDER BY meeting_date"),
        deviation=first("SELECT id FROM deviations WHERE deleted = 0 ORDER BY rowid"),
    )


Factory = Callable[[Store, Ids], QWidget]


def _plan_dialog(store: Store, ids: Ids) -> QWidget:
    from narvard_desktop.ui.plan.dialogs import PlanDialog

    return PlanDialog(store, ids.plan)


def _goal_dialog(store: Store, ids: Ids) -> QWidget:
    from narvard_desktop.ui.plan.dialogs import GoalDialog

    return GoalDialog(store, ids.plan, ids.goal)


def _indicator_dialog(store: Store, ids: Ids) -> QWidget:
    from narvard_desktop.ui.plan.indicator_dialog import IndicatorDialog

    return IndicatorDialog(store, ids.plan, ids.indicator)


def _improvement_activity(store: Store, ids: Ids) -> QWidget:
    from narvard_desktop.ui.plan.improvement_activity_dialog import ImprovementActivityDialog

    return ImprovementActivityDialog(store, [ids.deviation])


def _excel_export(store: Store, ids: Ids) -> QWidget:
    from narvard_desktop.ui.plan.excel_dialogs import ExcelExportDialog

    return ExcelExportDialog()


def _excel_import_preview(store: Store, ids: Ids) -> QWidget:
    from narvard_desktop.ui.plan.excel_dialogs import ImportPreviewDialog
    from narvard_desktop.xlsx import export_workbook, import_workbook

    path = Path(store.data_dir) / "walk.xlsx"
    export_workbook(store, path, for_sharing=True)
    return ImportPreviewDialog(import_workbook(store, path, dry_run=True))


def _justering(store: Store, ids: Ids) -> QWidget:
    from narvard_desktop.ui.meetings.justering_dialogs import JusteringDialog

    return JusteringDialog(m.meeting_document(store, ids.meeting))


def _reopen(store: Store, ids: Ids) -> QWidget:
    from narvard_desktop.ui.meetings.justering_dialogs import ReopenDialog

    return ReopenDialog("2026-11-01")


def _calendar(store: Store, ids: Ids) -> QWidget:
    from narvard_desktop.ui.meetings.calendar_dialog import CalendarExportDialog

    return CalendarExportDialog(store, ids.meeting)


def _pdf_export(store: Store, ids: Ids) -> QWidget:
    from narvard_desktop.ui.meetings.pdf_export_dialog import PdfExportDialog

    return PdfExportDialog(store, ids.meeting)


def _new_meeting(store: Store, ids: Ids) -> QWidget:
    from narvard_desktop.ui.meetings.editor import NewMeetingDialog

    return NewMeetingDialog(store)


def _new_item(store: Store, ids: Ids) -> QWidget:
    from narvard_desktop.ui.meetings.agenda_dialogs import NewItemDialog

    return NewItemDialog()


def _to_activity(store: Store, ids: Ids) -> QWidget:
    from narvard_desktop.ui.meetings.agenda_dialogs import ToActivityDialog

    return ToActivityDialog(store, "Ta fram rutin")


def _link_chooser(store: Store, ids: Ids) -> QWidget:
    from narvard_desktop.ui.meetings.agenda_dialogs import LinkChooserDialog

    return LinkChooserDialog(store, "activity")


def _meeting_mode(store: Store, ids: Ids) -> QWidget:
    from narvard_desktop.ui.meetings.meeting_mode import MeetingModeWindow

    return MeetingModeWindow(store, ids.meeting)


def _privacy_scan(store: Store, ids: Ids) -> QWidget:
    from narvard_desktop.ui.deviations.privacy_scan_dialog import PrivacyScanDialog

    return PrivacyScanDialog([])


def _deviation_new(store: Store, ids: Ids) -> QWidget:
    from narvard_desktop.ui.deviations.form import DeviationDialog

    return DeviationDialog(store)


def _deviation_open(store: Store, ids: Ids) -> QWidget:
    from narvard_desktop.ui.deviations.form import DeviationDialog

    return DeviationDialog(store, ids.deviation)


def _about(store: Store, ids: Ids) -> QWidget:
    from narvard_desktop.ui.shell.about_dialog import AboutDialog

    return AboutDialog(store)


def _settings(store: Store, ids: Ids) -> QWidget:
    from narvard_desktop.ui.shell.settings_dialog import SettingsDialog

    return SettingsDialog(store, "sv")


def _backups(store: Store, ids: Ids) -> QWidget:
    from narvard_desktop.ui.shell.backups_dialog import BackupsDialog

    return BackupsDialog(store)


def _setup_wizard(store: Store, ids: Ids) -> QWidget:
    from narvard_desktop.ui.shell.setup_wizard import SetupWizard

    wizard = SetupWizard(store.reference)
    # Walk to the last page, so the organisation list is filled as a user would see it.
    wizard.show()
    wizard.next()
    wizard.place_page.select_code("1490")
    wizard.next()
    wizard.next()
    assert wizard.currentId() == wizard.PAGE_ORGANISATIONS
    return wizard


def _export(store: Store, ids: Ids) -> QWidget:
    from narvard_desktop.ui.exchange.export_dialog import ExportDialog

    return ExportDialog(store)


def _import(store: Store, ids: Ids) -> QWidget:
    from narvard_desktop.ui.exchange.import_dialog import ImportDialog

    return ImportDialog(store)


def _chart_table(store: Store, ids: Ids) -> QWidget:
    from narvard_desktop.ui.kit.chart_table import ChartTableDialog

    return ChartTableDialog("Avvikelser per kategori", [("Hemgång", "2026-01", "3")])


def _on_a_bare_window(dialog_class: type) -> QWidget:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMainWindow

    host = QMainWindow()
    host.menuBar().addMenu("&Arkiv")
    dialog = dialog_class(host)
    # Freed from the window so the walk disposes of it like any dialog; the window it
    # reads its shortcuts from stays alive with it.
    dialog.setParent(None, Qt.WindowType.Dialog)
    dialog._host = host
    return dialog


def _help(store: Store, ids: Ids) -> QWidget:
    from narvard_desktop.ui.shell.help_dialog import HelpDialog

    return _on_a_bare_window(HelpDialog)


def _shortcuts(store: Store, ids: Ids) -> QWidget:
    from narvard_desktop.ui.shell.shortcuts import ShortcutsDialog

    return _on_a_bare_window(ShortcutsDialog)


# Class name -> the factories that build it (several when it looks different by record).
DIALOG_FACTORIES: dict[str, tuple[Factory, ...]] = {
    "PlanDialog": (_plan_dialog,),
    "GoalDialog": (_goal_dialog,),
    "IndicatorDialog": (_indicator_dialog,),
    "ImprovementActivityDialog": (_improvement_activity,),
    "ExcelExportDialog": (_excel_export,),
    "ImportPreviewDialog": (_excel_import_preview,),
    "JusteringDialog": (_justering,),
    "ReopenDialog": (_reopen,),
    "CalendarExportDialog": (_calendar,),
    "PdfExportDialog": (_pdf_export,),
    "NewMeetingDialog": (_new_meeting,),
    "NewItemDialog": (_new_item,),
    "ToActivityDialog": (_to_activity,),
    "LinkChooserDialog": (_link_chooser,),
    "PrivacyScanDialog": (_privacy_scan,),
    "DeviationDialog": (_deviation_new, _deviation_open),
    "AboutDialog": (_about,),
    "SettingsDialog": (_settings,),
    "BackupsDialog": (_backups,),
    "SetupWizard": (_setup_wizard,),
    "ExportDialog": (_export,),
    "ImportDialog": (_import,),
    "ChartTableDialog": (_chart_table,),
    "HelpDialog": (_help,),
    "ShortcutsDialog": (_shortcuts,),
}


# Windows that are not dialogs but take text of their own.
def _decision_register(store: Store, ids: Ids) -> QWidget:
    from narvard_desktop.ui.meetings.decision_register_dialog import DecisionRegisterDialog

    return DecisionRegisterDialog(store, lambda _decision: None)


def _search(store: Store, ids: Ids) -> QWidget:
    from narvard_desktop.ui.shell.search_dialog import SearchDialog

    return SearchDialog(store, lambda _kind, _record: None)


DIALOG_FACTORIES.update(
    {"DecisionRegisterDialog": (_decision_register,), "SearchDialog": (_search,)}
)

WINDOW_FACTORIES: dict[str, Factory] = {"MeetingModeWindow": _meeting_mode}
# Base classes that are never shown themselves.
ABSTRACT_DIALOGS = {"RecordDialog"}


def _all_subclasses(base: type) -> Iterator[type]:
    for sub in base.__subclasses__():
        yield sub
        yield from _all_subclasses(sub)


def dialog_classes() -> dict[str, type]:
    """Every dialog and wizard class defined in the program's ui package."""
    import narvard_desktop.ui

    for module in pkgutil.walk_packages(narvard_desktop.ui.__path__, "narvard_desktop.ui."):
        importlib.import_module(module.name)
    return {
        cls.__name__: cls
        for base in (QDialog, QWizard)
        for cls in _all_subclasses(base)
        if cls.__module__.startswith("narvard_desktop.ui.") and cls.__name__ not in ABSTRACT_DIALOGS
    }


def _built_plainly(cls: type, store) -> QWidget | None:
    """A dialog built the plain ways (with the store, or with nothing), else None."""
    for arguments in ((store,), ()):
        try:
            return cls(*arguments)
        except TypeError:
            continue
    return None


def factories_for_every_dialog(store) -> tuple[list[tuple[str, object]], list[str]]:
    """(name, factory) for every dialog class, and the classes that cannot be built.

    A class with an entry in dialog_factories is built that way; any other is tried
    with the store alone and with no arguments, so a new dialog of the usual shape is
    walked without anyone listing it.
    """
    factories: list[tuple[str, object]] = []
    unbuildable: list[str] = []
    for name, cls in sorted(dialog_classes().items()):
        if name in DIALOG_FACTORIES:
            factories += [(name, factory) for factory in DIALOG_FACTORIES[name]]
        elif _built_plainly(cls, store) is not None:
            factories.append((name, lambda store, _ids, cls=cls: _built_plainly(cls, store)))
        else:
            unbuildable.append(name)
    return factories + list(WINDOW_FACTORIES.items()), unbuildable
