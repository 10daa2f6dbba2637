"""Justering: the frozen, checksummed content of an approved meeting, and reopening."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from typing import Any

from narvard_desktop import clock
from narvard_desktop.errors import (
    ValidationError,
)
from narvard_desktop.i18n import QT_TRANSLATE_NOOP
from narvard_desktop.record_rules import json_or
from narvard_desktop.services.meetings._common import (
    ROLE_ACTION_PLAN,
    ROLE_DEVIATIONS,
    ROLE_PREVIOUS_MINUTES,
    SNAPSHOT_FORMAT,
    _editable_meeting,
    _iso_date,
    _one,
    _optional_text,
    _person,
    _require_own,
    get_meeting,
    is_locked,
)
from narvard_desktop.services.meetings.agenda import agenda_items
from narvard_desktop.services.meetings.attendance import attendance
from narvard_desktop.services.meetings.justering_rules import require_justering_ready
from narvard_desktop.services.meetings.minutes import action_items, decisions, item_links
from narvard_desktop.services.meetings.summaries import (
    action_plan_summary,
    deviation_summary,
    open_action_items_before,
)
from narvard_desktop.store import Store
from narvard_desktop.store.records import (
    insert_record,
    update_record,
    utc_now,
)


def _person_entry(store: Store, person_id: str | None) -> dict[str, Any] | None:
    person = _person(store, person_id)
    if person is None:
        return None
    return {
        "person_id": person["id"],
        "name": person["name"],
        "organisation": person["organisation"],
        "function": person["function"],
    }


def _content(store: Store, meeting: dict[str, Any]) -> dict[str, Any]:
    """The protocol content: everything the justerare approve, nothing about follow-up."""
    group = _one(store, "SELECT id, name, level FROM groups WHERE id = ?", [meeting["group_id"]])
    items = []
    for item in agenda_items(store, meeting["id"]):
        role = item["role"]
        items.append(
            {
                "id": item["id"],
                "number": item["number"],
                "title": item["title"],
                "kind": item["kind"],
                "role": role,
                "notes": item["notes"],
                "decisions": [
                    {"id": row["id"], "text": row["text"]} for row in decisions(store, item["id"])
                ],
                "action_items": [
                    {
                        "id": row["id"],
                        "who": row["who"],
                        "what": row["what"],
                        "due_date": row["due_date"],
                    }
                    for row in action_items(store, item["id"])
                ],
                "links": [
                    {"kind": link["kind"], "id": link["id"], "label": link["label"]}
                    for link in item_links(store, item["id"])
                ],
                "deviation_summary": deviation_summary(store, meeting["id"])
                if role == ROLE_DEVIATIONS
                else None,
                "action_plan_summary": action_plan_summary(store, meeting["id"])
                if role == ROLE_ACTION_PLAN
                else None,
                "open_action_items": [
                    {
                        key: row[key]
                        for key in ("id", "meeting_date", "item_title", "who", "what", "due_date")
                    }
                    for row in open_action_items_before(store, meeting["id"])
                ]
                if role == ROLE_PREVIOUS_MINUTES
                else None,
            }
        )
    return {
        "format": SNAPSHOT_FORMAT,
        "group": {"id": group["id"], "name": group["name"], "level": group["level"]}
        if group
        else {"id": meeting["group_id"], "name": "", "level": ""},
        "meeting": {
            key: meeting[key]
            for key in (
                "id",
                "title",
                "meeting_date",
                "start_time",
                "end_time",
                "place",
                "kind",
                "approval_date",
            )
        },
        "chair": _person_entry(store, meeting["chair_person_id"]),
        "secretary": _person_entry(store, meeting["secretary_person_id"]),
        "adjusters": [
            entry
            for entry in (
                _person_entry(store, meeting["adjuster1_person_id"]),
                _person_entry(store, meeting["adjuster2_person_id"]),
            )
            if entry
        ],
        "attendance": [
            {
                key: row[key]
                for key in ("id", "person_id", "name", "organisation_name", "function", "presence")
            }
            for row in attendance(store, meeting["id"])
        ],
        "items": items,
    }


def canonical_json(content: dict[str, Any]) -> str:
    return json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def checksum_of(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def reopenings(store: Store, meeting_id: str) -> list[dict[str, Any]]:
    return list(
        store.db.query(
            "SELECT reopened_at, reopened_by, reason, previous_checksum FROM meeting_reopenings"
            " WHERE meeting_id = ? AND deleted = 0 ORDER BY reopened_at, id",
            [meeting_id],
        )
    )


def _readable_frozen_content(store: Store, meeting: dict[str, Any]) -> dict[str, Any] | None:
    """The frozen protocol when it parses to a document of the expected shape, else None."""
    if not is_locked(meeting) or not meeting["locked_content"]:
        return None
    frozen = json_or(meeting["locked_content"], {})
    if not frozen or not set(_content(store, meeting)) <= set(frozen):
        return None
    return dict(frozen)


def meeting_document(store: Store, meeting_id: str) -> dict[str, Any]:
    """The whole meeting as plain data (for the PDF and the GUI).

    A locked meeting gives its frozen content exactly as approved; `lock`
    then holds the approval date, time of locking and checksum.
    """
    meeting = get_meeting(store, meeting_id)
    frozen = _readable_frozen_content(store, meeting)
    if frozen is not None:
        document = frozen
        document["lock"] = {
            "locked_at": meeting["locked_at"],
            "approval_date": meeting["approval_date"],
            "checksum": meeting["locked_checksum"],
            "intact": lock_intact(store, meeting),
            "signed_by": _lock_fingerprint(meeting),
        }
    else:
        document = _content(store, meeting)
        document["lock"] = None
        if is_locked(meeting):
            # A frozen copy that cannot be read (an old or damaged database) is shown as
            # the meeting is now, never as justerat.
            document["lock"] = {
                "locked_at": meeting["locked_at"],
                "approval_date": meeting["approval_date"],
                "checksum": meeting["locked_checksum"],
                "intact": False,
            }
    document["reopenings"] = reopenings(store, meeting_id)
    return document


def lock_meeting(store: Store, meeting_id: str, approval_date: str | date | None = None) -> str:
    """Justera: freeze the content with its checksum. Returns the checksum."""
    from narvard_desktop.services.group_keys import group_signer
    from narvard_desktop.signing import sign_lock

    meeting = _editable_meeting(store, meeting_id)
    group_id = store.require_group_id()
    signer = group_signer(store)
    approved = _iso_date(approval_date) or meeting["approval_date"] or clock.today().isoformat()
    require_justering_ready(store, meeting, approved)
    with store.db.atomic():
        update_record(store.db, "meetings", meeting_id, group_id, {"approval_date": approved})
        content = canonical_json(_content(store, get_meeting(store, meeting_id)))
        checksum = checksum_of(content)
        update_record(
            store.db,
            "meetings",
            meeting_id,
            group_id,
            {
                "locked_at": utc_now(),
                "locked_content": content,
                "locked_checksum": checksum,
                "locked_signature": sign_lock(signer, content),
            },
        )
    return checksum


def reopen_meeting(store: Store, meeting_id: str, reason: str, by: str | None = None) -> str:
    """Unlock an approved meeting; the reason is required and logged. Returns the log row id."""
    meeting = get_meeting(store, meeting_id)
    group_id = store.require_group_id()
    _require_own(store, meeting)
    if not is_locked(meeting):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The meeting is not locked."))
    text = (reason or "").strip()
    if not text:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Give a reason for reopening the approved meeting.")
        )
    with store.db.atomic():
        log_id = insert_record(
            store.db,
            "meeting_reopenings",
            group_id,
            {
                "meeting_id": meeting_id,
                "reopened_at": utc_now(),
                "reopened_by": _optional_text(by),
                "reason": text,
                "previous_checksum": meeting["locked_checksum"],
            },
        )
        update_record(
            store.db,
            "meetings",
            meeting_id,
            group_id,
            {
                "locked_at": None,
                "locked_content": None,
                "locked_checksum": None,
                "locked_signature": None,
            },
        )
    return log_id


def verify_lock(store: Store, meeting_id: str) -> bool | None:
    """True when the frozen content still matches its checksum and the owning group's
    signature; None when not locked."""
    meeting = get_meeting(store, meeting_id)
    if not is_locked(meeting):
        return None
    return lock_intact(store, meeting)


def lock_intact(store: Store, meeting: dict[str, Any]) -> bool:
    """Checksum and signature (by any key the owning group has used) both fit."""
    content = meeting["locked_content"] or ""
    if checksum_of(content) != meeting["locked_checksum"]:
        return False
    # Loaded here: the cryptography library costs a start-up 30 ms it does not need.
    from narvard_desktop.signing import keys_of_group, lock_signed_by

    keys = [row.public_key for row in keys_of_group(store.db, meeting["group_id"])]
    return lock_signed_by(meeting.get("locked_signature"), content, keys)


def _lock_fingerprint(meeting: dict[str, Any]) -> str | None:
    try:
        stored = json.loads(meeting.get("locked_signature") or "null")
    except ValueError:
        return None
    return stored.get("fingerprint") if isinstance(stored, dict) else None


class TamperedLockError(ValidationError):
    message_source = QT_TRANSLATE_NOOP(
        "Errors",
        "The approved (justerat) protocol of {date} has been changed after justering: its "
        "content no longer matches the group's signature, so it cannot be trusted. "
        "Restore a backup, or reopen the meeting (logged) and approve it again.",
    )


def require_intact_lock(store: Store, meeting_id: str) -> None:
    if verify_lock(store, meeting_id) is False:
        meeting = get_meeting(store, meeting_id)
        raise TamperedLockError(date=meeting.get("meeting_date") or "")
