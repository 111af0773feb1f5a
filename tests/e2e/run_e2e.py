"""End-to-end tests: the whole stack (nginx, portal, reference CRM, MariaDB)
driven through nginx with HTTP requests, as a browser would.

Run by `./portalctl test`, which starts the stack and sets PORTAL_URL, CRM_URL,
PORTALCTL and PORTAL_STACK."""

import os
import sys
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import glob  # noqa: E402
import importlib  # noqa: E402

# Every tests/e2e/test_*.py, in a fixed order: the login tests first (they
# show the stack answers at all), the reload and admin tests last (they
# change the stack's configuration while they run).
LAST = ["test_reload", "test_admin_commands"]


def test_modules():
    here = os.path.dirname(os.path.abspath(__file__))
    names = sorted(os.path.basename(p)[:-3] for p in glob.glob(os.path.join(here, "test_*.py")))
    names.sort(key=lambda n: (n != "test_login", n in LAST, LAST.index(n) if n in LAST else 0))
    return [importlib.import_module(n) for n in names]


def main():
    passed = failed = 0
    for module in test_modules():
        for name in sorted(n for n in dir(module) if n.startswith("test_")):
            try:
                getattr(module, name)()
                passed += 1
                print("ok      %s.%s" % (module.__name__, name))
            except Exception:  # a failed assertion or a broken page: report and go on
                failed += 1
                print("FAILED  %s.%s" % (module.__name__, name))
                traceback.print_exc(limit=3)
    print("e2e: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
