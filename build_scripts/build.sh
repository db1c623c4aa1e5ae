#!/usr/bin/env bash
# Build the one-folder bundle dist/shequ/ (the `shequ` executable and _internal/) with PyInstaller.
#
#   bash build_scripts/build.sh          # the bundle
#   bash build_scripts/build.sh --deb    # and the Debian package dist/shequ_<version>_<arch>.deb
#
# Uses .venv (made by build_scripts/dev.sh; brought to requirements.lock here, PyInstaller
# included), builds the translations, runs build_scripts/shequ.spec, signs the Windows
# executables when a certificate is given (build_scripts/sign.sh: SHEQU_SIGN_CERT …; it says
# "not signed" otherwise), then prints the bundle's size and its ten largest items, the package's
# size with --deb (build_scripts/make_deb.sh), and whether it signed. Work files go to build/, the
# bundle to dist/ (both ignored by git). Check the result with build_scripts/smoke_test.sh dist/shequ
# (and build_scripts/smoke_deb.sh for the package).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

make_deb=0
for argument in "$@"; do
  case "$argument" in
    --deb) make_deb=1 ;;
    *) echo "usage: bash build_scripts/build.sh [--deb]" >&2; exit 2 ;;
  esac
done

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
echo
signing="$(bash build_scripts/sign.sh "$bundle")"  # the Windows .exe files; a Linux bundle has none
echo "$signing"
size_mb=$(du -sm "$bundle" | cut -f1)
echo
echo "Bundle: $bundle  ${size_mb} MB"
set +o pipefail  # `head` closes the pipe early: not a failure
echo "Largest items in _internal/ (MB):"
(cd "$bundle/_internal" && du -sm -- * | sort -rn | head -10)
echo "Largest files (MB):"
(cd "$bundle/_internal" && find . -type f -printf '%s %p\n' | sort -rn | head -10 \
  | awk '{ printf "%.1f\t%s\n", $1 / 1048576, $2 }')
set -o pipefail

if [ "$make_deb" = 1 ]; then
  echo
  bash build_scripts/make_deb.sh "$bundle" dist | sed '$d'  # its last line repeats the path
fi
echo
echo "Signing: $(echo "$signing" | tail -n 1)"
