#!/usr/bin/env bash
# Screenshots of the app on the demo office, taken under Xvfb (the real X11 windowing system).
#
#   bash build_scripts/screenshots.sh [OUT_DIR] [DATA_DIR] [-- extra screenshots.py options]
#
# OUT_DIR defaults to docs/screenshots/. Without DATA_DIR a demo office is built in a temporary
# folder (removed afterwards). Takes the pictures kept in docs/screenshots/ (screenshots.py --docs):
# the dashboard, the activities list with its filters in use, the staff editor showing validation
# messages, and the dashboard and that list in English. Options after "--" replace --docs
# (e.g. -- --lists staff,residents --editor; -- --scale 150 --lang en). Needs xvfb-run
# (apt-get install xvfb) and .venv.
#
#   bash build_scripts/screenshots.sh docs/screenshots -- --text-sizes
#
# takes the text-size set (设置 ▸ 字号): the dashboard, a list, an editor with messages, the 报表 page,
# 设置, the print preview of a signed return, the manual's viewer (screenshots.py TEXT_SIZE_SHOTS) and
# the city's window (screenshots_exchange.py), each in Chinese and English at 100 % and 150 %:
# dashboard-zh-100.png … city-en-150.png. --scale PERCENT and --lang zh_CN|en narrow it to one size
# or language.
#
#   bash build_scripts/screenshots.sh -- --manual-images
#
# (re)makes the user manual's pictures, docs/manual/images/*.png (build_scripts/screenshots_manual.py,
# on offices of its own; OUT_DIR and DATA_DIR are not used for them). With other options
# (-- --text-sizes --manual-images) it takes those pictures too.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHON="$ROOT/.venv/bin/python"
OUT="$ROOT/docs/screenshots"
DATA=""
if [[ $# -gt 0 && "$1" != "--" ]]; then OUT="$1"; shift; fi
if [[ $# -gt 0 && "$1" != "--" ]]; then DATA="$1"; shift; fi
if [[ $# -gt 0 && "$1" == "--" ]]; then shift; fi
EXTRA=()
MANUAL_IMAGES=""
for option in "$@"; do
    if [[ "$option" == "--manual-images" ]]; then MANUAL_IMAGES=1; else EXTRA+=("$option"); fi
done
if [[ ${#EXTRA[@]} -eq 0 && -z "$MANUAL_IMAGES" ]]; then EXTRA=(--docs); fi

if [[ ! -x "$PYTHON" ]]; then
    echo "no $PYTHON: run 'bash build_scripts/dev.sh test' (or dev.sh run) once to set up" >&2
    exit 1
fi
if ! command -v xvfb-run >/dev/null; then
    echo "xvfb-run is missing: sudo apt-get install xvfb" >&2
    exit 1
fi

if [[ -n "$MANUAL_IMAGES" ]]; then
    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1000x24" \
        "$PYTHON" "$ROOT/build_scripts/screenshots_manual.py" "$ROOT/docs/manual/images"
    if [[ ${#EXTRA[@]} -eq 0 ]]; then exit 0; fi
fi

TMP=""
cleanup() { if [[ -n "$TMP" ]]; then rm -rf "$TMP"; fi; }
trap cleanup EXIT
if [[ -z "$DATA" ]]; then
    TMP="$(mktemp -d -t shequ-screenshots-XXXXXX)"
    DATA="$TMP/data"
    "$PYTHON" -m desktop --data-dir "$DATA" demo
fi

# the English pictures need the compiled translation
"$PYTHON" "$ROOT/build_scripts/build_translations.py" release >/dev/null

mkdir -p "$OUT"
QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1000x24" \
    "$PYTHON" "$ROOT/build_scripts/screenshots.py" "$DATA" "$OUT" "${EXTRA[@]}"

# the text-size set also has the city's window (a city and offices built in a temporary folder)
for option in "${EXTRA[@]}"; do
    if [[ "$option" == "--text-sizes" ]]; then
        CITY=(--text-sizes)
        for ((i = 0; i < ${#EXTRA[@]}; i++)); do
            case "${EXTRA[$i]}" in
                --scale | --lang | --size) CITY+=("${EXTRA[$i]}" "${EXTRA[$((i + 1))]}") ;;
            esac
        done
        QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1000x24" \
            "$PYTHON" "$ROOT/build_scripts/screenshots_exchange.py" "$OUT" "${CITY[@]}"
    fi
done
