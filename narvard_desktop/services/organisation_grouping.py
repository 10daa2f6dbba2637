"""Which organisations an upper level counts as one: the one rule every count uses.

Organisations linked to the same entry of the organisation catalogue received here are
one organisation, named as the catalogue names it, whichever group reported it. Every
other organisation stands alone: another group's is named with its group ("Vårdcentral
Norr (Närvård Borås)"), so two groups' same-named organisations are never silently
counted as one. An organisation linked to an id this level has not received is unlinked
until the catalogue arrives.
"""

from __future__ import annotations

from dataclasses import dataclass

from narvard_desktop.i18n import QT_TRANSLATE_NOOP, translate
from narvard_desktop.store import Store

# Keys of catalogue entries cannot be taken for an organisation's id (a UUID).
CATALOGUE_KEY_PREFIX = "catalogue:"
WITH_GROUP = QT_TRANSLATE_NOOP("Analysis", "{name} ({group})")


@dataclass(frozen=True)
class OrganisationGrouping:
    """Each organisation id → the key it is counted under, and each key's name."""

    keys: dict[str, str]
    labels: dict[str, str]

    def key(self, organisation_id: str | None) -> str | None:
        if organisation_id is None:
            return None
        return self.keys.get(organisation_id, organisation_id)

    def label(self, key: str | None, default: str = "") -> str:
        return self.labels.get(key, default) if key is not None else default


def catalogue_key(catalogue_id: str) -> str:
    return CATALOGUE_KEY_PREFIX + catalogue_id


def organisation_grouping(store: Store) -> OrganisationGrouping:
    """The grouping of every live organisation known here (own and from groups below)."""
    db = store.db
    own = store.own_group_id
    entries = dict(db.execute("SELECT id, name FROM organisation_catalogue").fetchall())
    groups = dict(db.execute("SELECT id, name FROM groups").fetchall())
    with_group = translate("Analysis", WITH_GROUP)
    keys: dict[str, str] = {}
    labels: dict[str, str] = {}
    for org_id, name, group_id, catalogue_id in db.execute(
        "SELECT id, name, group_id, catalogue_id FROM organisations WHERE deleted = 0"
    ):
        if catalogue_id and catalogue_id in entries:
            key = catalogue_key(catalogue_id)
            labels[key] = str(entries[catalogue_id])
        else:
            key = org_id
            group = groups.get(group_id)
            labels[key] = (
                with_group.format(name=name, group=group)
                if group_id != own and group
                else str(name)
            )
        keys[org_id] = key
    return OrganisationGrouping(keys, labels)
