"""Damaged stores, from the store as it is (inv_gen.CORRUPTIONS)."""
import json

# Valid JSON whose values are out of range: a store may drop the record
# instead of the whole file, so these need a warning, not a moved-aside file.
RANGE = {"prefixlen-99", "unit-max"}
# The record they add: an address and units no sequence uses.
BAD_ADDRESS = "10.250.0.77"
BAD_UNIT = 4000


def _with_record(doc, snap, record):
    doc = json.loads(json.dumps(doc)) if isinstance(doc, dict) and isinstance(doc.get("links"), list) else \
        {"version": 1, "links": [], "usesrc": []}
    if not doc["links"]:
        doc["links"].append({"index": snap.links["eth0"]["index"], "name": "eth0", "inet_unplumbed": False,
                             "flags4": 0, "flags6": 0, "physical6": None, "lifs": []})
    lifs = doc["links"][0].setdefault("lifs", [])
    # One bad record at a time: a second damage must not make a duplicate.
    lifs[:] = [r for r in lifs if not isinstance(r, dict) or r.get("address") != BAD_ADDRESS]
    lifs.append(record)
    return json.dumps(doc, indent=1) + "\n"


def content(how, cut, snap):
    """The damaged store text for step kind "corrupt"."""
    text = snap.store_text or ""
    down = {"family": "inet", "installed": False, "address": BAD_ADDRESS, "broadcast": None,
            "destination": None, "metric": 0, "up": False}
    if how == "truncate":
        return text[:int(len(text) * cut)] if len(text) > 1 else '{"version": 1, "li'
    if how == "empty":
        return ""
    if how == "garbage":
        return "\x00\x01not a store \u00ff\n"
    if how == "version-null":
        return '{"version": null, "links": []}\n'
    if how == "version-list":
        return '{"version": [1], "links": []}\n'
    if how == "index-string":
        return '{"version": 1, "links": [{"index": "2", "name": "eth0", "lifs": []}]}\n'
    if how == "links-object":
        return '{"version": 1, "links": {}}\n'
    if how == "prefixlen-99":
        return _with_record(snap.store, snap, dict(down, unit=BAD_UNIT, prefixlen=99))
    if how == "unit-max":
        return _with_record(snap.store, snap, dict(down, unit=4294967295, prefixlen=24))
    raise ValueError(how)


def unreadable(how, text):
    """Must the store be moved aside (it cannot be read at all)?"""
    if how in RANGE:
        return False
    try:
        json.loads(text)
    except ValueError:
        return True
    return how != "truncate"   # a cut that happens to leave valid JSON is no damage
