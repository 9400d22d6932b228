# Bad input: one "arp: ..." line on stderr, nothing on stdout, a non-zero
# exit, and the kernel (neighbours, proxy entries, links) unchanged.

source "$SOLNET_TESTS/arp_lib.sh"

_nobody() { setpriv --reuid=65534 --regid=65534 --clear-groups --inh-caps=-all --bounding-set=-all "$@"; }

t_bad_input_changes_nothing() {
  arp_router
  ip neigh add 10.0.0.20 lladdr 00:01:02:03:04:05 dev v0
  ip neigh add proxy 10.0.0.50 dev v0
  local before
  before=$(kernel_snapshot)
  local -a cases=(
    # regex | arguments
    '^arp: zz:1:2:3:4:5: invalid link layer address$|-s 10.0.0.30 zz:1:2:3:4:5'
    '^arp: 0:1:2:3:4: invalid link layer address$|-s 10.0.0.30 0:1:2:3:4'
    '^arp: 0:1:2:3:4:5:6: invalid link layer address$|-s 10.0.0.30 0:1:2:3:4:5:6'
    '^arp: 000:1:2:3:4:5: invalid link layer address$|--net-tools -s 10.0.0.30 000:1:2:3:4:5'
    '^arp: nosuchhost: unknown host$|-s nosuchhost 0:1:2:3:4:5'
    '^arp: 10\.0\.0\.300: unknown host$|-s 10.0.0.300 0:1:2:3:4:5'
    '^arp: nosuchhost: unknown host$|-d nosuchhost'
    '^arp: nosuchhost: unknown host$|nosuchhost'
    '^arp: nosuchhost: unknown host$|-n nosuchhost'
    '^arp: no host for -s$|-s'
    '^arp: no hardware address for -s 10\.0\.0\.30$|-s 10.0.0.30'
    '^arp: no interface for -Ds 10\.0\.0\.30$|-Ds 10.0.0.30'
    '^arp: no host for -d$|-d'
    '^arp: no argument for -i$|-i'
    '^arp: no argument for netmask$|-s 10.0.0.30 0:1:2:3:4:5 netmask'
    '^arp: no argument for dev$|-d 10.0.0.20 dev'
    '^arp: v9: no such interface$|-i v9 -s 10.0.0.30 0:1:2:3:4:5'
    '^arp: v9: no such interface$|-s 10.0.0.30 0:1:2:3:4:5 dev v9'
    '^arp: v9: no such interface$|-d 10.0.0.20 dev v9'
    '^arp: v9: no such interface$|-Ds 10.0.0.30 v9 pub'
    '^arp: v9: no such interface$|-i v9'
    '^arp: lo: hardware type mismatch: an Ethernet address on a link of another type$|-i lo -s 10.0.0.30 0:1:2:3:4:5'
    '^arp: 10\.9\.0\.1: no interface on its subnet \(name one with -i\)$|-s 10.9.0.1 0:1:2:3:4:5'
    '^arp: bogus: unknown keyword$|-s 10.0.0.30 0:1:2:3:4:5 bogus'
    '^arp: netmsk: unknown keyword \(did you mean netmask\?\)$|--net-tools -s 10.0.0.30 0:1:2:3:4:5 pubx dev v0 netmsk'
    '^arp: temp and permanent cannot be used together$|-s 10.0.0.30 0:1:2:3:4:5 temp permanent'
    '^arp: a published entry cannot be temporary|-s 10.0.0.50 2:0:0:0:0:1 temp pub'
    '^arp: netmask 255\.255\.255\.0: Linux publishes one address|-s 10.0.0.50 2:0:0:0:0:1 netmask 255.255.255.0 pub'
    '^arp: netmask 0\.0\.0\.0 needs pub$|-s 10.0.0.0 2:0:0:0:0:1 netmask 0.0.0.0'
    '^arp: temp cannot be used with -d$|-d 10.0.0.20 temp'
    '^arp: -x: unknown option$|-x'
    '^arp: --bogus: unknown option$|--bogus'
    '^arp: -a and -d cannot be used together$|-a -d 10.0.0.20'
    '^arp: h1: unknown host$|h1 h2'
    '^arp: foo: unknown hardware type$|-H foo'
    '^arp: loop: hardware type without ARP support$|-H loop'
    '^arp: inet6: address family not supported|-A inet6'
    '^arp: arcnet: only ether entries can be set$|-H arcnet -s 10.0.0.30 0:1:2:3:4:5'
    '^arp: --json applies to display only$|--json -d 10.0.0.20'
    '^arp: -D applies to -s and -f only$|-D -d 10.0.0.20'
    '^arp: 10\.0\.0\.30: cannot publish 00:01:02:03:04:05|-s 10.0.0.30 0:1:2:3:4:5 pub'
  )
  local c re args
  for c in "${cases[@]}"; do
    re=${c%%|*} args=${c#*|}
    # shellcheck disable=SC2086
    expect_error "$re" $ARP $args
  done
  # hostile words come back printable, on one line
  expect_error '^arp: a\\x0ab: unknown host$' $ARP -s $'a\nb' 0:1:2:3:4:5
  assert_eq "$(kernel_snapshot)" "$before" "kernel state after bad input"
}

t_nonroot_changes_nothing() {
  arp_router
  ip neigh add 10.0.0.20 lladdr 00:01:02:03:04:05 dev v0
  ip neigh add proxy 10.0.0.50 dev v0
  printf '10.0.0.40 0:1:2:3:4:40\n' >/run/good
  chmod 644 /run/good
  local before
  before=$(kernel_snapshot)
  expect_error '^arp: 10\.0\.0\.30: permission denied$' _nobody $ARP -s 10.0.0.30 0:1:2:3:4:5
  expect_error '^arp: 10\.0\.0\.51: permission denied$' _nobody $ARP -s 10.0.0.51 2:0:0:0:0:1 pub
  expect_error '^arp: 10\.0\.0\.0: permission denied$' _nobody $ARP -s 10.0.0.0 2:0:0:0:0:1 netmask 0.0.0.0 pub
  expect_error '^arp: 10\.0\.0\.20: permission denied$' _nobody $ARP -d 10.0.0.20
  expect_error '^arp: 10\.0\.0\.50: permission denied$' _nobody $ARP -i v0 -d 10.0.0.50 pub
  expect_error '^arp: /run/good: permission denied$' _nobody $ARP -f /run/good
  # bad input is still reported as such
  expect_error 'invalid link layer address' _nobody $ARP -s 10.0.0.30 zz
  assert_eq "$(kernel_snapshot)" "$before" "kernel state after non-root changes"
  assert_eq "$(cat /proc/sys/net/ipv4/conf/v0/proxy_arp)" 0
  # display works for anyone
  assert_eq "$(_nobody $ARP 10.0.0.20)" "10.0.0.20 (10.0.0.20) at 0:1:2:3:4:5"
}
