"""A fresh network and mount namespace to run commands in.

A holder process (`sleep`) keeps the namespaces alive; every command enters
them with nsenter, so the driver itself never touches the namespace it runs
in. /run is a small private tmpfs (it can be filled on purpose), /etc and
/var/lib are copy-on-write overlays, IPv6 duplicate address detection is off
so addresses are usable at once.
"""
import ctypes
import json
import os
import signal
import subprocess
import time

RUN_SIZE = "2m"
PR_SET_PDEATHSIG = 1

_SETUP = r"""
set -e
mount --make-rprivate /
mount -t tmpfs -o size=%s,mode=755 tmpfs /run
for d in /etc /var/lib; do
  mkdir -p /run/.ovl$d/up /run/.ovl$d/work
  mount -t overlay overlay -o lowerdir=$d,upperdir=/run/.ovl$d/up,workdir=/run/.ovl$d/work $d
done
ip link set lo up
sysctl -qw net.ipv6.conf.default.accept_dad=0 net.ipv6.conf.all.accept_dad=0
echo $$
exec sleep 100000
""" % RUN_SIZE


class Result:
    def __init__(self, rc, out, err, seconds):
        self.rc, self.out, self.err, self.seconds = rc, out, err, seconds

    def json_out(self, default=()):
        try:
            return json.loads(self.out)
        except ValueError:
            return list(default)

    def __repr__(self):
        return "Result(rc=%r, err=%r)" % (self.rc, self.err[-200:])


class Sandbox:
    def __init__(self):
        # Should the driver die, unshare dies with it and takes the holder.
        self._holder = subprocess.Popen(
            ["unshare", "--net", "--mount", "--fork", "--kill-child", "--", "sh", "-c", _SETUP],
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            preexec_fn=_die_with_parent)
        line = self._holder.stdout.readline().strip()
        if not line.isdigit():
            err = self._holder.stderr.read()
            self._holder.wait()
            raise RuntimeError("sandbox setup failed: " + err)
        self.pid = int(line)
        self.netns = os.stat("/proc/%d/ns/net" % self.pid).st_ino
        self._started = []

    def argv(self, argv):
        return ["nsenter", "-t", str(self.pid), "-n", "-m", "-r", "-w", "--"] + list(argv)

    def run(self, argv, stdin=None, timeout=60):
        """Runs argv inside; returns its Result (never raises on a failure)."""
        t = time.monotonic()
        p = subprocess.run(self.argv(argv), input=stdin, capture_output=True, text=True,
                           errors="backslashreplace", timeout=timeout)
        return Result(p.returncode, p.stdout, p.stderr, time.monotonic() - t)

    def sh(self, script, timeout=60):
        return self.run(["sh", "-c", script], timeout=timeout)

    def spawn(self, argv, **kw):
        """Starts argv inside (nsenter execs it: the pid is the command's)."""
        p = subprocess.Popen(self.argv(argv), **kw)
        self._started.append(p)
        return p

    def write(self, path, data):
        if isinstance(data, str):
            data = data.encode()
        p = subprocess.run(self.argv(["sh", "-c", 'cat >"$1"', "_", path]), input=data,
                           capture_output=True)
        if p.returncode:
            raise RuntimeError("cannot write %s: %s" % (path, p.stderr.decode()))

    def write_sh(self, path, data):
        """write() to a path given as a shell word (expanded inside)."""
        p = subprocess.run(self.argv(["sh", "-c", 'cat >%s' % path]), input=data, capture_output=True)
        if p.returncode:
            raise RuntimeError("cannot write %s: %s" % (path, p.stderr.decode()))

    def read(self, path):
        """The file's bytes, or None when it cannot be read."""
        p = subprocess.run(self.argv(["cat", path]), capture_output=True)
        return p.stdout if p.returncode == 0 else None

    def close(self):
        for p in self._started:
            if p.poll() is None:
                p.kill()
            p.wait()
        # Whatever still runs in the namespace was started by us through it.
        for pid in pids_in_netns(self.netns):
            if pid != self.pid:
                _kill(pid)
        _kill(self.pid)
        self._holder.wait()
        self._holder.stdout.close()
        self._holder.stderr.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _die_with_parent():
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


def _kill(pid):
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def pids_in_netns(inode):
    found = []
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                if os.stat("/proc/%s/ns/net" % d).st_ino == inode:
                    found.append(int(d))
            except OSError:
                pass
    return found


def ensure_private_namespace(argv):
    """Re-executes the driver in a namespace of its own (once), so that even
    a command run by mistake without the sandbox never reaches the host."""
    if os.environ.get("SOLNET_GEN_PRIVATE") == "1":
        return
    if os.geteuid() != 0:
        raise SystemExit("needs root (namespaces)")
    env = dict(os.environ, SOLNET_GEN_PRIVATE="1")
    script = 'mount --make-rprivate / && mount -t tmpfs tmpfs /run && exec "$@"'
    os.execvpe("unshare", ["unshare", "--net", "--mount", "--fork", "--", "sh", "-c", script, "_"]
               + argv, env)
