# Shared helpers for system tests. Each test runs as root in its own network
# and mount namespace (see run); setup_namespace makes /etc and /var/lib
# private copy-on-write views, so tests may write them freely.

IFCONFIG=$SOLNET_BUILD/cmd/ifconfig
ROUTE=$SOLNET_BUILD/cmd/route
ARP=$SOLNET_BUILD/cmd/arp
IFCONFIG_SCHEMA=$SOLNET_TESTS/../../lib/ifconfig/ifconfig.schema.json
ROUTE_SCHEMA=$SOLNET_TESTS/../../lib/route/route.schema.json
ARP_SCHEMA=$SOLNET_TESTS/../../lib/arp/arp.schema.json

# net-tools, the reference for byte-compatible output
NT_IFCONFIG=/sbin/ifconfig
NT_ROUTE=/sbin/route
NT_ARP=/usr/sbin/arp

_tracked_pids=()

setup_namespace() {
  local d
  for d in /etc /var/lib; do
    mkdir -p "/run/overlay$d/up" "/run/overlay$d/work"
    mount -t overlay overlay -o "lowerdir=$d,upperdir=/run/overlay$d/up,workdir=/run/overlay$d/work" "$d"
  done
  ip link set lo up
  trap _cleanup EXIT
}

# Remembers a daemon's pid; it is killed when the test ends, pass or fail.
track_pid() { _tracked_pids+=("$1"); }

_cleanup() {
  local rc=$? pid ns comm leftover=()
  for pid in "${_tracked_pids[@]}"; do kill "$pid" 2>/dev/null; done
  for pid in "${_tracked_pids[@]}"; do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null
  done
  # Anything still running in this test's namespaces escaped its test;
  # our own ancestors (unshare, the runner's shells) are in it too.
  local ancestors=" " p=$$
  while [ "$p" -gt 1 ]; do
    ancestors+="$p "
    p=$(awk '/^PPid:/ {print $2}' "/proc/$p/status")
  done
  local nsfiles=(/proc/self/ns/net)
  for ns in /run/netns/*; do [ -e "$ns" ] && nsfiles+=("$ns"); done
  for ns in "${nsfiles[@]}"; do
    for pid in $(find -L /proc/[0-9]*/ns -maxdepth 1 -name net -samefile "$ns" 2>/dev/null | cut -d/ -f3); do
      [[ $ancestors == *" $pid "* ]] && continue
      comm=$(cat "/proc/$pid/comm" 2>/dev/null) || continue  # find and cut themselves
      [ "$comm" = bash ] && continue
      leftover+=("$pid:$comm")
      kill -9 "$pid" 2>/dev/null
    done
  done
  if [ ${#leftover[@]} -gt 0 ]; then
    echo "left running by the test (killed): ${leftover[*]}" >&2
    [ $rc -eq 0 ] && rc=1
  fi
  exit $rc
}

fail() {
  echo "FAILED: $*" >&2
  exit 1
}

# assert_eq ACTUAL EXPECTED [WHAT]
assert_eq() {
  if [ "$1" != "$2" ]; then
    printf 'FAILED: %s\n--- expected\n%s\n--- actual\n%s\n' "${3:-values differ}" "$2" "$1" >&2
    exit 1
  fi
}

assert_match() {
  [[ $1 =~ $2 ]] || fail "${3:-no match}: '$1' !~ /$2/"
}

# expect_error REGEX CMD...: the command must fail, print nothing on stdout
# and one line matching REGEX on stderr.
expect_error() {
  local re=$1 out err rc
  shift
  out=$(mktemp) err=$(mktemp)
  "$@" >"$out" 2>"$err"
  rc=$?
  [ $rc -ne 0 ] || fail "'$*' succeeded; expected an error matching /$re/"
  [ ! -s "$out" ] || fail "'$*' printed on stdout: $(cat "$out")"
  [ "$(wc -l <"$err")" -eq 1 ] || fail "'$*' stderr is not one line: $(cat "$err")"
  grep -Eq -- "$re" "$err" || fail "'$*' stderr '$(cat "$err")' !~ /$re/"
  rm -f "$out" "$err"
}

# A veth pair: NAME up, its peer PEER up unless told otherwise.
veth() {
  ip link add "$1" type veth peer name "$2" || fail "cannot create veth $1"
  ip link set "$1" up
  ip link set "$2" up
  wait_running "$1"
}

# Waits (5 s at most) for a link to have carrier.
wait_running() {
  for _ in $(seq 50); do
    ip -j link show "$1" | jq -e '.[0].flags | index("LOWER_UP")' >/dev/null && return 0
    sleep 0.1
  done
  fail "$1 has no carrier"
}

# Kernel state, read independently of our tools, for before/after snapshots.
kernel_snapshot() {
  {
    ip -j -d link show
    ip -j addr show
    ip -j route show table all
    ip -j -6 route show table all
    ip -j neigh show
    ip -j neigh show proxy
  } 2>&1 | sed -E 's/"(tx|rx)_[a-z_]+":[0-9]+,?//g'
}

# The JSON document of one of our tools validated against its schema.
validate_schema() {
  python3 - "$1" "$2" <<'PY'
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
doc = json.load(open(sys.argv[2]))
jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).validate(doc)
PY
}
