# Helpers for the hostile_*_test.sh files (issue 18): root's commands
# against what another local user can plant or hold, and hostile names.
source "$SOLNET_TESTS/ifconfig_config_lib.sh"

LIF=/run/lif
# as_nobody as a command, for timeout and for a background job whose $!
# must be the command itself
NOBODY=(setpriv --reuid=65534 --regid=65534 --clear-groups)
BOOT=$SOLNET_BUILD/cmd/solnet-boot
# Seconds a root command may take when nothing it should wait for blocks
# it: far more than it needs, far less than forever.
BOUND=10

# bounded SECONDS CMD...: CMD with a deadline and 1 GiB of address space
# (a file read without limit ends in an allocation failure, not in the
# machine swapping). Sets rc and elapsed_ms; stdout in /run/out, stderr in
# /run/err. Fails the test when CMD is still running after SECONDS.
bounded() {
  local secs=$1 start
  shift
  start=$(date +%s%N)
  (ulimit -v 1048576 && exec timeout -k 2 "$secs" "$@") >/run/out 2>/run/err
  rc=$?
  elapsed_ms=$((($(date +%s%N) - start) / 1000000))
  [ $rc -ne 124 ] && [ $rc -ne 137 ] || fail "'$*' still running after $secs s (stderr: $(cat /run/err))"
}

# ok_within CMD...: CMD finishes in BOUND seconds and succeeds.
ok_within() {
  bounded $BOUND "$@"
  [ $rc -eq 0 ] || fail "'$*' exited $rc: $(cat /run/err)"
}

# refused_within CMD...: CMD finishes in BOUND seconds and fails, with one
# line on stderr; the caller checks its words.
refused_within() {
  bounded $BOUND "$@"
  [ $rc -ne 0 ] || fail "'$*' succeeded; stdout: $(cat /run/out)"
  [ "$(wc -l </run/err)" -eq 1 ] || fail "'$*' stderr is not one line: $(cat /run/err)"
}

# err_has TEXT...: stderr of the last bounded command contains each TEXT
# (fixed strings, case-insensitive: the implementer words the rest).
err_has() {
  local t
  for t in "$@"; do
    grep -qiF -- "$t" /run/err || fail "stderr '$(cat /run/err)' does not say '$t'"
  done
}

# The victim: files root must never write while doing the store's work.
victim_setup() {
  mkdir -p /run/victim
  printf 'precious\n' >/run/victim/precious
  chmod 600 /run/victim/precious
}

# What the victim directory holds: names, types, modes, owners, contents.
victim_state() {
  find /run/victim -printf '%p %y %m %U:%G\n' | sort
  cat /run/victim/precious
}

# v0 up with 10.0.0.1/24, peer v1; v0:1 (10.0.0.2, down) is in the store
# alone, so the store, its directory and its lock exist.
store_setup() {
  sysctl -qw net.ipv6.conf.default.accept_dad=0
  veth v0 v1
  $IFCONFIG v0 10.0.0.1/24 up || fail "v0"
  $IFCONFIG v0 addif 10.0.0.2/24 >/dev/null || fail "addif v0:1"
  [ -f $LIF/state.json ] || fail "no $LIF/state.json after addif"
}
