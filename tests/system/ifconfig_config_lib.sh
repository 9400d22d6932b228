# Helpers for the ifconfig configuration tests: the kernel's view through
# `ip -j`, independent of our own output.

# This network namespace's state store (one file per namespace, named by
# the namespace's nsfs device and inode), its lock and its DHCP primary.
STORE=/run/lif/net.$(stat -L -c %d.%i /proc/self/ns/net).json
STORE_LOCK=${STORE%.json}.lock
DHCP_PRIMARY=${STORE%.json}.dhcp-primary

# v4 DEV LOCAL: that IPv4 address's addr_info entry (compact JSON), or
# nothing when the link does not have it.
v4() {
  ip -j -4 addr show dev "$1" | jq -c --arg l "$2" '.[0].addr_info[]? | select(.local == $l)'
}

# v4_field DEV LOCAL FIELD: one field of that address ("" when absent).
v4_field() {
  v4 "$1" "$2" | jq -r --arg f "$3" '.[$f] // ""'
}

# v4_list DEV: "label local/len brd [secondary]" of every IPv4 address, in
# kernel order.
v4_list() {
  ip -j -4 addr show dev "$1" | jq -r '.[0].addr_info[]? |
    "\(.label) \(.local)/\(.prefixlen) \(.broadcast // "-")\(if .secondary then " secondary" else "" end)"'
}

# link_flag DEV FLAG: succeeds when ip lists the flag on the link.
link_flag() {
  ip -j link show "$1" | jq -e --arg f "$2" '.[0].flags | index($f) != null' >/dev/null
}

link_field() {
  ip -j link show "$1" | jq -r --arg f "$2" '.[0][$f]'
}

# Our own JSON of one logical interface (inet), for store-only state.
lif_json() {
  $IFCONFIG "$1" inet --json | jq -c '.interfaces[0]'
}

# store_units DEV: the logical units the state store keeps for a link.
store_units() {
  [ -e $STORE ] || return 0
  jq -r --arg n "$1" '.links[] | select(.name == $n) | .lifs[] | select(.family == "inet") | .unit' $STORE | sort -n
}

# refused_with SNAPSHOT REGEX ARGS...: `ifconfig ARGS` is refused with one
# line matching REGEX, and the function SNAPSHOT prints the same before and
# after.
refused_with() {
  local snapshot=$1 re=$2 before after
  shift 2
  before=$($snapshot)
  expect_error "$re" $IFCONFIG "$@"
  after=$($snapshot)
  [ "$before" = "$after" ] || fail "'$*' changed something: $(diff <(echo "$before") <(echo "$after"))"
}

# replay FILE LINKS STATE: in a fresh network and mount namespace with a
# private /run, runs the function LINKS, `ifconfig LINE` for every line of
# FILE, then the function STATE, whose output is printed.
replay() {
  unshare --net --mount bash -c "
    set -e
    mount --make-rprivate /
    mount -t tmpfs tmpfs /run
    source \"\$SOLNET_TESTS/lib.sh\"
    ip link set lo up
    $(declare -f "$2" "$3")
    $2
    while read -r line; do \$IFCONFIG \$line; done </dev/fd/3
    $3
  " 3<"$1"
}

# start_rarpd NS IF: rarpd answering on IF in namespace NS, its log in
# /run/rarpd.log; returns when it listens.
start_rarpd() {
  ip netns exec "$1" rarpd -d -e "$2" >/run/rarpd.log 2>&1 &
  track_pid $!
  wait_until 30 "rarpd did not start" _rarpd_listens $!
}

# rarpd has its packet socket bound when it has read its interface.
_rarpd_listens() {
  [ -e "/proc/$1/fd/3" ] && return
  cat /run/rarpd.log
  return 1
}

# Runs a command as nobody, without capabilities.
as_nobody() {
  setpriv --reuid=65534 --regid=65534 --clear-groups "$@"
}
