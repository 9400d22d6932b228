# solnet-boot: a Solaris /etc layout booted in a fresh namespace, checked
# with ip -j; the lines of illumos' boot methods that parse our output.
source "$SOLNET_TESTS/ifconfig_config_lib.sh"

BOOT=$SOLNET_BUILD/cmd/solnet-boot

# _links: v0 and v2 here, their peers in namespace peer (so that only the
# configured links show in -a6u).
_links() {
  ip netns add peer || fail "netns peer"
  ip link add v0 type veth peer name p0 netns peer || fail "veth v0"
  ip link add v2 type veth peer name p2 netns peer || fail "veth v2"
  ip -n peer link set p0 up
  ip -n peer link set p2 up
}

# _boot [PHASE]: solnet-boot as a boot runs it, the node name set (the
# multicast route goes through the interface of that name).
_boot() {
  unshare --uts sh -c "hostname myhost && exec $BOOT $*"
}

_layout() {
  cat >>/etc/hosts <<'EOF'
10.20.1.5 myhost
10.20.0.1 gw-router
EOF
  # net-svc's "-auD4 netmask + broadcast +" gives every address the mask
  # listed here (classful if none), whatever the hostname files said
  printf '10.20.0.0 255.255.0.0\n10.30.0.0 255.255.255.0\n' >/etc/netmasks
  echo myhost >/etc/hostname.v0
  echo 10.20.1.6 >/etc/hostname.v0:1
  printf '10.30.0.1 netmask 255.255.255.0 up\naddif 10.30.0.2/24 up\n' >/etc/hostname.v2
  echo "addif 2001:db8:1::5/64 up" >/etc/hostname6.v0
  printf '# the router\ngw-router   our gateway\n' >/etc/defaultrouter
  echo myhost >/etc/hostname
  mkdir -p /etc/inet
  # as route -p writes it (-R: the file alone, the kernel untouched)
  mkdir /run/alt
  $ROUTE -R /run/alt -p add -net 10.50.0.0/16 10.20.0.254 >/dev/null || fail "route -p"
  cp /run/alt/etc/inet/static_routes /etc/inet/static_routes
}

_v6_list() {
  ip -j -6 addr show dev "$1" | jq -r '[.[0].addr_info[]? | "\(.local)/\(.prefixlen)"] | join(" ")'
}

_routes4() {
  ip -j -4 route show table main | jq -r '.[] | "\(.dst) \(.gateway // "-") \(.dev) \(.prefsrc // "-")"'
}

t_solaris_layout_boots() {
  _links
  _layout
  _boot >/run/out 2>/run/err || fail "solnet-boot failed: $(cat /run/err)"
  settle  # v0's link-local address comes after v0 is up
  assert_eq "$(cat /run/err)" "" "stderr"
  assert_match "$(cat /run/out)" $'configuring IPv4 interfaces: v0 v0:1 v2.\nconfiguring IPv6 interfaces: v0.\n'
  assert_match "$(cat /run/out)" $'\nadd net default: gateway 10.20.0.1\n'
  assert_match "$(cat /run/out)" $'\nAdding persistent routes:\nadd net 10.50.0.0/16: gateway 10.20.0.254\n'
  assert_eq "$(v4_list lo)" "lo 127.0.0.1/8 -"
  assert_eq "$(_v6_list lo)" "::1/128"
  assert_eq "$(v4_list v0)" "v0 10.20.1.5/16 10.20.255.255
v0:1 10.20.1.6/16 10.20.255.255 secondary"
  assert_eq "$(v4_list v2)" "v2 10.30.0.1/24 10.30.0.255
v2:1 10.30.0.2/24 10.30.0.255 secondary"
  link_flag v0 UP && link_flag v2 UP && link_flag lo UP || fail "links not up"
  # IPv6 where a hostname6 file asks for it, and only there
  assert_match "$(_v6_list v0)" '^2001:db8:1::5/64 fe80::'
  assert_eq "$(cat /proc/sys/net/ipv6/conf/v0/disable_ipv6)" 0
  assert_eq "$(cat /proc/sys/net/ipv6/conf/v2/disable_ipv6)" 1
  assert_eq "$(_v6_list v2)" ""
  assert_eq "$(_routes4 | sort)" "10.20.0.0/16 - v0 10.20.1.5
10.30.0.0/24 - v2 10.30.0.1
10.50.0.0/16 10.20.0.254 v0 -
224.0.0.0/4 - v0 10.20.1.5
default 10.20.0.1 v0 -"
  # IPv6 multicast through v0's link-local address (more than ::1 is up)
  assert_eq "$(ip -j -6 route show table main ff00::/8 | jq -r '.[] | .dev')" "v0"
  # What the boot scripts read: "-a4u" stanzas with read intf addr rest
  local seen
  seen=$($IFCONFIG -a4u | while read -r intf addr rest; do [ "$intf" = inet ] && echo "$addr"; done)
  assert_eq "$seen" "127.0.0.1
10.20.1.5
10.20.1.6
10.30.0.1
10.30.0.2"
  seen=$($IFCONFIG -a6u | while read -r intf addr rest; do [ "$intf" = inet6 ] && echo "$addr"; done)
  assert_match "$seen" '^::1/128
fe80::[0-9a-f:]+/64
2001:db8:1::5/64$'

  # net-routing-setup's reading of a router added twice, and net-physical's
  # question whether any DHCP client runs
  local words
  words=$($ROUTE -n add default -gateway gw-router) && fail "a second default via gw-router was added"
  assert_eq "$words" "add net default: gateway 10.20.0.1: entry exists"
  set -- $words
  assert_eq "$5" "10.20.0.1:"
  assert_eq "$($IFCONFIG -a4 dhcp status 2>/dev/null)" ""

  # A second boot changes nothing; the addif lines find their addresses
  # there already and say so, as they would on illumos.
  local before
  before=$(kernel_snapshot)
  _boot >/run/out 2>/run/err && fail "second run succeeded"
  assert_eq "$(kernel_snapshot)" "$before" "kernel after a second run"
  assert_eq "$(cat /run/err)" "ifconfig: v2:2: 10.30.0.2 is already the address of v2:1
solnet-boot: failed to configure IPv4 interface(s): v2
ifconfig: v0:2: 2001:db8:1::5 is already the address of v0:1
solnet-boot: failed to configure IPv6 interface(s): v0
solnet-boot: 2 failures: failed to configure IPv4 interface(s): v2; failed to configure IPv6 interface(s): v0"
}

# net-routing-setup: the routers of /etc/defaultrouter replace a default
# route someone else added, unless it is one of them (found by reading the
# fifth word of "add net default: gateway R: entry exists"); several
# routers are all kept; an empty file flushes the gateway routes.
t_default_routers() {
  _links
  ip addr add 10.20.1.5/16 dev v0 && ip link set v0 up
  ip route add default via 10.20.0.99
  printf '10.20.0.1\n10.20.0.2 # second\n' >/etc/defaultrouter
  $BOOT routing >/run/out 2>/run/err || fail "routing: $(cat /run/err)"
  assert_eq "$(ip -j -4 route show default | jq -r '[.[].gateway] | join(" ")')" "10.20.0.1 10.20.0.2"
  # the first default router is listed again (after another): it stays
  ip route add 10.40.0.0/16 via 10.20.0.7
  printf '10.20.0.3\n10.20.0.1\n' >/etc/defaultrouter
  $BOOT routing >/run/out 2>/run/err || fail "routing again: $(cat /run/err)"
  assert_eq "$(ip -j -4 route show default | jq -r '[.[].gateway] | join(" ")')" "10.20.0.1 10.20.0.2 10.20.0.3"
  # an empty file: no default router, no gateway routes (route -f)
  : >/etc/defaultrouter
  $BOOT routing >/run/out 2>/run/err || fail "routing, empty file: $(cat /run/err)"
  assert_eq "$(ip -j -4 route show | jq -r '[.[] | select(.gateway)] | length')" 0
  assert_eq "$(ip -j -4 route show 10.20.0.0/16 | jq -r '.[0].dev')" v0
}

# Addresses the kernel had before the boot (a diskless boot) take the
# mask of /etc/netmasks; a node without a name asks RARP on the interfaces
# that are still down, as net-physical does.
t_netmasks_and_rarp() {
  _links
  ip addr add 10.20.1.5/8 dev v2 && ip link set v2 up
  echo "10.20.0.0 255.255.0.0" >/etc/netmasks
  rm -f /etc/hostname /etc/nodename
  # v0: an empty hostname file (plumbed, no address: left to RARP)
  : >/etc/hostname.v0
  mkdir -p /etc/inet
  printf 'RARP_RETRIES=10\nRARP_TIMEOUT=1\n' >/etc/inet/rarp  # answered at once unless loaded
  echo "$(link_field v0 address) client" >>/etc/ethers
  echo "10.20.7.7 client" >>/etc/hosts
  ip -n peer addr add 10.20.0.1/16 dev p0
  start_rarpd peer p0
  $BOOT physical >/run/out 2>/run/err || fail "physical: $(cat /run/err) $(cat /run/rarpd.log)"
  assert_eq "$(v4_list v2)" "v2 10.20.1.5/16 10.20.255.255"
  assert_eq "$(v4_list v0)" "v0 10.20.7.7/16 10.20.255.255"
  link_flag v0 UP || fail "v0 not up"
}

# What cannot be configured is named on stderr and the run ends non-zero;
# the rest is configured all the same. IPMP (group) is not supported.
t_failures() {
  _links
  echo 10.20.1.5/16 >/etc/hostname.v0
  echo 10.9.9.9/24 >/etc/hostname.nosuch0
  printf '10.30.0.1/24 up\ngroup ipmp0\n' >/etc/hostname.v2
  echo "2001:db8::300:1:2:3:4:5/64" >/etc/hostname6.v0
  _boot >/run/out 2>/run/err && fail "solnet-boot succeeded"
  assert_eq "$(cat /run/err)" "ifconfig: nosuch0: no such interface
solnet-boot: failed to plumb IPv4 interface(s): nosuch0
ifconfig: group: not supported on this system (Linux has no IPMP; bonding and team work on links)
solnet-boot: failed to configure IPv4 interface(s): v2
ifconfig: 2001:db8::300:1:2:3:4:5/64: bad address
solnet-boot: failed to configure IPv6 interface(s): v0
solnet-boot: 3 failures: failed to plumb IPv4 interface(s): nosuch0; failed to configure IPv4 interface(s): v2; failed to configure IPv6 interface(s): v0"
  # no /etc/netmasks: "netmask +" makes it classful, the /16 of the file notwithstanding
  assert_eq "$(v4_list v0)" "v0 10.20.1.5/8 10.255.255.255"
  assert_eq "$(v4_list v2)" "v2 10.30.0.1/8 10.255.255.255"
  local before
  before=$(kernel_snapshot)
  # a copy nobody can read (the build may be under root's 0700 home); it
  # refuses before it would run anything beside it
  install -m 755 "$BOOT" /run/solnet-boot
  expect_error '^solnet-boot: permission denied \(run it as root\)$' as_nobody /run/solnet-boot
  expect_error '^solnet-boot: permission denied \(run it as root\)$' as_nobody /run/solnet-boot routing
  assert_eq "$(kernel_snapshot)" "$before" "kernel after a run as nobody"
  expect_error '^solnet-boot: bogus: unknown phase \(start, loopback, physical, routing or services\)$' $BOOT bogus
}

# /etc/dhcp.IF: the interface whose file says primary gets
# "auto-dhcp primary WORDS", the others "dhcp start wait 0 WORDS", against
# dnsmasq in a peer namespace; "inet NAME" in hostname.IF leaves the
# address to DHCP.
t_dhcp_interfaces() {
  source "$SOLNET_TESTS/dhcp_lib.sh"
  _dhcp_fast
  _dhcp_net v0 s0 10.9.0
  _dhcp_net v1 s1 10.8.0
  _dhcp_server s0 10.9.0
  _dhcp_server s1 10.8.0
  echo "inet myhost" >/etc/hostname.v1
  : >/etc/dhcp.v0
  echo "primary wait 30" >/etc/dhcp.v1
  $BOOT physical >/run/out 2>/run/err || fail "physical: $(cat /run/err)"
  _dhcp_track v0
  _dhcp_track v1
  assert_match "$(cat /run/out)" $'starting DHCP on primary interface v1\nstarting DHCP on interface v0'
  assert_match "$(_addrs4 v1)" '^10\.8\.0\.[0-9]+/24$' "v1 leased"
  assert_eq "$(_default_via v1)" "10.8.0.1"
  assert_eq "$(_default_via v0)" "" "default route of a secondary"
  _wait_addr v0
  assert_match "$(_addrs4 v0)" '^10\.9\.0\.[0-9]+/24$' "v0 leased"
  $IFCONFIG v0 dhcp drop || fail "drop v0"
  $IFCONFIG v1 dhcp drop || fail "drop v1"
}

# solnet-boot runs as root over files and an environment others may have
# shaped. The tests below are attacks through them.

# _escaped TEXT: TEXT as solnet-boot prints it (backslash doubled, bytes
# outside printable ASCII as \xNN).
_escaped() {
  python3 -c 'import os, sys
print("".join(chr(c) if 32 <= c < 127 and c != 92 else "\\\\" if c == 92 else "\\x%02x" % c
              for c in os.fsencode(sys.argv[1])))' "$1"
}

# The state of everything but v0, which the tests below configure.
_others() {
  local l
  for l in lo v2; do
    ip -j link show dev "$l" | jq -c '.[0] | del(.stats64)'
    ip -j addr show dev "$l" | jq -c '.[0].addr_info'
    cat "/proc/sys/net/ipv6/conf/$l/disable_ipv6"
  done
  ip -j route show table all | jq -c '[.[] | select(.dev != "v0")]'
}

# /etc/hostname.-a4 once ran "ifconfig -a4 inet 10.4.4.4 ..." and
# readdressed every interface, lo included. The file is skipped as a
# failure; the other files are still read.
t_dash_name_touches_no_other_interface() {
  _links
  echo 10.4.4.4 >/etc/hostname.-a4
  echo 10.20.1.5/16 >/etc/hostname.v0
  local before
  before=$(_others)
  $BOOT physical >/run/out 2>/run/err && fail "a bad interface name exited 0"
  assert_eq "$(cat /run/err)" "solnet-boot: /etc/hostname.-a4: not a valid interface name, file skipped
solnet-boot: 1 failure: /etc/hostname.-a4: not a valid interface name, file skipped"
  assert_eq "$(cat /run/out)" "configuring IPv4 interfaces: v0."
  assert_eq "$(_others)" "$before" "the other interfaces"
  assert_eq "$(v4_list v0)" "v0 10.20.1.5/8 10.255.255.255"
  assert_eq "$(ip -j addr | jq '[.[].addr_info[] | select(.local == "10.4.4.4")] | length')" 0
}

# "hostname.eth9 eth1" was split into eth9 and eth1, and eth1 configured.
t_name_with_space_configures_nothing() {
  _links
  echo 10.4.4.4 >"/etc/hostname.v9 v2"
  echo 10.4.4.5 >/etc/hostname.v2:1
  local before
  before=$(kernel_snapshot)
  rm /etc/hostname.v2:1
  $BOOT physical >/run/out 2>/run/err && fail "a bad interface name exited 0"
  assert_eq "$(cat /run/err)" "solnet-boot: /etc/hostname.v9 v2: not a valid interface name, file skipped
solnet-boot: 1 failure: /etc/hostname.v9 v2: not a valid interface name, file skipped"
  assert_eq "$(cat /run/out)" ""
  assert_eq "$(kernel_snapshot)" "$before" "kernel"
}

# Every kind of bad name, as the name of each kind of file: skipped with
# the name printable on one line, the kernel untouched, the run failed.
# A name of 15 bytes, the most a link name has, is read.
t_bad_names_in_every_file_kind() {
  _links
  local names=(-a4 'v9 v2' $'v9\tv2' $'v9\nv2' $'e\x1b[31m1' abcdefghijklmnop1 $'\xc3\xa91' v2:-1 v2:1x1 -v2:1)
  local prefix name before err
  for prefix in hostname. hostname6. dhcp.; do
    for name in "${names[@]}"; do
      echo 10.4.4.4 >"/etc/$prefix$name"
      before=$(kernel_snapshot)
      $BOOT physical >/run/out 2>/run/err && fail "/etc/$prefix$name: exited 0"
      err="solnet-boot: /etc/$prefix$(_escaped "$name"): not a valid interface name, file skipped"
      assert_eq "$(cat /run/err)" "$err
solnet-boot: 1 failure: /etc/$prefix$(_escaped "$name"): not a valid interface name, file skipped" "/etc/$prefix$name"
      assert_eq "$(kernel_snapshot)" "$before" "kernel after /etc/$prefix$name"
      rm "/etc/$prefix$name"
    done
  done
  ip link add abcdefghijklmn1 type veth peer name p15 netns peer || fail "veth of 15 bytes"
  echo 10.20.1.9/16 >/etc/hostname.abcdefghijklmn1
  $BOOT physical >/run/out 2>/run/err || fail "a name of 15 bytes: $(cat /run/err)"
  assert_eq "$(v4_list abcdefghijklmn1)" "abcdefghijklmn1 10.20.1.9/8 10.255.255.255"
}

# Nothing comes from the environment: every variable the script sets
# (inet6_plumbed=eth1 once brought eth1 up) given as v2 changes nothing.
t_environment_is_ignored() {
  _links
  echo 10.20.1.5/16 >/etc/hostname.v0
  local vars=() v before
  for v in $(grep -oE '\b[A-Za-z_][A-Za-z_0-9]*=' "$BOOT" | tr -d = | sort -u); do
    vars+=("$v=v2"$'\n')
  done
  [ ${#vars[@]} -gt 20 ] || fail "found only ${#vars[@]} variables in $BOOT"
  before=$(_others)
  env "${vars[@]}" "$BOOT" physical >/run/out 2>/run/err
  local rc=$?
  assert_eq "$(_others)" "$before" "the other interfaces"
  assert_eq "$(cat /run/err)" ""
  assert_eq "$rc" 0 "exit status"
  assert_eq "$(cat /run/out)" "configuring IPv4 interfaces: v0."
  assert_eq "$(v4_list v0)" "v0 10.20.1.5/8 10.255.255.255"
}

# A default router or a static route that cannot be added fails the run,
# named in the summary line (once, though physical and routing both add
# the routers); routes already there do not.
t_route_failures_fail_the_run() {
  _links
  cat >>/etc/hosts <<'HOSTS'
10.20.1.5 myhost
HOSTS
  echo myhost >/etc/hostname
  echo 10.20.1.5/16 >/etc/hostname.v0
  printf '10.20.0.1\n192.0.2.1\n' >/etc/defaultrouter
  mkdir -p /etc/inet
  printf '# routes\n-net 10.50.0.0/16 10.20.0.254\n-net 10.60.0.0/16 192.0.2.254\n' >/etc/inet/static_routes
  _boot >/run/out 2>/run/err && fail "unreachable routers exited 0"
  assert_eq "$(cat /run/err)" "solnet-boot: failed to add default router 192.0.2.1
solnet-boot: failed to add static route -net 10.60.0.0/16 192.0.2.254
solnet-boot: 2 failures: failed to add default router 192.0.2.1; failed to add static route -net 10.60.0.0/16 192.0.2.254"
  assert_match "$(cat /run/out)" $'\nadd net default: gateway 192.0.2.1: Network is unreachable'
  assert_eq "$(_routes4 | grep -v '^224' | sort)" "10.0.0.0/8 - v0 10.20.1.5
10.50.0.0/16 10.20.0.254 v0 -
default 10.20.0.1 v0 -"
  # again: what is there already is no failure
  $BOOT routing >/run/out 2>/run/err && fail "routing exited 0"
  assert_eq "$(tail -n 1 /run/err)" "solnet-boot: 2 failures: failed to add default router 192.0.2.1; failed to add static route -net 10.60.0.0/16 192.0.2.254"
  echo 10.20.0.1 >/etc/defaultrouter
  sed -i /192.0.2/d /etc/inet/static_routes
  $BOOT routing >/run/out 2>/run/err || fail "routing, all there: $(cat /run/err)"
  assert_eq "$(cat /run/err)" ""
}

# _fake DIR NAME...: commands that log their name to /run/fake.log and
# run the system's command of that name.
_fake() {
  local dir=$1 name
  shift
  mkdir -p "$dir"
  printf '#!/bin/sh\necho "${0##*/}" >>/run/fake.log\nPATH=/usr/sbin:/usr/bin:/sbin:/bin exec "${0##*/}" "$@"\n' >"$dir/.fake"
  chmod 755 "$dir/.fake"
  for name in "$@"; do ln -sf .fake "$dir/$name"; done
}

# Run through a symlink in a directory that has an ifconfig of its own, it
# runs the ifconfig installed beside the script itself.
t_symlink_runs_the_real_siblings() {
  _fake /run/elsewhere ifconfig route
  ln -s "$(readlink -f "$BOOT")" /run/elsewhere/solnet-boot
  ip addr del 127.0.0.1/8 dev lo
  /run/elsewhere/solnet-boot loopback >/run/out 2>/run/err
  [ ! -e /run/fake.log ] || fail "ran $(tr '\n' ' ' </run/fake.log)from /run/elsewhere"
  [ ! -s /run/err ] || fail "loopback: $(cat /run/err)"
  assert_eq "$(v4_list lo)" "lo 127.0.0.1/8 -"
  # a relative one, through a second link
  ln -s solnet-boot /run/elsewhere/boot2
  ip addr del 127.0.0.1/8 dev lo
  (cd /run/elsewhere && ./boot2 loopback) >/run/out 2>/run/err
  [ ! -e /run/fake.log ] || fail "ran $(tr '\n' ' ' </run/fake.log)from /run/elsewhere"
  [ ! -s /run/err ] || fail "loopback: $(cat /run/err)"
  assert_eq "$(v4_list lo)" "lo 127.0.0.1/8 -"
}

# PATH is the system's: a directory put first with a fake of every command
# of the system directories (ifconfig and route included) is never used.
t_hostile_path_is_not_used() {
  _links
  echo myhost >/etc/hostname
  echo 10.20.1.5 myhost >>/etc/hosts
  echo 10.20.1.5/16 >/etc/hostname.v0
  echo 10.20.0.1 >/etc/defaultrouter
  # shellcheck disable=SC2046
  _fake /run/hostile $(ls /usr/sbin /usr/bin /sbin /bin | grep -vx -e '' -e '.*:')
  unshare --uts sh -c 'hostname myhost && PATH=/run/hostile:$PATH exec "$0"' "$BOOT" >/run/out 2>/run/err
  local rc=$?
  [ ! -e /run/fake.log ] || fail "ran $(sort -u /run/fake.log | tr '\n' ' ')from /run/hostile"
  [ $rc -eq 0 ] || fail "solnet-boot: $(cat /run/err)"
  assert_eq "$(v4_list v0)" "v0 10.20.1.5/8 10.255.255.255"
  assert_eq "$(ip -j -4 route show default | jq -r '.[0].gateway')" 10.20.0.1
}
