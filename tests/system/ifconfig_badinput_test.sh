# Bad input changes nothing: every malformed or refused command exits
# non-zero with one line on stderr, and the kernel (ip -j link/addr/route)
# and the state store are as they were, even when earlier words were valid.
source "$SOLNET_TESTS/ifconfig_config_lib.sh"

_setup() {
  # no IPv6 duplicate address detection finishing between two snapshots
  sysctl -qw net.ipv6.conf.default.accept_dad=0
  veth v0 v1
  $IFCONFIG v0 10.0.0.1 netmask 255.255.255.0 broadcast + up || fail "v0"
  $IFCONFIG v0 addif 10.0.0.2/24 up >/dev/null || fail "v0:1"
  $IFCONFIG v0 addif 10.0.0.3/24 >/dev/null || fail "v0:2 down"
}

_snapshot() {
  kernel_snapshot
  cat $STORE
}

# _refused REGEX ARGS...: refused with one matching line, nothing changed.
_refused() { refused_with _snapshot "$@"; }

t_bad_words() {
  _setup
  _refused '^ifconfig: netmsk: unknown keyword \(did you mean netmask\?\)$' v0 netmsk 255.255.255.0
  _refused '^ifconfig: -frobnicate: unknown keyword$' v0 -frobnicate
  _refused '^ifconfig: nosuchhost: unknown keyword or host name$' v0 nosuchhost
  _refused '^ifconfig: up\\x01: unknown keyword \(did you mean up\?\)$' v0 $'up\x01'
  _refused '^ifconfig: a\\x0ab: unknown keyword$' v0 $'a\nb'
  _refused '^ifconfig: empty argument$' v0 ""
  _refused '^ifconfig: empty argument for netmask$' v0 netmask ""
  _refused '^ifconfig: -x: unknown option$' -x up
  _refused '^ifconfig: netmask: not supported for inet6$' v0 inet6 netmask +
}

t_missing_arguments() {
  _setup
  _refused '^ifconfig: no argument for netmask$' v0 netmask
  _refused '^ifconfig: no argument for metric$' v0 10.0.0.5 metric
  _refused '^ifconfig: no argument for broadcast$' v0 broadcast
  _refused '^ifconfig: no argument for addif$' v0 addif
  _refused '^ifconfig: no argument for removeif$' v0 removeif
  _refused '^ifconfig: no argument for mtu$' v0 mtu
  _refused '^ifconfig: no argument for hw ether$' v0 hw ether
  _refused '^ifconfig: no argument for pointopoint$' v0 pointopoint
}

t_bad_values() {
  _setup
  _refused '^ifconfig: 10.0.0.300: bad address$' v0 10.0.0.300
  _refused '^ifconfig: 10.0.0.1/33: bad prefix length$' v0 10.0.0.1/33
  _refused '^ifconfig: 1.2.3.256: bad address$' v0 broadcast 1.2.3.256
  _refused '^ifconfig: 255.255.256.0: bad netmask$' v0 netmask 255.255.256.0
  _refused '^ifconfig: 255.0.255.0: non-contiguous netmask$' v0 10.0.0.5 netmask 255.0.255.0
  _refused '^ifconfig: 0xff00ff00: non-contiguous netmask$' v0 netmask 0xff00ff00
  _refused '^ifconfig: mtu 67: must be at least 68$' v0 mtu 67
  _refused '^ifconfig: mtu 99999999999: out of range$' v0 mtu 99999999999
  _refused '^ifconfig: metric ten: not a number$' v0 metric ten
  _refused '^ifconfig: txqueuelen -1: not a number$' v0 txqueuelen -1
  _refused '^ifconfig: zz:1:2:3:4:5: bad Ethernet address$' v0 ether zz:1:2:3:4:5
  _refused '^ifconfig: hw ax25: unsupported hardware class \(only ether\)$' v0 hw ax25 1:2
  _refused '^ifconfig: cannot configure more than two addresses in one command$' v0 10.0.0.7 10.0.0.8 10.0.0.9
}

t_bad_names() {
  _setup
  _refused '^ifconfig: abcdefghijklmnopq: interface name too long$' abcdefghijklmnopq 10.0.0.1
  _refused '^ifconfig: v0:x: bad logical unit$' v0:x up
  _refused '^ifconfig: v0:01: bad logical unit$' v0:01 up
  _refused '^ifconfig: v 0: bad interface name$' 'v 0' up
  _refused '^ifconfig: v0\\x0a: bad interface name$' $'v0\n' up
  _refused '^ifconfig: empty interface name$' "" up
  _refused '^ifconfig: nosuch0: no such interface$' nosuch0 up
  _refused '^ifconfig: nosuch0:1: no such interface$' nosuch0:1 10.0.0.9
}

t_refused_by_meaning() {
  _setup
  _refused '^ifconfig: v0:1: ether applies to physical interfaces only$' v0:1 ether 2:0:0:0:0:1
  _refused '^ifconfig: v0:1: addif applies to physical interfaces only$' v0:1 addif 10.0.0.9
  _refused '^ifconfig: removeif 10.0.0.1: that is the address of v0 itself$' v0 removeif 10.0.0.1
  _refused '^ifconfig: removeif 10.0.0.99: no such address on v0$' v0 removeif 10.0.0.99
  _refused '^ifconfig: v0:5: 10.0.0.2 is already the address of v0:1$' v0:5 10.0.0.2
  _refused '^ifconfig: v0: metric needs an address$' v0 0 metric 4
}

t_valid_words_then_a_bad_one() {
  _setup
  _refused '^ifconfig: mtu 67: must be at least 68$' v0 10.0.0.9 netmask 255.255.255.0 up mtu 67
  _refused '^ifconfig: netmsk: unknown keyword \(did you mean netmask\?\)$' v0 mtu 1400 -arp netmsk
  _refused '^ifconfig: v0:4: 10.0.0.2 is already the address of v0:1$' \
    v0 mtu 1400 addif 10.0.0.9/24 up addif 10.0.0.2/24
  # after addif the words apply to the new logical interface
  _refused '^ifconfig: v0:3: removeif applies to physical interfaces only$' v0 addif 10.0.0.9/24 up removeif 10.0.0.1
  _refused '^ifconfig: mtu 67: must be at least 68$' -a netmask + broadcast + mtu 67
}

t_kernel_refusals_show_its_message_and_are_undone() {
  _setup
  # beyond the link's range (IFLA_MAX_MTU): refused before the down that
  # would go first
  _refused '^ifconfig: v0: cannot set mtu 70000: more than the link.s maximum 65535$' v0 mtu 70000 down
  # refused after the MTU was set: the MTU is put back (the address change
  # would have come later). ifb has no way to change its MAC; ifconfig
  # cannot know that before the kernel says so.
  ip link add i0 type ifb || fail "ifb"
  $IFCONFIG i0 10.0.1.1 netmask 255.255.255.0 up || fail "i0"
  _refused '^ifconfig: i0: cannot set ether 2:0:0:0:0:1: Operation not supported' \
    i0 10.0.1.9 netmask 255.255.0.0 mtu 1400 ether 02:00:00:00:00:01
  # refused before anything changes: a multicast MAC is no interface's
  _refused '^ifconfig: v0: cannot set ether 1:0:0:0:0:1: a multicast address is no interface.s address$' \
    v0 10.0.0.9 netmask 255.255.0.0 mtu 1400 ether 01:00:00:00:00:01
}

t_vni_usesrc_auto_revarp() {
  _setup
  _refused '^ifconfig: no argument for usesrc$' v0 usesrc
  _refused '^ifconfig: empty argument for usesrc$' v0 usesrc ""
  _refused '^ifconfig: usesrc v1:1: cannot specify a logical interface$' v0 usesrc v1:1
  _refused '^ifconfig: a/b: bad interface name$' v0 usesrc a/b
  _refused '^ifconfig: usesrc nosuch0: no such interface$' v0 10.0.0.9 usesrc nosuch0
  _refused '^ifconfig: v0: cannot specify the same interface for usesrc$' v0 usesrc v0
  _refused '^ifconfig: v0:1: usesrc applies to physical interfaces only$' v0:1 usesrc v1
  _refused '^ifconfig: usesrc nosuch0: no such interface$' v0 inet6 usesrc nosuch0
  _refused '^ifconfig: auto-revarp: not supported for inet6$' v0 inet6 auto-revarp
  _refused '^ifconfig: nosuch0: no such interface$' nosuch0 auto-revarp
  _refused '^ifconfig: auto-revarpp: unknown keyword \(did you mean auto-revarp\?\)$' v0 auto-revarpp
  # a vni is made by plumb alone, and a failed plumb leaves none
  _refused '^ifconfig: vni0: no such interface$' vni0 10.0.0.9 up
  _refused '^ifconfig: vni0:1: no such interface$' vni0:1 plumb
  _refused '^ifconfig: vni0: metric needs an address$' vni0 plumb 0 metric 3
}
