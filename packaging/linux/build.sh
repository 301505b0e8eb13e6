#!/usr/bin/env bash
# Builds the Linux packages into build/dist from build/bin/huntbook (the
# command line) and build/bin/huntbook-desktop (the window): a .deb and an
# .rpm (nfpm, bin/nfpm from tools/nfpm) and a .tar.gz of the same tree.
# Run through `make package`, which builds the binaries and nfpm first.
#   packaging/linux/build.sh NFPM
set -euo pipefail
cd "$(dirname "$0")/../.."

nfpm=${1:?usage: packaging/linux/build.sh NFPM}
bin=build/bin
dist=build/dist
root=build/package/root
id=io.github.huntbook.Huntbook
here=packaging/linux

say() { printf 'package: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

for f in "$bin/huntbook" "$bin/huntbook-desktop"; do
  [[ -x $f ]] || die "$f is missing: run make build first"
done
# The command line must not drag GTK in: it is what makes `huntbook` quick.
if objdump -p "$bin/huntbook" | grep -q 'NEEDED.*\(gtk\|webkit\)'; then
  die "$bin/huntbook links GTK or WebKit: it must be the command-line build"
fi

version=$(packaging/version.sh)
date=$(TZ=UTC git log -1 --format=%cd --date=format-local:%Y-%m-%d)
goarch=$(go env GOARCH)
export PKG_VERSION=$version GOARCH=$goarch
# Reproducible timestamps: the commit's time, not now.
SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)
export SOURCE_DATE_EPOCH

# ImageMagick's own convert (a stand-in may come first on PATH).
convert=convert
if [[ -x /usr/bin/convert ]]; then convert=/usr/bin/convert; fi
command -v "$convert" >/dev/null || die "ImageMagick's convert is missing (apt-get install imagemagick)"

say "staging $version in $root"
rm -rf "$root"
install -D -m 0755 "$bin/huntbook" "$root/usr/bin/huntbook"
install -D -m 0755 "$bin/huntbook-desktop" "$root/usr/lib/huntbook/huntbook-desktop"
install -D -m 0644 "$here/$id.desktop" "$root/usr/share/applications/$id.desktop"
install -d "$root/usr/share/metainfo"
sed -e "s/@VERSION@/$version/" -e "s/@DATE@/$date/" "$here/$id.metainfo.xml" >"$root/usr/share/metainfo/$id.metainfo.xml"
for size in 16 22 24 32 48 64 128 256 512; do
  d="$root/usr/share/icons/hicolor/${size}x${size}/apps"
  install -d "$d"
  "$convert" build/appicon.png -resize "${size}x${size}" -strip \
    -define png:exclude-chunks=date,time "PNG32:$d/$id.png"
done

# The man page and completions come from the same command table as `huntbook help`.
cli="$root/usr/bin/huntbook"
install -d "$root/usr/share/man/man1" "$root/usr/share/bash-completion/completions" \
  "$root/usr/share/zsh/vendor-completions" "$root/usr/share/fish/vendor_completions.d"
"$cli" man | gzip -9n >"$root/usr/share/man/man1/huntbook.1.gz"
"$cli" completion bash >"$root/usr/share/bash-completion/completions/huntbook"
"$cli" completion zsh >"$root/usr/share/zsh/vendor-completions/_huntbook"
"$cli" completion fish >"$root/usr/share/fish/vendor_completions.d/huntbook.fish"
for f in "$root/usr/share/bash-completion/completions/huntbook" "$root/usr/share/zsh/vendor-completions/_huntbook" \
  "$root/usr/share/fish/vendor_completions.d/huntbook.fish"; do
  [[ -s $f ]] || die "$f is empty"
  chmod 0644 "$f"
done

# Native-messaging host manifests for Chrome, Chromium and Firefox (system-wide).
go run ./packaging/hostmanifest -path /usr/bin/huntbook -out build/package/manifests
install -D -m 0644 build/package/manifests/chromium.json "$root/etc/opt/chrome/native-messaging-hosts/app.huntbook.host.json"
install -D -m 0644 build/package/manifests/chromium.json "$root/etc/chromium/native-messaging-hosts/app.huntbook.host.json"
install -D -m 0644 build/package/manifests/firefox.json "$root/usr/lib/mozilla/native-messaging-hosts/app.huntbook.host.json"

install -D -m 0644 "$here/copyright" "$root/usr/share/doc/huntbook/copyright"
# Debian wants a changelog: this version's entry, from git.
{
  printf 'huntbook (%s-1) unstable; urgency=medium\n\n' "$version"
  printf '  * Built from commit %s.\n\n' "$(git rev-parse --short=12 HEAD)"
  printf ' -- Huntbook contributors <huntbook@users.noreply.github.com>  %s\n' \
    "$(LC_ALL=C TZ=UTC git log -1 --format=%cd --date=format-local:'%a, %d %b %Y %H:%M:%S +0000')"
} | gzip -9n >"$root/usr/share/doc/huntbook/changelog.Debian.gz"
find "$root" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +

mkdir -p "$dist"
rm -f "$dist"/huntbook_*.deb "$dist"/huntbook-*.rpm "$dist"/huntbook-*-linux-*.tar.gz
"$nfpm" package -f "$here/nfpm.yaml" -p deb -t "$dist/"
"$nfpm" package -f "$here/nfpm.yaml" -p rpm -t "$dist/"

# The .tar.gz: the same tree under a prefix (bin/, lib/huntbook/, share/), to
# unpack into ~/.local or /usr/local; `huntbook browser install` registers
# the extension's host for that copy, so the /etc manifests stay out.
tarname="huntbook-$version-linux-$goarch"
tmp=build/package/tar
rm -rf "$tmp" && mkdir -p "$tmp/$tarname"
cp -a "$root/usr/." "$tmp/$tarname/"
rm -rf "$tmp/$tarname/lib/mozilla" "$tmp/$tarname/share/doc/huntbook/changelog.Debian.gz"
cat >"$tmp/$tarname/INSTALL.txt" <<TXT
Huntbook $version for Linux ($goarch)

Needs WebKitGTK 4.1 and GTK 3 (Debian/Ubuntu: apt install libwebkit2gtk-4.1-0).
Unpack into a prefix, e.g. for your user alone:

  tar -xzf $tarname.tar.gz --strip-components=1 -C ~/.local

then run \`huntbook\` (the window) or \`huntbook help\` (the command line), and
\`huntbook browser install\` to connect the browser extension.
The .deb and .rpm packages install the same files system-wide.
TXT
touch -h -d "@$SOURCE_DATE_EPOCH" "$tmp/$tarname/INSTALL.txt"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$SOURCE_DATE_EPOCH" \
  -C "$tmp" -cf - "$tarname" | gzip -9n >"$dist/$tarname.tar.gz"
rm -rf "$tmp"
say "built $(cd "$dist" && ls huntbook_*.deb huntbook-*.rpm "$tarname.tar.gz" | tr '\n' ' ')"
