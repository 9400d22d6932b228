# Helpers for the inet6 and flags tests: the kernel's IPv6 view through
# `ip -j` and /proc/sys/net, independent of our own output.
source "$SOLNET_TESTS/ifconfig_config_lib.sh"

# A veth pair whose IPv6 addresses are usable at once (no duplicate address
# detection to wait for), with their link-local addresses.
veth6() {
  sysctl -qw net.ipv6.conf.default.accept_dad=0
  sysctl -qw net.ipv6.conf.all.accept_dad=0
  veth "$1" "$2"
  settle
}

# v6_list DEV: "local/len" of every IPv6 address, sorted.
v6_list() {
  ip -j -6 addr show dev "$1" | jq -r '.[0].addr_info[]? | "\(.local)/\(.prefixlen)"' | sort
}

# v6 DEV LOCAL: that IPv6 address's addr_info entry, or nothing.
v6() {
  ip -j -6 addr show dev "$1" | jq -c --arg l "$2" '.[0].addr_info[]? | select(.local == $l)'
}

# conf6 DEV KEY / conf4 DEV KEY: a per-interface sysctl of this namespace.
conf6() { cat "/proc/sys/net/ipv6/conf/$1/$2"; }
conf4() { cat "/proc/sys/net/ipv4/conf/$1/$2"; }

# units6 DEV: "UNIT ADDRESS/LEN" of the IPv6 logical interfaces our JSON
# shows ("-" for the physical), in display order.
units6() {
  $IFCONFIG -a6 --json | jq -r --arg n "$1" '.interfaces[] | select(.physical == $n) |
    "\(.unit // "-") \(.address // "none")/\(.prefix_length)\(if .in_kernel then "" else " down" end)"'
}

# Kernel state, for before/after comparisons (settled, see kernel_snapshot):
# also the sysctls and tokens ip's link dump does not show.
kernel_snapshot6() {
  kernel_snapshot
  ip -j netconf show
  ip token list
  grep -H . /proc/sys/net/ipv6/conf/*/{disable_ipv6,forwarding,mtu,keep_addr_on_down}
}

# The kernel's state and the state store's.
snapshot6() {
  kernel_snapshot6
  cat $STORE 2>/dev/null
}

# refused6 REGEX ARGS...: refused with one matching line, nothing changed.
refused6() { refused_with snapshot6 "$@"; }
