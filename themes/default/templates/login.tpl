{{%AUTOESCAPE context="HTML"}}
<section class="login-box" aria-labelledby="login-title">
  <h1 id="login-title">{{LBL_SIGN_IN}}</h1>
  <p class="lead">{{LBL_SIGN_IN_INTRO}}</p>
  {{#MESSAGE}}
  <p class="message message-{{MESSAGE_KIND}}" role="alert" id="login-message">{{MESSAGE_TEXT}}</p>
  {{/MESSAGE}}
  <form method="post" action="/login" class="form" novalidate>
    <input type="hidden" name="csrf_token" value="{{FORM_CSRF_TOKEN}}">
    <input type="hidden" name="next" value="{{NEXT}}">
    <div class="field">
      <label for="email">{{LBL_EMAIL}}</label>
      <input type="email" id="email" name="email" value="{{EMAIL}}" autocomplete="username" required maxlength="254"{{#MESSAGE}} aria-describedby="login-message"{{/MESSAGE}}>
    </div>
    <div class="field">
      <label for="password">{{LBL_PASSWORD}}</label>
      <input type="password" id="password" name="password" autocomplete="current-password" required maxlength="256">
    </div>
    <button type="submit" class="button primary">{{LBL_SIGN_IN}}</button>
  </form>
  <p class="form-links"><a href="/forgot-password">{{LBL_FORGOT_LINK}}</a>{{#SIGN_UP_OFFERED}} · <a href="/signup">{{LBL_SIGN_UP_LINK}}</a>{{/SIGN_UP_OFFERED}}</p>
</section>
