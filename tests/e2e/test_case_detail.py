"""The case page: fields by name, the comment thread, documents, history,
and what a customer may do there (comment, close, reopen, edit)."""

import base64
import html
import re
import uuid

from http_client import Browser, crm_call
from stack import CRM_URL, MARY, PETER, PORTAL_URL, TOM, portalctl


def crm_cases(who):
    answer = crm_call(CRM_URL, "FetchRecords", who[0], who[1], module="HelpDesk", moduleLabel="HelpDesk",
                      pageLimit="100")
    assert answer["success"], answer
    return [answer["result"][key] for key in answer["result"] if key.isdigit()]


def case_titled(who, title):
    return next(case for case in crm_cases(who) if case["ticket_title"] == title)


def crm_related(who, case_id, module):
    answer = crm_call(CRM_URL, "FetchRelatedRecords", who[0], who[1], module="HelpDesk", recordId=case_id,
                      relatedModule=module, relatedModuleLabel=module, pageLimit="100")
    assert answer["success"], answer
    return answer["result"]


def logged_in(who):
    browser = Browser(PORTAL_URL)
    assert browser.log_in(*who).status == 303
    return browser


def token_of(browser, case_id):
    page = browser.get("/cases/" + case_id)
    assert page.status == 200, page.status
    return page.hidden_input("csrf_token")


def thread_of(page):
    """(author, text) of each comment, in page order."""
    items = re.findall(r'<span class="comment-author">([^<]*)</span>.*?<div class="text">(.*?)</div>', page.text,
                       re.S)
    return [(html.unescape(author), html.unescape(text)) for author, text in items]


def history_lines(page):
    """Each change of the history as read aloud: "Status: Open changed to Closed"."""
    section = page.text.split('id="history"', 1)[1]
    lines = re.findall(r'<li><span class="change-field">.*?</li>', section)
    return [re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", line)).replace("\u2192", " ")).strip()
            .replace(" :", ":") for line in lines]


def test_the_case_page_names_references_and_shows_no_raw_ids():
    browser = logged_in(MARY)
    case = case_titled(MARY, "Router drops connection every evening")
    page = browser.get("/cases/" + case["id"])
    assert page.status == 200
    fields = page.text.split('<dl class="fields">', 1)[1].split("</dl>", 1)[0]
    assert "Router X200" in fields
    assert "Sam Rivera" in fields and "Mary Smith" in fields and "Northwind Traders" in fields
    assert not re.search(r"\b\d+x\d+\b", fields), fields
    assert 'id="comments"' in page.text and 'id="documents"' in page.text and 'id="history"' in page.text


def test_a_comment_appears_last_in_the_thread_with_its_author():
    browser = logged_in(PETER)
    case = case_titled(PETER, "Request: quarterly usage report")
    text = "Any news on the template? " + uuid.uuid4().hex
    answer = browser.post("/cases/%s/comments" % case["id"],
                          {"comment": text, "csrf_token": token_of(browser, case["id"])})
    assert answer.status == 303, answer.status
    assert answer.header("location") == "/cases/%s?done=comment#comments" % case["id"]
    page = browser.get(answer.header("location").split("#")[0])
    assert "Your comment was added." in page.text
    thread = thread_of(page)
    assert thread[-1] == ("Peter Jones", text), thread[-1]
    assert any(comment["commentcontent"] == text for comment in crm_related(PETER, case["id"], "ModComments"))


def test_every_post_of_the_case_page_needs_the_csrf_token():
    browser = logged_in(PETER)
    case = case_titled(PETER, "Request: quarterly usage report")
    before = len(crm_related(PETER, case["id"], "ModComments"))
    for action, form in [("comments", {"comment": "forged"}), ("close", {"comment": "forged"}),
                         ("reopen", {"comment": "forged"}), ("edit", {"ticket_title": "forged"})]:
        for token in (None, "wrong"):
            data = dict(form, **({"csrf_token": token} if token else {}))
            answer = browser.post("/cases/%s/%s" % (case["id"], action), data)
            assert answer.status == 400, (action, answer.status)
            assert "The form had expired" in answer.text
    assert len(crm_related(PETER, case["id"], "ModComments")) == before
    assert case_titled(PETER, "Request: quarterly usage report")["ticketstatus"] == case["ticketstatus"]


def test_an_empty_or_too_long_comment_is_refused_and_the_text_kept():
    browser = logged_in(PETER)
    case = case_titled(PETER, "Request: quarterly usage report")
    before = len(crm_related(PETER, case["id"], "ModComments"))
    token = token_of(browser, case["id"])
    empty = browser.post("/cases/%s/comments" % case["id"], {"comment": "  \n ", "csrf_token": token})
    assert empty.status == 400
    assert "Please write your comment before sending it." in empty.text
    long_text = "<b>" + "x" * 20001
    too_long = browser.post("/cases/%s/comments" % case["id"], {"comment": long_text, "csrf_token": token})
    assert too_long.status == 400
    assert "The comment is too long" in too_long.text
    assert html.escape(long_text, quote=False) in too_long.text
    assert len(crm_related(PETER, case["id"], "ModComments")) == before


def test_closing_and_reopening_are_recorded_in_the_history():
    browser = logged_in(PETER)
    case = case_titled(PETER, "Cannot log in to the CloudSync web console")
    token = token_of(browser, case["id"])
    closing = "Works again, closing. " + uuid.uuid4().hex
    closed = browser.post("/cases/%s/close" % case["id"], {"comment": closing, "csrf_token": token})
    assert closed.status == 303 and closed.header("location").endswith("?done=closed#case-status")
    page = browser.get("/cases/%s?done=closed" % case["id"])
    assert "The case is closed." in page.text
    assert "Reopen case" in page.text and 'action="/cases/%s/close"' % case["id"] not in page.text
    assert case_titled(PETER, "Cannot log in to the CloudSync web console")["ticketstatus"] == "Closed"
    no_reason = browser.post("/cases/%s/reopen" % case["id"], {"comment": " ", "csrf_token": token})
    assert no_reason.status == 400 and "Please tell us why you are reopening the case." in no_reason.text
    reason = "It is locked again. " + uuid.uuid4().hex
    reopened = browser.post("/cases/%s/reopen" % case["id"], {"comment": reason, "csrf_token": token})
    assert reopened.status == 303
    page = browser.get("/cases/%s?done=reopened" % case["id"])
    assert "The case is open again." in page.text
    assert case_titled(PETER, "Cannot log in to the CloudSync web console")["ticketstatus"] == "Open"
    lines = history_lines(page)
    assert lines[0] == "Status: Closed changed to Open", lines[:3]
    assert "Status: Open changed to Closed" in lines, lines
    assert "Peter Jones" in page.text.split('id="history"', 1)[1]
    texts = [text for _, text in thread_of(page)]
    assert texts[-2:] == [closing, reason]


def edit_form_of(browser, case_id):
    page = browser.get("/cases/%s/edit" % case_id)
    assert page.status == 200, page.status
    return page


def test_the_edit_form_keeps_the_input_on_a_validation_error():
    browser = logged_in(PETER)
    case = case_titled(PETER, "Replacement power supply for Router X200")
    form = edit_form_of(browser, case["id"])
    assert 'name="ticket_title"' in form.text and 'name="ticket_no"' not in form.text
    assert case["ticket_no"] in form.text  # read-only, shown as text
    typed = "Still no power <b>& more</b>"
    answer = browser.post("/cases/%s/edit" % case["id"], {
        "csrf_token": form.hidden_input("csrf_token"), "ticket_title": "", "ticketpriorities": "Bogus",
        "description": typed})
    assert answer.status == 400, answer.status
    assert "Some fields need your attention" in answer.text
    assert "Please fill in this field." in answer.text
    assert "Please choose one of the offered values." in answer.text
    assert html.escape(typed, quote=False) in answer.text
    assert case_titled(PETER, "Replacement power supply for Router X200")["ticket_title"] == case["ticket_title"]


def test_the_edit_form_keeps_the_input_when_the_crm_is_away():
    browser = logged_in(PETER)
    case = case_titled(PETER, "Replacement power supply for Router X200")
    form = edit_form_of(browser, case["id"])
    typed = "The new power supply hums " + uuid.uuid4().hex
    portalctl("crm-down")
    try:
        answer = browser.post("/cases/%s/edit" % case["id"], {
            "csrf_token": form.hidden_input("csrf_token"), "ticket_title": case["ticket_title"],
            "ticketpriorities": "Normal", "description": typed})
        assert answer.status == 503, answer.status
        assert "nothing was saved" in answer.text
        assert typed in answer.text
        comment = browser.post("/cases/%s/comments" % case["id"],
                               {"comment": typed, "csrf_token": form.hidden_input("csrf_token")})
        assert comment.status == 503 and typed in comment.text and "Try again" in comment.text
    finally:
        portalctl("crm-up")


def test_an_edit_is_saved_and_shows_in_the_history():
    browser = logged_in(PETER)
    case = case_titled(PETER, "Replacement power supply for Router X200")
    form = edit_form_of(browser, case["id"])
    typed = "Second router needs one too " + uuid.uuid4().hex
    answer = browser.post("/cases/%s/edit" % case["id"], {
        "csrf_token": form.hidden_input("csrf_token"), "ticket_title": case["ticket_title"],
        "ticketpriorities": "High", "ticketseverities": "Minor", "ticketcategories": "Small Problem",
        "product_id": case["product_id"], "description": typed})
    assert answer.status == 303 and answer.header("location").endswith("?done=saved"), answer.status
    page = browser.get(answer.header("location"))
    assert "Your changes were saved." in page.text and typed in page.text
    assert any(line.startswith("Priority:") and "High" in line for line in history_lines(page))


def test_a_document_downloads_as_the_crm_stores_it():
    browser = logged_in(MARY)
    case = case_titled(MARY, "Router drops connection every evening")
    documents = crm_related(MARY, case["id"], "Documents")
    assert documents
    document = documents[0]
    page = browser.get("/cases/" + case["id"])
    url = "/cases/%s/documents/%s" % (case["id"], document["id"])
    assert 'href="%s"' % url in page.text
    crm_file = crm_call(CRM_URL, "DownloadFile", *MARY, module="Documents", recordId=document["id"])["result"]
    answer = browser.get(url)
    assert answer.status == 200
    assert answer.body == base64.b64decode(crm_file["filecontents"])
    assert answer.header("content-type").startswith(crm_file["filetype"])
    disposition = answer.header("content-disposition")
    assert disposition.startswith("attachment; ") and 'filename="%s"' % crm_file["filename"] in disposition
    assert answer.header("x-content-type-options") == "nosniff"


def test_another_organisations_case_and_another_cases_document_are_unreachable():
    mary_case = case_titled(MARY, "Router drops connection every evening")
    document = crm_related(MARY, mary_case["id"], "Documents")[0]
    tom = logged_in(TOM)
    token = token_of(tom, case_titled(TOM, "Helpdesk Plus licence key rejected")["id"])
    for path in ["/cases/%s" % mary_case["id"], "/cases/%s/edit" % mary_case["id"],
                 "/cases/%s/documents/%s" % (mary_case["id"], document["id"]),
                 "/cases/%s/comments/31x1/attachments/1" % mary_case["id"]]:
        page = tom.get(path)
        assert page.status == 404, (path, page.status)
        assert mary_case["ticket_title"] not in page.text
    before = len(crm_related(MARY, mary_case["id"], "ModComments"))
    for action, form in [("comments", {"comment": "hello"}), ("close", {"comment": ""}),
                         ("reopen", {"comment": "why"}),
                         ("edit", {"ticket_title": "Hijacked", "ticketpriorities": "Low"})]:
        answer = tom.post("/cases/%s/%s" % (mary_case["id"], action), dict(form, csrf_token=token))
        assert answer.status == 404, (action, answer.status)
        assert mary_case["ticket_title"] not in answer.text
    assert len(crm_related(MARY, mary_case["id"], "ModComments")) == before
    assert case_titled(MARY, "Router drops connection every evening")["ticket_title"] == mary_case["ticket_title"]
    mary = logged_in(MARY)
    other_case = case_titled(MARY, "Add two more users to our CloudSync plan")
    page = mary.get("/cases/%s/documents/%s" % (other_case["id"], document["id"]))
    assert page.status == 404
    assert mary.get("/cases/%s/documents/12x1" % mary_case["id"]).status == 404
    assert mary.get("/cases/%s/documents/x" % mary_case["id"]).status == 404
