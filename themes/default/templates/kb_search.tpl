{{%AUTOESCAPE context="HTML"}}
<p class="breadcrumb"><a href="/kb">{{LBL_KNOWLEDGE_BASE}}</a></p>
<h1>{{LBL_SEARCH_RESULTS}}</h1>
<form class="kb-search" role="search" method="get" action="/kb/search">
  <label for="kb-search-words">{{LBL_SEARCH_KB}}</label>
  <input type="search" id="kb-search-words" name="q" value="{{SEARCH_QUERY}}" maxlength="100">
  <button type="submit" class="button primary">{{LBL_SEARCH}}</button>
</form>
{{#SEARCH_MESSAGE}}<p class="message message-error" role="alert">{{MESSAGE_TEXT}}</p>{{/SEARCH_MESSAGE}}
{{#SEARCHED}}<p class="count" role="status">{{RESULT_COUNT}}</p>{{/SEARCHED}}
{{#MORE_RESULTS}}<p class="muted">{{MORE_RESULTS_TEXT}}</p>{{/MORE_RESULTS}}
{{#NO_RESULTS}}<p class="empty">{{LBL_NO_SEARCH_RESULTS}}</p>{{/NO_RESULTS}}
<ol class="search-results">
  {{#RESULT}}<li class="panel search-result">
    <h2><a href="{{ARTICLE_URL}}">{{ARTICLE_QUESTION}}</a></h2>
    {{#RESULT_CATEGORY}}<p class="muted">{{CATEGORY_LABEL}}</p>{{/RESULT_CATEGORY}}
    <p class="excerpt">{{EXCERPT_BEFORE}}{{#EXCERPT_MATCH}}<mark>{{MATCH_TEXT}}</mark>{{/EXCERPT_MATCH}}{{EXCERPT_AFTER}}</p>
  </li>{{/RESULT}}
</ol>
