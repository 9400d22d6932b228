# A netmask change on the primary deletes and re-adds every alias of its
# subnet. Ctrl-C, kill, a dropped session (SIGHUP) or a closed pipe at any
# moment of it must leave every address and label: those signals are held
# off until the kernel and the store agree again, then take effect.
source "$SOLNET_TESTS/ifconfig_config_lib.sh"

# v0: 10.0.0.1 and the aliases v0:1..v0:50 in its subnet.
_fifty_aliases() {
  veth v0 v1
  $IFCONFIG v0 10.0.0.1/24 up || fail "address"
  local i
  for i in $(seq 1 50); do echo "addr add 10.0.0.$((i + 1))/24 dev v0 label v0:$i"; done >/run/batch
  ip -batch /run/batch || fail "aliases"
}

# "LABEL ADDRESS/PREFIX" per IPv4 address of v0, sorted.
_v0_addresses() {
  ip -j -4 addr show dev v0 | jq -r '.[0].addr_info[] | "\(.label) \(.local)"' | sort
}

t_signals_during_a_netmask_change_lose_nothing() {
  _fifty_aliases
  _v0_addresses >/run/want
  local i sig mask pid rc
  local sigs=(TERM INT HUP PIPE QUIT)
  for i in $(seq 1 40); do
    sig=${sigs[$((i % ${#sigs[@]}))]}
    mask=255.255.0.0
    [ $((i % 2)) -eq 0 ] && mask=255.255.255.0
    $IFCONFIG v0 netmask $mask 2>/run/err &
    pid=$!
    sleep "0.00$((RANDOM % 10))"
    kill -s "$sig" $pid 2>/dev/null
    wait $pid
    rc=$?
    _v0_addresses >/run/have
    diff /run/want /run/have >/run/diff ||
      fail "SIG$sig at round $i (exit $rc) changed v0's addresses: $(cat /run/diff)"
  done
}
