"""Seeded generator of Solaris ifconfig commands.

It keeps a rough model of the links (which units exist, their addresses,
up or down) only to pick commands that mostly make sense; commands are
generated ahead of time from the seed alone, so a sequence does not depend
on how the binary under test behaves. A command whose target no longer
exists is a test too: it must fail and change nothing.

Every command comes with its footprint, the selectors of what it may
change (see footprint.py); anything outside it must stay as it was.
"""
import ipaddress

MASKS = {16: "255.255.0.0", 20: "255.255.240.0", 23: "255.255.254.0", 24: "255.255.255.0",
         25: "255.255.255.128"}


class Lif:
    def __init__(self, addr, plen, up=True):
        self.addr, self.plen, self.up = addr, plen, up


class LinkModel:
    def __init__(self, name, k):
        self.name, self.k = name, k
        self.v4 = {}          # unit -> Lif; unit 0 is the physical
        self.v6 = {}          # unit -> Lif; unit 0 (link-local) is not modelled
        self.plumbed4 = self.plumbed6 = self.up = True

    def lifs(self, fam):
        return self.v4 if fam == "inet" else self.v6

    def free_unit(self, fam):
        used = self.lifs(fam)
        u = 1
        while u in used:
            u += 1
        return u

    def subnets4(self):
        return ["10.%d.%d.0/24" % (self.k, s) for s in (0, 2, 4)]

    def subnets6(self):
        return ["2001:db8:%d:%d::/64" % (self.k, s) for s in (0, 1)]


def _host(rng, subnet, lo=5, hi=250):
    net = ipaddress.ip_network(subnet)
    if net.version == 4:
        return str(net.network_address + rng.randint(lo, hi))
    return str(net.network_address + rng.randint(0x10, 0xffff))


def _name(link, unit):
    return link.name if unit == 0 else "%s:%d" % (link.name, unit)


class IfconfigGen:
    """`links` are LinkModels; `fixed` names links that must keep their IPv4
    and IPv6 plumbed (another writer works there)."""

    def __init__(self, rng, links, fixed=()):
        self.rng, self.links, self.fixed = rng, links, set(fixed)

    def address(self, link, fam):
        return _host(self.rng, self.rng.choice(link.subnets4() if fam == "inet" else link.subnets6()))

    def pick_unit(self, link, fam, physical=False):
        units = sorted(link.lifs(fam))
        if not physical:
            units = [u for u in units if u]
        if not units or self.rng.random() < 0.1:
            return self.rng.randint(1, 9)   # maybe none: must fail cleanly
        return self.rng.choice(units)

    # Each maker returns (words, footprint) and updates the model.
    def addif(self, link, fam):
        a = self.address(link, fam)
        plen = 64 if fam == "inet6" else self.rng.choice([24, 24, 16, 25])
        up = self.rng.random() < 0.7
        words = [link.name] + (["inet6"] if fam == "inet6" else []) + ["addif", "%s/%d" % (a, plen)]
        words += ["up"] if up else []
        link.lifs(fam)[link.free_unit(fam)] = Lif(a, plen, up)
        return words, [("new", link.name, fam, a)]

    def set_lif_address(self, link):
        u = self.pick_unit(link, "inet")
        a = self.address(link, "inet")
        plen = self.rng.choice([24, 24, 16])
        words = [_name(link, u), a, "netmask", MASKS[plen]] + (["up"] if self.rng.random() < 0.7 else [])
        link.v4[u] = Lif(a, plen, words[-1] == "up")
        # Setting an address brings the interface up, the link with it.
        return words, [("lif", link.name, "inet", u), ("new", link.name, "inet", a), ("linkstate", link.name)]

    def lif_updown(self, link, fam):
        u = self.pick_unit(link, fam)
        state = self.rng.choice(["up", "down"])
        if u in link.lifs(fam):
            link.lifs(fam)[u].up = state == "up"
        return [_name(link, u)] + (["inet6"] if fam == "inet6" else []) + [state], [("lif", link.name, fam, u)]

    def lif_zero(self, link):
        u = self.pick_unit(link, "inet")
        link.v4.pop(u, None)
        return [_name(link, u), "0"] + (["down"] if self.rng.random() < 0.5 else []), [("lif", link.name, "inet", u)]

    def removeif(self, link, fam):
        lifs = link.lifs(fam)
        units = [u for u in lifs if u or fam == "inet"]
        if units and self.rng.random() < 0.9:
            u = self.rng.choice(units)
            a = lifs.pop(u).addr
        else:
            a = self.address(link, fam)
        return [link.name] + (["inet6"] if fam == "inet6" else []) + ["removeif", a], [("addr", link.name, fam, a)]

    def primary_change(self, link):
        """Address, netmask or broadcast of the physical interface: the
        kernel drops its secondaries and routes, ifconfig must not."""
        p = link.v4.get(0)
        plen = self.rng.choice(list(MASKS))
        kind = self.rng.choice(["netmask", "netmask+bcast", "broadcast", "address", "address+mask"])
        fp = [("lif", link.name, "inet", 0)]
        if kind == "netmask":
            words = [link.name, "netmask", MASKS[plen]]
        elif kind == "netmask+bcast":
            words = [link.name, "netmask", MASKS[plen], "broadcast", "+"]
        elif kind == "broadcast":
            base = ipaddress.ip_interface("%s/%d" % (p.addr, p.plen)) if p else None
            b = str(base.network.broadcast_address) if base else "10.%d.0.255" % link.k
            words = [link.name, "broadcast", b if self.rng.random() < 0.5 else "+"]
        else:
            a = self.address(link, "inet")
            words = [link.name, a] + (["netmask", MASKS[plen]] if kind == "address+mask" else [])
            words += ["broadcast", "+"] if self.rng.random() < 0.5 else []
            fp += [("new", link.name, "inet", a), ("linkstate", link.name)]
            link.v4[0] = Lif(a, plen if kind == "address+mask" else 8)
            return words, fp
        if p:
            p.plen = plen if kind.startswith("netmask") else p.plen
        return words, fp

    def lif_mask(self, link):
        u = self.pick_unit(link, "inet")
        plen = self.rng.choice(list(MASKS))
        return [_name(link, u), "netmask", MASKS[plen], "broadcast", "+"], [("lif", link.name, "inet", u)]

    def metric(self, link):
        u = self.pick_unit(link, "inet", physical=True)
        return [_name(link, u), "metric", str(self.rng.choice([0, 1, 5, 20]))], [("lif", link.name, "inet", u)]

    def mtu(self, link):
        return [link.name, "mtu", str(self.rng.choice([1280, 1400, 1500, 9000]))], [("linkattr", link.name)]

    def link_updown(self, link):
        link.up = self.rng.random() < 0.5
        return [link.name, "up" if link.up else "down"], [("linkstate", link.name)]

    def plumbing(self, link, fam):
        lifs = link.lifs(fam)
        plumbed = link.plumbed4 if fam == "inet" else link.plumbed6
        words = [link.name] + (["inet6"] if fam == "inet6" else []) + ["unplumb" if plumbed else "plumb"]
        if plumbed:
            lifs.clear()
        if fam == "inet":
            link.plumbed4 = not plumbed
        else:
            link.plumbed6 = not plumbed
        return words, [("link", link.name, fam)]

    def all_forms(self):
        return self.rng.choice([["-a4", "netmask", "+", "broadcast", "+"], ["-a4", "broadcast", "+"]]), \
            [("all", "inet")]

    def lif6_deprecated(self, link):
        u = self.pick_unit(link, "inet6")
        return [_name(link, u), "inet6", self.rng.choice(["deprecated", "-deprecated"])], \
            [("lif", link.name, "inet6", u)]

    def command(self):
        """One command: (words, footprint)."""
        link = self.rng.choice(self.links)
        free = link.name not in self.fixed
        table = [
            (10, lambda: self.addif(link, "inet")),
            (5, lambda: self.addif(link, "inet6")),
            (6, lambda: self.set_lif_address(link)),
            (10, lambda: self.lif_updown(link, "inet")),
            (4, lambda: self.lif_updown(link, "inet6")),
            (5, lambda: self.lif_zero(link)),
            (6, lambda: self.removeif(link, "inet")),
            (3, lambda: self.removeif(link, "inet6")),
            (12, lambda: self.primary_change(link)),
            (5, lambda: self.lif_mask(link)),
            (3, lambda: self.metric(link)),
            (2, lambda: self.mtu(link)),
            (5, lambda: self.link_updown(link)),
            (3 if free else 0, lambda: self.plumbing(link, "inet")),
            (3 if free else 0, lambda: self.plumbing(link, "inet6")),
            (2, self.all_forms),
            (2, lambda: self.lif6_deprecated(link)),
        ]
        total = sum(w for w, _ in table)
        x = self.rng.uniform(0, total)
        for w, f in table:
            x -= w
            if x <= 0 and w:
                return f()
        return table[0][1]()

    def multi_step(self):
        """A command the kernel cannot do in one step (it deletes and
        re-adds addresses, or touches many): where an interruption hurts."""
        link = self.rng.choice(self.links)
        free = link.name not in self.fixed
        choices = [lambda: self.primary_change(link)] * 6 + [
            lambda: self.removeif(link, "inet"), self.all_forms, lambda: self.lif_updown(link, "inet"),
            lambda: self.addif(link, "inet"), lambda: self.addif(link, "inet6"), lambda: self.lif_zero(link)]
        if free:
            choices += [lambda: self.plumbing(link, "inet"), lambda: self.plumbing(link, "inet6")]
        return self.rng.choice(choices)()
