# One side of builds.sh: runs a scenario with one build in this (fresh)
# network and mount namespace and prints its transcript.
# Usage: builds_side.sh BUILD SCENARIO_FILE
set -u
build=$1 scenario=$2
export PATH=/usr/sbin:/usr/bin:/sbin:/bin

mount --make-rprivate /
mount -t tmpfs tmpfs /run
for d in /etc /var/lib; do
  mkdir -p "/run/overlay$d/up" "/run/overlay$d/work"
  mount -t overlay overlay -o "lowerdir=$d,upperdir=/run/overlay$d/up,workdir=/run/overlay$d/work" "$d"
done

pids=()
cleanup() {
  local p
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null; done
}
trap cleanup EXIT

# The same world on both sides: no DAD (addresses never tentative), links
# with fixed MACs (fixed IPv6 link-locals), the same name files.
sysctl -qw net.ipv6.conf.all.accept_dad=0 net.ipv6.conf.default.accept_dad=0
ip link set lo up
ip link add v0 address 02:00:00:00:00:10 type veth peer name v1 address 02:00:00:00:00:11
ip link add v2 address 02:00:00:00:00:20 type veth peer name v3 address 02:00:00:00:00:21
ip link add br0 address 02:00:00:00:00:30 type bridge
ip tuntap add mode tun tun0
for l in v0 v1 v2 v3; do ip link set "$l" up; done
# vni links get random MACs: no link-locals derived from them.
sysctl -qw net.ipv6.conf.default.addr_gen_mode=1
cat >>/etc/hosts <<'EOF'
10.1.2.3 web
10.0.0.77 neighbour
2001:db8::99 web6
255.255.255.0 mask24
EOF
printf 'classb 255.255\nholes 255.0.255\n' >>/etc/networks
printf '10.0.0.0 255.255.255.0\n172.16.0.0 255.255.0.0\n' >/etc/netmasks
mkdir -p /etc/inet && printf 'RARP_RETRIES=1\nRARP_TIMEOUT=1\n' >/etc/inet/rarp

# Links that are up with their peer up wait for their carrier, so that
# RUNNING never depends on timing.
settle() {
  local i
  for i in $(seq 40); do
    ip -j link show | jq -e '
      [.[] | {key: .ifname, value: .}] | from_entries as $l |
      [.[] | select((.flags | index("UP")) and ((.flags | index("LOWER_UP")) | not) and
                    (.link != null) and ($l[.link].flags // [] | index("UP")))] | length == 0' >/dev/null && return
    sleep 0.05
  done
}

# What the kernel holds, less what differs between any two runs: random
# MACs (vni links) and timers (bridges).
state() {
  ip -j -d link show | jq -c '.[] |
    if .linkinfo.info_kind == "ifb" or .linkinfo.info_kind == "dummy" then del(.address) else . end |
    walk(if type == "object" then with_entries(select(.key | endswith("_timer") | not)) else . end)'
  ip -j addr show | jq -c '.[] | {ifname, addr_info}'
  { ip -j route show table all; ip -j -6 route show table all; } | jq -c '.[]' | sort
  echo "store: $(cat /run/lif/net.*.json 2>/dev/null)"
}

run_step() {
  local out=/run/step.out err=/run/step.err rc
  case $1 in
    ifconfig | route | arp) "$build/cmd/$1" "${@:2}" >$out 2>$err ;;
    nobody) setpriv --reuid=65534 --regid=65534 --clear-groups "$build/cmd/$2" "${@:3}" >$out 2>$err ;;
    sh) "${@:2}" >/dev/null 2>&1; return ;;
    bg) "${@:2}" >/dev/null 2>&1 & pids+=($!); sleep 0.3; return ;;
    *) echo "unknown step: $*"; return ;;
  esac
  rc=$?
  echo "[exit $rc]"
  sed 's/^/1| /' $out
  sed 's/^/2| /' $err
}

settle
{
  read -r name
  echo "== $name"
  while IFS= read -r line; do
    echo "\$ $line"
    eval "run_step $line" </dev/null
    settle
    state
  done
} <"$scenario"
