#!/usr/bin/env bash
# Installs what kgraph needs on Debian 12 (build tools, libraries, Graphviz, and the Python
# libraries the export validator uses). Installs only what is missing; needs root (or sudo).
#   .ci/setup-debian.sh          build and test
#   .ci/setup-debian.sh --fuzz   also clang-16 and its libFuzzer/sanitizer runtime
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

packages=(
  g++ cmake make pkg-config
  libboost-graph-dev libboost-program-options-dev rapidjson-dev doctest-dev libexpat1-dev
  graphviz fonts-dejavu-core
  libxml2-utils python3 python3-networkx python3-igraph python3-graph-tool
)
if [ "${1:-}" = "--fuzz" ]; then
  # clang 14 cannot compile libstdc++ 12's ranges: the fuzzers need clang 16.
  packages+=(clang-16 libclang-rt-16-dev)
fi
# The extractor's data (gazetteers, word lists) comes from Debian packages it lists itself.
if [ -f "$here/extract/DEBIAN_PACKAGES" ]; then
  while read -r p; do
    p="${p%%#*}"; p="${p//[[:space:]]/}"
    [ -n "$p" ] && packages+=("$p")
  done < "$here/extract/DEBIAN_PACKAGES"
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} packages present"
  exit 0
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "setup: need root to install: ${missing[*]}" >&2; exit 1; }
  sudo=(sudo)
fi
echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "setup: done"
