"""What the route oracle reads of a sandbox, through ip (the independent
reader) and ifconfig's JSON (only for what the kernel cannot hold: logical
interfaces that are down, kept in ifconfig's store)."""
import ipaddress
import json

from probe import probe

# Flags the kernel sets or clears on its own while a route stays the same.
_VOLATILE_FLAGS = {"linkdown", "dead", "offload", "trap", "offload_failed"}


def normalise(route, family):
    """One route per path: a multipath route is the routes that were added
    one by one (IPv6 merges routes that differ only in their next hop).
    The MTU of an IPv6 route is the kernel's to change: it follows the
    link's MTU down and back up (rt6_mtu_change)."""
    paths = route.get("nexthops") or [{}]
    out = []
    for nh in paths:
        r = {k: v for k, v in route.items() if k not in ("expires", "nexthops")}
        if family == "inet6" and len(paths) > 1:
            # The kernel shows the metrics of a merged route's first path
            # for all: a path's own are not to be seen (route_oracle._present).
            r.pop("metrics", None)
            r["merged"] = True
        r.update({k: v for k, v in nh.items() if k in ("gateway", "dev", "flags")})
        r["family"] = family
        r["flags"] = sorted(f for f in r.get("flags", []) if f not in _VOLATILE_FLAGS)
        if family == "inet6" and r.get("metrics"):
            r["metrics"] = [{k: v for k, v in m.items() if k != "mtu"} for m in r["metrics"]]
            r["metrics"] = [m for m in r["metrics"] if m] or None
            if r["metrics"] is None:
                del r["metrics"]
        out.append(r)
    return out


def key(route):
    return json.dumps(route, sort_keys=True)


def show(route):
    """A route as ip would print it, for messages."""
    parts = [route["dst"]]
    for k, word in (("gateway", "via"), ("dev", "dev"), ("table", "table"), ("protocol", "proto"),
                    ("scope", "scope"), ("prefsrc", "src"), ("metric", "metric")):
        if k in route and not (k == "table" and route[k] == "main"):
            parts += [word, str(route[k])]
    for m in route.get("metrics", []):
        for k, v in sorted(m.items()):
            parts += [k, str(v)]
    parts += route.get("flags", [])
    if route.get("type", "unicast") != "unicast":
        parts.insert(0, route["type"])
    return ("-6 " if route["family"] == "inet6" else "") + " ".join(parts)


def kernel_owned(route):
    """The kernel's own routes (prefix, local, broadcast, multicast ...):
    they come and go with addresses; nobody restores them but the kernel."""
    return route.get("table") == "local" or (route.get("protocol") == "kernel" and "gateway" not in route)


def foreign(route):
    """Routes that belong to someone else (a DHCP client, router
    advertisements, the kernel): ifconfig must not restore them."""
    return route.get("protocol") in ("dhcp", "ra", "redirect") or \
        (route.get("protocol") == "kernel" and "gateway" in route)


class State:
    def __init__(self, sections):
        self.routes = {}
        for name, fam in (("r4", "inet"), ("r6", "inet6")):
            for r in sections[name].json([]):
                if "cache" in r.get("flags", []):
                    continue
                for n in normalise(r, fam):
                    self.routes[key(n)] = n
        self.links = {}         # name -> admin up
        for l in sections["link"].json([]):
            self.links[l["ifname"]] = "UP" in l.get("flags", [])
        self.addrs = {}         # name -> [ip_interface] in the kernel
        for l in sections["addr"].json([]):
            self.addrs[l["ifname"]] = [
                ipaddress.ip_interface("%s/%d" % (a["local"], a["prefixlen"]))
                for a in l.get("addr_info", []) if a["family"] in ("inet", "inet6")]
        self.v6_on = set()
        for line in sections["v6off"].out.splitlines():
            path, _, value = line.rpartition(":")
            if value.strip() == "0":
                self.v6_on.add(path.split("/")[-2])
        self.display_ok = sections["lifs"].rc == 0
        self.display_err = sections["lifs"].err
        doc = sections["lifs"].json({}) or {}
        self.stored_down = {}   # name -> [ip_interface]: down logical interfaces (store only)
        self.inet_plumbed = set()
        for lif in doc.get("interfaces", []):
            if lif["family"] == "inet":
                self.inet_plumbed.add(lif["physical"])
            if not lif["in_kernel"] and lif["address"]:
                self.stored_down.setdefault(lif["physical"], []).append(
                    ipaddress.ip_interface("%s/%d" % (lif["address"], lif["prefix_length"])))

    def up_addrs(self, link, family):
        v = 4 if family == "inet" else 6
        return [a for a in self.addrs.get(link, []) if a.version == v]

    def configured(self, link, family):
        v = 4 if family == "inet" else 6
        return self.up_addrs(link, family) + [a for a in self.stored_down.get(link, []) if a.version == v]

    def plumbed(self, link, family):
        if link not in self.links:
            return False
        return link in (self.inet_plumbed if family == "inet" else self.v6_on)


def read(sandbox, tools):
    return State(probe(sandbox, {
        "r4": "ip -4 -j -d route show table all",
        "r6": "ip -j -d -6 route show table all",
        "addr": "ip -j addr show",
        "link": "ip -j link show",
        "v6off": "grep -H . /proc/sys/net/ipv6/conf/*/disable_ipv6",
        "lifs": "'%s' -a --json" % tools.ifconfig,
    }))
