#!/usr/bin/env bash
# Install what Shequ needs into .venv from requirements.lock only: the exact versions pinned
# there, each file checked against its hash (pip --require-hashes), nothing resolved anew; then
# the project itself (editable, no dependencies of its own to fetch). Used by dev.sh and build.sh.
# The lock is made by build_scripts/lock.sh from pyproject.toml.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
.venv/bin/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps \
  --requirement requirements.lock
.venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation --editable .
