"""The privacy guard on export: free text with a personnummer or samordningsnummer is
withheld and listed in the report; other text, however hostile, travels unchanged."""

from __future__ import annotations

import json

from test_exchange_support import make_group, personnummer, read_members

from narvard_desktop.exchange.export import export_data
from narvard_desktop.exchange.format import MANIFEST_NAME
from narvard_desktop.exchange.importer import IMPORTED, import_file
from narvard_desktop.exchange.report import export_report
from narvard_desktop.i18n import set_language
from narvard_desktop.privacy import contains_identifier
from narvard_desktop.store.records import insert_record

HOSTILE = "<b>R&D</b> =cmd|' /C calc'!A0 🚑 مرحبا שלום " + "å" * 10_000


def test_text_with_an_identifier_is_withheld_and_listed(tmp_path):
    pnr = personnummer("850412", "123")
    samordning = personnummer("850472", "456")  # day + 60
    assert contains_identifier(pnr) and contains_identifier(samordning)
    with make_group(tmp_path, "boras", "lokal", "Borås", kommun="1490", demo_seed=1) as boras:
        owner = boras.require_group_id()
        db = boras.db
        with db.atomic():
            deviation = insert_record(
                db,
                "deviations",
                owner,
                {
                    "event_date": "2026-10-01",
                    "reported_date": "2026-10-02",
                    "description": f"Patienten {pnr} fick fel läkemedel.",
                    "immediate_actions": HOSTILE,
                },
            )
            item = db.execute("SELECT id FROM agenda_items LIMIT 1").fetchone()[0]
            decision = insert_record(
                db,
                "decisions",
                owner,
                {
                    "agenda_item_id": item,
                    "text": f"att utreda ärendet för {samordning}",
                },
            )
            clean = insert_record(
                db,
                "decisions",
                owner,
                {
                    "agenda_item_id": item,
                    "text": "att godkänna 2026-10-01 och dnr 2026/123456",
                },
            )
        result = export_data(boras, tmp_path / "out" / "boras.narvard")

    withheld = {(w.table, w.record_id, w.column) for w in result.withheld}
    assert withheld == {("deviations", deviation, "description"), ("decisions", decision, "text")}
    members = read_members(result.path)
    everything = b"".join(members.values())
    for number in (pnr, samordning, pnr.replace("-", ""), samordning.replace("-", "")):
        assert number.encode() not in everything
    assert json.loads(members[MANIFEST_NAME])["withheld_fields"] == 2
    set_language("en")
    report = "\n".join(export_report(result))
    assert "2 texts were withheld" in report and deviation in report

    with make_group(tmp_path, "sa", "delregional", "SÄ", delregion="Södra Älvsborg") as sa:
        assert import_file(sa, result.path).outcome == IMPORTED
        row = sa.db.execute(
            "SELECT description, immediate_actions, event_date FROM deviations WHERE id = ?",
            [deviation],
        ).fetchone()
        assert row == (None, HOSTILE, "2026-10-01")
        texts = dict(
            sa.db.execute("SELECT id, text FROM decisions WHERE id IN (?, ?)", [decision, clean])
        )
        assert texts == {decision: "", clean: "att godkänna 2026-10-01 och dnr 2026/123456"}
