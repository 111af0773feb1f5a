{{%AUTOESCAPE context="HTML"}}
<section class="login-box notice-box" aria-labelledby="notice-title">
  <h1 id="notice-title">{{PAGE_TITLE}}</h1>
  {{#NOTICE_PARAGRAPH}}<p>{{NOTICE_TEXT}}</p>{{/NOTICE_PARAGRAPH}}
  {{#COMPANY_CONTACT}}
  <div class="company-contact">
    <h2>{{COMPANY_NAME_TEXT}}</h2>
    <dl>{{#CONTACT_LINE}}<dt>{{CONTACT_LABEL}}</dt><dd>{{CONTACT_VALUE}}</dd>{{/CONTACT_LINE}}</dl>
  </div>
  {{/COMPANY_CONTACT}}
  <ul class="notice-links">{{#NOTICE_LINK}}<li><a href="{{LINK_URL}}">{{LINK_LABEL}}</a></li>{{/NOTICE_LINK}}</ul>
</section>
