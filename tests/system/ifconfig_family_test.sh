# Which address family a display shows: SunOS assumes inet for one
# interface, inet_type(5) may make every display IPv4 only, and the zone
# selectors Linux has no zones for.

_two_families() {
  veth v0 v1
  ip addr add 10.0.0.1/24 brd + dev v0
  ip addr add 10.0.0.2/24 brd + label v0:1 dev v0
  ip addr add 2001:db8::1/64 dev v0 nodad
  settle
}

# The addresses a display names, sorted, "ADDR/LEN" each.
_shown() { "$IFCONFIG" "$@" --json | jq -r '.interfaces[] | select(.address) | "\(.address)/\(.prefix_length)"' | sort; }
_kernel() { ip -j "$1" addr show "${@:2}" | jq -r '.[].addr_info[] | select(.local) | "\(.local)/\(.prefixlen)"' | sort; }

# SunOS ifconfig(1M): "If no address family is specified, inet is assumed."
t_one_interface_is_inet() {
  _two_families
  local text
  text=$($IFCONFIG v0)
  assert_eq "$text" "$($IFCONFIG v0 inet)" "ifconfig v0 is ifconfig v0 inet"
  assert_eq "$(grep -c 'inet6' <<<"$text")" 0 "no IPv6 stanza"
  assert_match "$text" $'\tinet 10.0.0.1 netmask ffffff00'
  # scripts grep the text: one "inet " line, the physical's
  assert_eq "$($IFCONFIG v0 | awk '/inet / {print $2}')" "10.0.0.1"
  # JSON selects what the text shows
  assert_eq "$($IFCONFIG v0 --json | jq -r '[.interfaces[].family] | unique | join(" ")')" "inet"
  # inet6 shows the IPv6 physical interface: the link-local address; v0:1
  # inet6 the other one
  assert_eq "$(_shown v0 inet6)" "$(_kernel -6 dev v0 scope link)" "v0 inet6"
  assert_eq "$(_shown v0:1 inet6)" "2001:db8::1/64" "v0:1 inet6"
  assert_eq "$($IFCONFIG v0 inet6 | grep -c 'IPv4')" 0 "no IPv4 stanza under inet6"
  # -a still shows both families
  assert_eq "$(_shown -a | grep -c :)" "$(_kernel -6 | wc -l)" "-a has every IPv6 address"
  assert_eq "$(_shown -a | grep -vc :)" "$(_kernel -4 | wc -l)" "-a has every IPv4 address"
}

# inet_type(5): "IP_VERSION4 Displays only IPv4 related information" and
# "The command-line options to the ifconfig and netstat commands override
# the effect of DEFAULT_IP".
t_inet_type_ip_version4() {
  _two_families
  mkdir -p /etc/default
  printf '# inet_type(5)\nDEFAULT_IP=IP_VERSION4\n' >/etc/default/inet_type
  assert_eq "$(_shown -a)" "$(_kernel -4)" "-a under IP_VERSION4"
  assert_eq "$($IFCONFIG | grep -c IPv6)" 0 "no arguments under IP_VERSION4"
  assert_eq "$(_shown -a6)" "$(_kernel -6)" "-a6 wins over DEFAULT_IP"
  assert_eq "$(_shown v0 inet6)" "$(_kernel -6 dev v0 scope link)" "inet6 wins over DEFAULT_IP"
  for v in IP_VERSION6 BOTH; do
    echo "DEFAULT_IP=$v" >/etc/default/inet_type
    assert_eq "$(_shown -a | grep -c :)" "$(_kernel -6 | wc -l)" "$v shows IPv6"
  done
}

# Only a regular file counts: a FIFO would block the display, a directory
# or a dangling link is no setting; a huge file is read in part.
t_inet_type_read_safely() {
  _two_families
  mkdir -p /etc/default
  rm -f /etc/default/inet_type
  mkfifo /etc/default/inet_type
  local out
  out=$(timeout 10 "$IFCONFIG" -a) || fail "ifconfig -a with a FIFO inet_type"
  assert_match "$out" "IPv6" "a FIFO counts as absent"
  rm -f /etc/default/inet_type
  ln -s /nonexistent /etc/default/inet_type
  assert_match "$($IFCONFIG -a)" "IPv6" "a dangling link counts as absent"
  rm -f /etc/default/inet_type
  ln -s /etc/default/inet_type.real /etc/default/inet_type
  echo DEFAULT_IP=IP_VERSION4 >/etc/default/inet_type.real
  assert_eq "$($IFCONFIG -a | grep -c IPv6)" 0 "a link to a regular file is read"
  rm -f /etc/default/inet_type /etc/default/inet_type.real
  mkdir /etc/default/inet_type
  assert_match "$($IFCONFIG -a)" "IPv6" "a directory counts as absent"
  rmdir /etc/default/inet_type
  head -c 200000 /dev/zero | tr '\0' '#' >/etc/default/inet_type
  printf '\nDEFAULT_IP=IP_VERSION4\n' >>/etc/default/inet_type
  assert_match "$($IFCONFIG -a)" "IPv6" "past the first 64 KiB"
}

# Solaris -Z: every zone's interfaces. Linux has none: nothing changes.
t_zone_selectors() {
  _two_families
  assert_eq "$($IFCONFIG -Z -a)" "$($IFCONFIG -a)" "-Z -a"
  assert_eq "$($IFCONFIG -aZ)" "$($IFCONFIG -a)" "-aZ"
  assert_eq "$($IFCONFIG -Z v0)" "$($IFCONFIG v0)" "-Z v0"
  assert_eq "$($IFCONFIG -Z)" "$($IFCONFIG)" "-Z alone"
  local before
  before=$(kernel_snapshot)
  expect_error '^ifconfig: -all-zones: not supported on this system \(Linux has network namespaces' \
    "$IFCONFIG" v0:1 -all-zones
  expect_error '^ifconfig: all-zones: not supported on this system' "$IFCONFIG" v0:1 all-zones
  expect_error '^ifconfig: -aY: unknown option' "$IFCONFIG" -aY
  assert_eq "$(kernel_snapshot)" "$before" "refusals changed nothing"
}
