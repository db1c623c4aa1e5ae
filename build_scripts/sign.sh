#!/usr/bin/env bash
# Sign the Windows executables (Authenticode) when a code-signing certificate is given; say so
# either way. build_scripts/build.sh runs it on the bundle; run it on the installer after iscc.
#
#   bash build_scripts/sign.sh dist/shequ                              # shequ.exe and shequw.exe
#   bash build_scripts/sign.sh dist/installer/shequ-setup-0.1.0.exe    # the installer
#
# The certificate (README › Windows build › Signing):
#   SHEQU_SIGN_CERT        the code-signing certificate with its private key, a .pfx (PKCS#12) file
#   SHEQU_SIGN_PASSWORD    its password (or SHEQU_SIGN_PASSWORD_FILE: a file holding it)
#   SHEQU_SIGN_THUMBPRINT  on Windows instead of a .pfx: the SHA-1 thumbprint of a certificate in
#                          the Windows certificate store (a USB token's certificate is there)
#   SHEQU_SIGN_TIMESTAMP_URL  the RFC 3161 timestamp server (default http://timestamp.digicert.com;
#                          "none" signs without: the signature then ends with the certificate)
#   SHEQU_SIGNTOOL         signtool.exe, when it is not on the PATH nor in the Windows 10 SDK
# Windows (Git Bash) signs with signtool, anything else with osslsigncode.
#
# Prints "已签名/signed: FILE" for each file signed, or "未签名/not signed: REASON" with what to set;
# exit 0 when signed or when no certificate is given, 1 when a certificate is given and signing
# fails, 2 for a path that does not exist.
set -euo pipefail

[ "$#" -gt 0 ] || { echo "usage: bash build_scripts/sign.sh FOLDER_OR_EXE..." >&2; exit 2; }

cert="${SHEQU_SIGN_CERT:-}"
thumbprint="${SHEQU_SIGN_THUMBPRINT:-}"
timestamp="${SHEQU_SIGN_TIMESTAMP_URL:-http://timestamp.digicert.com}"
description="社区台账"

fail() { echo "未签名/not signed: $*" >&2; exit 1; }

# What to sign: the .exe files named, and those at the top of the folders named (the bundle's
# shequ.exe and shequw.exe; the DLLs under _internal/ come signed by their makers or not at all).
files=()
for target in "$@"; do
  target="${target//\\//}"  # dist\shequ typed in cmd: a backslash would escape the glob below
  [ "$target" = / ] || target="${target%/}"
  if [ -d "$target" ]; then
    for exe in "$target"/*.exe; do
      if [ -f "$exe" ]; then files+=("$exe"); fi
    done
  elif [ -f "$target" ]; then
    files+=("$target")
  else
    echo "sign.sh: no such file or folder: $target" >&2
    exit 2
  fi
done

if [ -z "$cert" ] && [ -z "$thumbprint" ]; then
  echo "未签名/not signed: no certificate given (set SHEQU_SIGN_CERT to the .pfx file and SHEQU_SIGN_PASSWORD," \
       "or SHEQU_SIGN_THUMBPRINT on Windows; README › Windows build › Signing)"
  exit 0
fi
if [ "${#files[@]}" -eq 0 ]; then
  echo "未签名/not signed: no Windows executable (.exe) in $* (a Linux build has none; nothing to sign)"
  exit 0
fi
if [ -n "$cert" ] && [ ! -f "$cert" ]; then
  fail "SHEQU_SIGN_CERT names no file: $cert"
fi

password="${SHEQU_SIGN_PASSWORD:-}"
if [ -z "$password" ] && [ -n "${SHEQU_SIGN_PASSWORD_FILE:-}" ]; then
  [ -f "$SHEQU_SIGN_PASSWORD_FILE" ] || fail "SHEQU_SIGN_PASSWORD_FILE names no file: $SHEQU_SIGN_PASSWORD_FILE"
  password="$(head -n 1 "$SHEQU_SIGN_PASSWORD_FILE" | tr -d '\r')"
fi

on_windows=0
case "$(uname -s)" in MINGW* | MSYS* | CYGWIN*) on_windows=1 ;; esac

find_signtool() {
  if [ -n "${SHEQU_SIGNTOOL:-}" ]; then echo "$SHEQU_SIGNTOOL"; return; fi
  if command -v signtool.exe >/dev/null 2>&1; then command -v signtool.exe; return; fi
  # The Windows 10/11 SDK's newest x64 signtool.
  local found=""
  for candidate in "/c/Program Files (x86)/Windows Kits/10/bin/"*/x64/signtool.exe; do
    [ -f "$candidate" ] && found="$candidate"
  done
  echo "$found"
}

work="$(mktemp -d "${TMPDIR:-/tmp}/shequ-sign.XXXXXX")"
trap 'rm -rf "$work"' EXIT
chmod 700 "$work"

sign_with_signtool() {  # FILE
  local tool native args
  tool="$(find_signtool)"
  [ -n "$tool" ] || fail "signtool.exe not found: install the Windows 10/11 SDK (Signing Tools) or set SHEQU_SIGNTOOL"
  native="$1"
  if command -v cygpath >/dev/null 2>&1; then native="$(cygpath -w "$1")"; fi
  args=(sign /fd sha256 /d "$description")
  if [ -n "$thumbprint" ]; then
    args+=(/sha1 "$thumbprint")
  else
    local cert_native="$cert"
    if command -v cygpath >/dev/null 2>&1; then cert_native="$(cygpath -w "$cert")"; fi
    args+=(/f "$cert_native")
    [ -z "$password" ] || args+=(/p "$password")
  fi
  [ "$timestamp" = "none" ] || args+=(/tr "$timestamp" /td sha256)
  # Git Bash would turn /fd, /tr … into paths: no conversion for this call.
  MSYS_NO_PATHCONV=1 MSYS2_ARG_CONV_EXCL='*' "$tool" "${args[@]}" "$native" >"$work/out" 2>&1 \
    || { cat "$work/out" >&2; fail "signtool could not sign $1"; }
  MSYS_NO_PATHCONV=1 MSYS2_ARG_CONV_EXCL='*' "$tool" verify /pa /q "$native" >"$work/out" 2>&1 \
    || { cat "$work/out" >&2; fail "signtool signed $1, but Windows does not trust the signature (signtool verify /pa)"; }
}

sign_with_osslsigncode() {  # FILE
  command -v osslsigncode >/dev/null 2>&1 \
    || fail "osslsigncode is needed to sign on $(uname -s) (Debian/Ubuntu: apt-get install osslsigncode)"
  [ -n "$cert" ] || fail "SHEQU_SIGN_THUMBPRINT works only with signtool on Windows: set SHEQU_SIGN_CERT to a .pfx file"
  local args=(sign -pkcs12 "$cert" -h sha256 -n "$description")
  if [ -n "$password" ]; then
    printf '%s' "$password" >"$work/password"  # read from a file: not shown in the process list
    args+=(-readpass "$work/password")
  fi
  [ "$timestamp" = "none" ] || args+=(-ts "$timestamp")
  rm -f "$work/signed"
  osslsigncode "${args[@]}" -in "$1" -out "$work/signed" >"$work/out" 2>&1 \
    || { cat "$work/out" >&2; fail "osslsigncode could not sign $1 (wrong password, or the timestamp server unreachable? SHEQU_SIGN_TIMESTAMP_URL=none signs without)"; }
  osslsigncode extract-signature -in "$work/signed" -out "$work/signature.p7" >"$work/out" 2>&1 \
    || { cat "$work/out" >&2; fail "osslsigncode wrote $1 without a signature"; }
  cat "$work/signed" >"$1"  # in place, keeping the file's mode
}

tool=osslsigncode
if [ "$on_windows" = 1 ]; then tool=signtool; fi
for file in "${files[@]}"; do
  "sign_with_$tool" "$file"
  if [ "$timestamp" = "none" ]; then
    echo "已签名/signed: $file ($tool, no timestamp)"
  else
    echo "已签名/signed: $file ($tool, timestamp $timestamp)"
  fi
done
