"""Setting up the group that owns a data folder."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from narvard_desktop.domain import DEFAULT_ANSWER_DAYS, DEFAULT_RISK_THRESHOLD, LEVEL_CODES
from narvard_desktop.errors import AlreadyInitialisedError, ValidationError
from narvard_desktop.i18n import QT_TRANSLATE_NOOP
from narvard_desktop.reference import Reference
from narvard_desktop.services.organisation_catalogue import MATCH_THRESHOLD, best_entry, check_link
from narvard_desktop.store import OWN_GROUP_KEY, Store
from narvard_desktop.store.changes import note_everything
from narvard_desktop.store.records import insert_record, new_id, update_record, utc_now


@dataclass
class ProposedOrganisation:
    name: str
    org_type: str | None
    kommun_code: str | None = None
    # The organisation catalogue's entry this organisation is (kept on the organisation).
    catalogue_id: str | None = None


@dataclass
class GroupSetup:
    level: str
    name: str
    kommun_code: str | None = None
    delregion: str | None = None


def validate_setup(setup: GroupSetup, reference: Reference) -> GroupSetup:
    """Check the answers and fill in what follows from them (a kommun's delregion)."""
    name = setup.name.strip()
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The group needs a name."))
    if len(name) > 200:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The group's name can be at most 200 characters.")
        )
    if setup.level not in LEVEL_CODES:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Unknown level {level}: choose lokal, delregional or lansgemensam."
            ),
            level=setup.level,
        )
    kommun_code, delregion = setup.kommun_code, setup.delregion
    if setup.level == "lokal":
        kommun = reference.kommun(kommun_code or "")
        if kommun is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "A local group needs one of the 49 kommuner (unknown code: {code})."
                ),
                code=kommun_code or "",
            )
        delregion = kommun.delregion
    elif setup.level == "delregional":
        row = reference.delregion(delregion or "")
        if row is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "A sub-regional group needs one of the six areas: {areas}."
                ),
                areas=", ".join(reference.delregion_names()),
            )
        delregion, kommun_code = row["delregion"], None
    else:
        kommun_code, delregion = None, None
    return GroupSetup(setup.level, name, kommun_code, delregion)


def propose_organisations(
    setup: GroupSetup,
    reference: Reference,
    catalogue: Sequence[Mapping[str, Any]] = (),
) -> list[ProposedOrganisation]:
    """The organisations such a group usually has; the user edits the list before saving.

    With the county's catalogue (`list_entries`), a usual party that the catalogue has
    becomes that entry (its name and id), and the catalogue's other entries in the
    group's kommun are proposed too."""
    usual = _usual_organisations(setup, reference)
    entries = [entry for entry in catalogue if entry["active"]]
    if not entries:
        return usual
    proposals: list[ProposedOrganisation] = []
    taken: set[str] = set()
    for proposal in usual:
        entry, score = best_entry(proposal.name, setup.kommun_code, entries)
        if entry is None or score < MATCH_THRESHOLD:
            # The kommun's one entry of the same type (its hemsjukvård, say) is meant.
            same_type = [
                candidate
                for candidate in entries
                if proposal.kommun_code
                and candidate["kommun_code"] == proposal.kommun_code
                and candidate["org_type"] == proposal.org_type
            ]
            entry, score = (same_type[0], 1.0) if len(same_type) == 1 else (None, 0.0)
        if entry is not None and score >= MATCH_THRESHOLD and entry["id"] not in taken:
            taken.add(str(entry["id"]))
            proposals.append(from_catalogue(entry))
        else:
            proposals.append(proposal)
    for entry in entries:
        in_kommun = bool(setup.kommun_code) and entry["kommun_code"] == setup.kommun_code
        if in_kommun and entry["id"] not in taken:
            taken.add(str(entry["id"]))
            proposals.append(from_catalogue(entry))
    return proposals


def from_catalogue(entry: Mapping[str, Any]) -> ProposedOrganisation:
    return ProposedOrganisation(
        str(entry["name"]), entry["org_type"], entry["kommun_code"], str(entry["id"])
    )


def _usual_organisations(setup: GroupSetup, reference: Reference) -> list[ProposedOrganisation]:
    area = reference.delregion(setup.delregion or "") if setup.delregion else None
    hospital = area["hospital_area"] if area else None
    if setup.level == "lokal":
        kommun = reference.kommun(setup.kommun_code or "")
        town = kommun.name if kommun else ""
        code = kommun.code if kommun else None
        proposals = [
            ProposedOrganisation(f"{town} kommun – hemsjukvård och äldreomsorg", "KOM_HSL", code),
            ProposedOrganisation(f"{town} kommun – socialtjänst (SoL/LSS)", "KOM_SOL", code),
            ProposedOrganisation(f"{town} kommun – elevhälsa", "KOM_SKOLA", code),
            ProposedOrganisation(f"Vårdcentraler i {town} (offentliga)", "VC_OFF", code),
            ProposedOrganisation(f"Vårdcentraler i {town} (privata)", "VC_PRIV", code),
        ]
        if hospital:
            proposals += [
                ProposedOrganisation(hospital, "SJH"),
                ProposedOrganisation(f"Psykiatri, {hospital}", "PSY"),
            ]
        proposals.append(ProposedOrganisation("Folktandvården", "TAND"))
        return proposals
    if setup.level == "delregional":
        proposals = [
            ProposedOrganisation(f"Kommunerna i {setup.delregion}", "KOM_HSL"),
            ProposedOrganisation(f"Primärvården i {setup.delregion}", "VC_OFF"),
        ]
        if hospital:
            proposals += [
                ProposedOrganisation(hospital, "SJH"),
                ProposedOrganisation(f"Psykiatri, {hospital}", "PSY"),
            ]
        return proposals
    return [
        ProposedOrganisation("Västra Götalandsregionen", "SJH"),
        ProposedOrganisation("De 49 kommunerna (genom VästKom)", "KOM_HSL"),
        ProposedOrganisation("Primärvården i Västra Götaland", "VC_OFF"),
    ]


def create_group(
    store: Store, setup: GroupSetup, organisations: list[ProposedOrganisation] | None = None
) -> str:
    """Create the data folder's own group and its organisations in one transaction."""
    if store.own_group_id is not None:
        group = store.own_group() or {}
        raise AlreadyInitialisedError(name=group.get("name", ""))
    setup = validate_setup(setup, store.reference)
    if organisations is None:
        organisations = propose_organisations(setup, store.reference)
    db = store.db
    group_id = new_id()
    now = utc_now()
    with db.atomic():
        db.table("groups").insert(
            {
                "id": group_id,
                "group_id": group_id,
                "created_at": now,
                "updated_at": now,
                "revision": 1,
                "deleted": 0,
                "name": setup.name,
                "level": setup.level,
                "kommun_code": setup.kommun_code,
                "delregion": setup.delregion,
                "risk_threshold": DEFAULT_RISK_THRESHOLD,
                "answer_days": DEFAULT_ANSWER_DAYS,
            }
        )
        for organisation in organisations:
            if not organisation.name.strip():
                continue
            insert_record(
                db,
                "organisations",
                group_id,
                {
                    "name": organisation.name.strip(),
                    "org_type": organisation.org_type,
                    "kommun_code": organisation.kommun_code,
                    "catalogue_id": check_link(store, organisation.catalogue_id),
                },
            )
        db.execute("INSERT INTO settings (key, value) VALUES (?, ?)", [OWN_GROUP_KEY, group_id])
    # The group's signing key: its files and justeringar are signed from the start.
    from narvard_desktop.services.group_keys import group_signer

    group_signer(store)
    # A new own group changes what every view shows (whose records are editable).
    note_everything(db)
    return group_id


def update_group_settings(
    store: Store, *, risk_threshold: int, answer_days: int, paragraph_numbering: str
) -> None:
    """Change the group's own rules: risk threshold, answer deadline and § numbering."""
    if not 1 <= risk_threshold <= 16:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The risk threshold must be between 1 and 16.")
        )
    if not 1 <= answer_days <= 365:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The answer deadline must be between 1 and 365 days.")
        )
    if paragraph_numbering not in ("per_meeting", "per_year"):
        raise ValidationError()
    group_id = store.require_group_id()
    with store.db.atomic():
        update_record(
            store.db,
            "groups",
            group_id,
            group_id,
            {
                "risk_threshold": risk_threshold,
                "answer_days": answer_days,
                "paragraph_numbering": paragraph_numbering,
            },
        )
    # The rules decide overdue answers, risk marks and § numbers on every page.
    note_everything(store.db)
