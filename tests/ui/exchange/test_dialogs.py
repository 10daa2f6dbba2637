"""The export and import dialogs on real data folders and real .narvard files: export from
a kommun, preview and import at the delregional level, re-import, damaged files, the
privacy guard's report, and templates downward."""

from __future__ import annotations

import json
import sqlite3
import zipfile

import pytest
from test_exchange_support import dump_database, make_group, personnummer

from narvard_desktop import clock
from narvard_desktop.exchange.format import MANIFEST_NAME
from narvard_desktop.exchange.importer import ALREADY_IMPORTED, IMPORTED, PREVIEWED, REFUSED
from narvard_desktop.exchange.report import kind_label
from narvard_desktop.store.records import insert_record
from narvard_desktop.ui.exchange.export_dialog import ExportDialog, documents_folder, excerpt
from narvard_desktop.ui.exchange.import_dialog import ImportDialog
from narvard_desktop.ui.exchange.import_files import DUPLICATE, FilesModel

HOSTILE_NAME = "<b>R&D</b> =cmd|' 🚑 שלום"


@pytest.fixture
def boras(tmp_path):
    store = make_group(tmp_path, "boras", "lokal", "Borås", kommun="1490", demo_seed=1)
    yield store
    store.close()


@pytest.fixture
def area(tmp_path):
    store = make_group(tmp_path, "sa", "delregional", "Delregionala SÄ", delregion="Södra Älvsborg")
    yield store
    store.close()


def count_rows(store, table, group_id=None):
    """Counted through a separate connection, so nothing the GUI holds can colour it."""
    connection = sqlite3.connect(store.path)
    try:
        if group_id is None:
            return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        return connection.execute(
            f"SELECT count(*) FROM {table} WHERE group_id = ?", [group_id]
        ).fetchone()[0]
    finally:
        connection.close()


def export_through_dialog(qtbot, store, path, template_plan=None):
    dialog = ExportDialog(store)
    qtbot.addWidget(dialog)
    if template_plan is not None:
        dialog.template_choice.setChecked(True)
        dialog.plan.setCurrentIndex(dialog.plan.findData(template_plan))
    dialog.path_edit.setText(str(path))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.summary is not None and not dialog.busy, timeout=10_000)
    return dialog


def import_dialog(qtbot, store, paths):
    dialog = ImportDialog(store, paths)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(
        lambda: dialog.model.rowCount() == len(set(paths)) and not dialog.busy, timeout=10_000
    )
    return dialog


def run_import(qtbot, dialog):
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.done_importing and not dialog.busy, timeout=10_000)


def test_export_dialog_proposes_a_named_file_in_documents(qtbot, boras):
    dialog = ExportDialog(boras)
    qtbot.addWidget(dialog)
    proposed = dialog.chosen_path()
    assert proposed.parent == documents_folder()
    assert proposed.suffix == ".narvard"
    assert "Borås" in proposed.name and clock.today().isoformat() in proposed.name
    assert " 1 " in proposed.name  # the first export of this folder
    assert dialog.data_choice.isChecked() and not dialog.template_choice.isVisibleTo(dialog)


def test_export_writes_the_file_and_reports_the_counts_in_it(qtbot, boras, tmp_path):
    target = tmp_path / "sent" / "borås"  # the suffix is added when missing
    dialog = export_through_dialog(qtbot, boras, target)
    written = target.with_name("borås.narvard")
    assert dialog.summary.path == written and written.exists()
    assert dialog.pages.currentIndex() == 1
    with zipfile.ZipFile(written) as archive:
        manifest = json.loads(archive.read(MANIFEST_NAME))
    shown = {
        dialog.counts_model.index(row, 0).data(): int(dialog.counts_model.index(row, 1).data())
        for row in range(dialog.counts_model.rowCount())
    }
    assert shown == {kind_label(t): n for t, n in manifest["counts"].items() if n}
    assert shown[kind_label("activities")] == count_rows(boras, "activities")
    assert str(manifest["sequence"]) in dialog.headline.text()
    assert not dialog.withheld_box.isVisibleTo(dialog)


def test_export_report_lists_withheld_texts_with_the_number_hidden(qtbot, boras, tmp_path):
    number = personnummer("850412", "123")
    with boras.db.atomic():
        insert_record(
            boras.db,
            "deviations",
            boras.require_group_id(),
            {
                "event_date": "2026-10-01",
                "reported_date": "2026-10-02",
                "description": f"Patienten {number} fick fel läkemedel vid hemgång.",
            },
        )
    dialog = export_through_dialog(qtbot, boras, tmp_path / "boras.narvard")
    assert dialog.withheld_box.isVisibleTo(dialog)
    assert dialog.withheld_model.rowCount() == 1
    cells = [dialog.withheld_model.index(0, c).data() for c in range(4)]
    assert cells[0] == kind_label("deviations")
    assert number not in cells[3] and "ÅÅMMDD-XXXX" in cells[3] and "hemgång" in cells[3]
    assert cells[2] == "Borås"
    assert "1" in dialog.withheld_title.text()
    assert "personnummer" in dialog.withheld_explanation.text()
    assert number.encode() not in dialog.summary.path.read_bytes()


def test_excerpt_keeps_a_late_number_in_view_on_one_line():
    number = personnummer("850412", "123")
    text = "början\n" + "x" * 300 + f" gäller {number} och mer " + "y" * 300
    shown = excerpt(text)
    assert "ÅÅMMDD-XXXX" in shown and number not in shown and "\n" not in shown
    assert shown.startswith("…") and shown.endswith("…")


def test_kommun_file_previewed_then_imported_at_the_delregional_level(qtbot, boras, area, tmp_path):
    path = export_through_dialog(qtbot, boras, tmp_path / "boras.narvard").summary.path
    before = dump_database(area.path)
    dialog = import_dialog(qtbot, area, [path])
    summary = dialog.model.files[0]
    assert summary.outcome == PREVIEWED and summary.sender_name == "Borås"
    activities = count_rows(boras, "activities")
    assert dialog.kind_model.counts("activities") == [activities, 0, 0, 0, 0]
    new_column = FilesModel.FIRST_COUNT
    with zipfile.ZipFile(path) as archive:
        total = sum(json.loads(archive.read(MANIFEST_NAME))["counts"].values())
    assert dialog.model.index(0, new_column).data() == str(total)
    assert "Borås" in dialog.detail_title.text()
    assert dump_database(area.path) == before, "a preview must not change anything"
    assert dialog.import_button.isEnabled()

    run_import(qtbot, dialog)
    assert dialog.model.files[0].outcome == IMPORTED
    assert count_rows(area, "activities", boras.require_group_id()) == activities
    assert not dialog.import_button.isEnabled()
    assert list((area.data_dir / "backups").iterdir()), "a backup comes first"


def test_reimport_by_mistake_says_already_imported_and_changes_nothing(
    qtbot, boras, area, tmp_path
):
    path = export_through_dialog(qtbot, boras, tmp_path / "boras.narvard").summary.path
    run_import(qtbot, import_dialog(qtbot, area, [path]))
    before = dump_database(area.path)
    copy = tmp_path / "kopia av boras.narvard"
    copy.write_bytes(path.read_bytes())

    again = import_dialog(qtbot, area, [path, copy])
    assert [f.outcome for f in again.model.files] == [ALREADY_IMPORTED, ALREADY_IMPORTED]
    assert not again.import_button.isEnabled()
    status = again.model.index(0, FilesModel.STATUS).data()
    assert again.model.files[0].already_on in status and again.model.files[0].already_on
    assert again.model.files[0].already_on in again.detail_text.text()
    assert dump_database(area.path) == before


def test_damaged_file_is_refused_in_swedish_and_the_good_one_still_imports(
    qtbot, boras, area, tmp_path
):
    good = export_through_dialog(qtbot, boras, tmp_path / "boras.narvard").summary.path
    damaged = tmp_path / "trasig.narvard"
    damaged.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    before = dump_database(area.path)

    dialog = import_dialog(qtbot, area, [damaged])
    refused = dialog.model.files[0]
    assert refused.outcome == REFUSED
    assert "trasig.narvard" in refused.message and "skadad" in refused.message
    assert "Ingenting har lästs in" in refused.message
    assert dialog.detail_text.text() == refused.message
    assert not dialog.import_button.isEnabled()
    assert dump_database(area.path) == before

    dialog.add_files([good])
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2 and not dialog.busy, timeout=10_000)
    run_import(qtbot, dialog)
    assert [f.outcome for f in dialog.model.files] == [REFUSED, IMPORTED]
    assert count_rows(area, "activities", boras.require_group_id()) == count_rows(
        boras, "activities"
    )


def test_two_copies_of_one_export_in_a_batch_are_imported_once(qtbot, boras, area, tmp_path):
    path = export_through_dialog(qtbot, boras, tmp_path / "boras.narvard").summary.path
    copy = tmp_path / "boras (1).narvard"
    copy.write_bytes(path.read_bytes())
    dialog = import_dialog(qtbot, area, [path, copy, path])
    assert dialog.model.rowCount() == 2, "the same path twice is listed once"
    assert [f.outcome for f in dialog.model.files] == [PREVIEWED, DUPLICATE]
    assert dialog.importable_paths() == [path.resolve()]
    run_import(qtbot, dialog)
    assert [f.outcome for f in dialog.model.files] == [IMPORTED, DUPLICATE]


def test_sender_names_are_shown_as_plain_text(qtbot, area, tmp_path):
    hostile = make_group(tmp_path, "hostile", "lokal", HOSTILE_NAME, kommun="1463", demo_seed=2)
    try:
        path = export_through_dialog(qtbot, hostile, tmp_path / "h.narvard").summary.path
        assert (
            HOSTILE_NAME
            in export_through_dialog(qtbot, hostile, tmp_path / "h2.narvard").headline.text()
        )
    finally:
        hostile.close()
    dialog = import_dialog(qtbot, area, [path])
    assert dialog.model.index(0, FilesModel.SENDER).data() == HOSTILE_NAME
    assert HOSTILE_NAME in dialog.detail_title.text()
    for label in (dialog.detail_title, dialog.detail_text, dialog.summary_label):
        assert label.textFormat().name == "PlainText"


def test_area_publishes_a_template_that_the_kommun_previews_and_adopts(
    qtbot, boras, area, tmp_path
):
    owner = area.require_group_id()
    with area.db.atomic():
        plan = insert_record(
            area.db, "action_plans", owner, {"title": "Områdets mall för trygg hemgång"}
        )
        insert_record(area.db, "goals", owner, {"action_plan_id": plan, "title": "Fler SIP"})
    dialog = ExportDialog(area)
    qtbot.addWidget(dialog)
    assert dialog.template_choice.isEnabled() and dialog.plan.count() == 1
    dialog.template_choice.setChecked(True)
    assert dialog.plan.isEnabled()
    assert " 1 " in dialog.chosen_path().name

    exported = export_through_dialog(qtbot, area, tmp_path / "mall.narvard", template_plan=plan)
    assert exported.summary.kind == "template"
    assert "Områdets mall för trygg hemgång" in exported.headline.text()

    preview = import_dialog(qtbot, boras, [exported.summary.path])
    assert preview.model.files[0].outcome == PREVIEWED
    assert "Områdets mall för trygg hemgång" in preview.detail_title.text()
    assert preview.kind_model.counts("action_plans")[0] == 1
    run_import(qtbot, preview)
    adopted = boras.db.execute(
        "SELECT count(*) FROM action_plans WHERE template_id = ? AND group_id = ?",
        [plan, boras.require_group_id()],
    ).fetchone()[0]
    assert adopted == 1


def test_area_without_an_own_plan_cannot_choose_a_template(qtbot, area):
    dialog = ExportDialog(area)
    qtbot.addWidget(dialog)
    assert dialog.template_choice.isVisibleTo(dialog)
    assert not dialog.template_choice.isEnabled()
