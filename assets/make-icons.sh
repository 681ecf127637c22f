#!/usr/bin/env bash
# Renders the till icon from its source, till-icon.mvg, into the files the packages use:
# till.png (Linux, 256x256) and till.ico (Windows, 16-256 px). macOS's till.icns is made on the Mac build machine
# (packaging/macos/make-icns.sh), because ImageMagick cannot write ICNS.
set -euo pipefail
cd "$(dirname "$0")"
convert -background none -size 256x256 mvg:till-icon.mvg -depth 8 -strip till.png
convert till.png -define icon:auto-resize=256,128,64,48,32,16 till.ico
