{{%AUTOESCAPE context="HTML"}}
{{#BACK}}<p class="breadcrumb"><a href="{{BACK_URL}}">{{BACK_LABEL}}</a></p>{{/BACK}}
<h1>{{RECORD_TITLE}}</h1>
{{#MESSAGE}}<p class="message message-{{MESSAGE_KIND}}" role="status">{{MESSAGE_TEXT}}</p>{{/MESSAGE}}
{{#DOWNLOAD}}<p><a class="button primary" href="{{DOWNLOAD_URL}}">{{LBL_DOWNLOAD}}<span class="visually-hidden">: {{RECORD_TITLE}}</span></a></p>{{/DOWNLOAD}}
{{#EXTERNAL_LINK}}<p><a class="button primary" href="{{LINK_URL}}" rel="noopener noreferrer">{{LBL_OPEN_LINK}}</a></p>{{/EXTERNAL_LINK}}
{{#EDIT_LINK}}<p><a class="button" href="{{EDIT_URL}}">{{LBL_EDIT_PROFILE}}</a></p>{{/EDIT_LINK}}
<dl class="fields">
  {{#FIELD}}
  <div class="field-row"><dt>{{FIELD_LABEL}}</dt><dd>{{FIELD_VALUE}}</dd></div>
  {{/FIELD}}
</dl>
{{#LONG_FIELD}}
<section class="long-field">
  <h2>{{FIELD_LABEL}}</h2>
  <div class="text">{{FIELD_VALUE:pre_escape}}</div>
</section>
{{/LONG_FIELD}}
{{#RELATED_DOCUMENTS}}
<section class="panel" aria-labelledby="related-documents">
  <h2 id="related-documents">{{LBL_DOCUMENTS}}</h2>
  <ul class="link-list">{{#RELATED_DOCUMENT}}<li><a href="{{DOCUMENT_URL}}">{{DOCUMENT_TITLE}}</a></li>{{/RELATED_DOCUMENT}}</ul>
  {{#NO_DOCUMENTS}}<p class="empty">{{LBL_NO_DOCUMENTS}}</p>{{/NO_DOCUMENTS}}
</section>
{{/RELATED_DOCUMENTS}}
{{#COMMENTS}}
<section class="panel" aria-labelledby="related-comments">
  <h2 id="related-comments">{{LBL_COMMENTS}}</h2>
  <ul class="link-list">{{#COMMENT}}<li><p class="meta">{{COMMENT_AUTHOR}} · {{COMMENT_DATE}}</p><p class="text">{{COMMENT_TEXT:pre_escape}}</p></li>{{/COMMENT}}</ul>
  {{#NO_COMMENTS}}<p class="empty">{{LBL_NO_COMMENTS}}</p>{{/NO_COMMENTS}}
</section>
{{/COMMENTS}}
{{#HISTORY}}
<section class="panel" aria-labelledby="related-history">
  <h2 id="related-history">{{LBL_HISTORY}}</h2>
  <ul class="link-list">{{#HISTORY_ENTRY}}<li><p class="meta">{{HISTORY_DATE}} · {{HISTORY_WHAT}} · {{HISTORY_WHO}}</p>{{#HISTORY_CHANGE}}<p class="change">{{CHANGE_FIELD}}: {{CHANGE_VALUE}}</p>{{/HISTORY_CHANGE}}</li>{{/HISTORY_ENTRY}}</ul>
  {{#NO_HISTORY}}<p class="empty">{{LBL_NO_HISTORY}}</p>{{/NO_HISTORY}}
</section>
{{/HISTORY}}
