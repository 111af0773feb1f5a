"""Several portal nodes behind one site share their sessions through MariaDB
($session_store = 'mariadb'): a customer who logs in on one node goes on on
another, and a logout on either ends the session on both."""

import os

from extra_node import Node, stack_run_folder
from http_client import Browser
from stack import MARY


def mariadb_overrides():
    with open(os.path.join(stack_run_folder(), "db.secret"), encoding="utf-8") as secret:
        password = secret.read().strip()
    with open(os.path.join(stack_run_folder(), "ports"), encoding="utf-8") as ports:
        db_port = int(dict(line.strip().split("=", 1) for line in ports if "=" in line)["DB_PORT"])
    return {"session_store": "mariadb", "session_db_host": "127.0.0.1", "session_db_port": db_port,
            "session_db_user": "portal", "session_db_password": password, "session_db_name": "portal_sessions"}


def on_node(browser, node):
    """The same browser (its cookies) speaking to another node."""
    other = Browser(node.url)
    other.cookies = browser.cookies
    return other


def test_a_session_started_on_one_node_goes_on_on_another_and_ends_on_both():
    with Node("shared-1", mariadb_overrides()) as first, Node("shared-2", mariadb_overrides()) as second:
        browser = Browser(first.url)
        answer = browser.log_in(*MARY)
        assert answer.status == 303 and answer.header("location") == "/"
        session_id = browser.cookies["portal_session"]
        cases_on_second = on_node(browser, second).get("/cases")
        assert cases_on_second.status == 200, cases_on_second.status
        assert "Mary Smith" in cases_on_second.text
        token = cases_on_second.hidden_input("csrf_token")
        assert browser.get("/cases").hidden_input("csrf_token") == token  # one session, one token
        assert on_node(browser, second).post("/logout", {"csrf_token": token}).status == 303
        replay = Browser(first.url)
        replay.cookies["portal_session"] = session_id
        ended = replay.get("/cases")
        assert ended.status == 303 and ended.header("location").startswith("/login")


def test_the_shared_store_keeps_no_usable_session_id_or_password():
    with Node("shared-3", mariadb_overrides()) as node:
        browser = Browser(node.url)
        browser.log_in(*MARY)
        session_id = browser.cookies["portal_session"]
        dump = os.popen("mariadb --no-defaults --socket=%s -uroot -N -e "
                        "'SELECT * FROM portal_sessions.portal_sessions'" % os.path.join(stack_run_folder(),
                                                                                     "db.sock")).read()
        assert dump, "the session table is empty"
        assert session_id not in dump
        assert MARY[1] not in dump
