"""The knowledge base: categories, articles, related articles; published only."""

import base64
import re
import time

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


def related(faq_id, module):
    answer = crm_call(CRM_URL, "FetchRelatedRecords", MARY[0], MARY[1], module="Faq", recordId=faq_id,
                      relatedModule=module, relatedModuleLabel=module)
    assert answer["success"], answer
    return answer["result"]


def faq_with_documents():
    for faq in published_faqs():
        documents = related(faq["id"], "Documents")
        if documents:
            return faq, documents
    raise AssertionError("the demo data has no FAQ with a document")


def test_search_finds_a_word_that_is_only_in_an_answer_and_keeps_the_query():
    faqs = published_faqs()
    questions = " ".join(faq["question"] for faq in faqs).lower()
    faq, word = next((faq, word) for faq in faqs for word in re.findall(r"[A-Za-z]{6,}", faq["faq_answer"])
                     if word.lower() not in questions)
    browser = Browser(PORTAL_URL)
    browser.log_in(*MARY)
    page = browser.get("/kb/search?q=" + word)
    assert page.status == 200
    assert '<a href="/kb/%s">%s</a>' % (faq["id"], escaped(faq["question"])) in page.text
    assert re.search("<mark>%s</mark>" % word, page.text, re.IGNORECASE)  # the excerpt shows where it is
    assert 'name="q" value="%s"' % word in page.text
    assert escaped(faq["faqcategories"]) in page.text  # the article's category


def test_a_search_without_matches_says_so():
    browser = Browser(PORTAL_URL)
    browser.log_in(*MARY)
    page = browser.get("/kb/search?q=zqxwvy")
    assert page.status == 200
    assert "No articles match your search" in page.text
    assert 'value="zqxwvy"' in page.text


def test_html_in_a_query_is_shown_as_text():
    browser = Browser(PORTAL_URL)
    browser.log_in(*MARY)
    page = browser.get("/kb/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E%22")
    assert page.status == 200
    assert "<script>alert(1)" not in page.text
    assert 'value="&lt;script&gt;alert(1)&lt;/script&gt;&quot;"' in page.text


def test_empty_and_too_long_searches_are_explained():
    browser = Browser(PORTAL_URL)
    browser.log_in(*MARY)
    page = browser.get("/kb/search?q=++")
    assert page.status == 200 and "Type a word or two" in page.text
    long_query = "a" * 101
    page = browser.get("/kb/search?q=" + long_query)
    assert page.status == 400
    assert "at most 100 characters" in page.text
    assert 'value="%s"' % long_query in page.text


def test_the_home_lists_the_most_viewed_articles_and_reading_counts_a_view():
    faqs = published_faqs()
    assert all("view_count" in faq for faq in faqs)
    most = max(int(faq["view_count"]) for faq in faqs)
    top = next(faq for faq in faqs if int(faq["view_count"]) == most)
    browser = Browser(PORTAL_URL)
    browser.log_in(*MARY)
    home = browser.get("/kb")
    viewed = home.text.split('id="kb-most-viewed"')[1].split("</section>")[0]
    first = re.findall(r'<a href="/kb/(\d+x\d+)">', viewed)[0]
    assert first in {faq["id"] for faq in faqs if int(faq["view_count"]) == most}
    assert "%s views" % top["view_count"] in viewed
    assert browser.get("/kb/" + top["id"]).status == 200
    after = {faq["id"]: int(faq["view_count"]) for faq in published_faqs()}
    assert after[top["id"]] == int(top["view_count"]) + 1


def test_a_comment_appears_under_the_article_with_its_author():
    faq = published_faqs()[0]
    browser = Browser(PORTAL_URL)
    browser.log_in(*MARY)
    article = browser.get("/kb/" + faq["id"])
    text = "Helpful, thanks \u2013 checked at %s & \"quoted\"" % time.time()
    answer = browser.post("/kb/%s/comments" % faq["id"],
                          {"comment": text, "csrf_token": article.hidden_input("csrf_token")})
    assert answer.status == 303
    assert answer.header("location") == "/kb/%s?comment=added#comments" % faq["id"]
    page = browser.get("/kb/%s?comment=added" % faq["id"])
    assert "Your comment has been added." in page.text
    comments = page.text.split('id="kb-comments"')[1]
    last = comments.split('<li class="comment">')[-1]  # newest last
    assert re.search(r'comment-author">Mary Smith</span> <span class="muted">[^<]+</span></p><div class="text">%s<'
                     % re.escape(escaped(text)), last), last
    assert any(comment["commentcontent"] == text for comment in related(faq["id"], "ModComments"))


def test_a_comment_without_a_valid_token_is_refused():
    faq = published_faqs()[0]
    browser = Browser(PORTAL_URL)
    browser.log_in(*MARY)
    text = "Forged comment %s" % time.time()
    answer = browser.post("/kb/%s/comments" % faq["id"], {"comment": text, "csrf_token": "forged"})
    assert answer.status == 400
    assert "The form had expired" in answer.text
    assert not any(comment["commentcontent"] == text for comment in related(faq["id"], "ModComments"))


def test_an_empty_or_too_long_comment_is_refused_and_the_text_kept():
    faq = published_faqs()[0]
    browser = Browser(PORTAL_URL)
    browser.log_in(*MARY)
    token = browser.get("/kb/" + faq["id"]).hidden_input("csrf_token")
    answer = browser.post("/kb/%s/comments" % faq["id"], {"comment": " \t ", "csrf_token": token})
    assert answer.status == 400
    assert "Please write a comment before sending it." in answer.text
    assert '> \t </textarea>' in answer.text
    long_text = "My long story. " * 400
    answer = browser.post("/kb/%s/comments" % faq["id"], {"comment": long_text, "csrf_token": token})
    assert answer.status == 400
    assert "at most 5000 characters" in answer.text
    assert ">%s</textarea>" % long_text in answer.text
    assert escaped(faq["question"]) in answer.text  # the article is still there


def test_a_document_of_the_article_downloads_with_the_crms_bytes():
    faq, documents = faq_with_documents()
    document = documents[0]
    browser = Browser(PORTAL_URL)
    browser.log_in(*MARY)
    article = browser.get("/kb/" + faq["id"])
    url = "/kb/%s/documents/%s" % (faq["id"], document["id"])
    assert 'href="%s"' % url in article.text
    crm_file = crm_call(CRM_URL, "DownloadFile", MARY[0], MARY[1], module="Documents", recordId=document["id"],
                        parentId=faq["id"], parentModule="Faq")["result"]
    download = browser.get(url)
    assert download.status == 200
    assert download.body == base64.b64decode(crm_file["filecontents"])
    assert download.header("content-type") == crm_file["filetype"]
    assert download.header("content-disposition").startswith('attachment; filename="%s"' % crm_file["filename"])


def test_a_document_not_related_to_the_article_is_refused():
    faq, documents = faq_with_documents()
    others = [other for other in published_faqs() if other["id"] != faq["id"]]
    browser = Browser(PORTAL_URL)
    browser.log_in(*MARY)
    for other in others:
        assert browser.get("/kb/%s/documents/%s" % (other["id"], documents[0]["id"])).status == 404
    own = crm_call(CRM_URL, "FetchRecords", MARY[0], MARY[1], module="Documents", moduleLabel="Documents")["result"]
    mine = [record["id"] for key, record in own.items() if key.isdigit()]
    assert mine
    assert browser.get("/kb/%s/documents/%s" % (faq["id"], mine[0])).status == 404
    assert browser.get("/kb/%s/documents/not-an-id" % faq["id"]).status == 404
