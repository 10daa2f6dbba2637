#!/usr/bin/env bash
# Set up (first time) and run the whole test suite: lint, type check of the core, and pytest.
#   scripts/test.sh            everything: the suite once for each of the pinned days below,
#                              then the smoke test of the built wheel (scripts/smoke_wheel.sh)
#   scripts/test.sh ARGS…      lint and types, then pytest ARGS… once (clock on 2026-12-01)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
.venv/bin/ruff check narvard_desktop tests bench scripts
.venv/bin/ruff format --check narvard_desktop tests bench scripts
.venv/bin/mypy
if [ $# -gt 0 ]; then
    exec .venv/bin/python -m pytest "$@"
fi
# No test may depend on the real date: the suite runs with the core's clock pinned to the
# first of a month, a new year, a leap day and a minute before midnight on New Year's Eve.
for day in 2026-12-01 2027-01-01 2028-02-29 2026-12-31T23:59; do
    echo "== The whole suite with the clock pinned to $day"
    NARVARD_TEST_TODAY=$day .venv/bin/python -m pytest -q -p no:cacheprovider
done

# --- Built artefacts ------------------------------------------------------------------------
# The wheel, built from this checkout and installed in a fresh venv outside it, must run every
# command and open the window (about a minute with pip's cache warm).
scripts/smoke_wheel.sh
# --- end of built artefacts -----------------------------------------------------------------

# The benchmarks on a small data set, so they keep running (the figures are not judged here).
echo "== The benchmarks, quick size"
bench/run.sh --quick --repeat 1
