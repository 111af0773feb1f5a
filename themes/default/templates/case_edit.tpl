{{%AUTOESCAPE context="HTML"}}
<p class="breadcrumb"><a href="{{CASE_URL}}">{{LBL_CASE_BACK}}</a></p>
<h1>{{LBL_CASE_EDIT}}: <span class="case-number">{{CASE_NUMBER}}</span> {{CASE_TITLE}}</h1>
{{#FORM_MESSAGE}}<p class="message message-error" role="alert">{{FORM_MESSAGE_TEXT}}</p>{{/FORM_MESSAGE}}
<form method="post" action="{{EDIT_URL}}" class="form panel record-form" novalidate>
  <input type="hidden" name="csrf_token" value="{{FORM_CSRF_TOKEN}}"><input type="hidden" name="form_token" value="{{FORM_TOKEN}}">
  {{#FORM_FIELD}}
  <div class="field">
    {{#READ_ONLY}}<p class="read-only"><span class="read-only-label">{{FIELD_LABEL}}</span> <span class="read-only-value">{{FIELD_VALUE}}</span></p>{{/READ_ONLY}}
    {{#INPUT}}
    <label for="{{FIELD_ID}}">{{FIELD_LABEL}}{{#REQUIRED}} <span class="required">({{LBL_CASE_REQUIRED}})</span>{{/REQUIRED}}</label>
    {{#ERROR}}<p class="field-error" id="{{FIELD_ID}}-error">{{ERROR_TEXT}}</p>{{/ERROR}}
    <input type="{{INPUT_TYPE}}" id="{{FIELD_ID}}" name="{{FIELD_INPUT}}" value="{{FIELD_VALUE}}" maxlength="{{MAX_LENGTH}}"{{#REQUIRED}} required{{/REQUIRED}}{{#ERROR}} aria-invalid="true" aria-describedby="{{FIELD_ID}}-error"{{/ERROR}}>
    {{/INPUT}}
    {{#TEXTAREA}}
    <label for="{{FIELD_ID}}">{{FIELD_LABEL}}{{#REQUIRED}} <span class="required">({{LBL_CASE_REQUIRED}})</span>{{/REQUIRED}}</label>
    {{#ERROR}}<p class="field-error" id="{{FIELD_ID}}-error">{{ERROR_TEXT}}</p>{{/ERROR}}
    <textarea id="{{FIELD_ID}}" name="{{FIELD_INPUT}}" rows="6" maxlength="{{MAX_LENGTH}}"{{#REQUIRED}} required{{/REQUIRED}}{{#ERROR}} aria-invalid="true" aria-describedby="{{FIELD_ID}}-error"{{/ERROR}}>{{FIELD_VALUE:pre_escape}}</textarea>
    {{/TEXTAREA}}
    {{#SELECT}}
    <label for="{{FIELD_ID}}">{{FIELD_LABEL}}{{#REQUIRED}} <span class="required">({{LBL_CASE_REQUIRED}})</span>{{/REQUIRED}}</label>
    {{#ERROR}}<p class="field-error" id="{{FIELD_ID}}-error">{{ERROR_TEXT}}</p>{{/ERROR}}
    <select id="{{FIELD_ID}}" name="{{FIELD_INPUT}}"{{#REQUIRED}} required{{/REQUIRED}}{{#ERROR}} aria-invalid="true" aria-describedby="{{FIELD_ID}}-error"{{/ERROR}}>
      {{#OPTION}}<option value="{{OPTION_VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{OPTION_LABEL}}</option>{{/OPTION}}
    </select>
    {{/SELECT}}
    {{#CHECKBOX}}
    <input type="checkbox" id="{{FIELD_ID}}" name="{{FIELD_INPUT}}" value="1"{{#CHECKED}} checked{{/CHECKED}}{{#ERROR}} aria-invalid="true" aria-describedby="{{FIELD_ID}}-error"{{/ERROR}}>
    <label for="{{FIELD_ID}}" class="checkbox-label">{{FIELD_LABEL}}</label>
    {{#ERROR}}<p class="field-error" id="{{FIELD_ID}}-error">{{ERROR_TEXT}}</p>{{/ERROR}}
    {{/CHECKBOX}}
  </div>
  {{/FORM_FIELD}}
  <p class="form-actions"><button type="submit" class="button primary">{{LBL_CASE_SAVE}}</button> <a href="{{CASE_URL}}">{{LBL_CASE_CANCEL}}</a></p>
</form>
