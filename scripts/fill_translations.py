"""Fill unfinished entries of a .ts catalogue from a JSON file of {"Context|source": "text"}.

A plural message (`tr("... %n ...", "", n)`) takes a list: ["one form", "other form"].

Used while writing translations in bulk; Qt Linguist (pyside6-linguist) edits the same file.
Usage: python scripts/fill_translations.py narvard_desktop/resources/translations/narvard_sv.ts mapping.json
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ElementTree


def main(ts_path: str, mapping_path: str) -> int:
    with open(mapping_path, encoding="utf-8") as handle:
        mapping = json.load(handle)
    tree = ElementTree.parse(ts_path)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            key = f"{name}|{source}"
            if key in mapping:
                value = mapping[key]
                if message.get("numerus") == "yes":
                    forms = value if isinstance(value, list) else [value, value]
                    for form in list(translation):
                        translation.remove(form)
                    for text in forms:
                        ElementTree.SubElement(translation, "numerusform").text = text
                else:
                    translation.text = value
                translation.attrib.pop("type", None)
            elif translation.get("type") == "unfinished":
                missing.append(key)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    for key in missing:
        print("untranslated:", key.replace("\n", "\\n"))
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main(*sys.argv[1:3]))
