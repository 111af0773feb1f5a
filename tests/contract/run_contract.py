"""Contract tests: every real Vtiger 8.3 capture replayed against the running
reference CRM, whose answer must have the same shape (envelope, keys, JSON
types, error codes) as Vtiger's. The capture's own data (Jane of Acme Corp)
is mapped onto the demo data: Jane → Mary Smith, Bob (same organisation) →
Peter Jones, Eve (member-of subsidiary) → Lena Berg, another organisation →
Tom Nolan. Where the reference CRM answers differently on purpose (it does not
copy Vtiger's faults), the case says so and checks our answer instead.

The cases of HelpDesk's "all" scope switch the CRM's setting with
`reference-crm admin scope` (REFCRM_BINARY, and REFCRM_DB_* for its
database) and put it back afterwards.

Run by `./portalctl test` with CRM_URL set."""

import base64
import http.client
import json
import os
import sys
import traceback
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import crm_settings  # noqa: E402
import stock_cases  # noqa: E402
from captures import Capture, compare  # noqa: E402
from cases import CASES  # noqa: E402

CRM_URL = os.environ.get("CRM_URL", "http://127.0.0.1:8081")
STOCK_CRM_URL = os.environ.get("STOCK_CRM_URL", "")
TARGET = {"url": CRM_URL}


def post(form, credentials=None, method="POST", files=None):
    """One raw call to the CRM under test; returns (status, body text)."""
    parsed = urllib.parse.urlsplit(TARGET["url"])
    connection = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=30)
    headers = {}
    if credentials is not None:
        headers["Authorization"] = "Basic " + base64.b64encode(("%s:%s" % credentials).encode()).decode()
    path = "/modules/CustomerPortal/api.php"
    body = None
    if method == "GET":
        path += "?" + urllib.parse.urlencode(form)
    elif files:
        boundary = "contract-boundary-7d1f"
        parts = []
        for name, value in form.items():
            parts.append('--%s\r\nContent-Disposition: form-data; name="%s"\r\n\r\n%s\r\n' % (boundary, name, value))
        for name, (file_name, content_type, data) in files.items():
            parts.append('--%s\r\nContent-Disposition: form-data; name="%s"; filename="%s"\r\nContent-Type: %s\r\n\r\n'
                         % (boundary, name, file_name, content_type) + data + "\r\n")
        body = ("".join(parts) + "--%s--\r\n" % boundary).encode()
        headers["Content-Type"] = "multipart/form-data; boundary=" + boundary
    else:
        body = urllib.parse.urlencode(form)
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    connection.request(method, path, body=body, headers=headers)
    response = connection.getresponse()
    text = response.read().decode("utf-8", errors="replace")
    connection.close()
    return response.status, text


def call(operation, who, **fields):
    form = dict(fields, _operation=operation, username=who[0], password=who[1])
    status, text = post(form, who)
    return json.loads(text)


def run_case(case, data, stock=False):
    capture = Capture(case.capture)
    form = {key: value for key, value in capture.form.items() if key not in ("username", "password")}
    for key, value in case.params(data).items():
        if value is None:
            form.pop(key, None)
        else:
            form[key] = value
    who = case.who(data) if callable(case.who) else case.who
    if who is not None and not case.no_credential_fields:
        form["username"], form["password"] = who
    method = "GET" if capture.request_line.startswith("GET") else "POST"
    files = case.files(data) if case.files else None
    status, text = post(form, who if case.basic_header else None, method, files)
    if stock:
        return stock_cases.stock_check(capture, status, text)
    try:
        ours = json.loads(text)
    except ValueError:
        return ["the answer is not JSON (HTTP %d): %r" % (status, text[:200])]
    problems = case.check(capture, status, ours)
    if not problems and case.also:
        problems = case.also(data, ours)
    return problems


def report(case, problems):
    if problems:
        print("FAILED  %s" % case.capture)
        for problem in problems[:12]:
            print("        " + problem)
    else:
        print("ok      %s" % case.capture)
    return not problems


def run_cases(cases, data, stock=False):
    """The number of cases that passed."""
    passed = 0
    for case in cases:
        try:
            problems = run_case(case, data, stock)
        except Exception:  # a broken case is a failure, reported like one
            problems = [traceback.format_exc(limit=3)]
        passed += report(case, problems)
    return passed


def run_with_scope(cases, data):
    """Cases that need another HelpDesk scope, with the CRM's setting switched around them."""
    passed = 0
    for wanted in sorted({case.helpdesk_scope for case in cases}):
        group = [case for case in cases if case.helpdesk_scope == wanted]
        try:
            with crm_settings.scope("HelpDesk", wanted):
                passed += run_cases(group, data)
        except RuntimeError as error:  # the setting could not be changed or put back
            print("FAILED  HelpDesk scope %s: %s" % (wanted, error))
            return passed
    return passed


def main():
    from demo_data import DemoData
    data = DemoData(call)
    plain = [case for case in CASES if not case.helpdesk_scope]
    scoped = [case for case in CASES if case.helpdesk_scope]
    passed = run_cases(plain, data) + run_with_scope(scoped, data)
    failed = len(CASES) - passed
    print("contract: %d passed, %d failed" % (passed, failed))
    if not STOCK_CRM_URL:
        print("contract, stock-Vtiger mode: skipped, STOCK_CRM_URL is not set")
        return 1 if failed else 0
    print("The same captures against the reference CRM answering as a stock Vtiger 8.3 …")
    TARGET["url"] = STOCK_CRM_URL
    cases = stock_cases.stock_cases()
    stock_passed = run_cases(cases, DemoData(call), stock=True)
    stock_failed = len(cases) - stock_passed
    print("contract, stock-Vtiger mode: %d passed, %d failed" % (stock_passed, stock_failed))
    return 1 if failed or stock_failed else 0


if __name__ == "__main__":
    sys.exit(main())
