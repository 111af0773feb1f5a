{{%AUTOESCAPE context="HTML"}}
<h1>{{MODULE_LABEL}}</h1>
{{#SCOPE_CHOICE}}
<form class="filters" method="get" action="{{LIST_URL}}" aria-label="{{LBL_RECORD_SCOPE}}">
  <div class="field">
    <label for="scope">{{LBL_RECORD_SCOPE}}</label>
    <select id="scope" name="scope">
      <option value="mine"{{#SCOPE_MINE}} selected{{/SCOPE_MINE}}>{{LBL_RECORDS_MINE}}</option>
      <option value="organisation"{{#SCOPE_ORGANISATION}} selected{{/SCOPE_ORGANISATION}}>{{LBL_RECORDS_ORGANISATION}}</option>
    </select>
  </div>
  <button type="submit" class="button">{{LBL_APPLY_FILTERS}}</button>
</form>
{{/SCOPE_CHOICE}}
<p class="count" role="status">{{RECORD_COUNT}}</p>
{{#NO_RECORDS}}
<p class="empty">{{LBL_NO_RECORDS}}</p>
{{/NO_RECORDS}}
{{#PAGE_EMPTY}}
<p class="empty">{{LBL_PAGE_EMPTY_RECORDS}} <a href="{{LIST_URL}}">{{LBL_FIRST_PAGE}}</a></p>
{{/PAGE_EMPTY}}
{{#RECORDS}}
<div class="table-wrap">
<table class="records">
  <caption class="visually-hidden">{{MODULE_LABEL}}</caption>
  <thead>
    <tr>{{#COLUMN}}<th scope="col"{{#AMOUNT}} class="amount"{{/AMOUNT}}>{{COLUMN_LABEL}}</th>{{/COLUMN}}</tr>
  </thead>
  <tbody>
    {{#ROW}}
    <tr>{{#CELL}}<td data-label="{{CELL_LABEL}}"{{#AMOUNT}} class="amount"{{/AMOUNT}}>{{#LINK}}<a href="{{URL}}">{{CELL_VALUE}}</a>{{/LINK}}{{#PLAIN}}{{CELL_VALUE}}{{/PLAIN}}</td>{{/CELL}}</tr>
    {{/ROW}}
  </tbody>
</table>
</div>
{{/RECORDS}}
{{#PAGER}}
<nav class="pager" aria-label="{{LBL_PAGES}}">
  {{#PREV_PAGE}}<a rel="prev" href="{{PREV_URL}}">{{LBL_PREVIOUS_PAGE}}</a>{{/PREV_PAGE}}
  <span class="page-number">{{LBL_PAGE}} {{PAGE_NUMBER}}</span>
  {{#NEXT_PAGE}}<a rel="next" href="{{NEXT_URL}}">{{LBL_NEXT_PAGE}}</a>{{/NEXT_PAGE}}
</nav>
{{/PAGER}}
