"""The README's table of deliberate differences from net-tools, and the
difference found on one line.

Each row of the table under "## Deliberate differences from net-tools"
has: a number, a Python regular expression (in backticks; `\\|` stands for
`|`) searched in the command line, the aspects that may differ (exit,
stdout, link, addr, route, neigh, proxy, sysctl), conditions that must all
hold (below), and the reason. A difference is expected when some row's
expression matches the line, every differing aspect is among the row's, and
its conditions hold."""

import re

import grammar
import snapshot

HEADING = "## Deliberate differences from net-tools"


def _without_broadcasts(items):
    return [{k: v for k, v in x.items() if k != "broadcast"} for x in items
            if x.get("type") != "broadcast"]


def _keeps_more(d, loose=False, side=1):
    """Twin `side` has everything the other has, and more (kept what the
    other lost); loose: broadcast addresses and broadcast routes aside.
    Sysctls are values, not sets: a row names them as an aspect of its own."""
    theirs_all, mine_all = d.after[1 - side], d.after[side]
    for a in d.kernel:
        if a == "sysctl":
            continue
        theirs, mine = theirs_all[a], mine_all[a]
        if loose:
            theirs, mine = _without_broadcasts(theirs), _without_broadcasts(mine)
        if any(x not in mine for x in theirs):
            return False
    return True


# Condition words of the "when" column, on a Difference d.
CONDITIONS = {
    "net-tools fails": lambda d: d.rc[0] != 0,
    "ours fails": lambda d: d.rc[1] != 0,
    "both fail": lambda d: d.rc[0] != 0 and d.rc[1] != 0,
    "both succeed": lambda d: d.rc[0] == 0 and d.rc[1] == 0,
    "ours unchanged": lambda d: not d.changed[1],
    "net-tools unchanged": lambda d: not d.changed[0],
    "ours keeps more": _keeps_more,
    "ours keeps more and its broadcasts": lambda d: _keeps_more(d, loose=True),
    "net-tools keeps more": lambda d: _keeps_more(d, side=0),
}
# ... and `ours says `REGEX`` / `net-tools says `REGEX``, searched in its
# stderr and stdout.
SAYS = re.compile(r"(ours|net-tools) says `(.*)`")
ALL_ASPECTS = ("exit", "stdout") + snapshot.ASPECTS


# A short list's counters move between the two runs of a display (neighbour
# discovery and MLD packets on the veths): both must print numbers there, not
# the same numbers.
_SHORT_LIST_COUNTERS = re.compile(r"^(\S+\s+\d+)((?:\s+\d+){4}|\s+- no statistics available -)"
                                  r"((?:\s+\d+){4})?(\s+\S*)$")


def _stable(out):
    lines = out.splitlines()
    if not lines or not lines[0].startswith("Iface "):
        return out
    return "\n".join([lines[0]] + [_SHORT_LIST_COUNTERS.sub(
        lambda m: m.group(1) + re.sub(r"\s+\d+", " N", m.group(2) + (m.group(3) or ""))
        + m.group(4), x) for x in lines[1:]])


def _exit_class(rc):
    return "timeout" if rc == "timeout" else "ok" if rc == 0 else "fail"


class Difference:
    """How the twins differ after one line; falsy when they agree.
    results: net-tools', ours and, for displays, net-tools' in our twin."""

    def __init__(self, line, results, before, after):
        self.line = line
        self.results = results[:2]
        self.reference = results[2] if len(results) > 2 else None
        self.rc = [r["rc"] for r in self.results]
        self.changed = [bool(snapshot.differing(b, a)) for b, a in zip(before, after)]
        self.before, self.after = before, after
        self.aspects = []
        if _exit_class(self.rc[0]) != _exit_class(self.rc[1]):
            self.aspects.append("exit")
        if self.reference and _stable(self.reference["out"]) != _stable(results[1]["out"]):
            self.aspects.append("stdout")
        self.kernel = snapshot.differing(*after)
        self.aspects += self.kernel

    def __bool__(self):
        return bool(self.aspects)

    def signature(self):
        """What a shrunk line must still show to be the same finding: the
        aspects, the exit classes and the failing side's message."""
        words = set(self.line.split())
        said = []
        for r in self.results:
            first = (r["err"].strip().splitlines() or [""])[0] if r["rc"] != 0 else ""
            said.append(" ".join(re.sub(r"\d+", "N", w) for w in first.split()
                                 if w.strip("`'\":,.!") not in words))
        return (self.line.split()[0], tuple(self.aspects), tuple(map(_exit_class, self.rc)),
                tuple(said))

    def group(self):
        """Findings reported together: the signature and the line's keywords."""
        return self.signature() + (tuple(sorted(set(grammar.keywords(self.line.split())))),)

    def report(self, indent="  "):
        out = [f"{indent}$ {self.line}"]
        for name, r in zip(("net-tools", "ours"), self.results):
            err = r["err"].strip().replace("\n", " / ")
            out.append(f"{indent}{name}: exit {r['rc']}" + (f", stderr: {err}" if err else ""))
        if "stdout" in self.aspects:
            for name, r in (("net-tools", self.reference), ("ours", self.results[1])):
                out.append(f"{indent}{name} stdout:")
                out += [f"{indent}  | {x}" for x in r["out"].splitlines()[:12]]
        for a in self.kernel:
            out.append(f"{indent}{a} differs:")
            out += [indent + x for x in snapshot.describe(self.after[0], self.after[1], a)]
        return out


class Row:
    def __init__(self, number, pattern, aspects, when, reason):
        self.number = number
        self.regex = re.compile(pattern)
        self.aspects = aspects
        self.when = when
        self.reason = reason

    def matches(self, d):
        return (self.regex.search(d.line) is not None
                and set(d.aspects) <= set(self.aspects)
                and all(_holds(c, d) for c in self.when))


def _holds(cond, d):
    m = SAYS.fullmatch(cond)
    if m:
        r = d.results[1 if m.group(1) == "ours" else 0]
        return re.search(m.group(2), r["err"] + r["out"]) is not None
    return CONDITIONS[cond](d)


def _cells(line):
    cells = re.split(r"(?<!\\)\|", line.strip())[1:-1]
    return [c.strip().replace("\\|", "|") for c in cells]


def read_table(readme, heading=HEADING):
    """The rows of the table under `heading`; a malformed row is an error."""
    rows, inside = [], False
    with open(readme) as f:
        for line in f:
            if line.startswith("## "):
                inside = line.strip() == heading
                continue
            if not inside or not line.startswith("|"):
                continue
            cells = _cells(line)
            if len(cells) != 5 or not cells[0].lstrip("B").isdigit():
                continue  # header and separator rows
            number, pattern, aspects, when, reason = cells
            m = re.fullmatch(r"`(.*)`", pattern)
            aspects = [a.strip() for a in aspects.split(",") if a.strip()]
            when = [w.strip() for w in re.split(r",(?=(?:[^`]*`[^`]*`)*[^`]*$)", when)
                    if w.strip() not in ("", "-")]
            bad = [a for a in aspects if a not in ALL_ASPECTS] + \
                  [w for w in when if w not in CONDITIONS and not SAYS.fullmatch(w)]
            if not m or bad or not aspects:
                raise ValueError(f"{readme}: deliberate difference {number}: bad row ({bad})")
            rows.append(Row(number, m.group(1), aspects, when, reason))
    if not rows:
        raise ValueError(f"{readme}: no table under '{heading}'")
    return rows


def expected(rows, d):
    """The first row that explains difference d, or None."""
    return next((r for r in rows if r.matches(d)), None)
