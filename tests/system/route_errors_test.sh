# Bad input and refusals: one line, the right exit status, nothing changed
# (kernel state and the static-routes file).
source "$SOLNET_TESTS/route_lib.sh"

_state_all() {
  kernel_snapshot
  cat /etc/inet/static_routes 2>/dev/null
}

# _rejects STATUS STREAM REGEX ARGS...: route ARGS exits STATUS with one
# line matching REGEX on STREAM (stderr, or stdout for Solaris refusals),
# nothing on the other, and changes nothing.
_rejects() {
  local want=$1 stream=$2 re=$3 rc before after
  shift 3
  before=$(_state_all)
  "$@" >/run/out 2>/run/err
  rc=$?
  after=$(_state_all)
  [ "$before" = "$after" ] || fail "'$*' changed the system:
$(diff <(echo "$before") <(echo "$after"))"
  assert_eq "$rc" "$want" "exit status of '$*' ($(cat /run/out /run/err))"
  local msg=/run/err quiet=/run/out
  [ "$stream" = stdout ] && msg=/run/out quiet=/run/err
  [ ! -s $quiet ] || fail "'$*' wrote on the other stream: $(cat $quiet)"
  [ "$(wc -l <$msg)" -eq 1 ] || fail "'$*' did not print one line: $(cat $msg)"
  grep -Eq -- "$re" $msg || fail "'$*' printed '$(cat $msg)', not /$re/"
}

_setup() {
  _route_files_only
  _route_links ""
  ip route add 10.5.0.0/16 via 172.16.3.200
  $ROUTE -p -q add 10.6.0.0/16 172.16.3.200 || fail "setup"
}

t_nettools_bad_input() {
  _setup
  local cases=(
    "3|^route: destination required$|add"
    "3|^route: destination required$|add -net"
    "3|^route: 5x: bad metric$|add -net 10.9.0.0/16 metric 5x dev eth0"
    "3|^route: no argument for gw$|add -net 10.9.0.0/16 gw"
    "6|^route: 10\.300\.0\.0: unknown host$|add -net 10.300.0.0/16 dev eth0"
    "6|^route: nohost\.invalid: unknown host$|add -net 10.9.0.0/16 gw nohost.invalid"
    "3|^route: default: cannot use a NETWORK as gateway$|add -net 10.9.0.0/16 gw default"
    "3|^route: bogus netmask 255\.0\.255\.0$|add -net 10.9.0.0 netmask 255.0.255.0 dev eth0"
    "3|^route: netmask doesn't match route address$|add -net 10.9.0.5/16 dev eth0"
    "3|^route: netmask 255\.255\.255\.0 doesn't make sense with host route$|add 10.9.0.0/24 dev eth0"
    "3|^route: 10\.9\.0\.0/33: bad prefix length$|add -net 10.9.0.0/33 dev eth0"
    "3|^route: invalid MSS/MTU 10$|add -net 10.9.0.0/16 mss 10 dev eth0"
    "3|^route: invalid window 10$|add -net 10.9.0.0/16 window 10 dev eth0"
    "3|^route: gww: unknown keyword \(did you mean gw\?\)$|add -net 10.9.0.0/16 gww 172.16.3.200"
    "3|^route: dev given twice$|add -net 10.9.0.0/16 dev eth0 dev eth0"
    "7|^route: eth9: no such interface$|add -net 10.9.0.0/16 dev eth9"
    "7|^route: eth0:7: no such interface$|add -host 10.9.0.1 dev eth0:7"
    "7|^route: abcdefghijklmnopq: interface name too long$|add -host 10.9.0.1 dev abcdefghijklmnopq"
    "7|^route: add net 10\.9\.0\.0/16: gateway 10\.99\.0\.1: Network is unreachable|add -net 10.9.0.0/16 gw 10.99.0.1"
    "7|^route: add net 10\.5\.0\.0/16: gateway 172\.16\.3\.200: entry exists$|add -net 10.5.0.0/16 gw 172.16.3.200"
    "7|^route: delete net 10\.99\.0\.0/16: not in table$|del -net 10.99.0.0/16"
    "7|^route: delete net 10\.5\.0\.0/16: gateway 172\.16\.3\.201: not in table$|del -net 10.5.0.0/16 gw 172.16.3.201"
    "7|^route: add net 10\.9\.0\.0: Invalid argument|add -net 10.9.0.0 netmask 0.0.0.0 dev eth0"
    "3|^route: 2001:db8::/129: bad prefix length$|-A inet6 add 2001:db8::/129 dev eth0"
    "1|^route: zzz: unknown host$|-A inet6 add zzz dev eth0"
    "7|^route: add host 2001:db8:7::1/128: gateway 2001:db8::99: No such device|-A inet6 add 2001:db8:7::1/128 gw 2001:db8::99"
    "7|^route: delete net 2001:db8:99::/64: not in table$|-A inet6 del 2001:db8:99::/64"
    "1|^route: inet7: address family not supported$|-A inet7"
    "3|^route: one address family at a time for add$|-A inet,inet6 add default gw 172.16.3.200"
    "3|^route: get is Solaris syntax; -e is a net-tools option$|-e get 10.9.0.1"
    "1|^route: foo: unknown command$|foo"
    "1|^route: addd: unknown command \(did you mean add\?\)$|addd"
    "1|^route: -x: unknown option$|-x"
    "1|^route: --bogus: unknown option$|--bogus"
    "1|^route: -C: the kernel has had no IPv4 routing cache since Linux 3\.6$|-C"
  )
  local c rc re args
  for c in "${cases[@]}"; do
    IFS='|' read -r rc re args <<<"$c"
    # shellcheck disable=SC2086
    _rejects "$rc" stderr "$re" $ROUTE $args
  done
}

t_solaris_bad_input() {
  _setup
  local cases=(
    "^route: gateway required for add or delete command$|add 10.9.0.0/16 -static"
    "^route: destination required$|get"
    "^route: botched keyword: -netmsk \(did you mean -netmask\?\)$|add 10.9.0.0 172.16.3.200 -netmsk 255.255.0.0"
    "^route: argument required following keyword -ifp$|add 10.9.0.0/16 172.16.3.200 -ifp"
    "^route: -host and -net are mutually exclusive$|add -host -net 10.9.0.0 172.16.3.200"
    "^route: prefix length 33 out of range$|add 10.9.0.0/33 172.16.3.200"
    "^route: bad prefix length x$|add 10.9.0.0/x 172.16.3.200"
    "^route: 10\.300\.0\.0: bad value$|add 10.300.0.0 172.16.3.200"
    "^route: nohost\.invalid: bad value$|add 10.9.0.0/16 nohost.invalid"
    "^route: x: bad value$|add 10.9.0.0/16 172.16.3.200 -mtu x"
    "^route: 255\.0\.255\.0: bad value$|add 10.9.0.0 172.16.3.200 -netmask 255.0.255.0"
    "^route: -netmask not supported for IPv6: use <prefix>/<prefix-length> instead$|add -inet6 2001:db8::/64 fe80::1 -netmask ffff::"
    "^route: zzz: bad address$|add -inet6 zzz fe80::1"
    "^route: eth9: no such interface$|add 10.9.0.0/16 172.16.3.200 -ifp eth9"
    "^route: eth0:9: no such interface$|add 10.9.0.0/16 172.16.3.200 -ifp eth0:9"
    "^route: 10\.1\.1\.1: not an address of this host$|add 10.9.0.0/16 10.1.1.1 -interface"
    "^route: -reject and -blackhole are mutually exclusive$|add 10.9.0.0/16 127.0.0.1 -reject -blackhole"
    "^route: botched keyword: -inet7 \(did you mean -inet\?\)$|flush -inet7"
    "^route: show command requires -p$|show"
    "^route: invalid arguments for show$|-p show -inet"
    "^route: change command not supported with -p$|-p change 10.6.0.0/16 172.16.3.201"
    "^route: a command is required after -p$|-p"
    "^route: cannot mix net-tools \(netmask\) and Solaris \(-interface\) syntax$|add -net 10.9.0.0 netmask 255.255.0.0 -interface"
    "^route: del is net-tools syntax; -q is a Solaris option$|-q del -net 10.5.0.0/16"
  )
  local c re args
  for c in "${cases[@]}"; do
    IFS='|' read -r re args <<<"$c"
    # shellcheck disable=SC2086
    _rejects 1 stderr "$re" $ROUTE $args
  done
}

t_solaris_refusals_on_stdout() {
  _setup
  _rejects 17 stdout '^add net 10\.5\.0\.0/16: gateway 172\.16\.3\.200: entry exists$' $ROUTE add 10.5.0.0/16 172.16.3.200
  _rejects 3 stdout '^delete net 10\.7\.0\.0/16: gateway 172\.16\.3\.200: not in table$' \
    $ROUTE delete 10.7.0.0/16 172.16.3.200
  _rejects 3 stdout '^change net 10\.7\.0\.0/16: gateway 172\.16\.3\.200: not in table$' \
    $ROUTE change 10.7.0.0/16 172.16.3.200
  _rejects 101 stdout '^add net 10\.7\.0\.0/16: gateway 10\.99\.0\.1: Network is unreachable: Nexthop has invalid gateway$' \
    $ROUTE add 10.7.0.0/16 10.99.0.1
  _rejects 3 stdout '^10\.99\.0\.1: not in table$' $ROUTE get 10.99.0.1
  _rejects 1 stderr '^add persistent net 10\.6\.0\.0/16: gateway 172\.16\.3\.200: entry exists$' \
    $ROUTE -p -R / add 10.6.0.0/16 172.16.3.200
  _rejects 1 stderr '^delete persistent net 10\.8\.0\.0/16: gateway 172\.16\.3\.200: not in file$' \
    $ROUTE -p -R / delete 10.8.0.0/16 172.16.3.200
}

t_unprivileged_changes_nothing() {
  _setup
  local nobody=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  _rejects 7 stderr '^route: add net 10\.9\.0\.0/16: gateway 172\.16\.3\.200: insufficient privileges$' \
    "${nobody[@]}" $ROUTE add -net 10.9.0.0/16 gw 172.16.3.200
  _rejects 7 stderr '^route: delete net 10\.5\.0\.0/16: insufficient privileges$' \
    "${nobody[@]}" $ROUTE del -net 10.5.0.0/16
  _rejects 1 stdout '^add net 10\.9\.0\.0/16: gateway 172\.16\.3\.200: insufficient privileges$' \
    "${nobody[@]}" $ROUTE add 10.9.0.0/16 172.16.3.200
  _rejects 1 stdout '^delete net 10\.6\.0\.0/16: gateway 172\.16\.3\.200: insufficient privileges$' \
    "${nobody[@]}" $ROUTE -p delete 10.6.0.0/16 172.16.3.200
  _rejects 1 stderr '^route: flush: insufficient privileges$' "${nobody[@]}" $ROUTE flush
  # Display works for anyone.
  "${nobody[@]}" $ROUTE -n >/dev/null || fail "non-root route -n"
  "${nobody[@]}" $ROUTE -n get 10.5.1.1 >/dev/null || fail "non-root get"
  "${nobody[@]}" $ROUTE -p show >/dev/null || fail "non-root -p show"
}
