#!/bin/bash
# The whole test suite from a fresh Debian 12 machine, as root: installs the
# build and test dependencies, builds, and runs every test. The last line is
# "N passed, N failed"; the exit status is non-zero on any failure.
set -eu
cd "$(dirname "$0")/.."

packages=(
  # build
  g++
  meson
  ninja-build
  pkg-config
  libcli11-dev
  libnl-3-dev
  libnl-route-3-dev
  nlohmann-json3-dev
  doctest-dev
  # system tests
  iproute2
  jq
  mount
  procps
  python3-jsonschema
  # arp system tests: net-tools arp is the reference; setpriv runs non-root
  net-tools
  util-linux
  # DHCP: the client ifconfig drives and the server the tests run
  dhcpcd-base
  dnsmasq-base
  # docs: manual pages (scdoc builds them, man renders them) and the shells
  # whose completions the tests run
  scdoc
  man-db
  groff-base
  bash-completion
  zsh
  fish
  # auto-revarp: the RARP server the tests run
  rarpd
)

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null

# A build directory left by the README's first command was configured
# before the test packages were there (fish's completions directory comes
# from fish.pc): configure it again.
setup=(meson setup build)
[ -d build/meson-private ] && setup+=(--reconfigure)
if ! "${setup[@]}" >/dev/null || ! meson compile -C build; then
  echo "the build failed"
  echo "0 passed, 1 failed"
  exit 1
fi
exec tests/run build
