"""The Exchange page: what it says per level, dropping several files, and the ledger."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from test_exchange_support import dump_database, make_group

from narvard_desktop.exchange.export import export_data
from narvard_desktop.exchange.importer import IMPORTED, PREVIEWED
from narvard_desktop.exchange.ledger import list_entries
from narvard_desktop.ui.exchange.ledger_model import LedgerModel, export_total
from narvard_desktop.ui.exchange.page import ExchangePage

KOMMUNER = (("boras", "Borås", "1490", 1), ("mark", "Mark", "1463", 2))


@pytest.fixture
def area(tmp_path):
    store = make_group(tmp_path, "sa", "delregional", "Delregionala SÄ", delregion="Södra Älvsborg")
    yield store
    store.close()


@pytest.fixture
def kommun_files(tmp_path):
    files = []
    for folder, name, code, seed in KOMMUNER:
        with make_group(tmp_path, folder, "lokal", name, kommun=code, demo_seed=seed) as store:
            files.append(export_data(store, tmp_path / f"{folder}.narvard").path)
    return files


def drop(widget, urls):
    mime = QMimeData()
    mime.setUrls(urls)
    position = QPointF(widget.rect().center())
    enter = QDragEnterEvent(
        position,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, enter)
    accepted = enter.isAccepted()
    event = QDropEvent(
        position,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)
    return accepted


@pytest.mark.parametrize(
    ("level", "kommun", "delregion", "words"),
    [
        ("lokal", "1490", None, "sub-regional level"),
        ("delregional", None, "Södra Älvsborg", "kommuner's files"),
        ("lansgemensam", None, None, "templates down"),
    ],
)
def test_lead_explains_exchange_for_the_groups_level(
    qtbot, tmp_path, level, kommun, delregion, words
):
    with make_group(tmp_path, "g", level, "Gruppen", kommun=kommun, delregion=delregion) as store:
        page = ExchangePage(store)
        qtbot.addWidget(page)
        assert page.lead.text() == page.lead_text(level)
        assert words in page.lead_text(level)
        texts = {page.lead_text(other) for other in ("lokal", "delregional", "lansgemensam")}
        assert len(texts) == 3
        assert page.ledger_model.rowCount() == 0


def test_dropping_two_files_previews_both_and_imports_them_into_the_ledger(
    qtbot, area, kommun_files, tmp_path
):
    page = ExchangePage(area)
    qtbot.addWidget(page)
    page.show()
    before = dump_database(area.path)
    web = QUrl("https://example.org/boras.narvard")
    urls = [QUrl.fromLocalFile(str(path)) for path in kommun_files] + [web]
    assert drop(page.drop_zone, urls)
    dialog = page.import_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2 and not dialog.busy, timeout=10_000)
    assert [f.path.name for f in dialog.model.files] == ["boras.narvard", "mark.narvard"]
    assert [f.outcome for f in dialog.model.files] == [PREVIEWED, PREVIEWED]
    assert dump_database(area.path) == before

    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.done_importing and not dialog.busy, timeout=10_000)
    assert [f.outcome for f in dialog.model.files] == [IMPORTED, IMPORTED]
    assert page.ledger_model.rowCount() == 2
    senders = {
        page.ledger_model.index(row, LedgerModel.SENDER).data()
        for row in range(page.ledger_model.rowCount())
    }
    assert senders == {"Borås", "Mark"}
    entries = list_entries(area.db)
    # Which pinned key wrote each file is shown with its sender.
    tip = page.ledger_model.index(0, LedgerModel.SENDER).data(Qt.ItemDataRole.ToolTipRole)
    assert entries[0].sender_key and entries[0].sender_key in tip
    assert [page.ledger_model.entry(row).id for row in range(2)] == [e.id for e in entries]
    contents = page.ledger_model.index(0, LedgerModel.CONTENTS).data()
    new = sum(row.get("new", 0) for row in entries[0].tables.values())
    assert str(new) in contents


def test_dropping_on_an_open_import_dialog_adds_to_it(qtbot, area, kommun_files):
    page = ExchangePage(area)
    qtbot.addWidget(page)
    page.show()
    drop(page.drop_zone, [QUrl.fromLocalFile(str(kommun_files[0]))])
    dialog = page.import_dialog
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1 and not dialog.busy, timeout=10_000)
    drop(dialog, [QUrl.fromLocalFile(str(kommun_files[1]))])
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2 and not dialog.busy, timeout=10_000)
    drop(page.drop_zone, [QUrl.fromLocalFile(str(kommun_files[1]))])
    assert page.import_dialog is dialog and dialog.model.rowCount() == 2


def test_drop_zone_ignores_what_is_not_a_local_file(qtbot, area, tmp_path):
    page = ExchangePage(area)
    qtbot.addWidget(page)
    received = []
    page.drop_zone.files_dropped.connect(received.append)
    assert not drop(page.drop_zone, [QUrl("https://example.org/x.narvard")])
    assert not drop(page.drop_zone, [QUrl.fromLocalFile(str(tmp_path))])  # a folder
    assert received == [] and page.import_dialog is None


def test_ledger_lists_exports_with_sequence_and_counts(qtbot, tmp_path):
    with make_group(tmp_path, "b", "lokal", "Borås", kommun="1490", demo_seed=1) as store:
        first = export_data(store, tmp_path / "1.narvard")
        export_data(store, tmp_path / "2.narvard")
        page = ExchangePage(store)
        qtbot.addWidget(page)
        model = page.ledger_model
        assert model.rowCount() == 2
        assert [model.index(r, LedgerModel.SEQUENCE).data() for r in range(2)] == ["2", "1"]
        assert model.index(1, LedgerModel.FILE).data() == "1.narvard"
        assert str(sum(first.counts.values())) in model.index(1, LedgerModel.CONTENTS).data()
        assert export_total(model.entry(1)) == sum(first.counts.values())
        assert first.file_checksum in model.index(1, LedgerModel.FILE).data(
            Qt.ItemDataRole.ToolTipRole
        )
        assert "2" in page.last_export.text()


def test_ledger_hands_rows_to_the_view_in_batches(qtbot, tmp_path):
    with make_group(tmp_path, "b", "lokal", "Borås", kommun="1490") as store:
        for number in range(5):
            export_data(store, tmp_path / f"{number}.narvard")
        model = LedgerModel(store)
        model.BATCH = 2
        model.reload()
        assert model.rowCount() == 2 and model.canFetchMore()
        model.fetchMore()
        model.fetchMore()
        assert model.rowCount() == 5 and not model.canFetchMore()
