"""The command line and the loop shared by the generated testers.

A tester provides:
  name                      printed in the last line "<name>: N passed, N failed"
  ci_sequences              sequences in the CI budget (--budget)
  generate(seed) -> seq     {"setup": [...], "steps": [...], ...}, from the seed alone
  run(build, seq) -> Outcome
  script(seq, kind, text, title)  a replay shell script of a (shrunk) sequence
  priority                  kinds to shrink first (time is short in CI)
Sequence i of a run has seed S+i, so `--seed S+i --sequences 1` replays it.
"""
import argparse
import collections
import json
import os
import random
import sys
import time

import shrink
from sandbox import ensure_private_namespace

CI_SEED = 1
CI_SECONDS = 75
CI_SHRINK_SECONDS = 20


class Outcome:
    def __init__(self):
        self.violations = []                  # (step index, kind, text)
        self.stats = collections.Counter()    # commands, kills, ...
        self._seen = set()

    def add(self, index, kind, text, detail=None):
        """detail: the violation without the step; one that repeats step
        after step (a stale record, a broken store) is kept once."""
        key = (kind, detail or text)
        if key in self._seen:
            return
        self._seen.add(key)
        self.violations.append((index, kind, text))

    def kinds(self):
        return {k for _, k, _ in self.violations}

    def first(self, kind):
        return next(v for v in self.violations if v[1] == kind)


def _args(tester, argv):
    p = argparse.ArgumentParser(prog=tester.name, description=sys.modules[tester.__module__].__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("build", help="build directory (holds cmd/ifconfig)")
    p.add_argument("--seed", type=int, help="seed of the first sequence (default: random)")
    p.add_argument("--seconds", type=float, help="stop starting sequences after this long")
    p.add_argument("--sequences", type=int, help="stop after this many sequences")
    p.add_argument("--budget", action="store_true",
                   help="the fixed CI budget: seed %d, %d sequences at most, %gs at most, shrinking %gs"
                   % (CI_SEED, tester.ci_sequences, CI_SECONDS, CI_SHRINK_SECONDS))
    p.add_argument("--shrink-seconds", type=float, default=120, help="time for shrinking, all kinds together")
    p.add_argument("--save", metavar="DIR", help="write each shrunk replay there (NAME-KIND.sh and .json)")
    p.add_argument("--replay", metavar="JSON", help="run one saved sequence and report")
    p.add_argument("--repeat", type=int, default=1, help="with --replay: runs (kill timing varies)")
    p.add_argument("-v", "--verbose", action="store_true", help="every violation, not the first of each kind")
    a = p.parse_args(argv)
    if a.budget:
        a.seed, a.sequences, a.seconds, a.shrink_seconds = CI_SEED, tester.ci_sequences, CI_SECONDS, CI_SHRINK_SECONDS
    if a.seed is None:
        a.seed = random.SystemRandom().randrange(1, 10**6)
    if a.sequences is None and a.seconds is None:
        a.sequences = 1 if a.replay else tester.ci_sequences
    return a


def _fails_like(tester, build, kind):
    def fails(seq):
        # A step whose effect depends on timing (a kill) gets more tries.
        tries = 3 if any(s.get("timing") for s in seq["steps"]) else 1
        for _ in range(tries):
            if kind in tester.run(build, seq).kinds():
                return True
        return False
    return fails


def main(tester, argv):
    ensure_private_namespace([sys.executable, os.path.abspath(sys.argv[0])] + argv)
    a = _args(tester, argv)
    build = os.path.abspath(a.build)
    if a.replay:
        seq = json.load(open(a.replay))
        bad = 0
        for _ in range(a.repeat):
            out = tester.run(build, seq)
            for i, kind, text in out.violations:
                print("step %d %s: %s" % (i, kind, text))
            bad += bool(out.violations)
        print("%s: %d passed, %d failed" % (tester.name, a.repeat - bad, bad))
        return 1 if bad else 0

    start = time.monotonic()
    totals = collections.Counter()
    by_kind = collections.Counter()
    first = {}                                   # kind -> (seed, seq, outcome)
    passed = failed = 0
    seed = a.seed
    while (a.sequences is None or passed + failed < a.sequences) and \
            (a.seconds is None or time.monotonic() - start < a.seconds):
        seq = tester.generate(seed)
        out = tester.run(build, seq)
        totals.update(out.stats)
        for _, kind, _ in out.violations:
            by_kind[kind] += 1
        if out.violations:
            failed += 1
            shown = set()
            for i, kind, text in out.violations:
                if a.verbose or kind not in shown:
                    print("seed %d step %d %s: %s" % (seed, i, kind, text), flush=True)
                shown.add(kind)
                first.setdefault(kind, (seed, seq, out))
        else:
            passed += 1
        seed += 1
    elapsed = time.monotonic() - start

    deadline = time.monotonic() + a.shrink_seconds
    order = sorted(first, key=lambda k: (k not in tester.priority, tester.priority.index(k)
                                         if k in tester.priority else 0, k))
    for kind in order:
        kseed, seq, out = first[kind]
        if time.monotonic() >= deadline:
            print("not shrunk (no time left): %s, seed %d" % (kind, kseed))
            continue
        idx, _, text = out.first(kind)
        seq = dict(seq, steps=seq["steps"][:idx + 1])
        small = shrink.shrink(seq, _fails_like(tester, build, kind), deadline)
        # Once more, for the text and the kill delays of a run that failed.
        for _ in range(5):
            check = tester.run(build, small)
            if kind in check.kinds():
                text = check.first(kind)[2]
                break
        title = "%s seed %d: %s (shrunk to %d+%d steps from %d+%d)\n# %s" % (
            tester.name, kseed, kind, len(small["setup"]), len(small["steps"]), len(seq["setup"]),
            idx + 1, text)
        body = tester.script(small, kind, text, title)
        print("----- replay: %s" % kind)
        print(body)
        if a.save:
            os.makedirs(a.save, exist_ok=True)
            base = os.path.join(a.save, "%s-%s" % (tester.name, kind))
            open(base + ".sh", "w").write(body)
            json.dump(small, open(base + ".json", "w"), indent=1)

    stats = ", ".join("%s %d" % kv for kv in sorted(totals.items()))
    kinds = ", ".join("%s %d" % kv for kv in sorted(by_kind.items())) or "none"
    print("%s: seeds %d..%d, %.0fs, sequences %d, %s; violations: %s" % (
        tester.name, a.seed, seed - 1, elapsed, passed + failed, stats, kinds))
    print("%s: %d passed, %d failed" % (tester.name, passed, failed))
    return 1 if failed or not passed else 0
