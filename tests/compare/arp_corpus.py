"""arp command lines for comparing two builds (arp_builds.py): every form,
option and keyword of both readings, good and bad, drawn from a seeded
generator, plus the lines the world's -f files are read by. A case is
(user, words): user "root" or "nobody"."""

import random

# The world arp_builds.py sets up: names in /etc/hosts, links, entries.
HOSTS = ["10.0.0.2", "peer", "peer.example.com", "10.0.0.3", "10.0.0.4", "10.0.0.6", "10.0.0.9", "proxied",
         "10.0.0.20", "10.0.0.50", "10.0.0.77", "10.0.0.78", "10.0.0.99", "10.2.0.5", "brhost", "10.1",
         "0x0a000002", "nosuchhost", "10.0.0.300", "a\nb", "-a"]
NEW_HOSTS = ["10.0.0.30", "newhost", "10.0.0.3", "10.0.0.20", "10.0.0.50", "10.0.0.52", "10.0.0.130", "10.0.0.0",
             "10.9.0.1", "10.2.0.7", "10.3.0.5", "10.0.0.9", "nosuchhost", "10.1", "h\x01"]
MACS = ["0:1:2:3:4:5", "02:00:00:00:00:01", "2:0:0:0:0:a", "02:00:00:00:00:0b", "00-11-22-33-44-55", "zz",
        "0:1:2:3:4", "0:1:2:3:4:5:6", "000:1:2:3:4:5", "ff:ff:ff:ff:ff:ff"]
LINKS = ["v0", "w0", "br0", "w1", "tun0", "lo", "v9", "v0:1", "averyveryverylongname0"]
SET_WORDS = [["temp"], ["pub"], ["priv"], ["trail"], ["permanent"], ["publish"], ["temporary"], ["trailers"],
             ["permanently"], ["netmask", "255.255.255.255"], ["netmask", "0.0.0.0"], ["netmask", "255.255.255.0"],
             ["netmask", "x"], ["netmask"], ["dev", "v0"], ["dev", "w0"], ["dev", "br0"], ["dev", "v9"],
             ["dev", "tun0"], ["dev"], ["bogus"], ["tmep"], ["--json"], ["-v"], ["-i", "w0"]]
DEL_WORDS = [["pub"], ["priv"], ["dev", "v0"], ["dev", "w0"], ["dev", "v9"], ["netmask", "0.0.0.0"],
             ["netmask", "255.255.255.255"], ["temp"], ["permanent"], ["bogus"], ["dev"], ["-n"]]
LEADING = [[], [], [], ["--net-tools"], ["--json"], ["-j"], ["--net-tools", "--json"]]
DISPLAY_OPTIONS = [[], ["-a"], ["-an"], ["-n"], ["-e"], ["-ae"], ["-v"], ["-nv"], ["-a", "-v"], ["-i", "v0"],
                   ["-i", "w0"], ["-i", "*"], ["-i", "v9"], ["-iv0"], ["--device=br0"], ["-H", "ether"],
                   ["-H", "arcnet"], ["-H", "foo"], ["-H", "loop"], ["-t", "ether"], ["-A", "inet"],
                   ["-p", "inet6"], ["--numeric"], ["--all"], ["-e", "-n", "-v"], ["-D"], ["-x"], ["--bogus"],
                   ["--jsn"], ["--numeric=1"], ["-i"], ["--h"], ["-h"], ["-?"], ["--help"], ["--", "-a"]]
CHANGE_OPTIONS = [[], [], [], ["-v"], ["-i", "v0"], ["-i", "w0"], ["-i", "v9"], ["-H", "ether"], ["-H", "arcnet"],
                  ["-n"], ["-a"], ["--set"]]
FILES = ["/run/arp/good", "/run/arp/mixed", "/run/arp/ethers_order", "/run/arp/devices", "/run/arp/empty",
         "/run/arp/missing", "/run/arp/pub"]

# The -f files: good and bad lines, both orders, keywords, comments.
FILE_TEXT = {
    "good": "10.0.0.40 2:0:0:0:0:40\n10.0.0.41 02:00:00:00:00:41 temp\n10.0.0.42 2:0:0:0:0:1 pub permanent\n",
    "mixed": ("# entries\n10.0.0.40 2:0:0:0:0:40\n02:00:00:00:00:41 10.0.0.41\nlonely\n10.0.0.42 zz\n"
              "10.0.0.43 2:0:0:0:0:43 temp\n10.0.0.44 2:0:0:0:0:44 bogus\n10.9.9.9 2:0:0:0:0:45\n"
              "nosuchhost 2:0:0:0:0:46\n10.0.0.47 2:0:0:0:0:47 dev v9\n10.0.0.48 0:0:0:0:0:48 dev w0 temp\r\n"
              "\n   \t\n10.0.0.20 2:0:0:0:0:49\n10.0.0.50 2:0:0:0:0:1 pub netmask 0.0.0.0\n"
              "10.0.0.51 zz dev v9\n10.0.0.52 2:0:0:0:0:52 temp permanent\n10.0.0.53 2:0:0:0:0:53"),
    "ethers_order": "02:00:00:00:00:61 10.0.0.61\n02:00:00:00:00:62 newhost\n2:0:0:0:0:63 10.0.0.63 # comment\n",
    "devices": "10.0.0.70 v0 pub\n10.0.0.71 w0 pub\n10.0.0.72 v9 pub\n10.0.0.73 v0\n",
    "empty": "",
    "pub": "10.0.0.0 2:0:0:0:0:1 netmask 0.0.0.0 pub\n10.0.0.60 2:0:0:0:0:a pub\n",
}
ETHERS = "02:00:00:00:00:81 10.0.0.81\n02:00:00:00:00:82 peer\n"


def pick(rng, xs):
    return list(rng.choice(xs))


def display(rng):
    words = pick(rng, DISPLAY_OPTIONS)
    if rng.random() < 0.6:
        words.insert(rng.randrange(len(words) + 1), rng.choice(HOSTS))
    if rng.random() < 0.05:
        words.append(rng.choice(HOSTS))
    return words


def set_line(rng):
    words = pick(rng, CHANGE_OPTIONS)
    use_device = rng.random() < 0.15
    words += ["-Ds" if use_device else "-s"]
    if rng.random() < 0.97:
        words.append(rng.choice(NEW_HOSTS))
        if rng.random() < 0.97:
            words.append(rng.choice(LINKS if use_device else MACS))
    for _ in range(rng.choice([0, 0, 1, 1, 2, 3])):
        words += rng.choice(SET_WORDS)
    return words


def del_line(rng):
    words = pick(rng, CHANGE_OPTIONS) + ["-d"]
    if rng.random() < 0.97:
        words.append(rng.choice(HOSTS + NEW_HOSTS))
    for _ in range(rng.choice([0, 0, 1, 1, 2])):
        words += rng.choice(DEL_WORDS)
    return words


def file_line(rng):
    words = pick(rng, [[], [], ["-v"], ["-D"], ["-i", "w0"], ["-H", "arcnet"], ["-n"], ["--json"]]) + ["-f"]
    if rng.random() < 0.9:
        words.append(rng.choice(FILES))
    if rng.random() < 0.05:
        words.append("extra")
    return words


def generated(seed, count):
    rng = random.Random(seed)
    kinds = [display, display, set_line, set_line, del_line, file_line]
    out = []
    for _ in range(count):
        words = pick(rng, LEADING) + rng.choice(kinds)(rng)
        user = "nobody" if rng.random() < 0.15 else "root"
        out.append((user, words))
    return out


# Lines every run has: each display form in both readings, each change form.
FIXED = [
    [], ["-a"], ["-an"], ["-n"], ["-e"], ["-v"], ["-a", "-v"], ["-n", "-v"], ["-i", "v0"], ["-i", "*"],
    ["-H", "ether"], ["-H", "arcnet"], ["peer"], ["10.0.0.2"], ["10.0.0.99"], ["-a", "10.0.0.9"],
    ["-e", "nosuchhost"], ["-i", "v9", "nosuchhost"],
    ["-s", "10.0.0.30", "0:1:2:3:4:5"], ["-s", "10.0.0.30", "0:1:2:3:4:5", "temp"],
    ["-s", "10.0.0.30", "02:00:00:00:00:01", "pub"], ["-s", "10.0.0.30", "2:0:0:0:0:1", "pub", "permanent"],
    ["-s", "10.0.0.0", "2:0:0:0:0:1", "netmask", "0.0.0.0", "pub"], ["-s", "10.0.0.20", "0:1:2:3:4:6"],
    ["-s", "10.0.0.52", "2:0:0:0:0:a", "pub"], ["-Ds", "10.0.0.31", "w0", "pub"], ["-Ds", "10.0.0.31", "v0"],
    ["-s", "10.2.0.7", "02:00:00:00:00:0b", "pub"], ["-i", "tun0", "-s", "10.3.0.5", "0:1:2:3:4:5"],
    ["-d", "10.0.0.2"], ["-d", "10.0.0.9"], ["-d", "10.0.0.9", "pub"], ["-d", "10.0.0.9", "priv"],
    ["-d", "10.0.0.99"], ["-i", "w0", "-d", "10.0.0.0", "netmask", "0.0.0.0", "pub"],
    ["-d", "10.0.0.130", "netmask", "0.0.0.0", "pub"], ["-d", "10.0.0.20"], ["-d", "nosuchhost"],
    ["-f"], ["-f", "/run/arp/mixed"], ["-f", "/run/arp/good"], ["-D", "-f", "/run/arp/devices"],
    ["-H", "arcnet", "-f", "/run/arp/good"], ["-i", "v9", "-f", "/run/arp/good"], ["-f", "/run/arp/missing"],
    # two faults on one line: the parser reports the malformed word before the kernel is asked
    ["-i", "v9", "-s", "10.0.0.30", "zz"], ["-s", "10.0.0.30", "zz", "dev", "v9"],
    ["-H", "arcnet", "-i", "v9", "-s", "10.0.0.30", "0:1:2:3:4:5"], ["-i", "v9", "-e", "nosuchhost"],
]


def corpus(seed, count):
    fixed = [(user, lead + words) for words in FIXED for lead in ([], ["--net-tools"]) for user in ("root", "nobody")]
    return fixed + generated(seed, count)
