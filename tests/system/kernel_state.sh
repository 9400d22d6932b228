# The kernel's state as ip reads it, for comparisons of two readings
# (sourced by lib.sh): settle waits for what the kernel finishes by itself
# after a change, and kernel_snapshot prints a settled reading that is the
# same whenever nothing was changed. One jq for both: its start-up is most
# of the time they take on a loaded machine.

# settle: waits until the kernel is done with what it does on its own
# after links change: linkwatch's operstate (and with it the qdisc, the
# routes' linkdown flag and the IPv6 link-local address) after a carrier
# change, duplicate address detection on every link with carrier, and the
# local route of each IPv6 address the kernel adds from a work queue.
settle() { wait_until 30 "the kernel's state did not settle" _reading; }

# kernel_snapshot: links, addresses, routes and neighbours, once settled;
# one object a line, sorted, since the kernel promises no order between
# links, routes or neighbours (a link's own addresses keep theirs, which
# means primary and secondary); without what changes by itself: bridge
# timers, lifetimes that count down, route expiry, and which of the states
# the kernel moves a neighbour through on its own it is in.
kernel_snapshot() {
  local reading deadline=$((SECONDS + 30))
  until reading=$(_reading); do
    [ "$SECONDS" -lt "$deadline" ] || fail "the kernel's state did not settle after 30 s: $reading"
    sleep 0.1
  done
  printf '%s\n' "$reading"
}

# _reading: the snapshot when the state is settled; else fails and names
# what is still moving.
_reading() {
  local out line dev busy=""
  out=$({
    ip -j -d link show || echo null
    ip -j addr show || echo null
    ip -j -4 route show table all || echo null
    ip -j -6 route show table all || echo null
    ip -j neigh show || echo null
    ip -j neigh show proxy || echo null
  } | jq -rn "$_kernel_state_jq" 2>&1)
  while IFS= read -r line; do
    case $line in
      snapshot:) break ;;
      # An Ethernet link running with IPv6 on gets its link-local address
      # right after its operstate.
      "no link-local: "*)
        dev=${line#no link-local: }
        [ "$(cat "/proc/sys/net/ipv6/conf/$dev/disable_ipv6" 2>/dev/null)" = 0 ] &&
          [ "$(cat "/proc/sys/net/ipv6/conf/$dev/addr_gen_mode")" != 1 ] &&
          busy+="$dev: no IPv6 link-local address"$'\n' ;;
      *) busy+=$line$'\n' ;;
    esac
  done <<<"$out"
  if [ -n "$busy" ]; then
    printf %s "$busy"
    return 1
  fi
  printf '%s\n' "${out#*snapshot:$'\n'}"
}

# What is still moving, one line each, then "snapshot:" and the sorted,
# normalised lines.
_kernel_state_jq='
  def counting: if . == 0 or . == 4294967295 then . else "counting down" end;
  def nud: map(if IN("REACHABLE", "STALE", "DELAY", "PROBE") then "REACHABLE|STALE|DELAY|PROBE"
               elif IN("INCOMPLETE", "FAILED") then "INCOMPLETE|FAILED" else . end);
  def timers: with_entries(select(.key | endswith("_timer") | not));
  def normalised:
    if .linkinfo.info_data then .linkinfo.info_data |= timers else . end
    | if .linkinfo.info_slave_data then .linkinfo.info_slave_data |= timers else . end
    | if .addr_info then .addr_info |= map(with_entries(
        if .key | endswith("_life_time") then .value |= counting else . end)) else . end
    | if has("expires") then .expires = "some time" else . end
    | if has("state") then .state |= nud else . end;
  ["link", "addr", "route", "route6", "neigh", "proxy"] as $what | [inputs] as $dumps
  | ($dumps[1] // []) as $a | (($dumps[2] // []) + ($dumps[3] // [])) as $r
  | ($a | map(select(.flags | index("LOWER_UP")) | .ifname)) as $carrier
  | (range(6) | select($dumps[.] == null) | "ip could not read \($what[.])"),
    ($a[] | select((.flags | index("LOWER_UP")) and (.operstate | IN("UP", "UNKNOWN") | not))
      | "\(.ifname): carrier, operstate \(.operstate)"),
    ($a[] | select((.flags | index("UP")) and (.flags | index("LOWER_UP") | not) and .operstate == "UP")
      | "\(.ifname): no carrier, operstate UP"),
    ($a[] | select(.flags | index("LOWER_UP")) | .ifname as $n | .addr_info[]
      | select(.tentative and (.dadfailed | not)) | "\($n): \(.local) tentative"),
    ($a[] | select(.flags | index("UP")) | .ifname as $n | .addr_info[]
      | select(.family == "inet6" and (.tentative | not) and (.dadfailed | not)) | .local as $l
      | select(any($r[]; .type == "local" and .dst == $l and .dev == $n) | not)
      | "\($n): \($l) has no local route yet"),
    ($a[] | select(.link_type == "ether" and .operstate == "UP" and (.flags | index("LOWER_UP")))
      | select(any(.addr_info[]; .family == "inet6" and .scope == "link") | not) | "no link-local: \(.ifname)"),
    ($r[] | select((.flags | index("linkdown")) and (.dev as $d | $carrier | index($d)))
      | "route \(.dst) dev \(.dev): linkdown"),
    "snapshot:",
    ([range(6) as $i | ($dumps[$i] // [])[] | normalised | "\($what[$i]) \(tojson)"] | sort[])'
