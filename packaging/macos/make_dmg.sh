#!/usr/bin/env bash
# macOS disk image of the bundle: dist/narvard-desktop-<version>.dmg holding
# "Närvård Samverkan.app" and a link to /Applications to drag it onto.
# Run on macOS after the PyInstaller build (packaging/README.md); uses only hdiutil,
# which every Mac has. Not signed or notarised: see the README for what that means.
set -euo pipefail
cd "$(dirname "$0")/../.."
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' narvard_desktop/__init__.py)
app="dist/Närvård Samverkan.app"
[ -d "$app" ] || { echo "no $app: build the bundle first" >&2; exit 1; }
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Program"
out="dist/narvard-desktop-$version.dmg"
rm -f "$out"
hdiutil create -volname "Närvård Samverkan $version" -srcfolder "$staging" \
    -fs HFS+ -format UDZO -imagekey zlib-level=9 "$out"
echo "$out"
