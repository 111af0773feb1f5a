"""My cases: the list and the detail, scoped by the CRM."""

import html
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
    page = browser.get("/cases?size=100")
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
    assert page.status == 303 and page.header("location") == "/login?next=%2Fcases"
    page = Browser(PORTAL_URL).get("/cases/17x1")
    assert page.status == 303 and page.header("location") == "/login?next=%2Fcases%2F17x1"


def titles_on(page):
    return [html.unescape(title) for title in re.findall(r'<td class="case-title"[^>]*><a href="[^"]*">([^<]*)<', page.text)]


def numbers_on(page):
    return re.findall(r'<td class="case-number"[^>]*>([^<]*)<', page.text)


def test_the_list_sorts_by_a_column_and_keeps_it_in_the_url():
    browser = Browser(PORTAL_URL)
    browser.log_in(*MARY)
    mine = crm_cases(MARY)
    page = browser.get("/cases?sort=ticket_title&dir=asc&size=100")
    assert page.status == 200
    by_title = sorted((case["ticket_title"].lower() for case in mine))
    assert [title.lower() for title in titles_on(page)] == by_title
    assert '<th scope="col" aria-sort="ascending"><a href="/cases?sort=ticket_title&amp;dir=desc&amp;size=100">' \
        in page.text
    reverse = browser.get("/cases?sort=ticket_title&dir=desc&size=100")
    assert [title.lower() for title in titles_on(reverse)] == list(reversed(by_title))


def test_the_list_filters_by_status_and_priority():
    browser = Browser(PORTAL_URL)
    browser.log_in(*MARY)
    mine = crm_cases(MARY)
    status = mine[0]["ticketstatus"]
    page = browser.get("/cases?status=" + status.replace(" ", "+"))
    expected = sorted(case["ticket_no"] for case in mine if case["ticketstatus"] == status)
    assert sorted(numbers_on(page)) == expected
    assert '<option value="%s" selected>' % status in page.text
    both = browser.get("/cases?status=%s&priority=%s" % (status.replace(" ", "+"), mine[0]["ticketpriorities"]))
    assert mine[0]["ticket_no"] in numbers_on(both)
    sort_link = re.search(r'<th scope="col"><a href="([^"]*ticket_no[^"]*)"', page.text).group(1)
    assert "status=" in sort_link  # sorting keeps the filter


def test_odd_list_parameters_fall_back_to_defaults():
    browser = Browser(PORTAL_URL)
    browser.log_in(*MARY)
    everything = numbers_on(browser.get("/cases"))
    for query in ["status=Bogus", "sort=hours", "dir=sideways", "size=7", "size=abc", "page=-3", "priority=%00"]:
        page = browser.get("/cases?" + query)
        assert page.status == 200, (query, page.status)
        assert sorted(numbers_on(page)) == sorted(everything), query
    beyond = browser.get("/cases?page=50")
    assert beyond.status == 200 and "There are no cases on this page" in beyond.text
