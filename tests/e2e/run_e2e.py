"""End-to-end tests: the whole stack (nginx, portal, reference CRM, MariaDB)
driven through nginx with HTTP requests, as a browser would.

Run by `./portalctl test`, which starts the stack and sets PORTAL_URL, CRM_URL,
PORTALCTL and PORTAL_STACK."""

import os
import sys
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import test_login  # noqa: E402
import test_cases  # noqa: E402
import test_errors  # noqa: E402
import test_language  # noqa: E402
import test_reload  # noqa: E402
import test_kb  # noqa: E402
import test_admin_commands  # noqa: E402

MODULES = [test_login, test_cases, test_kb, test_errors, test_language, test_reload, test_admin_commands]


def main():
    passed = failed = 0
    for module in MODULES:
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
