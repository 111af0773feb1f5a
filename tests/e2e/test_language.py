"""The customer's language: first guess from the browser, then their choice."""

import re

from http_client import Browser
from stack import MARY, PORTAL_URL


def test_the_browser_language_is_the_first_guess():
    page = Browser(PORTAL_URL).request("GET", "/login", headers={"Accept-Language": "de-AT,de;q=0.9,en;q=0.5"})
    assert '<html lang="de-DE" dir="ltr">' in page.text
    assert "Anmelden" in page.text and "E-Mail-Adresse" in page.text


def test_the_configured_language_without_a_preference():
    page = Browser(PORTAL_URL).get("/login")
    assert '<html lang="en-US" dir="ltr">' in page.text and "Sign in" in page.text


def test_choosing_a_language_keeps_it_on_every_page():
    browser = Browser(PORTAL_URL)
    login = browser.get("/login")
    link = re.search(r'<a href="([^"]*set=fr_fr[^"]*)"', login.text).group(1).replace("&amp;", "&")
    answer = browser.get(link)
    assert answer.status == 303 and answer.header("location") == "/login"
    assert browser.cookies["portal_language"] == "fr_fr"
    browser.log_in(*MARY)
    cases = browser.get("/cases")
    assert "Mes demandes" in cases.text and "Se déconnecter" in cases.text
    assert '<span lang="fr-FR" aria-current="true">Français</span>' in cases.text


def test_a_right_to_left_language_turns_the_page():
    browser = Browser(PORTAL_URL)
    browser.get("/language?set=ar_ae&next=/login")
    page = browser.get("/login")
    assert '<html lang="ar-AE" dir="rtl">' in page.text
    assert "تسجيل الدخول" in page.text


def test_the_language_link_never_leaves_the_site():
    browser = Browser(PORTAL_URL)
    for target in ["//evil.example/", "https://evil.example/", "/\\evil.example", "javascript:alert(1)"]:
        answer = browser.get("/language?set=de_de&next=" + target.replace("/", "%2F").replace(":", "%3A"))
        assert answer.status == 303 and answer.header("location") == "/", (target, answer.header("location"))
    answer = browser.get("/language?set=xx_yy&next=%2Fcases")
    assert answer.header("location") == "/cases" and browser.cookies.get("portal_language") == "de_de"
