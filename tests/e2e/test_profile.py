"""The profile: the contact's own fields, editable where the CRM allows,
checked by type, kept on error; read-only fields stay as they are."""

import re

from http_client import Browser, crm_call
from stack import CRM_URL, PETER, PORTAL_URL


def logged_in(who):
    browser = Browser(PORTAL_URL)
    assert browser.log_in(*who).status == 303
    return browser


def own_record(who):
    modules = crm_call(CRM_URL, "FetchModules", *who)["result"]
    answer = crm_call(CRM_URL, "FetchRecord", *who, recordId=modules["contact_id"]["value"], module="Contacts")
    assert answer["success"], answer
    return answer["result"]["record"]


def form_of(page):
    fields = dict(re.findall(r'<input type="(?:text|tel|email|url|date)" id="field-[^"]*" name="([^"]*)" value="([^"]*)"',
                             page.text))
    fields["csrf_token"] = page.hidden_input("csrf_token")
    return fields


def test_the_profile_shows_the_contact_and_a_form_for_editable_fields():
    page = logged_in(PETER).get("/profile")
    assert page.status == 200
    record = own_record(PETER)
    assert record["email"] in page.text
    fields = form_of(page)
    assert "phone" in fields and "title" in fields
    assert "email" not in fields  # read-only in the CRM's settings


def test_a_valid_edit_is_saved_and_confirmed():
    browser = logged_in(PETER)
    fields = form_of(browser.get("/profile"))
    fields["phone"] = "+44 20 7946 0199"
    answer = browser.post("/profile", fields)
    assert answer.status == 303 and answer.header("location") == "/profile?saved=1"
    assert "Your details have been saved." in browser.get(answer.header("location")).text
    assert own_record(PETER)["phone"] == "+44 20 7946 0199"


def test_an_invalid_edit_is_kept_with_a_message_and_not_saved():
    browser = logged_in(PETER)
    before = own_record(PETER)
    fields = form_of(browser.get("/profile"))
    fields["phone"] = "call me maybe"
    fields["title"] = "Head of IT"
    answer = browser.post("/profile", fields)
    assert answer.status == 400
    assert "Please enter a phone number" in answer.text
    assert 'value="call me maybe"' in answer.text and 'value="Head of IT"' in answer.text
    assert 'aria-invalid="true" aria-describedby="field-phone-error"' in answer.text
    after = own_record(PETER)
    assert after["phone"] == before["phone"] and after["title"] == before["title"]


def test_a_crafted_post_cannot_change_a_read_only_field():
    browser = logged_in(PETER)
    before = own_record(PETER)
    fields = form_of(browser.get("/profile"))
    fields["email"] = "someone.else@evil.example"
    fields["account_id"] = "11x999"
    fields["title"] = "IT Administrator"
    answer = browser.post("/profile", fields)
    assert answer.status == 303
    after = own_record(PETER)
    assert after["email"] == before["email"] and after["account_id"] == before["account_id"]


def test_an_edit_without_the_csrf_token_is_refused():
    browser = logged_in(PETER)
    fields = form_of(browser.get("/profile"))
    fields["csrf_token"] = "forged"
    fields["title"] = "Forged title"
    assert browser.post("/profile", fields).status == 400
    assert own_record(PETER)["title"] != "Forged title"
