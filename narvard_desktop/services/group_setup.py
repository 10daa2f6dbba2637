"""Setting up the group that owns a data folder."""

from __future__ import annotations

from dataclasses import dataclass

from narvard_desktop.domain import DEFAULT_ANSWER_DAYS, DEFAULT_RISK_THRESHOLD, LEVEL_CODES
from narvard_desktop.errors import AlreadyInitialisedError, ValidationError
from narvard_desktop.i18n import QT_TRANSLATE_NOOP
from narvard_desktop.reference import Reference
from narvard_desktop.store import OWN_GROUP_KEY, Store
from narvard_desktop.store.changes import note_everything
from narvard_desktop.store.records import insert_record, new_id, update_record, utc_now


@dataclass
class ProposedOrganisation:
    name: str
    org_type: str
    kommun_code: str | None = None


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


def propose_organisations(setup: GroupSetup, reference: Reference) -> list[ProposedOrganisation]:
    """The organisations such a group usually has; the user edits the list before saving."""
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
