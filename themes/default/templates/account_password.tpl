{{%AUTOESCAPE context="HTML"}}
<section class="form-page" aria-labelledby="password-title">
  <h1 id="password-title">{{LBL_CHANGE_PASSWORD}}</h1>
  <p class="lead">{{LBL_CHANGE_PASSWORD_INTRO}}</p>
  {{#MESSAGE}}
  <p class="message message-{{MESSAGE_KIND}}" role="alert" id="password-message">{{MESSAGE_TEXT}}</p>
  {{/MESSAGE}}
  <form method="post" action="/account/password" class="form" novalidate>
    <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}"><input type="hidden" name="form_token" value="{{FORM_TOKEN}}">
    <input type="text" name="username" value="{{CONTACT_EMAIL}}" autocomplete="username" hidden>
    <div class="field">
      <label for="current_password">{{LBL_CHANGE_PASSWORD_CURRENT}}</label>
      <input type="password" id="current_password" name="current_password" autocomplete="current-password" required maxlength="256"{{#CURRENT_PROBLEMS}} aria-invalid="true" aria-describedby="current-problems"{{/CURRENT_PROBLEMS}}>
      {{#CURRENT_PROBLEMS}}<ul class="field-problems" id="current-problems">{{#PROBLEM}}<li>{{PROBLEM_TEXT}}</li>{{/PROBLEM}}</ul>{{/CURRENT_PROBLEMS}}
    </div>
    <div class="field">
      <label for="new_password">{{LBL_CHANGE_PASSWORD_NEW}}</label>
      <input type="password" id="new_password" name="new_password" autocomplete="new-password" required maxlength="256" aria-describedby="password-rules{{#NEW_PROBLEMS}} new-problems{{/NEW_PROBLEMS}}"{{#NEW_PROBLEMS}} aria-invalid="true"{{/NEW_PROBLEMS}}>
      <p class="field-hint" id="password-rules">{{PASSWORD_RULES}}</p>
      {{#NEW_PROBLEMS}}<ul class="field-problems" id="new-problems">{{#PROBLEM}}<li>{{PROBLEM_TEXT}}</li>{{/PROBLEM}}</ul>{{/NEW_PROBLEMS}}
    </div>
    <div class="field">
      <label for="new_password_again">{{LBL_CHANGE_PASSWORD_AGAIN}}</label>
      <input type="password" id="new_password_again" name="new_password_again" autocomplete="new-password" required maxlength="256"{{#AGAIN_PROBLEMS}} aria-invalid="true" aria-describedby="again-problems"{{/AGAIN_PROBLEMS}}>
      {{#AGAIN_PROBLEMS}}<ul class="field-problems" id="again-problems">{{#PROBLEM}}<li>{{PROBLEM_TEXT}}</li>{{/PROBLEM}}</ul>{{/AGAIN_PROBLEMS}}
    </div>
    <button type="submit" class="button primary">{{LBL_CHANGE_PASSWORD}}</button>
  </form>
</section>
