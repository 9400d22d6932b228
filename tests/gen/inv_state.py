"""A snapshot of what the invariant tester compares: the kernel's addresses
and links as ip reads them, ifconfig's view (`-a --json`) and the state
store, taken after `ifconfig -a` run as root (the run that must complete or
roll back an interrupted change)."""
import json
import time

from probe import probe

# The store is one file per network namespace, named after the nsfs
# device and inode (src/common/netns.h); a shell word that expands to it
# inside the sandbox.
STORE = '"/run/lif/net.$(stat -L -c %d.%i /proc/self/ns/net).json"'
# What a change being made (or interrupted by SIGKILL) records beside it.
JOURNAL = '"/run/lif/net.$(stat -L -c %d.%i /proc/self/ns/net).journal"'

# Address flags a user sets; the kernel's own (secondary, tentative ...)
# follow from the order and timing of changes.
_ADDR_FLAGS = ("deprecated", "nodad", "noprefixroute", "home", "mngtmpaddr")


def addr_key(link, a):
    return (link, a["family"], a["local"])


def lif_key(lif):
    """Identity of a logical interface across two views: a kernel address
    is itself (its unit is an attribute); a store-only logical interface is
    its name; a physical interface without address is the physical."""
    if lif["in_kernel"] and lif["address"]:
        return (lif["physical"], lif["family"], lif["address"])
    if lif["in_kernel"]:
        return (lif["physical"], lif["family"], "(no address)")
    return (lif["physical"], lif["family"], "store:" + lif["name"])


def lif_attrs(lif):
    a = {k: lif[k] for k in ("name", "address", "prefix_length", "broadcast", "destination", "up", "metric",
                             "in_kernel", "labelled", "label")}
    a["flags"] = sorted(lif["flags"]["names"])
    if lif["family"] == "inet" and lif["in_kernel"] and not lif["labelled"]:
        del a["name"]   # an unlabelled address shows with the lowest free unit: it floats
    return a


class Snapshot:
    def __init__(self, sections):
        self.recover = sections["recover"]
        self.kaddrs = {}     # (link, family, local) -> attributes
        self.labels = {}     # link -> [IPv4 labels in kernel order]
        for l in sections["addr"].json([]):
            for a in l.get("addr_info", []):
                if a["family"] not in ("inet", "inet6"):
                    continue
                attrs = {"prefixlen": a["prefixlen"], "broadcast": a.get("broadcast"),
                         "label": a.get("label"), "metric": a.get("metric", 0), "peer": a.get("address"),
                         "flags": sorted(f for f in _ADDR_FLAGS if a.get(f))}
                self.kaddrs[addr_key(l["ifname"], a)] = attrs
                if a["family"] == "inet":
                    self.labels.setdefault(l["ifname"], []).append(a.get("label"))
        self.links = {}
        self.carrier = set()
        for l in sections["link"].json([]):
            self.links[l["ifname"]] = {"up": "UP" in l.get("flags", []), "mtu": l.get("mtu"), "index": l["ifindex"]}
            if "UP" in l.get("flags", []) and "LOWER_UP" in l.get("flags", []):
                self.carrier.add(l["ifname"])
        self.v6_on = set()
        for line in sections["v6off"].out.splitlines():
            path, _, value = line.rpartition(":")
            if value.strip() == "0":
                self.v6_on.add(path.split("/")[-2])
        self.display = sections["lifs"]
        doc = sections["lifs"].json(None)
        self.display_ok = sections["lifs"].rc == 0 and isinstance(doc, dict)
        # lif_key -> lif (JSON); a unit shown twice is caught by
        # inv_oracle.labels over these values.
        self.lifs = {lif_key(lif): lif for lif in (doc or {}).get("interfaces", [])}
        self.store_text = sections["store"].out if sections["store"].rc == 0 else None
        try:
            self.store = json.loads(self.store_text) if self.store_text is not None else None
        except ValueError:
            self.store = None
        self.journal_left = sections["journal"].rc == 0
        self.lif_dir = {}     # name -> content of every other file in /run/lif
        for block in sections["lifdir"].out.split("\0@@file ")[1:]:
            name, _, content = block.partition("\n")
            self.lif_dir[name] = content

    def settled(self):
        """Every link up with carrier and IPv6 on has its link-local."""
        local = {link for (link, fam, addr) in self.kaddrs if fam == "inet6" and addr.startswith("fe80:")}
        return all(link in local for link in self.carrier & self.v6_on if link != "lo")

    def stored6(self):
        """(link, address) of the IPv6 addresses the store gives a unit."""
        out = set()
        doc = self.store if isinstance(self.store, dict) else {}
        for l in doc.get("links", []) if isinstance(doc.get("links"), list) else []:
            for r in l.get("lifs", []) if isinstance(l, dict) and isinstance(l.get("lifs"), list) else []:
                if isinstance(r, dict) and r.get("family") == "inet6":
                    out.add((l.get("name"), r.get("address")))
        return out

    def facts(self):
        """The whole state as a set of lines: for whole-or-nothing
        comparisons and readable differences."""
        f = set()
        for (link, fam, local), a in self.kaddrs.items():
            f.add("kernel %s %s %s %s" % (link, fam, local, json.dumps(a, sort_keys=True)))
        for link, l in self.links.items():
            f.add("link %s up=%s mtu=%s ipv6=%s" % (link, l["up"], l["mtu"], link in self.v6_on))
        for k, lif in self.lifs.items():
            f.add("ifconfig %s %s" % ("/".join(k), json.dumps(lif_attrs(lif), sort_keys=True)))
        if self.store is not None:
            f |= set(store_facts(self.store))
        elif self.store_text is not None:
            f.add("store unreadable: %r" % self.store_text[:80])
        return f


def store_facts(doc):
    """The store without what only names the moment (nothing yet) as lines;
    links by name, records sorted."""
    out = []
    if not isinstance(doc, dict):
        return ["store not an object"]
    for l in doc.get("links", []) if isinstance(doc.get("links"), list) else []:
        if not isinstance(l, dict):
            continue
        head = {k: v for k, v in l.items() if k != "lifs"}
        out.append("store link %s" % json.dumps(head, sort_keys=True))
        for r in l.get("lifs", []) if isinstance(l.get("lifs"), list) else []:
            out.append("store lif %s %s" % (l.get("name"), json.dumps(r, sort_keys=True)))
    for u in doc.get("usesrc", []) if isinstance(doc.get("usesrc"), list) else []:
        out.append("store usesrc %s" % json.dumps(u, sort_keys=True))
    return out


def read(sandbox, tools):
    """A settled snapshot: the kernel gives a link that comes up its IPv6
    link-local from a work queue, after the command that brought it up."""
    for _ in range(50):
        snap = _read(sandbox, tools)
        if snap.settled():
            break
        time.sleep(0.02)
    return snap


def _read(sandbox, tools):
    i = "'%s'" % tools.ifconfig
    return Snapshot(probe(sandbox, {
        "recover": i + " -a >/dev/null",
        "addr": "ip -j addr show",
        "link": "ip -j link show",
        "v6off": "grep -H . /proc/sys/net/ipv6/conf/*/disable_ipv6",
        "lifs": i + " -a --json",
        "store": "cat " + STORE,
        "journal": "test -e " + JOURNAL,
        # Every other file of the store's directory (a moved-aside store).
        "lifdir": "s=%s; for f in /run/lif/*; do case $f in \"$s\"|*.lock|*.tmp.*|*.journal) continue;; esac; "
                  "[ -f \"$f\" ] && printf '\\0@@file %%s\\n' \"${f##*/}\" && cat \"$f\"; done; true" % STORE,
    }))
