# Issue 18, item 5: a file the tools read that is a FIFO, a link to
# /dev/zero, a directory or a huge file is a clear error ("not a regular
# file", "too large"), never a hang nor a read without limit.
source "$SOLNET_TESTS/hostile_lib.sh"

KINDS="fifo devzero dir big"

# plant KIND PATH: PATH made into that kind of file, readable by all.
plant() {
  rm -rf "$2"
  case $1 in
  fifo) mkfifo -m 644 "$2" ;;
  devzero) ln -s /dev/zero "$2" ;;
  dir) mkdir -m 755 "$2" ;;
  big) truncate -s 4G "$2" && chmod 644 "$2" ;;  # sparse: costs nothing
  esac
}

# says KIND PATH: stderr of the last bounded command names PATH and says
# what is wrong with a file of that KIND. A link to a device may be refused
# as a link where links are never followed (the store).
says() {
  local re='not a regular file'
  [ "$1" = big ] && re='too large'
  [ "$1" = devzero ] && [ "${3-}" = nofollow ] && re='not a regular file|symbolic link'
  grep -qiE -- "$re" /run/err || fail "$1 $2: stderr '$(cat /run/err)' does not say /$re/"
  grep -qF -- "$2" /run/err || fail "$1 $2: stderr '$(cat /run/err)' does not name $2"
}

# state.json: readers (root and nobody) warn and show the kernel; a writer
# fails and changes nothing.
t_store_file_not_regular() {
  store_setup
  cp $STORE /run/good.json
  local kind before
  for kind in $KINDS; do
    plant $kind $STORE
    ok_within $IFCONFIG -a4
    says $kind $STORE nofollow
    grep -q '^v0: ' /run/out || fail "$kind state.json: v0 not shown: $(cat /run/out)"
    ok_within "${NOBODY[@]}" $IFCONFIG -a4
    says $kind $STORE nofollow
    before=$(kernel_snapshot; ls -ld $STORE)
    refused_within $IFCONFIG v0 addif 10.0.0.3/24
    says $kind $STORE nofollow
    assert_eq "$(kernel_snapshot; ls -ld $STORE)" "$before" "after a writer, $kind state.json"
    rm -rf $STORE
    cp /run/good.json $STORE
  done
}

# /etc/netmasks, read by "netmask +": the command fails and changes nothing.
t_netmasks_not_regular() {
  veth v0 v1
  local kind before
  for kind in $KINDS; do
    plant $kind /etc/netmasks
    before=$(kernel_snapshot)
    refused_within $IFCONFIG v0 10.0.0.5 netmask + broadcast + up
    says $kind /etc/netmasks
    assert_eq "$(kernel_snapshot)" "$before" "after netmask + with a $kind /etc/netmasks"
  done
}

# arp -f FILE, arp -f /etc (the case that exited 0 in silence) and arp -f
# with /etc/ethers: the command fails and changes nothing.
t_arp_file_not_regular() {
  veth v0 v1
  ip addr add 10.0.0.1/24 dev v0
  local kind before
  for kind in $KINDS; do
    plant $kind /run/ethers
    before=$(kernel_snapshot)
    refused_within $ARP -f /run/ethers
    says $kind /run/ethers
    plant $kind /etc/ethers
    refused_within $ARP -f
    says $kind /etc/ethers
    assert_eq "$(kernel_snapshot)" "$before" "after arp -f with a $kind file"
  done
  refused_within $ARP -f /etc
  says dir /etc
}

# The static-routes file: route -p show fails; route -p add finishes and
# says why the file was not written.
t_static_routes_not_regular() {
  veth v0 v1
  ip addr add 10.0.0.1/24 dev v0
  mkdir -p /etc/inet
  local kind
  for kind in $KINDS; do
    plant $kind /etc/inet/static_routes
    refused_within $ROUTE -p show
    says $kind /etc/inet/static_routes
    bounded $BOUND $ROUTE -p add -net 10.9.0.0/16 10.0.0.254
    [ $rc -ne 0 ] || fail "route -p add with a $kind file succeeded: $(cat /run/out)"
    says $kind /etc/inet/static_routes
    ip route del 10.9.0.0/16 2>/dev/null
  done
}

# dhcp-primary, read by dhcp status while a client runs: it answers, and
# says what is wrong with the record.
t_dhcp_primary_not_regular() {
  source "$SOLNET_TESTS/dhcp_lib.sh"
  store_setup
  ok_within $IFCONFIG v1 dhcp start wait 0
  _dhcp_track v1
  local kind
  for kind in $KINDS; do
    plant $kind $DHCP_PRIMARY
    bounded $BOUND $IFCONFIG v1 dhcp status
    says $kind $DHCP_PRIMARY nofollow
  done
  rm -rf $DHCP_PRIMARY
  $IFCONFIG v1 dhcp drop || fail "drop v1"
}

# /etc/inet/rarp, read by auto-revarp (rarpd answers, so that defaults
# cost no waiting): it finishes and says what is wrong with the file.
t_rarp_defaults_not_regular() {
  ip netns add srv && ip -n srv link set lo up || fail "netns srv"
  ip link add v0 type veth peer name v1 netns srv || fail "veth"
  ip -n srv addr add 192.168.77.1/24 dev v1
  ip -n srv link set v1 up
  echo "$(link_field v0 address) client" >>/etc/ethers
  echo "192.168.77.20 client" >>/etc/hosts
  ip netns exec srv rarpd -d -e v1 >/run/rarpd.log 2>&1 &
  local rarpd=$!
  track_pid $rarpd
  for _ in $(seq 50); do [ -e "/proc/$rarpd/fd/3" ] && break; sleep 0.1; done
  [ -e "/proc/$rarpd/fd/3" ] || fail "rarpd did not start: $(cat /run/rarpd.log)"
  mkdir -p /etc/inet
  local kind
  for kind in $KINDS; do
    plant $kind /etc/inet/rarp
    ip addr flush dev v0
    ip link set v0 down
    bounded 30 $IFCONFIG v0 auto-revarp up
    says $kind /etc/inet/rarp
  done
}
