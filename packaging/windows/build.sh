#!/usr/bin/env bash
# Builds the Windows installer into build/dist from the cross-built
# build/bin/huntbook.exe (the command line) and build/bin/huntbook-desktop.exe
# (the window), with makensis (Debian's nsis package). Run through
# `make package-windows`, which cross-builds them first (make windows).
set -euo pipefail
cd "$(dirname "$0")/../.."

say() { printf 'package-windows: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

bin=build/bin
stage=build/package/windows
dist=build/dist
command -v makensis >/dev/null || die "makensis is missing (apt-get install nsis)"
for exe in huntbook.exe huntbook-desktop.exe; do
  [[ -f $bin/$exe ]] || die "$bin/$exe is missing: run make windows first"
  # The cgo check of make windows, again on what ships: without cgo the
  # .exe carries a stub SQLite that fails at run time.
  go version -m "$bin/$exe" | grep -q 'CGO_ENABLED=1' || die "$bin/$exe was built without cgo: its SQLite would not work"
  go version -m "$bin/$exe" | grep -q 'GOOS=windows' || die "$bin/$exe is not a Windows build"
done

# The WebView2 bootstrapper as Wails ships it, from the pinned module.
wails_dir=$(go list -m -f '{{.Dir}}' github.com/wailsapp/wails/v2)
if command -v cygpath >/dev/null; then wails_dir=$(cygpath -u "$wails_dir"); fi # Git Bash on Windows
webview2=$wails_dir/internal/webview2runtime/MicrosoftEdgeWebview2Setup.exe
[[ -f $webview2 ]] || die "no WebView2 bootstrapper at $webview2"

version=$(packaging/version.sh)
numeric=$(packaging/version.sh numeric)
rm -rf "$stage" && mkdir -p "$stage" "$dist"
cp "$bin/huntbook.exe" "$bin/huntbook-desktop.exe" "$stage/"
go run ./packaging/hostmanifest -path huntbook.exe -out "$stage/manifests"
cp "$stage/manifests/chromium.json" "$stage/app.huntbook.host.chromium.json"
cp "$stage/manifests/firefox.json" "$stage/app.huntbook.host.firefox.json"

# makensis.exe on Windows wants Windows paths (Git Bash gives /d/a/...).
native() { if command -v cygpath >/dev/null; then cygpath -m "$1"; else printf '%s\n' "$1"; fi; }

out=$dist/huntbook-$version-windows-amd64-setup.exe
rm -f "$dist"/huntbook-*-windows-amd64-setup.exe
SOURCE_DATE_EPOCH=$(git log -1 --format=%ct) makensis -V2 -INPUTCHARSET UTF8 \
  -DVERSION="$numeric" -DDISPLAY_VERSION="$version" \
  -DBIN_DIR="$(native "$PWD/$stage")" -DICON="$(native "$PWD/build/windows/icon.ico")" \
  -DWEBVIEW2_SETUP="$(native "$webview2")" -DOUT_FILE="$(native "$PWD/$out")" \
  "$(native "$PWD/packaging/windows/huntbook.nsi")"
say "built $out"
