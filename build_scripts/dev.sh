#!/usr/bin/env bash
# Set up everything Shequ needs on Debian/Ubuntu and run it.
#
#   bash build_scripts/dev.sh run    # the desktop app on a demo office (./demo-data)
#   bash build_scripts/dev.sh test   # ruff, mypy (strict, db/ and desktop/) and the whole test suite
#
# The city-side tests also run on PostgreSQL when its server is installed (tests/support/pg.py starts
# a throw-away cluster on a Unix socket, no TCP). SHEQU_TEST_POSTGRESQL=required (CI) installs the
# distribution's `postgresql` (without the cluster Debian would make and start) and fails the run when
# it cannot start; =off runs SQLite only; unset (auto) uses PostgreSQL when it is installed.
#
# It makes .venv with Python >= 3.11 and installs the project into it from requirements.lock. System libraries Qt
# needs are installed when run as root; otherwise the exact apt-get line is printed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

mode="${1:-}"
case "$mode" in
  run|test) ;;
  *) echo "usage: bash build_scripts/dev.sh run|test" >&2; exit 2 ;;
esac

# Qt's libraries (offscreen and desktop); to run the app: a Chinese font and Xvfb.
qt_packages="libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3"
screen_packages="fonts-noto-cjk xvfb xauth libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xinerama0 libxcb-xkb1"
# The tests read returns back with poppler (pdftoppm, pdftotext, pdfsig; poppler-data for CJK)
# and decode the printed QR code with zbar (zbarimg).
test_packages="poppler-utils poppler-data zbar-tools"
# tests/build/test_packages.py: the menu entry and MIME types checked by their own tools, signing by osslsigncode
test_packages="$test_packages desktop-file-utils shared-mime-info osslsigncode shellcheck"
if [ "${SHEQU_TEST_POSTGRESQL:-auto}" = "required" ]; then
  test_packages="$test_packages postgresql"  # the server the city-side tests also run on
fi

python_bin=""
for candidate in python3.13 python3.12 python3.11 python3; do
  if command -v "$candidate" >/dev/null 2>&1 \
     && "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    python_bin="$candidate"; break
  fi
done
if [ -z "$python_bin" ]; then
  echo "Python 3.11 or newer is needed: sudo apt-get install python3 python3-venv" >&2
  exit 1
fi

missing=""
wanted="$qt_packages"
if [ "$mode" = "run" ]; then wanted="$wanted $screen_packages"; fi
if [ "$mode" = "test" ]; then wanted="$wanted $test_packages"; fi
if ! "$python_bin" -c 'import ensurepip, venv' >/dev/null 2>&1; then
  wanted="$wanted python3-venv"
fi
if command -v dpkg-query >/dev/null 2>&1; then
  for pkg in $wanted; do
    # libglib2.0-0 became libglib2.0-0t64 on newer releases; accept either.
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" \
       && ! dpkg-query -W -f='${Status}' "${pkg}t64" 2>/dev/null | grep -q "ok installed"; then
      missing="$missing $pkg"
    fi
  done
fi
if [ -n "$missing" ]; then
  if [ "$(id -u)" = "0" ]; then
    echo "Installing system packages:$missing"
    case " $missing " in
      *" postgresql "*)  # no "main" cluster: the tests make their own, on a Unix socket only
        mkdir -p /etc/postgresql-common/createcluster.d
        echo "create_main_cluster = false" > /etc/postgresql-common/createcluster.d/shequ-tests.conf ;;
    esac
    apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
  else
    echo "These system packages are missing. Install them, then run this command again:" >&2
    echo "  sudo apt-get update && sudo apt-get install --no-install-recommends$missing" >&2
    exit 1
  fi
fi

if [ ! -x .venv/bin/python ]; then
  "$python_bin" -m venv .venv
fi
bash build_scripts/install_locked.sh  # exactly what requirements.lock pins, hashes checked
.venv/bin/python build_scripts/build_translations.py release >/dev/null  # resources/translations/*.qm

if [ "$mode" = "test" ]; then
  export QT_QPA_PLATFORM=offscreen
  .venv/bin/ruff check .
  .venv/bin/mypy
  exec .venv/bin/python -m pytest "${@:2}"
fi

data_dir="demo-data"
if [ ! -f "$data_dir/shequ.sqlite" ]; then
  .venv/bin/shequ --data-dir "$data_dir" demo
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display here: running under Xvfb (a virtual screen; nothing will be visible)." >&2
  echo "To see the window on a machine without a screen, use VNC or take screenshots with:" >&2
  echo "  bash build_scripts/screenshots.sh docs/screenshots $data_dir" >&2
  exec xvfb-run -a .venv/bin/shequ --data-dir "$data_dir"
fi
exec .venv/bin/shequ --data-dir "$data_dir"
