#!/usr/bin/env python3
"""Random ifconfig scenarios for builds.sh, walked through the completion
automaton the build generates from the keyword tables, so that every
keyword, DHCP word and argument kind comes up, with good and bad values.

Usage: ifconfig_corpus.py BUILD SEED [SCENARIOS [STEPS]] > corpus
The same BUILD, SEED and sizes give the same corpus."""
import random
import re
import shlex
import subprocess
import sys

# Values per argument kind: most valid in some family, some not.
SAMPLES = {
    "number": ["0", "1", "3", "68", "1280", "1400", "1500", "9000", "4294967295", "-1", "x", "99999999999"],
    "address": ["10.0.0.0/24", "10.0.0.0/16", "2001:db8::/64", "::1:2:3:4/64", "10.0.0.300", "::1/48", "10.0.0.0"],
    "netmask": ["255.255.255.0", "0xffff0000", "/20", "+", "mask24", "classb", "holes", "bad"],
    "interface": ["v0", "v2", "vni0", "v9", "v0:1", "none", "lo"],
    "ether": ["2:0:0:0:0:1", "02:00:00:00:00:99", "1:2", "zz"],
    "host": ["10.0.0.1", "10.0.0.2", "10.0.0.3/24", "10.0.0.9", "web", "neighbour", "2001:db8::5/64",
             "2001:db8::6", "web6", "nosuch", "0", "10.0.0.300", "192.168.9.1"],
    "word": ["g1", "x"],
}
ADDRESSES = ["10.0.0.1", "10.0.0.2/24", "10.0.0.5", "172.16.5.1", "2001:db8::7/64", "0", "web", "/24", "10.0.0.1/33"]
INTERFACES = ["v0", "v0", "v0:1", "v0:2", "v0:5", "v2", "v2:1", "lo", "br0", "tun0", "vni0", "v9"]
SELECTORS = ["-a", "-au", "-ad", "-a4", "-a6", "-aD", "-adD4"]
# Words that would start a DHCP client or wait for RARP replies: the
# scenarios of the hand corpus run those. A DHCP command of root's gets an
# operation that starts nothing.
AVOID = {"start", "auto-revarp"}
DHCP_OPS = {"drop", "extend", "ping", "release", "status"}


def rows(build):
    text = open(f"{build}/completions/ifconfig").read()
    table = re.search(r"<<'SOLNET_TABLE'\n(.*?)SOLNET_TABLE", text, re.S).group(1)
    by_state = {}
    for line in table.splitlines():
        state, word, kind, choices, nxt, _ = line.split("|", 5)
        by_state.setdefault(state, []).append((word, kind, choices.split(), nxt))
    return by_state


# The keywords --help marks refused: drawn less often, a refusal ends a line.
def refused(build):
    usage = subprocess.run([f"{build}/cmd/ifconfig", "--help"], capture_output=True, text=True).stdout
    return {m.group(1) for m in re.finditer(r"^  (\S+).*\(not supported on this system\)$", usage, re.M)}


def argument(rng, kind, choices):
    values = list(choices) + SAMPLES.get(kind, [])
    if kind == "choice":
        values.append("other")
    return rng.choice(values)


def line(rng, table, refusals):
    words = [rng.choice(SELECTORS) if rng.random() < 0.15 else rng.choice(INTERFACES)]
    state = "family"
    if rng.random() < 0.3:
        words.append(rng.choice(["inet", "inet6", "inet6"]))
        state = "keywords6" if words[-1] == "inet6" else "keywords"
    for _ in range(rng.choice([0, 1, 1, 2, 2, 3, 4])):
        if state in ("family", "keywords", "keywords6") and rng.random() < 0.2:
            words.append(rng.choice(ADDRESSES))
            state = "keywords" if state == "family" else state
            continue
        choices = [r for r in table.get(state, [])
                   if r[0] != "*" and r[0] not in AVOID and not r[0].startswith("--") and r[0] != "-j"]
        if rng.random() > 0.1:
            choices = [r for r in choices if r[0] not in refusals]
        if not choices:
            break
        word, kind, values, nxt = rng.choice(choices)
        words.append(word)
        if kind or values:
            words.append(argument(rng, kind, values))
        state = nxt or state
    if rng.random() < 0.05:
        words.append(rng.choice(["--json", "-j"]))
    who = "nobody ifconfig" if rng.random() < 0.15 else "ifconfig"
    if who == "ifconfig" and {"dhcp", "auto-dhcp"} & set(words) and not DHCP_OPS & set(words):
        words.append("ping")
    return who + " " + " ".join(shlex.quote(w) for w in words)


def main():
    build, seed = sys.argv[1], int(sys.argv[2])
    scenarios = int(sys.argv[3]) if len(sys.argv) > 3 else 8
    steps = int(sys.argv[4]) if len(sys.argv) > 4 else 40
    rng = random.Random(seed)
    table = rows(build)
    refusals = refused(build)
    for n in range(scenarios):
        print(f"== random seed {seed} scenario {n}")
        for _ in range(steps):
            print(line(rng, table, refusals))
            if rng.random() < 0.1:
                print("ifconfig -a")


if __name__ == "__main__":
    main()
