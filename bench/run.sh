#!/usr/bin/env bash
# The county benchmark: builds (or reuses) the generated data set, prints one table of
# ratios to baselines measured in the same run, and writes the figures as JSON.
#   bench/run.sh              the county: 49 groups, about 60 000 avvikelser
#   bench/run.sh --quick      3 small groups, about a minute (run by scripts/test.sh)
#   bench/run.sh --seed 7 --json figures.json
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
exec .venv/bin/python bench/run_bench.py "$@"
