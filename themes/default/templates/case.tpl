{{%AUTOESCAPE context="HTML"}}
<p class="breadcrumb"><a href="/cases">{{LBL_BACK_TO_CASES}}</a></p>
<h1><span class="case-number">{{CASE_NUMBER}}</span> {{CASE_TITLE}}</h1>
{{#NOTICE}}<p class="message message-info" role="status">{{NOTICE_TEXT}}</p>{{/NOTICE}}
{{#EDIT_ACTION}}<p class="case-actions"><a class="button" href="{{EDIT_URL}}">{{LBL_CASE_EDIT}}</a></p>{{/EDIT_ACTION}}
{{#BLOCK}}
<section class="field-block"{{#BLOCK_HEADING}} aria-labelledby="{{BLOCK_ID}}"{{/BLOCK_HEADING}}>
  {{#BLOCK_HEADING}}<h2 id="{{BLOCK_ID}}">{{BLOCK_LABEL}}</h2>{{/BLOCK_HEADING}}
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
</section>
{{/BLOCK}}
{{#SECTION_UNAVAILABLE}}<p class="message message-error">{{LBL_CASE_SECTION_UNAVAILABLE}}</p>{{/SECTION_UNAVAILABLE}}
{{#COMMENTS}}
<section class="panel" id="comments" aria-labelledby="comments-title" tabindex="-1">
  <h2 id="comments-title">{{LBL_CASE_COMMENTS}}</h2>
  {{#NO_COMMENTS}}<p class="empty">{{LBL_CASE_NO_COMMENTS}}</p>{{/NO_COMMENTS}}
  {{#COMMENT_LIST}}
  <ol class="comment-thread">
    {{#COMMENT}}
    <li class="comment comment-{{COMMENT_KIND}}" id="comment-{{COMMENT_ID}}">
      <p class="comment-meta"><span class="comment-author">{{COMMENT_AUTHOR}}</span> <time datetime="{{COMMENT_ISO_TIME}}">{{COMMENT_TIME}}</time></p>
      <div class="text">{{COMMENT_TEXT:pre_escape}}</div>
      {{#COMMENT_ATTACHMENT}}<p class="attachment"><a href="{{ATTACHMENT_URL}}" download>{{LBL_CASE_DOWNLOAD}}: {{ATTACHMENT_NAME}}</a></p>{{/COMMENT_ATTACHMENT}}
    </li>
    {{/COMMENT}}
  </ol>
  {{/COMMENT_LIST}}
  {{#COMMENT_FORM}}
  <form method="post" action="{{COMMENT_URL}}" class="form comment-form" novalidate>
    <input type="hidden" name="csrf_token" value="{{FORM_CSRF_TOKEN}}"><input type="hidden" name="form_token" value="{{FORM_TOKEN}}">
    <div class="field">
      <label for="comment">{{LBL_CASE_ADD_COMMENT}}</label>
      {{#ERROR}}<p class="message message-error" role="alert" id="comment-error">{{ERROR_TEXT}}</p>{{/ERROR}}
      <textarea id="comment" name="comment" rows="5" maxlength="{{MAX_COMMENT}}" required{{#ERROR}} aria-invalid="true" aria-describedby="comment-error"{{/ERROR}}>{{COMMENT_TYPED:pre_escape}}</textarea>
    </div>
    <button type="submit" class="button primary">{{LBL_CASE_SEND_COMMENT}}</button>
  </form>
  {{/COMMENT_FORM}}
</section>
{{/COMMENTS}}
{{#STATUS_FORM}}
<section class="panel" id="case-status" aria-labelledby="status-title" tabindex="-1">
  <h2 id="status-title">{{STATUS_TITLE}}</h2>
  <form method="post" action="{{STATUS_URL}}" class="form" novalidate>
    <input type="hidden" name="csrf_token" value="{{FORM_CSRF_TOKEN}}"><input type="hidden" name="form_token" value="{{FORM_TOKEN}}">
    <div class="field">
      <label for="status-comment">{{STATUS_LABEL}}</label>
      {{#ERROR}}<p class="message message-error" role="alert" id="status-error">{{ERROR_TEXT}}</p>{{/ERROR}}
      <textarea id="status-comment" name="comment" rows="3" maxlength="{{MAX_COMMENT}}"{{#REQUIRED}} required{{/REQUIRED}}{{#ERROR}} aria-invalid="true" aria-describedby="status-error"{{/ERROR}}>{{STATUS_TYPED:pre_escape}}</textarea>
    </div>
    <button type="submit" class="button">{{STATUS_TITLE}}</button>
  </form>
</section>
{{/STATUS_FORM}}
{{#DOCUMENTS}}
<section class="panel" id="documents" aria-labelledby="documents-title">
  <h2 id="documents-title">{{LBL_CASE_DOCUMENTS}}</h2>
  {{#NO_DOCUMENTS}}<p class="empty">{{LBL_CASE_NO_DOCUMENTS}}</p>{{/NO_DOCUMENTS}}
  {{#DOCUMENT_LIST}}
  <ul class="link-list">
    {{#DOCUMENT}}<li><a href="{{DOCUMENT_URL}}" download>{{DOCUMENT_TITLE}}</a> <span class="muted">{{DOCUMENT_FILE}}</span></li>{{/DOCUMENT}}
  </ul>
  {{/DOCUMENT_LIST}}
</section>
{{/DOCUMENTS}}
{{#HISTORY}}
<section class="panel" id="history" aria-labelledby="history-title">
  <h2 id="history-title">{{LBL_CASE_HISTORY}}</h2>
  {{#NO_HISTORY}}<p class="empty">{{LBL_CASE_NO_HISTORY}}</p>{{/NO_HISTORY}}
  {{#HISTORY_LIST}}
  <ol class="history">
    {{#CHANGE_SET}}
    <li class="change-set">
      <p class="change-meta"><span class="change-author">{{CHANGE_AUTHOR}}</span> {{CHANGE_ACTION}} · <span class="change-time">{{CHANGE_TIME}}</span></p>
      <ul class="changes">
        {{#CHANGE}}<li><span class="change-field">{{CHANGE_FIELD}}</span>: <span class="change-from">{{CHANGE_FROM}}</span> <span aria-hidden="true">→</span><span class="visually-hidden">{{LBL_CASE_CHANGED_TO}}</span> <span class="change-to">{{CHANGE_TO}}</span></li>{{/CHANGE}}
      </ul>
    </li>
    {{/CHANGE_SET}}
  </ol>
  {{/HISTORY_LIST}}
</section>
{{/HISTORY}}
