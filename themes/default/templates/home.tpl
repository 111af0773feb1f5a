{{%AUTOESCAPE context="HTML"}}
<h1>{{GREETING}}</h1>
{{#PARTS_MISSING}}<p class="note" role="status">{{LBL_HOME_PARTS_MISSING}}</p>{{/PARTS_MISSING}}
{{#ANNOUNCEMENT}}
<section class="announcement panel" aria-labelledby="announcement-title">
  <h2 id="announcement-title">{{LBL_ANNOUNCEMENT}}</h2>
  <p>{{ANNOUNCEMENT_TEXT}}</p>
</section>
{{/ANNOUNCEMENT}}
{{#SHORTCUTS}}
<nav class="shortcuts" aria-label="{{LBL_SHORTCUTS}}">
  <ul>{{#SHORTCUT}}<li><a class="button" href="{{SHORTCUT_URL}}">{{SHORTCUT_LABEL}}</a></li>{{/SHORTCUT}}</ul>
</nav>
{{/SHORTCUTS}}
<div class="home-widgets">
{{#WIDGET}}
<section class="widget panel" aria-labelledby="{{WIDGET_ID}}">
  <h2 id="{{WIDGET_ID}}">{{WIDGET_TITLE}}</h2>
  <ul class="link-list">
    {{#WIDGET_ITEM}}<li>{{#ITEM_LINK}}<a href="{{ITEM_URL}}">{{ITEM_LABEL}}</a>{{/ITEM_LINK}}{{#ITEM_TEXT}}{{ITEM_LABEL}}{{/ITEM_TEXT}}{{#ITEM_STATUS}} <span class="status">{{ITEM_STATUS_TEXT}}</span>{{/ITEM_STATUS}}</li>{{/WIDGET_ITEM}}
  </ul>
  {{#WIDGET_EMPTY}}<p class="empty">{{LBL_NOTHING_YET}}</p>{{/WIDGET_EMPTY}}
  {{#WIDGET_MORE}}<p class="more"><a href="{{MORE_URL}}">{{LBL_SHOW_ALL}}<span class="visually-hidden">: {{WIDGET_TITLE}}</span></a></p>{{/WIDGET_MORE}}
</section>
{{/WIDGET}}
{{#CHART}}
<section class="widget panel chart" aria-labelledby="chart-{{CHART_ID}}">
  <h2 id="chart-{{CHART_ID}}">{{CHART_TITLE}}</h2>
  {{#CHART_EMPTY}}<p class="empty">{{LBL_NO_OPEN_CASES}}</p>{{/CHART_EMPTY}}
  <svg class="bar-chart" viewBox="0 0 320 {{CHART_HEIGHT}}" aria-hidden="true" focusable="false">
    {{#BAR}}<text x="0" y="{{TEXT_Y}}" class="bar-label">{{BAR_LABEL}}</text><rect x="{{BAR_X}}" y="{{BAR_Y}}" width="{{BAR_WIDTH}}" height="{{BAR_HEIGHT}}" class="bar"></rect><text x="{{COUNT_X}}" y="{{TEXT_Y}}" class="bar-count">{{BAR_COUNT}}</text>{{/BAR}}
  </svg>
  <table class="visually-hidden">
    <caption>{{CHART_TITLE}}</caption>
    <thead><tr><th scope="col">{{CHART_COLUMN}}</th><th scope="col">{{LBL_OPEN_CASES}}</th></tr></thead>
    <tbody>{{#BAR}}<tr><th scope="row">{{BAR_LABEL}}</th><td>{{BAR_COUNT}}</td></tr>{{/BAR}}</tbody>
  </table>
</section>
{{/CHART}}
{{#CONTACT_PEOPLE}}
<section class="widget panel contact-people" aria-labelledby="contact-people-title">
  <h2 id="contact-people-title">{{LBL_YOUR_CONTACT_PEOPLE}}</h2>
  <ul class="people">{{#REPRESENTATIVE}}<li><span class="name">{{REP_NAME}}</span> <span class="role">{{REP_ROLE}}</span></li>{{/REPRESENTATIVE}}</ul>
  <dl class="fields">
    {{#COMPANY_FIELD}}<div class="field-row"><dt>{{FIELD_LABEL}}</dt><dd>{{FIELD_VALUE}}</dd></div>{{/COMPANY_FIELD}}
  </dl>
</section>
{{/CONTACT_PEOPLE}}
</div>
