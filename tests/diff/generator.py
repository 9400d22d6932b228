"""Seeded sequences of net-tools command lines: the grammar's productions
(grammar.py), the lines real clients run, and lines that must fail.

A sequence is a list of lines, each a list of words; sequence i of seed S
is the same on every machine and whatever else ran before it."""

import random

import grammar as gr
from grammar import Rand


# --- what real clients run (the net-tools branches of their scripts) ------------

def openvpn(g):
    """OpenVPN 2.x tun.c/route.c without iproute2: up, routes, down."""
    local, remote = g.one([("10.8.0.6", "10.8.0.5"), ("10.8.0.2", "10.8.0.1"),
                           ("vpn-local", "vpn-peer")])
    mtu = g.one(["1500", "1400", "1500"])
    if g.chance(0.6):
        up = [["ifconfig", "tun0", local, "pointopoint", remote, "mtu", mtu]]
        gw = remote
    else:
        up = [["ifconfig", "tun0", local, "netmask", "255.255.255.0", "mtu", mtu,
               "broadcast", "10.8.0.255"]]
        gw = "10.8.0.1"
    if g.chance(0.4):
        up.append(["ifconfig", "tun0", "add", "2001:db8:8::2/64"])
    net, nm, plen = g.one(gr.NETS[:3] + [("10.8.0.0", "255.255.255.0", "24")])
    route = ["route", "add", "-net", net, "netmask", nm, "gw", gw]
    if g.chance(0.3):
        route += ["metric", g.one(["0", "1", "101"])]
    up.append(route)
    if g.chance(0.3):
        up.append(["route", "-A", "inet6", "add", "2001:db8:20::/48", "dev", "tun0"])
    if g.chance(0.2):
        up.append(["route", "add", "-host", "198.51.100.7", "gw", "172.16.3.254"])
    down = []
    if g.chance(0.5):
        down.append(["route", "del", "-net", net, "netmask", nm])
        if g.chance(0.4):
            down.append(["ifconfig", "tun0", "del", "2001:db8:8::2/64"])
        down.append(["ifconfig", "tun0", "0.0.0.0"])
    return up + down


def vpnc(g):
    """vpnc-script (Linux, no iproute): tun up, gateway host route, networks."""
    addr = g.one(["10.1.2.3", "10.8.0.6"])
    lines = [["ifconfig", "tun0", "inet", addr, "pointopoint", addr, "netmask",
              "255.255.255.255", "mtu", g.one(["1412", "1500"]), "up"]]
    lines.append(["route", "add", "-host", "198.51.100.7", "gw", "172.16.3.254"])
    x = g.r.random()
    if x < 0.4:
        lines.append(["route", "del", "default", "gw", "172.16.3.254"])
        lines.append(["route", "add", "default", "gw", addr, "dev", "tun0"])
    else:
        net, nm, _ = g.one(gr.NETS[:3])
        lines.append(["route", "add", "-net", net, "netmask", nm, "dev", "tun0"])
    if g.chance(0.3):
        lines.append(["ifconfig", "tun0", "inet6", "add", "2001:db8:8::2/64"])
        lines.append(["route", "-A", "inet6", "add", "2001:db8:21::/64", "dev", "tun0"])
    if g.chance(0.3):
        lines.append(["route", "del", "-host", "198.51.100.7", "gw", "172.16.3.254"])
    return lines


def pppd(g):
    """ip-up/ip-down scripts on a point-to-point link (tun0 stands for ppp0)."""
    lines = [["ifconfig", "tun0", "10.64.64.64", "pointopoint", "10.112.112.112", "up"]]
    lines.append(g.one([["route", "add", "default", "dev", "tun0"],
                        ["route", "add", "-net", "192.168.77.0", "netmask", "255.255.255.0",
                         "dev", "tun0"],
                        ["route", "add", "-host", "10.112.112.112", "dev", "tun0"]]))
    if g.chance(0.4):
        lines.append(["ifconfig", "tun0", "down"])
    return lines


def ifupdown(g):
    """Debian ifupdown's inet/inet6 net-tools methods (pre-iproute)."""
    ifn = g.one(["eth1", "eth2", "eth0", "br0"], [4, 3, 2, 1])
    addr = g.one(gr.V4[ifn][:3])
    line = ["ifconfig", ifn, addr, "netmask", g.one(["255.255.255.0", "255.255.0.0"])]
    if g.chance(0.4):
        line += ["broadcast", addr.rsplit(".", 1)[0] + ".255"]
    if g.chance(0.2):
        line += ["mtu", "1400"]
    if g.chance(0.15):
        line += ["hw", "ether", "02:00:00:00:03:01"]
    lines = [line + ["up"]]
    gw = {"eth0": "172.16.3.254", "eth1": "172.16.4.254", "eth2": "192.168.60.254",
          "br0": "192.168.50.254"}[ifn]
    if g.chance(0.5):
        lines.append(["route", "add", "default", "gw", gw] +
                     (["metric", "10"] if g.chance(0.5) else []) + [ifn])
    if g.chance(0.3):
        v6 = gr.V6[ifn][0] + "/64"
        lines.append(["ifconfig", ifn, "add", v6])
        lines.append(["route", "-A", "inet6", "add", "::/0", "gw", gr.V6[ifn][0][:-1] + "fe", ifn])
    if g.chance(0.4):
        if len(lines) > 1 and lines[1][0] == "route":
            lines.append(["route", "del", "default", "gw", gw] + lines[1][5:])
        lines.append(["ifconfig", ifn, "down"])
    return lines


def dhclient(g):
    """The old Linux dhclient-script: PREINIT, BOUND with an alias, EXPIRE."""
    ifn = g.one(["eth1", "eth0", "eth2"])
    addr = g.one(gr.V4[ifn][:3])
    lines = [["ifconfig", ifn, "inet", "0", "up"],
             ["ifconfig", ifn, "inet", addr, "netmask", "255.255.255.0", "broadcast",
              addr.rsplit(".", 1)[0] + ".255"]]
    if g.chance(0.5):
        lines.append(["route", "add", "default", "gw", addr.rsplit(".", 1)[0] + ".254",
                      "dev", ifn])
    if g.chance(0.4):
        lines.append(["ifconfig", ifn + ":0-", "inet", "0"])
        lines.append(["ifconfig", ifn + ":0", "inet", "169.254.1.1", "netmask", "255.255.0.0"])
        lines.append(["route", "add", "-host", "169.254.1.1", ifn + ":0"])
    if g.chance(0.3):
        lines.append(["ifconfig", ifn, "inet", "0", "down"])
    return lines


def docker_era(g):
    """Container-host scripts: a bridge address, routes, static ARP, promisc."""
    return [g.one([["ifconfig", "br0", "172.17.42.1", "netmask", "255.255.0.0", "up"],
                   ["route", "add", "-net", "172.17.0.0/16", "gw", "172.16.3.200"],
                   ["route", "add", "-net", "172.17.0.0", "netmask", "255.255.0.0", "dev", "br0"],
                   ["arp", "-s", "172.16.3.52", "02:00:00:00:01:52"],
                   ["arp", "-i", "eth0", "-s", "172.16.3.52", "02:00:00:00:01:52", "temp"],
                   ["ifconfig", "eth0", "promisc"],
                   ["ifconfig", "eth0", "txqueuelen", "5000"],
                   ["route", "-n"], ["arp", "-an"], ["route", "-6", "-n"]])
            for _ in range(g.between(1, 3))]


def proxy_arp(g):
    """Proxy-ARP recipes: publish a host of one link on another."""
    host = g.one(["172.16.3.52", "192.168.50.20", "172.16.3.150"])
    return [g.one([["arp", "-i", "eth0", "-Ds", host, "eth1", "pub"],
                   ["arp", "-Ds", host, "eth0", "pub"],
                   ["arp", "-i", "eth1", "-s", host, "00:11:22:33:44:57", "pub"],
                   ["arp", "-s", host, "02:00:00:00:00:10", "pub"],
                   ["arp", "-i", "br0", "-Ds", "0.0.0.0", "br0", "netmask", "0.0.0.0", "pub"],
                   ["arp", "-d", host, "pub"],
                   ["arp", "-i", "eth0", "-d", host, "pub"],
                   ["arp", "-s", host, "00:11:22:33:44:57", "pub", "dev", "eth0"]])
            for _ in range(g.between(1, 3))]


def alias_howto(g):
    """The IP-alias HOWTO and busybox ifupdown's alias stanzas."""
    unit = g.one(["eth0:0", "eth0:1", "eth0:2", "eth0:web", "eth1:0"])
    addr = g.one(["172.16.3.100", "172.16.3.101", "172.16.4.9"])
    lines = [["ifconfig", unit, addr] + (["netmask", "255.255.255.0"] if g.chance(0.5) else []) +
             (["up"] if g.chance(0.3) else [])]
    x = g.r.random()
    if x < 0.3:
        lines.append(["route", "add", "-host", addr, "dev", unit])
    elif x < 0.5:
        lines.append(["ifconfig", unit, "down"])
        if g.chance(0.5):
            lines.append(["ifconfig", unit, "up"])
    elif x < 0.6:
        lines.append(["ifconfig", unit, "0.0.0.0"])
    elif x < 0.7:
        lines.append(["ifconfig", unit.split(":")[0], "del", addr])
    return lines


CLIENTS = [(openvpn, 6), (vpnc, 3), (pppd, 2), (ifupdown, 4), (dhclient, 3), (docker_era, 2),
           (proxy_arp, 3), (alias_howto, 3)]


# --- lines that must fail (or that net-tools treats oddly) ------------------------

def failing(g):
    return g.one([
        ["ifconfig", "eth0", "netmask"], ["ifconfig", "eth0", "mtu"],
        ["ifconfig", "eth0", "300.1.2.3"], ["ifconfig", "eth9", "10.0.0.1"],
        ["ifconfig", "eth0", "hw", "ether"], ["ifconfig", "eth0", "hw", "ether", "zz"],
        ["ifconfig", "eth0", "mtu", "67"], ["ifconfig", "eth0", "bogus"],
        ["ifconfig", "eth0", "add"], ["ifconfig", "eth0", "del", "10.77.7.7"],
        ["ifconfig", "eth0", "inet6", "2001:db8:3::5/64"],
        ["ifconfig", "eth0", "netmask", "255.255.255.0", "netmask", "255.255.0.0"],
        ["ifconfig", "eth0", "172.16.3.1/24", "netmask", "255.255.255.0"],
        ["ifconfig", "-x"], ["ifconfig", "eth0", "add", "2001:db8::1/129"],
        ["route", "add"], ["route", "add", "-net"], ["route", "add", "-net", "10.0.0.0",
                                                      "netmask", "255.0.255.0"],
        ["route", "add", "-host", "10.1.1.1", "netmask", "255.255.255.0"],
        ["route", "add", "-net", "10.1.0.0/33"], ["route", "add", "10.1.1.1", "gw", "net9"],
        ["route", "del", "-net", "10.77.0.0", "netmask", "255.255.0.0"],
        ["route", "add", "-net", "10.1.0.0", "netmask", "255.255.0.0", "metric"],
        ["route", "add", "-net", "10.1.0.0", "netmask", "255.255.0.0", "eth0", "eth1"],
        ["route", "add", "10.1.1.1", "gw", "172.16.3.254", "gw", "172.16.3.200"],
        ["route", "bogus"], ["route", "-A", "inet6", "add", "2001:db8::/129"],
        ["route", "-6", "del", "2001:db8:77::/64"], ["route", "add", "-net", "10.1.0.0",
                                                     "netmask", "255.255.0.0", "mss", "10"],
        ["arp", "-s", "172.16.3.52"], ["arp", "-s", "172.16.3.52", "bad"],
        ["arp", "-d", "unknown-host"], ["arp", "-d", "172.16.3.77"],
        ["arp", "-s", "172.16.3.52", "02:00:00:00:01:52", "bogus"],
        ["arp", "-i", "eth9", "-s", "172.16.3.52", "02:00:00:00:01:52"],
        ["arp", "-Ds", "172.16.3.52", "eth9", "pub"], ["arp", "-d"], ["arp", "-x"],
        ["arp", "-H", "bogus"], ["arp", "-A", "inet6", "-n"],
    ])


# --- sequences --------------------------------------------------------------------

def grammar_line(g):
    maker = g.one([gr.ifconfig_change, gr.ifconfig_display, gr.route_change,
                   gr.route_display, gr.arp_set, gr.arp_delete, gr.arp_display, gr.arp_file],
                  [30, 5, 25, 7, 9, 5, 7, 2])
    return maker(g)


def sequence(seed, index, max_lines=16):
    """Sequence `index` of `seed`: 1 to max_lines lines."""
    g = Rand(random.Random(f"{seed}/{index}"))
    target = g.between(3, max_lines)
    lines = []
    while len(lines) < target:
        x = g.r.random()
        if x < 0.4:
            fn = g.one([f for f, _ in CLIENTS], [w for _, w in CLIENTS])
            lines += fn(g)
        elif x < 0.88:
            lines.append(grammar_line(g))
        else:
            lines.append(failing(g))
    return [" ".join(words) for words in lines[:max_lines]]
