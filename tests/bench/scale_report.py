#!/usr/bin/env python3
"""Prints scale_bench.sh's tables from the JSON files scale_measure.py
wrote: one table per size, the scaling of each command, the change costs,
and PASS/FAIL per target of issue 17 item 1. Usage: scale_report.py FILE..."""
import json
import statistics
import sys


def flat(small, big):
    """Does not grow: the larger state costs at most 5% + 0.5 ms more (the
    noise of a median on a shared machine), whatever the base cost."""
    return big <= small * 1.05 + 0.5


IP = {
    "ifconfig -a": "ip addr", "ifconfig -a --json": "ip -j addr",
    "ifconfig v0:N": "ip addr show label v0:N", "ifconfig v0:N --json": "ip -j addr show label v0:N",
    "ifconfig v5": "ip addr show dev v5", "route -n": "ip route", "route --json": "ip -j route",
    "arp -n": "ip neigh", "arp -n --json": "ip -j neigh",
}
CHANGE_IP = {
    "down": "ip addr del A/16 dev v0", "up": "ip addr add A/16 brd + label v0:N dev v0",
    "addif": "ip addr add B/16 brd + label v0:M dev v0", "removeif": "ip addr del B/16 dev v0",
    "netmask": "ip addr del P/16 + ip addr add P/17 brd (kept)",
}


def cpu(samples):
    """Median CPU ms; a killed run counts as at least what it used."""
    return statistics.median(s["cpu_ms"] for s in samples) if samples else None


def killed(samples):
    return any("timeout" in s for s in samples)


def rss_mb(samples):
    return statistics.median(s["rss_kb"] for s in samples) / 1024 if samples else None


def fmt(v, width, prec=1, bound=False):
    if v is None:
        return "-".rjust(width)
    return ((">" if bound else "") + f"{v:,.{prec}f}").rjust(width)


def ratio(a, b):
    return a / b if a is not None and b else None


def size_name(n):
    return f"{n // 1000}k" if n and n % 1000 == 0 else str(n)


def display_table(d):
    i = d["info"]
    mix = "IPv4 + IPv6" if d["mixed"] else "IPv4"
    print(f"\n== {d['n']:,} addresses ({mix}): {i['links']:,} links, {i['ipv4']:,} IPv4 + {i['ipv6']:,} IPv6 "
          f"addresses, {i['routes']:,} routes, {i['neighbours']:,} neighbours")
    print("CPU time (user+system) median ms, max RSS median MB; nt = net-tools; > = killed at the cap")
    print(f"{'':<24} {'':<32} {'CPU ms':-^35}  {'max RSS MB':-^28}")
    print(f"{'ours':<24} {'ip':<32} {'ours':>8} {'ip':>8} {'nt':>9} {'/ip':>6} {'/nt':>6}  "
          f"{'ours':>6} {'ip':>6} {'nt':>6} {'/ip':>6}")
    for name, tools in d["cases"].items():
        o, p, n = (tools.get(t, []) for t in ("ours", "ip", "net-tools"))
        label = name.replace("v0:N", f"v0:{d['n'] // 2 - 1}")
        ipname = IP[name].replace("v0:N", f"v0:{d['n'] // 2 - 1}")
        print(f"{label:<24} {ipname:<32} {fmt(cpu(o), 8)} {fmt(cpu(p), 8)} {fmt(cpu(n), 9, bound=killed(n))} "
              f"{fmt(ratio(cpu(o), cpu(p)), 6, 2)} {fmt(ratio(cpu(o), cpu(n)), 6, 2)}  "
              f"{fmt(rss_mb(o), 6)} {fmt(rss_mb(p), 6)} {fmt(rss_mb(n), 6)} {fmt(ratio(rss_mb(o), rss_mb(p)), 6, 2)}")


def scaling_table(displays):
    sizes = [size_name(d["n"]) for d in displays]
    first, last = sizes[0], sizes[-1]
    print(f"\n== Scaling: CPU ms at each size, and x = {last} / {first}")
    head = " ".join(f"{s:>8}" for s in sizes)
    width = 9 * len(sizes) + 7
    print(f"{'':<21} {'ours':-^{width}}   {'ip':-^{width}}")
    print(f"{'command':<21} {head} {'x':>6}   {head} {'x':>6}")
    for name in displays[0]["cases"]:
        o = [cpu(d["cases"][name]["ours"]) for d in displays]
        p = [cpu(d["cases"][name]["ip"]) for d in displays]
        print(f"{name:<21} {' '.join(fmt(v, 8) for v in o)} {fmt(ratio(o[-1], o[0]), 6, 1)}   "
              f"{' '.join(fmt(v, 8) for v in p)} {fmt(ratio(p[-1], p[0]), 6, 1)}")


def changes_table(changes):
    print("\n== Changes on v0 with 20,000 addresses, CPU ms (median); addresses elsewhere and the state "
          "store's records for them:")
    for c in changes:
        i = c["info"]
        print(f"   elsewhere {c['elsewhere']:,}: {i['elsewhere']:,} addresses on {i['links'] - 3:,} links, "
              f"store {i['store_records']:,} records ({i['store_bytes'] / 1024:,.0f} KB)")
    head = "".join(f" {'ours':>7} {'ip':>6} {'/ip':>6} {'RSS MB':>6} |" for _ in changes)
    cols = "".join(f" {'elsewhere ' + size_name(c['elsewhere']):-^28} |" for c in changes)
    print(f"{'':<9}{cols}")
    growth_head = f"ours {size_name(changes[-1]['elsewhere'])}/{size_name(changes[0]['elsewhere'])}"
    growth_head = f" {growth_head:>13} {'+ms':>6}" if len(changes) > 1 else ""
    print(f"{'change':<9}{head}{growth_head}   ip equivalent")
    for name in changes[0]["cases"]:
        row = ""
        for c in changes:
            o, p = c["cases"][name]["ours"], c["cases"][name]["ip"]
            row += f" {fmt(cpu(o), 7)} {fmt(cpu(p), 6)} {fmt(ratio(cpu(o), cpu(p)), 6, 2)} {fmt(rss_mb(o), 6)} |"
        last, first = cpu(changes[-1]["cases"][name]["ours"]), cpu(changes[0]["cases"][name]["ours"])
        growth = f" {fmt(ratio(last, first), 13, 2)} {fmt(last - first, 6)}" if len(changes) > 1 else ""
        print(f"{name:<9}{row}{growth}   {CHANGE_IP[name]}")


def verdict(ok, text, detail):
    print(f"{'PASS' if ok else 'FAIL'}  {text}: {detail}")
    return ok


def targets(displays, changes):
    print("\n== Targets of issue 17 item 1")
    results = []

    def per_size(name, limit, text):
        if not displays:
            return
        vals = [(size_name(d["n"]), ratio(cpu(d["cases"][name]["ours"]), cpu(d["cases"][name]["ip"])))
                for d in displays]
        results.append(verdict(all(v <= limit for _, v in vals), text, ", ".join(f"{s} {v:.2f}x" for s, v in vals)))

    per_size("ifconfig -a", 1.0, "ifconfig -a <= 1.0x ip addr")
    per_size("ifconfig -a --json", 1.0, "ifconfig -a --json <= 1.0x ip -j addr")
    per_size("ifconfig v0:N", 1.0, "ifconfig v0:N <= 1.0x ip addr show label v0:N")
    per_size("ifconfig v0:N --json", 1.0, "ifconfig v0:N --json <= 1.0x ip -j addr show label v0:N")
    if len(displays) > 1:
        v5 = [cpu(d["cases"]["ifconfig v5"]["ours"]) for d in displays]
        results.append(verdict(flat(v5[0], v5[-1]), f"ifconfig v5 (one address) flat from {size_name(displays[0]['n'])} "
                               f"to {size_name(displays[-1]['n'])} (<= +5% +0.5 ms)",
                               f"{' -> '.join(f'{v:.1f}' for v in v5)} ms"))
    over = []
    for d in displays:
        for name, tools in d["cases"].items():
            r = ratio(rss_mb(tools["ours"]), rss_mb(tools["ip"]))
            if r > 2.0:
                over.append(f"{name} {size_name(d['n'])} {r:.1f}x")
    if displays:
        results.append(verdict(not over, "max RSS <= 2x ip's, every display at every size",
                               "over: " + ", ".join(over) if over else "all within"))
    per_size("route -n", 1.0, "route -n <= 1.0x ip route")
    per_size("route --json", 1.0, "route --json <= 1.0x ip -j route")
    per_size("arp -n", 1.0, "arp -n <= 1.0x ip neigh")
    per_size("arp -n --json", 1.0, "arp -n --json <= 1.0x ip -j neigh")
    for c in changes:
        vals = [(name, ratio(cpu(t["ours"]), cpu(t["ip"]))) for name, t in c["cases"].items()]
        results.append(verdict(all(v <= 2.0 for _, v in vals),
                               f"changes on v0 (20k addresses, {size_name(c['elsewhere'])} elsewhere) <= 2x ip",
                               ", ".join(f"{n} {v:.1f}x" for n, v in vals)))
    if len(changes) > 1:
        vals = [(name, cpu(changes[-1]["cases"][name]["ours"]), cpu(changes[0]["cases"][name]["ours"]))
                for name in changes[0]["cases"]]
        results.append(verdict(all(flat(b, a) for _, a, b in vals),
                               f"cost per change flat from {size_name(changes[0]['elsewhere'])} to "
                               f"{size_name(changes[-1]['elsewhere'])} elsewhere (<= +5% +0.5 ms)",
                               ", ".join(f"{n} {a / b:.2f}x ({a - b:+.1f} ms)" for n, a, b in vals)))
    print(f"{sum(results)} of {len(results)} targets met")


def main():
    docs = []
    for path in sys.argv[1:]:
        with open(path) as f:
            docs.append(json.load(f))
    displays = sorted((d for d in docs if d["kind"] == "display"), key=lambda d: d["n"])
    changes = sorted((d for d in docs if d["kind"] == "changes"), key=lambda d: d["elsewhere"])
    for d in displays:
        display_table(d)
    if len(displays) > 1:
        scaling_table(displays)
    if changes:
        changes_table(changes)
    targets(displays, changes)


if __name__ == "__main__":
    main()
