{{%AUTOESCAPE context="HTML"}}
<section class="login-box" aria-labelledby="reset-title">
  <h1 id="reset-title">{{PAGE_TITLE}}</h1>
  <p class="lead">{{RESET_INTRO}}</p>
  {{#PASSWORD_PROBLEM}}
  <p class="message message-error" role="alert">{{PROBLEM_TEXT}}</p>
  {{/PASSWORD_PROBLEM}}
  <form method="post" action="/reset-password" class="form" novalidate>
    <input type="hidden" name="csrf_token" value="{{FORM_CSRF_TOKEN}}">
    <input type="hidden" name="token" value="{{TOKEN}}">
    <div class="field">
      <label for="email">{{LBL_EMAIL}}</label>
      <input type="email" id="email" name="email" value="{{EMAIL}}" autocomplete="username" readonly>
    </div>
    <div class="field">
      <label for="password">{{LBL_NEW_PASSWORD}}</label>
      <input type="password" id="password" name="password" autocomplete="new-password" required maxlength="256" aria-describedby="password-rules">
      <p class="muted" id="password-rules">{{PASSWORD_RULES}}</p>
    </div>
    <div class="field">
      <label for="password_again">{{LBL_NEW_PASSWORD_AGAIN}}</label>
      <input type="password" id="password_again" name="password_again" autocomplete="new-password" required maxlength="256">
    </div>
    <button type="submit" class="button primary">{{LBL_SET_PASSWORD}}</button>
  </form>
</section>
