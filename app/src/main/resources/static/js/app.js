// Starts GOV.UK Frontend's components (service navigation menu, error summary focus, buttons, skip link).
// Loaded as a module from the page head; no inline script is needed (the CSP forbids them).
import { initAll } from '/static/vendor/govuk-frontend-6.6.0/govuk-frontend.min.js';

document.body.classList.add('js-enabled');
if ('noModule' in HTMLScriptElement.prototype) {
  document.body.classList.add('govuk-frontend-supported');
}
initAll();
