"""Accepting and declining a quote, as the stock PHP portal 7.5 offers it:
through the CRM's own write of the quote's stage, kept in the quote's
history; a second click writes nothing; a CRM that cannot write it (a stock
Vtiger 8.3 answers SaveRecord of a quote with an HTTP 500) is said plainly."""

import html
import os
import subprocess

from extra_node import Node
from http_client import Browser, crm_call
from stack import CRM_URL, MARY, PORTAL_URL

DB_SOCKET = os.environ.get("DB_SOCKET", "")
STOCK_CRM_URL = os.environ.get("STOCK_CRM_URL", "")
QUOTE = "Northwind branch office network"


def quote_of(crm_url, who):
    answer = crm_call(crm_url, "FetchRecords", who[0], who[1], module="Quotes", moduleLabel="Quotes", mode="all")
    return next(q for key, q in answer["result"].items() if key.isdigit() and q["subject"] == QUOTE)


def set_stage(database, stage):
    subprocess.run(["mariadb", "--no-defaults", "--socket=" + DB_SOCKET, "-uroot", database, "-e",
                    "UPDATE quotes SET stage = '%s' WHERE subject = '%s'" % (stage, QUOTE)], check=True)


def history_size(quote_id):
    answer = crm_call(CRM_URL, "FetchHistory", MARY[0], MARY[1], module="Quotes", record=quote_id)
    return len(answer["result"]["history"])


def test_accepting_a_quote_sets_its_stage_once_and_shows_in_its_history():
    quote = quote_of(CRM_URL, MARY)
    set_stage("refcrm", "Delivered")
    try:
        browser = Browser(PORTAL_URL)
        browser.log_in(*MARY)
        page = browser.get("/quotes/" + quote["id"])
        assert "Accept this quote" in page.text and "Decline this quote" in page.text
        before = history_size(quote["id"])
        form = {"csrf_token": page.hidden_input("csrf_token"), "decision": "accept"}
        answer = browser.post("/quotes/%s/decision" % quote["id"], form)
        assert answer.status == 303 and answer.header("location") == "/quotes/%s?decided=accepted" % quote["id"]
        assert quote_of(CRM_URL, MARY)["quotestage"] == "Accepted"
        done = browser.get(answer.header("location"))
        assert "the quote is accepted" in done.text and "Accept this quote" not in done.text
        again = browser.post("/quotes/%s/decision" % quote["id"], form)
        assert again.status == 303 and history_size(quote["id"]) == before + 1
    finally:
        set_stage("refcrm", "Delivered")


def test_a_declined_quote_keeps_the_reason_as_a_comment_where_comments_are_shown():
    quote = quote_of(CRM_URL, MARY)
    browser = Browser(PORTAL_URL)
    browser.log_in(*MARY)
    page = browser.get("/quotes/" + quote["id"])
    try:
        answer = browser.post("/quotes/%s/decision" % quote["id"], {
            "csrf_token": page.hidden_input("csrf_token"), "decision": "decline", "reason": "Too expensive for us"})
        assert answer.status == 303 and quote_of(CRM_URL, MARY)["quotestage"] == "Rejected"
        if 'name="reason"' in page.text:
            assert "Too expensive for us" in html.unescape(browser.get(answer.header("location")).text)
    finally:
        set_stage("refcrm", "Delivered")


def test_a_stock_vtiger_that_cannot_write_the_stage_is_said_plainly():
    quote = quote_of(STOCK_CRM_URL, MARY)
    with Node("stock-quotes", {"site_URL": STOCK_CRM_URL + "/"}) as node:
        browser = Browser(node.url)
        browser.log_in(*MARY)
        page = browser.get("/quotes/" + quote["id"])
        answer = browser.post("/quotes/%s/decision" % quote["id"],
                              {"csrf_token": page.hidden_input("csrf_token"), "decision": "accept"})
        assert answer.status == 502 and "nothing was changed" in answer.text
        assert quote_of(STOCK_CRM_URL, MARY)["quotestage"] != "Accepted"
