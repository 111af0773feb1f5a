{{%AUTOESCAPE context="HTML"}}
<h1>{{LBL_KNOWLEDGE_BASE}}</h1>
<form class="kb-search" role="search" method="get" action="/kb/search">
  <label for="kb-search-words">{{LBL_SEARCH_KB}}</label>
  <input type="search" id="kb-search-words" name="q" value="{{SEARCH_QUERY}}" maxlength="100">
  <button type="submit" class="button primary">{{LBL_SEARCH}}</button>
</form>
{{#NO_ARTICLES}}<p class="empty">{{LBL_NO_ARTICLES}}</p>{{/NO_ARTICLES}}
<div class="kb-home">
  {{#CATEGORIES}}
  <section class="panel" aria-labelledby="kb-categories">
    <h2 id="kb-categories">{{LBL_CATEGORIES}}</h2>
    <ul class="link-list">
      {{#CATEGORY}}<li><a href="{{CATEGORY_URL}}">{{CATEGORY_LABEL}}</a> <span class="muted">{{CATEGORY_COUNT}}</span></li>{{/CATEGORY}}
    </ul>
  </section>
  {{/CATEGORIES}}
  {{#ALL_ARTICLES}}
  <section class="panel" aria-labelledby="kb-all">
    <h2 id="kb-all">{{LBL_ALL_ARTICLES}}</h2>
    <ul class="link-list">
      {{#LISTED_ARTICLE}}<li><a href="{{ARTICLE_URL}}">{{ARTICLE_QUESTION}}</a></li>{{/LISTED_ARTICLE}}
    </ul>
  </section>
  {{/ALL_ARTICLES}}
  {{#MOST_VIEWED}}
  <section class="panel" aria-labelledby="kb-most-viewed">
    <h2 id="kb-most-viewed">{{LBL_MOST_VIEWED}}</h2>
    <ul class="link-list">
      {{#VIEWED_ARTICLE}}<li><a href="{{ARTICLE_URL}}">{{ARTICLE_QUESTION}}</a> <span class="muted">{{ARTICLE_VIEWS}}</span></li>{{/VIEWED_ARTICLE}}
    </ul>
  </section>
  {{/MOST_VIEWED}}
  <section class="panel" aria-labelledby="kb-recent">
    <h2 id="kb-recent">{{RECENT_TITLE}}</h2>
    <ul class="link-list">
      {{#RECENT_ARTICLE}}<li><a href="{{ARTICLE_URL}}">{{ARTICLE_QUESTION}}</a> <span class="muted">{{ARTICLE_DATE}}</span></li>{{/RECENT_ARTICLE}}
    </ul>
  </section>
</div>
