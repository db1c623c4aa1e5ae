#!/usr/bin/env bash
# Smoke test of the Debian package, as root on a Debian/Ubuntu machine (CI, after smoke_test.sh):
# install it with dpkg -i, check its files, start the app the way the desktop's menu does (the
# .desktop entry's Exec line) on a real X server (Xvfb), see its window and a clean exit, then
# remove and purge it and check nothing is left.
#
#   bash build_scripts/smoke_deb.sh [PACKAGE.deb]    # default: make one from dist/shequ (make_deb.sh)
#
# Installs what it needs when missing (apt-get: the package's dependencies, xvfb, xauth,
# desktop-file-utils, shared-mime-info). The app runs in a temporary home (HOME and XDG_*
# redirected, removed at the end) on an office made there with `shequ init`.
set -euo pipefail
[ "$#" -le 1 ] || { echo "usage: bash build_scripts/smoke_deb.sh [PACKAGE.deb]  (one package: $*)" >&2; exit 2; }
given="${1:-}"
case "$given" in "" | /*) ;; *) given="$(pwd)/$given" ;; esac  # a package named from where it was run
cd "$(dirname "${BASH_SOURCE[0]}")/.."

fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "== $*"; }

[ "$(id -u)" = 0 ] || fail "run as root: it installs and removes the package (dpkg -i, dpkg -r)"
present() {  # is the shequ package on this machine, in any state but "not installed"
  local status
  status="$(dpkg-query -W -f='${Status}' shequ 2>/dev/null)" || return 1
  case "$status" in *not-installed) return 1 ;; *) return 0 ;; esac
}
if present; then fail "a shequ package is already on this machine: remove it first (dpkg --purge shequ)"; fi

tmp="$(mktemp -d)"
installed=0
cleanup() {
  if [ "$installed" = 1 ]; then dpkg --purge shequ >/dev/null 2>&1 || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT

if [ -n "$given" ]; then
  deb="$given"
  [ -f "$deb" ] || fail "no package $deb"
else
  step "make the package from dist/shequ"
  deb="$(SHEQU_DEB_COMPRESSION="${SHEQU_DEB_COMPRESSION:-gzip}" SHEQU_DEB_LEVEL="${SHEQU_DEB_LEVEL:-1}" \
    bash build_scripts/make_deb.sh dist/shequ "$tmp/deb" | tail -n 1)"
fi
[ "$(dpkg-deb -f "$deb" Package)" = shequ ] || fail "$deb is not the shequ package"
version="$(sed -n 's/^__version__ = "\([^"]*\)"$/\1/p' desktop/__init__.py)"
deb_version="$(dpkg-deb -f "$deb" Version)"
case "$deb_version" in
  "$version" | "${version%%[a-z]*}"~*) ;;
  *) fail "the package's version $deb_version is not the project's $version" ;;
esac

step "what it needs: its dependencies, an X server, the desktop and MIME tools"
wanted="xvfb xauth desktop-file-utils shared-mime-info"
# Depends: "a (>= 1), b | c, …": the first alternative the package lists that apt knows.
depends="$(dpkg-deb -f "$deb" Depends | tr '\n' ' ')"
IFS=',' read -r -a groups <<<"$depends"
apt_updated=0
apt_knows() {
  if [ "$apt_updated" = 0 ]; then apt-get update -qq; apt_updated=1; fi
  apt-cache show "$1" >/dev/null 2>&1
}
missing=""
for group in "${groups[@]}" $wanted; do
  chosen=""
  IFS='|' read -r -a alternatives <<<"$group"
  for alternative in "${alternatives[@]}"; do
    name="$(echo "$alternative" | sed 's/(.*)//' | tr -d ' ')"
    [ -n "$name" ] || continue
    if [ "$(dpkg-query -W -f='${Status}' "$name" 2>/dev/null || true)" = "install ok installed" ]; then
      chosen=installed; break
    fi
  done
  [ -z "$chosen" ] || continue
  for alternative in "${alternatives[@]}"; do
    name="$(echo "$alternative" | sed 's/(.*)//' | tr -d ' ')"
    if [ -n "$name" ] && apt_knows "$name"; then chosen="$name"; break; fi
  done
  [ -n "$chosen" ] || fail "no package here provides the dependency: $group"
  missing="$missing $chosen"
done
if [ -n "$missing" ]; then
  echo "installing:$missing"
  if [ "$apt_updated" = 0 ]; then apt-get update -qq; fi
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi
echo "ok"

step "dpkg -i $(basename "$deb")"
installed=1
dpkg -i "$deb" >"$tmp/dpkg-i.out" 2>&1 || { cat "$tmp/dpkg-i.out" >&2; fail "dpkg -i"; }
[ "$(dpkg-query -W -f='${Status}' shequ)" = "install ok installed" ] || fail "the package is not installed after dpkg -i"
echo "ok"

step "its files are where they belong"
entry=/usr/share/applications/shequ.desktop
for path in /opt/shequ/shequ /opt/shequ/shequw /opt/shequ/_internal "$entry" /usr/share/mime/packages/shequ.xml \
            /usr/share/icons/hicolor/256x256/apps/shequ.png; do
  [ -e "$path" ] || fail "missing after install: $path"
done
[ "$(readlink /usr/bin/shequ)" = /opt/shequ/shequ ] || fail "/usr/bin/shequ is not a link to /opt/shequ/shequ"
[ -z "$(find /opt/shequ \! -user root -print -quit)" ] || fail "files under /opt/shequ not owned by root"
[ -z "$(find /opt/shequ -perm -002 \! -type l -print -quit)" ] || fail "files under /opt/shequ anyone can write"
desktop-file-validate "$entry" || fail "desktop-file-validate $entry"
grep -q '^application/x-shequ-bundle=.*shequ\.desktop' /usr/share/applications/mimeinfo.cache || fail "the menu's MIME cache does not list shequ.desktop for bundles"
grep -q ':\*\.shequ$' /usr/share/mime/globs2 || fail "the MIME database does not know *.shequ"
grep -q 'application/x-shequ-certificate:\*-certificate\.json$' /usr/share/mime/globs2 \
  || fail "the MIME database does not know *-certificate.json"
/usr/bin/shequ --version || fail "/usr/bin/shequ --version"
echo "ok"

step "the menu entry starts the app (Exec under Xvfb): its window shown, then closed"
exec_line="$(sed -n 's/^Exec=//p' "$entry" | head -n 1)"
[ -n "$exec_line" ] || fail "no Exec line in $entry"
# The field codes a launcher fills in (%f: the file opened; none here).
exec_line="$(echo "$exec_line" | sed -E 's/(^| )%[fFuUdDnNickvm]( |$)/\1\2/g; s/  +/ /g; s/ +$//')"
read -r -a launch <<<"$exec_line"
echo "Exec: ${launch[*]}"
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" XDG_DATA_HOME="$tmp/home/.local/share" \
  XDG_STATE_HOME="$tmp/home/.local/state" XDG_CACHE_HOME="$tmp/home/.cache"
mkdir -p "$HOME"
unset SHEQU_DATA_DIR QT_QPA_PLATFORM
# The default data folder (~/.local/share/Shequ) with one administrator without a password: the app
# goes straight to its main window.
office="$XDG_DATA_HOME/Shequ"
/usr/bin/shequ --data-dir "$office" init --office-code 150802001001 --office-name 冒烟测试社区 >/dev/null \
  || fail "shequ init"
gui_status=0
SHEQU_REPORT_SHOWN=1 SHEQU_SMOKE_QUIT_AFTER_MS=1500 timeout 120 \
  xvfb-run -a -s "-screen 0 1280x800x24" "${launch[@]}" >"$tmp/gui.out" 2>"$tmp/gui.err" || gui_status=$?
cat "$tmp/gui.out"
if [ "$gui_status" != 0 ] || ! grep -q "main window shown" "$tmp/gui.out" || ! grep -q "main window ready" "$tmp/gui.out" \
   || grep -Eiq "Traceback|could not load|cannot load|could not connect to display" "$tmp/gui.err"; then
  cat "$tmp/gui.err" >&2
  fail "the app did not open and close cleanly from the menu entry (exit $gui_status)"
fi
echo "ok"

step "dpkg -r, then dpkg --purge: nothing left"
dpkg -r shequ >"$tmp/dpkg-r.out" 2>&1 || { cat "$tmp/dpkg-r.out" >&2; fail "dpkg -r"; }
dpkg --purge shequ >"$tmp/dpkg-p.out" 2>&1 || { cat "$tmp/dpkg-p.out" >&2; fail "dpkg --purge"; }
installed=0
for path in /opt/shequ /usr/bin/shequ "$entry" /usr/share/mime/packages/shequ.xml \
            /usr/share/icons/hicolor/256x256/apps/shequ.png /usr/share/pixmaps/shequ.png; do
  if [ -e "$path" ] || [ -L "$path" ]; then fail "left after removal: $path"; fi
done
if present; then fail "dpkg still lists shequ: $(dpkg-query -W -f='${Status}' shequ)"; fi
! grep -q ':\*\.shequ$' /usr/share/mime/globs2 || fail "the MIME database still knows *.shequ"
! grep -q "shequ.desktop" /usr/share/applications/mimeinfo.cache 2>/dev/null || fail "the menu's MIME cache still lists shequ.desktop"
[ -f "$office/shequ.sqlite" ] || fail "removing the package touched the user's data folder $office"
echo "ok"

echo "DEB SMOKE TEST PASSED: $(basename "$deb")"
