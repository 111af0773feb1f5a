"""A walk of every page a customer can reach, as each of a CRM's portal
contacts: sign in, follow every link of the portal the pages offer, and
check each answer as a customer would (no error page, no "we cannot reach
our customer system" while the CRM answers, no table column that is empty
on every row, no empty download, the data the CRM holds for that contact).

Used against a real Vtiger (tests/vtiger/run_vtiger.py, when VTIGER_URL is
set) and against the reference CRM's stock-Vtiger mode (the end-to-end
suite), with the expectations of each data set."""

import html
import os
import re
import sys
import time
import urllib.parse

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "e2e"))

from http_client import Browser  # noqa: E402

# Pages that change something, leave the session or only switch a setting:
# a walk reads, it never writes.
SKIPPED_PREFIXES = ("/logout", "/static/", "/themes/", "/language", "/signup", "/forgot-password", "/reset-password")
MAX_PAGES_PER_CONTACT = 400
# A sort or page link is the same page in another order: a few of each are enough.
MAX_VARIANTS_PER_PATH = 6

CRM_DOWN_WORDS = ("cannot reach our customer system", "did not answer in time")


class Visit:
    def __init__(self, contact, path, status, milliseconds, problems, content_type):
        self.contact = contact
        self.path = path
        self.status = status
        self.milliseconds = milliseconds
        self.problems = problems
        self.content_type = content_type


def links_of(text):
    found = []
    for href in re.findall(r'href="([^"]+)"', text):
        href = html.unescape(href)
        if href.startswith("/") and not href.startswith("//"):
            found.append(href.split("#", 1)[0])
    return found


def table_problems(text):
    """Columns of a table whose every body cell is empty: a column the CRM cannot fill must not be shown."""
    problems = []
    for table in re.findall(r"<table[^>]*>(.*?)</table>", text, re.S):
        body = re.search(r"<tbody>(.*?)</tbody>", table, re.S)
        if not body:
            continue
        rows = [re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", row, re.S) for row in re.findall(r"<tr[^>]*>(.*?)</tr>", body.group(1), re.S)]
        rows = [row for row in rows if row]
        if not rows:
            continue
        headers = re.findall(r"<th[^>]*scope=\"col\"[^>]*>(.*?)</th>", table, re.S)
        width = max(len(row) for row in rows)
        for column in range(width):
            cells = [re.sub(r"<[^>]+>", "", row[column]).strip() if column < len(row) else "" for row in rows]
            if all(cell in ("", "—", "-") for cell in cells):
                name = re.sub(r"<[^>]+>", "", headers[column]).strip() if column < len(headers) else str(column + 1)
                problems.append("column \"%s\" is empty on every row" % name)
    return problems


def page_problems(response, path):
    problems = []
    if response.status >= 400:
        problems.append("HTTP %d" % response.status)
    content_type = response.header("content-type") or ""
    if "text/html" in content_type:
        lower = response.text.lower()
        for words in CRM_DOWN_WORDS:
            if words in lower:
                problems.append("says \"%s\" although the CRM answers" % words)
        problems.extend(table_problems(response.text))
    elif not response.body:
        problems.append("an empty %s" % (content_type or "answer"))
    # The portal's own PDFs (a quote, an invoice); a document's file is what it is.
    if path.split("?", 1)[0].endswith(".pdf") and len(response.body) < 1000:
        problems.append("a PDF of only %d bytes" % len(response.body))
    return problems


def sign_in(portal_url, email, password):
    browser = Browser(portal_url)
    answer = browser.log_in(email, password)
    if answer.status != 303 and answer.status != 302:
        raise AssertionError("%s could not sign in (HTTP %d)" % (email, answer.status))
    return browser, answer.header("location")


def walk_contact(portal_url, email, password, start_pages=("/",)):
    browser, landing = sign_in(portal_url, email, password)
    visits = []
    if landing != "/":
        visits.append(Visit(email, "/login", 303, 0, ["lands on %s after sign-in, not on home" % landing], ""))
    queue = list(start_pages)
    seen = set()
    variants = {}
    while queue and len(seen) < MAX_PAGES_PER_CONTACT:
        path = queue.pop(0)
        if path in seen or path.startswith(SKIPPED_PREFIXES) or path == "/login":
            continue
        bare = path.split("?", 1)[0]
        if "?" in path:
            variants[bare] = variants.get(bare, 0) + 1
            if variants[bare] > MAX_VARIANTS_PER_PATH:
                continue
        seen.add(path)
        started = time.monotonic()
        response = browser.get(path)
        milliseconds = (time.monotonic() - started) * 1000
        if response.status in (301, 302, 303):
            target = response.header("location") or ""
            if target.startswith("/login"):
                visits.append(Visit(email, path, response.status, milliseconds, ["signed out"], ""))
                break
            if target.startswith("/") and not target.startswith("//"):
                queue.append(target)
            continue
        visits.append(Visit(email, path, response.status, milliseconds, page_problems(response, path),
                            response.header("content-type") or ""))
        if "text/html" in (response.header("content-type") or ""):
            queue.extend(link for link in links_of(response.text) if link not in seen)
    return browser, visits


def check_expectations(browser, email, expectations):
    """expectations: [(path, [text that must be on that page], [text that must not be])]"""
    visits = []
    for path, present, absent in expectations:
        response = browser.get(path)
        text = html.unescape(response.text)
        problems = ["HTTP %d" % response.status] if response.status != 200 else []
        problems += ["does not show \"%s\"" % words for words in present if words not in text]
        problems += ["shows \"%s\"" % words for words in absent if words in text]
        visits.append(Visit(email, path + " (data)", response.status, 0, problems, ""))
    return visits


def walk(portal_url, contacts):
    """contacts: [(email, password, expectations)]. Answers every Visit."""
    visits = []
    for email, password, expectations in contacts:
        browser, walked = walk_contact(portal_url, email, password)
        visits.extend(walked)
        visits.extend(check_expectations(browser, email, expectations))
    return visits


def report(visits, title):
    failed = [visit for visit in visits if visit.problems]
    pages = {}
    for visit in visits:
        bare = urllib.parse.urlsplit(visit.path).path
        shape = re.sub(r"/\d+x\d+", "/{id}", bare)
        pages.setdefault(shape, []).append(visit)
    print("%s: pages by shape (visits, median ms, problems)" % title)
    for shape in sorted(pages):
        times = sorted(visit.milliseconds for visit in pages[shape] if visit.milliseconds)
        median = times[len(times) // 2] if times else 0
        problems = sum(1 for visit in pages[shape] if visit.problems)
        print("  %-40s %4d %7.0f ms  %s" % (shape, len(pages[shape]), median, "ok" if not problems else "%d failing" % problems))
    for visit in failed:
        print("FAILED  %s as %s: %s" % (visit.path, visit.contact, "; ".join(visit.problems)))
    print("%s: %d passed, %d failed" % (title, len(visits) - len(failed), len(failed)))
    return not failed
