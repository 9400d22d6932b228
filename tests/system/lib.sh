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

# A veth pair: NAME and its peer PEER, both up and running.
veth() {
  ip link add "$1" type veth peer name "$2" || fail "cannot create veth $1"
  ip link set "$1" up
  ip link set "$2" up
  wait_running "$1"
  wait_running "$2"
}

# wait_until SECONDS WHAT CMD...: runs CMD every 0.1 s until it succeeds;
# after SECONDS, fails with WHAT and what CMD prints on a last try. The
# limits are generous: a loaded machine is slow, and a passing test never
# waits them out.
wait_until() {
  local limit=$1 what=$2 out
  local deadline=$((SECONDS + limit))
  shift 2
  until "$@" >/dev/null 2>&1; do
    if [ "$SECONDS" -ge "$deadline" ]; then
      out=$("$@" 2>&1) && return 0
      fail "$what after $limit s${out:+: $out}"
    fi
    sleep 0.1
  done
}

# wait_running DEV: the link has carrier and the kernel has taken note
# (operstate UP, which ifconfig shows as RUNNING).
wait_running() { wait_until 30 "$1 is not running" _running "$1"; }

_running() {
  ip -j link show "$1" | jq -e '.[0] | (.flags | index("LOWER_UP")) and .operstate == "UP"' >/dev/null && return
  ip link show "$1"
  return 1
}

# in_netns NS CMD...: a command or helper of this file in namespace NS;
# the test fails when it fails.
in_netns() {
  ip netns exec "$1" bash -c 'source "$SOLNET_TESTS/lib.sh"; "$@"' _ "${@:2}" || exit
}

source "$SOLNET_TESTS/kernel_state.sh"

# The JSON document of one of our tools validated against its schema.
validate_schema() {
  python3 - "$1" "$2" <<'PY'
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
doc = json.load(open(sys.argv[2]))
jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).validate(doc)
PY
}
