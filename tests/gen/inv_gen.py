"""Seeded sequences for the invariant tester: links with many aliases
(labelled eth0:N, unlabelled `ip addr add` ones, down ones kept in the store,
IPv4 and IPv6, metrics, deprecated), then ifconfig commands, some of them
interrupted by a signal, some run with a store that cannot be written,
and store corruptions; a concurrent writer may add and delete addresses of
its own on eth0 meanwhile.

Step kinds besides "ip" and "ifconfig" (steps.py):
  kill        {"words", "footprint", "signal", "frac"}: killed after frac x
              the command's uninterrupted duration, mostly in its second
              half where deleted addresses wait to be added back
              ("delay_ms" records the delay of the last run)
  unwritable  {"words", "footprint", "mode"}: run with /run full ("full")
              or with the store a directory ("dir")
  corrupt     {"how", "cut"}: the store overwritten, see CORRUPTIONS
"""
import ipaddress

from ifgen import IfconfigGen, LinkModel, Lif

# Kinds of store damage; "range" ones keep the JSON valid.
CORRUPTIONS = ["truncate", "truncate", "empty", "garbage", "version-null", "version-list",
               "index-string", "links-object", "prefixlen-99", "unit-max"]
SIGNALS = ["KILL"] * 5 + ["TERM"] * 2 + ["INT", "HUP"]


def _link_steps(link):
    k = link.k
    fixed = {"fixed": True}
    return [
        dict(kind="ip", args=["link", "add", link.name, "address", "02:00:00:00:%02x:01" % k, "type", "veth",
                              "peer", "name", link.name + "p", "address", "02:00:00:00:%02x:02" % k], **fixed),
        dict(kind="ip", args=["link", "set", link.name + "p", "up"], **fixed),
        dict(kind="ip", args=["link", "set", link.name, "up"], **fixed),
    ]


def _aliases(rng, link, count):
    """count IPv4 aliases and a few IPv6 ones, in every form."""
    k, steps, used = link.k, [], set()
    link.v4[0] = Lif("10.%d.0.5" % k, 24)
    steps.append({"kind": "ip", "args": ["addr", "add", "10.%d.0.5/24" % k, "brd", "+", "dev", link.name]})
    unit = 0
    for _ in range(count):
        unit += rng.choice([1, 1, 1, 2])
        while True:
            a = "10.%d.%d.%d" % (k, rng.choice([0, 0, 0, 2]), rng.randint(6, 250))
            if a not in used:
                used.add(a)
                break
        r = rng.random()
        if r < 0.6:
            args = ["addr", "add", a + "/24", "brd", "+", "dev", link.name, "label", "%s:%d" % (link.name, unit)]
            if rng.random() < 0.15:
                args += ["metric", str(rng.choice([5, 20]))]
            steps.append({"kind": "ip", "args": args})
        elif r < 0.75:
            steps.append({"kind": "ip", "args": ["addr", "add", a + "/24", "brd", "+", "dev", link.name]})
        else:
            up = r < 0.88
            steps.append({"kind": "ifconfig", "words": [link.name, "addif", a + "/24"] + (["up"] if up else [])})
        link.v4[unit] = Lif(a, 24)
    for u in range(1, rng.randint(1, 6) + 1):
        a = str(ipaddress.ip_address("2001:db8:%d::%x" % (k, 0x10 + u)))
        link.v6[u] = Lif(a, 64)
        if rng.random() < 0.7:
            args = ["addr", "add", a + "/64", "dev", link.name, "nodad"]
            args += ["preferred_lft", "0"] if rng.random() < 0.2 else []
            steps.append({"kind": "ip", "args": args})
        else:
            steps.append({"kind": "ifconfig", "words": [link.name, "inet6", "addif", a + "/64", "up"]})
    for u in sorted(link.v4):
        if u and rng.random() < 0.1:
            steps.append({"kind": "ifconfig", "words": ["%s:%d" % (link.name, u), "down"]})
    return steps


def sequence(rng, length):
    links = [LinkModel("eth0", 0), LinkModel("eth1", 1)]
    big = rng.random() < 0.25
    setup = []
    for link in links:
        setup += _link_steps(link)
    setup += _aliases(rng, links[0], rng.randint(60, 150) if big else rng.randint(8, 40))
    setup += _aliases(rng, links[1], rng.randint(2, 10))
    writer = rng.random() < 0.6
    # The writer's link keeps its families plumbed: an unplumb would name
    # the writer's addresses too.
    gen = IfconfigGen(rng, links, fixed=["eth0"] if writer else [])
    steps = []
    for _ in range(length):
        r = rng.random()
        if r < 0.25:
            # Mostly where a kill hurts most: the primary of the link with
            # the most aliases (the kernel drops the secondaries with it).
            x = rng.random()
            words, fp = gen.primary_change(links[0]) if x < 0.45 else gen.multi_step() if x < 0.8 else gen.command()
            steps.append({"kind": "kill", "words": words, "footprint": fp, "signal": rng.choice(SIGNALS),
                          "frac": round(rng.triangular(0, 1.2, 0.7), 3), "timing": True})
        elif r < 0.35:
            words, fp = gen.multi_step() if rng.random() < 0.5 else gen.command()
            steps.append({"kind": "unwritable", "words": words, "footprint": fp,
                          "mode": rng.choice(["full", "full", "dir"])})
        elif r < 0.42:
            steps.append({"kind": "corrupt", "how": rng.choice(CORRUPTIONS), "cut": round(rng.random(), 3)})
        else:
            words, fp = gen.command()
            steps.append({"kind": "ifconfig", "words": words, "footprint": fp})
    return {"setup": setup, "steps": steps, "writer": writer, "writer_seed": rng.randrange(1 << 30)}
