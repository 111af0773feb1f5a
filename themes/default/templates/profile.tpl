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
    <p class="hint">{{LBL_REQUIRED_NOTE}}</p>
    {{>FORM_FIELDS}}
    <button type="submit" class="button primary">{{LBL_SAVE_CHANGES}}</button>
  </form>
</section>
{{/EDIT_FORM}}
