{{%AUTOESCAPE context="HTML"}}
<h1>{{LBL_MY_PROFILE}}</h1>
{{#SAVED}}<p class="message message-info" role="status">{{MESSAGE_TEXT}}</p>{{/SAVED}}
{{#FORM_PROBLEM}}<p class="message message-error" role="alert" id="form-problem">{{MESSAGE_TEXT}}</p>{{/FORM_PROBLEM}}
<dl class="fields">
  {{#FIELD}}
  <div class="field-row"><dt>{{FIELD_LABEL}}</dt><dd>{{FIELD_VALUE}}</dd></div>
  {{/FIELD}}
</dl>
{{#ORGANISATION_LINK}}<p><a href="/organisation">{{LBL_MY_ORGANISATION}}</a></p>{{/ORGANISATION_LINK}}
{{#EDIT_FORM}}
<section class="panel" aria-labelledby="edit-profile-title">
  <h2 id="edit-profile-title">{{LBL_EDIT_PROFILE}}</h2>
  <form class="record-form" method="post" action="/profile" novalidate>
    <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><input type="hidden" name="form_token" value="{{FORM_TOKEN}}">
    {{#FORM_FIELD}}
    <div class="field">
      {{#INPUT}}<label for="field-{{FIELD_NAME}}">{{FIELD_LABEL}}{{#REQUIRED}} <span aria-hidden="true">*</span>{{/REQUIRED}}</label>
      <input type="{{INPUT_TYPE}}" id="field-{{FIELD_NAME}}" name="{{FIELD_NAME}}" value="{{FIELD_VALUE}}"{{#REQUIRED}} required aria-required="true"{{/REQUIRED}}{{#FIELD_ERROR}} aria-invalid="true" aria-describedby="error-{{FIELD_NAME}}"{{/FIELD_ERROR}}>{{/INPUT}}
      {{#TEXTAREA}}<label for="field-{{FIELD_NAME}}">{{FIELD_LABEL}}{{#REQUIRED}} <span aria-hidden="true">*</span>{{/REQUIRED}}</label>
      <textarea id="field-{{FIELD_NAME}}" name="{{FIELD_NAME}}" rows="4"{{#REQUIRED}} required aria-required="true"{{/REQUIRED}}{{#FIELD_ERROR}} aria-invalid="true" aria-describedby="error-{{FIELD_NAME}}"{{/FIELD_ERROR}}>{{FIELD_VALUE:pre_escape}}</textarea>{{/TEXTAREA}}
      {{#SELECT}}<label for="field-{{FIELD_NAME}}">{{FIELD_LABEL}}{{#REQUIRED}} <span aria-hidden="true">*</span>{{/REQUIRED}}</label>
      <select id="field-{{FIELD_NAME}}" name="{{FIELD_NAME}}"{{#FIELD_ERROR}} aria-invalid="true" aria-describedby="error-{{FIELD_NAME}}"{{/FIELD_ERROR}}>
        {{#EMPTY_OPTION}}<option value="">{{LBL_NONE}}</option>{{/EMPTY_OPTION}}
        {{#OPTION}}<option value="{{OPTION_VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{OPTION_LABEL}}</option>{{/OPTION}}
      </select>{{/SELECT}}
      {{#CHECKBOX}}<label><input type="checkbox" name="{{FIELD_NAME}}" value="1"{{#CHECKED}} checked{{/CHECKED}}> {{FIELD_LABEL}}</label>{{/CHECKBOX}}
      {{#FIELD_ERROR}}<p class="field-error" id="error-{{FIELD_NAME}}">{{ERROR_TEXT}}</p>{{/FIELD_ERROR}}
    </div>
    {{/FORM_FIELD}}
    <button type="submit" class="button primary">{{LBL_SAVE_CHANGES}}</button>
  </form>
</section>
{{/EDIT_FORM}}
