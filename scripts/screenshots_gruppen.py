"""Pictures of the Gruppen section and of a justerat and an unjusterat protocol.

Run under a virtual screen:
    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1200x780x24" \
        .venv/bin/python scripts/screenshots_gruppen.py docs/screenshots
The protocols are written as PDF and their first and last pages rendered with pdftoppm.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from narvard_desktop import clock
from narvard_desktop.reports.protocol_pdf import write_protocol_pdf
from narvard_desktop.services import group_details, members
from narvard_desktop.services import meetings as m
from narvard_desktop.services.group_setup import GroupSetup, create_group
from narvard_desktop.store import Store
from narvard_desktop.ui.group.member_dialog import MemberDialog
from narvard_desktop.ui.shell.app import GuiSession

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
PEOPLE = (
    ("Åsa Öberg", "chair", "Förvaltningschef", "asa.oberg@boras.se"),
    ("Lars Berglund", "secretary", "Utvecklingsledare", "lars.berglund@boras.se"),
    ("Per Holm", "vice_chair", "Enhetschef hemsjukvård", ""),
    ("Märta Ängström", "member", "Verksamhetschef vårdcentral", ""),
    ("Karin Lind", "member", "Medicinskt ansvarig sjuksköterska", ""),
    ("Johan Ek", "member", "Avdelningschef medicinkliniken", ""),
    ("Sara Ek", "deputy", "Socialsekreterare", ""),
    ("Anders Nord", "co_opted", "Psykiatrisamordnare", ""),
)


def build(folder: Path) -> tuple[str, str]:
    """A group made by setup, its register, one held and justerat meeting and one draft."""
    with Store(folder) as store:
        create_group(store, GroupSetup("lokal", "Närvårdssamverkan Borås", "1490"))
        organisations = [r["id"] for r in store.db.query("SELECT id FROM organisations")]
        ids = [
            members.add_member(
                store,
                name,
                organisation_id=organisations[number % len(organisations)],
                role=role,
                function=function,
                email=email,
                active_from="2026-01-01",
            )
            for number, (name, role, function, email) in enumerate(PEOPLE)
        ]
        members.add_member(store, "Eva Strand", function="MAS", active_to="2026-06-30")
        group_details.update_group_details(
            store, town="Borås", storage_place="Kommunkansliet, Stadshuset", print_posting=True
        )
        held = m.create_meeting(
            store, "2026-11-20", start_time="13:00", end_time="15:30", place="Stadshuset"
        )
        m.update_meeting(store, held, adjuster_person_ids=[ids[3]])
        items = m.agenda_items(store, held)
        m.add_decision(store, items[3]["id"], "godkänna dagordningen")
        for item in items[5:10]:
            m.update_agenda_item(store, item["id"], notes="Gruppen gick igenom läget. " * 14)
            m.add_decision(store, item["id"], "lägga informationen till handlingarna")
            m.add_action_item(store, item["id"], "Karin Lind", "Ta fram rutin", "2027-01-31")
        m.lock_meeting(store, held, "2026-11-25")
        draft = m.create_meeting(store, "2026-11-27", start_time="09:00", place="Digitalt")
        for item in m.agenda_items(store, draft)[5:9]:
            m.update_agenda_item(store, item["id"], notes="Underlag skickas ut i förväg. " * 14)
        for meeting, name in ((held, "justerat"), (draft, "utkast")):
            pdf = write_protocol_pdf(store, meeting, folder / f"{name}.pdf")
            render(pdf, f"gruppen-protokoll-{name}")
        return held, draft


def render(pdf: Path, name: str) -> None:
    pages = int(
        next(
            line.split()[-1]
            for line in subprocess.run(
                ["pdfinfo", str(pdf)], capture_output=True, text=True, check=True
            ).stdout.splitlines()
            if line.startswith("Pages:")
        )
    )
    for page, label in ((1, "sida1"), (pages, "sista")):
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "70",
                "-f",
                str(page),
                "-l",
                str(page),
                "-singlefile",
                str(pdf),
                str(OUT / f"{name}-{label}"),
            ],
            check=True,
        )
        print("saved", OUT / f"{name}-{label}.png")


def save(widget: QWidget, name: str) -> None:
    widget.grab().save(str(OUT / f"{name}.png"))
    print("saved", OUT / f"{name}.png")


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    clock.pin("2026-12-01T10:00:00")
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data"
        build(data)
        session = GuiSession(data, "sv").start()
        window = session.window
        assert window is not None
        window.resize(1200, 780)
        window.show_section_key("group")
        page = window.pages["group"]
        dialogs: list[MemberDialog] = []

        def open_member() -> None:
            page.select_member(page.members_model.rows[0]["id"])
            dialog = MemberDialog(window.store, page.members_model.rows[0]["id"], window)
            dialogs.append(dialog)
            dialog.show()

        steps = [
            lambda: save(window, "gruppen-sida"),
            open_member,
            lambda: save(dialogs[0], "gruppen-ledamot"),
            lambda: dialogs[0].close(),
            lambda: page.tabs.setCurrentIndex(1),
            lambda: save(window, "gruppen-organisationer"),
            lambda: page.tabs.setCurrentIndex(2),
            lambda: save(window, "gruppen-uppgifter"),
            window.close,
        ]

        def next_step() -> None:
            if not steps:
                session.app.quit()
                return
            steps.pop(0)()
            QTimer.singleShot(400, next_step)

        QTimer.singleShot(600, next_step)
        session.app.exec()
        session.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
