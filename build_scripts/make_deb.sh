#!/usr/bin/env bash
# Wrap the PyInstaller bundle (dist/shequ/, made by build_scripts/build.sh) in a Debian package for
# the domestic Linux desktops (统信 UOS, 银河麒麟) and Debian/Ubuntu. Needs only dpkg-deb.
#
#   bash build_scripts/make_deb.sh [BUNDLE_DIR [OUT_DIR]]     # default: dist/shequ → dist/
#
# The package installs the bundle under /opt/shequ, /usr/bin/shequ (a link to /opt/shequ/shequ),
# the menu entry (build_scripts/linux/shequ.desktop: 社区台账, Exec=/opt/shequ/shequ %f), the icon
# (resources/icons/shequ.png) and the MIME types of the exchange and certificate files
# (build_scripts/linux/shequ-mime.xml). The version is desktop.__version__; the architecture is
# this machine's (`dpkg --print-architecture`: amd64, arm64, or loong64 / loongarch64 on LoongArch)
# and must match the bundle's executable (PyInstaller builds for the machine it runs on), or
# SHEQU_DEB_ARCH. SHEQU_DEB_COMPRESSION picks dpkg-deb's compressor (default xz: the smallest file
# every dpkg reads, ~95 MB, but minutes to make; CI uses gzip) and SHEQU_DEB_LEVEL its level (0-9).
# The last line printed is the package's absolute path.
set -euo pipefail
here="$(pwd)"
absolute() { case "$1" in /*) echo "$1" ;; *) echo "$here/$1" ;; esac; }  # as given, from where it was run
bundle="$(absolute "${1:-}")"
out_dir="$(absolute "${2:-}")"
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[ -n "${1:-}" ] || bundle=dist/shequ
[ -n "${2:-}" ] || out_dir=dist
fail() { echo "make_deb: $*" >&2; exit 1; }

command -v dpkg-deb >/dev/null 2>&1 || fail "dpkg-deb is needed (Debian/Ubuntu/UOS/Kylin: it comes with dpkg)"
[ -d "$bundle" ] || fail "no bundle folder $bundle (build it first: bash build_scripts/build.sh)"
if [ ! -x "$bundle/shequ" ] || [ ! -d "$bundle/_internal" ]; then
  fail "$bundle is not a Linux bundle: it needs the executable 'shequ' and _internal/"
fi

version="$(sed -n 's/^__version__ = "\([^"]*\)"$/\1/p' desktop/__init__.py)"
[ -n "$version" ] || fail "no __version__ in desktop/__init__.py"
# Python's pre-releases (0.2.0rc1, 0.2.0.dev3) sort before the release in Debian with a tilde.
deb_version="$(printf '%s' "$version" | sed -E 's/\.?(a|b|rc|dev)([0-9]+)/~\1\2/')"

arch="${SHEQU_DEB_ARCH:-$(dpkg --print-architecture 2>/dev/null || true)}"
[ -n "$arch" ] || fail "unknown architecture: set SHEQU_DEB_ARCH (amd64, arm64, loong64 …)"
# The ELF header's e_machine (bytes 18-19, little-endian on all three) says what the bundle runs on.
machine="$(od -An -t u2 -j 18 -N 2 "$bundle/shequ" | tr -d ' ')"
case "$machine" in
  62) built_for=amd64 ;;
  183) built_for=arm64 ;;
  258) built_for=loongarch ;;
  *) built_for="unknown (ELF machine $machine)" ;;
esac
case "$arch:$built_for" in
  amd64:amd64 | arm64:arm64 | loong64:loongarch | loongarch64:loongarch) ;;
  *) fail "the bundle in $bundle is built for $built_for, not $arch: build it on an $arch machine" ;;
esac

compression="${SHEQU_DEB_COMPRESSION:-xz}"
level=()  # dpkg-deb's default level for the compressor, or SHEQU_DEB_LEVEL (0-9)
if [ -n "${SHEQU_DEB_LEVEL:-}" ]; then level=(-z"$SHEQU_DEB_LEVEL"); fi
package="shequ_${deb_version}_${arch}.deb"
mkdir -p "$out_dir"
work="$(mktemp -d "${TMPDIR:-/tmp}/shequ-deb.XXXXXX")"
trap 'rm -rf "$work"' EXIT
root="$work/root"
umask 022

# The bundle, world-readable, owned by root (dpkg-deb --root-owner-group).
mkdir -p "$root/opt" "$root/usr/bin" "$root/usr/share/applications" "$root/usr/share/mime/packages" \
  "$root/usr/share/icons/hicolor/256x256/apps" "$root/usr/share/pixmaps" "$root/DEBIAN"
cp -a --no-preserve=ownership "$bundle" "$root/opt/shequ"
chmod -R u+rwX,go+rX,go-w "$root/opt/shequ"
ln -s /opt/shequ/shequ "$root/usr/bin/shequ"
install -m 644 build_scripts/linux/shequ.desktop "$root/usr/share/applications/shequ.desktop"
install -m 644 build_scripts/linux/shequ-mime.xml "$root/usr/share/mime/packages/shequ.xml"
install -m 644 resources/icons/shequ.png "$root/usr/share/icons/hicolor/256x256/apps/shequ.png"
install -m 644 resources/icons/shequ.png "$root/usr/share/pixmaps/shequ.png"  # desktops without hicolor

installed_kb="$(du -sk --apparent-size "$root" | cut -f1)"
# The newest glibc the bundle's binaries ask for (their GLIBC_x.y version references): a bundle
# runs only where glibc is at least that version, so build on the oldest system it is for.
glibc="$(find "$root/opt/shequ" -type f \( -name '*.so*' -o -name shequ -o -name shequw \) -print0 \
  | xargs -0 grep -aoh 'GLIBC_2\.[0-9]*' | sort -u -V | tail -n 1 | sed 's/^GLIBC_//' || true)"
glibc="${glibc:-2.28}"
# What the bundle may take from the system: PyInstaller never packs glibc, OpenGL/EGL and libxcb, and
# packs the other libraries Qt's X11 plugin loads only when the build machine has them installed
# (CI's has not). Names of Debian 10+ / Ubuntu 20.04+, and the t64 names of newer releases. The
# Wayland libraries serve Qt's Wayland plugin (without them Qt uses X11).
depends="libc6 (>= $glibc), libgl1, libegl1, libxcb1, libx11-6, libx11-xcb1, libglib2.0-0t64 | libglib2.0-0,
 libfontconfig1, libfreetype6, libdbus-1-3, libxkbcommon0, libxkbcommon-x11-0, libxcb-cursor0,
 libxcb-icccm4, libxcb-image0, libxcb-keysyms1, libxcb-randr0, libxcb-render0, libxcb-render-util0,
 libxcb-shape0, libxcb-shm0, libxcb-sync1, libxcb-util1, libxcb-xfixes0, libxcb-xkb1"
recommends="libwayland-client0, libwayland-cursor0, libwayland-egl1"
cat >"$root/DEBIAN/control" <<EOF
Package: shequ
Version: $deb_version
Architecture: $arch
Maintainer: 社区台账项目组 <shequ@shequ.invalid>
Installed-Size: $installed_kb
Depends: $depends
Recommends: $recommends
Section: misc
Priority: optional
Description: 社区台账 — a community office's ledgers and periodic returns
 Shequ (社区台账) keeps a community office's ledgers in one SQLite file, makes and
 signs the periodic return for the city, and exchanges data with the city on USB
 sticks. The program is installed under /opt/shequ; each user's data stays in
 ~/.local/share/Shequ and is kept when the package is removed.
EOF

# The menu and the file manager learn the entry and the file types. Debian's triggers do this as
# well; the calls are there for systems without them, and only when the tools are installed.
cat >"$root/DEBIAN/postinst" <<'EOF'
#!/bin/sh
set -e
if [ "$1" = "configure" ]; then
  if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q /usr/share/applications || true; fi
  if command -v update-mime-database >/dev/null 2>&1; then update-mime-database /usr/share/mime || true; fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1; then gtk-update-icon-cache -q -t -f /usr/share/icons/hicolor || true; fi
fi
exit 0
EOF
cat >"$root/DEBIAN/postrm" <<'EOF'
#!/bin/sh
set -e
case "$1" in
  remove|purge)
    # Anything the program left in its own folder (never the users' data: that is in their homes).
    rm -rf /opt/shequ
    if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q /usr/share/applications || true; fi
    if command -v update-mime-database >/dev/null 2>&1; then update-mime-database /usr/share/mime || true; fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then gtk-update-icon-cache -q -t -f /usr/share/icons/hicolor || true; fi
    ;;
esac
exit 0
EOF
chmod 755 "$root/DEBIAN/postinst" "$root/DEBIAN/postrm"

rm -f "$out_dir"/shequ_*_"$arch".deb  # an older build's package: one package per architecture in OUT_DIR
dpkg-deb --root-owner-group -Z"$compression" "${level[@]}" --build "$root" "$out_dir/$package" >/dev/null
deb="$(cd "$out_dir" && pwd)/$package"
size_mb="$(du -m --apparent-size "$deb" | cut -f1)"
echo "Package: $deb  ${size_mb} MB (installed: $((installed_kb / 1024)) MB; $compression; needs glibc >= $glibc)"
echo "$deb"
