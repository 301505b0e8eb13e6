#!/usr/bin/env bash
# Builds Huntbook.app (universal: arm64 + x86_64) and a .dmg into build/dist,
# on macOS, from the per-architecture binaries `make package-macos` builds
# into build/package/macos/{arm64,amd64}/ (huntbook and huntbook-desktop).
# Uses lipo, sips, iconutil, codesign and hdiutil (Xcode command line tools).
# The app is signed ad hoc, not with a Developer ID, and not notarized: the
# first start needs Control-click > Open.
set -euo pipefail
cd "$(dirname "$0")/../.."

say() { printf 'package-macos: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

[[ $(uname -s) == Darwin ]] || die "this runs on macOS only (lipo, iconutil, hdiutil)"
for tool in lipo sips iconutil codesign hdiutil; do
  command -v "$tool" >/dev/null || die "$tool is missing (xcode-select --install)"
done

src=build/package/macos
dist=build/dist
version=$(packaging/version.sh)
numeric=$(packaging/version.sh numeric)
app=$src/dmg/Huntbook.app

rm -rf "$src/dmg" "$src/Huntbook.iconset"
mkdir -p "$app/Contents/MacOS" "$app/Contents/Resources" "$dist"
for prog in huntbook huntbook-desktop; do
  for arch in arm64 amd64; do
    [[ -x $src/$arch/$prog ]] || die "$src/$arch/$prog is missing: run make package-macos"
  done
  lipo -create -output "$app/Contents/MacOS/$prog" "$src/arm64/$prog" "$src/amd64/$prog"
  lipo "$app/Contents/MacOS/$prog" -verify_arch arm64 x86_64 || die "$prog is not universal"
done

sed -e "s/@VERSION@/$version/" -e "s/@NUMERIC@/$numeric/g" packaging/macos/Info.plist >"$app/Contents/Info.plist"
plutil -lint "$app/Contents/Info.plist" >/dev/null || die "Info.plist does not parse"
printf 'APPL????' >"$app/Contents/PkgInfo"

# The icon: every size iconutil wants, from build/appicon.png (1024x1024).
set_dir=$src/Huntbook.iconset
mkdir -p "$set_dir"
for size in 16 32 128 256 512; do
  sips -z "$size" "$size" build/appicon.png --out "$set_dir/icon_${size}x${size}.png" >/dev/null
  double=$((size * 2))
  sips -z "$double" "$double" build/appicon.png --out "$set_dir/icon_${size}x${size}@2x.png" >/dev/null
done
iconutil -c icns -o "$app/Contents/Resources/Huntbook.icns" "$set_dir"

# Ad hoc signature over the whole bundle (Apple silicon runs only signed code).
codesign --force --deep --sign - "$app"
codesign --verify --deep --strict "$app" || die "the app's signature does not verify"

# The disk image: the app and a link to /Applications to drag it onto.
ln -s /Applications "$src/dmg/Applications"
out=$dist/huntbook-$version-macos-universal.dmg
rm -f "$dist"/huntbook-*-macos-universal.dmg
hdiutil create -quiet -volname "Huntbook" -srcfolder "$src/dmg" -ov -format UDZO "$out"
say "built $out"
