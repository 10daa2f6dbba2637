"""The dates the groups report upward travel down with the county's template."""

from __future__ import annotations

from datetime import date

from test_exchange_support import make_group

from narvard_desktop.exchange.importer import IMPORTED, import_file
from narvard_desktop.exchange.templates import export_template
from narvard_desktop.services.reminders import (
    adopt_report_dates,
    dates_from_above,
    report_dates,
    set_report_dates,
)
from narvard_desktop.store.records import insert_record


def test_the_countys_reporting_dates_come_down_with_its_template(tmp_path):
    with make_group(tmp_path, "vvg", "lansgemensam", "VVG") as county:
        plan = insert_record(
            county.db, "action_plans", county.require_group_id(), {"title": "Länsmall"}
        )
        county.db.conn.commit()
        set_report_dates(county, ["2027-03-31", "2027-09-30"])
        result = export_template(county, plan, tmp_path / "mall.narvard")
        assert result.manifest["report_dates"] == ["2027-03-31", "2027-09-30"]
    with make_group(tmp_path, "boras", "lokal", "Borås", kommun="1490") as boras:
        set_report_dates(boras, ["2027-01-15"])
        assert import_file(boras, result.path).outcome == IMPORTED
        assert dates_from_above(boras) == [date(2027, 3, 31), date(2027, 9, 30)]
        assert report_dates(boras) == [date(2027, 1, 15), date(2027, 3, 31), date(2027, 9, 30)]


def test_dates_that_are_not_dates_are_left_out(tmp_path):
    with make_group(tmp_path, "boras", "lokal", "Borås", kommun="1490") as boras:
        with boras.db.atomic():
            adopt_report_dates(boras.db, ["2027-02-30", "snart", 5, "2027-06-01"])
            adopt_report_dates(boras.db, "2027-01-01")  # not a list: nothing changes
        assert dates_from_above(boras) == [date(2027, 6, 1)]
