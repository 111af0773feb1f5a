{{%AUTOESCAPE context="HTML"}}
<div class="page-head">
  <h1>{{LBL_MY_CASES}}</h1>
  {{#NEW_CASE}}<a class="button primary" href="/cases/new">{{LBL_NEW_CASE}}</a>{{/NEW_CASE}}
</div>
<form class="filters" method="get" action="/cases" aria-label="{{LBL_FILTERS}}">
  {{#SCOPE_CHOICE}}
  <div class="field">
    <label for="scope">{{LBL_SCOPE}}</label>
    <select id="scope" name="scope">
      <option value="mine"{{#SCOPE_MINE}} selected{{/SCOPE_MINE}}>{{LBL_SCOPE_MINE}}</option>
      <option value="organisation"{{#SCOPE_ORGANISATION}} selected{{/SCOPE_ORGANISATION}}>{{LBL_SCOPE_ORGANISATION}}</option>
    </select>
  </div>
  {{/SCOPE_CHOICE}}
  <div class="field">
    <label for="q">{{LBL_SEARCH_CASES}}</label>
    <input type="search" id="q" name="q" value="{{SEARCH_TEXT}}" maxlength="100">
  </div>
  <div class="field">
    <label for="state">{{LBL_CASE_STATE}}</label>
    <select id="state" name="state">
      {{#STATE_OPTION}}<option value="{{OPTION_VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{OPTION_LABEL}}</option>{{/STATE_OPTION}}
    </select>
  </div>
  <div class="field">
    <label for="status">{{LBL_CASE_STATUS}}</label>
    <select id="status" name="status">
      <option value="">{{LBL_ANY}}</option>
      {{#STATUS_OPTION}}<option value="{{OPTION_VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{OPTION_LABEL}}</option>{{/STATUS_OPTION}}
    </select>
  </div>
  <div class="field">
    <label for="priority">{{LBL_CASE_PRIORITY}}</label>
    <select id="priority" name="priority">
      <option value="">{{LBL_ANY}}</option>
      {{#PRIORITY_OPTION}}<option value="{{OPTION_VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{OPTION_LABEL}}</option>{{/PRIORITY_OPTION}}
    </select>
  </div>
  <div class="field">
    <label for="size">{{LBL_PAGE_SIZE}}</label>
    <select id="size" name="size">
      {{#SIZE_OPTION}}<option value="{{OPTION_VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{OPTION_VALUE}}</option>{{/SIZE_OPTION}}
    </select>
  </div>
  <input type="hidden" name="sort" value="{{SORT_FIELD}}">
  <input type="hidden" name="dir" value="{{SORT_DIRECTION}}">
  <button type="submit" class="button">{{LBL_APPLY_FILTERS}}</button>
</form>
<p class="count" role="status">{{CASE_COUNT}}</p>
{{#FIELDS_NOT_SHARED}}<p class="note">{{LBL_CASE_FIELDS_NOT_SHARED}}</p>{{/FIELDS_NOT_SHARED}}
<p class="export"><a href="{{EXPORT_URL}}" download>{{LBL_EXPORT_CSV}}</a></p>
{{#NO_CASES}}
<p class="empty">{{LBL_NO_CASES}}</p>
{{/NO_CASES}}
{{#PAGE_EMPTY}}
<p class="empty">{{LBL_PAGE_EMPTY}} <a href="/cases">{{LBL_FIRST_PAGE}}</a></p>
{{/PAGE_EMPTY}}
{{#NO_MATCHING_CASES}}
<p class="empty">{{LBL_NO_MATCHING_CASES}}</p>
{{/NO_MATCHING_CASES}}
<div class="table-wrap">
<table class="records cases">
  <caption class="visually-hidden">{{LBL_MY_CASES}}</caption>
  <thead>
    <tr>
      {{#COLUMN}}<th scope="col"{{#SORTED}} aria-sort="{{ARIA_SORT}}"{{/SORTED}}><a href="{{SORT_URL}}">{{COLUMN_LABEL}}<span class="visually-hidden"> {{LBL_SORT_HINT}}</span></a></th>{{/COLUMN}}
    </tr>
  </thead>
  <tbody>
    {{#CASE_ROW}}
    <tr>
      {{#CELL}}<td class="{{CELL_CLASS}}" data-label="{{CELL_LABEL}}">{{#LINK}}<a href="{{CASE_URL}}">{{CELL_TEXT}}</a>{{/LINK}}{{#PLAIN}}{{CELL_TEXT}}{{/PLAIN}}</td>{{/CELL}}
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
