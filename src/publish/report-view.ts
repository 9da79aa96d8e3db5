/**
 * Step 2 of the publishing page: what the importer understood (the services and officers it found, with the ids the
 * elements and links use) and everything it did not place or doubts, each with a link to where it is: the line of a
 * pasted text, or the service the row became. Templates only.
 */
import { str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { fieldLabel } from '../charter-services/service-columns.js';
import type { CharterData } from '../model/charter.js';
import { textValues } from '../model/text.js';
import { count } from './count.js';
import { msg } from './msg.js';
import type { Work } from './store.js';

/** Opens what a link points to (a line of the source, a service's fields) and moves the focus there. */
export type Reveal = (event: Event, targetId: string) => void;

interface Reported {
  line: number;
  place?: string;
  text: string;
  reason: string;
}

export function renderReport(work: Work, reveal: Reveal): TemplateResult {
  const { data, report, sourceLines } = work;
  const officers = data.officers ?? [];
  const services = data.serviceGroups.flatMap((group) => group.services);
  const toCheck: [string, Reported[]][] = report
    ? [
        [msg('সারির ঘর শিরোনামের সঙ্গে মেলে না', { id: 'publish-report-problems' }), report.problems],
        [msg('যে লাইন কোথাও বসানো যায়নি', { id: 'publish-report-unplaced' }), report.unplaced],
        [
          msg('অনুমানে বসানো ঘর (PDF)', { id: 'publish-report-uncertain' }),
          report.uncertain.map((cell) => ({ ...cell, line: 0 })),
        ],
      ]
    : [];
  const total = toCheck.reduce((sum, [, items]) => sum + items.length, 0);
  return html`
    <p class="summary">
      ${msg(
        str`${work.name}: ${count(services.length)}টি সেবা, ${count(data.serviceGroups.length)}টি সেবার দল, ${count(officers.length)} জন কর্মকর্তা।`,
        {
          id: 'publish-report-summary',
        },
      )}
      ${
        report
          ? total
            ? msg(str`${count(total)}টি জিনিস দেখে নিন।`, { id: 'publish-report-count' })
            : msg('সব লাইন জায়গামতো বসেছে।', { id: 'publish-report-all-placed' })
          : nothing
      }
    </p>
    ${toCheck.map(([heading, items]) =>
      items.length
        ? html`<h3>${heading}</h3>
            <ul class="to-check">
              ${items.map((item) => renderReported(item, data, sourceLines, reveal))}
            </ul>`
        : nothing,
    )}
    <details class="found">
      <summary>${msg(str`পাওয়া সেবা (${count(services.length)})`, { id: 'publish-report-services' })}</summary>
      <table>
        <thead><tr>
          <th scope="col">${fieldLabel('serial', [])}</th>
          <th scope="col">${fieldLabel('name', [])}</th>
          <th scope="col">${msg('আইডি (লিংকের জন্য)', { id: 'publish-report-id-link' })}</th>
        </tr></thead>
        <tbody>
          ${services.map(
            (service) => html`<tr>
              <td>${service.serial}</td>
              <td><a href="#edit-${service.id}" @click=${(e: Event) => reveal(e, `edit-${service.id}`)}>${textValues(service.name)[0]}</a></td>
              <td><code>#${service.id}</code></td>
            </tr>`,
          )}
        </tbody>
      </table>
    </details>
    ${
      officers.length
        ? html`<details class="found">
          <summary>${msg(str`পাওয়া কর্মকর্তা (${count(officers.length)})`, { id: 'publish-report-officers' })}</summary>
          <table>
            <thead><tr>
              <th scope="col">${msg('আইডি (officer="…")', { id: 'publish-report-id-officer' })}</th>
              <th scope="col">${msg('নাম ও পদবি', { id: 'publish-report-name-designation' })}</th>
              <th scope="col">${msg('ফোন ও ই-মেইল', { id: 'publish-report-contact' })}</th>
            </tr></thead>
            <tbody>
              ${officers.map(
                (officer) => html`<tr>
                  <td><code>${officer.id}</code></td>
                  <td>${[officer.name, officer.designation].flatMap((text) => textValues(text).slice(0, 1)).join(', ')}</td>
                  <td>${[...(officer.phones ?? []).map((phone) => phone.text), ...(officer.emails ?? [])].join(', ')}</td>
                </tr>`,
              )}
            </tbody>
          </table>
        </details>`
        : nothing
    }
    ${sourceLines ? renderSource(sourceLines) : nothing}
  `;
}

/** One line to check: where it is (a link), its text as read, and why (the importer's words, in English). */
function renderReported(
  item: Reported,
  data: CharterData,
  sourceLines: string[] | undefined,
  reveal: Reveal,
): TemplateResult {
  const service = serviceOfRow(item.text, data);
  const target = service
    ? `edit-${service}`
    : sourceLines && !item.place && item.line
      ? `source-line-${item.line}`
      : undefined;
  const where = item.place ?? msg(str`লাইন ${count(item.line)}`, { id: 'publish-report-line' });
  return html`<li>
    ${target ? html`<a href="#${target}" @click=${(e: Event) => reveal(e, target)}>${where}</a>` : html`<span>${where}</span>`}:
    <q>${item.text}</q> <span lang="en" class="reason">(${item.reason})</span>
  </li>`;
}

/** The service a reported table row became, when the row carries its name (a row is in the charter as read). */
function serviceOfRow(text: string, data: CharterData): string | undefined {
  for (const group of data.serviceGroups)
    for (const service of group.services) {
      const name = textValues(service.name)[0];
      if (name && name.length > 3 && text.includes(name)) return service.id;
    }
  return undefined;
}

function renderSource(lines: string[]): TemplateResult {
  return html`<details class="source" id="source">
    <summary>${msg('যে লেখা থেকে পড়া হলো', { id: 'publish-report-source' })}</summary>
    <ol>
      ${lines.map((line, i) => html`<li id="source-line-${i + 1}" tabindex="-1">${line}</li>`)}
    </ol>
  </details>`;
}
