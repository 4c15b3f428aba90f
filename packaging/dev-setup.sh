#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# One command from a fresh Debian 12 checkout to a running Copydesk or a green test suite:
#   packaging/dev-setup.sh run    install what is missing, build, open the sample page
#   packaging/dev-setup.sh test   install what is missing, build, run every test headless
# Needs root or sudo for apt-get. The build goes to ./build (override with BUILD_DIR).
set -euo pipefail

mode="${1:-}"
case "$mode" in
    run|test) ;;
    *) echo "usage: $0 run|test" >&2; exit 2 ;;
esac

top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$top/build}"

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Install only what is missing, so a prepared machine starts building at once.
mapfile -t wanted < <(grep -v '^\s*#' "$top/packaging/debian-build-deps.txt" | sed '/^\s*$/d')
missing=()
for pkg in "${wanted[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$pkg")
    fi
done
if [ "${#missing[@]}" -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${missing[@]}"
fi

jobs="$(nproc 2>/dev/null || echo 2)"
cmake -S "$top" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCOPYDESK_WERROR=ON
cmake --build "$build" --parallel "$jobs"

if [ "$mode" = run ]; then
    exec "$build/ui/copydesk" "$top/resources/samples/raw.txt"
fi

export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build" --output-on-failure --parallel "$jobs" --timeout 600
