{{%AUTOESCAPE context="HTML"}}
<h1>{{LBL_DOCUMENTS}}</h1>
<form class="filters" method="get" action="/documents" role="search" aria-label="{{LBL_SEARCH_DOCUMENTS}}">
  <div class="field">
    <label for="document-search">{{LBL_SEARCH_DOCUMENTS}}</label>
    <input type="search" id="document-search" name="q" value="{{SEARCH}}" maxlength="100">
  </div>
  <button type="submit" class="button">{{LBL_SEARCH}}</button>
</form>
<p class="count" role="status">{{DOCUMENT_COUNT}}</p>
{{#NO_DOCUMENTS}}<p class="empty">{{LBL_NO_DOCUMENTS}}</p>{{/NO_DOCUMENTS}}
{{#NO_MATCHING_DOCUMENTS}}<p class="empty">{{LBL_NO_MATCHING_DOCUMENTS}} <a href="/documents">{{LBL_ALL_DOCUMENTS}}</a></p>{{/NO_MATCHING_DOCUMENTS}}
{{#DOCUMENT_TABLE}}
<div class="table-wrap">
<table class="records documents">
  <caption class="visually-hidden">{{LBL_DOCUMENTS}}</caption>
  <thead><tr>{{#COLUMN}}<th scope="col">{{COLUMN_LABEL}}</th>{{/COLUMN}}<th scope="col">{{LBL_FILE}}</th></tr></thead>
  <tbody>
    {{#DOCUMENT_ROW}}
    <tr>
      <td data-label="{{TITLE_LABEL}}"><a href="{{DOCUMENT_URL}}">{{DOCUMENT_TITLE}}</a></td>
      {{#CELL}}<td data-label="{{CELL_LABEL}}">{{CELL_VALUE}}</td>{{/CELL}}
      <td data-label="{{LBL_FILE}}">{{#FILE_LINK}}<a href="{{DOWNLOAD_URL}}">{{LBL_DOWNLOAD}}<span class="visually-hidden">: {{DOCUMENT_TITLE}}</span></a>{{/FILE_LINK}}</td>
    </tr>
    {{/DOCUMENT_ROW}}
  </tbody>
</table>
</div>
{{/DOCUMENT_TABLE}}
{{#PAGER}}
<nav class="pager" aria-label="{{LBL_PAGES}}">
  {{#PREV_PAGE}}<a rel="prev" href="{{PREV_URL}}">{{LBL_PREVIOUS_PAGE}}</a>{{/PREV_PAGE}}
  <span class="page-number">{{LBL_PAGE}} {{PAGE_NUMBER}}</span>
  {{#NEXT_PAGE}}<a rel="next" href="{{NEXT_URL}}">{{LBL_NEXT_PAGE}}</a>{{/NEXT_PAGE}}
</nav>
{{/PAGER}}
{{#UPLOAD}}
<section class="panel" id="upload" aria-labelledby="upload-title">
  <h2 id="upload-title">{{LBL_ADD_DOCUMENT}}</h2>
  {{#UPLOAD_MESSAGE}}<p class="message message-error" role="alert" id="upload-message">{{MESSAGE_TEXT}}</p>{{/UPLOAD_MESSAGE}}
  <form class="record-form" method="post" action="/documents" enctype="multipart/form-data">
    <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><input type="hidden" name="form_token" value="{{FORM_TOKEN}}">
    <div class="field">
      <label for="notes_title">{{TITLE_LABEL}}</label>
      <input type="text" id="notes_title" name="notes_title" value="{{UPLOAD_TITLE}}" maxlength="255" required>
    </div>
    <div class="field">
      <label for="file">{{LBL_FILE}}</label>
      <input type="file" id="file" name="file" required aria-describedby="file-hint">
      <p class="hint" id="file-hint">{{UPLOAD_LIMIT}}</p>
    </div>
    <button type="submit" class="button primary">{{LBL_UPLOAD}}</button>
  </form>
</section>
{{/UPLOAD}}
