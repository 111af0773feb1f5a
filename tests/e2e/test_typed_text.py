"""Nothing a customer types is lost: line breaks survive every round trip
(checked in what the CRM stores, not only on the page), a form sent twice
writes once, and a form sent after the session ended comes back, filled in,
once the customer has signed in again."""

import html
import html.parser
import threading
import uuid

from http_client import Browser, crm_call
from stack import CRM_URL, PORTAL_URL, TOM
from test_case_forms import post_multipart

DESCRIPTION = "First paragraph of the problem.\n\nSecond paragraph:\n- step one\n- step two\n\n  Indented last line."
COMMENT = "Thanks.\nHere is what I tried:\n\n1. restart\n2. reinstall"


class FormReader(html.parser.HTMLParser):
    """The fields of the forms of a page as a browser would send them: every
    named input (checked boxes only), the selected options, the text areas."""

    def __init__(self, action):
        super().__init__(convert_charrefs=True)
        self.action = action
        self.inside = False
        self.fields = []
        self.select = None
        self.textarea = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = attrs.get("action") == self.action
        if not self.inside:
            return
        if tag == "input" and attrs.get("name") and attrs.get("type") not in ("file", "submit"):
            if attrs.get("type") != "checkbox" or "checked" in attrs:
                self.fields.append([attrs["name"], attrs.get("value", "")])
        elif tag == "select":
            self.select = attrs.get("name")
            self.options = []
            self.chosen = False
        elif tag == "option" and self.select:
            self.options.append(attrs.get("value", ""))
            if "selected" in attrs:
                self.fields.append([self.select, attrs.get("value", "")])
                self.chosen = True
        elif tag == "textarea":
            self.textarea = [attrs.get("name"), ""]
            self.fields.append(self.textarea)

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "select":
            # With nothing selected a browser sends the first option.
            if self.select and not self.chosen and self.options:
                self.fields.append([self.select, self.options[0]])
            self.select = None
        elif tag == "textarea":
            self.textarea = None

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data


def form_fields(page, action):
    reader = FormReader(action)
    reader.feed(page.text)
    fields = [(name, value) for name, value in reader.fields]
    # A browser drops the one line break that follows <textarea>.
    return [(name, value[1:] if value.startswith("\n") else value) for name, value in fields]


def with_value(fields, name, value):
    return [(key, value if key == name else old) for key, old in fields]


def logged_in(who=TOM):
    browser = Browser(PORTAL_URL)
    assert browser.log_in(*who).status == 303
    return browser


def crm_case(who, case_id):
    answer = crm_call(CRM_URL, "FetchRecord", who[0], who[1], module="HelpDesk", recordId=case_id)
    assert answer["success"], answer
    return answer["result"]["record"]


def crm_comments(who, case_id):
    answer = crm_call(CRM_URL, "FetchRelatedRecords", who[0], who[1], module="HelpDesk", recordId=case_id,
                      relatedModule="ModComments", relatedModuleLabel="ModComments", pageLimit="100")
    assert answer["success"], answer
    return [html.unescape(comment["commentcontent"]) for comment in answer["result"]]


def stored(text):
    """What the CRM keeps, compared as the CRM's line endings allow."""
    return html.unescape(text).replace("\r\n", "\n")


def new_case(browser, title, description=DESCRIPTION):
    form = browser.get("/cases/new")
    fields = with_value(form_fields(form, "/cases"), "ticket_title", title)
    fields = with_value(with_value(fields, "description", description), "ticketpriorities", "Normal")
    return post_multipart(browser, "/cases", fields)


def cases_titled(who, title):
    answer = crm_call(CRM_URL, "FetchRecords", who[0], who[1], module="HelpDesk", moduleLabel="HelpDesk",
                      pageLimit="100")
    assert answer["success"], answer
    return [case for key, case in answer["result"].items()
            if key.isdigit() and html.unescape(case["ticket_title"]) == title]


def test_a_multi_line_description_and_comment_survive_create_page_edit_and_save():
    browser = logged_in()
    title = "Line breaks " + uuid.uuid4().hex[:8]
    created = new_case(browser, title)
    assert created.status == 303, created.status
    case_id = created.header("location").rsplit("/", 1)[1]
    assert stored(crm_case(TOM, case_id)["description"]) == DESCRIPTION
    page = browser.get("/cases/" + case_id)
    assert html.escape(DESCRIPTION, quote=False).replace("\n", "\n") in page.text.replace("&#10;", "\n"), \
        "the page shows the paragraphs as typed"
    # The edit form holds the text as stored; changing only the severity
    # writes the description back unchanged.
    edit = browser.get("/cases/%s/edit" % case_id)
    fields = form_fields(edit, "/cases/%s/edit" % case_id)
    description = [value for name, value in fields if name.endswith("description")]
    assert description == [DESCRIPTION], description
    severity = [name for name, _ in fields if name.endswith("ticketseverities")]
    saved = browser.post("/cases/%s/edit" % case_id, with_value(fields, severity[0], "Major") if severity else fields)
    assert saved.status == 303, (saved.status, saved.text[:2000])
    record = crm_case(TOM, case_id)
    assert stored(record["description"]) == DESCRIPTION
    if severity:
        assert record["ticketseverities"] == "Major"
    # A comment keeps its lines in the CRM and on the page.
    page = browser.get("/cases/" + case_id)
    comment = browser.post("/cases/%s/comments" % case_id,
                           with_value(form_fields(page, "/cases/%s/comments" % case_id), "comment", COMMENT))
    assert comment.status == 303, comment.status
    assert COMMENT in [stored(text) for text in crm_comments(TOM, case_id)]
    assert html.escape(COMMENT, quote=False) in browser.get("/cases/" + case_id).text


def test_a_form_sent_twice_writes_once_and_both_get_its_answer():
    browser = logged_in()
    title = "Double click " + uuid.uuid4().hex[:8]
    form = browser.get("/cases/new")
    fields = with_value(with_value(form_fields(form, "/cases"), "ticket_title", title), "description", "Once.")
    fields = with_value(fields, "ticketpriorities", "High")
    assert any(name == "form_token" and value for name, value in fields), "the form carries a one-time token"
    answers = []
    threads = [threading.Thread(target=lambda: answers.append(post_multipart(browser, "/cases", fields)))
               for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [answer.status for answer in answers] == [303, 303], [answer.status for answer in answers]
    assert answers[0].header("location") == answers[1].header("location")
    # The back button and a second send: still the one case.
    again = post_multipart(browser, "/cases", fields)
    assert again.status == 303 and again.header("location") == answers[0].header("location")
    assert len(cases_titled(TOM, title)) == 1
    # The same for a comment: one comment however often the form is sent.
    case_id = answers[0].header("location").rsplit("/", 1)[1]
    page = browser.get("/cases/" + case_id)
    text = "Only once " + uuid.uuid4().hex[:8]
    comment = with_value(form_fields(page, "/cases/%s/comments" % case_id), "comment", text)
    first = browser.post("/cases/%s/comments" % case_id, comment)
    second = browser.post("/cases/%s/comments" % case_id, comment)
    assert first.status == second.status == 303 and first.header("location") == second.header("location")
    assert [stored(c) for c in crm_comments(TOM, case_id)].count(text) == 1


def test_a_comment_sent_after_the_session_ended_comes_back_after_sign_in():
    browser = logged_in()
    case_id = new_case(browser, "Session ends " + uuid.uuid4().hex[:8]).header("location").rsplit("/", 1)[1]
    page = browser.get("/cases/" + case_id)
    comment = with_value(form_fields(page, "/cases/%s/comments" % case_id), "comment", COMMENT)
    # The session ends while the customer writes (the portal no longer knows it).
    browser.cookies["portal_session"] = uuid.uuid4().hex * 2
    sent = browser.post("/cases/%s/comments" % case_id, comment)
    assert sent.status == 303, sent.status
    assert sent.header("location") == "/login?next=%2Fcases%2F" + case_id + "&ended=1", sent.header("location")
    login = browser.get(sent.header("location"))
    assert "Your session ended before your form was sent" in login.text
    assert login.hidden_input("next") == "/cases/" + case_id
    signed_in = browser.post("/login", {"email": TOM[0], "password": TOM[1], "csrf_token":
                                        login.hidden_input("csrf_token"), "next": login.hidden_input("next")})
    assert signed_in.status == 303 and signed_in.header("location") == "/cases/" + case_id
    back = browser.get("/cases/" + case_id)
    assert form_fields(back, "/cases/%s/comments" % case_id) and \
        dict(form_fields(back, "/cases/%s/comments" % case_id))["comment"] == COMMENT
    assert COMMENT not in [stored(c) for c in crm_comments(TOM, case_id)], "nothing was sent without a session"
    # Given back once: the next visit shows an empty form.
    assert dict(form_fields(browser.get("/cases/" + case_id), "/cases/%s/comments" % case_id))["comment"] == ""


def test_a_kept_draft_is_for_its_browser_and_its_page_alone():
    browser = logged_in()
    case_id = new_case(browser, "Draft owner " + uuid.uuid4().hex[:8]).header("location").rsplit("/", 1)[1]
    page = browser.get("/cases/" + case_id)
    comment = with_value(form_fields(page, "/cases/%s/comments" % case_id), "comment", "Private draft text")
    browser.cookies["portal_session"] = "0" * 64
    browser.post("/cases/%s/comments" % case_id, comment)
    assert "portal_draft" in browser.cookies
    # Another browser signed in as the same customer does not get it.
    other = logged_in()
    assert "Private draft text" not in other.get("/cases/" + case_id).text
    # A draft never goes to another page, and an open redirect is not made of ?next=.
    browser.log_in(*TOM)
    assert "Private draft text" not in browser.get("/cases").text
    for next_page in ["//evil.example/", "https://evil.example/", "/\\evil.example"]:
        login = Browser(PORTAL_URL)
        page = login.get("/login?next=" + next_page)
        answer = login.post("/login", {"email": TOM[0], "password": TOM[1], "csrf_token":
                                       page.hidden_input("csrf_token"), "next": next_page})
        assert answer.header("location") == "/", answer.header("location")
    assert "Private draft text" in browser.get("/cases/" + case_id).text
