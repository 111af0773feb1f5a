{{%AUTOESCAPE context="HTML"}}<!DOCTYPE html>
<html lang="{{LANGUAGE}}" dir="{{LANGUAGE_DIRECTION}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{PAGE_TITLE}} · {{COMPANY_NAME}}</title>
<link rel="stylesheet" href="{{STATIC_URL}}/css/portal.css">
{{#COMPANY_STYLESHEET}}<link rel="stylesheet" href="{{COMPANY_STYLESHEET_URL}}">{{/COMPANY_STYLESHEET}}
</head>
<body class="page-{{PAGE_NAME}} sidebar-layout">
<a class="skip-link" href="#main">{{LBL_SKIP_TO_CONTENT}}</a>
<div class="frame">
  <aside class="sidebar">
    <a class="brand" href="/"><img class="logo" src="{{LOGO_URL}}" alt=""><span class="company">{{COMPANY_NAME}}</span></a>
    {{#LOGGED_IN}}
    <nav class="side-menu" aria-label="{{LBL_MAIN_MENU}}">
      <ul>{{#MENU_ITEM}}<li><a href="{{MENU_URL}}"{{#CURRENT_ITEM}} aria-current="page"{{/CURRENT_ITEM}}>{{MENU_LABEL}}</a></li>{{/MENU_ITEM}}</ul>
    </nav>
    <form class="site-search" method="get" action="/search" role="search">
      <label class="visually-hidden" for="site-search-q">{{LBL_SEARCH_PORTAL}}</label>
      <input type="search" id="site-search-q" name="q" value="{{SEARCH_QUERY}}" maxlength="100">
      <button type="submit" class="button">{{LBL_SEARCH}}</button>
    </form>
    <div class="account">
      <a class="contact-name" href="/profile">{{CONTACT_NAME}}</a>
      <a href="/account/password"{{#PASSWORD_PAGE}} aria-current="page"{{/PASSWORD_PAGE}}>{{LBL_CHANGE_PASSWORD}}</a>
      {{#SIGN_IN_HISTORY_LINK}}<a href="/account/logins">{{LBL_SIGN_IN_HISTORY}}</a>{{/SIGN_IN_HISTORY_LINK}}
      <form method="post" action="/logout">
        <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
        <button type="submit" class="link-button">{{LBL_SIGN_OUT}}</button>
      </form>
    </div>
    {{/LOGGED_IN}}
  </aside>
  <div class="workspace">
    <main id="main" tabindex="-1">
{{#SUPPORT_ENDING}}<p class="message message-info support-ending" role="status">{{SUPPORT_ENDING_TEXT}}</p>{{/SUPPORT_ENDING}}
    {{#NOTICE}}<p class="message message-info notice" role="status">{{NOTICE_TEXT}}</p>{{/NOTICE}}
{{>CONTENT}}
    </main>
    <footer class="site-footer">
      <nav class="language-choice" aria-label="{{LBL_LANGUAGE}}">
        <ul>
          {{#LANGUAGE_CHOICE}}
          <li>{{#CURRENT_LANGUAGE}}<span lang="{{LANGUAGE_CODE}}" aria-current="true">{{LANGUAGE_NAME}}</span>{{/CURRENT_LANGUAGE}}{{#OTHER_LANGUAGE}}<a href="{{LANGUAGE_URL}}" lang="{{LANGUAGE_CODE}}" hreflang="{{LANGUAGE_CODE}}">{{LANGUAGE_NAME}}</a>{{/OTHER_LANGUAGE}}</li>
          {{/LANGUAGE_CHOICE}}
        </ul>
      </nav>
      <p>{{COMPANY_NAME}}</p>
    </footer>
  </div>
</div>
</body>
</html>
