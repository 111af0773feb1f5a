"""Reading the real Vtiger 8.3 captures (crm-connector/testdata/captures/) and
comparing the shape of two JSON answers."""

import json
import os
import urllib.parse

CAPTURES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "crm-connector", "testdata",
                        "captures")


class Capture:
    def __init__(self, name):
        with open(os.path.join(CAPTURES, name + ".txt"), "rb") as file:
            raw = file.read().decode("utf-8")
        request, _, response = raw.partition("### ---- RAW RESPONSE")
        request = request.split("### ---- RAW REQUEST", 1)[1].split("\n", 1)[1]
        response = response.split("\n", 1)[1].split("### ---- END ----", 1)[0]
        self.name = name
        head, _, body = request.partition("\r\n\r\n")
        self.request_line = head.split("\r\n", 1)[0]
        self.form = dict(urllib.parse.parse_qsl(body.strip(), keep_blank_values=True)) \
            if "x-www-form-urlencoded" in head else {}
        status_head, _, response_body = response.partition("\r\n\r\n")
        self.status = int(status_head.split(" ", 2)[1])
        self.body = response_body.strip()
        self.answer = json.loads(self.body) if self.body.startswith("{") else None


def json_type(value):
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "list"
    return "object"


def is_ws_id(value):
    if not isinstance(value, str) or "x" not in value:
        return False
    prefix, _, number = value.partition("x")
    return prefix.isdigit() and number.isdigit()


def is_record(value):
    """A CRM record: its field set is the portal settings' business, not the protocol's."""
    return isinstance(value, dict) and is_ws_id(value.get("id"))


def elements(container):
    """The items of a list, or of an object keyed "0", "1", … (PHP arrays)."""
    if isinstance(container, list):
        return container
    return [value for key, value in container.items() if key.isdigit()]


# Objects keyed by module name: which modules there are is the CRM's settings.
MAPS = ("modules.information",)


def is_php_array(value):
    """A list, or an object keyed "0", "1", … (PHP sends an array with holes as an object)."""
    return isinstance(value, list) or isinstance(value, dict) and bool(value) and all(k.isdigit() for k in value)


def compare(vtiger, ours, path="result"):
    """Differences between the shape of Vtiger's answer and ours, as readable lines."""
    problems = []
    if path.endswith(MAPS) and isinstance(vtiger, dict) and isinstance(ours, dict):
        sample = next(iter(vtiger.values()), None)
        for key, value in ours.items():
            problems += compare(sample, value, "%s.%s" % (path, key))
        return problems
    if is_php_array(vtiger) and is_php_array(ours) and json_type(vtiger) != json_type(ours):
        return compare(elements(vtiger), elements(ours), path)
    if is_record(vtiger):
        if not isinstance(ours, dict) or not is_ws_id(ours.get("id")):
            return ["%s: a record with an id was expected, got %s" % (path, json.dumps(ours)[:120])]
        for key, value in ours.items():
            if json_type(value) not in ("string", "null", "object", "list"):
                problems.append("%s.%s: field values are strings, got %s" % (path, key, json_type(value)))
        return problems
    if vtiger is None or ours is None:
        return problems  # Vtiger sends null for many empty values
    if json_type(vtiger) != json_type(ours):
        # PHP sends an empty array as [] where it sends a filled one as an object.
        empty_php_array = vtiger in ([], {}) or ours in ([], {})
        if not empty_php_array:
            problems.append("%s: Vtiger sends %s, we send %s" % (path, json_type(vtiger), json_type(ours)))
        return problems
    if isinstance(vtiger, dict) and not any(k.isdigit() for k in vtiger):
        for key in vtiger:
            if key not in ours:
                problems.append("%s: key %r is missing" % (path, key))
            else:
                problems += compare(vtiger[key], ours[key], "%s.%s" % (path, key))
        return problems
    if isinstance(vtiger, (list, dict)):
        theirs, mine = elements(vtiger), elements(ours)
        if isinstance(vtiger, dict):
            for key in vtiger:
                if not key.isdigit() and key not in ours:
                    problems.append("%s: key %r is missing" % (path, key))
        if theirs and mine:
            shared = set.intersection(*(set(t) for t in theirs)) if all(isinstance(t, dict) for t in theirs) else None
            for index, item in enumerate(mine):
                if shared is not None and isinstance(item, dict) and not is_record(theirs[0]):
                    missing = shared - set(item)
                    if missing:
                        problems.append("%s[%d]: keys %s are missing" % (path, index, sorted(missing)))
                    # Described fields pair up by name: a picklist's type differs from a string's.
                    twin = next((t for t in theirs if "name" in t and t.get("name") == item.get("name")), None)
                    for key in shared & set(item):
                        if twin is not None or json_type(theirs[0][key]) != "object":
                            sample = (twin or theirs[0])[key]
                            problems += compare(sample, item[key], "%s[%d].%s" % (path, index, key))
                else:
                    problems += compare(theirs[0], item, "%s[%d]" % (path, index))
    return problems
