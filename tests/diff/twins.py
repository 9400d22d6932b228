"""Twin namespaces: one runs net-tools, the other solnet's build, over the
same topology. Each twin is an agent process (agent.py) in its own
`unshare --net --mount`, alive for one sequence; lines go to both and the
kernel states come back for comparison."""

import json
import os
import subprocess
import threading
import time

import snapshot

HERE = os.path.dirname(os.path.abspath(__file__))
SYSTEM_PATH = "/usr/sbin:/usr/bin:/sbin:/bin"
NET_TOOLS = {"ifconfig": "/sbin/ifconfig", "route": "/sbin/route", "arp": "/usr/sbin/arp"}
SETTLE = 0.8  # seconds a difference may take to go away (DAD work, late events)


class Tools:
    """Where a twin's ifconfig, route and arp are, and its PATH."""

    def __init__(self, bindir=None):
        self.bindir = bindir
        self.path = (bindir or "/sbin:/usr/sbin") + ":" + SYSTEM_PATH

    def request(self, words):
        exe = os.path.join(self.bindir, words[0]) if self.bindir else NET_TOOLS[words[0]]
        return {"op": "run", "argv": [exe] + words[1:], "path": self.path}


class Twin:
    def __init__(self):
        # unshare execs the agent in the new namespaces: one pid to kill.
        self.proc = subprocess.Popen(
            ["unshare", "--net", "--mount", "--", "python3", "-u",
             os.path.join(HERE, "agent.py")],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=HERE)
        self.ready = json.loads(self.proc.stdout.readline() or '{"ready": false}')

    def ask(self, req):
        self.proc.stdin.write(json.dumps(req) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError("agent died")
        return json.loads(line)

    def close(self):
        try:
            self.proc.stdin.write('{"op": "quit"}\n')
            self.proc.stdin.close()
            self.proc.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired, ValueError):
            self.proc.kill()
            self.proc.wait()
        self.proc.stdout.close()


def _both(twins, reqs):
    """A request to each twin at once (reqs[i] to twins[i]); their answers."""
    answers = [None, None]

    def ask(i):
        answers[i] = twins[i].ask(reqs[i])
    t = threading.Thread(target=ask, args=(1,))
    t.start()
    ask(0)
    t.join()
    if answers[1] is None:
        raise RuntimeError("agent died")
    return answers


class Pair:
    """net-tools twin (index 0) and ours (index 1), fresh for a sequence."""

    def __init__(self, build):
        self.tools = [Tools(), Tools(os.path.join(build, "cmd"))]
        self.twins = [None, None]
        starter = threading.Thread(target=lambda: self.twins.__setitem__(1, Twin()))
        starter.start()
        self.twins[0] = Twin()
        starter.join()
        for t in self.twins:
            if not t.ready.get("ready"):
                self.close()
                raise RuntimeError("twin setup failed: " + t.ready.get("error", "?"))
        self.state = self.settled(seconds=10)  # a loaded machine may be slow to start
        if snapshot.differing(*self.state) or any(map(snapshot.settling, self.state)):
            self.close()
            raise RuntimeError("the twins differ before any line")

    def settled(self, seconds=SETTLE):
        """Both states, re-read while they differ or either is still
        settling, up to `seconds`."""
        deadline = time.monotonic() + seconds
        while True:
            states = [a["state"] for a in _both(self.twins, [{"op": "snap"}] * 2)]
            busy = snapshot.differing(*states) or any(map(snapshot.settling, states))
            if not busy or time.monotonic() > deadline:
                return states
            time.sleep(0.05)

    def run(self, words, display):
        """Runs one line in both; returns (results, states before, states
        after). For a display, results[2] is net-tools' output in our twin:
        the same kernel state as ours, whatever order the twins' kernels
        list things in."""
        results = _both(self.twins, [t.request(words) for t in self.tools])
        if display:
            results.append(self.twins[1].ask(self.tools[0].request(words)))
        before = self.state
        self.state = self.settled()
        return results, before, self.state

    def close(self):
        for t in self.twins:
            if t is not None:
                t.close()
