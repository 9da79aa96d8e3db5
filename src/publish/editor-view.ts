/**
 * Step 3 of the publishing page: every text of the charter in a field, Bangla and (optional) English side by side,
 * with the validator's messages for it beside it. Templates only: the page (publish-page.ts) holds the state.
 */
import { str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { renderIssue } from '../base/charter-messages.js';
import { fieldLabel, fieldsOf } from '../charter-services/service-columns.js';
import type { Text } from '../generated/charter-data.js';
import { getLocale } from '../i18n/locale.js';
import type { CharterData } from '../model/charter.js';
import { SERVICE_FIELDS } from '../model/service-fields.js';
import { textValues } from '../model/text.js';
import type { ValidationIssue } from '../model/validate.js';
import { count } from './count.js';
import { type DataPath, pathText, textPart, valueAt } from './edit.js';
import { msg } from './msg.js';

/** What the editor needs from the page. */
export interface EditorHost {
  data: CharterData;
  issues: ValidationIssue[];
  /** Ids of the services whose fields are open (the others' fields are not rendered: a long charter stays quick). */
  openServices: Set<string>;
  /** A bilingual text's language, or (lang undefined) a plain string. */
  setText(path: DataPath, lang: 'bn' | 'en' | undefined, value: string, required: boolean): void;
  /** A list typed one item a line: search keywords, e-mails or phones. */
  setLines(path: DataPath, value: string, kind: 'lines' | 'phones'): void;
  toggleService(id: string, open: boolean): void;
}

interface FieldOptions {
  required?: boolean;
  /** A cell of several lines (documents, delivery), or one line (a name). */
  multiline?: boolean;
  /** A plain string (serial, website) rather than a text in two languages. */
  plain?: boolean;
}

export function renderEditor(host: EditorHost): TemplateResult {
  const { data } = host;
  const field = (path: DataPath, label: string, options: FieldOptions = {}) => renderField(host, path, label, options);
  return html`
    <details class="edit-part" open>
      <summary><h3>${msg('অফিস, ভিশন ও মিশন', { id: 'publish-edit-office' })}</h3></summary>
      ${field(['office', 'government'], msg('সরকার', { id: 'publish-field-government' }))}
      ${field(['office', 'department'], msg('দপ্তর/অধিদপ্তর', { id: 'publish-field-department' }))}
      ${field(['office', 'name'], msg('অফিসের নাম', { id: 'publish-field-office-name' }), { required: true })}
      ${field(['office', 'location'], msg('ঠিকানা', { id: 'publish-field-location' }))}
      ${field(['office', 'website'], msg('ওয়েবসাইট', { id: 'publish-field-website' }), { plain: true })}
      ${field(['title'], msg('শিরোনাম', { id: 'publish-field-title' }))}
      ${field(['vision'], msg('ভিশন', { id: 'publish-field-vision' }), { multiline: true })}
      ${field(['mission'], msg('মিশন', { id: 'publish-field-mission' }), { multiline: true })}
    </details>
    ${
      data.officers?.length
        ? html`<details class="edit-part">
          <summary><h3>${msg(str`কর্মকর্তা (${count(data.officers.length)})`, { id: 'publish-edit-officers' })}</h3></summary>
          ${data.officers.map(
            (officer, i) => html`<fieldset>
              <legend><code>${officer.id}</code></legend>
              ${field(['officers', i, 'honorific'], msg('সম্বোধন', { id: 'publish-field-honorific' }))}
              ${field(['officers', i, 'name'], msg('নাম', { id: 'publish-field-name' }))}
              ${field(['officers', i, 'designation'], msg('পদবি', { id: 'publish-field-designation' }))}
              ${renderLines(host, ['officers', i, 'phones'], msg('ফোন (প্রতি লাইনে একটি)', { id: 'publish-field-phones' }), 'phones')}
              ${renderLines(host, ['officers', i, 'emails'], msg('ই-মেইল (প্রতি লাইনে একটি)', { id: 'publish-field-emails' }), 'lines')}
            </fieldset>`,
          )}
        </details>`
        : nothing
    }
    ${data.serviceGroups.map((group, g) => {
      const fields = fieldsOf(group);
      return html`<section class="edit-group" aria-labelledby="edit-group-${g}">
        <h3 id="edit-group-${g}">${textValues(group.heading)[0] ?? msg('সেবাসমূহ', { id: 'publish-services' })}</h3>
        ${group.services.map((service, s) => {
          const path = ['serviceGroups', g, 'services', s];
          const open = host.openServices.has(service.id);
          const problems = issuesUnder(host.issues, pathText(path)).length;
          return html`<details
            id="edit-${service.id}"
            class="edit-service"
            ?open=${open}
            @toggle=${(e: Event) => host.toggleService(service.id, (e.target as HTMLDetailsElement).open)}
          >
            <summary>
              ${service.serial}. ${textValues(service.name)[0] ?? ''} <code>#${service.id}</code>
              ${problems ? html`<strong class="problem-count">${msg(str`${count(problems)}টি সমস্যা`, { id: 'publish-problem-count' })}</strong>` : nothing}
            </summary>
            ${
              open
                ? html`${field([...path, 'serial'], fieldLabel('serial', fields), { plain: true, required: true })}
                ${field([...path, 'name'], fieldLabel('name', fields), { required: true, multiline: true })}
                ${fields.map((name) =>
                  field(
                    SERVICE_FIELDS[name] === 'text' ? [...path, name] : [...path, name, 'text'],
                    fieldLabel(name, fields),
                    { multiline: true },
                  ),
                )}
                ${renderLines(host, [...path, 'keywords'], msg('খোঁজার শব্দ: চার্টারে ছাপা নেই এমন নাম, ইংরেজি নাম (প্রতি লাইনে একটি)', { id: 'publish-field-keywords' }), 'lines')}`
                : nothing
            }
          </details>`;
        })}
      </section>`;
    })}
    ${
      data.expectations?.items.length
        ? html`<details class="edit-part">
          <summary><h3>${msg('আপনার কাছে আমাদের প্রত্যাশা', { id: 'publish-edit-expectations' })}</h3></summary>
          ${data.expectations.items.map((item, i) =>
            field(['expectations', 'items', i, 'text'], `${item.serial ?? i + 1}`, { required: true, multiline: true }),
          )}
        </details>`
        : nothing
    }
    ${
      data.grievance?.levels.length
        ? html`<details class="edit-part">
          <summary><h3>${msg('অভিযোগ প্রতিকার ব্যবস্থাপনা', { id: 'publish-edit-grievance' })}</h3></summary>
          ${data.grievance.levels.map(
            (level, i) => html`<fieldset>
              <legend>${level.serial ?? i + 1}</legend>
              ${field(['grievance', 'levels', i, 'when'], msg('কখন যোগাযোগ করবেন', { id: 'publish-field-when' }), { required: true, multiline: true })}
              ${field(['grievance', 'levels', i, 'whom'], msg('কার সঙ্গে যোগাযোগ করবেন', { id: 'publish-field-whom' }), { required: true, multiline: true })}
              ${field(['grievance', 'levels', i, 'address', 'text'], msg('যোগাযোগের ঠিকানা', { id: 'publish-field-address' }), { required: true, multiline: true })}
              ${
                level.deadline
                  ? field(
                      ['grievance', 'levels', i, 'deadline', 'text'],
                      msg('নিষ্পত্তির সময়সীমা', { id: 'publish-field-deadline' }),
                    )
                  : nothing
              }
            </fieldset>`,
          )}
        </details>`
        : nothing
    }
  `;
}

/** The validator's issues at a path or inside it. */
export function issuesUnder(issues: ValidationIssue[], path: string): ValidationIssue[] {
  return issues.filter(
    (issue) => issue.path === path || issue.path.startsWith(`${path}.`) || issue.path.startsWith(`${path}[`),
  );
}

/** An element id for a path: `f-serviceGroups-0-services-2-name`. */
function fieldId(path: DataPath): string {
  return `f-${path.join('-')}`;
}

function renderField(
  host: EditorHost,
  path: DataPath,
  label: string,
  { required = false, multiline = false, plain = false }: FieldOptions,
): TemplateResult {
  const id = fieldId(path);
  const issues = issuesUnder(host.issues, pathText(path));
  const value = valueAt(host.data, path) as Text | undefined;
  const input = (lang: 'bn' | 'en' | undefined, current: string, inputLabel: string) => {
    const inputId = lang ? `${id}-${lang}` : id;
    const onInput = (e: Event) => host.setText(path, lang, (e.target as HTMLInputElement).value, required);
    const described = issues.length ? `${id}-issues` : nothing;
    return html`<label for=${inputId}>${inputLabel}</label>
      ${
        multiline
          ? html`<textarea id=${inputId} lang=${lang ?? nothing} rows=${Math.min(8, current.split('\n').length + 1)}
            .value=${current} aria-invalid=${issues.length ? 'true' : 'false'} aria-describedby=${described} @input=${onInput}></textarea>`
          : html`<input id=${inputId} lang=${lang ?? nothing} .value=${current}
            aria-invalid=${issues.length ? 'true' : 'false'} aria-describedby=${described} @input=${onInput} />`
      }`;
  };
  return html`<div class="field">
    ${
      plain
        ? input(undefined, typeof value === 'string' ? value : '', label)
        : html`${input('bn', textPart(value, 'bn'), label)}
          <div class="english">${input('en', textPart(value, 'en'), msg(str`${label}: ইংরেজিতে (ইচ্ছা হলে)`, { id: 'publish-field-english' }))}</div>`
    }
    ${renderIssues(issues, `${id}-issues`)}
  </div>`;
}

function renderLines(host: EditorHost, path: DataPath, label: string, kind: 'lines' | 'phones'): TemplateResult {
  const id = fieldId(path);
  const issues = issuesUnder(host.issues, pathText(path));
  const items = (valueAt(host.data, path) as (Text | { text: string })[] | undefined) ?? [];
  const value = items
    .map((item) => (typeof item === 'object' && 'text' in item ? item.text : textValues(item).join(' / ')))
    .join('\n');
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <textarea id=${id} rows=${items.length + 1} .value=${value} aria-invalid=${issues.length ? 'true' : 'false'}
      aria-describedby=${issues.length ? `${id}-issues` : nothing}
      @input=${(e: Event) => host.setLines(path, (e.target as HTMLTextAreaElement).value, kind)}></textarea>
    ${renderIssues(issues, `${id}-issues`)}
  </div>`;
}

/** The validator's issues in the page's language, each after its JSON path, as the widgets show them. */
export function renderIssues(issues: ValidationIssue[], id: string): TemplateResult | typeof nothing {
  const locale = getLocale();
  return issues.length
    ? html`<ul class="issues" id=${id}>${issues.map((issue) => html`<li>${renderIssue(issue, locale)}</li>`)}</ul>`
    : nothing;
}
