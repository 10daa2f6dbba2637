#!/usr/bin/env bash
# Collect every marked string into narvard_desktop/resources/translations/*.ts, then compile the .qm files the
# program loads. Translate new entries (type="unfinished") in the .ts before releasing.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
BIN=$(dirname "$PY")
mapfile -t sources < <(find narvard_desktop -name '*.py' | sort)
"$BIN/pyside6-lupdate" -no-obsolete "${sources[@]}" -ts narvard_desktop/resources/translations/narvard_sv.ts
"$BIN/pyside6-lrelease" narvard_desktop/resources/translations/narvard_sv.ts -qm narvard_desktop/resources/translations/narvard_sv.qm
# English is the source language; it needs a catalogue only for counts ("1 file", "2 files").
"$BIN/pyside6-lupdate" -no-obsolete -pluralonly -locations none -target-language en "${sources[@]}" -ts narvard_desktop/resources/translations/narvard_en.ts
"$PY" scripts/english_plurals.py narvard_desktop/resources/translations/narvard_en.ts
"$BIN/pyside6-lrelease" narvard_desktop/resources/translations/narvard_en.ts -qm narvard_desktop/resources/translations/narvard_en.qm
