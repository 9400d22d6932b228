"""The identical starting state of both twins: links, addresses, routes,
neighbours, and the private /etc files the net-tools grammar names.

Every link gets a fixed MAC so that link-local addresses and bridge ids are
the same in both twins; DAD and router solicitations are off so that no
address is tentative and no timer adds state while a sequence runs."""

SYSCTLS = [
    # Set before any link exists so every new link inherits them.
    "net.ipv6.conf.all.accept_dad=0",
    "net.ipv6.conf.default.accept_dad=0",
    "net.ipv6.conf.all.router_solicitations=0",
    "net.ipv6.conf.default.router_solicitations=0",
]

LINKS = [
    "ip link set lo up",
    # eth0 <-> eth1: the LAN link and its other end.
    "ip link add eth0 address 02:00:00:00:00:10 type veth peer name eth1 address 02:00:00:00:00:11",
    # eth2 <-> brport0, brport0 a port of br0; eth2 starts down.
    "ip link add br0 address 02:00:00:00:00:14 type bridge",
    "ip link add eth2 address 02:00:00:00:00:12 type veth peer name brport0 address 02:00:00:00:00:13",
    "ip link set brport0 master br0",
    # A point-to-point tun as OpenVPN and vpnc make it, down, no address.
    "ip tuntap add mode tun tun0",
    "ip link set eth0 up",
    "ip link set eth1 up",
    "ip link set brport0 up",
    "ip link set br0 up",
    "ip addr add 172.16.3.1/24 brd 172.16.3.255 dev eth0",
    "ip addr add 172.16.3.10/24 brd 172.16.3.255 label eth0:0 dev eth0",
    "ip addr add 2001:db8:3::1/64 dev eth0",
    "ip addr add 192.168.50.1/24 brd 192.168.50.255 dev br0",
    "ip route add default via 172.16.3.254 dev eth0",
    "ip route add 10.99.0.0/16 via 172.16.3.200 dev eth0",
    "ip route add ::/0 via 2001:db8:3::fe dev eth0",
    "ip neigh add 172.16.3.99 lladdr 02:00:00:00:01:99 dev eth0 nud permanent",
    "ip neigh add 172.16.3.98 lladdr 02:00:00:00:01:98 dev eth0 nud stale",
]

# Links whose carrier the runner waits for before the first line.
CARRIER = ["eth0", "eth1"]

FILES = {
    "/etc/nsswitch.conf": (
        # Names come from the files below only: no DNS, no myhostname.
        "hosts: files\n"
        "networks: files\n"
        "ethers: files\n"
    ),
    "/etc/hosts": (
        "127.0.0.1 localhost\n"
        "::1 localhost ip6-localhost\n"
        "172.16.3.254 gw-a router\n"
        "172.16.3.52 peer-b\n"
        "172.16.3.60 multi\n"
        "172.16.3.61 multi\n"
        "10.8.0.5 vpn-peer\n"
        "10.8.0.6 vpn-local\n"
        "192.168.50.10 br-host\n"
        "198.51.100.7 far-host\n"
        "2001:db8:3::99 host6\n"
    ),
    "/etc/networks": (
        "net9 10.9.0.0\n"
        "lan3 172.16.3.0\n"
        "short10 10.10\n"
        "loopnet 127.0.0.0\n"
    ),
    "/etc/ethers": (
        "# ethers(5): MAC HOST; arp -f also takes HOST MAC\n"
        "02:00:00:00:02:01 peer-b\n"
        "02:00:00:00:02:02 172.16.3.53\n"
        "172.16.3.54 02:00:00:00:02:03\n"
    ),
    "/etc/ethers.extra": (
        "172.16.3.55 02:00:00:00:02:04 temp\n"
        "172.16.3.56 02:00:00:00:00:10 pub\n"
        "bogus-line\n"
        "172.16.3.57 02:00:00:00:02:05 dev eth0\n"
    ),
}
