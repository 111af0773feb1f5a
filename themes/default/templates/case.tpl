{{%AUTOESCAPE context="HTML"}}
<p class="breadcrumb"><a href="/cases">{{LBL_BACK_TO_CASES}}</a></p>
<h1><span class="case-number">{{CASE_NUMBER}}</span> {{CASE_TITLE}}</h1>
<dl class="fields">
  {{#FIELD}}
  <div class="field-row"><dt>{{FIELD_LABEL}}</dt><dd>{{FIELD_VALUE}}</dd></div>
  {{/FIELD}}
</dl>
{{#LONG_FIELD}}
<section class="long-field">
  <h2>{{FIELD_LABEL}}</h2>
  <div class="text">{{FIELD_VALUE}}</div>
</section>
{{/LONG_FIELD}}
