{{%AUTOESCAPE context="HTML"}}
<p class="breadcrumb"><a href="/kb">{{LBL_KNOWLEDGE_BASE}}</a>{{#ARTICLE_CATEGORY}} › <a href="{{CATEGORY_URL}}">{{CATEGORY_LABEL}}</a>{{/ARTICLE_CATEGORY}}</p>
<article class="panel article">
  <h1>{{ARTICLE_QUESTION}}</h1>
  <div class="text">{{ARTICLE_ANSWER}}</div>
  <p class="muted">{{LBL_UPDATED}} {{ARTICLE_DATE}}</p>
</article>
{{#RELATED}}
<section class="panel" aria-labelledby="kb-related">
  <h2 id="kb-related">{{LBL_RELATED_ARTICLES}}</h2>
  <ul class="link-list">
    {{#RELATED_ARTICLE}}<li><a href="{{ARTICLE_URL}}">{{ARTICLE_QUESTION}}</a></li>{{/RELATED_ARTICLE}}
  </ul>
</section>
{{/RELATED}}
