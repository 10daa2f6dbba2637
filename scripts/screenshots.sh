#!/usr/bin/env bash
# Pictures of every main view and every dialog at the default window size (1200×780), in
# Swedish and in English, into docs/screenshots/sv/ and docs/screenshots/en/ (same names),
# in a real X11 window on a virtual screen. Each picture is checked as it is taken: a cut
# label, button, header or combo, a text in the other language or a count in the wrong
# plural form is listed and the script exits non-zero. Needs Debian's xvfb (installed here
# when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
if ! command -v xvfb-run >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq xvfb xauth >/dev/null
    else echo "Install Xvfb first: sudo apt-get install xvfb xauth" >&2; exit 1; fi
fi
out="${1:-docs/screenshots}"
status=0
for language in sv en; do
    # The demo data is anchored on a fixed day and the clock pinned to it: the same
    # pictures each time.
    NARVARD_TODAY=2026-11-23 QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1200x780x24" \
        .venv/bin/python scripts/screenshots.py "$language" "$out" || status=1
    # The Redigera menu naming what Ctrl+Z will undo (a menu needs the whole screen).
    NARVARD_TODAY=2026-11-23 QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1200x780x24" \
        .venv/bin/python scripts/screenshots_help.py "$language" "$out" || status=1
done
exit $status
