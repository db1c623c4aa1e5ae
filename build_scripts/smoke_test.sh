#!/usr/bin/env bash
# Smoke test of a built bundle: its resources are there, and the bundled `shequ` runs every
# path that loads something lazily (demo, stats, a signed return, verify, the main window).
#
#   bash build_scripts/smoke_test.sh dist/shequ
#
# Exit 0 when all is well; the first failure stops it with a message. Works in a temporary
# folder (removed at the end); the user's settings are not touched (XDG_CONFIG_HOME is redirected).
set -euo pipefail

dist="${1:?usage: bash build_scripts/smoke_test.sh DIST_DIR}"
dist="$(cd "$dist" && pwd)"
exe="$dist/shequ"
[ -x "$exe" ] || exe="$dist/shequ.exe"
[ -x "$exe" ] || { echo "FAIL: no shequ executable in $dist" >&2; exit 1; }

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/share" XDG_STATE_HOME="$tmp/state" XDG_CACHE_HOME="$tmp/cache"
export QT_QPA_PLATFORM=offscreen
unset SHEQU_DATA_DIR

fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "== $*"; }

step "resources in the bundle"
internal="$dist/_internal"
for pattern in resources/fonts/NotoSansSC-Regular.ttf resources/fonts/NotoSansSC-Bold.ttf resources/fonts/OFL.txt \
               resources/translations/shequ_en.qm db/migrations/env.py db/migrations/script.py.mako \
               'db/migrations/versions/0001_*.py' docs/manual/manual.css docs/manual/zh_CN/index.html \
               docs/manual/zh_CN/errors.html docs/manual/en/index.html docs/manual/images/dashboard.png; do
  # shellcheck disable=SC2086
  ls $internal/$pattern >/dev/null 2>&1 || fail "missing from the bundle: _internal/$pattern"
done
echo "ok"

step "the helper process (the dashboard's check before signing) starts from the bundle"
helper_status=0
SHEQU_SELF_CHECK=helper-process timeout 60 "$exe" --data-dir "$tmp/not-opened" >"$tmp/helper.out" 2>"$tmp/helper.err" || helper_status=$?
grep -q "^shequ: helper process [0-9]* (app [0-9]*)" "$tmp/helper.out" && [ "$helper_status" = 0 ] \
  || { cat "$tmp/helper.out" "$tmp/helper.err" >&2; fail "the helper process (self-check exit $helper_status)"; }
echo "ok"

step "reportlab's C accelerator (_rl_accel) is in the bundle and in use"
ls "$internal"/_rl_accel* >/dev/null 2>&1 || fail "missing from the bundle: _internal/_rl_accel (the rl-accel package)"
accel_status=0
SHEQU_SELF_CHECK=rl-accel timeout 60 "$exe" --data-dir "$tmp/not-opened" >"$tmp/accel.out" 2>"$tmp/accel.err" || accel_status=$?
grep -q '^shequ: rl_accel .*"python": \[\]' "$tmp/accel.out" && [ "$accel_status" = 0 ] \
  || { cat "$tmp/accel.out" "$tmp/accel.err" >&2; fail "reportlab falls back to Python (self-check exit $accel_status)"; }
echo "ok"

step "Qt's own dialogs speak Chinese (its catalogue in the bundle, where QLibraryInfo points)"
for name in qtbase_zh_CN.qm qtbase_en.qm; do
  [ -s "$internal/PySide6/Qt/translations/$name" ] || fail "missing from the bundle: _internal/PySide6/Qt/translations/$name"
done
qt_status=0
SHEQU_SELF_CHECK=qt-dialogs timeout 60 "$exe" --data-dir "$tmp/not-opened" >"$tmp/qt.out" 2>"$tmp/qt.err" || qt_status=$?
python3 - "$tmp/qt.out" "$internal" <<'PY' || { cat "$tmp/qt.out" "$tmp/qt.err" >&2; fail "Qt's dialogs (self-check exit $qt_status)"; }
import json, os, sys
line = next((l for l in open(sys.argv[1], encoding="utf-8") if l.startswith("shequ: qt dialogs ")), None)
if line is None:
    sys.exit("no 'shequ: qt dialogs' line")
words = json.loads(line[len("shequ: qt dialogs "):])
internal = os.path.realpath(sys.argv[2])
folder = os.path.realpath(words["translations_folder"])
if not folder.startswith(internal + os.sep):
    sys.exit(f"Qt's catalogues are read from {folder}, not from the bundle")
if not any(path.endswith("qtbase_zh_CN.qm") for path in words["loaded"]):
    sys.exit(f"qtbase_zh_CN.qm not loaded: {words['loaded']}")
labels = words["file_dialog"]
for word in ("查找范围", "文件名称", "文件类型"):
    if not any(word in label for label in labels):
        sys.exit(f"the file dialog does not say {word}: {labels}")
if not any("页面组" in text for text in words["print_dialog"]) or "确定" not in words["message_box"]:
    sys.exit(f"the print dialog or a message box is not in Chinese: {words}")
print("file dialog:", " ".join(labels))
PY
[ "$qt_status" = 0 ] || fail "the self-check exited with $qt_status"
[ ! -e "$tmp/not-opened" ] || fail "the self-check touched the data folder"
echo "ok"

step "shequ --version"
"$exe" --version

data="$tmp/office"
step "shequ demo"
"$exe" --data-dir "$data" demo >"$tmp/demo.out" || fail "demo failed: $(cat "$tmp/demo.out")"
tail -n 1 "$tmp/demo.out"

step "shequ stats --json"
"$exe" --data-dir "$data" stats --json >"$tmp/stats.json"
python3 - "$tmp/stats.json" <<'PY' || fail "stats counts"
import json, sys
counts = json.load(open(sys.argv[1], encoding="utf-8"))["counts"]
print(counts)
empty = [kind for kind, n in counts.items() if not n]
sys.exit(f"no records of: {empty}" if empty else 0)
PY

year="$(date +%Y)"
step "shequ return --period $year --sign, then verify"
# Every warning needs an explanation: the figures judged "warning" (stats, key pillar.figure)
# and the validation warnings (check, by rule code: a rule code explains all its warnings).
"$exe" --data-dir "$data" stats --period "$year" --json >"$tmp/stats-year.json"
"$exe" --data-dir "$data" check --period "$year" --json >"$tmp/check-year.json" || true
python3 - "$tmp/stats-year.json" "$tmp/check-year.json" "$tmp/explain.json" <<'PY'
import json, sys
stats = json.load(open(sys.argv[1], encoding="utf-8"))
check = json.load(open(sys.argv[2], encoding="utf-8"))
keys = {f"{p['key']}.{f['key']}" for p in stats["pillars"] for f in p["figures"] if f["status"] == "warning"}
keys |= {issue["code"] for issue in check["issues"] if issue["severity"] != "error"}
json.dump({key: "冒烟测试：已知情况，特此说明。" for key in sorted(keys)}, open(sys.argv[3], "w", encoding="utf-8"),
          ensure_ascii=False)
print(f"{len(keys)} warning key(s) explained")
PY
printf 'smoke-test-passphrase\n' >"$tmp/passphrase"
"$exe" --data-dir "$data" return --period "$year" --out "$tmp/r.pdf" --sign \
  --passphrase-file "$tmp/passphrase" --explain-file "$tmp/explain.json" || fail "return"
[ -s "$tmp/r.pdf" ] || fail "no PDF written"
"$exe" --data-dir "$data" verify "$tmp/r.pdf" --trust "$data/keys/office-cert.pem" || fail "verify (exit $?)"

step "Excel: template, export, import (dry run)"
"$exe" template-xlsx --kind party_members --out "$tmp/template.xlsx" >/dev/null || fail "template-xlsx"
"$exe" --data-dir "$data" export-xlsx --kind party_members --out "$tmp/members.xlsx" >/dev/null || fail "export-xlsx"
"$exe" --data-dir "$data" import-xlsx "$tmp/members.xlsx" --kind party_members --dry-run >"$tmp/import.out" \
  || fail "import-xlsx --dry-run: $(cat "$tmp/import.out")"
tail -n 2 "$tmp/import.out"

step "USB exchange: city, certificate, bundle out, bundle in"
city="$tmp/city"
mkdir -p "$tmp/stick"
printf 'city-smoke-passphrase\n' >"$tmp/city-passphrase"
"$exe" --data-dir "$city" city init --name 冒烟测试市委组织部 --passphrase-file "$tmp/city-passphrase" >/dev/null \
  || fail "city init"
"$exe" --data-dir "$data" keys request --out "$tmp/stick" --passphrase-file "$tmp/passphrase" >/dev/null || fail "keys request"
"$exe" --data-dir "$city" city issue "$tmp"/stick/*-request.pem --out "$tmp/stick" \
  --passphrase-file "$tmp/city-passphrase" >/dev/null || fail "city issue"
"$exe" --data-dir "$data" keys install "$tmp"/stick/*-certificate.json >/dev/null || fail "keys install"
"$exe" --data-dir "$data" export --to "$tmp/stick" --passphrase-file "$tmp/passphrase" >/dev/null || fail "export"
"$exe" --data-dir "$city" import "$tmp"/stick/*.shequ --passphrase-file "$tmp/city-passphrase" >"$tmp/import-city.out" \
  || fail "import at the city: $(cat "$tmp/import-city.out")"
tail -n 1 "$tmp/import-city.out"
"$exe" --data-dir "$city" city status --period "$year" --json >/dev/null || fail "city status"

gui_exe="$dist/shequw"
[ -x "$gui_exe" ] || gui_exe="$dist/shequw.exe"
[ -x "$gui_exe" ] || fail "no shequw (the windowed launcher) in $dist"
step "the main window (shequw), offscreen: shown, its data opened, then closed"
# The demo office has three operators (a sign-in dialog); `init` makes one administrator
# without a password, so the app goes straight to the main window.
"$exe" --data-dir "$tmp/gui-office" init --office-code 150802001001 --office-name 冒烟测试社区 >/dev/null
gui_status=0
SHEQU_REPORT_SHOWN=1 SHEQU_SMOKE_QUIT_AFTER_MS=1500 timeout 60 "$gui_exe" --data-dir "$tmp/gui-office" \
  >"$tmp/gui.out" 2>"$tmp/gui.err" || gui_status=$?
cat "$tmp/gui.out"
if [ "$gui_status" != 0 ] || ! grep -q "main window shown" "$tmp/gui.out" || ! grep -q "main window ready" "$tmp/gui.out" \
   || grep -Eiq "Traceback|missing|could not load|cannot load" "$tmp/gui.err"; then
  cat "$tmp/gui.err" >&2
  fail "the app did not open and close cleanly (exit $gui_status)"
fi
echo "ok"

echo "SMOKE TEST PASSED: $dist"
