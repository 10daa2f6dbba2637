"""The command line speaks Swedish by default: kind names, help texts, argparse's own words."""

from __future__ import annotations

import argparse
import json
from datetime import timedelta

import pytest
from pypdf import PdfReader

from narvard_desktop import clock
from narvard_desktop.cli import _parser, main
from narvard_desktop.cli_help import HELP_CONTEXT, TranslatedHelpFormatter
from narvard_desktop.i18n import set_language, translate
from narvard_desktop.services import meetings as m
from narvard_desktop.services.group_setup import GroupSetup, create_group
from narvard_desktop.store import Store


def run_cli(capsys, *args):
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def setup_group(data_dir):
    with Store(data_dir) as store:
        create_group(store, GroupSetup("lokal", "Närvårdssamverkan Borås", "1490"))
    return data_dir


def pdf_text(path) -> str:
    return " ".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def test_summary_names_the_kinds_in_swedish_and_keeps_table_names_in_json(capsys, setup_group):
    code, out, _ = run_cli(capsys, "--data-dir", str(setup_group), "summary")
    assert code == 0
    first_words = [line.split("  ")[0].strip() for line in out.splitlines()]
    assert "Avvikelser" in first_words and "Grupper" in first_words
    assert "deviations" not in out and "action_plans" not in out
    groups_line = next(line for line in out.splitlines() if line.startswith("Grupper"))
    assert groups_line.split()[-1] == "1"

    code, out, _ = run_cli(capsys, "--data-dir", str(setup_group), "summary", "--json")
    assert code == 0
    assert json.loads(out)["groups"] == 1 and "deviations" in json.loads(out)


def test_summary_in_english_uses_english_kind_names(capsys, setup_group):
    code, out, _ = run_cli(capsys, "--lang", "en", "--data-dir", str(setup_group), "summary")
    assert code == 0
    assert any(line.startswith("Deviations") for line in out.splitlines())
    assert "Avvikelser" not in out


@pytest.mark.parametrize("command", ["protocol", "kallelse"])
def test_meeting_next_writes_the_next_meeting_from_today(capsys, setup_group, tmp_path, command):
    today = clock.today()
    with Store(setup_group) as store:
        m.create_meeting(store, today - timedelta(days=20), place="Förra salen")
        m.create_meeting(store, today + timedelta(days=40), place="Senare salen")
        m.create_meeting(store, today + timedelta(days=10), place="Nästa salen")
    out_file = tmp_path / f"{command}.pdf"
    code, out, err = run_cli(
        capsys,
        "--data-dir",
        str(setup_group),
        command,
        "--meeting",
        "next",
        "--out",
        str(out_file),
    )
    assert (code, err) == (0, "")
    assert str(out_file) in out
    text = pdf_text(out_file)
    assert "Nästa salen" in text
    assert "Senare salen" not in text and "Förra salen" not in text


def test_meeting_next_without_a_coming_meeting_says_so_in_swedish(capsys, setup_group, tmp_path):
    with Store(setup_group) as store:
        m.create_meeting(store, clock.today() - timedelta(days=3))
    out_file = tmp_path / "p.pdf"
    code, _, err = run_cli(
        capsys,
        "--data-dir",
        str(setup_group),
        "protocol",
        "--meeting",
        "next",
        "--out",
        str(out_file),
    )
    assert code == 2
    assert err.strip() == translate("Errors", "The group has no coming meeting.")
    assert err.strip() != "The group has no coming meeting."
    assert not out_file.exists()


def test_help_is_swedish_by_default_and_english_with_lang_en(capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["--help"])
    assert stopped.value.code == 0
    swedish = capsys.readouterr().out
    assert swedish.startswith("användning: narvard-desktop")
    assert "flaggor:" in swedish and "visa den här hjälpen och avsluta" in swedish
    assert "skapa gruppen som äger datamappen" in swedish
    assert "set up the group" not in swedish and "usage:" not in swedish

    with pytest.raises(SystemExit):
        main(["--lang", "en", "--help"])
    english = capsys.readouterr().out
    assert english.startswith("usage: narvard-desktop")
    assert "set up the group that owns the data folder" in english


def test_a_command_help_and_argparse_errors_are_swedish(capsys):
    with pytest.raises(SystemExit):
        main(["protocol", "--help"])
    out = capsys.readouterr().out
    assert "'next' (nästa möte från och med i dag)" in out
    assert "den PDF-fil som ska skrivas" in out

    with pytest.raises(SystemExit) as stopped:
        main(["protocol"])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert "fel: de här argumenten krävs: --meeting, --out" in err


def _every_help_text(parser: argparse.ArgumentParser) -> list[str]:
    texts = [parser.description or ""]
    for action in parser._actions:
        if action.help and action.help is not argparse.SUPPRESS:
            texts.append(action.help)
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                texts.append(choice.help)
            for sub in action.choices.values():
                texts.extend(_every_help_text(sub))
    return texts


def test_every_help_text_of_every_command_has_a_swedish_translation():
    set_language("en")
    parser, _ = _parser()
    assert parser.formatter_class is TranslatedHelpFormatter
    english = [text for text in _every_help_text(parser) if text and "{" not in text]
    assert len(english) > 40
    set_language("sv")
    untranslated = [text for text in english if translate(HELP_CONTEXT, text) == text]
    # The top-level description is formatted with the version before it is shown.
    untranslated = [text for text in untranslated if not text.startswith("Närvård Samverkan")]
    assert untranslated == []
