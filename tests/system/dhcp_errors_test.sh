# DHCP command errors: bad arguments (exit 3), no privilege and no such
# interface (exit 2), a silent network (exit 4), no client (exit 6). Nothing
# may start or change when a command is refused.
source "$SOLNET_TESTS/dhcp_lib.sh"

_nothing_started() {
  ls /run/dhcpcd/*.pid >/dev/null 2>&1 && fail "a dhcpcd was started: $(ls /run/dhcpcd)"
  return 0
}

t_bad_arguments_exit_3_and_change_nothing() {
  _dhcp_fast
  _dhcp_net v0 s0 10.9.0
  ip link set v0 down
  local before
  before=$(kernel_snapshot)
  local cases=(
    'strat: unknown DHCP operation \(did you mean start\?\)|v0 dhcp strat'
    'relase: unknown DHCP operation \(did you mean release\?\)|v0 dhcp relase'
    'status: only one DHCP operation may be given \(start came first\)|v0 dhcp start status'
    'no argument for wait|v0 dhcp wait'
    '10s: bad wait time \(seconds or forever\)|v0 dhcp wait 10s start'
    '-5: bad wait time \(seconds or forever\)|v0 dhcp wait -5'
    'primary: only with start, extend or inform|v0 dhcp primary drop'
    'v0: DHCP is only available for inet|v0 inet6 dhcp start'
    'v0:1: DHCP is only available on physical interfaces|v0:1 dhcp start'
    'dhcp: an interface name is required|-a dhcp start'
    '--json: dhcp has no JSON output|v0 dhcp status --json'
  )
  local c re args rc
  for c in "${cases[@]}"; do
    re=${c%%|*} args=${c#*|}
    # shellcheck disable=SC2086
    expect_error "^ifconfig: $re\$" $IFCONFIG $args
    # shellcheck disable=SC2086
    $IFCONFIG $args 2>/dev/null
    rc=$?
    assert_eq "$rc" 3 "exit code of '$args'"
  done
  assert_eq "$(kernel_snapshot)" "$before" "kernel state"
  _nothing_started
}

t_no_such_interface_exits_2() {
  local op
  for op in start drop extend ping release status; do
    expect_error '^ifconfig: eth9: no such interface$' $IFCONFIG eth9 dhcp $op
    $IFCONFIG eth9 dhcp $op 2>/dev/null
    assert_eq $? 2 "exit code of $op"
  done
  _nothing_started
}

t_without_privilege_nothing_starts() {
  _dhcp_fast
  _dhcp_net v0 s0 10.9.0
  ip link set v0 down
  local before op
  before=$(kernel_snapshot)
  for op in start drop extend release "wait 5 start"; do
    # shellcheck disable=SC2086
    expect_error '^ifconfig: v0: permission denied$' setpriv --reuid=65534 --regid=65534 --clear-groups $IFCONFIG v0 dhcp $op
    # shellcheck disable=SC2086
    setpriv --reuid=65534 --regid=65534 --clear-groups $IFCONFIG v0 dhcp $op 2>/dev/null
    assert_eq $? 2 "exit code of $op"
  done
  assert_eq "$(kernel_snapshot)" "$before" "kernel state"
  _nothing_started
}

t_wait_on_a_silent_network_exits_4() {
  _dhcp_fast
  _dhcp_net v0 s0 10.9.0  # no server behind s0
  local t0 t1
  t0=$(date +%s%N)
  expect_error '^ifconfig: v0: wait timed out, operation still pending\.\.\.$' $IFCONFIG v0 dhcp start wait 2
  t1=$(date +%s%N)
  _dhcp_track v0
  [ $(((t1 - t0) / 1000000)) -ge 2000 ] || fail "returned after $(((t1 - t0) / 1000000)) ms"
  # The client keeps trying, as dhcpagent does.
  $IFCONFIG v0 dhcp ping || fail "not under DHCP control after the timeout"
  $IFCONFIG v0 dhcp drop || fail "drop"
  $IFCONFIG v0 dhcp start wait 1 2>/dev/null
  assert_eq $? 4 "exit code"
  _dhcp_track v0
  expect_error '^ifconfig: v0: interface not in appropriate state for command$' $IFCONFIG v0 dhcp extend
  expect_error '^ifconfig: v0: interface not in appropriate state for command$' $IFCONFIG v0 dhcp release
  $IFCONFIG v0 dhcp drop || fail "drop"
}

t_missing_client_is_a_system_error() {
  _dhcp_net v0 s0 10.9.0
  ip link set v0 down
  local before
  before=$(kernel_snapshot)
  # The client's path is built in: hide the program in this mount namespace.
  touch /run/not-a-program
  mount --bind /run/not-a-program /usr/sbin/dhcpcd
  expect_error '^ifconfig: /usr/sbin/dhcpcd: Permission denied$' $IFCONFIG v0 dhcp start
  $IFCONFIG v0 dhcp start 2>/dev/null
  assert_eq $? 6 "exit code"
  assert_eq "$(kernel_snapshot)" "$before" "kernel state"
  _nothing_started
  $IFCONFIG v0 dhcp ping 2>/dev/null
  assert_eq $? 2 "ping exit code"
}
