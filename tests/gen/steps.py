"""Steps of a generated sequence: plain JSON-able dicts, run in a sandbox
and rendered as lines of a replay shell script.

kind "ip":       {"args": [...]}                 iproute2
kind "route":    {"words": [...]}                solnet's route
kind "ifconfig": {"words": [...], "footprint"}   solnet's ifconfig
Testers add kinds of their own (and render them themselves).
"""
import shlex


class Tools:
    def __init__(self, build):
        self.ifconfig = build + "/cmd/ifconfig"
        self.route = build + "/cmd/route"


def argv(tools, step):
    if step["kind"] == "ip":
        return ["ip"] + step["args"]
    if step["kind"] == "route":
        return [tools.route] + step["words"]
    if step["kind"] == "ifconfig":
        return [tools.ifconfig] + step["words"]
    raise ValueError(step["kind"])


def run(sandbox, tools, step):
    return sandbox.run(argv(tools, step))


def batchable(step):
    """ip -batch takes no options on its lines (-6, -force ...)."""
    return step["kind"] == "ip" and not step["args"][0].startswith("-")


def run_batch(sandbox, steps):
    """Runs "ip" steps in one exec (setup is most of a short sequence's
    cost); -force goes on after a refusal, as separate runs would."""
    text = "".join(" ".join(shlex.quote(a) for a in s["args"]) + "\n" for s in steps)
    return sandbox.run(["ip", "-force", "-batch", "-"], stdin=text)


def run_setup(sandbox, tools, setup):
    """Runs setup steps in order, consecutive ip lines in one batch."""
    batch = []
    for step in setup + [None]:
        if step is not None and batchable(step):
            batch.append(step)
            continue
        if batch:
            run_batch(sandbox, batch)
            batch = []
        if step is not None:
            run(sandbox, tools, step)


def shell(step):
    """The step as a line of the replay script."""
    if step["kind"] == "ip":
        return "ip " + " ".join(shlex.quote(a) for a in step["args"])
    if step["kind"] == "route":
        return '"$ROUTE" ' + " ".join(shlex.quote(w) for w in step["words"])
    if step["kind"] == "ifconfig":
        return '"$IFCONFIG" ' + " ".join(shlex.quote(w) for w in step["words"])
    raise ValueError(step["kind"])


SCRIPT_HEAD = r"""#!/bin/bash
# %(title)s
# Usage (root): bash THIS_FILE BUILD_DIR. Runs in a namespace of its own.
B=$(cd "${1:?usage: $0 BUILD_DIR}" && pwd)
exec unshare --net --mount --fork -- bash -s "$B" <<'REPLAY'
IFCONFIG=$1/cmd/ifconfig ROUTE=$1/cmd/route
mount --make-rprivate / && mount -t tmpfs -o size=2m tmpfs /run
ip link set lo up
sysctl -qw net.ipv6.conf.default.accept_dad=0 net.ipv6.conf.all.accept_dad=0
"""


def script(title, lines):
    """A replay script: a namespace, then the lines."""
    return SCRIPT_HEAD % {"title": title} + "\n".join(lines) + "\nREPLAY\n"
