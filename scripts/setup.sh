#!/usr/bin/env bash
# Set up everything the program needs in .venv; safe to run any number of times.
#   scripts/setup.sh          the program
#   scripts/setup.sh --test   the program and the test tools
set -euo pipefail
cd "$(dirname "$0")/.."

extras=""
[ "${1:-}" = "--test" ] && extras="[test]"

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
    missing=()
    for library in "${!package_for[@]}"; do
        ldconfig -p 2>/dev/null | grep -q "$library" || missing+=("${package_for[$library]}")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        if [ "$(id -u)" = 0 ]; then sudo_cmd=""; elif sudo -n true 2>/dev/null; then sudo_cmd="sudo"; else sudo_cmd="none"; fi
        if [ "$sudo_cmd" = none ]; then
            echo "Qt needs these system packages: ${missing[*]}" >&2
            echo "Install them with: sudo apt-get install ${missing[*]}" >&2
        else
            echo "Installing system libraries for Qt: ${missing[*]}"
            $sudo_cmd apt-get update -qq
            DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
        fi
    fi
fi

python=${PYTHON:-python3}
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    echo "Närvård Samverkan needs Python 3.11 or newer ($python is older or missing)." >&2
    exit 1
fi
[ -x .venv/bin/python ] || "$python" -m venv .venv
stamp=".venv/.installed$extras"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    .venv/bin/python -m pip install --quiet --upgrade pip
    .venv/bin/python -m pip install --quiet -e ".$extras"
    touch "$stamp"
fi
