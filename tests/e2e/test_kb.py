"""The knowledge base: categories, articles, related articles; published only."""

import re

from http_client import Browser, crm_call
from stack import CRM_URL, MARY, PORTAL_URL


def published_faqs():
    answer = crm_call(CRM_URL, "FetchRecords", MARY[0], MARY[1], module="Faq", moduleLabel="Faq", pageLimit="100")
    assert answer["success"], answer
    return [record for key, record in answer["result"].items() if key.isdigit()]


def escaped(text):
    return text.replace("&", "&amp;").replace("'", "&#39;").replace('"', "&quot;")


def test_the_home_lists_categories_with_counts_and_the_newest_articles():
    browser = Browser(PORTAL_URL)
    browser.log_in(*MARY)
    page = browser.get("/kb")
    assert page.status == 200
    faqs = published_faqs()
    for category in {faq["faqcategories"] for faq in faqs}:
        count = sum(1 for faq in faqs if faq["faqcategories"] == category)
        label = "1 article" if count == 1 else "%d articles" % count
        assert re.search(r'>%s</a> <span class="muted">%s<' % (re.escape(escaped(category)), label), page.text), category
    newest = max(faqs, key=lambda faq: faq["createdtime"])
    assert escaped(newest["question"]) in page.text
    assert '<a href="/kb" aria-current="page">Knowledge base</a>' in page.text


def test_a_category_lists_its_articles_and_an_article_links_to_its_neighbours():
    browser = Browser(PORTAL_URL)
    browser.log_in(*MARY)
    faqs = published_faqs()
    category = faqs[0]["faqcategories"]
    in_category = [faq for faq in faqs if faq["faqcategories"] == category]
    page = browser.get("/kb/category?name=" + category.replace("&", "%26").replace(" ", "+"))
    assert page.status == 200
    assert sorted(re.findall(r'<a href="/kb/(\d+x\d+)">', page.text)) == sorted(faq["id"] for faq in in_category)
    article = browser.get("/kb/" + in_category[0]["id"])
    assert article.status == 200
    assert escaped(in_category[0]["faq_answer"]) in article.text
    for other in in_category[1:6]:
        assert '<a href="/kb/%s">' % other["id"] in article.text


def test_unknown_categories_drafts_and_other_records_are_404():
    browser = Browser(PORTAL_URL)
    browser.log_in(*MARY)
    assert browser.get("/kb/category?name=Nope").status == 404
    assert browser.get("/kb/category").status == 404
    assert browser.get("/kb/3x999999").status == 404
    case_id = crm_call(CRM_URL, "FetchRecords", MARY[0], MARY[1], module="HelpDesk",
                       moduleLabel="HelpDesk")["result"]["0"]["id"]
    assert browser.get("/kb/" + case_id).status == 404  # a case is not an article
    published = {faq["id"] for faq in published_faqs()}
    prefix = next(iter(published)).split("x")[0]
    for number in range(1, 40):
        candidate = "%sx%d" % (prefix, number)
        if candidate not in published:
            assert browser.get("/kb/" + candidate).status == 404, candidate  # drafts stay hidden
