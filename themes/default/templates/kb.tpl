{{%AUTOESCAPE context="HTML"}}
<h1>{{LBL_KNOWLEDGE_BASE}}</h1>
{{#NO_ARTICLES}}<p class="empty">{{LBL_NO_ARTICLES}}</p>{{/NO_ARTICLES}}
<div class="kb-home">
  <section class="panel" aria-labelledby="kb-categories">
    <h2 id="kb-categories">{{LBL_CATEGORIES}}</h2>
    <ul class="link-list">
      {{#CATEGORY}}<li><a href="{{CATEGORY_URL}}">{{CATEGORY_LABEL}}</a> <span class="muted">{{CATEGORY_COUNT}}</span></li>{{/CATEGORY}}
    </ul>
  </section>
  <section class="panel" aria-labelledby="kb-recent">
    <h2 id="kb-recent">{{LBL_RECENTLY_ADDED}}</h2>
    <ul class="link-list">
      {{#RECENT_ARTICLE}}<li><a href="{{ARTICLE_URL}}">{{ARTICLE_QUESTION}}</a> <span class="muted">{{ARTICLE_DATE}}</span></li>{{/RECENT_ARTICLE}}
    </ul>
  </section>
</div>
