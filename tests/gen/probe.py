"""Reads several things inside a sandbox in one exec: each section is a
shell command whose stdout, stderr and exit status come back separately."""
import json
import secrets


class Section:
    def __init__(self, rc, out, err):
        self.rc, self.out, self.err = rc, out, err

    def json(self, default=None):
        try:
            return json.loads(self.out)
        except ValueError:
            return default


def probe(sandbox, sections):
    """sections: {name: shell command}; returns {name: Section}."""
    mark = "@@" + secrets.token_hex(8)
    lines = ['d=$(mktemp -d)']
    for name, cmd in sections.items():
        lines.append('(%s) >"$d/o" 2>"$d/e"; rc=$?' % cmd)
        lines.append('echo "%s %s $rc"; cat "$d/o"; echo "%s"; cat "$d/e"' % (mark, name, mark))
    lines.append('rm -rf "$d"')
    r = sandbox.sh("\n".join(lines))
    out = {}
    parts = r.out.split(mark + " ")[1:]
    for part in parts:
        head, _, rest = part.partition("\n")
        name, rc = head.rsplit(" ", 1)
        o, _, e = rest.partition(mark + "\n")
        out[name] = Section(int(rc), o, e)
    missing = set(sections) - set(out)
    if missing:
        raise RuntimeError("probe lost sections %s: %s" % (sorted(missing), r.err))
    return out
