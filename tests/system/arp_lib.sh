# Helpers of the arp system tests (sourced by arp_*_test.sh). Checks of
# proxy entries name their device: on this kernel (6.18) a proxy entry made
# without one outlives its namespace and shows up in later ones.

# v0 (02:00:00:00:00:01, 10.0.0.1/24) here, its peer v1 (02:00:00:00:00:02,
# 10.0.0.2/24) in namespace "peer".
arp_peer() {
  ip netns add peer
  ip link add v0 type veth peer name v1 netns peer
  ip link set v0 address 02:00:00:00:00:01
  ip link set v0 up
  ip -n peer link set lo up
  ip -n peer link set v1 address 02:00:00:00:00:02
  ip -n peer link set v1 up
  ip addr add 10.0.0.1/24 dev v0
  ip -n peer addr add 10.0.0.2/24 dev v1
  # v0's neighbours stay in the state a test puts them in: a reachable
  # entry turns stale after 15 to 45 s, an incomplete one fails after 3 s,
  # and a comparison of two readings must not see that happen between them.
  sysctl -qw net.ipv4.neigh.v0.base_reachable_time_ms=3600000 net.ipv4.neigh.v0.retrans_time_ms=3600000
}

# arp_peer with entries in every state net-tools can show, and names.
arp_table() {
  arp_peer
  wait_running v0
  # reachable by sending to the peer; incomplete by sending to nobody
  resolve_neigh 10.0.0.2 REACHABLE
  resolve_neigh 10.0.0.77 INCOMPLETE
  ip neigh add 10.0.0.3 lladdr 02:00:00:00:00:03 dev v0
  ip neigh add 10.0.0.4 lladdr 02:00:00:00:00:04 dev v0 nud stale
  ip neigh add 10.0.0.6 lladdr 02:00:00:00:00:06 dev v0 nud noarp
  ip neigh add proxy 10.0.0.9 dev v0
  cat >>/etc/hosts <<H
10.0.0.2 peer peer.example.com
10.0.0.3 averyveryverylonghostname.example.com
10.0.0.9 proxied
H
}

# resolve_neigh ADDR STATE: sends a datagram to ADDR (bash's /dev/udp) and
# waits until its neighbour entry is in STATE.
resolve_neigh() {
  echo x >"/dev/udp/$1/9" 2>/dev/null
  wait_until 30 "$1 never became $2" _neigh_in "$1" "$2"
}

_neigh_in() {
  [ "$(ip -j neigh show "$1" | jq -r '.[0].state[0]')" = "$2" ] && return
  ip neigh show "$1"
  return 1
}

# A router: v0 faces the peer namespace (arp_peer); w0 leads to hosts
# 10.0.0.48-10.0.0.67 "behind" it. Forwarding is on, so the kernel answers ARP for published addresses.
arp_router() {
  # no IPv6 duplicate address detection: its end would change snapshots
  echo 0 >/proc/sys/net/ipv6/conf/default/accept_dad
  arp_peer
  ip link add w0 type veth peer name w1
  ip link set w0 address 02:00:00:00:00:0a
  ip link set w0 up
  ip link set w1 up
  ip route add 10.0.0.48/28 dev w0
  ip route add 10.0.0.64/30 dev w0
  echo 1 >/proc/sys/net/ipv4/conf/all/forwarding
  wait_running v0
}

# peer_asks ADDR [SECONDS]: the peer namespace sends to ADDR; prints the
# MAC its neighbour table then holds for ADDR, empty when nobody answered
# in SECONDS (20). A test that expects silence waits less.
peer_asks() {
  ip netns exec peer bash -c "echo x >/dev/udp/$1/9" 2>/dev/null
  local mac deadline=$((SECONDS + ${2:-20}))
  until mac=$(ip -n peer -j neigh show "$1" | jq -r '.[0].lladdr // empty'); [ -n "$mac" ]; do
    [ "$SECONDS" -lt "$deadline" ] || break
    sleep 0.1
  done
  echo "$mac"
}
