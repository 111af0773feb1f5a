"""Unknown addresses and a CRM that is away."""

from http_client import Browser
from stack import MARY, PORTAL_URL, portalctl


def test_unknown_address_gets_a_themed_404():
    page = Browser(PORTAL_URL).get("/no/such/page")
    assert page.status == 404
    assert "Page not found" in page.text and "Northwind Traders Support" in page.text
    assert "portal.css" in page.text


def test_malformed_case_ids_are_404_not_errors():
    browser = Browser(PORTAL_URL)
    browser.log_in(*MARY)
    for bad in ["/cases/abc", "/cases/17x", "/cases/17x0", "/cases/99999999999999999999x1", "/cases/%E2%80%AE17x1", "/cases/17x1x2"]:
        page = browser.get(bad)
        assert page.status == 404, (bad, page.status)


def test_security_headers_are_sent():
    page = Browser(PORTAL_URL).get("/login")
    assert "frame-ancestors 'none'" in page.header("content-security-policy")
    assert page.header("x-content-type-options") == "nosniff"
    assert page.header("x-frame-options") == "DENY"


def test_a_crm_that_is_away_gives_a_clear_503_and_the_portal_recovers():
    browser = Browser(PORTAL_URL)
    browser.log_in(*MARY)
    assert browser.get("/cases").status == 200
    newcomer = Browser(PORTAL_URL)
    login_page = newcomer.get("/login")
    portalctl("crm-down")
    try:
        page = browser.get("/cases")
        assert page.status == 503, page.status
        assert "The service is unreachable" in page.text
        assert "Northwind Traders Support" in page.text
        login = newcomer.post("/login", {"email": MARY[0], "password": MARY[1],
                                         "csrf_token": login_page.hidden_input("csrf_token")})
        assert login.status == 503, login.status
        assert "The service is unreachable" in login.text
        assert 'value="mary.smith@northwind.example"' in login.text
    finally:
        portalctl("crm-up")
    assert browser.get("/cases").status == 200
