#!/usr/bin/env bash
# Make requirements.lock from pyproject.toml: every package pinned, with the hashes of all its
# files (every platform, so the Windows build installs from the same lock). dev.sh, build.sh
# and CI install only from it (pip --require-hashes). Run after changing a dependency:
#
#   bash build_scripts/lock.sh             # keep what is pinned where pyproject.toml still allows it
#   bash build_scripts/lock.sh --upgrade   # take the newest versions pyproject.toml allows
#
# then run the tests and build_scripts/audit.py, and commit both files.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
exec .venv/bin/uv pip compile pyproject.toml --extra dev --universal --python-version 3.11 \
  --generate-hashes --quiet --output-file requirements.lock "$@"
