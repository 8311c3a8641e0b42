#!/usr/bin/env bash
# Set up a fresh virtual environment and run the main job: the simcheck service on 127.0.0.1:8000
# with the committed rule packs and model (open http://127.0.0.1:8000/ for the coders' form).
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".[service]"
exec .venv/bin/simcheck serve --host 127.0.0.1 --port "${PORT:-8000}"
