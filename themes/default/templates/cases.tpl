{{%AUTOESCAPE context="HTML"}}
<h1>{{LBL_MY_CASES}}</h1>
{{#NO_CASES}}
<p class="empty">{{LBL_NO_CASES}}</p>
{{/NO_CASES}}
<div class="table-wrap">
<table class="records cases">
  <caption class="visually-hidden">{{LBL_MY_CASES}}</caption>
  <thead>
    <tr>
      <th scope="col">{{LBL_CASE_NUMBER}}</th>
      <th scope="col">{{LBL_CASE_TITLE}}</th>
      <th scope="col">{{LBL_CASE_STATUS}}</th>
      <th scope="col">{{LBL_CASE_PRIORITY}}</th>
      <th scope="col">{{LBL_CASE_MODIFIED}}</th>
    </tr>
  </thead>
  <tbody>
    {{#CASE_ROW}}
    <tr>
      <td class="case-number" data-label="{{LBL_CASE_NUMBER}}">{{CASE_NUMBER}}</td>
      <td class="case-title" data-label="{{LBL_CASE_TITLE}}"><a href="{{CASE_URL}}">{{CASE_TITLE}}</a></td>
      <td class="case-status" data-label="{{LBL_CASE_STATUS}}">{{CASE_STATUS}}</td>
      <td class="case-priority" data-label="{{LBL_CASE_PRIORITY}}">{{CASE_PRIORITY}}</td>
      <td class="case-modified" data-label="{{LBL_CASE_MODIFIED}}">{{CASE_MODIFIED}}</td>
    </tr>
    {{/CASE_ROW}}
  </tbody>
</table>
</div>
{{#PAGER}}
<nav class="pager" aria-label="{{LBL_PAGES}}">
  {{#PREV_PAGE}}<a rel="prev" href="{{PREV_URL}}">{{LBL_PREVIOUS_PAGE}}</a>{{/PREV_PAGE}}
  <span class="page-number">{{LBL_PAGE}} {{PAGE_NUMBER}}</span>
  {{#NEXT_PAGE}}<a rel="next" href="{{NEXT_URL}}">{{LBL_NEXT_PAGE}}</a>{{/NEXT_PAGE}}
</nav>
{{/PAGER}}
