{{%AUTOESCAPE context="HTML"}}
<p class="breadcrumb"><a href="{{CASE_URL}}">{{LBL_CASE_BACK}}</a></p>
<h1>{{RETRY_TITLE}}</h1>
<p class="message message-error" role="alert" id="retry-message">{{RETRY_MESSAGE}}</p>
<form method="post" action="{{RETRY_URL}}" class="form panel" novalidate>
  <input type="hidden" name="csrf_token" value="{{FORM_CSRF_TOKEN}}"><input type="hidden" name="form_token" value="{{FORM_TOKEN}}">
  <div class="field">
    <label for="retry-comment">{{RETRY_LABEL}}</label>
    <textarea id="retry-comment" name="comment" rows="6" maxlength="{{MAX_COMMENT}}" aria-describedby="retry-message">{{RETRY_TYPED:pre_escape}}</textarea>
  </div>
  <button type="submit" class="button primary">{{LBL_CASE_TRY_AGAIN}}</button>
</form>
