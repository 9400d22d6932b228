#!/usr/bin/env python3
"""Times solnet against ip and net-tools in the current namespace, which
scale_state.py filled; scale_bench.sh runs it in a private one. Writes the
samples as JSON for scale_report.py.

Every command runs once untimed first, its output kept and checked (exit 0,
JSON that parses, kernel state after a change read back with `ip -j`).
Then `rounds` rounds run every command of every tool in turn, the order
reversed every other round so that drift on a shared machine hits all
alike. A sample is the child's user+system CPU time and max RSS, read by
cpu_rss (wait4). A command whose check run took more than SLOW seconds is
not run again: its check run is its only sample.
"""
import argparse
import glob
import json
import os
import subprocess
import sys
import time

from scale_state import alias_addr

SLOW = 3.0


class Runner:
    def __init__(self, cpu_rss, cap):
        self.cpu_rss, self.cap = cpu_rss, cap

    def run(self, cmd, out=os.devnull):
        """One sample: {"cpu_ms", "rss_kb"} plus "timeout" when it was killed."""
        p = subprocess.run([self.cpu_rss, out, str(self.cap), *cmd], stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, text=True, check=True)
        user, system, rss, status = p.stdout.split()
        sample = {"cpu_ms": (int(user) + int(system)) / 1000, "rss_kb": int(rss)}
        if status == "timeout":
            sample["timeout"] = self.cap
        elif status != "0":
            sys.exit(f"scale_measure: {' '.join(cmd)}: exit status {status}")
        return sample

    def run_all(self, cmds):
        """Several processes as one operation: CPU summed, RSS the largest."""
        samples = [self.run(c) for c in cmds]
        return {"cpu_ms": sum(s["cpu_ms"] for s in samples), "rss_kb": max(s["rss_kb"] for s in samples)}


def log(msg):
    print(f"  [{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def ip_json(*args):
    return json.loads(subprocess.run(["ip", "-j", *args], stdout=subprocess.PIPE, check=True).stdout or "[]")


def count_json(path, key):
    """Elements of the list under `key` of a JSON output."""
    with open(path) as f:
        return len(json.load(f)[key])


# name, ours, ip, net-tools (None: it has no such display), the list our JSON
# holds (None: text). `arp -n` is read the net-tools way (illumos takes -n
# only with -a), so it needs no --net-tools; JSON is timed with -n too, as
# numeric as `ip -j neigh` (without it every entry costs a reverse lookup).
def display_cases(b, n):
    label = f"v0:{n // 2 - 1}"
    ifc, route, arp = f"{b}/cmd/ifconfig", f"{b}/cmd/route", f"{b}/cmd/arp"
    return [
        ("ifconfig -a", [ifc, "-a"], ["ip", "addr"], ["/sbin/ifconfig", "-a"], None),
        ("ifconfig -a --json", [ifc, "-a", "--json"], ["ip", "-j", "addr"], None, "interfaces"),
        ("ifconfig v0:N", [ifc, label], ["ip", "addr", "show", "label", label], ["/sbin/ifconfig", label],
         None),
        ("ifconfig v0:N --json", [ifc, label, "--json"], ["ip", "-j", "addr", "show", "label", label], None,
         "interfaces"),
        ("ifconfig v5", [ifc, "v5"], ["ip", "addr", "show", "dev", "v5"], ["/sbin/ifconfig", "v5"], None),
        ("route -n", [route, "-n"], ["ip", "route"], ["/sbin/route", "-n"], None),
        ("route --json", [route, "--json"], ["ip", "-j", "route"], None, "routes"),
        ("arp -n", [arp, "-n"], ["ip", "neigh"], ["/usr/sbin/arp", "-n"], None),
        ("arp -n --json", [arp, "-n", "--json"], ["ip", "-j", "neigh"], None, "entries"),
    ]


def measure_display(r, args):
    cases = display_cases(args.build, args.n)
    info = {"links": len(ip_json("link")), "routes": len(ip_json("route")), "neighbours": len(ip_json("neigh")),
            "ipv4": sum(len(l["addr_info"]) for l in ip_json("-4", "addr")),
            "ipv6": sum(len(l["addr_info"]) for l in ip_json("-6", "addr")), "output_bytes": {}, "elements": {}}
    log(f"{info['links']} links, {info['ipv4']} IPv4 + {info['ipv6']} IPv6 addresses, "
        f"{info['routes']} routes, {info['neighbours']} neighbours")
    res = {name: {} for name, *_ in cases}
    slow = set()
    for name, ours, ip, nt, what in cases:
        for tool, cmd in (("ours", ours), ("ip", ip), ("net-tools", nt)):
            if cmd is None:
                continue
            out = f"{args.work}/check.out"
            s = r.run(cmd, out)
            info["output_bytes"][f"{name}|{tool}"] = os.path.getsize(out)
            if tool == "ours" and what:
                info["elements"][name] = count_json(out, what)  # and it parses
            res[name][tool] = []
            if "timeout" in s or s["cpu_ms"] > SLOW * 1000:
                res[name][tool].append(s)
                slow.add((name, tool))
    for rnd in range(args.rounds):
        log(f"round {rnd + 1}/{args.rounds}")
        order = cases if rnd % 2 == 0 else list(reversed(cases))
        for name, ours, ip, nt, _ in order:
            tools = [("ours", ours), ("ip", ip), ("net-tools", nt)]
            for tool, cmd in (tools if rnd % 2 == 0 else reversed(tools)):
                if cmd is not None and (name, tool) not in slow:
                    res[name][tool].append(r.run(cmd))
    return {"kind": "display", "n": args.n, "mixed": args.mixed, "info": info, "cases": res}


ALIAS = 19999  # a secondary: its /16's primary is v0:19750


def change_cases(b):
    """(name, ours, ip, check) per change, each undone by the next; `check`
    judges v0's IPv4 addresses as `ip -j` reads them after the change."""
    ifc = f"{b}/cmd/ifconfig"
    lab, a = f"v0:{ALIAS}", alias_addr(ALIAS)
    new, new_lab = "10.250.0.1", "v0:20001"  # the lowest free unit after v0:1..v0:20000

    def has(addr, plen=None, label=None):
        def check(addrs):
            return any(x["local"] == addr and (plen is None or x["prefixlen"] == plen)
                       and (label is None or x.get("label") == label) for x in addrs)
        return check

    def lacks(addr):
        return lambda addrs: not has(addr)(addrs)

    return [
        ("down", [[ifc, lab, "down"]], [["ip", "addr", "del", f"{a}/16", "dev", "v0"]], lacks(a)),
        ("up", [[ifc, lab, "up"]], [["ip", "addr", "add", f"{a}/16", "brd", "+", "label", lab, "dev", "v0"]],
         has(a, 16, lab)),
        ("addif", [[ifc, "v0", "addif", f"{new}/16", "up"]],
         [["ip", "addr", "add", f"{new}/16", "brd", "+", "label", new_lab, "dev", "v0"]], has(new, 16, new_lab)),
        ("removeif", [[ifc, "v0", "removeif", new]], [["ip", "addr", "del", f"{new}/16", "dev", "v0"]],
         lacks(new)),
        # ifconfig keeps the broadcast; ip re-creates the primary with it
        ("netmask", [[ifc, "v0", "netmask", "255.255.128.0"]],
         [["ip", "addr", "del", "10.0.0.1/16", "dev", "v0"],
          ["ip", "addr", "add", "10.0.0.1/17", "brd", "10.0.255.255", "dev", "v0"]], has("10.0.0.1", 17, "v0")),
        ("netmask", [[ifc, "v0", "netmask", "255.255.0.0"]],
         [["ip", "addr", "del", "10.0.0.1/17", "dev", "v0"],
          ["ip", "addr", "add", "10.0.0.1/16", "brd", "10.0.255.255", "dev", "v0"]], has("10.0.0.1", 16, "v0")),
    ]


def v0_addrs():
    return [a for l in ip_json("-4", "addr", "show", "dev", "v0") for a in l["addr_info"]]


def measure_changes(r, args):
    ifc = f"{args.build}/cmd/ifconfig"
    # Every other link's IPv6 addresses pinned in the state store, as an
    # inet6 command leaves them: the store then grows with the addresses
    # elsewhere, and so would a change that reads or writes all of it.
    others = sorted(l["ifname"] for l in ip_json("link") if l["ifname"].startswith("e"))
    for name in others:
        subprocess.run([ifc, name, "inet6", "up"], check=True)
    stores = glob.glob("/run/lif/*.json")  # this namespace's store, whatever its name
    info = {"links": len(ip_json("link")), "v0": len(v0_addrs()),
            "elsewhere": sum(len(l["addr_info"]) for l in ip_json("addr") if l["ifname"] not in ("v0", "lo")),
            "store_bytes": 0, "store_records": 0}
    for store in stores:
        info["store_bytes"] += os.path.getsize(store)
        with open(store) as f:
            info["store_records"] += sum(len(l["lifs"]) for l in json.load(f)["links"])
    log(f"v0: {info['v0']} addresses; elsewhere: {info['elsewhere']}; store: {info['store_records']} records, "
        f"{info['store_bytes']} bytes")
    cases = change_cases(args.build)
    res = {}
    for tool in ("ours", "ip"):  # the check round, not counted
        for name, ours, ip, check in cases:
            r.run_all(ours if tool == "ours" else ip)
            if not check(v0_addrs()):
                sys.exit(f"scale_measure: {tool} {name}: v0 is not as expected afterwards")
    for rnd in range(args.rounds):
        log(f"round {rnd + 1}/{args.rounds}")
        for tool in (("ours", "ip") if rnd % 2 == 0 else ("ip", "ours")):
            for name, ours, ip, _ in cases:
                res.setdefault(name, {}).setdefault(tool, []).append(r.run_all(ours if tool == "ours" else ip))
    return {"kind": "changes", "elsewhere": args.n, "info": info, "cases": res}


def main():
    p = argparse.ArgumentParser()
    p.add_argument("shape", choices=["display", "changes"])
    p.add_argument("n", type=int)
    p.add_argument("--mixed", action="store_true")
    p.add_argument("--build", required=True)
    p.add_argument("--cpu-rss", required=True)
    p.add_argument("--work", required=True)
    p.add_argument("--rounds", type=int, default=5)
    p.add_argument("--cap", type=int, default=30, help="seconds after which a command is killed")
    p.add_argument("--out", required=True)
    args = p.parse_args()
    r = Runner(args.cpu_rss, args.cap)
    res = measure_display(r, args) if args.shape == "display" else measure_changes(r, args)
    with open(args.out, "w") as f:
        json.dump(res, f)


if __name__ == "__main__":
    main()
