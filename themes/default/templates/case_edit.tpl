{{%AUTOESCAPE context="HTML"}}
<p class="breadcrumb"><a href="{{CASE_URL}}">{{LBL_CASE_BACK}}</a></p>
<h1>{{LBL_CASE_EDIT}}: <span class="case-number">{{CASE_NUMBER}}</span> {{CASE_TITLE}}</h1>
{{#FORM_MESSAGE}}<p class="message message-error" role="alert">{{FORM_MESSAGE_TEXT}}</p>{{/FORM_MESSAGE}}
<form method="post" action="{{EDIT_URL}}" class="form panel record-form" novalidate>
  <input type="hidden" name="csrf_token" value="{{FORM_CSRF_TOKEN}}"><input type="hidden" name="form_token" value="{{FORM_TOKEN}}">
  <p class="hint">{{LBL_REQUIRED_NOTE}}</p>
  {{>FORM_FIELDS}}
  <p class="form-actions"><button type="submit" class="button primary">{{LBL_CASE_SAVE}}</button> <a href="{{CASE_URL}}">{{LBL_CASE_CANCEL}}</a></p>
</form>
