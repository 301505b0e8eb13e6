#!/usr/bin/env bash
# Prints the version the packages carry, from git tags (vMAJOR.MINOR.PATCH):
#   packaging/version.sh          1.2.3 on the tag v1.2.3; 1.2.3~rc1 on v1.2.3-rc1;
#                                 1.2.3+git5.abc1234 five commits after v1.2.3;
#                                 0.0.0~git20261208.abc1234 when there is no tag
#                                 (commit date, UTC). Valid for deb and rpm, and
#                                 sorts the way the tags do ("~" before the release).
#   packaging/version.sh numeric  1.2.3 (0.0.0 without a tag): for Windows'
#                                 VIProductVersion and macOS's CFBundle versions.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-package}
if ! git rev-parse --git-dir >/dev/null 2>&1; then
  echo "packaging/version.sh: not a git checkout, so there is no version to give the packages" >&2
  exit 1
fi

desc=$(git describe --tags --match 'v[0-9]*' --abbrev=7 2>/dev/null || true)
sha=$(git rev-parse --short=7 HEAD)
if [[ -z $desc ]]; then
  base=0.0.0
  pkg="0.0.0~git$(TZ=UTC git log -1 --format=%cd --date=format-local:%Y%m%d).$sha"
elif [[ $desc =~ ^v([0-9]+\.[0-9]+\.[0-9]+)(-([0-9A-Za-z.]+))?(-([0-9]+)-g([0-9a-f]+))?$ ]]; then
  base=${BASH_REMATCH[1]}
  pkg=$base
  # A pre-release tag (v1.2.3-rc1) sorts before the release: 1.2.3~rc1.
  if [[ -n ${BASH_REMATCH[3]} ]]; then pkg+="~${BASH_REMATCH[3]}"; fi
  if [[ -n ${BASH_REMATCH[5]} ]]; then pkg+="+git${BASH_REMATCH[5]}.${BASH_REMATCH[6]}"; fi
else
  echo "packaging/version.sh: the tag in '$desc' is not vMAJOR.MINOR.PATCH[-PRERELEASE]" >&2
  exit 1
fi

case $mode in
  package) echo "$pkg" ;;
  numeric) echo "$base" ;;
  *) echo "usage: packaging/version.sh [package|numeric]" >&2; exit 2 ;;
esac
