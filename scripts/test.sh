#!/usr/bin/env bash
# Set up (first time) and run the whole test suite, lint included. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
.venv/bin/ruff check narvard_desktop tests bench scripts
.venv/bin/ruff format --check narvard_desktop tests bench scripts
.venv/bin/python -m pytest "$@"
