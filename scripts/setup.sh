#!/usr/bin/env bash
# Set up everything the program needs in .venv; safe to run any number of times.
#   scripts/setup.sh            the program
#   scripts/setup.sh --test     the program and the test tools
#   scripts/setup.sh --bundle   the program and the bundle tools (PyInstaller, Pillow)
# One line is printed for each step that does something; what the tools print goes to
# .venv/setup.log and is shown only when a step fails.
set -euo pipefail
cd "$(dirname "$0")/.."

extras=""
case "${1:-}" in
    --test) extras="[test]" ;;
    --bundle) extras="[bundle]" ;;
esac
log=.venv/setup.log

# Run a step quietly; on failure show the end of its output and where the rest is.
quietly() {
    mkdir -p .venv
    if ! "$@" >>"$log" 2>&1; then
        echo "Steget misslyckades. Slutet av loggen ($log):" >&2
        tail -25 "$log" >&2
        exit 1
    fi
}

# Qt needs a few shared libraries that a minimal Debian/Ubuntu lacks. Install only what is
# missing, and only where we may (root, or sudo without a password prompt).
if [ "$(uname -s)" = Linux ] && command -v apt-get >/dev/null 2>&1; then
    declare -A package_for=(
        [libEGL.so.1]=libegl1 [libGL.so.1]=libgl1 [libxkbcommon.so.0]=libxkbcommon0
        [libfontconfig.so.1]=libfontconfig1 [libglib-2.0.so.0]=libglib2.0-0
        [libdbus-1.so.3]=libdbus-1-3 [libX11-xcb.so.1]=libx11-xcb1
        [libxcb-cursor.so.0]=libxcb-cursor0 [libxcb-icccm.so.4]=libxcb-icccm4
        [libxcb-keysyms.so.1]=libxcb-keysyms1 [libxkbcommon-x11.so.0]=libxkbcommon-x11-0
        [libxcb-shape.so.0]=libxcb-shape0 [libxcb-randr.so.0]=libxcb-randr0
        [libxcb-render-util.so.0]=libxcb-render-util0 [libxcb-image.so.0]=libxcb-image0
    )
    # Read the cache once: `ldconfig -p | grep -q` would count a library as missing
    # whenever grep stops early and ldconfig dies of the closed pipe.
    known_libraries=$(ldconfig -p 2>/dev/null || true)
    missing=()
    for library in "${!package_for[@]}"; do
        [[ $known_libraries == *"$library "* ]] || missing+=("${package_for[$library]}")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        if [ "$(id -u)" = 0 ]; then sudo_cmd=""; elif sudo -n true 2>/dev/null; then sudo_cmd="sudo"; else sudo_cmd="none"; fi
        if [ "$sudo_cmd" = none ]; then
            echo "Qt behöver systempaketen: ${missing[*]}" >&2
            echo "Installera dem med: sudo apt-get install ${missing[*]}" >&2
        else
            echo "Installerar systembibliotek för Qt: ${missing[*]} …"
            quietly $sudo_cmd apt-get update -qq
            quietly env DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}"
        fi
    fi
fi

python=${PYTHON:-python3}
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    echo "Närvård Samverkan behöver Python 3.11 eller senare ($python är äldre eller saknas)." >&2
    exit 1
fi
if [ ! -x .venv/bin/python ]; then
    echo "Skapar en egen Python-miljö i .venv …"
    quietly "$python" -m venv .venv
fi
stamp=".venv/.installed$extras"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    case "$extras" in
        "[test]") tools="testverktygen" ;;
        "[bundle]") tools="verktygen för programpaket" ;;
        *) tools="" ;;
    esac
    if [ -f "$stamp" ]; then
        echo "Uppdaterar biblioteken efter ändringar i pyproject.toml …"
    elif ls .venv/.installed* >/dev/null 2>&1; then
        echo "Installerar ${tools:-Närvård Samverkan} (första gången, ca 1 min) …"
    else
        echo "Installerar Närvård Samverkan och dess bibliotek${tools:+ samt $tools} (första gången, ca 1 min) …"
    fi
    quietly .venv/bin/python -m pip install --quiet --upgrade pip
    quietly .venv/bin/python -m pip install --quiet -e ".$extras"
    touch "$stamp"
fi
