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
  {{#FORM_FIELD}}
  <div class="field{{#FIELD_ERROR}} has-error{{/FIELD_ERROR}}">
    <label for="{{FIELD_ID}}">{{FIELD_LABEL}}{{#REQUIRED}} <span class="required" aria-hidden="true">*</span>{{/REQUIRED}}</label>
    {{#FIELD_ERROR}}<p class="field-error" id="{{FIELD_ID}}-error">{{ERROR_TEXT}}</p>{{/FIELD_ERROR}}
    {{#INPUT}}<input type="{{INPUT_TYPE}}" id="{{FIELD_ID}}" name="{{FIELD_NAME}}" value="{{FIELD_VALUE}}" maxlength="{{MAX_LENGTH}}"{{#REQUIRED}} required{{/REQUIRED}}{{#INVALID}} aria-invalid="true" aria-describedby="{{FIELD_ID}}-error"{{/INVALID}}>{{/INPUT}}
    {{#TEXTAREA}}<textarea id="{{FIELD_ID}}" name="{{FIELD_NAME}}" rows="8"{{#REQUIRED}} required{{/REQUIRED}}{{#INVALID}} aria-invalid="true" aria-describedby="{{FIELD_ID}}-error"{{/INVALID}}>{{FIELD_VALUE:pre_escape}}</textarea>{{/TEXTAREA}}
    {{#SELECT}}<select id="{{FIELD_ID}}" name="{{FIELD_NAME}}"{{#MULTIPLE}} multiple{{/MULTIPLE}}{{#REQUIRED}} required{{/REQUIRED}}{{#INVALID}} aria-invalid="true" aria-describedby="{{FIELD_ID}}-error"{{/INVALID}}>
      {{#OPTION}}<option value="{{OPTION_VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{OPTION_LABEL}}</option>{{/OPTION}}
    </select>{{/SELECT}}
    {{#CHECKBOX}}<input type="checkbox" id="{{FIELD_ID}}" name="{{FIELD_NAME}}" value="1"{{#CHECKED}} checked{{/CHECKED}}{{#REQUIRED}} required{{/REQUIRED}}{{#INVALID}} aria-invalid="true" aria-describedby="{{FIELD_ID}}-error"{{/INVALID}}>{{/CHECKBOX}}
  </div>
  {{/FORM_FIELD}}
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
