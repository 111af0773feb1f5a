{{%AUTOESCAPE context="HTML"}}
<h1>{{LBL_NEW_CASE}}</h1>
<p class="lead">{{LBL_NEW_CASE_INTRO}}</p>
{{#FORM_ERRORS}}
<div class="message message-error form-errors" role="alert" id="form-errors">
  {{#FIELD_PROBLEMS}}<p>{{LBL_FORM_HAS_ERRORS}}</p>{{/FIELD_PROBLEMS}}
  {{#FORM_ERROR}}<p>{{ERROR_TEXT}}</p>{{/FORM_ERROR}}
</div>
{{/FORM_ERRORS}}
<form method="post" action="/cases" enctype="multipart/form-data" class="form record-form">
  <input type="hidden" name="csrf_token" value="{{FORM_CSRF_TOKEN}}"><input type="hidden" name="form_token" value="{{FORM_TOKEN}}">
  <p class="hint">{{LBL_REQUIRED_NOTE}}</p>
  {{>FORM_FIELDS}}
  {{#ATTACHMENTS}}
  <div class="field{{#FIELD_ERROR}} has-error{{/FIELD_ERROR}}">
    <label for="attachments">{{LBL_ATTACHMENTS}}</label>
    <p class="hint" id="attachments-hint">{{UPLOAD_LIMIT}}</p>
    {{#FIELD_ERROR}}<p class="field-error" id="attachments-error">{{ERROR_TEXT}}</p>{{/FIELD_ERROR}}
    <input type="file" id="attachments" name="attachments" multiple aria-describedby="attachments-hint{{#FIELD_ERROR}} attachments-error{{/FIELD_ERROR}}"{{#FIELD_ERROR}} aria-invalid="true"{{/FIELD_ERROR}}>
  </div>
  {{/ATTACHMENTS}}
  <div class="form-actions">
    <button type="submit" class="button primary">{{LBL_CREATE_CASE}}</button>
    <a href="/cases">{{LBL_CANCEL}}</a>
  </div>
</form>
