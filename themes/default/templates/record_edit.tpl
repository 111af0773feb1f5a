{{%AUTOESCAPE context="HTML"}}
<p class="breadcrumb"><a href="{{RECORD_URL}}">{{RECORD_TITLE}}</a></p>
<h1>{{LBL_EDIT}}: {{RECORD_TITLE}}</h1>
{{#FORM_ERRORS}}
<p class="message message-error" role="alert">{{LBL_FORM_HAS_ERRORS}}</p>
{{/FORM_ERRORS}}
{{#SAVE_ERROR}}
<p class="message message-error" role="alert">{{ERROR_TEXT}}</p>
{{/SAVE_ERROR}}
<form method="post" action="{{RECORD_URL}}/edit" class="form record-form" novalidate>
  <input type="hidden" name="csrf_token" value="{{FORM_CSRF_TOKEN}}"><input type="hidden" name="form_token" value="{{FORM_TOKEN}}">
  {{#EDIT_FIELD}}
  <div class="field">
    <label for="field-{{FIELD_NAME}}">{{FIELD_LABEL}}{{#REQUIRED}} <span aria-hidden="true">*</span>{{/REQUIRED}}</label>
    {{#FIELD_ERROR}}<p class="message message-error" id="error-{{FIELD_NAME}}">{{ERROR_TEXT}}</p>{{/FIELD_ERROR}}
    {{#INPUT}}<input type="{{INPUT_TYPE}}" id="field-{{FIELD_NAME}}" name="{{FIELD_NAME}}" value="{{FIELD_VALUE}}" maxlength="255"{{#REQUIRED}} required{{/REQUIRED}}{{#FIELD_ERROR}} aria-invalid="true" aria-describedby="error-{{FIELD_NAME}}"{{/FIELD_ERROR}}>{{/INPUT}}
    {{#TEXTAREA}}<textarea id="field-{{FIELD_NAME}}" name="{{FIELD_NAME}}" rows="5"{{#REQUIRED}} required{{/REQUIRED}}{{#FIELD_ERROR}} aria-invalid="true" aria-describedby="error-{{FIELD_NAME}}"{{/FIELD_ERROR}}>{{FIELD_VALUE:pre_escape}}</textarea>{{/TEXTAREA}}
    {{#SELECT}}<select id="field-{{FIELD_NAME}}" name="{{FIELD_NAME}}"{{#REQUIRED}} required{{/REQUIRED}}{{#FIELD_ERROR}} aria-invalid="true" aria-describedby="error-{{FIELD_NAME}}"{{/FIELD_ERROR}}>{{#OPTION}}<option value="{{OPTION_VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{OPTION_LABEL}}</option>{{/OPTION}}</select>{{/SELECT}}
  </div>
  {{/EDIT_FIELD}}
  <button type="submit" class="button primary">{{LBL_SAVE}}</button>
  <a class="button" href="{{RECORD_URL}}">{{LBL_CANCEL}}</a>
</form>
{{#FIELD}}
<dl class="fields">
  <div class="field-row"><dt>{{FIELD_LABEL}}</dt><dd>{{FIELD_VALUE}}</dd></div>
</dl>
{{/FIELD}}
