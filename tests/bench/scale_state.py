#!/usr/bin/env python3
"""Prints the `ip -batch` lines that build one state of issue 17's scale
benchmark in the current network namespace (scale_bench.sh runs it in a
private one).

display N: N addresses: v0 holds N/2 aliases labelled v0:1..v0:N/2 (plus its
  primary 10.0.0.1/16), the other N/2 are spread 50 a link over N/100 veth
  links e1.. (unlabelled, as `ip addr add` leaves them; with --mixed half of
  them IPv6); v5 holds one address; N routes via v5's gateways; N/2
  permanent neighbours on n0 (--neighbours: another count).
changes E: v0 with 20,000 aliases, and E addresses (half IPv6) on E/50 other
  links, nothing else: the state the change commands are timed in.

Aliases go 250 to a /16 (v0:1 10.1.1.1/16 .. v0:249 10.1.249.1/16, v0:250
10.2.0.1/16 ..), so that each /16 has one primary and secondaries, and the
primary 10.0.0.1/16 is alone in its subnet: changing its netmask re-creates
it alone.
"""
import argparse
import ipaddress

PER_LINK = 50


def alias_addr(i):
    return f"10.{1 + i // 250}.{i % 250}.1"


def links(count, prefix="e"):
    """Veth pairs e1/e2, e3/e4 ...: `count` links, every one up."""
    out = []
    for k in range(1, count + 1, 2):
        out.append(f"link add {prefix}{k} type veth peer name {prefix}{k + 1}")
    for k in range(1, count + 1):
        out.append(f"link set {prefix}{k} up")
    return out


def spread(count, mixed):
    """`count` addresses, PER_LINK a link over e1.., half IPv6 when mixed."""
    out = []
    nlinks = count // PER_LINK
    out += links(nlinks)
    for k in range(1, nlinks + 1):
        for j in range(1, PER_LINK + 1):
            if mixed and j > PER_LINK // 2:
                out.append(f"addr add 2001:db8:{k:x}::{j:x}/64 nodad dev e{k}")
            else:
                out.append(f"addr add 172.{16 + k // 256}.{k % 256}.{j}/24 brd + dev e{k}")
    return out


def v0(aliases):
    out = ["link add v0 type veth peer name v0p", "link set v0 up", "link set v0p up",
           "addr add 10.0.0.1/16 brd + dev v0"]
    for i in range(1, aliases + 1):
        out.append(f"addr add {alias_addr(i)}/16 brd + label v0:{i} dev v0")
    return out


def display(n, mixed, neighbours):
    out = ["link set lo up"]
    out += v0(n // 2)
    out += spread(n - n // 2, mixed)
    out += ["link add v5 type veth peer name v5p", "link set v5 up", "link set v5p up",
            "addr add 192.168.5.1/24 brd + dev v5"]
    # N routes: /28 networks of 100.64.0.0/10 through two gateways on v5
    base = int(ipaddress.IPv4Address("100.64.0.0"))
    for r in range(n):
        dst = ipaddress.IPv4Address(base + 16 * r)
        out.append(f"route add {dst}/28 via 192.168.5.{2 + r % 2} dev v5")
    # neighbours on n0, in 198.18.0.0/15 from 198.18.1.0
    out += ["link add n0 type veth peer name n0p", "link set n0 up", "link set n0p up",
            "addr add 198.18.0.1/15 brd + dev n0"]
    nbase = int(ipaddress.IPv4Address("198.18.1.0"))
    for r in range(neighbours):
        out.append(f"neigh add {ipaddress.IPv4Address(nbase + r)} lladdr 02:00:00:{r >> 16 & 255:02x}:"
                   f"{r >> 8 & 255:02x}:{r & 255:02x} dev n0")
    return out


def changes(elsewhere):
    return ["link set lo up"] + v0(20000) + spread(elsewhere, True)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("shape", choices=["display", "changes"])
    p.add_argument("n", type=int)
    p.add_argument("--mixed", action="store_true")
    p.add_argument("--neighbours", type=int, help="display: neighbours on n0 (default N/2)")
    a = p.parse_args()
    neighbours = a.n // 2 if a.neighbours is None else a.neighbours
    lines = display(a.n, a.mixed, neighbours) if a.shape == "display" else changes(a.n)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
