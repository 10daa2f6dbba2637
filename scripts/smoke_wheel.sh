#!/usr/bin/env bash
# Smoke test of the wheel: build it from this checkout, install it in a fresh venv outside
# the checkout (no editable install, no source on the path), then run scripts/smoke.py
# against the installed `narvard-desktop`: every command a facilitator uses and the window.
# About a minute with a warm pip cache. Part of scripts/test.sh (CI); alone:
#   scripts/smoke_wheel.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
# The checks themselves (openpyxl, for one) run in the checkout's .venv.
scripts/setup.sh --test
python=${PYTHON:-python3}
# The venv is ~0.7 GB of small files: on a memory file system (where one with room exists)
# installing and removing it takes seconds instead of a minute on a busy disk.
base=${TMPDIR:-/tmp}
if [ -d /dev/shm ] && [ -w /dev/shm ] && [ "$(df -Pk /dev/shm | awk 'NR==2 {print $4}')" -gt 3000000 ]; then
    base=/dev/shm
fi
scratch=$(mktemp -d "$base/narvard-wheel-smoke.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
log="$scratch/pip.log"
quiet_or_log() {
    if ! "$@" >>"$log" 2>&1; then
        tail -40 "$log" >&2
        exit 1
    fi
}

echo "== Wheel: build, install in a fresh venv outside the checkout, smoke test"
started=$SECONDS
quiet_or_log "$python" -m pip wheel --quiet --no-deps --wheel-dir "$scratch/dist" "$root"
wheel=$(ls "$scratch"/dist/narvard_desktop-*.whl)
echo "built $(basename "$wheel") in $((SECONDS - started)) s"
quiet_or_log "$python" -m venv "$scratch/venv"
quiet_or_log "$scratch/venv/bin/python" -m pip install --quiet "$wheel"
# The installed package, not the checkout, must be what runs.
(cd "$scratch" && "$scratch/venv/bin/python" - "$root" <<'PY'
import sys
from pathlib import Path
import narvard_desktop
from narvard_desktop.paths import resources_dir, translations_dir
root = Path(sys.argv[1]).resolve()
package = Path(narvard_desktop.__file__).resolve()
assert root not in package.parents, f"the checkout's package ran: {package}"
for needed in ("reference/manifest.json", "fonts/DejaVuSans.ttf", "fonts/LICENSE-DejaVu.txt",
               "translations/narvard_sv.qm", "icons/narvard-desktop.svg"):
    assert (resources_dir() / needed).is_file(), f"not installed: resources/{needed}"
print(f"installed in {package.parent}")
PY
)
echo "installed in $((SECONDS - started)) s"
(cd "$scratch" && "$root/.venv/bin/python" "$root/scripts/smoke.py" \
    --cli "$scratch/venv/bin/narvard-desktop" --work "$scratch/work")
echo "== Wheel smoke test passed in $((SECONDS - started)) s"
