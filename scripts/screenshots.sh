#!/usr/bin/env bash
# Save a screenshot of every main view (on demo data) to docs/screenshots/, in a real
# X11 window on a virtual screen. Needs Debian's xvfb (installed here when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
if ! command -v xvfb-run >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq xvfb xauth >/dev/null
    else echo "Install Xvfb first: sudo apt-get install xvfb xauth" >&2; exit 1; fi
fi
QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1400x900x24" \
    .venv/bin/python scripts/screenshots.py "${1:-docs/screenshots}"
# The manual, the shortcut list, the undo menu and a chart as a table, at the default size.
for language in sv en; do
    NARVARD_TODAY=2026-11-23 QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1200x780x24" \
        .venv/bin/python scripts/screenshots_help.py "$language" "${1:-docs/screenshots}"
done
