"""My cases: the list and the detail, scoped by the CRM."""

import re

from http_client import Browser, crm_call
from stack import CRM_URL, MARY, PETER, PORTAL_URL


def crm_cases(who):
    """The contact's cases as the CRM itself lists them."""
    answer = crm_call(CRM_URL, "FetchRecords", who[0], who[1], module="HelpDesk", moduleLabel="HelpDesk",
                      pageLimit="100")
    assert answer["success"], answer
    result = answer["result"]
    return [result[key] for key in result if key.isdigit()]


def case_links(page):
    return re.findall(r'<a href="/cases/(\d+x\d+)">', page.text)


def test_case_list_shows_exactly_the_contacts_own_cases():
    browser = Browser(PORTAL_URL)
    browser.log_in(*MARY)
    page = browser.get("/cases")
    assert page.status == 200
    assert "My cases" in page.text and "Mary Smith" in page.text
    mine = crm_cases(MARY)
    assert len(mine) >= 3
    assert sorted(case_links(page)) == sorted(case["id"] for case in mine)
    for case in mine:
        assert case["ticket_no"] in page.text
        assert case["ticketstatus"] in page.text
    for case in crm_cases(PETER):
        assert case["id"] not in page.text


def test_case_detail_shows_the_case():
    browser = Browser(PORTAL_URL)
    browser.log_in(*MARY)
    case = crm_cases(MARY)[0]
    page = browser.get("/cases/" + case["id"])
    assert page.status == 200, page.status
    assert case["ticket_no"] in page.text
    assert case["ticketpriorities"] in page.text
    title = case["ticket_title"].replace("&", "&amp;").replace("'", "&#39;")
    assert title in page.text, title


def test_another_contacts_case_is_refused():
    browser = Browser(PORTAL_URL)
    browser.log_in(*MARY)
    theirs = crm_cases(PETER)[0]
    page = browser.get("/cases/" + theirs["id"])
    assert page.status == 404, page.status
    assert "not shared with you" in page.text
    assert theirs["ticket_title"] not in page.text


def test_pages_need_a_login():
    page = Browser(PORTAL_URL).get("/cases")
    assert page.status == 303 and page.header("location") == "/login"
    page = Browser(PORTAL_URL).get("/cases/17x1")
    assert page.status == 303 and page.header("location") == "/login"
