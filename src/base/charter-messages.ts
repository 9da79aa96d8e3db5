import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { CharterError } from '../model/charter.js';
import { type Locale, digitsFor } from '../model/text.js';
import type { ValidationIssue } from '../model/validate.js';

// The first problems of a broken charter are shown, and the number of the rest: thousands would bury the page.
const SHOWN_ISSUES = 10;

/** The localized message for a charter that could not be had, naming the problem and where it is. */
export function renderCharterError(error: CharterError, locale: Locale): TemplateResult {
  const n = (value: number) => digitsFor(String(value), locale);
  const said = html`<p>
    ${errorText(error, n)} ${'source' in error ? html`<code dir="ltr">${error.source}</code>` : nothing}
  </p>`;
  if (error.kind !== 'invalid') return said;
  return html`${said}
    <ul>
      ${error.issues.slice(0, SHOWN_ISSUES).map((issue) => html`<li>${renderIssue(issue, locale)}</li>`)}
    </ul>
    ${
      error.issues.length > SHOWN_ISSUES
        ? html`<p>${msg(str`আরও ${n(error.issues.length - SHOWN_ISSUES)}টি সমস্যা আছে।`, { id: 'error-more-issues' })}</p>`
        : nothing
    }`;
}

/** What went wrong, in words; the message names the source after it. */
function errorText(error: CharterError, n: (value: number) => string): string {
  switch (error.kind) {
    case 'missing':
      return msg('কোনো চার্টার দেওয়া হয়নি: src-এ চার্টারের ঠিকানা, ভেতরে JSON, অথবা charter প্রপার্টি দিন।', {
        id: 'error-missing',
      });
    case 'page-script':
      return msg('চার্টার পাওয়া যায়নি: src যে id-র কথা বলছে, পাতায় সেই id-র JSON স্ক্রিপ্ট নেই।', {
        id: 'error-page-script',
      });
    case 'bad-src':
      return msg('চার্টারের ঠিকানা (src) কোনো ঠিক URL নয়।', { id: 'error-bad-src' });
    case 'timeout':
      return msg(str`${n(error.seconds)} সেকেন্ডেও চার্টার আসেনি: সংযোগ ধীর, অথবা সার্ভার উত্তর দিচ্ছে না।`, {
        id: 'error-timeout',
      });
    case 'file':
      return msg(
        'পাতাটি ডিস্ক থেকে খোলা (file://), তাই ব্রাউজার চার্টারের ফাইল পড়তে দেয় না। পাতাটি ওয়েব সার্ভার থেকে খুলুন, অথবা চার্টারের JSON পাতার ভেতরেই দিন।',
        { id: 'error-file' },
      );
    case 'network':
      return msg('চার্টার আনা যায়নি: নেটওয়ার্কে সমস্যা। সংযোগ দেখে আবার চেষ্টা করুন।', { id: 'error-network' });
    case 'http':
      return msg(str`চার্টার আনা যায়নি: সার্ভার ${n(error.status)} জানিয়েছে।`, { id: 'error-http' });
    case 'json':
      return msg(str`চার্টারের JSON পড়া যায়নি: লাইন ${n(error.line)}, কলাম ${n(error.column)}-এ ভুল।`, {
        id: 'error-json',
      });
    case 'invalid':
      return msg(str`চার্টারের তথ্যে ${n(error.issues.length)}টি সমস্যা:`, { id: 'error-invalid' });
  }
}

/** One validation issue, localized, after its JSON path: the widgets' error message and the publishing page's fields. */
export function renderIssue(issue: ValidationIssue, locale: Locale): TemplateResult {
  const n = (value: number) => digitsFor(String(value), locale);
  return html`${issue.path ? html`<code dir="ltr">${issue.path}</code>: ` : ''}${describeIssue(issue, n)}`;
}

function describeIssue(issue: ValidationIssue, n: (value: number) => string): string {
  switch (issue.kind) {
    case 'type':
      return msg(str`এখানে ${issue.expected} থাকার কথা, আছে ${issue.found}`, { id: 'issue-type' });
    case 'required':
      return msg(str`"${issue.property}" নেই, অথচ এটি আবশ্যক`, { id: 'issue-required' });
    case 'required-one-of':
      return msg(str`${issue.properties.join(' / ')}: অন্তত একটি থাকা চাই`, { id: 'issue-required-one-of' });
    case 'unknown-property':
      return msg(str`অজানা ঘর "${issue.property}"`, { id: 'issue-unknown-property' });
    case 'const':
      return msg(str`${JSON.stringify(issue.expected)} থাকার কথা, আছে ${issue.found}`, { id: 'issue-const' });
    case 'format':
      return msg(str`সঠিক ${issue.expected} নয়: "${issue.found}"`, { id: 'issue-format' });
    case 'empty':
      return msg('খালি রাখা যাবে না', { id: 'issue-empty' });
    case 'minimum':
      return msg(str`অন্তত ${issue.minimum} হওয়ার কথা, আছে ${issue.found}`, { id: 'issue-minimum' });
    case 'unknown-officer':
      return msg(str`অজানা কর্মকর্তা "${issue.id}"`, { id: 'issue-unknown-officer' });
    case 'duplicate-id':
      return msg(str`"${issue.id}" আইডি আগেও ব্যবহৃত হয়েছে (${issue.first})`, { id: 'issue-duplicate-id' });
    case 'too-deep':
      return msg(str`${n(issue.limit)} স্তরের বেশি গভীরে সাজানো`, { id: 'issue-too-deep' });
    case 'too-long':
      return msg(str`${n(issue.found)} অক্ষর, সীমা ${n(issue.limit)}`, { id: 'issue-too-long' });
    case 'too-many-services':
      return msg(str`${n(issue.found)}টি সেবা, সীমা ${n(issue.limit)}`, { id: 'issue-too-many-services' });
  }
}
