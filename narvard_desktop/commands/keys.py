"""`keys`: the group's own key (fingerprint and phone code), the keys pinned for other
groups, the key log; `keys rotate` makes a new key ("ny nyckel"), `keys forget GROUP`
unpins another group's key after talking to it."""

from __future__ import annotations

import argparse
import json

from narvard_desktop.commands import open_store
from narvard_desktop.i18n import QT_TRANSLATE_NOOP, translate

NAME = "keys"
HELP = QT_TRANSLATE_NOOP(
    "CliHelp", "show the group's signing key and the pinned keys of other groups; rotate the key"
)

ORIGINS = {
    "own": QT_TRANSLATE_NOOP("Keys", "own key"),
    "confirmed": QT_TRANSLATE_NOOP("Keys", "confirmed by the user"),
    "directory": QT_TRANSLATE_NOOP("Keys", "from the county's key directory"),
    "rotation": QT_TRANSLATE_NOOP("Keys", "new key signed by the previous one"),
    "vouched": QT_TRANSLATE_NOOP("Keys", "passed on by the level in between"),
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "action",
        nargs="?",
        choices=("show", "rotate", "forget", "log"),
        default="show",
        help=QT_TRANSLATE_NOOP(
            "CliHelp",
            "show (default), rotate the own key, forget another group's key, or show the log",
        ),
    )
    parser.add_argument(
        "group", nargs="?", help=QT_TRANSLATE_NOOP("CliHelp", "with forget: the other group's id")
    )
    parser.add_argument(
        "--lost",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "CliHelp",
            "with rotate: the old key file is lost, so the receivers must confirm the new key",
        ),
    )
    parser.add_argument(
        "--json", action="store_true", help=QT_TRANSLATE_NOOP("CliHelp", "print JSON")
    )


def _tr(text: str) -> str:
    return translate("Keys", text)


def run(args: argparse.Namespace) -> int:
    from narvard_desktop.errors import ValidationError
    from narvard_desktop.exchange.trust import forget_key
    from narvard_desktop.services.group_keys import group_signer
    from narvard_desktop.signing import all_keys, key_log, rotate_key

    with open_store(args) as store:
        group_id = store.require_group_id()
        if args.action == "rotate":
            signer = rotate_key(store.db, store.data_dir, group_id, lost=args.lost)
            print(
                _tr(
                    QT_TRANSLATE_NOOP(
                        "Keys",
                        "New key made. Fingerprint {fingerprint}, phone code {phone}. "
                        "Your next export carries the change, signed by the previous key.",
                    )
                ).format(fingerprint=signer.fingerprint, phone=_phone(signer.public_key))
                if not args.lost
                else _tr(
                    QT_TRANSLATE_NOOP(
                        "Keys",
                        "New key made. Fingerprint {fingerprint}, phone code {phone}. "
                        "Tell the receiving groups: they must confirm this key.",
                    )
                ).format(fingerprint=signer.fingerprint, phone=_phone(signer.public_key))
            )
            return 0
        if args.action == "forget":
            if not args.group:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "Name the group whose key is to be forgotten.")
                )
            count = forget_key(store.db, args.group)
            print(_tr(QT_TRANSLATE_NOOP("Keys", "Keys forgotten: {count}.")).format(count=count))
            return 0
        if args.action == "log":
            for event in key_log(store.db):
                print(
                    f"{event['occurred_at'][:19].replace('T', ' ')}  {event['event']}  "
                    f"{event['group_id']}  {event['fingerprint']}  {event['detail']}"
                )
            return 0
        group_signer(store)
        keys = all_keys(store.db)
    if args.json:
        print(
            json.dumps(
                [dict(key.__dict__, phone_code=key.phone_code) for key in keys],
                indent=2,
                ensure_ascii=False,
            )
        )
        return 0
    for key in keys:
        state = _tr(QT_TRANSLATE_NOOP("Keys", "retired")) if key.retired_at else ""
        print(
            f"{key.name or key.group_id}  ({key.level or '-'})  {key.fingerprint}  "
            f"[{key.phone_code}]  {_tr(ORIGINS.get(key.origin, key.origin))}  {state}".rstrip()
        )
    return 0


def _phone(public_key: str) -> str:
    from narvard_desktop.signing import phone_code

    return phone_code(public_key)
