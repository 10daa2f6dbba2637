#!/usr/bin/env bash
# Smoke test of the PyInstaller bundle of this platform: build it (scripts/build_bundle.sh),
# then run scripts/smoke.py against dist/narvard-desktop/narvard-desktop-cli and the window's
# narvard-desktop, Excel included. Prints build time, bundle size and time to first window.
#   scripts/smoke_bundle.sh              build, then test
#   scripts/smoke_bundle.sh --no-build   test the bundle already in dist/
# Not part of scripts/test.sh: a build takes 2–4 minutes and ~300 MB of disk.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
if [ "${1:-}" != "--no-build" ]; then
    started=$SECONDS
    scripts/build_bundle.sh
    echo "build time: $((SECONDS - started)) s"
fi
bundle=dist/narvard-desktop
suffix=""
case "$(uname -s)" in MINGW*|MSYS*|CYGWIN*) suffix=".exe" ;; esac
[ -x "$bundle/narvard-desktop-cli$suffix" ] || { echo "no bundle in $bundle" >&2; exit 1; }
echo "bundle size: $(du -sh "$bundle" | cut -f1) ($(find "$bundle" -type f | wc -l) files)"
scripts/setup.sh --test
scratch=$(mktemp -d "${TMPDIR:-/tmp}/narvard-bundle-smoke.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
(cd "$scratch" && "$root/.venv/bin/python" "$root/scripts/smoke.py" \
    --cli "$root/$bundle/narvard-desktop-cli$suffix" \
    --gui "$root/$bundle/narvard-desktop$suffix" --work "$scratch/work")
