# arp display: the net-tools tables byte for byte against /usr/sbin/arp on
# the same kernel state, the illumos forms, JSON against ip -j and the schema.

source "$SOLNET_TESTS/arp_lib.sh"

# Our output and net-tools' for the same arguments, byte for byte.
_same() {
  local ours theirs
  ours=$($ARP --net-tools "$@" 2>&1; echo "rc=$?")
  theirs=$($NT_ARP "$@" 2>&1; echo "rc=$?")
  assert_eq "$ours" "$theirs" "arp $*"
}

t_nettools_tables_byte_identical() {
  arp_table
  local args
  for args in "" "-n" "-e" "-en" "-a" "-an" "-v" "-nv" "-av" "-i v0" "-a -i v0" "-H ether" "-e peer" \
              "-n 10.0.0.2" "-a peer" "-a 10.0.0.99" "-n 10.0.0.99" "-e 10.0.0.9" "-i v0 10.0.0.3" "-ae"; do
    # shellcheck disable=SC2086
    _same $args
  done
  # without --net-tools where the line is net-tools anyway
  assert_eq "$($ARP -n)" "$($NT_ARP -n)" "arp -n"
  assert_eq "$($ARP -a -i v0)" "$($NT_ARP -a -i v0)" "arp -a -i v0"
  assert_eq "$($ARP -e 10.0.0.3)" "$($NT_ARP -e 10.0.0.3)" "arp -e HOST"
}

t_nettools_tables_empty_and_loopback() {
  # nothing but what the kernel makes for lo: the header-less empty output
  _same -n
  _same -a
  _same -v
  # an entry on a loopback-type link: net-tools' "loop"; the kernel keys it 0.0.0.0
  ip neigh add 10.5.5.5 lladdr 02:00:00:00:00:55 dev lo
  _same
  _same -a
  _same -n
}

t_solaris_query_lines() {
  arp_table
  assert_eq "$($ARP 10.0.0.3)" "10.0.0.3 (10.0.0.3) at 2:0:0:0:0:3"
  assert_eq "$($ARP averyveryverylonghostname.example.com)" \
    "averyveryverylonghostname.example.com (10.0.0.3) at 2:0:0:0:0:3"
  assert_eq "$($ARP 10.0.0.4)" "10.0.0.4 (10.0.0.4) at 2:0:0:0:0:4 temp"
  assert_eq "$($ARP peer)" "peer (10.0.0.2) at 2:0:0:0:0:2 temp"
  assert_eq "$($ARP 10.0.0.77)" "10.0.0.77 (10.0.0.77) at (incomplete) temp"
  assert_eq "$($ARP proxied)" "proxied (10.0.0.9) at 2:0:0:0:0:1 pub"
  local out rc
  out=$($ARP 10.0.0.99); rc=$?
  assert_eq "$out" "10.0.0.99 (10.0.0.99) -- no entry"
  assert_eq "$rc" 1 "no entry exit status"
}

t_solaris_net_to_media_table() {
  arp_table
  local out
  out=$($ARP -an)
  assert_eq "$(echo "$out" | head -3)" "Net to Media Table: IPv4
Device   IP Address               Mask      Flags      Phys Addr
------ -------------------- --------------- -------- ---------------"
  echo "$out" | grep -qxF "v0     10.0.0.3             255.255.255.255 S        02:00:00:00:00:03" || fail "-an: $out"
  echo "$out" | grep -qxF "v0     10.0.0.4             255.255.255.255 o        02:00:00:00:00:04" || fail "stale"
  echo "$out" | grep -qxF "v0     10.0.0.6             255.255.255.255 SM       02:00:00:00:00:06" || fail "noarp"
  echo "$out" | grep -qxF "v0     10.0.0.9             255.255.255.255 SP       02:00:00:00:00:01" || fail "pub"
  echo "$out" | grep -qE "^v0     10\.0\.0\.77 +255\.255\.255\.255 U +$" || fail "incomplete"
  # every IPv4 neighbour and proxy entry of the kernel is a row
  assert_eq "$(($(echo "$out" | wc -l) - 3))" \
    "$(($(ip -j neigh show nud all | jq '[.[] | select(.dst | test("^[0-9.]+$"))] | length') + $(ip -j neigh show proxy | jq length)))"
  # names, less the local domain
  hostname router.example.com
  $ARP -a | grep -qE "^v0     peer +255\.255\.255\.255" || fail "names: $($ARP -a)"
  $ARP -a | grep -qE "^v0     averyveryverylonghostname +255" || fail "domain stripped"
}

t_json_matches_ip_and_schema() {
  arp_table
  echo 1 >/proc/sys/net/ipv4/conf/v0/proxy_arp
  $ARP -a --json >/run/all.json || fail "arp -a --json"
  validate_schema "$ARP_SCHEMA" /run/all.json || fail "schema"
  local ours theirs
  ours=$(jq -c '[.entries[] | select(.published | not) | [.address, .interface, .mac, .state]] | sort' /run/all.json)
  theirs=$(ip -j neigh show nud all | jq -c '[.[] | select(.dst | test("^[0-9.]+$")) |
    [.dst, .dev, .lladdr, (.state[0] | ascii_downcase)]] | sort')
  assert_eq "$ours" "$theirs" "neighbours"
  ours=$(jq -c '[.entries[] | select(.published and (.whole_interface | not)) | [.address, .interface]] | sort' /run/all.json)
  theirs=$(ip -j neigh show proxy | jq -c '[.[] | [.dst, .dev]] | sort')
  assert_eq "$ours" "$theirs" "proxy entries"
  assert_eq "$(jq -c '[.entries[] | select(.whole_interface) | .interface]' /run/all.json)" '["v0"]'
  assert_eq "$(jq -r '.entries[] | select(.address == "10.0.0.2") | .hostname' /run/all.json)" peer
  $ARP -n --json 10.0.0.3 >/run/one.json
  validate_schema "$ARP_SCHEMA" /run/one.json || fail "schema (one)"
  assert_eq "$(jq -c '.entries[] | [.address, .hostname, .state]' /run/one.json)" '["10.0.0.3",null,"permanent"]'
}

t_display_works_unprivileged() {
  arp_table
  local out
  out=$(setpriv --reuid=65534 --regid=65534 --clear-groups --inh-caps=-all --bounding-set=-all $ARP -n) ||
    fail "arp -n as nobody"
  assert_eq "$out" "$($NT_ARP -n)" "arp -n as nobody"
  setpriv --reuid=65534 --regid=65534 --clear-groups --inh-caps=-all $ARP -an >/dev/null || fail "arp -an as nobody"
}
