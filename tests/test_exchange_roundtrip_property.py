"""Property: export → import reproduces every owned record exactly (all columns except
the local origin_import_id), whatever text, numbers and deletions the records hold."""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_exchange_support import make_group, owned_records

from narvard_desktop.exchange.export import export_data
from narvard_desktop.exchange.importer import IMPORTED, import_file
from narvard_desktop.privacy import contains_identifier
from narvard_desktop.store.records import insert_record, soft_delete_record, update_record
from narvard_desktop.store.schema import SYNCED_TABLES

texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80).filter(
    lambda t: not contains_identifier(t)
)
numbers = st.one_of(
    st.none(),
    st.floats(allow_nan=False, allow_infinity=False, width=64),
    st.integers(min_value=-(2**53), max_value=2**53),
)

organisation = st.fixed_dictionaries(
    {
        "name": texts.filter(bool),
        "org_type": st.one_of(st.none(), st.from_regex(r"[A-Z_]{1,12}", fullmatch=True)),
        "active": st.sampled_from([0, 1]),
    }
)
indicator = st.fixed_dictionaries(
    {
        "name": texts.filter(bool),
        "definition": st.one_of(st.none(), texts),
        "direction": st.sampled_from(["higher", "lower"]),
        "baseline_value": numbers,
        "target_value": numbers,
    }
)
counter = itertools.count()


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    organisations=st.lists(organisation, min_size=1, max_size=4),
    indicators=st.lists(indicator, max_size=4),
    delete_first=st.booleans(),
    renamed=st.one_of(st.none(), texts.filter(bool)),
)
def test_export_then_import_reproduces_every_owned_record(
    tmp_path_factory, organisations, indicators, delete_first, renamed
):
    root = tmp_path_factory.mktemp(f"prop{next(counter)}")
    with make_group(root, "lokal", "lokal", "Borås", kommun="1490") as source:
        owner = source.require_group_id()
        db = source.db
        with db.atomic():
            ids = [insert_record(db, "organisations", owner, values) for values in organisations]
            plan = insert_record(db, "action_plans", owner, {"title": "Plan"})
            for values in indicators:
                insert_record(db, "indicators", owner, {**values, "action_plan_id": plan})
            if renamed is not None:
                update_record(db, "organisations", ids[0], owner, {"name": renamed})
            if delete_first:
                soft_delete_record(db, "organisations", ids[0], owner)
        path = export_data(source, root / "out.narvard").path
        with make_group(root, "sa", "delregional", "SÄ", delregion="Södra Älvsborg") as target:
            assert import_file(target, path).outcome == IMPORTED
            for table in SYNCED_TABLES:
                assert owned_records(target, table, owner) == owned_records(source, table, owner)
