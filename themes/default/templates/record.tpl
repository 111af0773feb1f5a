{{%AUTOESCAPE context="HTML"}}
<p class="breadcrumb"><a href="{{LIST_URL}}">{{BACK_TO_LIST}}</a></p>
<h1>{{RECORD_TITLE}}</h1>
{{#NOTICE}}
<p class="message message-info" role="status">{{NOTICE_TEXT}}</p>
{{/NOTICE}}
<p class="record-actions">
  {{#PDF}}<a class="button" href="{{PDF_URL}}" type="application/pdf">{{LBL_DOWNLOAD_PDF}}</a>{{/PDF}}
  {{#EDIT}}<a class="button" href="{{EDIT_URL}}">{{LBL_EDIT}}</a>{{/EDIT}}
</p>
<dl class="fields">
  {{#FIELD}}
  <div class="field-row"><dt>{{FIELD_LABEL}}</dt><dd{{#AMOUNT}} class="amount"{{/AMOUNT}}>{{FIELD_VALUE}}</dd></div>
  {{/FIELD}}
</dl>
{{#QUOTE_DECISION}}
<section class="panel quote-decision" aria-labelledby="quote-decision-title">
  <h2 id="quote-decision-title">{{LBL_QUOTE_DECISION}}</h2>
  <form method="post" action="{{DECISION_URL}}" class="inline-form">
    <input type="hidden" name="csrf_token" value="{{FORM_CSRF_TOKEN}}"><input type="hidden" name="form_token" value="{{FORM_TOKEN}}">
    <input type="hidden" name="decision" value="accept">
    <button type="submit" class="button primary">{{LBL_ACCEPT_QUOTE}}</button>
  </form>
  <form method="post" action="{{DECISION_URL}}" class="form">
    <input type="hidden" name="csrf_token" value="{{FORM_CSRF_TOKEN}}"><input type="hidden" name="form_token" value="{{FORM_TOKEN}}">
    <input type="hidden" name="decision" value="decline">
    {{#DECLINE_REASON}}
    <div class="field">
      <label for="decline-reason">{{LBL_DECLINE_REASON}}</label>
      <textarea id="decline-reason" name="reason" rows="3" maxlength="20000"></textarea>
    </div>
    {{/DECLINE_REASON}}
    <button type="submit" class="button">{{LBL_DECLINE_QUOTE}}</button>
  </form>
</section>
{{/QUOTE_DECISION}}
{{#AMOUNTS_NOT_SHARED}}<p class="note">{{LBL_AMOUNTS_NOT_SHARED}}</p>{{/AMOUNTS_NOT_SHARED}}
{{#LINE_ITEMS}}
<section class="line-items" aria-labelledby="line-items-title">
  <h2 id="line-items-title">{{LBL_LINE_ITEMS}}</h2>
  <div class="table-wrap">
  <table class="records">
    <caption class="visually-hidden">{{LBL_LINE_ITEMS}}</caption>
    <thead>
      <tr>
        <th scope="col">{{LBL_ITEM}}</th>
        <th scope="col" class="amount">{{LBL_QUANTITY}}</th>
        <th scope="col" class="amount">{{LBL_UNIT_PRICE}}</th>
        <th scope="col" class="amount">{{LBL_DISCOUNT}}</th>
        <th scope="col" class="amount">{{LBL_NET_PRICE}}</th>
        <th scope="col" class="amount">{{LBL_TAX}}</th>
      </tr>
    </thead>
    <tbody>
      {{#LINE_ITEM}}
      <tr>
        <td data-label="{{LBL_ITEM}}">{{#LINK}}<a href="{{URL}}">{{ITEM_NAME}}</a>{{/LINK}}{{#PLAIN}}{{ITEM_NAME}}{{/PLAIN}}{{#ITEM_COMMENT}}<br><span class="muted">{{COMMENT}}</span>{{/ITEM_COMMENT}}</td>
        <td data-label="{{LBL_QUANTITY}}" class="amount">{{QUANTITY}}</td>
        <td data-label="{{LBL_UNIT_PRICE}}" class="amount">{{LIST_PRICE}}</td>
        <td data-label="{{LBL_DISCOUNT}}" class="amount">{{DISCOUNT}}</td>
        <td data-label="{{LBL_NET_PRICE}}" class="amount">{{NET_PRICE}}</td>
        <td data-label="{{LBL_TAX}}" class="amount">{{TAX}}</td>
      </tr>
      {{/LINE_ITEM}}
    </tbody>
  </table>
  </div>
</section>
{{/LINE_ITEMS}}
{{#TOTALS}}
<h2 class="visually-hidden">{{LBL_TOTALS}}</h2>
<dl class="fields totals">
  {{#TOTAL}}
  <div class="field-row"><dt>{{TOTAL_LABEL}}</dt><dd class="amount">{{TOTAL_VALUE}}</dd></div>
  {{/TOTAL}}
</dl>
{{/TOTALS}}
{{#LONG_FIELD}}
<section class="long-field">
  <h2>{{FIELD_LABEL}}</h2>
  <div class="text">{{FIELD_VALUE:pre_escape}}</div>
</section>
{{/LONG_FIELD}}
{{#RELATED}}
<section class="panel related">
  <h2>{{RELATED_TITLE}}</h2>
  {{#NO_RELATED}}<p class="empty">{{LBL_NO_RELATED}}</p>{{/NO_RELATED}}
  {{#RELATED_TABLE}}
  <div class="table-wrap">
  <table class="records">
    <caption class="visually-hidden">{{RELATED_TITLE}}</caption>
    <thead>
      <tr>{{#COLUMN}}<th scope="col"{{#AMOUNT}} class="amount"{{/AMOUNT}}>{{COLUMN_LABEL}}</th>{{/COLUMN}}</tr>
    </thead>
    <tbody>
      {{#ROW}}
      <tr>{{#CELL}}<td data-label="{{CELL_LABEL}}"{{#AMOUNT}} class="amount"{{/AMOUNT}}>{{#LINK}}<a href="{{URL}}">{{CELL_VALUE}}</a>{{/LINK}}{{#PLAIN}}{{CELL_VALUE}}{{/PLAIN}}</td>{{/CELL}}</tr>
      {{/ROW}}
    </tbody>
  </table>
  </div>
  {{/RELATED_TABLE}}
</section>
{{/RELATED}}
{{#COMMENTS}}
<section class="panel comments" id="comments" aria-labelledby="comments-title">
  <h2 id="comments-title">{{LBL_COMMENTS}}</h2>
  {{#NO_COMMENTS}}<p class="empty">{{LBL_NO_COMMENTS}}</p>{{/NO_COMMENTS}}
  <ol class="comment-list">
    {{#COMMENT}}
    <li class="comment"><p class="muted">{{COMMENT_AUTHOR}}, {{COMMENT_DATE}}</p><div class="text">{{COMMENT_TEXT:pre_escape}}</div></li>
    {{/COMMENT}}
  </ol>
  <form method="post" action="{{RECORD_URL}}/comments" class="form">
    <input type="hidden" name="csrf_token" value="{{FORM_CSRF_TOKEN}}"><input type="hidden" name="form_token" value="{{FORM_TOKEN}}">
    <div class="field">
      <label for="comment">{{LBL_ADD_COMMENT}}</label>
      {{#COMMENT_ERROR}}<p class="message message-error" id="comment-error" role="alert">{{ERROR_TEXT}}</p>{{/COMMENT_ERROR}}
      <textarea id="comment" name="comment" rows="4" maxlength="20000" required{{#COMMENT_ERROR}} aria-invalid="true" aria-describedby="comment-error"{{/COMMENT_ERROR}}>{{NEW_COMMENT_TEXT:pre_escape}}</textarea>
    </div>
    <button type="submit" class="button primary">{{LBL_SEND_COMMENT}}</button>
  </form>
</section>
{{/COMMENTS}}
