# arp -f: good lines applied, each bad line reported with its number.

source "$SOLNET_TESTS/arp_lib.sh"

t_file_good_and_bad_lines() {
  arp_router
  echo "10.0.0.41 host41" >>/etc/hosts
  cat >/run/ethers <<'F'
# illumos order, then ethers(5) order
10.0.0.40 0:1:2:3:4:40
02:00:00:00:00:41 host41
lonely
10.0.0.42 zz:00:00:00:00:42

10.0.0.43 0:1:2:3:4:43 temp
10.0.0.44 0:1:2:3:4:44 bogus
10.9.9.9 0:1:2:3:4:45
10.0.0.50 2:0:0:0:0:1 pub permanent
nosuchhost 0:1:2:3:4:46
10.0.0.46 0:1:2:3:4:46   # the last one
F
  local err rc
  err=$($ARP -f /run/ethers 2>&1 >/dev/null); rc=$?
  assert_eq "$rc" 1 "exit status"
  assert_eq "$err" "arp: /run/ethers:4: lonely: expected HOST MAC [keywords]
arp: /run/ethers:5: zz:00:00:00:00:42: invalid link layer address
arp: /run/ethers:8: bogus: unknown keyword
arp: /run/ethers:9: 10.9.9.9: no interface on its subnet (name one with -i)
arp: /run/ethers:11: nosuchhost: unknown host"
  assert_eq "$(ip -j neigh show dev v0 | jq -c '[.[] | [.dst, .lladdr, .state[0]]] | sort')" \
    '[["10.0.0.40","00:01:02:03:04:40","PERMANENT"],["10.0.0.41","02:00:00:00:00:41","PERMANENT"],["10.0.0.43","00:01:02:03:04:43","STALE"],["10.0.0.46","00:01:02:03:04:46","PERMANENT"]]'
  assert_eq "$(ip -j neigh show proxy dev v0 | jq -c '[.[] | [.dst, .protocol]]')" '[["10.0.0.50","static"]]'
  assert_eq "$($ARP 10.0.0.50)" "10.0.0.50 (10.0.0.50) at 2:0:0:0:0:1 pub permanent"
}

t_file_all_good_and_nettools_default() {
  arp_router
  printf '10.0.0.40 0:1:2:3:4:40\n' >/run/good
  $ARP -f /run/good || fail "-f good"
  assert_eq "$(ip -j neigh show 10.0.0.40 | jq -r '.[0].lladdr')" 00:01:02:03:04:40
  # net-tools: -f alone reads /etc/ethers (MAC first)
  printf '00:01:02:03:04:47 10.0.0.47\n' >/etc/ethers
  $ARP -f || fail "-f /etc/ethers"
  assert_eq "$(ip -j neigh show 10.0.0.47 | jq -r '.[0].lladdr')" 00:01:02:03:04:47
  # -i applies to every line
  printf '10.0.0.48 0:1:2:3:4:48\n' >/run/w0
  $ARP -i w0 -f /run/w0 || fail "-i w0 -f"
  assert_eq "$(ip -j neigh show 10.0.0.48 | jq -r '.[0].dev')" w0
  expect_error '^arp: /run/missing: No such file or directory$' $ARP -f /run/missing
}
