"""Runs sequences in twin pairs and classifies what differs.

A sequence passes when every difference is in the table of deliberate
differences; it stops at the first difference of the kernel state (the
twins have diverged, later lines would compare nothing useful) and fails
at the first unexplained one."""

import threading
import time

import differences
import grammar
import twins


class Outcome:
    def __init__(self, lines):
        self.lines = lines
        self.ran = 0            # lines run
        self.expected = []      # (line index, row) of deliberate differences and known bugs
        self.failure = None     # (line index, Difference) of the unexplained one
        self.error = None       # the tester could not run the sequence


def run_sequence(build, rows, lines, trace=None):
    """Runs lines in a fresh pair; trace(k, Difference) sees every line."""
    out = Outcome(lines)
    try:
        pair = twins.Pair(build)
    except RuntimeError as e:
        out.error = str(e)
        return out
    try:
        for k, line in enumerate(lines):
            words = line.split()
            display = grammar.is_display(words)
            results, before, after = pair.run(words, display)
            out.ran += 1
            d = differences.Difference(line, results, before, after)
            if trace:
                trace(k, d)
            if not d:
                continue
            row = differences.expected(rows, d)
            if row is None:
                out.failure = (k, d)
                break
            out.expected.append((k, row))
            if d.kernel:
                break
    except RuntimeError as e:
        out.error = str(e)
    finally:
        pair.close()
    return out


def run_many(build, rows, make, jobs, stop, progress=None):
    """Runs sequence make(i) for i = 0, 1, ... on `jobs` twin pairs until
    stop(sequences started, lines run) says so; outcomes by index.
    progress(outcomes) is called after each sequence."""
    outcomes, lock = {}, threading.Lock()
    state = {"next": 0, "ran": 0}

    def worker():
        while True:
            with lock:
                if stop(state["next"], state["ran"]):
                    return
                i = state["next"]
                state["next"] += 1
            o = run_sequence(build, rows, make(i))
            with lock:
                outcomes[i] = o
                state["ran"] += o.ran
                if progress:
                    progress(outcomes)

    threads = [threading.Thread(target=worker) for _ in range(jobs)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return outcomes


def deadline_stop(seconds=None, sequences=None, lines=None):
    """A stop() for run_many: whichever limit comes first."""
    end = time.monotonic() + seconds if seconds else None

    def stop(n, ran):
        return ((sequences is not None and n >= sequences)
                or (lines is not None and ran >= lines)
                or (end is not None and time.monotonic() >= end))
    return stop
