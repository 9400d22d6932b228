"""Which static routes must be in the kernel after an ifconfig command
(issue 15, item 1), and the check itself.

A static route R (a route somebody added, not the kernel's own and not a
DHCP client's or a router advertisement's) is, in a given state:

GONE     it can no longer exist: its device is gone or its family is
         unplumbed there; its gateway (unless link-local, or onlink) is on
         no subnet of any address configured on the device, up or down (a
         down logical interface is still configured: it waits in the
         store); its prefsrc is no address configured anywhere.
PENDING  it can exist again but not now: the device is administratively
         down; its gateway is only on subnets of down logical interfaces;
         its prefsrc is the address of a down logical interface; an IPv4
         route without gateway on a device that has no IPv4 address (the
         kernel flushes a device's IPv4 routes with its last address).
LIVE     otherwise: it must be in the kernel with every attribute it had
         (gateway, metric, protocol, scope, type, prefsrc, table, metrics).

Violations after a command:
route-lost        a LIVE route is missing (or came back changed)
route-unexpected  a route appeared that is neither the kernel's own nor one
                  somebody added
route-foreign     a DHCP/RA/kernel route the kernel removed came back
route-silent-drop a route that can no longer exist is gone and was named on
                  stderr ("one line each, naming the route") neither by the
                  command that removed it nor by the one that judged it (a
                  route removed while PENDING or while its link is down may
                  be held and judged later, e.g. when the link comes up)
"""
import ipaddress

import route_state

GONE, PENDING, LIVE = "gone", "pending", "live"


def _covered(addr, nets):
    a = ipaddress.ip_address(addr)
    return any(a in n.network for n in nets if n.version == a.version)


def _anywhere(state, addr, configured):
    a = ipaddress.ip_address(addr)
    fam = "inet" if a.version == 4 else "inet6"
    for link in state.links:
        pool = state.configured(link, fam) if configured else state.up_addrs(link, fam)
        if any(n.ip == a for n in pool):
            return True
    return False


def classify(route, state):
    dev, fam = route.get("dev"), route["family"]
    if dev is None or not state.plumbed(dev, fam):
        return GONE
    gw, src = route.get("gateway"), route.get("prefsrc")
    gw_free = gw is None or "onlink" in route["flags"] or ipaddress.ip_address(gw).is_link_local
    if not gw_free and not _covered(gw, state.configured(dev, fam)):
        return GONE
    if src and not _anywhere(state, src, configured=True):
        return GONE
    if not state.links[dev]:
        return PENDING
    if not gw_free and not _covered(gw, state.up_addrs(dev, fam)):
        return PENDING
    if src and not _anywhere(state, src, configured=False):
        return PENDING
    if fam == "inet" and gw is None and not state.up_addrs(dev, fam):
        return PENDING
    return LIVE


class Expectations:
    """The routes the sequence added, as the kernel showed them then."""

    def __init__(self):
        self.ours = {}       # key -> route: must survive while LIVE
        self.forgotten = {}  # GONE once: may come back, need not
        self.foreign = {}    # key -> route: must never be put back once gone
        self.foreign_gone = set()
        self.held = {}       # key -> named yet: removed while PENDING or its link down

    def learn(self, before, after):
        """Routes added by a step that added routes."""
        for k, r in after.routes.items():
            if k in before.routes or route_state.kernel_owned(r):
                continue
            if route_state.foreign(r):
                self.foreign[k] = r
            else:
                self.ours[k] = r


def _same_destination(a, b):
    return all(a.get(f) == b.get(f) for f in ("family", "dst", "table", "metric", "type"))


def _waiting(route, state):
    """Its link is down (family still plumbed): ifconfig may hold its
    routes until the link is up again and only then judge them."""
    dev = route.get("dev")
    return dev in state.links and state.plumbed(dev, route["family"]) and not state.links[dev]


def check(exp, before, after, stderr):
    """Violations of one command: [(kind, text)]. Updates exp."""
    found = []
    for k in [k for k in exp.forgotten if k in after.routes]:
        exp.ours[k] = exp.forgotten.pop(k)   # back: expected again
    for k, r in list(exp.ours.items()):
        if _present(k, r, after):
            exp.held.pop(k, None)
            continue
        state = classify(r, after)
        said = _named(r, stderr)
        if state == LIVE:
            similar = [x for x in after.routes.values() if _same_destination(x, r)]
            text = "lost: " + route_state.show(r)
            if similar:
                text += " (now: " + "; ".join(route_state.show(x) for x in similar) + ")"
            found.append(("route-lost", text))
            # Reported once: from here on it is no longer expected.
            exp.forgotten[k] = exp.ours.pop(k)
        elif state == PENDING or _waiting(r, after):
            if k in before.routes or k in exp.held:
                exp.held[k] = exp.held.get(k, False) or said
        else:
            # Judged now: it can no longer exist. Whoever removed it (now,
            # or earlier while it was held) must have named it.
            if (k in before.routes or k in exp.held) and not (exp.held.get(k) or said):
                found.append(("route-silent-drop", "removed without a word: " + route_state.show(r)))
            exp.held.pop(k, None)
            exp.forgotten[k] = exp.ours.pop(k)
    for k, r in exp.foreign.items():
        if k in after.routes and k in exp.foreign_gone:
            found.append(("route-foreign", "put back although not ours: " + route_state.show(r)))
        if k not in after.routes:
            exp.foreign_gone.add(k)
    for k, r in after.routes.items():
        if k in before.routes or k in exp.ours or k in exp.forgotten or k in exp.foreign:
            continue
        if route_state.kernel_owned(r):
            continue
        if any(_same_destination(r, x) for x in exp.ours.values()) or \
                any(_same_destination(r, x) for x in exp.forgotten.values()):
            continue  # reported above as a changed route
        found.append(("route-unexpected", "appeared: " + route_state.show(r)))
    return found


def _bare(route):
    return route_state.key({k: v for k, v in route.items() if k not in ("metrics", "merged")})


def _present(k, route, after):
    """In the kernel. An IPv6 route merged with others into a multipath
    route (or taken out of one) is compared without its metrics, which the
    kernel shows for the first path only."""
    if k in after.routes:
        return True
    if route["family"] != "inet6":
        return False
    return any(_bare(x) == _bare(route) for x in after.routes.values() if x.get("merged") or route.get("merged"))


def _named(route, stderr):
    words = [route["dst"].split("/")[0]] + ([route["gateway"]] if "gateway" in route else [])
    return any(w in stderr for w in words)
