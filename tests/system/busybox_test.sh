# busybox ifupdown in ifconfig mode (CONFIG_FEATURE_IFUPDOWN_IP off) runs
# unchanged against our ifconfig and route. Each test replays
# the lines busybox 1.35.0 runs for an /etc/network/interfaces stanza,
# exactly as `ifup -n -v` / `ifdown -n -v` print them (networking/ifupdown.c:
# static_up/static_down, static_up6/static_down6, loopback_up/_down,
# loopback_up6/_down6), each through /bin/sh -c with our tools first on
# PATH, as busybox does; busybox counts a line as done when it exits 0.
# The lines were checked against `ifup -n -v` of a busybox 1.35.0 built from
# Debian's source with IFUP, IFDOWN, FEATURE_IFUPDOWN_IPV4/IPV6 and UDHCPC
# on, FEATURE_IFUPDOWN_IP and MAPPING off. The kernel's state is read with
# ip -j.
source "$SOLNET_TESTS/ifconfig_inet6_lib.sh"

# What a test sees on PATH first: our ifconfig and route.
_bb_path() { echo "$(cd "$SOLNET_BUILD/cmd" && pwd):$PATH"; }

# bb LINE...: runs each line as busybox does; each must exit 0 and print
# nothing. Then waits for what the kernel does by itself after links come
# up (link-local addresses), which the tests read next.
bb() {
  local line out path
  path=$(_bb_path)
  for line in "$@"; do
    out=$(PATH=$path /bin/sh -c "$line" 2>&1) || fail "busybox line '$line' exited $?: $out"
    [ -z "$out" ] || fail "busybox line '$line' printed: $out"
  done
  settle
}

# bb_fails REGEX LINE: the line fails as busybox runs it, with one line
# matching REGEX on stderr and nothing on stdout.
bb_fails() {
  PATH=$(_bb_path) expect_error "$1" /bin/sh -c "$2"
}

# A veth pair as at boot: NAME down, its peer PEER up.
_boot_veth() {
  sysctl -qw net.ipv6.conf.default.accept_dad=0 net.ipv6.conf.all.accept_dad=0
  ip link add "$1" type veth peer name "$2" || fail "cannot create veth $1"
  ip link set "$2" up
}

# "via GW dev DEV metric N [src S]" of every default route of a family.
defaults4() {
  ip -j -4 route show default | jq -r '.[] |
    "via \(.gateway) dev \(.dev) metric \(.metric // 0)\(if .prefsrc then " src \(.prefsrc)" else "" end)"' | sort
}
defaults6() {
  ip -j -6 route show default | jq -r '.[] | "via \(.gateway) dev \(.dev) metric \(.metric // 0)"' | sort
}

is_up() { link_flag "$1" UP; }

# iface v0 inet static
#   address 192.168.5.10
#   netmask 255.255.255.128
#   broadcast 192.168.5.127
#   gateway 192.168.5.1
#   metric 5
#   hwaddress ether 02:00:00:00:00:10
#   mtu 1400
#   media auto
_full_up=(
  "ifconfig v0 hw ether 02:00:00:00:00:10 media auto mtu 1400 up"
  "ifconfig v0 192.168.5.10 netmask 255.255.255.128 broadcast 192.168.5.127"
  "route add default gw 192.168.5.1 metric 5 v0"
)

t_inet_static_every_option() {
  _boot_veth v0 v1
  bb "${_full_up[@]}"
  assert_eq "$(link_field v0 address)" "02:00:00:00:00:10" "hwaddress"
  assert_eq "$(link_field v0 mtu)" 1400 "mtu"
  is_up v0 || fail "v0 is not up"
  assert_eq "$(v4_list v0)" "v0 192.168.5.10/25 192.168.5.127" "address, mask, broadcast, label"
  assert_eq "$(defaults4)" "via 192.168.5.1 dev v0 metric 5" "default route"
  # ifdown: static_down; the link going down takes the route with it
  bb "ifconfig v0 down"
  ! is_up v0 || fail "v0 is still up"
  assert_eq "$(defaults4)" "" "default route after ifdown"
  assert_eq "$(v4_list v0)" "v0 192.168.5.10/25 192.168.5.127" "Linux keeps IPv4 addresses on a down link"
  # ifup again: the same lines, the same state
  bb "${_full_up[@]}"
  assert_eq "$(v4_list v0)" "v0 192.168.5.10/25 192.168.5.127" "address after a second ifup"
  assert_eq "$(defaults4)" "via 192.168.5.1 dev v0 metric 5" "default route after a second ifup"
  # the form static_down once had, and scripts still write
  bb "route del default gw 192.168.5.1 metric 5 v0"
  assert_eq "$(defaults4)" "" "default route after route del"
}

# iface v2 inet static
#   address 10.20.0.5
#   netmask 255.255.0.0
#   gateway 10.20.0.1
t_inet_static_plain() {
  _boot_veth v2 v3
  bb "ifconfig v2 up" "ifconfig v2 10.20.0.5 netmask 255.255.0.0" "route add default gw 10.20.0.1 v2"
  is_up v2 || fail "v2 is not up"
  assert_eq "$(v4_list v2)" "v2 10.20.0.5/16 10.20.255.255" "address, mask, default broadcast"
  assert_eq "$(defaults4)" "via 10.20.0.1 dev v2 metric 0" "default route"
  bb "route del default gw 10.20.0.1 v2"
  assert_eq "$(defaults4)" "" "default route after route del"
  bb "ifconfig v2 down"
  ! is_up v2 || fail "v2 is still up"
  assert_eq "$(v4_list v2)" "v2 10.20.0.5/16 10.20.255.255" "address after ifdown"
}

# iface v0 inet dhcp
#   hwaddress ether 02:00:00:00:00:20
# dhcp_up's first line (the DHCP client is not ours), then static_down's.
t_inet_dhcp_hwaddress() {
  _boot_veth v0 v1
  bb "ifconfig v0 hw ether 02:00:00:00:00:20 up"
  assert_eq "$(link_field v0 address)" "02:00:00:00:00:20" "hwaddress"
  is_up v0 || fail "v0 is not up"
  assert_eq "$(v4_list v0)" "" "IPv4 addresses before the DHCP client"
  bb "ifconfig v0 down"
  ! is_up v0 || fail "v0 is still up"
}

# iface v4 inet static
#   address 10.1.0.1
#   netmask 255.255.255.255
#   pointopoint 10.1.0.2
t_inet_static_pointopoint() {
  _boot_veth v4 v5
  bb "ifconfig v4 up" "ifconfig v4 10.1.0.1 netmask 255.255.255.255 pointopoint 10.1.0.2"
  assert_eq "$(v4 v4 10.1.0.1 | jq -r '"\(.label) \(.address) \(.prefixlen) \(.broadcast // "-")"')" \
    "v4 10.1.0.2 32 -" "label, peer, prefix, no broadcast"
  assert_eq "$(ip -j -4 route show dev v4 | jq -r '.[].dst')" "10.1.0.2" "route to the peer"
  bb "ifconfig v4 down"
  ! is_up v4 || fail "v4 is still up"
  assert_eq "$(ip -j -4 route show dev v4)" "[]" "routes after ifdown"
}

# iface v0 inet static            iface v0:1 inet static
#   address 192.168.5.10            address 192.168.5.11
#   netmask 255.255.255.0           netmask 255.255.255.0
# iface v0:2 inet static
#   address 192.168.6.10
#   netmask 255.255.255.0
#   gateway 192.168.6.1
#   metric 7
t_alias_stanzas() {
  _boot_veth v0 v1
  bb "ifconfig v0 up" "ifconfig v0 192.168.5.10 netmask 255.255.255.0"
  # the alias is marked up before it has an address: nothing in the kernel,
  # shown UP at 0.0.0.0 as on illumos
  local before
  before=$(kernel_snapshot)
  bb "ifconfig v0:1 up"
  assert_eq "$(kernel_snapshot)" "$before" "kernel after ifconfig v0:1 up"
  assert_match "$($IFCONFIG v0:1)" $'^v0:1: flags=[0-9a-f]+<UP,.*\n\tinet 0\\.0\\.0\\.0 netmask 0$' "v0:1 up, no address"
  assert_eq "$($IFCONFIG v0:1 --json | jq -c '.interfaces[0] | [.up, .in_kernel, .address]')" \
    '[true,false,null]' "v0:1 JSON"
  $IFCONFIG -a --json >/run/all.json || fail "ifconfig -a --json"
  validate_schema "$IFCONFIG_SCHEMA" /run/all.json || fail "JSON schema"
  bb "ifconfig v0:1 192.168.5.11 netmask 255.255.255.0"
  bb "ifconfig v0:2 up" "ifconfig v0:2 192.168.6.10 netmask 255.255.255.0" \
    "route add default gw 192.168.6.1 metric 7 v0:2"
  # in the kernel's order: primaries, then secondaries
  assert_eq "$(v4_list v0)" "v0 192.168.5.10/24 192.168.5.255
v0:2 192.168.6.10/24 192.168.6.255
v0:1 192.168.5.11/24 192.168.5.255 secondary" "labels, masks, broadcasts, primary and secondary"
  assert_eq "$(defaults4)" "via 192.168.6.1 dev v0 metric 7 src 192.168.6.10" "default route from v0:2"
  # ifdown v0:1, then v0:2: each takes only its own address
  bb "ifconfig v0:1 down"
  assert_eq "$(v4_list v0)" "v0 192.168.5.10/24 192.168.5.255
v0:2 192.168.6.10/24 192.168.6.255" "after ifdown v0:1"
  is_up v0 || fail "ifdown v0:1 took v0 down"
  bb "ifconfig v0:2 down"
  assert_eq "$(v4_list v0)" "v0 192.168.5.10/24 192.168.5.255" "after ifdown v0:2"
  assert_eq "$(defaults4)" "" "v0:2's default route after its ifdown"
  # ifup v0:1 again: the unit kept its address while down
  bb "ifconfig v0:1 up" "ifconfig v0:1 192.168.5.11 netmask 255.255.255.0"
  assert_eq "$(v4_list v0)" "v0 192.168.5.10/24 192.168.5.255
v0:1 192.168.5.11/24 192.168.5.255 secondary" "after a second ifup v0:1"
  # net-tools' del, as scripts write it
  bb "ifconfig v0 del 192.168.5.11/24"
  assert_eq "$(v4_list v0)" "v0 192.168.5.10/24 192.168.5.255" "after del 192.168.5.11/24"
}

# iface v0 inet6 static           iface v2 inet6 static
#   address 2001:db8::10            address 2001:db8:2::10
#   netmask 64                      netmask 64
#   gateway 2001:db8::1             gateway 2001:db8:2::1
#                                   metric 10
_inet6_up=("ifconfig v0 up" "ifconfig v0 add 2001:db8::10/64" "route -A inet6 add ::/0 gw 2001:db8::1")

t_inet6_static() {
  _boot_veth v0 v1
  _boot_veth v2 v3
  bb "${_inet6_up[@]}"
  bb "ifconfig v2 up" "ifconfig v2 add 2001:db8:2::10/64" "route -A inet6 add ::/0 gw 2001:db8:2::1 metric 10"
  assert_match "$(v6_list v0)" '^2001:db8::10/64
fe80::' "v0's addresses"
  assert_match "$(v6_list v2)" '^2001:db8:2::10/64
fe80::' "v2's addresses"
  assert_eq "$(v6 v0 2001:db8::10 | jq -r '"\(.scope) \(.dynamic // false)"')" "global false" "a static address"
  assert_eq "$(defaults6)" "via 2001:db8:2::1 dev v2 metric 10
via 2001:db8::1 dev v0 metric 1" "default routes (net-tools' metric 1 unless given)"
  # ifdown: static_down6
  bb "ifconfig v0 down" "ifconfig v2 down"
  ! is_up v0 || fail "v0 is still up"
  assert_eq "$(defaults6)" "" "default routes after ifdown"
  # our down keeps the address, as Solaris does: ifup again adds nothing twice
  assert_match "$(v6_list v0)" '^2001:db8::10/64$' "v0's static address while down"
  bb "${_inet6_up[@]}"
  assert_eq "$(ip -j -6 addr show dev v0 | jq '[.[0].addr_info[] | select(.local == "2001:db8::10")] | length')" 1 \
    "2001:db8::10 once after a second ifup"
  assert_eq "$(defaults6)" "via 2001:db8::1 dev v0 metric 1" "default route after a second ifup"
  # net-tools' inet6 forms: the gateway route with its interface, and del
  bb "route -A inet6 del ::/0 gw 2001:db8::1 v0" "route -A inet6 add ::/0 gw 2001:db8::2 v0"
  assert_eq "$(defaults6)" "via 2001:db8::2 dev v0 metric 1" "default route with its interface"
  bb "ifconfig v0 del 2001:db8::10/64"
  assert_eq "$(v6 v0 2001:db8::10)" "" "2001:db8::10 after del"
}

# auto lo
# iface lo inet loopback
# iface lo inet6 loopback
_lo_up=("ifconfig lo 127.0.0.1 up" "ifconfig lo add ::1")

_lo_is_up() {
  is_up lo || fail "lo is not up"
  assert_eq "$(v4_list lo)" "lo 127.0.0.1/8 -" "lo's IPv4"
  assert_eq "$(v6_list lo)" "::1/128" "lo's IPv6"
}

t_loopback() {
  # as at boot: lo down, no addresses
  ip addr flush dev lo
  ip link set lo down
  bb "${_lo_up[@]}"
  _lo_is_up
  # again, with the kernel's ::1 there from the start
  bb "${_lo_up[@]}"
  _lo_is_up
  # what illumos' boot scripts run: the loopback address is /128 there too
  $IFCONFIG lo inet6 plumb ::1 up || fail "ifconfig lo inet6 plumb ::1 up"
  _lo_is_up
  assert_match "$($IFCONFIG -a6u)" $'(^|\n)lo: flags=[^\n]*\n\tinet6 ::1/128(\n|$)' "ifconfig -a6u"
  # ifdown lo runs both stanzas in file order. The kernel drops ::1 when lo
  # goes down (keep_addr_on_down keeps no loopback or link-local address),
  # so the inet6 line finds nothing to delete and fails, as net-tools'
  # SIOCDIFADDR does ("Cannot assign requested address").
  bb "ifconfig lo 127.0.0.1 down"
  bb_fails '^ifconfig: del ::1: no such address on lo$' "ifconfig lo del ::1"
  ! is_up lo || fail "lo is still up"
  assert_eq "$(v6_list lo)" "" "lo's IPv6 after ifdown"
  assert_eq "$(v4_list lo)" "lo 127.0.0.1/8 -" "lo's IPv4 after ifdown"
  bb "${_lo_up[@]}"
  _lo_is_up
  # the inet6 stanza alone, while lo is up
  bb "ifconfig lo del ::1"
  assert_eq "$(v6_list lo)" "" "lo's IPv6 after ifdown of its inet6 stanza"
  is_up lo || fail "lo went down with ::1"
}

# Output that scripts parse.
t_output_scripts_parse() {
  _boot_veth v0 v1
  _boot_veth v2 v3
  bb "ifconfig v0 up" "ifconfig v0 192.168.5.10 netmask 255.255.255.0" \
    "ifconfig v0:1 up" "ifconfig v0:1 192.168.5.11 netmask 255.255.255.0" \
    "ifconfig v0 add 2001:db8::10/64" "ifconfig v0 add 2001:db8::11/64" \
    "ifconfig v2 up" "ifconfig v2 10.20.0.5 netmask 255.255.0.0"
  ip addr add 10.20.0.6/16 dev v2  # unlabelled: a logical interface too
  local path
  path=$(_bb_path)
  assert_eq "$(PATH=$path ifconfig v0 | awk '/inet /{print $2}')" 192.168.5.10 "v0's address"
  assert_eq "$(PATH=$path ifconfig v0:1 | awk '/inet /{print $2}')" 192.168.5.11 "v0:1's address"
  assert_eq "$(PATH=$path ifconfig lo | awk '/inet /{print $2}')" 127.0.0.1 "lo's address"
  # one flags= line per logical interface: per link, every address of each
  # family, or the physical interface alone (IPv6: while enabled)
  local want
  want=$(ip -j addr show | jq '[.[] | ([.addr_info[] | select(.family == "inet")] | length) as $v4 |
    ([.addr_info[] | select(.family == "inet6")] | length) as $v6 |
    (if $v4 > 0 then $v4 else 1 end) + $v6] | add')
  local n
  for n in $(ip -j link show | jq -r '.[].ifname'); do
    [ -z "$(v6_list "$n")" ] && [ "$(conf6 "$n" disable_ipv6)" = 0 ] && want=$((want + 1))
  done
  assert_eq "$(PATH=$path ifconfig -a | grep -c flags=)" "$want" "flags= lines of ifconfig -a"
  [ "$want" -ge 10 ] || fail "only $want logical interfaces counted"
  # scripts tell busybox's applets from the real tools by their --help
  local tool help
  for tool in ifconfig route arp; do
    help=$(PATH=$path $tool --help 2>&1)
    [ -n "$help" ] || fail "$tool --help printed nothing"
    ! grep -qi busybox <<<"$help" || fail "$tool --help mentions BusyBox"
  done
}

_snapshot() {
  kernel_snapshot
  cat $STORE 2>/dev/null
}

# media (busybox passes "media %media%") and add, bad input: refused with
# one line, nothing changed.
t_bad_input() {
  veth6 v0 v1
  $IFCONFIG v0 10.0.0.1/24 up || fail "v0"
  $IFCONFIG v0 add 10.0.0.2/24 || fail "v0:0"
  local why='not supported on this system \(Linux sets link speed and duplex with ethtool\)'
  refused_with _snapshot "^ifconfig: media 10baseT: $why\$" v0 media 10baseT
  refused_with _snapshot "^ifconfig: media 100baseTX: $why\$" v0 mtu 1400 media 100baseTX up
  refused_with _snapshot "^ifconfig: media bnc: $why\$" v0 inet6 media bnc
  refused_with _snapshot "^ifconfig: media 0: $why\$" v0:0 media 0
  refused_with _snapshot '^ifconfig: no argument for media$' v0 media
  refused_with _snapshot '^ifconfig: no argument for media$' v0 mtu 1400 media
  refused_with _snapshot '^ifconfig: empty argument for media$' v0 media ""
  refused_with _snapshot '^ifconfig: v0:1: 10.0.0.2 is already the address of v0:0$' v0 add 10.0.0.2/16
  # media auto and an add of what the link has succeed and change nothing
  local before
  before=$(_snapshot)
  $IFCONFIG v0 media auto || fail "media auto"
  $IFCONFIG v0 media AUTO up || fail "media AUTO up"
  $IFCONFIG v0 add 10.0.0.2 || fail "add 10.0.0.2"
  $IFCONFIG v0 add 10.0.0.1/24 || fail "add 10.0.0.1/24"
  assert_eq "$(_snapshot)" "$before" "state after media auto and add"
}
