{{%AUTOESCAPE context="HTML"}}
<p class="breadcrumb"><a href="/kb">{{LBL_KNOWLEDGE_BASE}}</a>{{#ARTICLE_CATEGORY}} › <a href="{{CATEGORY_URL}}">{{CATEGORY_LABEL}}</a>{{/ARTICLE_CATEGORY}}</p>
<form class="kb-search" role="search" method="get" action="/kb/search">
  <label for="kb-search-words">{{LBL_SEARCH_KB}}</label>
  <input type="search" id="kb-search-words" name="q" value="{{SEARCH_QUERY}}" maxlength="100">
  <button type="submit" class="button primary">{{LBL_SEARCH}}</button>
</form>
{{#ARTICLE_SHOWN}}
<article class="panel article">
  <h1>{{ARTICLE_QUESTION}}</h1>
  <div class="text">{{ARTICLE_ANSWER:pre_escape}}</div>
  <p class="muted">{{LBL_UPDATED}} {{ARTICLE_DATE}}</p>
</article>
{{#DOCUMENTS}}
<section class="panel" aria-labelledby="kb-documents">
  <h2 id="kb-documents">{{LBL_DOCUMENTS}}</h2>
  <ul class="link-list">
    {{#DOCUMENT}}<li><a href="{{DOCUMENT_URL}}">{{DOCUMENT_TITLE}}</a>{{#DOCUMENT_FILE}} <span class="muted">{{DOCUMENT_FILENAME}}</span>{{/DOCUMENT_FILE}}{{#EXTERNAL_DOCUMENT}} <span class="muted">{{LBL_EXTERNAL_DOCUMENT}}</span>{{/EXTERNAL_DOCUMENT}}</li>{{/DOCUMENT}}
  </ul>
</section>
{{/DOCUMENTS}}
{{#RELATED}}
<section class="panel" aria-labelledby="kb-related">
  <h2 id="kb-related">{{LBL_RELATED_ARTICLES}}</h2>
  <ul class="link-list">
    {{#RELATED_ARTICLE}}<li><a href="{{ARTICLE_URL}}">{{ARTICLE_QUESTION}}</a></li>{{/RELATED_ARTICLE}}
  </ul>
</section>
{{/RELATED}}
<section class="panel comments" id="comments" aria-labelledby="kb-comments">
  <h2 id="kb-comments">{{LBL_COMMENTS}}</h2>
  {{#NO_COMMENTS}}<p class="empty">{{LBL_NO_COMMENTS}}</p>{{/NO_COMMENTS}}
  <ol class="comment-list">
    {{#COMMENT}}<li class="comment"><p class="comment-meta"><span class="comment-author">{{COMMENT_AUTHOR}}</span> <span class="muted">{{COMMENT_TIME}}</span></p><div class="text">{{COMMENT_TEXT:pre_escape}}</div></li>{{/COMMENT}}
  </ol>
</section>
{{/ARTICLE_SHOWN}}
<section class="panel" aria-labelledby="kb-add-comment">
  <h2 id="kb-add-comment">{{LBL_ADD_COMMENT}}</h2>
  {{#COMMENT_MESSAGE}}<p class="message message-{{MESSAGE_KIND}}" role="{{MESSAGE_ROLE}}" id="comment-message">{{MESSAGE_TEXT}}</p>{{/COMMENT_MESSAGE}}
  <form method="post" action="{{COMMENT_ACTION}}" class="form">
    <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><input type="hidden" name="form_token" value="{{FORM_TOKEN}}">
    <div class="field">
      <label for="comment">{{LBL_YOUR_COMMENT}}</label>
      <textarea id="comment" name="comment" rows="5" maxlength="5000" aria-describedby="comment-hint{{#COMMENT_MESSAGE}} comment-message{{/COMMENT_MESSAGE}}">{{COMMENT_TEXT_VALUE:pre_escape}}</textarea>
      <p class="muted" id="comment-hint">{{LBL_COMMENT_HINT}}</p>
    </div>
    <button type="submit" class="button primary">{{LBL_SEND_COMMENT}}</button>
  </form>
</section>
