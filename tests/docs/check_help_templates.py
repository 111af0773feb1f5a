"""Help.txt's list of templates and what each receives (section 6) must say
what the templates hold: every template of the default theme is listed, every
variable and section a template uses is named in its entry, and every name an
entry gives is used by that template (or by form_fields.tpl where the
template includes {{>FORM_FIELDS}}). Run by ctest; prints each difference."""

import glob
import os
import re
import sys

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TEMPLATES = os.path.join(REPO, "themes", "default", "templates")
# Names every page gets from the portal, not from its handler: the words of
# the language file and the site's values (Help.txt says so after the list).
WORD = re.compile(r"^(LBL|ERR|MSG|FORMAT)_")
SITE = {"COMPANY_NAME", "LOGO_URL", "STATIC_URL", "LANGUAGE", "LANGUAGE_DIRECTION", "PAGE_TITLE", "PAGE_NAME",
        "FORM_TOKEN"}
NOT_NAMES = {"CSV", "SVG", "CRM", "HTML", "UTF", "TT12", "ISO"}


def used_names(text):
    return set(re.findall(r"\{\{[#/>^]?([A-Z][A-Z0-9_]*)", text))


def names_in(entry):
    return set(re.findall(r"\b([A-Z][A-Z0-9_]{2,}|URL|PDF)\b", entry)) - NOT_NAMES


def help_entries():
    with open(os.path.join(REPO, "Help.txt"), encoding="utf-8") as help_file:
        text = help_file.read()
    start = text.index("Templates of the default theme and what each receives:")
    end = text.index("What the CRM's customer-portal settings decide:")
    entries = {}
    current = None
    for line in text[start:end].splitlines()[1:]:
        match = re.match(r"^ {2,4}(?:([a-z_]+)\.tpl\b)?(.*)$", line)
        if not match:
            continue
        if match.group(1):
            current = match.group(1)
            entries.setdefault(current, "")
        if current:
            entries[current] += " " + match.group(2)
    return entries


def main():
    problems = []
    entries = help_entries()
    files = {os.path.basename(p)[:-4]: p for p in glob.glob(os.path.join(TEMPLATES, "*.tpl"))}
    with open(files["form_fields"], encoding="utf-8") as partial:
        form_names = used_names(partial.read())
    for name, path in sorted(files.items()):
        if name not in entries:
            problems.append("%s.tpl is not in Help.txt's list of templates" % name)
            continue
        with open(path, encoding="utf-8") as template:
            text = template.read()
        used = used_names(text)
        available = used | (form_names if "FORM_FIELDS" in used else set())
        named = names_in(entries[name])
        # "PAGER as in cases.tpl": the other entry's names count too.
        borrowed = set()
        for other in re.findall(r"as\s+in\s+([a-z_]+)\.tpl", entries[name]):
            borrowed |= names_in(entries.get(other, ""))
        for missing in sorted(used - named - borrowed - SITE):
            if not WORD.match(missing) and missing != "CONTENT":
                problems.append("%s.tpl uses %s, which Help.txt does not name" % (name, missing))
        for stale in sorted(named - available - SITE):
            if not WORD.match(stale):
                problems.append("Help.txt names %s for %s.tpl, which does not use it" % (stale, name))
    for name in sorted(set(entries) - set(files)):
        problems.append("Help.txt lists %s.tpl, which does not exist" % name)
    for problem in problems:
        print("help:", problem)
    print("help: %d difference(s)" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
