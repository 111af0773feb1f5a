"""Admins change the look and the words by editing config.inc and reloading."""

import os
import re
import shutil
import time

from http_client import Browser
from stack import PORTAL_URL, portalctl

REPO = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
STACK_CONFIG = os.environ.get("STACK_CONFIG", "")


def set_config(key, value):
    with open(STACK_CONFIG, encoding="utf-8") as file:
        text = file.read()
    text = re.sub(r"^\$%s *=.*$" % key, "$%s = '%s';" % (key, value), text, flags=re.M)
    with open(STACK_CONFIG, "w", encoding="utf-8") as file:
        file.write(text)
    portalctl("reload")


def login_page():
    return Browser(PORTAL_URL).request("GET", "/login", headers={"Accept-Language": "ja"}).text


def wait_for(text, seconds=5):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if text in login_page():
            return True
        time.sleep(0.1)
    return False


def test_a_theme_with_a_broken_template_is_refused_and_the_portal_keeps_serving():
    broken = os.path.join(REPO, "themes", "e2e-broken-%d" % os.getpid())
    os.makedirs(os.path.join(broken, "templates"))
    log = os.path.join(os.path.dirname(STACK_CONFIG), "portal.log")
    try:
        with open(os.path.join(broken, "templates", "login.tpl"), "w") as file:
            file.write('{{%AUTOESCAPE context="HTML"}}\n<p>\n{{#OPEN}}\n<p>\n')
        set_config("CompanyName", "Renamed Support")
        assert wait_for("Renamed Support")  # a good change is taken
        set_config("theme", os.path.basename(broken))
        time.sleep(1)
        page = login_page()
        assert "/themes/default/static/css/portal.css" in page and "Sign in" in page
        with open(log, encoding="utf-8") as file:
            assert "kept the current theme and languages: the template" in file.read()
    finally:
        shutil.rmtree(broken)
        set_config("theme", "default")
        set_config("CompanyName", "Northwind Traders Support")
        assert wait_for("Northwind Traders Support")


def test_a_reload_drops_no_request():
    import threading
    failures = []
    stop = threading.Event()

    def load():
        browser = Browser(PORTAL_URL)
        while not stop.is_set():
            page = browser.get("/login")
            if page.status != 200 or "</html>" not in page.text:
                failures.append(page.status)

    workers = [threading.Thread(target=load) for _ in range(4)]
    for worker in workers:
        worker.start()
    try:
        for _ in range(5):
            portalctl("reload")
            time.sleep(0.2)
    finally:
        stop.set()
        for worker in workers:
            worker.join()
    assert failures == [], failures
