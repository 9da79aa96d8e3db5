// Loaded first by every page the hardening tests open (tests/hardening/harness.ts): records errors, unhandled
// rejections, Content-Security-Policy violations and dialogs, so that a test can assert there were none. An external
// script, so that it also runs under script-src 'self'.
/* global errors, violations, alerts -- the page's own globals, made here */
window.errors = [];
window.violations = [];
window.alerts = [];
addEventListener('error', (e) => errors.push(e.message || String(e.error)));
addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
document.addEventListener('securitypolicyviolation', (e) =>
  violations.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'}${e.sample ? `: ${e.sample}` : ''}`),
);
for (const name of ['alert', 'confirm', 'prompt', 'print'])
  window[name] = (...args) => {
    alerts.push(`${name}(${args.join(', ')})`);
    return name === 'confirm' ? false : null;
  };
