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
  <p class="hint">{{LBL_REQUIRED_NOTE}}</p>
  {{>FORM_FIELDS}}
  <button type="submit" class="button primary">{{LBL_SAVE}}</button>
  <a class="button" href="{{RECORD_URL}}">{{LBL_CANCEL}}</a>
</form>
{{#FIELD}}
<dl class="fields">
  <div class="field-row"><dt>{{FIELD_LABEL}}</dt><dd>{{FIELD_VALUE}}</dd></div>
</dl>
{{/FIELD}}
