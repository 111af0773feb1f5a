{{%AUTOESCAPE context="HTML"}}
<section class="login-box" aria-labelledby="signup-title">
  <h1 id="signup-title">{{PAGE_TITLE}}</h1>
  <p class="lead">{{LBL_SIGNUP_INTRO}}</p>
  {{#FORM_PROBLEM}}
  <p class="message message-error" role="alert">{{PROBLEM_TEXT}}</p>
  {{/FORM_PROBLEM}}
  {{#PASSWORD_PROBLEM}}
  <p class="message message-error" role="alert">{{PROBLEM_TEXT}}</p>
  {{/PASSWORD_PROBLEM}}
  <form method="post" action="/signup" class="form" novalidate>
    <input type="hidden" name="csrf_token" value="{{FORM_CSRF_TOKEN}}">
    <input type="hidden" name="captcha" value="{{CAPTCHA_TOKEN}}">
    <div class="field">
      <label for="first_name">{{LBL_FIRST_NAME}}</label>
      <input type="text" id="first_name" name="first_name" value="{{FIRST_NAME}}" autocomplete="given-name" maxlength="80">
    </div>
    <div class="field">
      <label for="last_name">{{LBL_LAST_NAME}}</label>
      <input type="text" id="last_name" name="last_name" value="{{LAST_NAME}}" autocomplete="family-name" required maxlength="80">
    </div>
    <div class="field">
      <label for="email">{{LBL_EMAIL}}</label>
      <input type="email" id="email" name="email" value="{{EMAIL}}" autocomplete="email" required maxlength="254">
    </div>
    <div class="field">
      <label for="organisation">{{LBL_ORGANISATION_OPTIONAL}}</label>
      <input type="text" id="organisation" name="organisation" value="{{ORGANISATION}}" autocomplete="organization" maxlength="200">
    </div>
    <div class="field">
      <label for="password">{{LBL_PASSWORD}}</label>
      <input type="password" id="password" name="password" autocomplete="new-password" required maxlength="256" aria-describedby="password-rules">
      <p class="muted" id="password-rules">{{PASSWORD_RULES}}</p>
    </div>
    <div class="field">
      <label for="password_again">{{LBL_NEW_PASSWORD_AGAIN}}</label>
      <input type="password" id="password_again" name="password_again" autocomplete="new-password" required maxlength="256">
    </div>
    <div class="field captcha">
      <img src="{{CAPTCHA_URL}}" alt="{{LBL_CAPTCHA_ALT}}" width="212" height="68">
      <label for="captcha_answer">{{LBL_CAPTCHA_QUESTION}}</label>
      <input type="text" id="captcha_answer" name="captcha_answer" inputmode="numeric" autocomplete="off" required maxlength="4" aria-describedby="captcha-help">
      <p class="muted" id="captcha-help">{{LBL_CAPTCHA_HELP}}</p>
    </div>
    <button type="submit" class="button primary">{{LBL_SIGN_UP}}</button>
  </form>
  <p><a href="/login">{{LBL_BACK_TO_SIGN_IN}}</a></p>
</section>
