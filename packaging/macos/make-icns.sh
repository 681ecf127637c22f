#!/usr/bin/env bash
# Makes assets/till.icns from assets/till.png with macOS's own tools (ImageMagick cannot write ICNS).
# Run on the Mac build machine before ./mvnw -Pinstaller package.
set -euo pipefail
cd "$(dirname "$0")/../.."
set_dir="$(mktemp -d)/till.iconset"
mkdir -p "$set_dir"
for size in 16 32 64 128 256; do
    sips -z "$size" "$size" assets/till.png --out "$set_dir/icon_${size}x${size}.png" >/dev/null
    double=$((size * 2))
    if [ "$double" -le 256 ]; then
        sips -z "$double" "$double" assets/till.png --out "$set_dir/icon_${size}x${size}@2x.png" >/dev/null
    fi
done
iconutil -c icns "$set_dir" -o assets/till.icns
echo "wrote assets/till.icns"
