{{%AUTOESCAPE context="HTML"}}
<h1>{{LBL_COLLEAGUES}}</h1>
<p class="lead">{{COLLEAGUES_INTRO}}</p>
<p class="count" role="status">{{CONTACT_COUNT}}</p>
{{#CONTACT_TABLE}}
<div class="table-wrap">
<table class="records contacts">
  <caption class="visually-hidden">{{LBL_COLLEAGUES}}</caption>
  <thead><tr><th scope="col">{{LBL_NAME}}</th>{{#COLUMN}}<th scope="col">{{COLUMN_LABEL}}</th>{{/COLUMN}}</tr></thead>
  <tbody>
    {{#CONTACT_ROW}}
    <tr>
      <td data-label="{{LBL_NAME}}"><a href="{{CONTACT_URL}}">{{CONTACT_NAME}}</a>{{#YOU}} <span class="status">{{LBL_THAT_IS_YOU}}</span>{{/YOU}}</td>
      {{#CELL}}<td data-label="{{CELL_LABEL}}">{{CELL_VALUE}}</td>{{/CELL}}
    </tr>
    {{/CONTACT_ROW}}
  </tbody>
</table>
</div>
{{/CONTACT_TABLE}}
{{#PAGER}}
<nav class="pager" aria-label="{{LBL_PAGES}}">
  {{#PREV_PAGE}}<a rel="prev" href="{{PREV_URL}}">{{LBL_PREVIOUS_PAGE}}</a>{{/PREV_PAGE}}
  <span class="page-number">{{LBL_PAGE}} {{PAGE_NUMBER}}</span>
  {{#NEXT_PAGE}}<a rel="next" href="{{NEXT_URL}}">{{LBL_NEXT_PAGE}}</a>{{/NEXT_PAGE}}
</nav>
{{/PAGER}}
