# Issue 18, item 1: no lock another user can hold; a wait for a lock is
# bounded and names the lock and its holder.
source "$SOLNET_TESTS/hostile_lib.sh"

# hold_as_nobody PATH: nobody opens PATH as far as it may and takes every
# lock it can on it (flock(2), and a POSIX lock: a read lock also stops a
# writer), then keeps them. True when it holds one, false when it could
# not open PATH.
hold_as_nobody() {
  local out
  out=$(mktemp -p /run)
  # setpriv execs python: $! is the holder itself, with no child left behind
  "${NOBODY[@]}" python3 -c '
import fcntl, os, sys, time
path = sys.argv[1]
try:
    fd = os.open(path, os.O_RDWR)
    kind = fcntl.LOCK_EX
except OSError:
    try:
        fd = os.open(path, os.O_RDONLY)
        kind = fcntl.LOCK_SH
    except OSError:
        sys.exit(1)
fcntl.flock(fd, fcntl.LOCK_EX)
try:
    fcntl.lockf(fd, kind)
except OSError:
    pass  # no POSIX locks on a directory
print("held", flush=True)
time.sleep(120)' "$1" >"$out" 2>/dev/null &
  local pid=$!
  track_pid $pid
  for _ in $(seq 50); do
    [ -s "$out" ] && return 0
    kill -0 $pid 2>/dev/null || return 1
    sleep 0.1
  done
  fail "the holder of $1 neither took its lock nor gave up"
}

# hold_all_as_nobody DIR...: nobody holds every file and directory under
# the DIRs (the DIRs included) it can open. Prints what it holds.
hold_all_as_nobody() {
  local p
  while IFS= read -r p; do
    hold_as_nobody "$p" && echo "$p"
  done < <(find "$@" 2>/dev/null)
}

# The store's writers (the commands the issue saw hang, solnet-boot
# included) finish and do their work while nobody tries to hold every
# file of the store. The lock is root's alone.
t_nobody_cannot_stall_the_store_writers() {
  store_setup
  hold_all_as_nobody $LIF >/dev/null
  ok_within $IFCONFIG v0 down
  link_flag v0 UP && fail "v0 still up"
  ok_within $IFCONFIG v0 up
  ok_within $IFCONFIG v0 addif 10.0.0.3/24
  assert_eq "$(store_units v0)" "1
2" "units in the store"
  ok_within $IFCONFIG v0 mtu 1400
  assert_eq "$(link_field v0 mtu)" 1400
  ok_within $IFCONFIG v1 inet6 plumb
  echo 10.1.0.1/24 >/etc/hostname.v1
  ok_within $BOOT physical
  assert_eq "$(v4_list v1)" "v1 10.1.0.1/8 10.255.255.255"
  assert_eq "$(stat -c '%a %U' $STORE_LOCK)" "600 root" "mode and owner of $STORE_LOCK"
}

# route -p: nobody holding /etc/inet (the lock on main) or any file in it
# stalls nothing.
t_nobody_cannot_stall_route_p() {
  veth v0 v1
  ip addr add 10.0.0.1/24 dev v0
  $ROUTE -p add -net 10.8.0.0/16 10.0.0.254 >/dev/null || fail "first route -p"
  hold_all_as_nobody /etc/inet $LIF >/dev/null
  ok_within $ROUTE -p add -net 10.9.0.0/16 10.0.0.254
  assert_eq "$(ip -j route show 10.9.0.0/16 | jq -r '.[0].gateway')" 10.0.0.254
  grep -qx -- '-net 10.9.0.0/16 10.0.0.254' /etc/inet/static_routes || fail "not recorded: $(cat /etc/inet/static_routes)"
  ok_within $ROUTE -p delete -net 10.8.0.0/16 10.0.0.254
  ! grep -q 10.8.0.0 /etc/inet/static_routes || fail "not removed: $(cat /etc/inet/static_routes)"
}

# The store's lock held by root (a hung ifconfig, say), with flock(2) and
# with a POSIX lock, whichever the tools use: a writer of the store gives
# up within a few seconds, names the lock and the holder's pid (known from
# /proc/locks or F_GETLK), and changes nothing.
t_lock_wait_is_bounded_and_named() {
  store_setup
  python3 -c '
import fcntl, os, sys, time
fd = os.open(sys.argv[1], os.O_RDWR | os.O_NOFOLLOW)
fcntl.flock(fd, fcntl.LOCK_EX)
fcntl.lockf(fd, fcntl.LOCK_EX)
open(sys.argv[2], "w").close()
time.sleep(120)' $STORE_LOCK /run/held &
  local holder=$!
  track_pid $holder
  for _ in $(seq 50); do [ -e /run/held ] && break; sleep 0.1; done
  [ -e /run/held ] || fail "the holder did not take the lock"
  local before cmd
  before=$(kernel_snapshot; cat $STORE)
  for cmd in "v0 addif 10.0.0.3/24" "v0:1 up"; do
    # shellcheck disable=SC2086
    refused_within $IFCONFIG $cmd
    [ $elapsed_ms -le 8000 ] || fail "ifconfig $cmd waited $elapsed_ms ms for the lock"
    err_has $STORE_LOCK
    grep -qw -- "$holder" /run/err || fail "stderr '$(cat /run/err)' does not name the holder, pid $holder"
    assert_eq "$(kernel_snapshot; cat $STORE)" "$before" "after ifconfig $cmd"
  done
}
