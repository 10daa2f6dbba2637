#!/usr/bin/env bash
# Build the one-folder bundle of this platform with PyInstaller: dist/narvard-desktop/
# (and on macOS dist/Närvård Samverkan.app). Installs the `bundle` extra into .venv first.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --bundle
echo "Bygger programpaketet med PyInstaller (ca 2–4 min) …"
log=build/pyinstaller.log
mkdir -p build
if ! .venv/bin/pyinstaller --noconfirm --clean --log-level WARN packaging/narvard-desktop.spec >"$log" 2>&1; then
    tail -40 "$log" >&2
    echo "Bygget misslyckades; hela loggen: $log" >&2
    exit 1
fi
echo "Klart: dist/narvard-desktop/ ($(du -sh dist/narvard-desktop | cut -f1))"
