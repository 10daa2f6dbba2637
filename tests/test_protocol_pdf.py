"""The protocol and kallelse PDFs: text, order, footer, fonts, hostile text, PDF/A bits, CLI."""

from __future__ import annotations

import re
from datetime import timedelta

import pikepdf
import pytest
from pypdf import PdfReader

from narvard_desktop import clock
from narvard_desktop.cli import main
from narvard_desktop.i18n import translate
from narvard_desktop.reports.protocol_pdf import (
    ProtocolOptions,
    write_kallelse_pdf,
    write_protocol_pdf,
)
from narvard_desktop.services import meetings as m
from narvard_desktop.store.records import insert_record, update_record


def page_texts(path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def squashed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def footer(page: int, pages: int) -> str:
    return translate("Protocol", "Page {page} ({pages})").format(page=page, pages=pages)


def add_people(store, names: list[str], function: str = "Enhetschef") -> list[str]:
    group_id = store.require_group_id()
    organisation = next(
        store.db.query("SELECT id FROM organisations WHERE group_id = ? LIMIT 1", [group_id])
    )["id"]
    return [
        insert_record(
            store.db,
            "people",
            group_id,
            {"name": name, "organisation_id": organisation, "function": function},
        )
        for name in names
    ]


@pytest.fixture
def meeting(group_store):
    chair, secretary, adjuster, absent = add_people(
        group_store, ["Åsa Öberg", "Lars Berglund", "Märta Ängström", "Örjan Frånvarosson"]
    )
    meeting_id = m.create_meeting(
        group_store,
        "2026-03-10",
        start_time="13:00",
        end_time="15:30",
        place="Stadshuset, sal Vättern",
        chair_person_id=chair,
        secretary_person_id=secretary,
        adjuster_person_ids=[adjuster],
    )
    absent_row = next(
        row for row in m.attendance(group_store, meeting_id) if row["person_id"] == absent
    )
    m.set_presence(group_store, absent_row["id"], "absent")
    m.add_guest(group_store, meeting_id, "Gäst Gästsson", "Länsstyrelsen", "Utredare")
    items = m.agenda_items(group_store, meeting_id)
    m.add_decision(group_store, items[3]["id"], "godkänna dagordningen")
    m.update_agenda_item(group_store, items[5]["id"], notes="Planen gicks igenom.\nInga hinder.")
    m.add_decision(group_store, items[5]["id"], "fastställa reviderad handlingsplan")
    m.add_action_item(group_store, items[5]["id"], "Ta fram rutin för hemgång", "MAS", "2026-04-30")
    return meeting_id


def test_protocol_lists_header_attendance_items_in_order_and_decisions(
    group_store, meeting, tmp_path
):
    path = write_protocol_pdf(group_store, meeting, tmp_path / "protokoll.pdf")
    text = "\n".join(page_texts(path))
    for expected in (
        "Närvårdssamverkan Borås",
        translate("Protocol", "Minutes"),
        "2026-03-10",
        "13:00–15:30",
        "Stadshuset, sal Vättern",
        "Åsa Öberg",
        "Lars Berglund",
        "Märta Ängström",
        "Örjan Frånvarosson",
        "Gäst Gästsson",
        "Länsstyrelsen",
        "att godkänna dagordningen",
        "att fastställa reviderad handlingsplan",
        "Ta fram rutin för hemgång",
        "2026-04-30",
        "Planen gicks igenom.",
        translate("Protocol", "Absent"),
        translate("Protocol", "Co-opted"),
        translate("Protocol", "Place (ort)"),
        translate("Protocol", "Secretary (recorded by)"),
    ):
        assert expected in text, expected
    titles = [item["title"] for item in m.agenda_items(group_store, meeting)]
    positions = [text.index(f"§ {n}  {title}") for n, title in enumerate(titles, start=1)]
    assert positions == sorted(positions)
    # The absent person is listed under Frånvarande, after the present ones.
    assert text.index("Örjan Frånvarosson") > text.index(translate("Protocol", "Absent"))


def test_meeting_notes_are_titled_as_notes_and_signed_by_the_note_taker(
    group_store, meeting, tmp_path
):
    m.update_meeting(group_store, meeting, kind="notes")
    text = "\n".join(page_texts(write_protocol_pdf(group_store, meeting, tmp_path / "n.pdf")))
    assert translate("Protocol", "Meeting notes") in text
    assert translate("Protocol", "Notes taken by") in text
    assert translate("Protocol", "Secretary (recorded by)") not in text


def test_every_page_has_the_page_x_of_y_footer(group_store, meeting, tmp_path):
    texts = page_texts(write_protocol_pdf(group_store, meeting, tmp_path / "p.pdf"))
    assert len(texts) >= 2
    for number, text in enumerate(texts, start=1):
        assert footer(number, len(texts)) in text


def test_thirty_items_and_forty_attendees_span_pages(group_store, tmp_path):
    people = add_people(group_store, [f"Deltagare {index:02d} Åkesson" for index in range(40)])
    meeting_id = m.create_meeting(
        group_store, "2026-05-05", prefill_agenda=False, chair_person_id=people[0]
    )
    for index in range(30):
        item = m.add_agenda_item(group_store, meeting_id, f"Ärende nummer {index + 1:02d}")
        m.update_agenda_item(group_store, item, notes="Diskussion om samverkan. " * 8)
        m.add_decision(group_store, item, f"besluta i ärende {index + 1:02d}")
    texts = page_texts(write_protocol_pdf(group_store, meeting_id, tmp_path / "stor.pdf"))
    assert len(texts) >= 4
    text = "\n".join(texts)
    for number, page in enumerate(texts, start=1):
        assert footer(number, len(texts)) in page
    positions = [text.index(f"§ {n}  Ärende nummer {n:02d}") for n in range(1, 31)]
    assert positions == sorted(positions)
    assert all(f"Deltagare {index:02d} Åkesson" in text for index in range(40))
    assert text.count("att besluta i ärende") == 30


HOSTILE = {
    "tag": "<b>fet</b>",
    "open": "a<b",
    "amp": "R&D",
    "formula": "=cmd|' /C calc'!A0",
    "emoji": "Glad 😀 emoji",
    "arabic": "مرحبا بالعالم",
    "hebrew": "שלום עולם",
}
LONG = "Långtext " * 1100


def test_hostile_text_in_every_field_prints_literally(group_store, tmp_path):
    hostile = " ".join(HOSTILE.values())
    group_id = group_store.require_group_id()
    update_record(group_store.db, "groups", group_id, group_id, {"name": hostile})
    (chair,) = add_people(group_store, [hostile], function=hostile)
    meeting_id = m.create_meeting(
        group_store,
        "2026-03-10",
        title=hostile,
        place=hostile,
        chair_person_id=chair,
        secretary_person_id=chair,
        adjuster_person_ids=[chair],
    )
    m.add_guest(group_store, meeting_id, hostile, hostile, hostile)
    # Each field as long as its limit allows (record_rules.TEXT_LIMITS).
    m.add_guest(group_store, meeting_id, LONG[:200], LONG[:200], LONG[:200])
    item = m.add_agenda_item(group_store, meeting_id, hostile, notes=hostile + "\n" + LONG)
    m.add_decision(group_store, item, hostile)
    m.add_decision(group_store, item, LONG)
    m.add_action_item(group_store, item, hostile, who=hostile)
    m.add_action_item(group_store, item, LONG[:2000], who=LONG[:200])

    for writer in (write_protocol_pdf, write_kallelse_pdf):
        texts = page_texts(writer(group_store, meeting_id, tmp_path / f"{writer.__name__}.pdf"))
        text = "\n".join(texts)
        for name, value in HOSTILE.items():
            assert value in text, name
        for number, page in enumerate(texts, start=1):
            assert footer(number, len(texts)) in page
        assert text.count("Långtext") >= 1100
    assert text.count(hostile) >= 3  # kallelse: title, place and the agenda item at least


def test_fonts_are_embedded_and_nothing_falls_back_to_helvetica(group_store, meeting, tmp_path):
    path = write_protocol_pdf(group_store, meeting, tmp_path / "p.pdf")
    with pikepdf.open(path) as pdf:
        fonts = {}
        for page in pdf.pages:
            for font in page.Resources.Font.values():
                fonts[str(font.BaseFont)] = font
        assert fonts
        for name, font in fonts.items():
            assert "DejaVuSans" in name
            assert "/FontFile2" in font.FontDescriptor, name
            assert "/ToUnicode" in font


def test_pdf_carries_pdfa_2b_metadata_and_srgb_output_intent(group_store, meeting, tmp_path):
    path = write_protocol_pdf(group_store, meeting, tmp_path / "p.pdf")
    with pikepdf.open(path) as pdf:
        metadata = pdf.open_metadata()
        assert metadata["pdfaid:part"] == "2"
        assert metadata["pdfaid:conformance"] == "B"
        title = str(pdf.docinfo["/Title"])
        assert metadata["dc:title"] == title
        assert "2026-03-10" in title and "Närvårdssamverkan Borås" in title
        assert str(pdf.docinfo["/Creator"]) == metadata["xmp:CreatorTool"]
        assert str(pdf.docinfo["/Producer"]) == metadata["pdf:Producer"]
        assert "/Trapped" not in pdf.docinfo
        intents = pdf.Root.OutputIntents
        assert len(intents) == 1
        assert intents[0].S == "/GTS_PDFA1"
        profile = intents[0].DestOutputProfile
        assert profile.N == 3
        assert profile.read_bytes()[36:40] == b"acsp"  # an ICC profile signature
        assert "/Metadata" in pdf.Root and "/Filter" not in pdf.Root.Metadata
        assert str(pdf.Root.Lang) == "sv-SE"
        assert not pdf.is_encrypted
        box = [float(v) for v in pdf.pages[0].MediaBox]
        assert round(box[2]) == 595 and round(box[3]) == 842  # A4


def test_locked_protocol_says_justerat_with_date_and_adjuster(group_store, meeting, tmp_path):
    m.lock_meeting(group_store, meeting, "2026-03-17")
    text = "\n".join(page_texts(write_protocol_pdf(group_store, meeting, tmp_path / "j.pdf")))
    expected = translate("Protocol", "Approved (justerat) {date} by {names}").format(
        date="2026-03-17", names="Märta Ängström"
    )
    assert expected in text
    assert m.get_meeting(group_store, meeting)["locked_checksum"] in squashed(text)


def test_unlocked_protocol_is_not_marked_justerat(group_store, meeting, tmp_path):
    text = "\n".join(page_texts(write_protocol_pdf(group_store, meeting, tmp_path / "u.pdf")))
    marker = translate("Protocol", "Approved (justerat) {date}").split("{")[0].strip()
    assert marker not in text


def test_options_leave_out_attendance_and_avvikelse_summary(group_store, meeting, tmp_path):
    insert_record(
        group_store.db,
        "deviations",
        group_store.require_group_id(),
        {"event_date": "2026-03-01", "reported_date": "2026-03-01", "category_code": "SIP"},
    )
    full = "\n".join(page_texts(write_protocol_pdf(group_store, meeting, tmp_path / "f.pdf")))
    assert "Örjan Frånvarosson" in full
    category = group_store.reference.category_name("SIP")
    assert category in full
    options = ProtocolOptions(include_attendance=False, include_deviation_summary=False)
    slim = "\n".join(
        page_texts(write_protocol_pdf(group_store, meeting, tmp_path / "s.pdf", options))
    )
    assert "Örjan Frånvarosson" not in slim
    assert category not in slim


def test_avvikelse_summary_prints_counts_never_descriptions(group_store, meeting, tmp_path):
    counts = {"INUT": 8, "LKM": 6, "SIP": 3}
    for code, count in counts.items():
        for day in range(1, count + 1):
            insert_record(
                group_store.db,
                "deviations",
                group_store.require_group_id(),
                {
                    "event_date": f"2026-02-{day:02d}",
                    "reported_date": f"2026-02-{day:02d}",
                    "category_code": code,
                    "description": "Hemlig händelsebeskrivning",
                },
            )
    text = "\n".join(page_texts(write_protocol_pdf(group_store, meeting, tmp_path / "a.pdf")))
    name = group_store.reference.category_name
    assert re.search(re.escape(name("INUT")) + r"\s*8", text)
    # Three cases could point at a person (a protocol can become a public document);
    # the 6 is hidden beside it, so that 17 from another output minus 8 gives only 9.
    assert re.search(re.escape(name("SIP")) + r"\s*< 5", text)
    assert re.search(re.escape(name("LKM")) + r"\s*–", text)
    # The total counts only what is shown: neither 3, 6 nor the true 17 is printed.
    table = text.split(translate("Protocol", "Category"), 1)[1]
    note = translate("Protocol", "Counts only; the descriptions stay in the deviation log.")
    table = table.split(note[:12], 1)[0]
    assert re.findall(r"\b\d+\b", table.replace("< 5", "")) == ["8", "8"]
    assert "Hemlig" not in text


def test_kallelse_has_the_agenda_but_no_decisions(group_store, meeting, tmp_path):
    text = "\n".join(page_texts(write_kallelse_pdf(group_store, meeting, tmp_path / "k.pdf")))
    assert translate("Protocol", "Notice of meeting") in text
    titles = [item["title"] for item in m.agenda_items(group_store, meeting)]
    positions = [text.index(title) for title in titles]
    assert positions == sorted(positions)
    assert "att godkänna dagordningen" not in text
    assert "Åsa Öberg" in text


def test_writing_leaves_no_temporary_file_and_failure_leaves_no_pdf(group_store, meeting, tmp_path):
    folder = tmp_path / "out"
    write_protocol_pdf(group_store, meeting, folder / "ok.pdf")
    assert [p.name for p in folder.iterdir()] == ["ok.pdf"]
    with pytest.raises(Exception):  # noqa: B017 - any error; the point is what is left behind
        write_protocol_pdf(group_store, "no-such-meeting", folder / "bad.pdf")
    assert [p.name for p in folder.iterdir()] == ["ok.pdf"]


def test_cli_writes_protocol_of_latest_and_kallelse_of_next_meeting(group_store, tmp_path):
    today = clock.today()
    past = m.create_meeting(group_store, today - timedelta(days=20), place="Förr")
    m.create_meeting(group_store, today + timedelta(days=60), place="Senare")
    m.create_meeting(group_store, today + timedelta(days=10), place="Snart")
    data_dir = str(group_store.data_dir)
    protocol = tmp_path / "protokoll.pdf"
    kallelse = tmp_path / "kallelse.pdf"
    args = ["--data-dir", data_dir]
    assert main([*args, "protocol", "--meeting", "latest", "--out", str(protocol)]) == 0
    assert main([*args, "kallelse", "--meeting", "latest", "--out", str(kallelse)]) == 0
    assert "Förr" in "\n".join(page_texts(protocol))
    assert "Snart" in "\n".join(page_texts(kallelse))
    by_id = tmp_path / "by-id.pdf"
    assert main([*args, "protocol", "--meeting", past, "--out", str(by_id)]) == 0
    assert by_id.exists()
    assert main([*args, "protocol", "--meeting", "nope", "--out", str(tmp_path / "x.pdf")]) == 2
    assert not (tmp_path / "x.pdf").exists()


def test_cli_latest_without_meetings_is_a_clear_error(group_store, tmp_path, capsys):
    code = main(
        [
            "--data-dir",
            str(group_store.data_dir),
            "protocol",
            "--meeting",
            "latest",
            "--out",
            str(tmp_path / "x.pdf"),
        ]
    )
    assert code == 2
    assert capsys.readouterr().err.strip()


def test_a_personnummer_in_the_minutes_stops_the_pdf_and_names_the_item(
    group_store, meeting, tmp_path, capsys
):
    item = m.agenda_items(group_store, meeting)[8]
    m.update_agenda_item(group_store, item["id"], notes="Gäller patient 19121212-1212.")
    out = tmp_path / "protokoll.pdf"
    code = main(
        [
            "--data-dir",
            str(group_store.data_dir),
            "protocol",
            "--meeting",
            meeting,
            "--out",
            str(out),
        ]
    )
    message = capsys.readouterr().err
    assert code == 2 and not out.exists()
    assert f"§ {item['number']}" in message and "personnummer" in message
    assert "1212" not in message
