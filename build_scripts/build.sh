#!/usr/bin/env bash
# Build the one-folder bundle dist/shequ/ (the `shequ` executable and _internal/) with PyInstaller.
#
#   bash build_scripts/build.sh
#
# Uses .venv (made by build_scripts/dev.sh; brought to requirements.lock here, PyInstaller
# included), builds the translations, runs build_scripts/shequ.spec, then prints
# the bundle's size and its ten largest items. Work files go to build/, the bundle to dist/
# (both ignored by git). Check the result with build_scripts/smoke_test.sh dist/shequ.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if [ ! -x .venv/bin/python ]; then
  echo "No .venv yet: run 'bash build_scripts/dev.sh test' (or run) first." >&2
  exit 1
fi
bash build_scripts/install_locked.sh  # the bundle holds exactly what requirements.lock pins
.venv/bin/python build_scripts/build_translations.py release >/dev/null  # resources/translations/*.qm

rm -rf dist/shequ
.venv/bin/python -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller build_scripts/shequ.spec

bundle=dist/shequ
size_mb=$(du -sm "$bundle" | cut -f1)
echo
echo "Bundle: $bundle  ${size_mb} MB"
set +o pipefail  # `head` closes the pipe early: not a failure
echo "Largest items in _internal/ (MB):"
(cd "$bundle/_internal" && du -sm -- * | sort -rn | head -10)
echo "Largest files (MB):"
(cd "$bundle/_internal" && find . -type f -printf '%s %p\n' | sort -rn | head -10 \
  | awk '{ printf "%.1f\t%s\n", $1 / 1048576, $2 }')
