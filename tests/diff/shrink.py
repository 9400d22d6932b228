"""Delta debugging: the shortest sequence that still shows the same
unexplained difference on its last line, then the fewest words on each of
its lines; and the replay script that prints it."""

import time

import runner


def _still_fails(build, rows, lines, signature):
    o = runner.run_sequence(build, rows, lines)
    return (o.failure is not None and o.failure[0] == len(lines) - 1
            and o.failure[1].signature() == signature), o


def shrink(build, rows, lines, k, signature, budget):
    """lines[:k+1] fails at line k with `signature`; returns the smallest
    failing sequence found within `budget` seconds, and its Outcome."""
    end = time.monotonic() + budget
    head, last = lines[:k], lines[k]
    best = None

    def test(candidate_head, candidate_last):
        nonlocal best
        if time.monotonic() > end:
            return False
        ok, o = _still_fails(build, rows, candidate_head + [candidate_last], signature)
        if ok:
            best = o
        return ok

    # Most findings need no earlier line; then ddmin over the earlier lines.
    if head and test([], last):
        head = []
    n = 2
    while head:
        chunk = max(1, len(head) // n)
        for start in range(0, len(head), chunk):
            complement = head[:start] + head[start + chunk:]
            if test(complement, last):
                head = complement
                n = max(n - 1, 2)
                break
        else:
            if chunk == 1 or time.monotonic() > end:
                break
            n = min(len(head), n * 2)

    # Fewer words: drop one word, or a keyword and its value, at a time.
    seq = head + [last]
    for i in range(len(seq)):
        words = seq[i].split()
        j = 1
        while j < len(words):
            for width in (2, 1):
                cand = words[:j] + words[j + width:]
                if len(cand) < 2 or j + width > len(words):
                    continue
                trial = seq[:i] + [" ".join(cand)] + seq[i + 1:]
                if test(trial[:-1], trial[-1]):
                    words, seq = cand, trial
                    break
            else:
                j += 1
    if best is None:  # nothing smaller failed: run the original once more for its report
        _, best = _still_fails(build, rows, seq, signature)
    return seq, best


def replay_script(seq, outcome, origin):
    """A shell script that replays `seq` in fresh twins (never on the host)."""
    out = ["#!/bin/sh", f"# {origin}"]
    if outcome is not None and outcome.failure is not None:
        out += ["#" + x[1:] if x.startswith(" ") else "# " + x
                for x in outcome.failure[1].report(indent=" ")]
    out += ['exec tests/diff/run "${1:-build}" --replay - <<\'LINES\'', *seq, "LINES"]
    return "\n".join(out)
