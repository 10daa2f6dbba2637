"""A trial run of a new sender's first file, with the key just checked by phone."""

from __future__ import annotations

from test_exchange_support import dump_database, make_group

from narvard_desktop.exchange.export import export_data
from narvard_desktop.exchange.importer import IMPORTED, PREVIEWED, REFUSED, import_file
from narvard_desktop.services.group_keys import group_signer


def test_a_dry_run_with_the_checked_key_previews_and_pins_nothing(tmp_path):
    with make_group(tmp_path, "sa", "delregional", "SÄ", delregion="Södra Älvsborg") as area:
        with make_group(
            tmp_path, "boras", "lokal", "Borås", kommun="1490", demo_seed=3, known=False
        ) as boras:
            path = export_data(boras, tmp_path / "boras.narvard").path
            fingerprint = group_signer(boras).fingerprint
        before = dump_database(area.path)
        assert import_file(area, path, dry_run=True).outcome == REFUSED
        trial = import_file(area, path, dry_run=True, trust_new_key=fingerprint)
        assert trial.outcome == PREVIEWED
        assert trial.preview.counts["deviations"]["new"] > 0
        assert dump_database(area.path) == before, "a trial run pins and writes nothing"
        assert import_file(area, path, trust_new_key=fingerprint).outcome == IMPORTED
