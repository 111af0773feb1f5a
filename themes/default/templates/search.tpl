{{%AUTOESCAPE context="HTML"}}
<h1>{{LBL_SEARCH_RESULTS}}</h1>
<form class="filters" method="get" action="/search" role="search" aria-label="{{LBL_SEARCH_PORTAL}}">
  <div class="field">
    <label for="search-page-q">{{LBL_SEARCH_PORTAL}}</label>
    <input type="search" id="search-page-q" name="q" value="{{SEARCH_QUERY}}" maxlength="100">
  </div>
  <button type="submit" class="button">{{LBL_SEARCH}}</button>
</form>
{{#SEARCH_MESSAGE}}<p class="message message-info" role="status">{{MESSAGE_TEXT}}</p>{{/SEARCH_MESSAGE}}
{{#RESULT_COUNT}}<p class="count" role="status">{{COUNT_TEXT}}</p>{{/RESULT_COUNT}}
{{#GROUP}}
<section class="panel search-group" aria-labelledby="{{GROUP_ID}}">
  <h2 id="{{GROUP_ID}}">{{GROUP_TITLE}}</h2>
  <ul class="link-list">{{#HIT}}<li>{{#HIT_LINK}}<a href="{{HIT_URL}}">{{HIT_LABEL}}</a>{{/HIT_LINK}}{{#HIT_TEXT}}{{HIT_LABEL}}{{/HIT_TEXT}}</li>{{/HIT}}</ul>
</section>
{{/GROUP}}
