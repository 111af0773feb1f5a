"""The case list's search, open/closed filter and CSV export, and the new-case
form with its attachments, checked against what the CRM itself holds."""

import base64
import csv
import html
import http.client
import io
import re
import urllib.parse
import uuid

from http_client import Browser, Response, crm_call
from stack import CRM_URL, MARY, PETER, PORTAL_URL, TOM, portalctl

MB = 1024 * 1024


def post_multipart(browser, path, fields, files=()):
    """A form with files, as a browser sends it (multipart/form-data)."""
    boundary = "----portal-test-" + uuid.uuid4().hex
    body = b""
    for name, value in fields:
        body += ("--%s\r\nContent-Disposition: form-data; name=\"%s\"\r\n\r\n" % (boundary, name)).encode()
        body += value.encode("utf-8") + b"\r\n"
    for name, filename, content_type, data in files:
        body += ("--%s\r\nContent-Disposition: form-data; name=\"%s\"; filename=\"%s\"\r\n"
                 "Content-Type: %s\r\n\r\n" % (boundary, name, filename, content_type)).encode()
        body += data + b"\r\n"
    body += ("--%s--\r\n" % boundary).encode()
    connection = http.client.HTTPConnection(browser.host, browser.port, timeout=60)
    headers = {"Content-Type": "multipart/form-data; boundary=" + boundary,
               "Cookie": "; ".join("%s=%s" % item for item in browser.cookies.items())}
    connection.request("POST", path, body=body, headers=headers)
    raw = connection.getresponse()
    response = Response(raw.status, [(k.lower(), v) for k, v in raw.getheaders()], raw.read())
    connection.close()
    return response


# The cases and documents these tests create belong to Contoso's contact, so
# that Northwind's lists, which the other tests read, stay as the demo made them.
def logged_in(who=TOM):
    browser = Browser(PORTAL_URL)
    browser.log_in(*who)
    return browser


def token_of(browser):
    return browser.get("/cases/new").hidden_input("csrf_token")


def crm_cases(who, **filters):
    answer = crm_call(CRM_URL, "ExportRecords", who[0], who[1], module="HelpDesk", moduleLabel="HelpDesk", **filters)
    assert answer["success"], answer
    return answer["result"]


def case_titled(who, title):
    found = [case for case in crm_cases(who) if html.unescape(case["ticket_title"]) == title]
    return found[0] if found else None


def create_case(browser, title, description="", priority="Normal", files=()):
    fields = [("csrf_token", token_of(browser)), ("ticket_title", title), ("ticketpriorities", priority),
              ("description", description)]
    return post_multipart(browser, "/cases", fields, files)


def unique(text):
    return "%s %s" % (text, uuid.uuid4().hex[:8])


def textarea_value(page, name):
    match = re.search(r'<textarea[^>]*name="%s"[^>]*>([^<]*)</textarea>' % name, page.text)
    return html.unescape(match.group(1)) if match else None


def input_value(page, name):
    # The last one: the page's own field, after the header's site search box.
    matches = re.findall(r'<input[^>]*name="%s" value="([^"]*)"' % name, page.text)
    return html.unescape(matches[-1]) if matches else None


def test_the_new_case_form_offers_what_the_crm_allows():
    browser = logged_in()
    assert 'href="/cases/new"' in browser.get("/cases").text
    page = browser.get("/cases/new")
    assert page.status == 200, page.status
    assert 'enctype="multipart/form-data"' in page.text
    assert re.search(r'<input type="text" id="field-ticket_title" name="ticket_title"[^>]*required', page.text)
    assert re.search(r'<select id="field-ticketpriorities" name="ticketpriorities" required', page.text)
    assert '<option value="High">' in page.text
    assert 'name="product_id"' in page.text and "Router X200" in page.text
    assert '<textarea id="field-description" name="description"' in page.text
    # Read-only for customers in the CRM's portal settings: not offered.
    for field in ("ticket_no", "ticketstatus", "assigned_user_id", "solution"):
        assert 'name="%s"' % field not in page.text, field
    assert '<input type="file" id="attachments" name="attachments" multiple' in page.text
    assert "up to 5 MB together" in page.text


def test_a_case_with_attachments_is_created_and_shown_with_a_confirmation():
    browser = logged_in()
    title = unique("Scanner beeps at start")
    notes = b"Log of the scanner:\nE42 at 09:14\n"
    picture = bytes(range(256)) * 40
    page = create_case(browser, title, "It beeps three times.\nThen it stops.", "High",
                       [("attachments", "scanner-log.txt", "text/plain", notes),
                        ("attachments", "C:\\Users\\peter\\photo.png", "image/png", picture)])
    assert page.status == 303, (page.status, page.text[:2000])
    case_url = page.header("location")
    assert re.fullmatch(r"/cases/\d+x\d+", case_url), case_url
    case_id = case_url.rsplit("/", 1)[1]
    case = crm_call(CRM_URL, "FetchRecord", TOM[0], TOM[1], module="HelpDesk", recordId=case_id)["result"]["record"]
    assert html.unescape(case["ticket_title"]) == title
    assert case["ticketpriorities"] == "High"
    assert case["description"] == "It beeps three times.\nThen it stops."
    shown = browser.get(case_url)
    assert shown.status == 200
    assert "Case %s was created." % case["ticket_no"] in shown.text
    assert html.escape(title, quote=False) in shown.text
    assert "was created" not in browser.get(case_url).text  # said once
    documents = crm_call(CRM_URL, "FetchRelatedRecords", TOM[0], TOM[1], module="HelpDesk", recordId=case_id,
                         relatedModule="Documents", relatedModuleLabel="Documents")["result"]
    by_name = {document["filename"]: document for document in documents}
    assert sorted(by_name) == ["photo.png", "scanner-log.txt"], by_name
    for name, content in (("scanner-log.txt", notes), ("photo.png", picture)):
        file = crm_call(CRM_URL, "DownloadFile", TOM[0], TOM[1], module="Documents",
                        recordId=by_name[name]["id"], parentId=case_id)["result"]
        assert base64.b64decode(file["filecontents"]) == content, name


def test_a_missing_title_shows_the_form_again_with_everything_typed():
    browser = logged_in()
    description = "Printer <b>jams</b> on page 2 & \"sometimes\" on page 3"
    before = len(crm_cases(TOM))
    page = create_case(browser, "   ", description, "Urgent")
    assert page.status == 422, page.status
    assert "Please correct the marked fields and save again." in page.text
    assert re.search(r'<p class="field-error" id="field-ticket_title-error">Please fill in this field.</p>', page.text)
    assert 'aria-invalid="true" aria-describedby="field-ticket_title-error"' in page.text
    assert textarea_value(page, "description") == description
    assert '<option value="Urgent" selected>' in page.text
    assert len(crm_cases(TOM)) == before


def test_a_value_not_offered_is_refused_and_the_rest_is_kept():
    browser = logged_in()
    title = unique("Odd priority")
    page = create_case(browser, title, "text", "Whenever")
    assert page.status == 422
    assert "Please choose one of the offered values." in page.text
    assert input_value(page, "ticket_title") == title
    assert case_titled(TOM, title) is None


def test_when_the_crm_is_away_the_form_comes_back_with_the_input():
    browser = logged_in()
    token = token_of(browser)
    title = unique("Written while the CRM sleeps")
    portalctl("crm-down")
    try:
        page = post_multipart(browser, "/cases", [("csrf_token", token), ("ticket_title", title),
                                                  ("ticketpriorities", "Low"), ("description", "Keep me")])
        assert page.status == 503, page.status
        assert "The service is unreachable at the moment, so nothing was saved." in page.text
        assert input_value(page, "ticket_title") == title
        assert textarea_value(page, "description") == "Keep me"
        assert '<option value="Low" selected>' in page.text
    finally:
        portalctl("crm-up")
    assert case_titled(TOM, title) is None


def test_attachments_over_the_limit_are_refused_and_the_input_kept():
    browser = logged_in()
    title = unique("Big logs")
    page = create_case(browser, title, "See the logs", "Low",
                       [("attachments", "one.log", "text/plain", b"x" * (3 * MB)),
                        ("attachments", "two.log", "text/plain", b"y" * (3 * MB))])
    assert page.status == 422, page.status
    assert "The files are 6 MB together, more than the 5 MB allowed." in page.text
    assert "please choose your attachments again" in page.text
    assert input_value(page, "ticket_title") == title
    assert textarea_value(page, "description") == "See the logs"
    assert case_titled(TOM, title) is None


def test_a_body_past_the_servers_limit_gets_a_clear_message():
    browser = logged_in()
    title = unique("Huge upload")
    page = create_case(browser, title, "", "Low", [("attachments", "huge.bin", "application/octet-stream",
                                                     b"z" * (12 * MB))])
    assert page.status == 413, page.status
    assert "The form was too large to be received" in page.text
    assert "at most 5 MB together" in page.text
    assert case_titled(TOM, title) is None


def test_a_post_without_the_csrf_token_is_refused():
    browser = logged_in()
    title = unique("Forged case")
    for token in (None, "not-the-token"):
        fields = [("ticket_title", title), ("ticketpriorities", "Low")]
        if token:
            fields.append(("csrf_token", token))
        page = post_multipart(browser, "/cases", fields)
        assert page.status == 400, page.status
        assert "The form had expired" in page.text
    form = browser.post("/cases", {"ticket_title": title, "ticketpriorities": "Low"})
    assert form.status == 400
    assert case_titled(TOM, title) is None
    assert Browser(PORTAL_URL).get("/cases/new").status == 303  # no login, no form


def csv_of(page):
    assert page.body.startswith(b"\xef\xbb\xbf"), page.body[:10]
    return list(csv.reader(io.StringIO(page.body[3:].decode("utf-8"), newline="")))


def column_labels(page):
    return [html.unescape(label) for label in re.findall(r'<th scope="col"[^>]*><a href="[^"]*">([^<]*)<', page.text)]


def test_the_csv_export_is_safe_for_spreadsheets_and_quoted_as_rfc_4180_says():
    browser = logged_in()
    marker = uuid.uuid4().hex[:8]
    formula = '=HYPERLINK("x") ' + marker
    tricky = 'a, "b"\nc ' + marker
    assert create_case(browser, formula, "csv check", "Low").status == 303
    # A title with a line break cannot be typed into the portal's one-line
    # field; a case made in the CRM may have one.
    import json
    made = crm_call(CRM_URL, "SaveRecord", TOM[0], TOM[1], module="HelpDesk", values=json.dumps(
        {"ticket_title": tricky, "ticketpriorities": "Low", "ticketstatus": "Open", "description": "csv check"}))
    assert made["success"], made
    page = browser.get("/cases/export.csv?q=" + marker)
    assert page.status == 200, page.status
    assert page.header("content-type") == "text/csv; charset=utf-8"
    assert re.fullmatch(r'attachment; filename="cases-\d{4}-\d{2}-\d{2}\.csv"', page.header("content-disposition"))
    assert b"\r\n" in page.body
    rows = csv_of(page)
    assert rows[0] == column_labels(browser.get("/cases"))
    titles = sorted(row[1] for row in rows[1:])
    assert titles == sorted(["'" + formula, tricky]), titles
    assert ('"\'=HYPERLINK(""x"") %s"' % marker).encode() in page.body
    assert ('"a, ""b""\nc %s"' % marker).encode() in page.body
    for row in rows[1:]:
        assert row[2] == "Open" and row[3] == "Low"


def test_the_csv_export_has_the_lists_scope_filters_and_language():
    browser = logged_in(MARY)
    everything = csv_of(browser.get("/cases/export.csv"))
    mine = crm_cases(MARY)
    assert sorted(row[0] for row in everything[1:]) == sorted(case["ticket_no"] for case in mine)
    closed = csv_of(browser.get("/cases/export.csv?state=closed"))
    assert sorted(row[0] for row in closed[1:]) == sorted(
        case["ticket_no"] for case in mine if case["ticketstatus"] == "Closed")
    browser.get("/language?set=de_de&next=/cases")
    german = csv_of(browser.get("/cases/export.csv"))
    assert german[0] == column_labels(browser.get("/cases"))
    assert len(german) == len(everything)
    for case in crm_cases(PETER):
        assert case["ticket_no"] not in [row[0] for row in everything[1:]]


def numbers_on(page):
    return re.findall(r'<td class="case-number"[^>]*>([^<]*)<', page.text)


def test_search_finds_cases_by_number_title_and_text():
    browser = logged_in()
    word = uuid.uuid4().hex[:10]
    assert create_case(browser, "Label printer " + word.upper(), "Nothing special", "Low").status == 303
    assert create_case(browser, "Plain title", "The fault code is " + word, "Low").status == 303
    by_title_and_text = browser.get("/cases?size=100&q=" + word)
    expected = sorted(case["ticket_no"] for case in crm_cases(TOM)
                      if word in (case["ticket_title"] + " " + case["description"]).lower())
    assert len(expected) == 2
    assert sorted(numbers_on(by_title_and_text)) == expected
    assert "2 cases" in by_title_and_text.text
    number = expected[0]
    by_number = browser.get("/cases?size=100&q=" + urllib.parse.quote(number))
    assert number in numbers_on(by_number)
    assert all(number in found for found in numbers_on(by_number))
    nothing = browser.get("/cases?q=no-such-case-" + word)
    assert nothing.status == 200 and numbers_on(nothing) == []
    assert "No case matches these filters." in nothing.text


def test_open_and_closed_split_the_cases_as_a_customer_understands_them():
    browser = logged_in(MARY)
    mine = crm_cases(MARY)
    open_page = browser.get("/cases?size=100&state=open")
    closed_page = browser.get("/cases?size=100&state=closed")
    expected_closed = sorted(case["ticket_no"] for case in mine if case["ticketstatus"] == "Closed")
    expected_open = sorted(case["ticket_no"] for case in mine if case["ticketstatus"] != "Closed")
    assert expected_open and expected_closed
    assert sorted(numbers_on(open_page)) == expected_open
    assert sorted(numbers_on(closed_page)) == expected_closed
    assert '<option value="open" selected>Open cases</option>' in open_page.text


def test_the_search_and_filters_stay_in_every_link_of_the_list():
    browser = logged_in(MARY)
    page = browser.get("/cases?state=open&q=router&sort=ticket_title&dir=asc&size=10")
    assert page.status == 200
    assert input_value(page, "q") == "router"
    assert '<option value="open" selected>' in page.text
    links = [html.unescape(link) for link in re.findall(r'href="(/cases[^"]*)"', page.text)]
    sort_links = [link for link in links if "sort=" in link and "export" not in link]
    assert sort_links and all("state=open" in link and "q=router" in link for link in sort_links)
    export = [link for link in links if link.startswith("/cases/export.csv")]
    assert export == ["/cases/export.csv?state=open&q=router&sort=ticket_title&dir=asc&size=10"], export
    expected = sorted((case for case in crm_cases(MARY) if case["ticketstatus"] != "Closed"
                       and "router" in (case["ticket_no"] + case["ticket_title"] + case["description"]).lower()),
                      key=lambda case: case["ticket_title"].lower())
    assert expected
    assert numbers_on(page) == [case["ticket_no"] for case in expected[:10]]
