{{%AUTOESCAPE context="HTML"}}
{{#FORM_FIELD}}
<div class="field{{#FIELD_ERROR}} has-error{{/FIELD_ERROR}}">
  {{#READ_ONLY}}<p class="read-only"><span class="read-only-label">{{FIELD_LABEL}}</span> <span class="read-only-value">{{FIELD_VALUE}}</span></p>{{/READ_ONLY}}
  {{#INPUT}}<label for="{{FIELD_ID}}">{{FIELD_LABEL}}{{#REQUIRED}} <span class="required" aria-hidden="true">*</span>{{/REQUIRED}}</label>{{/INPUT}}
  {{#TEXTAREA}}<label for="{{FIELD_ID}}">{{FIELD_LABEL}}{{#REQUIRED}} <span class="required" aria-hidden="true">*</span>{{/REQUIRED}}</label>{{/TEXTAREA}}
  {{#SELECT}}<label for="{{FIELD_ID}}">{{FIELD_LABEL}}{{#REQUIRED}} <span class="required" aria-hidden="true">*</span>{{/REQUIRED}}</label>{{/SELECT}}
  {{#FIELD_ERROR}}<p class="field-error" id="{{FIELD_ID}}-error">{{ERROR_TEXT}}</p>{{/FIELD_ERROR}}
  {{#INPUT}}<input type="{{INPUT_TYPE}}" id="{{FIELD_ID}}" name="{{FIELD_NAME}}" value="{{FIELD_VALUE}}" maxlength="{{MAX_LENGTH}}"{{#REQUIRED}} required{{/REQUIRED}}{{#INVALID}} aria-invalid="true" aria-describedby="{{FIELD_ID}}-error"{{/INVALID}}>{{/INPUT}}
  {{#TEXTAREA}}<textarea id="{{FIELD_ID}}" name="{{FIELD_NAME}}" rows="8" maxlength="{{MAX_LENGTH}}"{{#REQUIRED}} required{{/REQUIRED}}{{#INVALID}} aria-invalid="true" aria-describedby="{{FIELD_ID}}-error"{{/INVALID}}>{{FIELD_VALUE:pre_escape}}</textarea>{{/TEXTAREA}}
  {{#SELECT}}<select id="{{FIELD_ID}}" name="{{FIELD_NAME}}"{{#MULTIPLE}} multiple{{/MULTIPLE}}{{#REQUIRED}} required{{/REQUIRED}}{{#INVALID}} aria-invalid="true" aria-describedby="{{FIELD_ID}}-error"{{/INVALID}}>
    {{#OPTION}}<option value="{{OPTION_VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{OPTION_LABEL}}</option>{{/OPTION}}
  </select>{{/SELECT}}
  {{#CHECKBOX}}<input type="checkbox" id="{{FIELD_ID}}" name="{{FIELD_NAME}}" value="1"{{#CHECKED}} checked{{/CHECKED}}{{#REQUIRED}} required{{/REQUIRED}}{{#INVALID}} aria-invalid="true" aria-describedby="{{FIELD_ID}}-error"{{/INVALID}}>
  <label for="{{FIELD_ID}}" class="checkbox-label">{{FIELD_LABEL}}{{#REQUIRED}} <span class="required" aria-hidden="true">*</span>{{/REQUIRED}}</label>{{/CHECKBOX}}
</div>
{{/FORM_FIELD}}
