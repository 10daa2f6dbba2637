"""`members`: list the group's members, or add one (`members add --name … --role …`)."""

from __future__ import annotations

import argparse
import json

from narvard_desktop.commands import open_store
from narvard_desktop.i18n import QT_TRANSLATE_NOOP, translate

NAME = "members"
HELP = QT_TRANSLATE_NOOP("CliHelp", "list the group's members, or add one with 'members add'")

_ROLE_WORDS = {
    "ordinarie": "member",
    "ordinarie ledamot": "member",
    "ledamot": "member",
    "ersättare": "deputy",
    "adjungerad": "co_opted",
    "sekreterare": "secretary",
    "ordförande": "chair",
    "vice ordförande": "vice_chair",
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--json", action="store_true", help=QT_TRANSLATE_NOOP("CliHelp", "print JSON")
    )
    parser.add_argument(
        "--all",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CliHelp", "also list members who have left"),
    )
    actions = parser.add_subparsers(dest="action")
    add = actions.add_parser(
        "add", help=QT_TRANSLATE_NOOP("CliHelp", "add a member to the group's register")
    )
    add.add_argument(
        "--name", required=True, help=QT_TRANSLATE_NOOP("CliHelp", "first and last name")
    )
    add.add_argument(
        "--organisation",
        help=QT_TRANSLATE_NOOP("CliHelp", "the organisation's name as in the register"),
    )
    add.add_argument(
        "--role",
        default="member",
        help=QT_TRANSLATE_NOOP(
            "CliHelp",
            "member, deputy, co_opted, secretary, chair or vice_chair (or the Swedish word)",
        ),
    )
    add.add_argument("--function", help=QT_TRANSLATE_NOOP("CliHelp", "function or title"))
    add.add_argument("--email", help=QT_TRANSLATE_NOOP("CliHelp", "e-mail address"))
    add.add_argument(
        "--from", dest="active_from", help=QT_TRANSLATE_NOOP("CliHelp", "member from (YYYY-MM-DD)")
    )
    add.add_argument(
        "--to", dest="active_to", help=QT_TRANSLATE_NOOP("CliHelp", "member until (YYYY-MM-DD)")
    )


def _role(text: str) -> str:
    return _ROLE_WORDS.get(text.strip().casefold(), text.strip())


def run(args: argparse.Namespace) -> int:
    from narvard_desktop.services import members

    with open_store(args) as store:
        if args.action == "add":
            person_id = members.add_member(
                store,
                args.name,
                organisation_id=args.organisation,
                role=_role(args.role),
                function=args.function,
                email=args.email,
                active_from=args.active_from,
                active_to=args.active_to,
            )
            if args.json:
                print(json.dumps({"id": person_id}))
            else:
                message = translate("Cli", QT_TRANSLATE_NOOP("Cli", "Added {name} ({id})."))
                print(message.format(name=args.name.strip(), id=person_id))
            return 0
        rows = members.list_members(store, include_inactive=args.all, own_only=True)
    keys = (
        "id",
        "name",
        "organisation",
        "function",
        "role",
        "email",
        "active_from",
        "active_to",
        "active",
    )
    listed = [{key: row[key] for key in keys} for row in rows]
    if args.json:
        print(json.dumps(listed, ensure_ascii=False, indent=2))
        return 0
    for row in listed:
        print(
            "\t".join(
                str(row[key] or "") for key in ("name", "organisation", "role", "function", "email")
            )
        )
    return 0
