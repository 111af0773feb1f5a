"""The folders say what they hold, and this keeps them so (run by ctest):

- a third-party library's headers are included only in the folder whose
  build target links it (PRIVATE), so a use elsewhere cannot creep in;
- a layer includes only itself and the layers below it: base, web,
  crm-connector, then within portal/ config, session, views, forms,
  services, pages, handlers and the program around them.

Prints every crossing and exits 1 when there is one."""

import os
import re
import sys

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# Library header prefix -> the folders (or files) that may include it.
LIBRARIES = {
    "ctemplate/": ["portal/views/"],
    "openssl/": ["portal/session/"],
    "cppconn/": ["portal/session/mariadb_session_store.cpp", "reference-crm/storage/database.cpp"],
    "mysql": ["portal/session/mariadb_session_store.cpp", "reference-crm/storage/database.cpp"],
    "cairo": ["portal/pdf/"],
    "pango": ["portal/pdf/"],
    "curl/": ["crm-connector/"],
    "nlohmann/": ["crm-connector/"],
    "fcgi": ["web/"],
    "cgicc/": ["web/"],
}

# Layers from the bottom; a file's layer is the first whose prefix it has.
LAYERS = [
    ("base", ["base/"]),
    ("web", ["web/"]),
    ("crm-connector", ["crm-connector/"]),
    ("config", ["portal/config."]),
    ("session", ["portal/session/"]),
    ("views", ["portal/views/"]),
    ("pdf", ["portal/pdf/"]),
    ("forms", ["portal/forms/"]),
    ("context", ["portal/context.h"]),
    ("services", ["portal/services/"]),
    ("pages", ["portal/pages/"]),
    ("request", ["portal/request.h"]),
    ("handlers", ["portal/handlers/", "portal/routes."]),
    ("program", ["portal/"]),
    ("reference-crm", ["reference-crm/"]),
]
# What each layer may include besides itself.
ALLOWED = {
    "base": [],
    "web": ["base"],
    "crm-connector": ["base"],
    "config": ["base"],
    "session": ["base", "crm-connector"],
    "views": ["base"],
    "pdf": ["base"],
    "forms": ["base", "web", "crm-connector", "views"],
    "context": ["base", "crm-connector", "config", "session", "views"],
    "services": ["base", "web", "crm-connector", "config", "session", "views", "forms", "context"],
    "pages": ["base", "web", "crm-connector", "config", "session", "views", "forms", "context", "services"],
    "request": ["base", "web", "crm-connector", "session", "views"],
    "handlers": ["base", "web", "crm-connector", "config", "session", "views", "pdf", "forms", "context",
                 "services", "pages", "request"],
    "program": [name for name, _ in LAYERS if name != "reference-crm"],
    "reference-crm": ["base", "web"],
}


def layer_of(path):
    for name, prefixes in LAYERS:
        if any(path.startswith(prefix) for prefix in prefixes):
            return name
    return None


def sources():
    for top in ["base", "web", "crm-connector", "portal", "reference-crm"]:
        for folder, _, files in os.walk(os.path.join(REPO, top)):
            for name in files:
                if name.endswith((".cpp", ".h")):
                    yield os.path.relpath(os.path.join(folder, name), REPO)


def main():
    problems = []
    for path in sources():
        with open(os.path.join(REPO, path), encoding="utf-8") as source:
            text = source.read()
        test = path.endswith("_test.cpp")
        for library in re.findall(r'#include <([^>]+)>', text):
            for prefix, places in LIBRARIES.items():
                if library.startswith(prefix) and not any(path.startswith(place) for place in places):
                    # Tests may look at what they test with its own library.
                    if not (test and any(os.path.dirname(path) + "/" == place for place in places)):
                        problems.append("%s includes <%s>: only %s may" % (path, library, ", ".join(places)))
        mine = layer_of(path)
        for header in re.findall(r'#include "([^"]+)"', text):
            theirs = layer_of(header)
            if theirs is None or theirs == mine or test:
                continue
            if theirs not in ALLOWED[mine]:
                problems.append("%s (%s) includes %s (%s)" % (path, mine, header, theirs))
    for problem in problems:
        print("layers:", problem)
    print("layers: %d crossing(s)" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
