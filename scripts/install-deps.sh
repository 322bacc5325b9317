#!/usr/bin/env bash
# Installs what Waymark needs to build, run and test on Debian 12 (bookworm).
# Idempotent: does nothing that is already done. Uses sudo when not root.
# SQLCipher >= 4.5 comes from bookworm-backports; the suite is added by reusing the
# URIs of the machine's existing Debian apt source (no mirror host is written here).
set -euo pipefail

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
        echo "install-deps: not root and no sudo; install the packages listed in $0 by hand" >&2
        exit 1
    fi
fi

PACKAGES=(
    build-essential cmake ninja-build pkg-config git file dpkg-dev
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev libqt6svg6 qt6-qpa-plugins libgl-dev
    # Report charts (Qt Charts needs the OpenGL module's headers) and checking PDF output.
    qt6-charts-dev libqt6opengl6-dev poppler-utils
    libboost-date-time-dev libsodium-dev libzxcvbn-dev
    # waymark-cli's allocator (bulk work such as the large demo; see app/cli/CMakeLists.txt).
    libjemalloc-dev
    xvfb xauth imagemagick fonts-dejavu-core clang-format dbus-daemon
    # libFuzzer (scripts/fuzz.sh): clang 14 and 16 cannot compile libstdc++ 12's std::expected
    # (it needs __cpp_concepts >= 202002L); Debian 12's clang-19 can.
    clang-19 libclang-rt-19-dev
    # An independent iCalendar parser for the calendar export's CLI test (tests/cli).
    python3 python3-icalendar
)
BACKPORT_PACKAGES=(libsqlcipher-dev sqlcipher)

missing=()
for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

sqlcipher_ok() {
    local v
    v=$(dpkg-query -W -f='${Version}' libsqlcipher-dev 2>/dev/null || true)
    [ -n "$v" ] && dpkg --compare-versions "$v" ge 4.5 && dpkg-query -W -f='${Status}' sqlcipher 2>/dev/null | grep -q "install ok installed"
}

if [ ${#missing[@]} -eq 0 ] && sqlcipher_ok; then
    echo "install-deps: all packages present"
    exit 0
fi

# Add bookworm-backports using the URIs of the existing Debian source.
if ! grep -rqs "bookworm-backports" /etc/apt/sources.list /etc/apt/sources.list.d/; then
    uris=""
    # deb822 sources (Debian 12's default): the first URI of the stanza whose Suites has "bookworm".
    for f in /etc/apt/sources.list.d/*.sources; do
        [ -f "$f" ] || continue
        uris=$(awk 'BEGIN { RS = ""; FS = "\n" }
            { u = ""; s = ""
              for (i = 1; i <= NF; i++) {
                  if ($i ~ /^URIs:/) { line = $i; sub(/^URIs:[ \t]*/, "", line); split(line, a, /[ \t]+/); u = a[1] }
                  if ($i ~ /^Suites:/) s = $i " "
              }
              if (u != "" && s ~ /[ \t]bookworm[ \t]/) { print u; exit } }' "$f" || true)
        [ -n "$uris" ] && break
    done
    # One-line sources (older installs, debootstrap): "deb [options] URI bookworm main".
    if [ -z "$uris" ]; then
        for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
            [ -f "$f" ] || continue
            uris=$(grep -hE '^deb\s' "$f" | grep -E '\sbookworm(\s|$)' \
                | awk '{ for (i = 2; i <= NF; i++) if ($i !~ /^\[/) { print $i; break } }' | head -n 1 || true)
            [ -n "$uris" ] && break
        done
    fi
    if [ -z "$uris" ]; then
        echo "install-deps: cannot find the machine's Debian apt source to reuse for bookworm-backports" >&2
        exit 1
    fi
    echo "install-deps: adding bookworm-backports from the existing Debian source"
    printf 'Types: deb\nURIs: %s\nSuites: bookworm-backports\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
        "$uris" | $SUDO tee /etc/apt/sources.list.d/waymark-backports.sources >/dev/null
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${PACKAGES[@]}"
$SUDO apt-get install -y -q --no-install-recommends -t bookworm-backports "${BACKPORT_PACKAGES[@]}"
sqlcipher_ok || { echo "install-deps: SQLCipher >= 4.5 could not be installed" >&2; exit 1; }
echo "install-deps: done"
