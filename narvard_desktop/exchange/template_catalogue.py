"""The county's organisation catalogue read from its template file before the group exists.

The setup wizard proposes the new group's organisations from the catalogue, but a new
data folder has received nothing yet. The wizard may read the catalogue out of the
county's (or the delregion's) template file: the file is checked exactly as an import
checks it (every part's checksum, the signature, the sender's pinned key; a new sender's
key only with the fingerprint the user has checked by phone), the sender must be above
the level chosen, and only the catalogue is kept. The plan itself is adopted later
through an ordinary import.
"""

from __future__ import annotations

from pathlib import Path

from narvard_desktop.exchange.errors import ExchangeFileError, WrongPackageKindError
from narvard_desktop.exchange.export import LEVEL_RANK
from narvard_desktop.exchange.file_failures import check_before_opening, explain
from narvard_desktop.exchange.format import CATALOGUE_PART_KEY, KIND_TEMPLATE
from narvard_desktop.exchange.templates import R_TEMPLATE_FROM_ABOVE
from narvard_desktop.exchange.trust import (
    UnknownSenderKeyError,
    pin_confirmed_key,
    trusted_sender,
)
from narvard_desktop.exchange.validate import read_package
from narvard_desktop.i18n import QT_TRANSLATE_NOOP
from narvard_desktop.services.organisation_catalogue import adopt_catalogue, usable_entries
from narvard_desktop.store import Store
from narvard_desktop.store.changes import note_everything

R_NOT_A_TEMPLATE = QT_TRANSLATE_NOOP(
    "Exchange", "it is not a template file; the catalogue comes with the county's templates."
)


def read_template_catalogue(
    store: Store, path: Path, level: str, trust_new_key: str | None = None
) -> int:
    """Keep the catalogue a template file carries; returns how many entries it held.

    Raises UnknownSenderKeyError (with the sender's name, level, fingerprint and phone
    code) when the sender's key is new here and `trust_new_key` is not its fingerprint.
    """
    path = Path(path)
    own_id = store.own_group_id or ""
    db = store.db
    try:
        check_before_opening(path)
        package = read_package(path, db)
        if package.kind != KIND_TEMPLATE:
            raise WrongPackageKindError(file=package.file_name, reason=R_NOT_A_TEMPLATE)
        with db.atomic():
            if trust_new_key:
                try:
                    trusted_sender(db, own_id, package)
                except UnknownSenderKeyError:
                    pin_confirmed_key(db, store.reference, package, trust_new_key)
            trusted = trusted_sender(db, own_id, package)
            if LEVEL_RANK[trusted.identity["level"]] <= LEVEL_RANK[level]:
                raise WrongPackageKindError(file=package.file_name, reason=R_TEMPLATE_FROM_ABOVE)
            entries = (package.reference or {}).get(CATALOGUE_PART_KEY) or []
            adopt_catalogue(db, own_id, trusted.identity, entries)
    except ExchangeFileError:
        raise
    except Exception as error:  # noqa: BLE001 - one file, one sentence
        raise explain(path, error) from error
    note_everything(db)
    return len(usable_entries(entries))
