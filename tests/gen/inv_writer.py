"""A concurrent writer: adds and deletes addresses of its own with ip
(one `ip -force -batch -` fed line by line, so an operation costs no exec
and really overlaps ifconfig's), while the tester runs an ifconfig command.
ifconfig must never touch or lose them.

It pauses between steps; pause() waits until every line sent has run and
returns what the kernel must hold of the writer's addresses, and the
anomalies seen: an add refused because the address was there although
the writer had not added it, a delete refused because it was gone.
"""
import re
import subprocess
import threading
import time

# A delete that always fails: its "Command failed" line marks that every
# line before it has run.
_SYNC = "address del 203.0.113.254/32 dev lo"
_FAILED = re.compile(r"^Command failed -:(\d+)$")
PREFIX4 = "192.168.200."
PREFIX6 = "2001:db8:ff::"


ANCHOR = PREFIX4 + "1"


def pool(link):
    """address -> (ip line to add it, label or None). The anchor is added
    first and never deleted: the subnet's primary, without which the kernel
    would delete every other address of the subnet with it."""
    out = {ANCHOR: ("address add %s/24 brd + dev %s label %s:999" % (ANCHOR, link, link), link + ":999")}
    for i in range(10, 40):
        a = PREFIX4 + str(i)
        label = None if i % 3 == 0 else "%s:%d" % (link, 900 + i)
        out[a] = ("address add %s/24 brd + dev %s%s" % (a, link, " label " + label if label else ""), label)
    for i in range(0x10, 0x20):
        a = "%s%x" % (PREFIX6, i)
        out[a] = ("address add %s/64 dev %s nodad" % (a, link), None)
    return out


# The writer for a replay script: the same addresses, added and deleted in
# turn, as fast as a shell can.
SHELL = r"""writer() {
  ip address add %s1/24 brd + dev eth0 label eth0:999
  while :; do
    for i in $(seq 10 39); do
      l=; [ $((i %% 3)) -ne 0 ] && l="label eth0:$((900 + i))"
      ip address add %s$i/24 brd + dev eth0 $l; ip address del %s$i/24 dev eth0
    done
    for i in $(seq 16 31); do
      ip address add %s$(printf %%x $i)/64 dev eth0 nodad; ip address del %s$(printf %%x $i)/64 dev eth0
    done
  done
}""" % (PREFIX4, PREFIX4, PREFIX4, PREFIX6, PREFIX6)


def owned(address):
    return address.startswith(PREFIX4) or address.startswith(PREFIX6)


class Writer:
    def __init__(self, sandbox, link, rng, interval=0.0005):
        self.link, self.rng, self.interval = link, rng, interval
        self.pool = pool(link)
        self.proc = sandbox.spawn(["ip", "-force", "-batch", "-"], stdin=subprocess.PIPE,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, bufsize=1)
        self.present = set()   # the kernel holds these, as far as the writer knows
        self._issued = set()   # what it will hold once every line sent has run
        self._sent = []        # (line number, op, address), not yet accounted for
        self._line = 0
        self._errors = {}      # line number -> error text
        self._cond = threading.Condition()
        self._running = False
        self._busy = False
        self._stop = False
        self.ops = 0
        self._issued.add(ANCHOR)
        self._sent.append((self._send(self.pool[ANCHOR][0]), "add", ANCHOR))
        threading.Thread(target=self._read_errors, daemon=True).start()
        threading.Thread(target=self._loop, daemon=True).start()
        self.pause()   # the anchor is in before the first step

    def _send(self, text):
        self._line += 1
        self.proc.stdin.write(text + "\n")
        self.proc.stdin.flush()
        return self._line

    def _read_errors(self):
        last = ""
        for line in self.proc.stderr:
            m = _FAILED.match(line.strip())
            with self._cond:
                if m:
                    self._errors[int(m.group(1))] = last
                    self._cond.notify_all()
                else:
                    last = line.strip()
        with self._cond:
            self._stop = True
            self._cond.notify_all()

    def _loop(self):
        while True:
            with self._cond:
                while not self._running and not self._stop:
                    self._busy = False
                    self._cond.notify_all()
                    self._cond.wait()
                if self._stop:
                    return
                self._busy = True
                a = self.rng.choice(sorted(set(self.pool) - {ANCHOR}))
                if a in self._issued:
                    op, text = "del", "address del %s/%s dev %s" % (a, 24 if ":" not in a else 64, self.link)
                    self._issued.discard(a)
                else:
                    op, text = "add", self.pool[a][0]
                    self._issued.add(a)
                self._sent.append((self._send(text), op, a))
                self.ops += 1
            time.sleep(self.interval)

    def resume(self):
        with self._cond:
            self._running = True
            self._cond.notify_all()

    def pause(self, timeout=10):
        """Stops sending; returns the anomalies since the last pause:
        (address, whether it is a loss, text)."""
        with self._cond:
            self._running = False
            self._cond.wait_for(lambda: not self._busy or self._stop, timeout)
            sync = self._send(_SYNC)
            if not self._cond.wait_for(lambda: sync in self._errors or self._stop, timeout):
                return [(None, False, "the writer's ip did not answer")]
            anomalies = []
            for n, op, a in self._sent:
                err = self._errors.pop(n, None)
                if op == "add":
                    if err is not None and "already" not in err and "exists" not in err:
                        anomalies.append((a, False, "ip refused to add %s: %s" % (a, err)))
                    elif err is not None:
                        anomalies.append((a, False, "%s was there before the writer added it" % a))
                    self.present.add(a)
                else:
                    if err is not None and "not found" not in err and "Cannot assign" not in err:
                        anomalies.append((a, False, "ip refused to delete %s: %s" % (a, err)))
                    elif err is not None:
                        anomalies.append((a, True, "%s was gone before the writer deleted it" % a))
                    self.present.discard(a)
            self._errors.pop(sync, None)
            self._sent = []
            self._issued = set(self.present)
            return anomalies

    def forget(self, address):
        """Leaves an address alone from now on (a command took it over)."""
        with self._cond:
            self.pool.pop(address, None)
            self.present.discard(address)
            self._issued.discard(address)

    def believe(self, address, present):
        """Takes the kernel's word for an address (after reporting it)."""
        with self._cond:
            (self.present.add if present else self.present.discard)(address)
            self._issued = set(self.present)

    def close(self):
        with self._cond:
            self._stop = True
            self._cond.notify_all()
        self.proc.stdin.close()
        self.proc.wait()
