"""net-tools 2.10's command-line grammar for ifconfig, route and arp, as
random productions (ifconfig.c main(), route.c + lib/inet_sr.c +
lib/inet6_sr.c, arp.c), and how net-tools itself splits a line
(getopt_long with permutation for route and arp; leading options only for
ifconfig) to tell display forms from changes.

Values come from topology.py: its links, subnets, /etc/hosts and
/etc/networks names, and names of links that do not exist."""

# --- values -----------------------------------------------------------------

LINKS = ["eth0", "eth1", "eth2", "br0", "tun0", "lo"]
LINK_WEIGHTS = [8, 3, 2, 3, 6, 1]
ALIASES = ["eth0:0", "eth0:1", "eth0:2", "eth0:foo", "eth0:0-", "eth1:0", "br0:1",
           "tun0:1", "lo:1", "eth0:1234567890"]
ABSENT = ["eth9", "ppp0", "eth9:1", "wlan0", "averyveryverylongname0"]

# Addresses by where they live; names are /etc/hosts entries.
V4 = {
    "eth0": ["172.16.3.1", "172.16.3.2", "172.16.3.10", "172.16.3.52", "172.16.3.77",
             "172.16.3.100", "172.16.3.200", "172.16.3.254", "peer-b", "gw-a", "multi"],
    "eth1": ["172.16.4.1", "172.16.4.2", "10.20.30.40"],
    "eth2": ["192.168.60.2", "192.168.60.3"],
    "br0": ["192.168.50.1", "192.168.50.2", "192.168.50.10", "172.17.42.1", "br-host"],
    "tun0": ["10.8.0.6", "10.8.0.5", "10.8.0.2", "10.8.0.1", "10.1.2.3", "vpn-local",
             "vpn-peer"],
    "lo": ["127.0.0.1", "127.0.0.2"],
}
V4_ODD = ["0.0.0.0", "0", "default", "255.255.255.255", "224.0.0.1", "172.16.3", "0xac100305",
          "0254.0.0.1", "10.8.0.300", "1.2.3", "far-host", "unknown-host", "host6"]
V6 = {
    "eth0": ["2001:db8:3::1", "2001:db8:3::2", "2001:db8:3::99", "fe80::1", "2001:db8:3::fe"],
    "eth1": ["2001:db8:4::1", "2001:db8:4::2"],
    "eth2": ["2001:db8:6::2"],
    "br0": ["2001:db8:50::1"],
    "tun0": ["2001:db8:8::2", "2001:db8:8::1", "fdaa::2"],
    "lo": ["::1"],
}
V6_LENS = ["64", "64", "128", "48", "0", "129", "112"]
MASKS = ["255.255.255.0", "255.255.255.0", "255.255.0.0", "255.255.255.255", "255.0.0.0",
         "255.255.255.252", "0.0.0.0", "255.255.255.128", "255.0.255.0", "0xffffff00", "lan3"]
PREFIXES = ["24", "16", "32", "8", "30", "0", "33", "25"]
NETS = [("10.9.0.0", "255.255.0.0", "16"), ("10.10.0.0", "255.255.0.0", "16"),
        ("192.168.77.0", "255.255.255.0", "24"), ("172.16.3.0", "255.255.255.0", "24"),
        ("10.8.0.0", "255.255.255.0", "24"), ("224.0.0.0", "240.0.0.0", "4"),
        ("10.0.0.0", "255.0.0.0", "8"), ("172.17.0.0", "255.255.0.0", "16"),
        ("10.99.0.0", "255.255.0.0", "16"), ("127.0.0.0", "255.0.0.0", "8")]
NET_NAMES = ["net9", "lan3", "short10", "loopnet"]
GATEWAYS = ["172.16.3.254", "172.16.3.200", "172.16.3.201", "gw-a", "10.8.0.5", "vpn-peer",
            "192.168.50.10", "10.8.0.1", "192.0.2.1", "172.16.3.1", "net9"]
V6_NETS = ["2001:db8:20::/48", "2001:db8:21::/64", "2001:db8:3::/64", "default", "::/0",
           "2001:db8:22::1", "2001:db8:8::/64", "host6", "fd00::/8", "2001:db8:23::/129"]
V6_GATEWAYS = ["2001:db8:3::fe", "2001:db8:3::fd", "fe80::1", "2001:db8:8::1", "host6", "::"]
MACS = ["02:00:00:00:00:10", "02:00:00:00:00:11", "00:11:22:33:44:57", "02:00:00:00:01:52",
        "02:00:00:00:00:12", "ff:ff:ff:ff:ff:ff", "01:00:5e:00:00:01", "00:00:00:00:00:00",
        "00:11:22:33:44", "00:11:22:33:44:55:66", "0:1:2:3:4:5", "zz:11:22:33:44:55"]
NUMBERS = {
    "mtu": ["1500", "1400", "1280", "576", "9000", "68", "67", "65536", "0", "abc", "1412"],
    "txqueuelen": ["1000", "100", "0", "500", "0x20", "abc", "-1"],
    "metric": ["0", "1", "5", "100", "1024", "32766", "abc", "-1", "4294967295"],
    "mss": ["1400", "1500", "536", "64", "63", "65536", "65537", "abc"],
    "window": ["4096", "128", "127", "65535", "0"],
    "irtt": ["30", "300", "0", "12000"],
}
JUNK = ["bogus", "netmaks", "pointopont", "-x", "up2", "eth0", "255.255.255.0"]


class Rand:
    """random.Random with the few helpers productions use."""

    def __init__(self, rng):
        self.r = rng

    def chance(self, p):
        return self.r.random() < p

    def one(self, items, weights=None):
        return self.r.choices(items, weights)[0]

    def shuffled(self, items):
        items = list(items)
        self.r.shuffle(items)
        return items

    def between(self, lo, hi):
        return self.r.randint(lo, hi)


# --- shared value productions -------------------------------------------------

def link(g, absent=0.04, alias=0.12):
    x = g.r.random()
    if x < absent:
        return g.one(ABSENT)
    if x < absent + alias:
        return g.one(ALIASES)
    return g.one(LINKS, LINK_WEIGHTS)


def v4(g, near=None):
    """An IPv4 address, mostly one that belongs near link `near`."""
    if g.chance(0.08):
        return g.one(V4_ODD)
    base = near.split(":")[0] if near else None
    pool = V4.get(base) if base in V4 and g.chance(0.8) else V4[g.one(list(V4))]
    return g.one(pool)


def v6(g, near=None):
    base = near.split(":")[0] if near else None
    pool = V6.get(base) if base in V6 and g.chance(0.8) else V6[g.one(list(V6))]
    return g.one(pool)


def mask(g):
    return g.one(MASKS)


def mac(g):
    return g.one(MACS, [6, 3, 5, 2, 1, 1, 1, 1, 1, 1, 1, 1])


def number(g, what):
    return g.one(NUMBERS[what])


# --- ifconfig -----------------------------------------------------------------

def _if_addr_word(g, ifn, fam):
    if fam == "inet6":
        return v6(g, ifn) + ("/" + g.one(V6_LENS) if g.chance(0.7) else "")
    a = v4(g, ifn)
    return a + "/" + g.one(PREFIXES) if g.chance(0.15) else a


def _ifconfig_keyword(g, ifn, fam):
    """One keyword of ifconfig.c's loop with its arguments."""
    k = g.one(
        ["netmask", "broadcast", "-broadcast", "pointopoint", "-pointopoint", "dstaddr",
         "mtu", "txqueuelen", "hw", "up", "down", "arp", "-arp", "promisc", "-promisc",
         "allmulti", "-allmulti", "multicast", "-multicast", "trailers", "-trailers",
         "dynamic", "-dynamic", "add", "del", "media", "metric", "name", "tunnel",
         "keepalive", "outfill", "mem_start", "io_addr", "irq", "pointtopoint", "port"],
        [10, 6, 1, 6, 1, 2, 7, 3, 3, 10, 4, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 6, 4, 1, 3,
         1, 1, 1, 1, 1, 1, 1, 1, 1])
    if k == "netmask":
        return [k, mask(g)]
    if k in ("broadcast", "pointopoint", "pointtopoint"):
        return [k] + ([v4(g, ifn)] if g.chance(0.9) else [])
    if k in ("dstaddr", "tunnel"):
        return [k, v6(g, ifn) if k == "tunnel" else v4(g, ifn)]
    if k in ("mtu", "txqueuelen", "metric"):
        return [k, number(g, k)]
    if k == "hw":
        return [k, g.one(["ether", "ether", "ether", "ax25", "infiniband", "bogus"]), mac(g)]
    if k in ("add", "del"):
        fam6 = "inet6" if g.chance(0.65) else "inet"
        return [k, _if_addr_word(g, ifn, fam6)]
    if k in ("media", "port"):
        return [k, g.one(["auto", "10baseT", "AUI", "bogus"])]
    if k == "name":
        return [k, g.one(["eth5", "lan0", "eth1"])]
    if k in ("keepalive", "outfill", "mem_start", "io_addr", "irq"):
        return [k, g.one(["0", "5", "0x300"])]
    return [k]


def ifconfig_display(g):
    words = ["ifconfig"]
    for opt in g.shuffled(["-a", "-s", "-v"]):
        if g.chance(0.3):
            words.append(opt)
    if g.chance(0.03):
        words.append(g.one(["-av", "-x", "--help-me"]))
    if g.chance(0.55):
        words.append(link(g))
    return words


def ifconfig_change(g):
    ifn = link(g)
    words = ["ifconfig", ifn]
    fam = g.one(["", "inet", "inet6", "ipx"], [70, 15, 12, 1])
    if fam:
        words.append(fam)
    if g.chance(0.6):
        words.append(_if_addr_word(g, ifn, fam))
    for _ in range(g.one([0, 1, 2, 3, 4], [2, 5, 4, 2, 1])):
        words += _ifconfig_keyword(g, ifn, fam)
    if len(words) == 2:
        words += _ifconfig_keyword(g, ifn, fam)
    return words


# --- route ----------------------------------------------------------------------

FAMILY_OPTS_4 = [["-4"], ["-A", "inet"], ["--inet"], ["-Ainet"], ["--protocol=inet"],
                 ["-A", "ip"], ["--ip"]]
FAMILY_OPTS_6 = [["-6"], ["-A", "inet6"], ["--inet6"], ["-Ainet6"], ["--protocol", "inet6"],
                 ["-A", "ip6"]]
FAMILY_OPTS_ODD = [["-A", "inet,inet6"], ["-A", "ipx"], ["-A", "bogus"], ["-4", "-6"]]
ROUTE_FLAGS = [["-n"], ["-v"], ["-e"], ["-ee"], ["-F"], ["-N"], ["-C"], ["--numeric"],
               ["-nee"], ["--extend"], ["-vn"], ["--fib"]]


def _insert_anywhere(g, words, opts, start=1):
    """Puts each option group at a random place after `start` (getopt permutes)."""
    for grp in opts:
        i = g.between(start, len(words))
        words[i:i] = grp
    return words


def route_display(g):
    opts = []
    for _ in range(g.one([0, 1, 2, 3], [2, 4, 3, 1])):
        opts.append(g.one(ROUTE_FLAGS, [8, 2, 3, 2, 1, 1, 1, 1, 1, 1, 1, 1]))
    x = g.r.random()
    if x < 0.3:
        opts.append(g.one(FAMILY_OPTS_6))
    elif x < 0.4:
        opts.append(g.one(FAMILY_OPTS_4))
    elif x < 0.43:
        opts.append(g.one(FAMILY_OPTS_ODD))
    return ["route"] + [w for grp in g.shuffled(opts) for w in grp]


def _route4_words(g, verb):
    kind = g.one(["-net", "-host", ""], [5, 3, 2])
    if g.chance(0.15):
        target = "default"
        kind = "" if g.chance(0.8) else kind
    elif kind == "-host" or (kind == "" and g.chance(0.5)):
        target = v4(g, g.one(["eth0", "tun0", "br0"]))
    elif g.chance(0.1):
        target = g.one(NET_NAMES)
    else:
        net, nm, plen = g.one(NETS)
        target = net + "/" + plen if g.chance(0.3) else net
    words = [w for w in (kind, target) if w]
    mods = []
    if kind == "-net" and "/" not in target and g.chance(0.7):
        mods.append(["netmask", g.one([nm for _, nm, _ in NETS] + MASKS)])
    elif g.chance(0.06):
        mods.append(["netmask", mask(g)])
    if g.chance(0.55):
        mods.append([g.one(["gw", "gateway"], [9, 1]), g.one(GATEWAYS)])
    if g.chance(0.2):
        mods.append(["metric", number(g, "metric")])
    if verb == "add":
        for k, p in (("mss", 0.05), ("mtu", 0.03), ("window", 0.04), ("irtt", 0.04)):
            if g.chance(p):
                mods.append([k, number(g, "mss" if k == "mtu" else k)])
        for k, p in (("reject", 0.06), ("mod", 0.02), ("dyn", 0.02), ("reinstate", 0.02)):
            if g.chance(p):
                mods.append([k])
    words += [w for m in g.shuffled(mods) for w in m]
    if g.chance(0.45):
        dev = link(g, absent=0.05, alias=0.1)
        words += [g.one(["dev", "device", ""], [6, 1, 3]), dev]
    return [w for w in words if w]


def _route6_words(g, verb):
    target = g.one(V6_NETS)
    words = [target]
    if g.chance(0.04):
        words.insert(0, g.one(["-net", "-host"]))
    mods = []
    if g.chance(0.5):
        mods.append([g.one(["gw", "gateway"], [9, 1]), g.one(V6_GATEWAYS)])
    if g.chance(0.25):
        mods.append(["metric", number(g, "metric")])
    if g.chance(0.04):
        mods.append([g.one(["mod", "dyn"])])
    words += [w for m in g.shuffled(mods) for w in m]
    if g.chance(0.6):
        words += [w for w in [g.one(["dev", "device", ""], [6, 1, 3]), link(g, 0.05, 0.05)] if w]
    return words


def route_change(g):
    verb = g.one(["add", "del", "delete", "flush"], [12, 7, 1, 0.3])
    six = g.chance(0.3)
    fam = g.one(FAMILY_OPTS_6) if six else (g.one(FAMILY_OPTS_4) if g.chance(0.1) else None)
    if g.chance(0.02):
        fam = g.one(FAMILY_OPTS_ODD)
    body = _route6_words(g, verb) if six else _route4_words(g, verb)
    words = ["route", verb] + body
    opts = [fam] if fam else []
    if g.chance(0.1):
        opts.append(g.one([["-n"], ["-v"], ["-ee"]]))
    # net-tools scripts write the family first; getopt takes it anywhere.
    for grp in opts:
        i = 1 if g.chance(0.6) else g.between(1, len(words))
        words[i:i] = grp
    return words


# --- arp --------------------------------------------------------------------------

ARP_HOSTS = ["172.16.3.52", "172.16.3.99", "172.16.3.98", "172.16.3.60", "peer-b", "multi",
             "192.168.50.10", "br-host", "10.8.0.5", "172.16.3.1", "172.16.4.2",
             "unknown-host", "0.0.0.0", "172.16.3.0", "224.0.0.5"]
ARP_HOST_WEIGHTS = [6, 4, 2, 2, 3, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1]


def arp_host(g):
    return g.one(ARP_HOSTS, ARP_HOST_WEIGHTS)


def _arp_common(g):
    opts = []
    if g.chance(0.35):
        opts.append(g.one([["-i", link(g, 0.08, 0.08)], ["--device=" + link(g, 0.05, 0)],
                           ["-i" + link(g, 0.05, 0)]], [8, 1, 1]))
    if g.chance(0.06):
        opts.append(g.one([["-H", "ether"], ["-t", "ether"], ["--hw-type=ether"],
                           ["-H", "ax25"], ["-H", "loop"], ["-A", "inet"], ["-p", "inet"],
                           ["-A", "inet6"], ["--protocol=inet"]]))
    if g.chance(0.1):
        opts.append(g.one([["-v"], ["-n"], ["--verbose"], ["-N"]]))
    return opts


def arp_display(g):
    opts = _arp_common(g)
    x = g.r.random()
    if x < 0.35:
        opts.append(g.one([["-a"], ["--all"], ["-an"], ["-na"]]))
    elif x < 0.6:
        opts.append(g.one([["-e"], ["-en"], ["-ne"]]))
    if g.chance(0.4):
        opts.append(["-n"])
    pos = [arp_host(g)] if g.chance(0.3) else []
    words = ["arp"] + pos
    for grp in g.shuffled(opts):
        _insert_anywhere(g, words, [grp])
    return words


def arp_set(g):
    use_dev = g.chance(0.25)
    host = arp_host(g)
    hw = link(g, 0.05, 0.05) if use_dev else mac(g)
    words = ["arp", "-Ds" if use_dev and g.chance(0.7) else "-s", host, hw]
    if use_dev and words[1] == "-s":
        words.insert(1, "-D")
    mods = []
    for k, p in (("pub", 0.45), ("temp", 0.15), ("priv", 0.04), ("trail", 0.03),
                 ("dontpub", 0.02), ("auto", 0.01)):
        if g.chance(p):
            mods.append([k])
    if g.chance(0.15):
        mods.append(["netmask", g.one(["255.255.255.255", "0.0.0.0", "255.255.255.0"])])
    if g.chance(0.15):
        mods.append(["dev", link(g, 0.05, 0.05)])
    words += [w for m in g.shuffled(mods) for w in m]
    for grp in _arp_common(g):
        i = 1 if g.chance(0.6) else g.between(1, len(words))
        words[i:i] = grp
    return words


def arp_delete(g):
    words = ["arp", g.one(["-d", "--delete"], [9, 1]), arp_host(g)]
    for k, p in (("pub", 0.2), ("priv", 0.05), ("temp", 0.02)):
        if g.chance(p):
            words.append(k)
    if g.chance(0.1):
        words += ["dev", link(g, 0.05, 0.05)]
    if g.chance(0.05):
        words += ["netmask", g.one(["255.255.255.255", "0.0.0.0"])]
    for grp in _arp_common(g):
        i = 1 if g.chance(0.6) else g.between(1, len(words))
        words[i:i] = grp
    return words


def arp_file(g):
    words = ["arp", g.one(["-f", "--file"], [9, 1])]
    if g.chance(0.7):
        words.append(g.one(["/etc/ethers", "/etc/ethers.extra", "/etc/no-such-file"], [3, 3, 1]))
    for grp in _arp_common(g):
        i = g.between(1, len(words))
        words[i:i] = grp
    return words


# --- how net-tools splits a line ----------------------------------------------------

ROUTE_SHORT = "A:eCFhnN64Vv?"
ROUTE_LONG = {"extend": 0, "verbose": 0, "version": 0, "numeric": 0, "symbolic": 0,
              "protocol": 1, "cache": 0, "fib": 0, "help": 0, "ax25": 0, "x25": 0, "ip": 0,
              "ipx": 0, "appletalk": 0, "netrom": 0, "inet": 0, "inet6": 0, "ddp": 0,
              "rose": 0, "unix": 0, "bluetooth": 0, "tcpip": 0}
ARP_SHORT = "A:H:adfp:nsei:t:vh?DNV"
ARP_LONG = {"verbose": 0, "version": 0, "all": 0, "delete": 0, "file": 0, "numeric": 0,
            "set": 0, "protocol": 1, "hw-type": 1, "device": 1, "help": 0, "use-device": 0,
            "symbolic": 0}
ARP_LONG_LETTER = {"all": "a", "delete": "d", "file": "f", "set": "s"}


def getopt(words, short, longs):
    """GNU getopt_long with permutation: (options as (name, arg), positionals)."""
    opts, pos, i = [], [], 0
    while i < len(words):
        w = words[i]
        if w == "--":
            pos += words[i + 1:]
            break
        if w.startswith("--"):
            name, _, arg = w[2:].partition("=")
            match = [k for k in longs if k == name] or [k for k in longs if k.startswith(name)]
            key = match[0] if len(match) >= 1 else "?"
            if longs.get(key) == 1 and not arg and i + 1 < len(words):
                i += 1
                arg = words[i]
            opts.append((key, arg))
        elif w.startswith("-") and len(w) > 1:
            j = 1
            while j < len(w):
                c = w[j]
                k = short.find(c)
                if k >= 0 and k + 1 < len(short) and short[k + 1] == ":":
                    arg = w[j + 1:]
                    if not arg and i + 1 < len(words):
                        i += 1
                        arg = words[i]
                    opts.append((c, arg))
                    break
                opts.append((c if k >= 0 else "?", ""))
                j += 1
        else:
            pos.append(w)
        i += 1
    return opts, pos


def is_display(words):
    """True when net-tools would only show something for this line."""
    tool, rest = words[0], words[1:]
    if tool == "ifconfig":
        i = 0
        while i < len(rest) and rest[i].startswith("-"):
            i += 1
        return len(rest) - i <= 1
    if tool == "route":
        # route.c turns -net/-host into #net/#host before getopt.
        rest = ["#" + w[1:] if w in ("-net", "-host") else w for w in rest]
        opts, pos = getopt(rest, ROUTE_SHORT, ROUTE_LONG)
        return not pos and not any(o in ("h", "?", "V", "help", "version") for o, _ in opts)
    opts, _ = getopt(rest, ARP_SHORT, ARP_LONG)
    what = "show"
    for o, _ in opts:
        o = ARP_LONG_LETTER.get(o, o)
        if o in "afds":
            what = o
        if o in ("h", "?", "V", "help", "version"):
            return False
    return what in ("show", "a")


KEYWORDS = {
    "ifconfig": {"netmask", "broadcast", "-broadcast", "pointopoint", "-pointopoint", "dstaddr",
                 "mtu", "txqueuelen", "hw", "up", "down", "arp", "-arp", "promisc", "-promisc",
                 "allmulti", "-allmulti", "multicast", "-multicast", "trailers", "-trailers",
                 "dynamic", "-dynamic", "add", "del", "media", "port", "metric", "name",
                 "tunnel", "keepalive", "outfill", "mem_start", "io_addr", "irq",
                 "pointtopoint", "-pointtopoint", "inet", "inet6"},
    "route": {"add", "del", "delete", "flush", "-net", "-host", "netmask", "gw", "gateway",
              "metric", "mss", "mtu", "window", "irtt", "reject", "mod", "dyn", "reinstate",
              "dev", "device", "default"},
    "arp": {"pub", "priv", "temp", "trail", "dontpub", "auto", "dev", "netmask"},
}


def keywords(words):
    """The words of a line that are options or keywords, not values."""
    kw = KEYWORDS.get(words[0], set())
    return [w for w in words[1:] if w in kw or (w.startswith("-") and w not in kw and
                                                  words[0] != "ifconfig")] + \
        ([":alias"] if words[0] == "ifconfig" and len(words) > 1 and ":" in words[1] else [])
