"""Invoices, quotes, products, services, assets, projects and service
contracts: lists, details with line items, PDFs, asset edits, project
comments, and the CRM's scope on every URL."""

import html
import re
import subprocess
import tempfile

from http_client import Browser, crm_call
from stack import CRM_URL, MARY, PORTAL_URL, TOM


def crm_list(who, module, label=None, mode="all"):
    answer = crm_call(CRM_URL, "FetchRecords", who[0], who[1], module=module, moduleLabel=label or module,
                      pageLimit="100", mode=mode)
    assert answer["success"], answer
    return [answer["result"][key] for key in answer["result"] if key.isdigit()]


def crm_record(who, record_id):
    answer = crm_call(CRM_URL, "FetchRecord", who[0], who[1], recordId=record_id)
    assert answer["success"], answer
    return answer["result"]["record"]


def logged_in(who, language=None):
    browser = Browser(PORTAL_URL)
    if language:
        browser.get("/language?set=%s&next=/" % language)
    response = browser.log_in(*who)
    assert response.status == 303, response.status
    return browser


def pdf_text(body):
    with tempfile.NamedTemporaryFile(suffix=".pdf") as pdf:
        pdf.write(body)
        pdf.flush()
        result = subprocess.run(["pdftotext", "-layout", pdf.name, "-"], check=True, capture_output=True)
    return result.stdout.decode("utf-8")


def escaped(text):
    return html.escape(text, quote=True).replace("&#x27;", "&#39;")


def test_invoice_list_shows_the_organisations_invoices_with_totals():
    browser = logged_in(MARY)
    page = browser.get("/invoices?scope=organisation")
    assert page.status == 200, page.status
    mine = crm_list(MARY, "Invoice")
    assert len(mine) >= 2
    for invoice in mine:
        assert "/invoices/" + invoice["id"] in page.text
        assert escaped(invoice["subject"]) in page.text
    # 1234.50 in the customer's number format
    total = mine[0]["hdnGrandTotal"]
    whole, cents = total.split(".")
    assert "{:,}".format(int(whole)) + "." + cents[:2] in page.text
    for theirs in crm_list(TOM, "Invoice"):
        assert theirs["id"] not in page.text
        assert escaped(theirs["subject"]) not in page.text


def test_invoice_detail_shows_line_items_taxes_and_totals():
    browser = logged_in(MARY)
    invoice = next(i for i in crm_list(MARY, "Invoice") if i["subject"] == "Northwind Q3 hardware")
    record = crm_record(MARY, invoice["id"])
    assert len(record["LineItems"]) == 2
    page = browser.get("/invoices/" + invoice["id"])
    assert page.status == 200, page.status
    assert "Router X200" in page.text and "Premium Support" in page.text
    for line in record["LineItems"]:
        assert line["netprice"] in page.text.replace(",", "")
    assert "(20\u00a0%)" in page.text  # the tax rate of each line
    assert "Total" in page.text and "Sub Total" in page.text
    assert 'href="/invoices/%s.pdf"' % invoice["id"] in page.text
    # the lines link to the product and service pages
    products = re.findall(r'href="/(products|services)/(\d+x\d+)"', page.text)
    assert {kind for kind, _ in products} == {"products", "services"}
    for kind, record_id in products:
        assert browser.get("/%s/%s" % (kind, record_id)).status == 200


def test_invoice_pdf_has_company_customer_lines_and_total():
    browser = logged_in(MARY)
    invoice = next(i for i in crm_list(MARY, "Invoice") if i["subject"] == "Northwind Q3 hardware")
    response = browser.get("/invoices/%s.pdf" % invoice["id"])
    assert response.status == 200, response.status
    assert response.header("content-type") == "application/pdf"
    assert response.body.startswith(b"%PDF-")
    text = pdf_text(response.body)
    assert "Northwind Traders Support" in text  # $CompanyName
    assert "Mary Smith" in text
    assert "Router X200" in text and "Premium Support" in text
    whole, cents = invoice["hdnGrandTotal"].split(".")
    assert "{:,}".format(int(whole)) + "." + cents[:2] in text


def test_quote_pdf_in_german_and_arabic():
    quote = next(q for q in crm_list(MARY, "Quotes") if q["subject"] == "Northwind branch office network")
    german = pdf_text(logged_in(MARY, "de_de").get("/quotes/%s.pdf" % quote["id"]).body)
    assert "Menge" in german and "Einzelpreis" in german and "Router X200" in german
    whole, cents = quote["hdnGrandTotal"].split(".")
    assert "{:,}".format(int(whole)).replace(",", ".") + "," + cents[:2] in german
    response = logged_in(MARY, "ar_ae").get("/quotes/%s.pdf" % quote["id"])
    assert response.status == 200
    arabic = pdf_text(response.body)
    assert "Router X200" in arabic
    # pdftotext may split Arabic words where the glyphs join: compare without spaces
    assert "الكمية" in arabic.replace(" ", "") and "البند" in arabic.replace(" ", "")


def test_quote_list_and_detail():
    browser = logged_in(MARY)
    page = browser.get("/quotes")
    assert page.status == 200
    quote = crm_list(MARY, "Quotes")[0]
    detail = browser.get("/quotes/" + quote["id"])
    assert detail.status == 200
    assert escaped(quote["subject"]) in detail.text
    assert "Items" in detail.text


def test_products_and_services_lists():
    browser = logged_in(MARY)
    for path, module, name in (("/products", "Products", "productname"), ("/services", "Services", "servicename")):
        page = browser.get(path)
        assert page.status == 200, path
        bought = crm_list(MARY, module, mode="mine")
        assert bought, module  # those of her quotes and invoices at least
        for record in bought:
            assert escaped(record[name]) in page.text
        catalogue = browser.get(path + "?scope=organisation")
        for record in crm_list(MARY, module):
            assert escaped(record[name]) in catalogue.text


def test_asset_edit_keeps_the_form_on_error_and_saves():
    browser = logged_in(MARY)
    asset = next(a for a in crm_list(MARY, "Assets") if a["serialnumber"] == "NW-RX200-0001")
    form_page = browser.get("/assets/%s/edit" % asset["id"])
    assert form_page.status == 200, form_page.status
    token = form_page.hidden_input("csrf_token")
    bad = browser.post("/assets/%s/edit" % asset["id"], {
        "csrf_token": token, "assetname": "", "assetstatus": "In Service", "description": "Typed text kept"})
    assert bad.status == 422, bad.status
    assert "Please fill in this field." in bad.text
    assert "Typed text kept" in bad.text
    no_token = browser.post("/assets/%s/edit" % asset["id"], {"assetname": "X", "assetstatus": "In Service"})
    assert no_token.status == 400
    saved = browser.post("/assets/%s/edit" % asset["id"], {
        "csrf_token": token, "assetname": asset["assetname"], "assetstatus": "Out-of-service",
        "description": "Moved to the store room"})
    assert saved.status == 303, saved.status
    assert crm_record(MARY, asset["id"])["assetstatus"] == "Out-of-service"
    shown = browser.get(saved.header("location"))
    assert "Your changes have been saved." in shown.text and "Moved to the store room" in shown.text
    browser.post("/assets/%s/edit" % asset["id"], {
        "csrf_token": token, "assetname": asset["assetname"], "assetstatus": "In Service", "description": ""})


def test_invoices_cannot_be_edited_or_commented():
    browser = logged_in(MARY)
    invoice = crm_list(MARY, "Invoice")[0]
    page = browser.get("/invoices/" + invoice["id"])
    assert "/edit" not in page.text
    token = page.hidden_input("csrf_token")
    assert browser.get("/invoices/%s/edit" % invoice["id"]).status == 403
    refused = browser.post("/invoices/%s/edit" % invoice["id"], {"csrf_token": token, "subject": "Free"})
    assert refused.status == 403 and "cannot be changed in the portal" in refused.text
    comment = browser.post("/invoices/%s/comments" % invoice["id"], {"csrf_token": token, "comment": "Hi"})
    assert comment.status == 403


def test_project_shows_tasks_milestones_and_takes_comments():
    browser = logged_in(MARY)
    project = next(p for p in crm_list(MARY, "Project", "Projects") if p["projectname"].startswith("Northwind"))
    page = browser.get("/projects/" + project["id"])
    assert page.status == 200, page.status
    for text in ("Site survey", "Install routers", "Network live", "Handover", "ask for Dave at reception"):
        assert text in page.text, text
    token = page.hidden_input("csrf_token")
    empty = browser.post("/projects/%s/comments" % project["id"], {"csrf_token": token, "comment": "  "})
    assert empty.status == 422 and "Please write a comment" in empty.text
    assert browser.post("/projects/%s/comments" % project["id"], {"comment": "no token"}).status == 400
    added = browser.post("/projects/%s/comments" % project["id"],
                         {"csrf_token": token, "comment": "Can the training move to Friday?"})
    assert added.status == 303, added.status
    shown = browser.get(added.header("location").split("#")[0])
    assert "Can the training move to Friday?" in shown.text
    assert "Your comment has been added." in shown.text


def test_service_contracts_list_and_detail():
    browser = logged_in(MARY)
    contracts = crm_list(MARY, "ServiceContracts", "Service Contracts")
    assert contracts
    page = browser.get("/servicecontracts")
    assert page.status == 200
    assert escaped(contracts[0]["subject"]) in page.text
    assert browser.get("/servicecontracts/" + contracts[0]["id"]).status == 200


def test_another_organisations_records_are_never_reached():
    browser = logged_in(MARY)
    token = browser.get("/invoices").hidden_input("csrf_token")
    for module, label, path in (("Invoice", None, "/invoices"), ("Quotes", None, "/quotes"),
                                ("Assets", None, "/assets"), ("Project", "Projects", "/projects"),
                                ("ServiceContracts", "Service Contracts", "/servicecontracts")):
        listed = browser.get(path + "?scope=organisation")
        for theirs in crm_list(TOM, module, label):
            assert theirs["id"] not in listed.text
            urls = [path + "/" + theirs["id"]]
            if path in ("/invoices", "/quotes"):
                urls.append("%s/%s.pdf" % (path, theirs["id"]))
            for url in urls:
                page = browser.get(url)
                assert page.status == 404, (url, page.status)
                assert b"%PDF" not in page.body
            edit = browser.post(path + "/%s/edit" % theirs["id"], {"csrf_token": token, "assetname": "x"})
            assert edit.status in (403, 404), (path, edit.status)
            comment = browser.post(path + "/%s/comments" % theirs["id"], {"csrf_token": token, "comment": "x"})
            assert comment.status in (403, 404), (path, comment.status)


def test_a_record_of_another_module_is_not_shown_under_this_one():
    browser = logged_in(MARY)
    asset = crm_list(MARY, "Assets")[0]
    assert browser.get("/invoices/" + asset["id"]).status == 404
    assert browser.get("/invoices/" + asset["id"] + ".pdf").status == 404
    assert browser.get("/invoices/not-an-id").status == 404


def test_modules_the_crm_does_not_offer_answer_404():
    browser = logged_in(MARY)
    for url in ("/salesorders", "/purchaseorders/6x1", "/salesorders/6x1.pdf"):
        page = browser.get(url)
        assert page.status == 404, (url, page.status)
        assert "Page not found" in page.text


def test_record_pages_need_a_login():
    browser = Browser(PORTAL_URL)
    for url in ("/invoices", "/quotes/4x1.pdf", "/assets/32x1/edit"):
        response = browser.get(url)
        assert response.status == 303 and response.header("location") == "/login?next=" + url.replace("/", "%2F"), url
