"""One case per capture: who calls, which parameters change to fit the demo
data, and what the answer must be."""

from captures import compare


class Case:
    """`helpdesk_scope`: run while the CRM shows HelpDesk records with that scope; `also(data, answer)`:
    further problems with our answer beyond its shape."""

    def __init__(self, capture, who=lambda d: d.mary, params=None, basic_header=True,
                 no_credential_fields=False, files=None, helpdesk_scope=None, also=None):
        self.capture = capture
        self.who = who
        self.params = params or (lambda d: {})
        self.basic_header = basic_header
        self.no_credential_fields = no_credential_fields
        self.files = files
        self.helpdesk_scope = helpdesk_scope
        self.also = also

    def check(self, capture, status, ours):
        """Same shape as Vtiger: success flag, then result shape or error code."""
        theirs = capture.answer
        if ours.get("success") != theirs.get("success"):
            return ["Vtiger answers success=%s, we answer %s" % (theirs.get("success"), _short(ours))]
        if theirs["success"]:
            return compare(theirs["result"], ours["result"])
        return _same_error(theirs["error"], ours["error"])


class Deliberate(Case):
    """The reference CRM answers differently from Vtiger on purpose; `reason` says why."""

    def __init__(self, capture, code, reason, message=None, status=200, **kwargs):
        super().__init__(capture, **kwargs)
        self.code, self.message, self.status, self.reason = code, message, status, reason

    def check(self, capture, status, ours):
        problems = []
        if status != self.status:
            problems.append("HTTP %d, expected %d" % (status, self.status))
        error = ours.get("error") or {}
        if ours.get("success") is not False or error.get("code") != self.code:
            problems.append("expected error %r (%s), got %s" % (self.code, self.reason, _short(ours)))
        elif self.message and self.message not in error.get("message", ""):
            problems.append("expected a message with %r, got %r" % (self.message, error.get("message")))
        return problems


class DeliberateSuccess(Case):
    """Vtiger fails here (an empty HTTP 500 or a wrong refusal); the reference CRM answers."""

    def __init__(self, capture, reason, **kwargs):
        super().__init__(capture, **kwargs)
        self.reason = reason

    def check(self, capture, status, ours):
        if status != 200 or ours.get("success") is not True:
            return ["expected a successful answer (%s), got HTTP %d %s" % (self.reason, status, _short(ours))]
        return []


def _short(answer):
    import json
    return json.dumps(answer)[:160]


def _same_error(theirs, ours):
    if theirs is None:
        return [] if ours is None or isinstance(ours, dict) else ["error must be an object or null"]
    if not isinstance(ours, dict) or ours.get("code") != theirs.get("code"):
        return ["Vtiger's error code is %r (%s), ours %s" % (theirs.get("code"), theirs.get("message"), _short(ours))]
    return []


def _ids(answer):
    """Every record id anywhere in an answer."""
    if isinstance(answer, dict):
        found = [answer["id"]] if isinstance(answer.get("id"), str) else []
        return found + [i for value in answer.values() for i in _ids(value)]
    if isinstance(answer, list):
        return [i for value in answer for i in _ids(value)]
    return []


def shows_colleagues_case(data, ours):
    """Scope "all": the organisation's cases, Peter's among them, not only Mary's own."""
    if data.same_org_case not in _ids(ours.get("result")):
        return ["Peter's case %s is missing although HelpDesk shows the whole organisation" % data.same_org_case]
    return []


def same_id_prefixes(capture):
    """Ids with Vtiger's prefixes (ModComments 30x…), not only well-formed ones."""
    def check(data, ours):
        theirs = {i.partition("x")[0] for i in _ids(capture_answer(capture))}
        mine = {i.partition("x")[0] for i in _ids(ours.get("result"))}
        return ["id prefixes %s where Vtiger has %s" % (sorted(mine - theirs), sorted(theirs))] if mine - theirs else []
    return check


def capture_answer(name):
    from captures import Capture
    return Capture(name).answer.get("result")


LOGIN_FAILED = "one answer for every failed login, so that nobody learns which accounts exist (docs/json-api.md, Authentication)"
HOLE = "scope is checked before any write; Vtiger writes first and never refuses (docs/json-api.md, Holes #1)"
NO_FATAL = "no empty HTTP 500: an unknown or missing operation is 1404 (docs/json-api.md, Transport)"

CASES = [
    Case("01-Ping-good"),
    Deliberate("02-Ping-wrong-password", 1412, LOGIN_FAILED, "Login failed",
               who=lambda d: (d.mary[0], "WrongPass1")),
    Case("03-Ping-unknown-user", who=lambda d: ("nobody@northwind.example", "Demo-Portal-1")),
    Case("07-Ping-no-basic-auth", basic_header=False),
    Deliberate("09-Ping-GET", 1404, NO_FATAL, "Operation not found"),
    Deliberate("10-Unknown-operation", 1404, NO_FATAL, "Operation not found: FooBar"),
    Deliberate("11-Missing-operation", 1404, NO_FATAL, "Operation not found"),
    Case("13-FetchModules"),
    Case("145-FetchModules-language-de"),
    Case("14-FetchProfile"),
    Case("15-FetchCompanyDetails"),
    Case("16-FetchCompanyTitle"),
    Case("17-FetchAnnouncement"),
    Case("18-FetchShortcuts"),
    Case("19-FetchRecentRecords"),
    Case("20-FetchLabelFields"),
    Case("21-DescribeModule-HelpDesk"),
    Case("22-DescribeModule-Documents"),
    Case("23-DescribeModule-Faq"),
    Case("24-DescribeModule-Invoice"),
    Case("25-DescribeModule-Leads-disabled"),
    Case("126-DescribeModule-Quotes"),
    Case("127-DescribeModule-Assets"),
    Case("129-DescribeModule-Contacts"),
    Case("26-FetchRecords-HelpDesk-mine"),
    Case("28-FetchRecords-HelpDesk-mine-orderBy"),
    Case("29-FetchRecords-HelpDesk-mine-fields"),
    Case("31-FetchRecords-HelpDesk-bad-orderBy"),
    Case("33-FetchRecords-HelpDesk-bad-field"),
    Case("34-FetchRecords-HelpDesk-mode-all-while-default-mine"),
    Case("44-FetchRecords-Faq"),
    Case("45-FetchRecords-Documents"),
    Case("46-FetchRecords-Invoice"),
    Case("48-FetchRecords-Products"),
    Case("49-FetchRecords-Services"),
    Case("51-FetchRecords-Accounts"),
    Case("52-FetchRecords-Contacts"),
    Case("55-FetchRecords-Leads-disabled"),
    Case("56-FetchRecords-Invoice-mode-mine"),
    Case("57-FilterRecords-HelpDesk"),
    Case("59-FilterRecords-bad-field"),
    Case("60-ExportRecords-HelpDesk"),
    Case("61-ExportRecords-HelpDesk-fields"),
    Case("63-FetchRecord-HelpDesk-own", params=lambda d: {"recordId": d.own_case}),
    Case("64-FetchRecord-HelpDesk-other-contact", params=lambda d: {"recordId": d.other_org_case}),
    Case("65-FetchRecord-HelpDesk-bob-mine", params=lambda d: {"recordId": d.same_org_case}),
    Deliberate("67-FetchRecord-bad-id-format", "INVALID_ID_ATTRIBUTE",
               "a malformed id is an error, not Vtiger's success with a null record"),
    Case("68-FetchRecord-Invoice", params=lambda d: {"recordId": d.invoice}),
    Case("70-FetchRecord-Documents", params=lambda d: {"recordId": d.own_document}),
    DeliberateSuccess("71-FetchRecord-Faq", "a published FAQ is readable; Vtiger 8.3 crashes",
                      params=lambda d: {"recordId": d.faq}),
    Case("73-FetchRecord-Contacts-self", params=lambda d: {"recordId": d.own_contact}),
    DeliberateSuccess("74-FetchRecord-Accounts", "the contact's own organisation is readable (A.1.9)",
                      params=lambda d: {"recordId": d.own_account}),
    Case("75-FetchRecord-Assets", params=lambda d: {"recordId": d.asset}),
    Case("77-FetchRecord-with-parentId", params=lambda d: {"recordId": d.own_case, "parentId": d.own_contact}),
    Case("78-FetchRelatedModules-HelpDesk"),
    Case("79-FetchRelatedModules-Project"),
    Case("81-FetchRelatedRecords-ModComments", params=lambda d: {"recordId": d.own_case},
         also=same_id_prefixes("81-FetchRelatedRecords-ModComments")),
    Case("82-FetchRelatedRecords-Documents", params=lambda d: {"recordId": d.own_case}),
    Case("83-FetchRelatedRecords-ModComments-other", params=lambda d: {"recordId": d.other_org_case}),
    Case("85-FetchHistory-HelpDesk", params=lambda d: {"record": d.own_case}),
    Case("87-FetchHistory-other", params=lambda d: {"record": d.other_org_case}),
    Case("88-FetchReferenceRecords-HelpDesk", params=lambda d: {"searchKey": "Router"}),
    Case("90-SearchFaqs"),
    Case("91-SearchFaqs-nomatch"),
    Case("92-SearchRecords", params=lambda d: {"searchKey": "Northwind"}),
    Case("94-SearchRecords-empty"),
    Case("95-SaveRecord-HelpDesk-create"),
    Deliberate("99-SaveRecord-HelpDesk-edit-other", 1412, HOLE, "Record not",
               params=lambda d: {"recordId": d.other_org_case}),
    Case("100-SaveRecord-invalid-module"),
    Case("103-AddComment", params=lambda d: {
        "values": '{"commentcontent": "Comment added from the portal", "related_to": "%s"}' % d.own_case},
         also=same_id_prefixes("103-AddComment")),
    Deliberate("104-AddComment-other", 1412, HOLE, "Record not", params=lambda d: {
        "values": '{"commentcontent": "sneaky", "related_to": "%s"}' % d.other_org_case}),
    Case("106-DownloadFile-Documents", params=lambda d: {"recordId": d.own_document}),
    Case("108-DownloadFile-other", params=lambda d: {"recordId": d.same_org_document}),
    Deliberate("108-DownloadFile-other", 1412, "another organisation's document is never served", "Record not",
               params=lambda d: {"recordId": d.other_org_document}),
    Case("109-DownloadFile-Invoice-disabled-module", params=lambda d: {"recordId": d.own_document}),
    Case("110-UpdateLoginDetails-login"),
    Case("111-UpdateLoginDetails-logout"),
    Case("112-FetchProfile-after-login"),
    Deliberate("113-ChangePassword-wrong-password", 1412, LOGIN_FAILED, "Login failed",
               who=lambda d: (d.peter[0], "not-the-password")),
    Case("118-ForgotPassword-unknown", basic_header=False, no_credential_fields=True,
         who=lambda d: ("nobody@northwind.example", ""),
         params=lambda d: {"email": "nobody@northwind.example"}),
    Deliberate("136-SaveRecord-HelpDesk-missing-mandatory", "MANDATORY_FIELDS_MISSING",
               "a case without its mandatory title is refused; Vtiger 8.3 saves it as '?????'", "ticket_title"),
    Case("138-FetchHistory-Invoice", params=lambda d: {"record": d.invoice}),
    Deliberate("139-FetchHistory-Faq-not-tracked", 1412, "FAQs keep no history; Vtiger 8.3 crashes",
               params=lambda d: {"record": d.faq}),
    Case("141-FetchRelatedRecords-Faq-ModComments", params=lambda d: {"recordId": d.faq}),
    Case("142-AddComment-Faq", params=lambda d: {
        "values": '{"commentcontent": "Helpful FAQ", "related_to": "%s"}' % d.faq},
         also=same_id_prefixes("142-AddComment-Faq")),
    DeliberateSuccess("96-SaveRecord-HelpDesk-create-x0", "an id '17x0' means a new record (docs/json-api.md, Values); "
                      "Vtiger 8.3 answers RECORD_NOT_FOUND"),
    Case("97-SaveRecord-HelpDesk-edit", params=lambda d: {"recordId": d.own_case}),
    Case("105-FetchRelatedRecords-ModComments-after-add", params=lambda d: {"recordId": d.own_case},
         also=same_id_prefixes("105-FetchRelatedRecords-ModComments-after-add")),
    Case("53-FetchRecords-Project"),
    Case("124-FetchRecords-Project-Projects-label"),
    Case("125-FetchRecords-ServiceContracts"),
    Case("131-SaveRecord-Documents-upload-title-only",
         params=lambda d: {"_operation": "SaveRecord", "module": "Documents", "filename": "Uploaded from portal",
                           "values": '{"notes_title": "Uploaded from portal"}'},
         files=lambda d: {"file": ("hello.txt", "text/plain", "Hello from the portal\n")}),
    Case("132-FetchRecords-Documents-after-upload"),
    Case("133-SaveRecord-Contacts-edit-self", params=lambda d: {"recordId": d.own_contact}),
    Deliberate("134-SaveRecord-Accounts-edit", 1412, "the demo portal settings keep the organisation read-only; "
               "the rule is Vtiger's own (A.2.21)", "Specified fields not editable",
               params=lambda d: {"recordId": d.own_account}),
    Case("135-SaveRecord-HelpDesk-create-with-parent", params=lambda d: {"parentId": d.own_contact}),
    Case("117-ForgotPassword", basic_header=False, no_credential_fields=True,
         who=lambda d: (d.lena[0], ""), params=lambda d: {"email": d.lena[0]}),
    Case("119-ForgotPassword-with-auth", who=lambda d: d.lena, params=lambda d: {"email": d.lena[0]}),
    Case("121-ForgotPassword-dummy-basic", no_credential_fields=True, who=lambda d: (d.lena[0], "anything"),
         params=lambda d: {"email": d.lena[0]}),
    DeliberateSuccess("120-Ping-eve-after-ForgotPassword",
                      "ForgotPassword sends a one-time link and leaves the password as it is (A.8)",
                      who=lambda d: d.lena),
    # Last: Peter's password changes and is changed back.
    Case("114-ChangePassword", who=lambda d: d.peter, params=lambda d: {"newPassword": "NewPass@456"}),
    Case("115-Ping-bob-new-password", who=lambda d: (d.peter[0], "NewPass@456")),
    Case("114-ChangePassword", who=lambda d: (d.peter[0], "NewPass@456"), params=lambda d: {"newPassword": d.peter[1]}),
    # HelpDesk with the scope "all" (the CRM's setting is switched and put back around these).
    Case("35-FetchRecords-HelpDesk-all", helpdesk_scope="all", also=shows_colleagues_case),
    Case("36-FetchRecords-HelpDesk-all-default", helpdesk_scope="all", also=shows_colleagues_case),
    Case("39-FetchRecentRecords-all", helpdesk_scope="all"),
    Case("40-FetchRecord-HelpDesk-bob-ticket-all", helpdesk_scope="all",
         params=lambda d: {"recordId": d.same_org_case}),
    Case("41-FilterRecords-HelpDesk-all", helpdesk_scope="all", also=shows_colleagues_case),
    Case("42-ExportRecords-HelpDesk-all", helpdesk_scope="all", also=shows_colleagues_case),
]
