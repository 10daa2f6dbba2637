"""Pictures of every main view and every dialog at 1200×780, checked as they are taken.

    scripts/screenshots.sh                       # both languages, into docs/screenshots/
    xvfb-run -a -s "-screen 0 1200x780x24" .venv/bin/python scripts/screenshots.py sv OUT

The data is what a real user would have: a group made by the setup (Borås, lokal) filled
with the demo data, and a delregion (Södra Älvsborg) that imported the files of Borås
and Mark, for the views that differ at an upper level. The clock is pinned, so the
pictures show the same day each time. The screens are walked by tests/ui/screens.py,
which checks each one: a cut label, button, header or combo, a text in the other
language or a count in the wrong plural form is listed, and the script exits with 1.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The walk and its checks live with the tests that use them too.
sys.path.insert(0, str(ROOT))
os.environ.setdefault("NARVARD_TODAY", "2026-11-23")

from narvard_desktop.exchange.export import export_data  # noqa: E402
from narvard_desktop.exchange.importer import import_files  # noqa: E402
from narvard_desktop.exchange.trust import pin_key  # noqa: E402
from narvard_desktop.services.demo import fill_demo_data  # noqa: E402
from narvard_desktop.services.group_keys import group_signer  # noqa: E402
from narvard_desktop.services.group_setup import GroupSetup, create_group  # noqa: E402
from narvard_desktop.signing import own_identity  # noqa: E402
from narvard_desktop.store import Store  # noqa: E402
from narvard_desktop.ui.shell.app import GuiSession  # noqa: E402
from narvard_desktop.ui.shell.translation import install_language  # noqa: E402
from tests.ui.screens import (  # noqa: E402
    Shooter,
    data_texts,
    settle,
    shoot_details,
    shoot_dialogs,
    shoot_help,
    shoot_sections,
    shoot_setup_wizard,
)

ANCHOR = date(2026, 11, 23)
LOCAL_GROUPS = (
    ("boras", "Närvårdssamverkan Borås", "1490", 1),
    ("mark", "Närvård Mark", "1463", 2),
)


def build(folder: Path) -> tuple[Path, Path]:
    """The local demo group and a delregion that imported its file and another group's."""
    packages = []
    keys = []
    for name, title, kommun, seed in LOCAL_GROUPS:
        with Store(folder / name) as store:
            create_group(store, GroupSetup("lokal", title, kommun))
            fill_demo_data(store, seed=seed, anchor=ANCHOR)
            package = folder / f"{name}.narvard"
            export_data(store, package)
            packages.append(package)
            signer = group_signer(store)
            keys.append(
                (signer.group_id, signer.public_key, own_identity(store.db, signer.group_id))
            )
    area = folder / "delregion"
    with Store(area) as store:
        create_group(
            store,
            GroupSetup("delregional", "Närvårdssamverkan Södra Älvsborg", None, "Södra Älvsborg"),
        )
        # Keys checked by telephone first, as a delregion does before the first files.
        for group_id, public_key, identity in keys:
            pin_key(store.db, group_id, public_key, identity, "confirmed")
        refused = [report for report in import_files(store, packages) if not report.ok]
        if refused:
            raise RuntimeError(f"the demo file was refused: {refused[0].error}")
    return folder / "boras", area


def main() -> int:
    language = sys.argv[1] if len(sys.argv) > 1 else "sv"
    out = Path(sys.argv[2] if len(sys.argv) > 2 else ROOT / "docs" / "screenshots") / language
    shooter = Shooter(language, out)
    # One fixed folder rather than a random one: the status bar shows the data folder, and
    # the pictures should not change with its name from one run to the next.
    folder = Path(tempfile.gettempdir()) / "narvard-screenshots" / language
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    try:
        local, area = build(folder)
        session = GuiSession(local, language).start()
        # Several sessions run one after the other: closing one must not end the event loop.
        session.app.setQuitOnLastWindowClosed(False)
        window = session.window
        assert window is not None and session.store is not None
        window.move(0, 0)
        shooter.data = data_texts(session.store)
        shoot_sections(shooter, window)
        shoot_details(shooter, window)
        shoot_help(shooter, window)
        shoot_dialogs(shooter, window.store, window)
        window.close()
        settle()
        session.close()

        session = GuiSession(area, language).start()
        assert session.window is not None and session.store is not None
        session.window.move(0, 0)
        shooter.data = data_texts(session.store)
        shoot_sections(shooter, session.window, prefix="delregion-")
        session.window.close()
        settle()
        session.close()

        # The first start: an empty data folder, in the language asked for.
        install_language(session.app, language)
        with Store(folder / "wizard") as empty:
            shoot_setup_wizard(shooter, empty)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(f"{len(shooter.taken)} pictures in {out}")
    if shooter.problems:
        print(f"{len(shooter.problems)} problems:", file=sys.stderr)
        for problem in shooter.problems:
            print("  " + problem, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
