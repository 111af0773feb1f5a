{{%AUTOESCAPE context="HTML"}}<!DOCTYPE html>
<html lang="{{LANGUAGE}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{PAGE_TITLE}} · {{COMPANY_NAME}}</title>
<link rel="stylesheet" href="{{STATIC_URL}}/css/portal.css">
</head>
<body class="page-{{PAGE_NAME}}">
<a class="skip-link" href="#main">{{LBL_SKIP_TO_CONTENT}}</a>
<header class="site-header">
  <a class="brand" href="/"><img class="logo" src="{{LOGO_URL}}" alt=""><span class="company">{{COMPANY_NAME}}</span></a>
  {{#LOGGED_IN}}
  <nav class="main-menu" aria-label="{{LBL_MAIN_MENU}}">
    <ul><li><a href="/cases">{{LBL_MY_CASES}}</a></li></ul>
  </nav>
  <div class="account">
    <span class="contact-name">{{CONTACT_NAME}}</span>
    <form method="post" action="/logout">
      <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
      <button type="submit" class="link-button">{{LBL_SIGN_OUT}}</button>
    </form>
  </div>
  {{/LOGGED_IN}}
</header>
<main id="main" tabindex="-1">
{{>CONTENT}}
</main>
<footer class="site-footer"><p>{{COMPANY_NAME}}</p></footer>
</body>
</html>
