"""The portal against the reference CRM answering as a stock Vtiger 8.3 does
(serve --behave-as vtiger-8.3, the portal fields Vtiger installs): every
page works for every demo contact, from what such a CRM offers, and says
plainly what it cannot show. The same walk runs against a real Vtiger in
tests/vtiger/ when VTIGER_URL is set."""

import html
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "vtiger"))

import walk  # noqa: E402
from extra_node import Node  # noqa: E402
from http_client import crm_call  # noqa: E402

STOCK_CRM_URL = os.environ.get("STOCK_CRM_URL", "")
CONTACTS = [("mary.smith@northwind.example", "Demo-Portal-1"), ("peter.jones@northwind.example", "Demo-Portal-2"),
            ("lena.berg@eastwind.example", "Demo-Portal-3"), ("tom.nolan@contoso.example", "Demo-Portal-4")]
MARY = CONTACTS[0]


def stock_node():
    return Node("stock-vtiger", {"site_URL": STOCK_CRM_URL + "/"})


def crm_records(who, module, **fields):
    answer = crm_call(STOCK_CRM_URL, "FetchRecords", who[0], who[1], module=module, moduleLabel=module, **fields)
    assert answer["success"], answer
    return [record for key, record in answer["result"].items() if key.isdigit()]


def test_every_page_works_for_every_contact():
    with stock_node() as node:
        visits = walk.walk(node.url, [(email, password, []) for email, password in CONTACTS])
    assert walk.report(visits, "stock-Vtiger walk"), "pages failed against the stock-Vtiger CRM (see above)"


def test_case_list_counts_filters_and_searches_without_export_records():
    cases = crm_records(MARY, "HelpDesk")
    assert cases and "ticket_no" not in cases[0], "the stock CRM must not share case numbers"
    open_cases = [c for c in cases if c["ticketstatus"] not in ("Closed", "Resolved")]
    with stock_node() as node:
        browser, _ = walk.sign_in(node.url, *MARY)
        listed = browser.get("/cases")
        assert "%d cases" % len(cases) in listed.text
        assert "case-number" not in listed.text and "not share every field" in listed.text
        opened = html.unescape(browser.get("/cases?state=open").text)
        assert all(c["ticket_title"] in opened for c in open_cases)
        word = cases[0]["ticket_title"].split()[0]
        found = html.unescape(browser.get("/cases?q=" + word).text)
        assert cases[0]["ticket_title"] in found
        csv = browser.get("/cases/export.csv")
        assert csv.status == 200 and len(csv.text.strip().splitlines()) == len(cases) + 1


def test_knowledge_base_articles_read_from_the_list():
    faqs = crm_records(MARY, "Faq")
    with stock_node() as node:
        browser, _ = walk.sign_in(node.url, *MARY)
        home = html.unescape(browser.get("/kb").text)
        assert "All articles" in home and all(faq["question"] in home for faq in faqs)
        article = browser.get("/kb/" + faqs[0]["id"])
        assert article.status == 200 and html.escape(faqs[0]["question"], quote=False) in article.text


def test_profile_and_organisation_come_from_the_profile():
    profile = crm_call(STOCK_CRM_URL, "FetchProfile", *MARY)["result"]
    with stock_node() as node:
        browser, _ = walk.sign_in(node.url, *MARY)
        page = html.unescape(browser.get("/profile").text)
        assert profile["customer_details"]["firstname"] in page and profile["customer_details"]["email"] in page
        organisation = browser.get("/organisation")
        assert organisation.status == 200
        assert profile["company_details"]["accountname"] in html.unescape(organisation.text)


def test_invoices_without_amounts_offer_no_blank_pdf():
    invoice = crm_records(MARY, "Invoice")[0]
    with stock_node() as node:
        browser, _ = walk.sign_in(node.url, *MARY)
        page = browser.get("/invoices/" + invoice["id"])
        assert page.status == 200 and "does not share the amounts" in page.text and ".pdf" not in page.text
        assert browser.get("/invoices/%s.pdf" % invoice["id"]).status == 404


def test_products_open_on_the_organisation_where_the_crm_shows_it():
    products = crm_records(MARY, "Products", mode="all")
    with stock_node() as node:
        browser, _ = walk.sign_in(node.url, *MARY)
        page = html.unescape(browser.get("/products").text)
        assert products and all(product["productname"] in page for product in products)


def test_the_profile_edits_the_fields_vtiger_writes_although_it_describes_only_the_last_name():
    before = crm_call(STOCK_CRM_URL, "FetchProfile", *MARY)["result"]["customer_details"]
    with stock_node() as node:
        browser, _ = walk.sign_in(node.url, *MARY)
        page = browser.get("/profile")
        assert 'name="phone"' in page.text and 'name="firstname"' in page.text and 'name="email"' not in page.text
        form = {"csrf_token": page.hidden_input("csrf_token"), "lastname": before["lastname"],
                "firstname": before["firstname"], "phone": "+1 555 0199"}
        try:
            answer = browser.post("/profile", form)
            assert answer.status == 303, answer.text[:300]
            after = crm_call(STOCK_CRM_URL, "FetchProfile", *MARY)["result"]["customer_details"]
            assert after["phone"] == "+1 555 0199" and after["firstname"] == before["firstname"]
        finally:
            form["phone"] = before["phone"]
            browser.post("/profile", form)
