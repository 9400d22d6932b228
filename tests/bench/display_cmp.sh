#!/bin/bash
# Compares what two builds' ifconfig displays print (stdout, stderr, exit
# status), byte for byte, on one of the scale benchmark's display states
# with state-store records added, as root and as nobody. Not a test: the
# check that a faster renderer prints what the old one did.
#
# Usage (root): tests/bench/display_cmp.sh OLD_BUILD NEW_BUILD [N]  (N: 2000)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
old=$(cd "$1" && pwd)
new=$(cd "$2" && pwd)
n=${3:-2000}
unshare --net --mount --pid --fork --kill-child --mount-proc -- bash -s -- "$here" "$old" "$new" "$n" <<'INNER'
set -eu
here=$1 old=$2 new=$3 n=$4
mount --make-rprivate /
mount -t tmpfs tmpfs /run
t=$(mktemp -d /run/cmp.XXXXXX)
python3 "$here/scale_state.py" display "$n" --mixed --neighbours 10 | ip -batch -
ip link add $'b\x1bd' type veth peer name bdp
for _ in $(seq 300); do
  [ -z "$(ip -6 -o addr show tentative 2>/dev/null)" ] && break
  sleep 0.1
done
o=$old/cmd/ifconfig
# what only the state store holds: a down unit, a unit without an address,
# pinned IPv6 units, a stored flag, usesrc, an unplumbed family
for c in "v0:3 down" "v0:7 private" "e3:7 plumb" "e1 inet6 addif 2001:db8:ff::1/64 up" \
         "e5 usesrc v5" "e9 inet unplumb" "v5 metric 3"; do
  $o $c >/dev/null 2>$t/setup.err || echo "display_cmp: setup '$c' failed: $(cat $t/setup.err)" >&2
done
e=$(ip -o link show | awk -F': ' '/^[0-9]+: e[0-9]/ {print $2}' | sed 's/@.*//' | sort -V | tail -1)
half=$((n / 2))
fails=0 runs=0
for who in root nobody; do
  as=()
  [ $who = nobody ] && as=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  while IFS= read -r args; do
    for j in "" "--json"; do
      # shellcheck disable=SC2086
      "${as[@]}" "$o" $j $args >$t/old.out 2>$t/old.err && os=0 || os=$?
      # shellcheck disable=SC2086
      "${as[@]}" "$new/cmd/ifconfig" $j $args >$t/new.out 2>$t/new.err && ns=0 || ns=$?
      runs=$((runs + 1))
      if ! cmp -s $t/old.out $t/new.out || ! cmp -s $t/old.err $t/new.err || [ $os != $ns ]; then
        echo "DIFF ($who) ifconfig $j $args: status $os/$ns" >&2
        diff $t/old.out $t/new.out | head -5 >&2 || true
        diff $t/old.err $t/new.err | head -5 >&2 || true
        fails=$((fails + 1))
      fi
    done
  done <<LIST
-a
-a inet
-a inet6
-au
-ad
-adD
-auD
-a4
-a6
v0
v0 inet6
v0:1
v0:3
v0:7
v0:$half
v0:$((half + 1))
e1
e1 inet6
e1:3
e3:7
e5
e9
v5
lo
lo:1
nosuch
nosuch:1
LIST
done
echo "display_cmp: $runs runs at $n addresses, $fails differ"
[ $fails = 0 ]
INNER
