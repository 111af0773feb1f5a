"""Home page, documents (list, search, download, upload), colleagues, the
organisation page, global search, and that no URL reaches another
organisation's records."""

import base64
import http.client
import re
import uuid

from http_client import Browser, Response, crm_call
from stack import CRM_URL, MARY, PORTAL_URL, TOM


def logged_in(who):
    browser = Browser(PORTAL_URL)
    answer = browser.log_in(*who)
    assert answer.status == 303, answer.text[:300]
    return browser


def records_of(who, module):
    answer = crm_call(CRM_URL, "FetchRecords", who[0], who[1], module=module, moduleLabel=module, pageLimit="100")
    assert answer["success"], answer
    return [record for key, record in answer["result"].items() if key.isdigit()]


def document_titled(who, title):
    return next(record for record in records_of(who, "Documents") if record["notes_title"] == title)


def post_multipart(browser, path, fields, files):
    """A multipart/form-data POST as a browser sends a form with a file input."""
    boundary = "----portal" + uuid.uuid4().hex
    parts = []
    for name, value in fields.items():
        parts.append(("--%s\r\nContent-Disposition: form-data; name=\"%s\"\r\n\r\n" % (boundary, name)).encode()
                     + value.encode() + b"\r\n")
    for name, (filename, content_type, data) in files.items():
        head = ("--%s\r\nContent-Disposition: form-data; name=\"%s\"; filename=\"%s\"\r\nContent-Type: %s\r\n\r\n"
                % (boundary, name, filename, content_type))
        parts.append(head.encode() + data + b"\r\n")
    body = b"".join(parts) + ("--%s--\r\n" % boundary).encode()
    connection = http.client.HTTPConnection(browser.host, browser.port, timeout=60)
    headers = {"Content-Type": "multipart/form-data; boundary=" + boundary,
               "Cookie": "; ".join("%s=%s" % item for item in browser.cookies.items())}
    connection.request("POST", path, body=body, headers=headers)
    raw = connection.getresponse()
    answer = Response(raw.status, [(k.lower(), v) for k, v in raw.getheaders()], raw.read())
    connection.close()
    return answer


def main_of(page):
    """The page's own content, without the header and footer that name the portal's company."""
    return re.search(r"<main.*</main>", page.text, re.S).group(0)


def csrf_token(browser):
    return browser.get("/documents").hidden_input("csrf_token")


def test_home_shows_the_announcement_widgets_charts_and_only_enabled_modules():
    browser = logged_in(MARY)
    page = browser.get("/")
    assert page.status == 200, page.text[:300]
    assert "Welcome, Mary Smith" in page.text
    announcement = crm_call(CRM_URL, "FetchAnnouncement", *MARY)["result"]["announcement"]
    assert announcement and announcement in page.text
    assert "Recently updated:" in page.text
    assert 'href="/documents#upload"' in page.text
    # Two charts, each an SVG hidden from screen readers with a table beside it.
    assert page.text.count('<svg class="bar-chart"') == 2
    assert page.text.count('aria-hidden="true" focusable="false"') >= 2
    assert "<caption>Open cases by status</caption>" in page.text
    assert "<caption>Open cases by priority</caption>" in page.text
    open_cases = [case for case in records_of(MARY, "HelpDesk") if case["ticketstatus"] != "Closed"]
    counts = re.findall(r'<caption>Open cases by status</caption>.*?<tbody>(.*?)</tbody>', page.text, re.S)[0]
    assert sum(int(n) for n in re.findall(r"<td>(\d+)</td>", counts)) >= len(open_cases)
    # The menu lists the CRM's modules that have pages, in the CRM's order.
    menu = re.search(r'<nav class="main-menu".*?</nav>', page.text, re.S).group(0)
    links = re.findall(r'<a href="(/[a-z]*)"', menu)
    assert links[0] == "/" and "/cases" in links and "/documents" in links
    assert links.index("/cases") < links.index("/kb") < links.index("/documents")
    assert '<a href="/" aria-current="page">Home</a>' in menu


def test_home_is_the_sign_in_page_for_a_visitor():
    answer = Browser(PORTAL_URL).get("/")
    assert answer.status == 303 and answer.header("location") == "/login"


def test_documents_list_and_search():
    browser = logged_in(MARY)
    page = browser.get("/documents")
    assert page.status == 200
    titles = [record["notes_title"] for record in records_of(MARY, "Documents")]
    for title in titles[:20]:
        assert title in page.text, title
    found = browser.get("/documents?q=AGREEMENT")
    assert "Northwind service agreement" in found.text and "VPN setup notes" not in found.text
    by_file = browser.get("/documents?q=vpn-setup")
    assert "VPN setup notes" in by_file.text
    none = browser.get("/documents?q=nothing-like-this")
    assert "No document matches your search." in none.text


def test_a_download_has_the_stored_bytes_name_and_type():
    browser = logged_in(MARY)
    document = document_titled(MARY, "Northwind service agreement")
    stored = crm_call(CRM_URL, "DownloadFile", *MARY, module="Documents", recordId=document["id"])["result"]
    answer = browser.get("/documents/%s/download" % document["id"])
    assert answer.status == 200
    assert answer.body == base64.b64decode(stored["filecontents"])
    assert answer.header("content-type") == "application/pdf"
    assert answer.header("content-disposition").startswith('attachment; filename="service-agreement.pdf"')
    detail = browser.get("/documents/" + document["id"])
    assert detail.status == 200 and 'href="/documents/%s/download"' % document["id"] in detail.text


def test_a_linked_document_leads_to_its_web_address():
    browser = logged_in(MARY)
    document = document_titled(MARY, "Router X200 datasheet (online)")
    answer = browser.get("/documents/%s/download" % document["id"])
    assert answer.status == 303 and answer.header("location") == "https://northwind.example/docs/router-x200.pdf"


def test_upload_within_the_limit_adds_the_document():
    browser = logged_in(MARY)
    title = "Meter reading " + uuid.uuid4().hex[:8]
    data = b"meter 1: 4711\nmeter 2: 0815\n"
    answer = post_multipart(browser, "/documents", {"csrf_token": csrf_token(browser), "notes_title": title},
                            {"file": ("meters.txt", "text/plain", data)})
    assert answer.status == 303, answer.text[:500]
    shown = browser.get(answer.header("location"))
    assert title in shown.text and "your document has been added" in shown.text
    document = document_titled(MARY, title)
    download = browser.get("/documents/%s/download" % document["id"])
    assert download.body == data


def test_upload_over_the_limit_is_refused_with_the_title_kept():
    browser = logged_in(MARY)
    title = "Too large " + uuid.uuid4().hex[:8]
    data = b"x" * (5 * 1024 * 1024 + 1)
    answer = post_multipart(browser, "/documents", {"csrf_token": csrf_token(browser), "notes_title": title},
                            {"file": ("big.bin", "application/octet-stream", data)})
    assert answer.status == 413
    assert "The file is too large" in answer.text and "5 MB" in answer.text
    assert 'value="%s"' % title in answer.text
    assert all(record["notes_title"] != title for record in records_of(MARY, "Documents"))


def test_upload_without_a_title_keeps_nothing_and_says_why():
    browser = logged_in(MARY)
    answer = post_multipart(browser, "/documents", {"csrf_token": csrf_token(browser), "notes_title": " "},
                            {"file": ("a.txt", "text/plain", b"a")})
    assert answer.status == 400 and "Please give the document a title" in answer.text


def test_upload_without_the_csrf_token_is_refused():
    browser = logged_in(MARY)
    title = "Forged " + uuid.uuid4().hex[:8]
    answer = post_multipart(browser, "/documents", {"csrf_token": "forged", "notes_title": title},
                            {"file": ("a.txt", "text/plain", b"a")})
    assert answer.status == 400
    assert all(record["notes_title"] != title for record in records_of(MARY, "Documents"))


def test_colleagues_are_only_of_the_own_organisation():
    page = logged_in(MARY).get("/contacts")
    assert page.status == 200
    assert "Mary Smith" in page.text and "Peter Jones" in page.text
    assert "Tom Nolan" not in page.text and "Lena Berg" not in page.text
    tom_page = logged_in(TOM).get("/contacts")
    assert "Tom Nolan" in tom_page.text and "Mary Smith" not in tom_page.text


def test_the_organisation_page_shows_the_own_account():
    page = logged_in(MARY).get("/organisation")
    assert page.status == 200 and "<h1>Northwind Traders</h1>" in page.text
    assert "Contoso" not in main_of(page)


def test_global_search_groups_hits_by_module():
    browser = logged_in(MARY)
    page = browser.get("/search?q=Router")
    assert page.status == 200
    groups = re.findall(r'<section class="panel search-group".*?<h2 id="[^"]*">([^<]*)</h2>', page.text, re.S)
    assert len(groups) >= 2, groups
    assert re.search(r'<a href="/documents/\d+x\d+">Router log analysis</a>', page.text)
    assert 'value="Router"' in page.text
    short = browser.get("/search?q=R")
    assert "Please type at least 2 characters." in short.text


def test_no_url_reaches_another_organisations_records():
    tom = logged_in(TOM)
    mary_document = document_titled(MARY, "Northwind service agreement")
    assert tom.get("/documents/" + mary_document["id"]).status == 404
    assert tom.get("/documents/%s/download" % mary_document["id"]).status == 404
    mary_contact = crm_call(CRM_URL, "FetchModules", *MARY)["result"]["contact_id"]["value"]
    northwind = crm_call(CRM_URL, "FetchModules", *MARY)["result"]["account_id"]["value"]
    assert tom.get("/contacts/" + mary_contact).status == 404
    # A record of another module under a documents URL is no document.
    assert tom.get("/documents/" + northwind).status == 404
    assert tom.get("/documents/%s/download" % northwind).status == 404
    assert "Northwind" not in main_of(tom.get("/organisation"))
    assert "Northwind service agreement" not in tom.get("/documents?q=agreement").text


def test_upload_beyond_the_request_limit_still_says_why():
    browser = logged_in(MARY)
    data = b"x" * (12 * 1024 * 1024)
    answer = post_multipart(browser, "/documents", {"csrf_token": csrf_token(browser), "notes_title": "Huge"},
                            {"file": ("huge.bin", "application/octet-stream", data)})
    assert answer.status == 413 and "The file is too large" in answer.text
