#!/usr/bin/env bash
# Set up (first time) and start Närvård Samverkan on its default data folder.
# Arguments are passed on, e.g. scripts/run.sh --data-dir ~/provdata --lang en
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
echo "Startar Närvård Samverkan …"
exec .venv/bin/narvard-desktop "$@"
