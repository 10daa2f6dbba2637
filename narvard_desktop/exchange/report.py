"""Plain-text reports of exports and imports (the command line prints them)."""

from __future__ import annotations

from narvard_desktop.exchange.export import ExportResult
from narvard_desktop.exchange.importer import (
    ALREADY_IMPORTED,
    IMPORTED,
    PREVIEWED,
    REFUSED,
    ImportReport,
)
from narvard_desktop.exchange.plan import OUTCOMES
from narvard_desktop.i18n import QT_TRANSLATE_NOOP, translate
from narvard_desktop.record_kinds import kind_label

_CTX = "Exchange"
MAX_LISTED = 20

OUTCOME_LABELS = {
    "new": QT_TRANSLATE_NOOP("Exchange", "New"),
    "updated": QT_TRANSLATE_NOOP("Exchange", "Updated"),
    "unchanged": QT_TRANSLATE_NOOP("Exchange", "Unchanged"),
    "conflict": QT_TRANSLATE_NOOP("Exchange", "Conflict"),
    "rejected": QT_TRANSLATE_NOOP("Exchange", "Rejected"),
}
KIND_HEADER = QT_TRANSLATE_NOOP("Exchange", "Kind")


def _t(text: str) -> str:
    return translate(_CTX, text)


def export_report(result: ExportResult) -> list[str]:
    manifest = result.manifest
    lines = [
        _t(QT_TRANSLATE_NOOP("Exchange", "Wrote {path}: export {sequence} from {group}.")).format(
            path=result.path, sequence=manifest["sequence"], group=manifest["sender"]["name"]
        ),
        _t(QT_TRANSLATE_NOOP("Exchange", "{count} records in all.")).format(
            count=sum(result.counts.values())
        ),
    ]
    for table, count in result.counts.items():
        if count:
            lines.append(f"  {kind_label(table)}: {count}")
    if result.withheld:
        lines.append(
            _t(
                QT_TRANSLATE_NOOP(
                    "Exchange",
                    "{count} texts were withheld because they contain a personal identity "
                    "number. Remove the number and export again to send them:",
                )
            ).format(count=len(result.withheld))
        )
        for item in result.withheld[:MAX_LISTED]:
            lines.append(f"  {kind_label(item.table)} {item.record_id}: {item.column}")
        if len(result.withheld) > MAX_LISTED:
            lines.append(f"  … (+{len(result.withheld) - MAX_LISTED})")
    return lines


def _count_table(counts: dict[str, dict[str, int]]) -> list[str]:
    rows = [(kind, row) for kind, row in counts.items() if any(row.values())]
    if not rows:
        return []
    headers = [_t(KIND_HEADER), *(_t(OUTCOME_LABELS[o]) for o in OUTCOMES)]
    width = max(len(headers[0]), *(len(kind_label(kind)) for kind, _ in rows))
    widths = [max(len(h), 6) for h in headers[1:]]
    lines = [
        "  "
        + headers[0].ljust(width)
        + "".join(f"  {h:>{w}}" for h, w in zip(headers[1:], widths, strict=True))
    ]
    for kind, row in rows:
        cells = "".join(f"  {row[o]:>{w}}" for o, w in zip(OUTCOMES, widths, strict=True))
        lines.append("  " + kind_label(kind).ljust(width) + cells)
    return lines


def import_report(report: ImportReport) -> list[str]:
    name = report.path.name
    if report.outcome == REFUSED:
        message = report.error.user_message() if report.error else ""
        lines = [
            _t(QT_TRANSLATE_NOOP("Exchange", "{file}: refused.")).format(file=name),
            f"  {message}",
        ]
        if report.error is not None and "phone" in report.error.details:
            # A new sender: say how to pin its key once it has been checked.
            hint = QT_TRANSLATE_NOOP(
                "Exchange",
                "When the sender has confirmed the key, import again with "
                '--trust-new-key "{fingerprint}" (or the phone code).',
            )
            lines.append("  " + _t(hint).format(fingerprint=report.error.details["fingerprint"]))
        return lines
    preview = report.preview
    assert preview is not None
    package = preview.package
    sender = package.sender["name"]
    if report.outcome == ALREADY_IMPORTED:
        previous = preview.already_imported
        return [
            _t(
                QT_TRANSLATE_NOOP(
                    "Exchange",
                    "{file}: already imported on {date} (export {sequence} from {sender}). "
                    "Nothing was changed.",
                )
            ).format(
                file=name,
                date=(previous.occurred_at[:10] if previous else ""),
                sequence=package.sequence,
                sender=sender,
            )
        ]
    headline = {
        IMPORTED: QT_TRANSLATE_NOOP(
            "Exchange", "{file}: imported export {sequence} from {sender}."
        ),
        PREVIEWED: QT_TRANSLATE_NOOP(
            "Exchange",
            "{file}: preview of export {sequence} from {sender}. Nothing was changed.",
        ),
    }[report.outcome]
    lines = [_t(headline).format(file=name, sequence=package.sequence, sender=sender)]
    lines += _count_table(preview.counts)
    if report.outcome == IMPORTED and not preview.changes_anything():
        lines.append(
            "  " + _t(QT_TRANSLATE_NOOP("Exchange", "Nothing new: everything was already here."))
        )
    if preview.sequence_gaps:
        lines.append(
            "  "
            + _t(
                QT_TRANSLATE_NOOP(
                    "Exchange",
                    "Exports missing from {sender}: {numbers}. Ask for them if they were sent.",
                )
            ).format(sender=sender, numbers=", ".join(map(str, preview.sequence_gaps)))
        )
    if preview.older_than_imported:
        lines.append(
            "  "
            + _t(
                QT_TRANSLATE_NOOP(
                    "Exchange",
                    "This export is older than one already imported from {sender}; "
                    "newer data has been kept.",
                )
            ).format(sender=sender)
        )
    for note in preview.notes:
        lines.append("  " + _t(note))
    for title, issues in (
        (QT_TRANSLATE_NOOP("Exchange", "Conflicts (not applied): {count}"), preview.conflicts),
        (QT_TRANSLATE_NOOP("Exchange", "Rejected: {count}"), preview.rejected),
    ):
        if not issues:
            continue
        lines.append("  " + _t(title).format(count=len(issues)))
        for issue in issues[:MAX_LISTED]:
            lines.append(f"    {kind_label(issue.table)} {issue.record_id}: {_t(issue.reason)}")
        if len(issues) > MAX_LISTED:
            lines.append(f"    … (+{len(issues) - MAX_LISTED})")
    return lines
