"""A twin of a sandbox: a fresh namespace given the same links (names,
indexes, MAC addresses, MTU, up or down, IPv6 on or off), the same
addresses in the same order with the same attributes, and a copy of the
state store. An interrupted command is compared with the same command run
to the end in the twin."""
import ipaddress
import json
import time

import inv_state
import steps
from probe import probe
from sandbox import Sandbox


def _addr_line(link, a):
    words = ["address", "add", "%s/%d" % (a["local"], a["prefixlen"])]
    if a.get("address"):
        words = ["address", "add", a["local"], "peer", "%s/%d" % (a["address"], a["prefixlen"])]
    if a.get("broadcast"):
        words += ["broadcast", a["broadcast"]]
    if a["family"] == "inet":
        words += ["label", a.get("label", link)]
    words += ["dev", link]
    if a.get("metric"):
        words += ["metric", str(a["metric"])]
    for flag in ("nodad", "noprefixroute", "home", "mngtmpaddr"):
        if a.get(flag):
            words.append(flag)
    if a.get("deprecated"):
        words += ["preferred_lft", "0"]
    return words


def _kernel_made(a):
    """IPv6 link-local addresses the kernel makes when a link comes up."""
    return a["family"] == "inet6" and ipaddress.ip_address(a["local"]).is_link_local


def _for_twin(text):
    """The store without the namespace's cookie: the twin's namespace has
    another, and would take the store for a dead namespace's."""
    try:
        doc = json.loads(text)
    except ValueError:
        return text
    if isinstance(doc, dict):
        doc.pop("netns_cookie", None)
    return json.dumps(doc)


def clone(sandbox):
    """A new Sandbox in the state of `sandbox` (whose writer is paused)."""
    got = probe(sandbox, {
        "link": "ip -j -d link show",
        "addr": "ip -j addr show",
        "v6off": "grep -H . /proc/sys/net/ipv6/conf/*/disable_ipv6",
        "store": "cat " + inv_state.STORE,
    })
    links = {l["ifname"]: l for l in got["link"].json([])}
    off = {line.rpartition(":")[0].split("/")[-2] for line in got["v6off"].out.splitlines()
           if line.rpartition(":")[2].strip() == "1"}
    twin = Sandbox()
    try:
        lines, made = [], set()
        for name, l in sorted(links.items(), key=lambda kv: kv[1]["ifindex"]):
            if name in made or l.get("linkinfo", {}).get("info_kind") != "veth":
                continue
            peer = links[l["link"]]
            lines.append(["link", "add", name, "index", str(l["ifindex"]), "address", l["address"], "mtu",
                          str(l["mtu"]), "type", "veth", "peer", "name", peer["ifname"], "index",
                          str(peer["ifindex"]), "address", peer["address"], "mtu", str(peer["mtu"])])
            made |= {name, peer["ifname"]}
        steps.run_batch(twin, [{"kind": "ip", "args": a} for a in lines])
        if off:
            twin.run(["sysctl", "-qw"] + ["net.ipv6.conf.%s.disable_ipv6=1" % n for n in sorted(off)])
        # Every link up first: a link-local address is made on carrier, and
        # a link's peer keeps it when the link goes down again.
        steps.run_batch(twin, [{"kind": "ip", "args": ["link", "set", name, "up"]} for name in sorted(made)])
        want = {(l["ifname"], a["local"]) for l in got["addr"].json([]) for a in l.get("addr_info", [])
                if a["family"] == "inet6" and _kernel_made(a)}
        for _ in range(40):
            have = {(l["ifname"], a["local"]) for l in twin.run(["ip", "-j", "addr", "show"]).json_out()
                    for a in l.get("addr_info", []) if a["family"] == "inet6"}
            if want <= have:
                break
            time.sleep(0.025)
        # Then down, before the addresses: a link going down loses its IPv6
        # addresses, and those of a down link were added after it went down.
        lines = [["link", "set", name, "down"] for name in sorted(made)
                 if "UP" not in links[name].get("flags", [])]
        for l in got["addr"].json([]):
            if l["ifname"] not in made:
                continue
            addrs = l.get("addr_info", [])
            # IPv4 lists in the order of addition; IPv6 newest first.
            lines += [_addr_line(l["ifname"], a) for a in addrs if a["family"] == "inet"]
            lines += [_addr_line(l["ifname"], a) for a in reversed(addrs)
                      if a["family"] == "inet6" and not _kernel_made(a)]
        steps.run_batch(twin, [{"kind": "ip", "args": a} for a in lines])
        if got["store"].rc == 0:
            twin.run(["mkdir", "-p", "-m", "755", "/run/lif"])
            twin.write_sh(inv_state.STORE, _for_twin(got["store"].out).encode("utf-8", "surrogateescape"))
        return twin
    except BaseException:
        twin.close()
        raise
