{{%AUTOESCAPE context="HTML"}}
<p class="breadcrumb"><a href="/kb">{{LBL_KNOWLEDGE_BASE}}</a></p>
<h1>{{CATEGORY_LABEL}}</h1>
<form class="kb-search" role="search" method="get" action="/kb/search">
  <label for="kb-search-words">{{LBL_SEARCH_KB}}</label>
  <input type="search" id="kb-search-words" name="q" value="{{SEARCH_QUERY}}" maxlength="100">
  <button type="submit" class="button primary">{{LBL_SEARCH}}</button>
</form>
<ul class="link-list panel">
  {{#ARTICLE}}<li><a href="{{ARTICLE_URL}}">{{ARTICLE_QUESTION}}</a></li>{{/ARTICLE}}
</ul>
{{#PAGER}}
<nav class="pager" aria-label="{{LBL_PAGES}}">
  {{#PREV_PAGE}}<a rel="prev" href="{{PREV_URL}}">{{LBL_PREVIOUS_PAGE}}</a>{{/PREV_PAGE}}
  <span class="page-number">{{LBL_PAGE}} {{PAGE_NUMBER}}</span>
  {{#NEXT_PAGE}}<a rel="next" href="{{NEXT_URL}}">{{LBL_NEXT_PAGE}}</a>{{/NEXT_PAGE}}
</nav>
{{/PAGER}}
