"""Shrinking a failing sequence to a short one that still fails the same
way (delta debugging: drop chunks, then single steps, while it fails)."""
import time


def ddmin(items, fails, removable, deadline):
    """A sublist of items for which fails() still holds, as short as the
    time allows; items for which removable() is false are kept."""
    n = 2
    while time.monotonic() < deadline:
        free = [i for i, x in enumerate(items) if removable(x)]
        if not free:
            break
        n = min(n, len(free))
        size = -(-len(free) // n)
        for start in range(0, len(free), size):
            drop = set(free[start:start + size])
            candidate = [x for i, x in enumerate(items) if i not in drop]
            if time.monotonic() >= deadline:
                return items
            if fails(candidate):
                items = candidate
                n = max(n - 1, 2)
                break
        else:
            if n >= len(free):
                break
            n = min(len(free), 2 * n)
    return items


def shrink(seq, fails, deadline):
    """seq: {"setup": [...], "steps": [...], options} failing as fails(seq)
    says; steps marked "fixed" (the links themselves) stay; options that
    are true (a concurrent writer) are turned off if it still fails."""
    removable = lambda s: not s.get("fixed")
    for option in [k for k, v in seq.items() if v is True]:
        if time.monotonic() < deadline and fails(dict(seq, **{option: False})):
            seq = dict(seq, **{option: False})
    steps = ddmin(seq["steps"], lambda st: fails(dict(seq, steps=st)), removable, deadline)
    seq = dict(seq, steps=steps)
    setup = ddmin(seq["setup"], lambda su: fails(dict(seq, setup=su)), removable, deadline)
    seq = dict(seq, setup=setup)
    steps = ddmin(seq["steps"], lambda st: fails(dict(seq, steps=st)), removable, deadline)
    return dict(seq, steps=steps)
