{{%AUTOESCAPE context="HTML"}}
<section class="error-box" aria-labelledby="error-title">
  <p class="error-status">{{ERROR_STATUS}}</p>
  <h1 id="error-title">{{PAGE_TITLE}}</h1>
  <p>{{ERROR_MESSAGE}}</p>
  <p><a href="/">{{LBL_GO_HOME}}</a></p>
</section>
