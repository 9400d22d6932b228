"""Kernel state of one namespace, read with `ip -j -d` and /proc/sys/net,
normalised to what both twins must agree on, and compared by aspect.

Aspects: link (flags, mtu, txqueuelen, MAC, ...), addr, route (all tables,
both families), neigh, proxy (proxy neighbours), sysctl (the
/proc/sys/net/ipv{4,6}/conf/*/ values in SYSCTLS)."""

import json
import os
import subprocess

ASPECTS = ("link", "addr", "route", "neigh", "proxy", "sysctl")

_BATCH = "addr show\nroute show table all\nneigh show\nneigh show proxy\n"


def _ip_batch(args, text):
    out = subprocess.run(["ip", "-j", "-d", *args, "-b", "-"], input=text,
                         capture_output=True, text=True, check=True).stdout
    docs, dec, i = [], json.JSONDecoder(), 0
    while i < len(out):
        if out[i].isspace():
            i += 1
            continue
        doc, i = dec.raw_decode(out, i)
        docs.append(doc)
    return docs


def _multicast(dst):
    if ":" in dst:
        return dst.lower().startswith("ff")
    first = int(dst.split(".")[0])
    return 224 <= first <= 239


def _lifetime(v):
    return "forever" if v == 4294967295 else "finite"


def _drop_timers(obj):
    # Bridge and bridge-port timers count down while we look.
    if isinstance(obj, dict):
        return {k: _drop_timers(v) for k, v in obj.items() if not k.endswith("_timer")}
    if isinstance(obj, list):
        return [_drop_timers(v) for v in obj]
    return obj


def _sorted(items):
    return sorted(items, key=lambda x: json.dumps(x, sort_keys=True))


# The per-interface sysctls that the tools (ours or net-tools through the
# kernel) change, and those that decide what the kernel does with addresses.
SYSCTLS = {
    "ipv4": ("forwarding", "proxy_arp", "proxy_arp_pvlan", "promote_secondaries", "arp_ignore",
             "arp_announce", "arp_filter", "rp_filter", "arp_notify"),
    "ipv6": ("disable_ipv6", "forwarding", "keep_addr_on_down", "mtu", "accept_ra", "autoconf",
             "accept_dad", "addr_gen_mode"),
}


def _sysctls():
    values = {}
    for fam, keys in SYSCTLS.items():
        base = f"/proc/sys/net/{fam}/conf"
        for dev in sorted(os.listdir(base)):
            for key in keys:
                with open(f"{base}/{dev}/{key}") as f:
                    values[f"{fam}.{dev}.{key}"] = f.read().strip()
    with open("/proc/sys/net/ipv4/ip_forward") as f:
        values["ipv4.ip_forward"] = f.read().strip()
    return values


def _sync_links():
    """Reading a link's carrier makes the kernel run its pending linkwatch
    event (carrier, operstate, the IPv6 link-local it brings) now rather
    than up to a second later. /sys must be this namespace's sysfs."""
    for name in os.listdir("/sys/class/net"):
        try:
            with open(f"/sys/class/net/{name}/carrier") as f:
                f.read()
        except OSError:
            pass  # a link that is down has no carrier to read


def take():
    """The normalised state of the namespace this process is in."""
    _sync_links()
    # Without a family, "table all" lists IPv4 and IPv6 routes.
    addr_doc, routes, neigh, proxy = _ip_batch([], _BATCH)
    links, addrs = [], []
    for link in addr_doc:
        link = _drop_timers(dict(link))
        # The kernel attaches a link's default qdisc at its first up, and no
        # tool here sets one: "noop" only says the link was never up.
        link.pop("qdisc", None)
        for a in link.pop("addr_info", []):
            a = dict(a)
            for k in ("valid_life_time", "preferred_life_time"):
                if k in a:
                    a[k] = _lifetime(a[k])
            a["dev"] = link["ifname"]
            addrs.append(a)
        links.append(link)
    return {
        "link": _sorted(links),
        "addr": _sorted(addrs),
        "route": _sorted(routes),
        "neigh": _sorted(n for n in neigh if not _multicast(n.get("dst", ""))),
        "proxy": _sorted(proxy),
        "sysctl": _sysctls(),
    }


def settling(state):
    """True while the kernel is still finishing what a line started: an IPv6
    address waits for its (disabled) DAD to be declared done."""
    return any(a.get("tentative") for a in state["addr"])


def differing(a, b):
    """The aspects in which two states differ."""
    return [k for k in ASPECTS if a[k] != b[k]]


def describe(a, b, aspect, limit=6):
    """A few lines saying how one aspect differs (net-tools a, ours b)."""
    if aspect == "sysctl":
        keys = sorted(set(a["sysctl"]) | set(b["sysctl"]))
        rows = [f"  {k}: net-tools {a['sysctl'].get(k)} ours {b['sysctl'].get(k)}"
                for k in keys if a["sysctl"].get(k) != b["sysctl"].get(k)]
    elif aspect == "link":
        la = {x["ifname"]: x for x in a["link"]}
        lb = {x["ifname"]: x for x in b["link"]}
        rows = []
        for name in sorted(set(la) | set(lb)):
            x, y = la.get(name, {}), lb.get(name, {})
            if x != y:
                keys = sorted(k for k in set(x) | set(y) if x.get(k) != y.get(k))
                rows += [f"  {name} {k}: net-tools {json.dumps(x.get(k))} ours {json.dumps(y.get(k))}"
                         for k in keys]
    else:
        sa = [json.dumps(x, sort_keys=True) for x in a[aspect]]
        sb = [json.dumps(x, sort_keys=True) for x in b[aspect]]
        rows = [f"  net-tools only: {x}" for x in sa if x not in sb]
        rows += [f"  ours only:      {x}" for x in sb if x not in sa]
    more = len(rows) - limit
    return rows[:limit] + ([f"  ... {more} more"] if more > 0 else [])
