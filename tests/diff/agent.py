"""One twin: runs inside its own `unshare --net --mount`, builds the
topology, then serves requests, one JSON object a line on stdin, one
answer a line on stdout:

  {"op": "run", "argv": [...], "path": "..."}
                                -> {"rc": N, "out": "...", "err": "..."}
  {"op": "snap"}                -> {"state": {...}}
  {"op": "quit"}                -> exits

argv[0] is the binary's full path; "path" is the PATH it runs with."""

import json
import os
import subprocess
import sys
import time

import snapshot
import topology

TIMEOUT = 10  # seconds; a net-tools line never takes this long


def sh(cmd, stdin=None):
    p = subprocess.run(cmd, shell=True, input=stdin, text=True, capture_output=True)
    if p.returncode != 0:
        raise RuntimeError(f"{cmd}: {p.stderr.strip()}")


def setup():
    # Private /run (solnet's state store) and a copy-on-write /etc.
    sh("mount -t tmpfs tmpfs /run")
    sh("mount -t sysfs sysfs /sys")  # this namespace's links (snapshot syncs them)
    sh("mkdir -p /run/diff-etc/up /run/diff-etc/work")
    sh("mount -t overlay overlay -o lowerdir=/etc,upperdir=/run/diff-etc/up,"
       "workdir=/run/diff-etc/work /etc")
    for path, text in topology.FILES.items():
        with open(path, "w") as f:
            f.write(text)
    for s in topology.SYSCTLS:
        key, value = s.split("=")
        with open("/proc/sys/" + key.replace(".", "/"), "w") as f:
            f.write(value)
    # One ip process for the whole topology.
    sh("ip -b -", "".join(cmd.removeprefix("ip ") + "\n" for cmd in topology.LINKS))
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        links = json.loads(subprocess.run(["ip", "-j", "link"], capture_output=True,
                                          text=True, check=True).stdout)
        up = {l["ifname"] for l in links if "LOWER_UP" in l["flags"]}
        if all(name in up for name in topology.CARRIER):
            return
        time.sleep(0.05)
    raise RuntimeError("no carrier on " + " ".join(topology.CARRIER))


def run(argv, path):
    env = {"PATH": path, "LC_ALL": "C", "HOME": "/root"}
    p = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, env=env, cwd="/",
                         start_new_session=True)
    try:
        out, err = p.communicate(timeout=TIMEOUT)
        rc = p.returncode
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, 9)
        out, err = p.communicate()
        rc = "timeout"
    return {"rc": rc, "out": out.decode("latin-1"), "err": err.decode("latin-1")}


def main():
    try:
        setup()
        answer = {"ready": True}
    except Exception as e:  # reported to the runner, which gives up
        answer = {"ready": False, "error": str(e)}
    print(json.dumps(answer), flush=True)
    for line in sys.stdin:
        req = json.loads(line)
        if req["op"] == "quit":
            break
        if req["op"] == "run":
            answer = run(req["argv"], req["path"])
        else:
            answer = {"state": snapshot.take()}
        print(json.dumps(answer), flush=True)


if __name__ == "__main__":
    main()
