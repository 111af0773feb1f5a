"""The reference CRM answering as a stock Vtiger 8.3 (serve --behave-as
vtiger-8.3, seeded with the portal fields Vtiger installs) against every
capture, answer for answer: the same HTTP status, an empty body where Vtiger
crashes, the same success flag, the same error code and message, the same
shape, and records with exactly the fields Vtiger sends.

A few answers differ on purpose even here, each with its reason: the stock
mode copies Vtiger's limits and faults, never its security holes."""

import json

from captures import Capture, compare, is_record
from cases import CASES, HOLE, LOGIN_FAILED, Case

# Fields Vtiger adds to records beyond its portal fields.
VTIGER_EXTRAS = {"imageattachmentids", "label"}

# Captures whose stock answer deliberately differs, and why.
DIFFERENT = {
    "02-Ping-wrong-password": LOGIN_FAILED,
    "113-ChangePassword-wrong-password": LOGIN_FAILED,
    "99-SaveRecord-HelpDesk-edit-other": HOLE,
    "104-AddComment-other": HOLE,
    "108-DownloadFile-other": "another organisation's document is never served (the demo's Tom is not Vtiger's Bob)",
    "136-SaveRecord-HelpDesk-missing-mandatory": "a case without its title is refused, never saved as '?????'",
    "96-SaveRecord-HelpDesk-create-x0": "an id '17x0' means a new record (docs/json-api.md, Values)",
    "120-Ping-eve-after-ForgotPassword": "ForgotPassword sends a one-time link and leaves the password as it is",
    "67-FetchRecord-bad-id-format": "a malformed id is an error, not a success with a null record",
    "134-SaveRecord-Accounts-edit": "the demo's portal settings keep the organisation read-only",
    "164-AddComment-Faq-then-fetch": "recorded after comments of other captures; the shape is checked by 142",
}


# The whole contact (FetchProfile): its fields are the CRM's schema, which the
# reference CRM keeps smaller than Vtiger's; the shape is still compared.
WHOLE_RECORDS = {"14-FetchProfile", "112-FetchProfile-after-login", "157-FetchProfile-jane",
                 "133-SaveRecord-Contacts-edit-self"}


def record_fields(answer):
    """The field names of every record in an answer, by position."""
    if is_record(answer):
        return [set(answer) - VTIGER_EXTRAS]
    if isinstance(answer, dict):
        return [fields for key in answer for fields in record_fields(answer[key])]
    if isinstance(answer, list):
        return [fields for value in answer for fields in record_fields(value)]
    return []


def stock_check(capture, status, text):
    if status != capture.status:
        return ["Vtiger answers HTTP %d, we answer HTTP %d" % (capture.status, status)]
    if capture.answer is None:
        return [] if not text.strip() else ["Vtiger answers an empty body, we answer %r" % text[:120]]
    try:
        ours = json.loads(text)
    except ValueError:
        return ["the answer is not JSON: %r" % text[:120]]
    theirs = capture.answer
    if ours.get("success") != theirs.get("success"):
        return ["Vtiger answers success=%s, we answer %s" % (theirs.get("success"), text[:160])]
    if not theirs["success"]:
        same = (ours["error"] or {}).get("code") == theirs["error"].get("code") \
            and (ours["error"] or {}).get("message") == theirs["error"].get("message")
        return [] if same else ["Vtiger's error is %s, ours %s" % (theirs["error"], ours["error"])]
    problems = compare(theirs["result"], ours["result"])
    theirs_fields, our_fields = record_fields(theirs["result"]), record_fields(ours["result"])
    if capture.name not in WHOLE_RECORDS and theirs_fields and our_fields and theirs_fields[0] != our_fields[0]:
        problems.append("record fields %s where Vtiger sends %s" % (sorted(our_fields[0]), sorted(theirs_fields[0])))
    return problems


def new_cases():
    """The captures of what a stock 8.3 lacks (146-167), in the demo data's terms."""
    return [
        Case("146-FetchRecords-Faq-orderBy-createdtime"),
        Case("147-FetchRecords-Faq-orderBy-faq_no"),
        Case("148-FetchRecords-Faq-no-orderBy"),
        Case("149-FetchRecords-Documents-orderBy-modifiedtime"),
        Case("150-FetchRecords-Documents-no-orderBy"),
        Case("151-FetchRecords-HelpDesk-no-fields"),
        Case("152-FetchRecords-HelpDesk-fields-Open"),
        Case("153-ExportRecords-HelpDesk-mode-mine"),
        Case("154-ExportRecords-HelpDesk-mode-mine-fields"),
        Case("155-FetchRecord-Accounts-own-organisation", params=lambda d: {"recordId": d.own_account}),
        Case("156-FetchRecord-Accounts-own-organisation-bob", who=lambda d: d.peter,
             params=lambda d: {"recordId": d.own_account}),
        Case("157-FetchProfile-jane"),
        Case("158-FetchRecords-Contacts-mode-all"),
        Case("159-FetchRecords-Products-mode-mine"),
        Case("160-FetchRecords-Products-mode-all"),
        Case("161-FetchRecord-Invoice-totals", params=lambda d: {"recordId": d.invoice}),
        Case("162-SearchFaqs-two-words-reordered"),
        Case("163-SearchFaqs-two-words-in-order"),
        Case("165-FetchRelatedRecords-Faq-ModComments-after-AddComment", params=lambda d: {"recordId": d.faq}),
        Case("166-FetchRecord-Faq-500", params=lambda d: {"recordId": d.faq}),
        Case("167-FetchRecords-HelpDesk-fields-Open-bob", who=lambda d: d.peter),
    ]


def stock_cases():
    """Every case of the reference CRM's contract that is not about a deliberate difference, then the new ones."""
    plain = [case for case in CASES if case.capture not in DIFFERENT and not case.helpdesk_scope]
    return plain + [case for case in new_cases() if case.capture not in DIFFERENT]
