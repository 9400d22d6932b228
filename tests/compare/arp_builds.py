#!/usr/bin/env python3
"""Compares two builds' arp (not a test of the suite: it needs an old build).
In a private network and mount namespace with real neighbour entries, runs
each command line of arp_corpus.py with the old arp and then with the new
one, each from the same kernel state, and compares stdout, stderr, the exit
status and the kernel state after (ip -4 -j neigh, ip -4 -j neigh show
proxy, every link's proxy_arp). Prints each difference and a summary, in
which a line with two faults, a malformed word (host, MAC, -H) and an
interface that does not exist, is counted apart when the only difference
is that the new arp reports the malformed word: its parser types the
words before the kernel is asked.
Usage (root): tests/compare/arp_builds.py OLD_ARP NEW_ARP [SEED] [COUNT]"""

import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import arp_corpus  # noqa: E402

NOBODY = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--inh-caps=-all", "--bounding-set=-all"]


def sh(*cmd, stdin=None):
    subprocess.run(cmd, input=stdin, check=True, text=True)


def private_world():
    sh("mount", "--make-rprivate", "/")
    sh("mount", "-t", "tmpfs", "tmpfs", "/run")
    # /etc/hosts and /etc/ethers of our own, as tests/system/lib.sh does
    os.makedirs("/run/overlay/up")
    os.makedirs("/run/overlay/work")
    sh("mount", "-t", "overlay", "overlay", "-o",
       "lowerdir=/etc,upperdir=/run/overlay/up,workdir=/run/overlay/work", "/etc")
    with open("/etc/hosts", "a") as f:
        f.write("10.0.0.2 peer peer.example.com\n10.0.0.3 averyveryverylonghostname.example.com\n"
                "10.0.0.9 proxied\n10.0.0.30 newhost\n10.2.0.5 brhost\n")
    with open("/etc/ethers", "w") as f:
        f.write(arp_corpus.ETHERS)
    os.makedirs("/run/arp")
    for name, text in arp_corpus.FILE_TEXT.items():
        with open("/run/arp/" + name, "w") as f:
            f.write(text)
        os.chmod("/run/arp/" + name, 0o644)


LINKS = """link set lo up
link add v0 type veth peer name v1
link set v0 address 02:00:00:00:00:01
link set v0 up
link set v1 up
addr add 10.0.0.1/24 dev v0
link add w0 type veth peer name w1
link set w0 address 02:00:00:00:00:0a
link set w1 address 02:00:00:00:00:0b
link set w0 up
addr add 10.0.0.129/25 dev w0
route add 10.0.0.48/28 dev w0
link add br0 type bridge
link set w1 master br0
link set br0 address 02:00:00:00:00:0b
link set br0 up
addr add 10.2.0.1/24 dev br0
tuntap add mode tun tun0
link set tun0 up
addr add 10.3.0.1/24 dev tun0
"""

ENTRIES = """neigh replace 10.0.0.2 lladdr 02:00:00:00:00:02 dev v0 nud reachable
neigh replace 10.0.0.3 lladdr 02:00:00:00:00:03 dev v0 nud permanent
neigh replace 10.0.0.4 lladdr 02:00:00:00:00:04 dev v0 nud stale
neigh replace 10.0.0.6 lladdr 02:00:00:00:00:06 dev v0 nud noarp
neigh replace 10.0.0.9 lladdr 02:00:00:00:00:09 dev v0 nud stale
neigh replace 10.0.0.20 lladdr 00:01:02:03:04:05 dev v0 nud permanent protocol static
neigh replace 10.0.0.77 dev v0 nud incomplete
neigh replace 10.0.0.78 dev v0 nud failed
neigh replace 10.0.0.140 lladdr 02:00:00:00:01:40 dev w0 nud permanent
neigh replace 10.2.0.5 lladdr 02:00:00:00:02:05 dev br0 nud reachable
neigh add proxy 10.0.0.9 dev v0
neigh add proxy 10.0.0.50 dev v0
neigh add proxy 10.0.0.60 dev w0 protocol static
"""


def proxy_arp_files():
    base = "/proc/sys/net/ipv4/conf"
    return [f"{base}/{d}/proxy_arp" for d in sorted(os.listdir(base))]


def reset():
    sh("ip", "-4", "neigh", "flush", "all", "nud", "all")
    sh("ip", "neigh", "flush", "proxy")
    for path in proxy_arp_files():
        with open(path, "w") as f:
            f.write("1" if "/w0/" in path else "0")
    sh("ip", "-batch", "-", stdin=ENTRIES)


def snapshot():
    def ip(*args):
        out = subprocess.run(["ip", "-4", "-j", *args], capture_output=True, text=True, check=True).stdout
        return sorted(json.dumps(e, sort_keys=True) for e in json.loads(out or "[]"))
    proxy_arp = {p: open(p).read().strip() for p in proxy_arp_files()}
    return {"neigh": ip("neigh", "show"), "proxy": ip("neigh", "show", "proxy"), "proxy_arp": proxy_arp}


def run(binary, user, words):
    reset()
    cmd = ([*NOBODY] if user == "nobody" else []) + [binary, *words]
    r = subprocess.run(cmd, capture_output=True, timeout=30, env={"PATH": "/usr/sbin:/usr/bin:/sbin:/bin",
                                                                  "LC_ALL": "C"})
    return {"stdout": r.stdout, "stderr": r.stderr, "status": r.returncode, "kernel": snapshot()}


MALFORMED = (b": unknown host", b": invalid link layer address", b": only ether entries can be set")


def fault_order_only(a, b):
    """Whether b differs from a only in reporting a malformed word where a
    reported a missing interface, line for line."""
    if any(a[k] != b[k] for k in ("stdout", "status", "kernel")):
        return False
    old, new = a["stderr"].splitlines(), b["stderr"].splitlines()
    if len(old) != len(new):
        return False
    return all(o == n or (o.endswith(b": no such interface") and n.endswith(MALFORMED)) for o, n in zip(old, new))


def main():
    if os.environ.get("ARP_BUILDS_INSIDE") != "1":
        os.environ["ARP_BUILDS_INSIDE"] = "1"
        os.execvp("unshare", ["unshare", "--net", "--mount", "--fork", "--", sys.executable, *sys.argv])
    old, new = sys.argv[1], sys.argv[2]
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    count = int(sys.argv[4]) if len(sys.argv) > 4 else 500
    private_world()
    sh("ip", "-batch", "-", stdin=LINKS)
    cases = arp_corpus.corpus(seed, count)
    differ = 0
    fault_order = 0
    changed = 0
    for user, words in cases:
        a = run(old, user, words)
        b = run(new, user, words)
        if a["kernel"] != snapshot_after_reset():
            changed += 1
        if a != b and fault_order_only(a, b):
            fault_order += 1
            print(f"FAULT ORDER {user} arp {words!r}: {a['stderr']!r} -> {b['stderr']!r}")
        elif a != b:
            differ += 1
            print(f"DIFFER {user} arp {words!r}")
            for key in a:
                if a[key] != b[key]:
                    print(f"  {key}: old {a[key]!r}\n  {key}: new {b[key]!r}")
    print(f"{len(cases)} lines, {changed} changed the kernel, {fault_order} report the other of two faults, "
          f"{differ} differ")
    sys.exit(1 if differ else 0)


_baseline = None


def snapshot_after_reset():
    global _baseline
    if _baseline is None:
        reset()
        _baseline = snapshot()
    return _baseline


if __name__ == "__main__":
    main()
