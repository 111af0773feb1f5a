"""Changing a portal setting of the reference CRM for some cases through its
admin command line (`reference-crm admin`), and putting it back afterwards
whatever happens: the same CRM serves the other tests."""

import contextlib
import os
import subprocess


def admin(*words):
    binary = os.environ.get("REFCRM_BINARY")
    if not binary:
        raise RuntimeError("set REFCRM_BINARY to the reference-crm program and REFCRM_DB_* to its database "
                           "(./portalctl test does)")
    done = subprocess.run([binary, "admin", *words], capture_output=True, text=True, timeout=60)
    if done.returncode != 0:
        raise RuntimeError("reference-crm admin %s: %s" % (" ".join(words), done.stderr.strip()))
    return done.stdout


def scope_of(module):
    """The module's record scope as `admin scope MODULE` prints it: mine, all or subsidiaries."""
    for line in admin("scope", module).splitlines()[1:]:
        name, _, scope = line.partition(" ")
        if name == module:
            return scope.strip()
    raise RuntimeError("reference-crm admin scope %s did not name the module" % module)


@contextlib.contextmanager
def scope(module, wanted):
    before = scope_of(module)
    admin("scope", module, wanted)
    try:
        yield
    finally:
        admin("scope", module, before)
