{{%AUTOESCAPE context="HTML"}}
<section class="login-box" aria-labelledby="forgot-title">
  <h1 id="forgot-title">{{PAGE_TITLE}}</h1>
  <p class="lead">{{FORGOT_INTRO}}</p>
  {{#MESSAGE}}
  <p class="message message-{{MESSAGE_KIND}}" role="alert" id="form-message">{{MESSAGE_TEXT}}</p>
  {{/MESSAGE}}
  <form method="post" action="/forgot-password" class="form" novalidate>
    <input type="hidden" name="csrf_token" value="{{FORM_CSRF_TOKEN}}">
    <div class="field">
      <label for="email">{{LBL_EMAIL}}</label>
      <input type="email" id="email" name="email" value="{{EMAIL}}" autocomplete="username" required maxlength="254"{{#MESSAGE}} aria-describedby="form-message"{{/MESSAGE}}>
    </div>
    <button type="submit" class="button primary">{{LBL_SEND}}</button>
  </form>
  <p><a href="/login">{{LBL_BACK_TO_SIGN_IN}}</a></p>
</section>
