"""The invariants (issue 16) checked after every step of the invariant
tester. Each check returns [(kind, text)].

frame     what the command did not name is still there: every kernel
          address (prefix, broadcast, label, metric, flags such as
          deprecated) and every logical interface ifconfig shows (its unit,
          flags, metric, up or down, in the kernel or in the store).
          Kinds: lost, changed, renamed (same address, another unit), appeared.
labels    no IPv4 label twice on a link (dup-label), no unit twice in
          ifconfig's view (dup-unit).
store     the store agrees with the kernel: a logical interface stored down
          is not in the kernel (store-kernel); an address the store gives a
          unit is shown with that unit (store-unit); a labelled address is
          shown with its label's unit (label-unit); no unit stored twice
          (store-dup); the store parses (store-unreadable).
whole     after an interrupted or failed command the state is exactly the
          state before it or exactly the state the twin reached running it
          to the end; exit 0 means the latter (half).
The footprint of a command (ifgen.py) lists what it may change:
  ["lif", link, family, unit]   that logical interface
  ["addr", link, family, addr]  the logical interface holding addr
  ["link", link, family]        every logical interface of the family there
  ["all", family]               every logical interface of the family
  ["new", link, family, addr]   a logical interface with addr may appear
  ["linkstate", link]           the link goes up or down: UP of its logical
                                interfaces follows, the kernel's IPv6
                                link-local comes and goes, IPv6 units the
                                store does not hold shift with it
  ["linkattr", link]            link attributes (MTU is not compared)
"""
import ipaddress
import json

import inv_writer
from inv_state import lif_attrs

# RUNNING is the carrier: the kernel's (a link's peer loses it when the link
# goes down). UP follows the link for every logical interface on it.
_CARRIER = "RUNNING"


def _name(link, unit):
    return link if int(unit) == 0 else "%s:%d" % (link, int(unit))


class Footprint:
    def __init__(self, selectors, snaps):
        self.lifs = set()      # lif keys it may change
        self.addrs = set()     # (link, family, address) it may change or add
        self.families = set()  # (link or None, family): everything there
        self.linkstate = set()
        for sel in selectors:
            kind = sel[0]
            if kind == "new":
                self.addrs.add(tuple(sel[1:]))
            elif kind == "linkstate":
                self.linkstate.add(sel[1])
            elif kind == "link":
                self.families.add((sel[1], sel[2]))
            elif kind == "all":
                self.families.add((None, sel[1]))
            for snap in snaps:
                for k, lif in snap.lifs.items():
                    if self._names(sel, lif):
                        self.lifs.add(k)
                        if lif["address"]:
                            self.addrs.add((lif["physical"], lif["family"], lif["address"]))

    @staticmethod
    def _names(sel, lif):
        kind = sel[0]
        if kind == "lif":
            return lif["physical"] == sel[1] and lif["family"] == sel[2] and lif["name"] == _name(sel[1], sel[3])
        if kind == "addr":
            return lif["physical"] == sel[1] and lif["family"] == sel[2] and lif["address"] == sel[3]
        return False

    def covers_lif(self, key, lif):
        fam = lif["family"]
        return key in self.lifs or (lif["physical"], fam) in self.families or (None, fam) in self.families or \
            (lif["address"] and (lif["physical"], fam, lif["address"]) in self.addrs)

    def covers_addr(self, key):
        link, fam, _ = key
        return key in self.addrs or (link, fam) in self.families or (None, fam) in self.families


def _link_local(addr):
    return addr and ":" in addr and ipaddress.ip_address(addr).is_link_local


def _comparable(lif, relax_link, relax_names, floating=False):
    """relax_names: the store was lost, so only what the kernel holds of
    the logical interface counts. floating: an IPv6 address the store
    gives no unit shows with the lowest free one, as an unlabelled IPv4
    address does: it moves as other such addresses come and go."""
    a = lif_attrs(lif)
    if floating:
        a.pop("name", None)
    a["flags"] = [f for f in a["flags"] if f != _CARRIER]
    if lif["physical"] in relax_link:
        a.pop("up")
        a["flags"] = [f for f in a["flags"] if f != "UP"]
        if lif["family"] == "inet6":
            # While the link is down its link-local is gone, and an IPv6
            # address the store has no unit for moves up into unit 0.
            a.pop("name", None)
    if relax_names:
        a.pop("name", None)
        a.pop("labelled")
    return a


def _describe(lif):
    return "%s %s %s" % (lif["name"], lif["family"], lif["address"] or "(no address)") + \
        ("" if lif["in_kernel"] else " (down, in the store)")


def _diff(a, b):
    return ", ".join("%s %s -> %s" % (k, json.dumps(a.get(k)), json.dumps(b.get(k)))
                     for k in sorted(set(a) | set(b)) if a.get(k) != b.get(k))


def frame(before, after, selectors, store_reset=False):
    """store_reset: the store was lost (corrupted): logical interfaces that
    lived only there may go, and units given by the store may change."""
    fp = Footprint(selectors, [before, after])
    found, reported = [], set()
    for key, a in before.kaddrs.items():
        if fp.covers_addr(key) or inv_writer.owned(key[2]):
            continue
        if key[0] in fp.linkstate and _link_local(key[2]):
            continue
        b = after.kaddrs.get(key)
        if b is None:
            found.append(("lost", "kernel address %s %s %s gone" % key))
            reported.add(key)
        elif a != b:
            found.append(("changed", "kernel address %s %s %s: %s" % (key + (_diff(a, b),))))
            reported.add(key)
    for key in after.kaddrs.keys() - before.kaddrs.keys():
        if not fp.covers_addr(key) and not inv_writer.owned(key[2]) and \
                not (key[0] in fp.linkstate and _link_local(key[2])):
            found.append(("appeared", "kernel address %s %s %s" % key))
            reported.add(key)
    if not (before.display_ok and after.display_ok):
        return found   # no view to compare (the display failure is reported)
    # A floating unit may be pinned where it moved by the command's store.
    stored6 = before.stored6()
    for key, lif in before.lifs.items():
        if fp.covers_lif(key, lif) or inv_writer.owned(lif["address"] or "") or key in reported:
            continue
        if lif["physical"] in fp.linkstate and _link_local(lif["address"]):
            continue
        if store_reset and not lif["in_kernel"]:
            continue
        now = after.lifs.get(key)
        if now is None and not lif["address"]:
            continue  # a physical shown without address: its address moved, see above
        if now is None:
            found.append(("lost", "ifconfig no longer shows " + _describe(lif)))
            continue
        floating = lif["family"] == "inet6" and (lif["physical"], lif["address"]) not in stored6
        a = _comparable(lif, fp.linkstate, store_reset, floating)
        b = _comparable(now, fp.linkstate, store_reset, floating)
        if a != b:
            only_name = {k for k in set(a) | set(b) if a.get(k) != b.get(k)} == {"name"}
            found.append(("renamed" if only_name else "changed", "%s: %s" % (_describe(lif), _diff(a, b))))
    for key in after.lifs.keys() - before.lifs.keys():
        lif = after.lifs[key]
        if fp.covers_lif(key, lif) or inv_writer.owned(lif["address"] or "") or key in reported:
            continue
        if lif["physical"] in fp.linkstate and _link_local(lif["address"]):
            continue
        if not lif["address"]:
            continue  # a physical left without address: where it went is reported
        found.append(("appeared", "ifconfig shows " + _describe(lif)))
    return found


def labels(snap):
    found = []
    for link, labs in snap.labels.items():
        seen = set()
        for lab in labs:
            if lab and ":" in lab and lab in seen:
                found.append(("dup-label", "label %s twice on %s" % (lab, link)))
            seen.add(lab)
    units = {}
    for lif in snap.lifs.values():
        k = (lif["physical"], lif["family"], lif["name"])
        units[k] = units.get(k, 0) + 1
    for (link, fam, name), n in units.items():
        if n > 1:
            found.append(("dup-unit", "ifconfig shows %s %s %d times" % (name, fam, n)))
    return found


def store(snap):
    if not snap.display_ok:
        return []
    found = []
    if snap.store_text is not None and snap.store is None:
        return [("store-unreadable", "the store after ifconfig -a: %r" % snap.store_text[:120])]
    doc = snap.store if isinstance(snap.store, dict) else {}
    shown = {(lif["physical"], lif["family"], lif["address"]): lif for lif in snap.lifs.values()
             if lif["in_kernel"] and lif["address"]}
    for l in doc.get("links", []):
        name, seen = l.get("name"), set()
        for r in l.get("lifs", []):
            fam, unit, addr = r.get("family"), r.get("unit"), r.get("address")
            if (fam, unit) in seen:
                found.append(("store-dup", "%s %s unit %s stored twice" % (name, fam, unit)))
            seen.add((fam, unit))
            in_kernel = (name, fam, addr) in snap.kaddrs
            # The concurrent writer may add back an address ifconfig took down.
            if not r.get("installed") and addr and in_kernel and not inv_writer.owned(addr):
                found.append(("store-kernel", "%s %s stored down but the kernel has it" % (_name(name, unit), addr)))
            if r.get("installed") and addr and in_kernel:
                lif = shown.get((name, fam, addr))
                if lif is None or lif["name"] != _name(name, unit):
                    found.append(("store-unit", "%s stored as %s, shown as %s" % (
                        addr, _name(name, unit), lif["name"] if lif else "nothing")))
    for (link, fam, addr), a in snap.kaddrs.items():
        lab = a.get("label")
        if fam == "inet" and lab and ":" in lab:
            lif = shown.get((link, fam, addr))
            if lif is None or lif["name"] != lab:
                found.append(("label-unit", "%s labelled %s, shown as %s" % (addr, lab, lif["name"] if lif else "nothing")))
    return found


def whole(before, twin_after, after, exit_ok):
    """exit_ok: the command exited 0, so it must have done all of it."""
    fb, fa, f = before.facts(), twin_after.facts(), after.facts()
    if f == fa or (f == fb and not exit_ok):
        return []
    near = fa if exit_ok or len(f ^ fa) <= len(f ^ fb) else fb
    what = "the completed command (twin)" if near is fa else "the state before"
    lines = ["- " + x for x in sorted(near - f)] + ["+ " + x for x in sorted(f - near)]
    return [("half", "neither before nor after%s; against %s:\n      %s" % (
        " although it exited 0" if exit_ok and f == fb else "", what, "\n      ".join(lines[:12]) +
        ("\n      ... %d more" % (len(lines) - 12) if len(lines) > 12 else "")))]


def writer(snap, w, anomalies, selectors):
    """The writer's addresses are as it left them. A command that names a
    unit (eth0:N) may hit a writer's address that has no label of its own
    (unlabelled IPv4, IPv6): their units are the lowest free ones, so they
    float while the writer works; such an address is the command's from
    then on, whatever became of it."""
    floating = {sel[2] for sel in selectors if sel[0] == "lif" and sel[1] == w.link}
    labels = {a: label for a, (_, label) in inv_writer.pool(w.link).items()}

    def named(a):
        fam = "inet6" if ":" in a else "inet"
        return fam in floating and (fam == "inet6" or labels[a] is None)

    found = [("writer", text) for a, _, text in anomalies if a is None or not named(a)]
    for a in list(w.pool):
        fam = "inet6" if ":" in a else "inet"
        have = snap.kaddrs.get((w.link, fam, a))
        changed = have is not None and _changed(have, fam, labels[a], w.link)
        if (a in w.present) == (have is not None) and not changed:
            continue
        if named(a):
            w.forget(a)
        elif have is None:
            found.append(("writer", "%s (added by the writer) is gone" % a))
            w.believe(a, False)   # reported once
        elif a not in w.present:
            found.append(("writer", "%s (deleted by the writer) is back" % a))
            w.believe(a, True)
        else:
            found.append(("writer", "%s changed: prefix /%s label %s" % (a, have["prefixlen"], have["label"])))
    return found


def _changed(have, fam, label, link):
    want_label = (label or link) if fam == "inet" else None
    return have["prefixlen"] != (24 if fam == "inet" else 64) or have["label"] != want_label
