"""Seeded sequences for the route survival tester: links with addresses and
aliases, static routes of every kind on them (ip and solnet's route, IPv4
and IPv6, default/network/host/device, metrics, prefsrc, protocol static,
another table, route metrics such as mtu) and routes that are not ours
(protocol dhcp, ra, kernel), then Solaris ifconfig commands with more routes
added between them."""
import ipaddress

from ifgen import IfconfigGen, LinkModel, Lif


def _setup_links(rng, links):
    steps = []
    for link in links:
        k = link.k
        steps.append({"kind": "ip", "args": ["link", "add", link.name, "address", "02:00:00:00:%02x:01" % k,
                                             "type", "veth", "peer", "name", link.name + "p",
                                             "address", "02:00:00:00:%02x:02" % k], "fixed": True})
        steps.append({"kind": "ip", "args": ["link", "set", link.name + "p", "up"], "fixed": True})
        steps.append({"kind": "ip", "args": ["link", "set", link.name, "up"], "fixed": True})
        link.v4[0] = Lif("10.%d.0.5" % k, 24)
        link.v6[1] = Lif("2001:db8:%d:0::5" % k, 64)
        steps.append({"kind": "ip", "args": ["addr", "add", "10.%d.0.5/24" % k, "brd", "+", "dev", link.name]})
        steps.append({"kind": "ip", "args": ["addr", "add", "2001:db8:%d::5/64" % k, "dev", link.name,
                                             "nodad"]})
        for unit in range(1, rng.randint(1, 3) + 1):
            a = "10.%d.%d.%d" % (k, rng.choice([0, 2]), 5 + unit)
            link.v4[unit] = Lif(a, 24)
            steps.append({"kind": "ip", "args": ["addr", "add", a + "/24", "brd", "+", "dev", link.name,
                                                 "label", "%s:%d" % (link.name, unit)]})
    return steps


class RouteGen:
    def __init__(self, rng, links):
        self.rng, self.links = rng, links

    def _gateway(self, link, fam):
        lifs = [l for l in link.lifs(fam).values()]
        if fam == "inet6" and (not lifs or self.rng.random() < 0.25):
            return "fe80::1"
        if not lifs:
            return None
        lif = self.rng.choice(lifs)
        net = ipaddress.ip_interface("%s/%d" % (lif.addr, lif.plen)).network
        return str(net.network_address + self.rng.randint(1, 4))

    def _dst(self, fam, kind):
        r = self.rng.randint(0, 200)
        if kind == "default":
            return "default", None
        if fam == "inet":
            if kind == "host":
                return "192.0.2.%d" % (r + 1), None
            return "172.%d.%d.0/24" % (16 + r % 16, r), "255.255.255.0"
        if kind == "host":
            return "2001:db8:fe::%x" % (r + 1), None
        return "2001:db8:f%x::/48" % (r % 16), None

    def step(self):
        rng = self.rng
        link = rng.choice(self.links)
        fam = "inet" if rng.random() < 0.65 else "inet6"
        kind = rng.choice(["default", "net", "net", "host", "dev"] if fam == "inet" else ["default", "net", "host"])
        dst, mask = self._dst(fam, kind)
        gw = None if kind == "dev" else self._gateway(link, fam)
        if kind != "dev" and gw is None:
            kind = "dev" if fam == "inet" else kind
            gw = None if fam == "inet" else "fe80::1"
        metric = rng.choice([None, None, 0, 5, 100]) if fam == "inet" else rng.choice([None, 1, 7, 1024])
        if rng.random() < 0.15:
            return self._foreign(link, fam, dst, gw)
        if rng.random() < 0.4 and kind != "dev" and not gw.startswith("fe80"):
            return self._solnet_route(fam, kind, dst, mask, gw, metric)
        args = (["-6"] if fam == "inet6" else []) + ["route", "add", dst]
        args += ["via", gw] if gw else []
        args += ["dev", link.name]
        if metric is not None:
            args += ["metric", str(metric)]
        if fam == "inet" and rng.random() < 0.25 and link.v4:
            args += ["src", rng.choice(list(link.v4.values())).addr]
        if rng.random() < 0.25:
            args += ["proto", "static"]
        if rng.random() < 0.15:
            args += ["table", "100"]
        if rng.random() < 0.2:
            args += rng.choice([["mtu", "1400"], ["advmss", "1360"], ["mtu", "lock", "1300"]])
        return {"kind": "ip", "args": args}

    def _foreign(self, link, fam, dst, gw):
        proto = self.rng.choice(["dhcp", "kernel"] + (["ra"] if fam == "inet6" else []))
        args = (["-6"] if fam == "inet6" else []) + ["route", "add", dst]
        args += ["via", gw or ("fe80::1" if fam == "inet6" else "10.%d.0.1" % link.k)]
        args += ["dev", link.name, "proto", proto, "metric", "1002" if proto == "dhcp" else "600"]
        return {"kind": "ip", "args": args}

    def _solnet_route(self, fam, kind, dst, mask, gw, metric):
        rng = self.rng
        m = ["metric", str(metric)] if metric else []
        if rng.random() < 0.5:   # net-tools forms
            if fam == "inet6":
                return {"kind": "route", "words": ["-A", "inet6", "add", "::/0" if dst == "default" else dst,
                                                   "gw", gw] + m}
            if kind == "default":
                return {"kind": "route", "words": ["add", "default", "gw", gw] + m}
            if kind == "host":
                return {"kind": "route", "words": ["add", "-host", dst, "gw", gw] + m}
            return {"kind": "route", "words": ["add", "-net", dst.split("/")[0], "netmask", mask, "gw", gw] + m}
        flag = {"default": [], "host": ["-host"], "net": ["-net"]}[kind]
        fam_flag = ["-inet6"] if fam == "inet6" else []
        return {"kind": "route", "words": ["add"] + fam_flag + flag + [dst, gw]}


def sequence(rng, length):
    links = [LinkModel("eth0", 0), LinkModel("eth1", 1)]
    setup = _setup_links(rng, links)
    routes = RouteGen(rng, links)
    setup += [routes.step() for _ in range(rng.randint(4, 10))]
    gen = IfconfigGen(rng, links)
    steps = []
    for _ in range(length):
        if rng.random() < 0.12:
            steps.append(routes.step())
        else:
            steps.append({"kind": "ifconfig", "words": gen.command()[0]})
    return {"setup": setup, "steps": steps}
