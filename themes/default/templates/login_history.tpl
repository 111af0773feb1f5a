{{%AUTOESCAPE context="HTML"}}
<h1>{{PAGE_TITLE}}</h1>
<p class="lead">{{LBL_SIGN_IN_HISTORY_INTRO}}</p>
{{#NO_SIGN_INS}}<p class="empty">{{LBL_NO_SIGN_INS}}</p>{{/NO_SIGN_INS}}
{{#SIGN_IN_TABLE}}
<div class="table-wrap">
<table class="records sign-ins">
  <caption class="visually-hidden">{{PAGE_TITLE}}</caption>
  <thead><tr><th scope="col">{{LBL_SIGN_IN_TIME}}</th><th scope="col">{{LBL_SIGN_IN_BROWSER}}</th><th scope="col">{{LBL_SIGN_IN_ADDRESS}}</th></tr></thead>
  <tbody>
  {{#SIGN_IN}}
  <tr><td data-label="{{LBL_SIGN_IN_TIME}}">{{SIGN_IN_TIME}}</td><td data-label="{{LBL_SIGN_IN_BROWSER}}">{{SIGN_IN_BROWSER}}</td><td data-label="{{LBL_SIGN_IN_ADDRESS}}">{{SIGN_IN_ADDRESS}}</td></tr>
  {{/SIGN_IN}}
  </tbody>
</table>
</div>
{{/SIGN_IN_TABLE}}
<p class="muted">{{LBL_SIGN_IN_HISTORY_HINT}}</p>
