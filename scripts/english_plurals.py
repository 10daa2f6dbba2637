"""Fill the English plural catalogue (narvard_en.ts) so "%n file(s)" reads "1 file", "2 files".

English is the source language, so English needs a catalogue only for the messages
with a count (`tr("… %n …", "", n)`): scripts/update_translations.sh collects them with
`lupdate -pluralonly` and runs this script. A source marks the plural ending as
"(s)" or "y(ies)"; a message whose other words change too ("was/were") is written out
in FORMS. Usage: python scripts/english_plurals.py narvard_desktop/resources/translations/narvard_en.ts
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ElementTree

# "Context|source": [one, other] where the marker rule alone would read wrong.
FORMS: dict[str, list[str]] = {
    "PrivacyScanDialog|%n text(s) look like they hold a personal identity number or coordination number. Open each record and remove the number: such texts cannot leave the group.": [
        "%n text looks like it holds a personal identity number or coordination number. Open the record and remove the number: such a text cannot leave the group.",
        "%n texts look like they hold a personal identity number or coordination number. Open each record and remove the number: such texts cannot leave the group.",
    ],
    "ImportPreviewDialog|%n problem(s) were found, so nothing will be imported. Correct the rows below in the file and try again.": [
        "%n problem was found, so nothing will be imported. Correct the row below in the file and try again.",
        "%n problems were found, so nothing will be imported. Correct the rows below in the file and try again.",
    ],
    "ExcelTransfer|For sharing: %n text(s) holding a personnummer or samordningsnummer were left out.": [
        "For sharing: %n text holding a personnummer or samordningsnummer was left out.",
        "For sharing: %n texts holding a personnummer or samordningsnummer were left out.",
    ],
    "ExportDialog|%n text(s) not sent because they contain a personal identity number": [
        "%n text not sent because it contains a personal identity number",
        "%n texts not sent because they contain a personal identity number",
    ],
    "PrivacyHint|The text holds %n personal identity number(s). Remove them: describe what happened, never who.": [
        "The text holds %n personal identity number. Remove it: describe what happened, never who.",
        "The text holds %n personal identity numbers. Remove them: describe what happened, never who.",
    ],
    "AreaTab|%n text(s) that looked like a personnummer were left out.": [
        "%n text that looked like a personnummer was left out.",
        "%n texts that looked like a personnummer were left out.",
    ],
    "StatisticsImportDialog|%n row(s) of other areas are left out.": [
        "%n row of other areas is left out.",
        "%n rows of other areas are left out.",
    ],
}

_IES = re.compile(r"y\(ies\)")
_S = re.compile(r"\(s\)")


def forms_by_rule(source: str) -> list[str]:
    one = _S.sub("", _IES.sub("y", source))
    other = _S.sub("s", _IES.sub("ies", source))
    return [one, other]


def main(ts_path: str) -> int:
    tree = ElementTree.parse(ts_path)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            if message.get("numerus") != "yes":
                continue
            source = message.findtext("source") or ""
            forms = FORMS.get(f"{name}|{source}") or forms_by_rule(source)
            translation = message.find("translation")
            if translation is None:
                translation = ElementTree.SubElement(message, "translation")
            for form in list(translation):
                translation.remove(form)
            translation.text = None
            for text in forms:
                ElementTree.SubElement(translation, "numerusform").text = text
            translation.attrib.pop("type", None)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
