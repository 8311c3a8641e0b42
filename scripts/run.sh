#!/usr/bin/env bash
# Set up a fresh virtual environment and run the main job: check the bundled example note.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e .
.venv/bin/simcheck check "${1:-src/simcheck/examples/complex_simulation.txt}"
