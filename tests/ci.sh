#!/bin/bash
# The whole test suite from a fresh Debian 12 machine, as root: installs the
# build and test dependencies, builds, and runs every test. The last line is
# "N passed, N failed"; the exit status is non-zero on any failure.
set -eu
cd "$(dirname "$0")/.."

packages=(
  # build: g++ for the tests, clang and Debian's build flags for the other
  # configurations packagers use
  g++
  clang
  dpkg-dev
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
# from fish.pc): configure it again. Warnings are errors here, not in the
# default build.
setup=(meson setup build -Dwerror=true)
[ -d build/meson-private ] && setup+=(--reconfigure)
if ! "${setup[@]}" >/dev/null || ! meson compile -C build; then
  echo "the build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

# The commands alone, as packagers build them: clang, and Debian's own
# flags (hardening included) on a plain build. Tests run once, above. The
# clang build also goes without precompiled headers, so a file that does
# not include what it uses fails there.
other_build() {
  local dir=$1 log
  shift
  rm -rf "$dir"
  log=$(mktemp)
  if meson setup "$dir" -Dwerror=true -Dtests=false "$@" >"$log" 2>&1 && meson compile -C "$dir" >>"$log" 2>&1; then
    rm -f "$log"
  else
    cat "$log"
    rm -f "$log"
    return 1
  fi
}
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
if ! CXX=clang++ other_build build-clang -Db_pch=false ||
   ! CXXFLAGS=$(dpkg-buildflags --get CXXFLAGS) CPPFLAGS=$(dpkg-buildflags --get CPPFLAGS) \
     LDFLAGS=$(dpkg-buildflags --get LDFLAGS) other_build build-plain --buildtype=plain; then
  echo "a packager's build (clang, or plain with dpkg-buildflags) failed"
  echo "0 passed, 1 failed"
  exit 1
fi
exec tests/run build
