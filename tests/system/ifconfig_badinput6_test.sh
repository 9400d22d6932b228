# Bad input changes nothing, inet6 and the remaining keywords: every
# malformed or refused command exits non-zero with one line on stderr, and
# the kernel (ip -j link/addr/route/netconf, tokens, IPv6 sysctls) and the
# state store are as they were, even when earlier words were valid.
source "$SOLNET_TESTS/ifconfig_inet6_lib.sh"

_setup() {
  veth6 v0 v1
  $IFCONFIG v0 10.0.0.1/24 up || fail "v0"
  $IFCONFIG v0 inet6 addif 2001:db8::1/64 up >/dev/null || fail "v0:1"
  $IFCONFIG v0 inet6 addif 2001:db8::2/64 >/dev/null || fail "v0:2 down"
}

t_missing_arguments() {
  _setup
  local k
  for k in set destination subnet token addif removeif add del mtu metric; do
    refused6 "^ifconfig: no argument for $k$" v0 inet6 $k
  done
  refused6 '^ifconfig: no argument for set$' v0 set
}

t_bad_values() {
  _setup
  refused6 '^ifconfig: 2001:db8:::1: bad address$' v0 inet6 2001:db8:::1
  refused6 '^ifconfig: 2001:db8::1/129: bad prefix length$' v0 inet6 2001:db8::1/129
  refused6 '^ifconfig: 10.0.0.9: bad address$' v0 inet6 addif 10.0.0.9
  refused6 '^ifconfig: 2001:db8::9: bad address$' v0 2001:db8::9
  refused6 "^ifconfig: 2001:db8::9/64: unexpected '/'$" v0 inet6 removeif 2001:db8::9/64
  refused6 '^ifconfig: mtu 1279: must be at least 1280$' v0 inet6 mtu 1279
  refused6 '^ifconfig: token ::1: missing prefix length \(/64\)$' v0 inet6 token ::1
  refused6 '^ifconfig: token ::1/80: Linux tokens are 64-bit interface identifiers \(/64\)$' v0 inet6 token ::1/80
  refused6 '^ifconfig: token 2001::1/64: the first 64 bits must be zero \(::ID/64\)$' v0 inet6 token 2001::1/64
  refused6 '^ifconfig: subnet 2001:db8::: missing prefix length$' v0 inet6 subnet 2001:db8::
  refused6 '^ifconfig: cannot configure more than two addresses in one command$' \
    v0 inet6 2001:db8::7 2001:db8::8 2001:db8::9
}

t_wrong_family() {
  _setup
  local k
  for k in netmask broadcast; do refused6 "^ifconfig: $k: not supported for inet6$" v0 inet6 $k +; done
  refused6 "^ifconfig: -broadcast: not supported for inet6$" v0 inet6 -broadcast
  for k in deprecated -deprecated nud -nud preferred -preferred; do
    refused6 "^ifconfig: $k: not supported for inet$" v0 $k
  done
  refused6 '^ifconfig: token: not supported for inet$' v0 token ::1/64
}

t_refused_by_meaning() {
  _setup
  refused6 '^ifconfig: v0:1: token applies to physical interfaces only$' v0:1 inet6 token ::1/64
  refused6 '^ifconfig: v0:1: addif applies to physical interfaces only$' v0:1 inet6 addif 2001:db8::9
  refused6 '^ifconfig: removeif fe80::[0-9a-f:]+: that is the address of v0 itself$' \
    v0 inet6 removeif "$(v6_list v0 | grep fe80 | cut -d/ -f1)"
  refused6 '^ifconfig: removeif 2001:db8::99: no such address on v0$' v0 inet6 removeif 2001:db8::99
  refused6 '^ifconfig: v0:5: 2001:db8::1 is already the address of v0:1$' v0:5 inet6 2001:db8::1/64
  refused6 '^ifconfig: subnet 2001:db9::/48: does not hold 2001:db8::1$' v0:1 inet6 subnet 2001:db9::/48
  refused6 '^ifconfig: v0:5: subnet 2001:db8::/48: the interface has no address$' v0:5 inet6 subnet 2001:db8::/48
  refused6 "^ifconfig: v0: inet6 mtu 1600: more than the link's mtu 1500$" v0 inet6 mtu 1600
  refused6 '^ifconfig: subnet 10.1.0.0/16: does not hold 10.0.0.1$' v0 subnet 10.1.0.0/16
}

t_valid_words_then_a_bad_one() {
  _setup
  refused6 '^ifconfig: mtu 1279: must be at least 1280$' v0 inet6 router addif 2001:db8::9/64 up mtu 1279
  refused6 '^ifconfig: standby: not supported on this system \(Linux has no IPMP; bonding and team work on links\)$' \
    v0 inet6 mtu 1400 deprecated standby
  refused6 '^ifconfig: v0:4: 2001:db8::1 is already the address of v0:1$' \
    v0 inet6 mtu 1400 addif 2001:db8::9/64 up addif 2001:db8::1/64
}

t_kernel_refusals_are_undone() {
  _setup
  refused6 '^ifconfig: lo: cannot set token ::5/64: Invalid argument: ipv6: Device is loopback$' \
    lo inet6 mtu 1400 token ::5/64
  # the MTU and the forwarding were set before the kernel refused the
  # address: both put back
  refused6 '^ifconfig: v0:3: cannot add ::1/128: Cannot assign requested address: ipv6: Cannot assign loopback address on this device$' \
    v0 inet6 mtu 1400 router addif ::1/128 up
  sysctl -qw net.ipv6.conf.v0.accept_ra=0
  refused6 '^ifconfig: v0: cannot set token ::5/64: Invalid argument: ipv6: Router advertisement is disabled on device$' \
    v0 inet6 mtu 1400 token ::5/64 router
}

t_unplumbed_inet6() {
  _setup
  $IFCONFIG v0 inet6 unplumb || fail "unplumb"
  refused6 '^ifconfig: v0: no such interface$' v0 inet6 2001:db8::1/64
  refused6 '^ifconfig: v0: no such interface$' v0 inet6 mtu 1400
  refused6 '^ifconfig: v0:1: no such interface$' v0:1 inet6 up
}
