/**
 * A charter with one string in every kind of text field, and the checks that each field shows that string as text.
 * Shared by the naughty-strings and payload tests.
 */
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { charterFromJson, type CharterData } from '../../src/model/charter.js';
import { digitsFor } from '../../src/model/text.js';
import { mount } from '../helpers.js';
import { audit, expectNone, recordingHere, settle } from './harness.js';

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

/** An e-mail address the schema accepts (no white space, an @, a dot after it): the string, or one that carries it. */
export function emailOf(s: string): string {
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/u.test(s)) return s;
  const local = s.replace(/[\s@]/gu, '');
  return `${local || 'x'}@example.gov.bd`;
}

/** A grievance website the schema accepts (https:// and no white space) that carries the string. */
export function urlOf(s: string): string {
  return /^https?:\/\/\S+$/u.test(s) ? s : `https://example.gov.bd/${s.replace(/\s/gu, '')}`;
}

export const OFFICER = 'naughty-officer';

/**
 * The seed charter with `s` in every kind of text field: office (name, department, location, website), title,
 * vision, mission, a group heading, the first service (name, delivery, documents, fee, time limit, officer cell, an
 * extra column's heading and text), an officer (honorific, name, designation, office, phone as printed, e-mail), the
 * expectations and a grievance level (when, whom, address with website, e-mail and phone, deadline).
 */
export function everyField(base: CharterData, s: string): CharterData {
  const c = structuredClone(base);
  c.office.name = s;
  c.office.department = s;
  c.office.location = s;
  c.office.website = s;
  c.title = s;
  c.vision = s;
  c.mission = s;
  const [first, second] = c.serviceGroups[0].services;
  c.serviceGroups = [{ ...c.serviceGroups[0], heading: s, services: [first, second] }];
  Object.assign(first, {
    name: s,
    delivery: s,
    documents: s,
    fee: { text: s },
    timeLimit: { text: s },
    officers: { text: s, officers: [OFFICER] },
    extra: [{ heading: s, text: s }],
  });
  second.officers = { text: second.officers!.text, officers: [OFFICER] };
  c.officers = [
    {
      id: OFFICER,
      honorific: s,
      name: s,
      designation: s,
      office: s,
      phones: [{ text: s, label: s }],
      emails: [emailOf(s)],
    },
  ];
  c.expectations = { heading: s, items: [{ serial: '১', text: s }] };
  c.grievance = {
    heading: s,
    intro: s,
    levels: [
      {
        serial: '১',
        when: s,
        whom: s,
        address: { text: s, website: urlOf(s), emails: [emailOf(s)], phones: [{ text: s }], officers: [OFFICER] },
        deadline: { text: s },
      },
    ],
  };
  return c;
}

/** Text as the eye compares it: white space does not count (a long cell may show as a list of its parts). */
const squash = (text: string) => text.replace(/\s+/gu, '');

/**
 * Where each field of everyField() shows in <charter-services> and <officer-contact>, and whether it shows `s` as
 * text: the failures, each naming the field.
 */
export function fieldsShow(services: ShadowRoot, contact: ShadowRoot, s: string): string[] {
  const failures: string[] = [];
  const exactly = (field: string, el: Element | null | undefined, expected = s) => {
    if (!el) failures.push(`${field}: not shown`);
    else if (el.textContent !== expected && squash(el.textContent ?? '') !== squash(expected))
      failures.push(`${field}: shows ${JSON.stringify(el.textContent?.slice(0, 80))}`);
  };
  const containing = (field: string, el: Element | null | undefined, expected = s) => {
    if (!el) failures.push(`${field}: not shown`);
    else if (!el.textContent?.includes(expected) && !squash(el.textContent ?? '').includes(squash(expected)))
      failures.push(`${field}: shows ${JSON.stringify(el.textContent?.slice(0, 80))}`);
  };
  const header = services.querySelector('header');
  const lines = [...(header?.querySelectorAll(':scope > p') ?? [])];
  exactly('office.department', lines[1]);
  exactly('office.name', services.querySelector('.office-name'));
  exactly('office.location', lines[3]);
  exactly('office.website', lines[4]);
  containing('title', header?.querySelector('h2'));
  exactly('vision', services.querySelector('.vision p'));
  exactly('mission', services.querySelectorAll('.vision p')[1]);
  exactly('group heading', services.querySelector('section.group h3'));
  const row = services.querySelector('tr#citizen-1');
  exactly('service name', row?.querySelector('.service-name'));
  exactly('delivery', row?.querySelector('td.delivery'));
  exactly('documents', row?.querySelector('td.documents'));
  exactly('fee', row?.querySelector('td.fee'));
  exactly('time limit', row?.querySelector('td.timeLimit'));
  exactly('officer cell', row?.querySelector('td.officers > span'));
  exactly('extra column', row?.querySelector('td:last-child'));
  exactly('extra column heading', services.querySelector('thead th:last-child'));
  exactly('expectations heading', services.querySelector('.expectations h2'));
  exactly('expectation', services.querySelector('.expectations li > span:not(.marker)'));
  exactly('grievance heading', services.querySelector('.grievance h2'));
  exactly('grievance intro', services.querySelector('.grievance > p'));
  const level = services.querySelectorAll('.grievance tbody tr > *');
  exactly('grievance when', level[1]);
  exactly('grievance whom', level[2]);
  exactly('grievance address', level[3]?.querySelector('span'));
  exactly('grievance deadline', level[4]);
  containing('officer name', contact.querySelector('[part~="officer-name"]'));
  exactly('officer designation', contact.querySelector('[part~="officer-designation"]'));
  exactly('officer office', contact.querySelector('[part~="officer-office"]'));
  exactly('officer phone', contact.querySelector('[part~="officer-phone"]'), digitsFor(s, 'bn'));
  containing('officer e-mail', contact.querySelectorAll('li')[1], emailOf(s));
  return failures;
}

/**
 * Each string in every field of a charter of its own, shown by <charter-services> and <officer-contact>; in the
 * standalone attributes of another <officer-contact>; and typed into a <service-search> of its charter. One `.case`
 * per string, rendered and with the search results shown.
 */
export async function renderCases(base: CharterData, strings: readonly string[]): Promise<HTMLElement> {
  const charters = strings.map((s) => everyField(base, s));
  const container = await mount(
    html`${charters.map(
      (charter, i) => html`<div class="case">
      <charter-services .charter=${charter}></charter-services>
      <officer-contact .charter=${charter} officer=${OFFICER}></officer-contact>
      <officer-contact name=${strings[i]} designation=${strings[i]} office=${strings[i]} phone=${strings[i]} email=${strings[i]}></officer-contact>
      <service-search .charter=${charter}></service-search>
    </div>`,
    )}`,
  );
  const cases = [...container.querySelectorAll('.case')];
  // Typed into the search box as a person types: the input event, then the results.
  for (const [i, box] of cases.entries()) {
    const input = box.querySelector('service-search')!.shadowRoot!.querySelector('input')!;
    input.value = strings[i];
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  await Promise.all(
    [...container.querySelectorAll<Updatable>('charter-services, officer-contact, service-search')].map(
      (el) => el.updateComplete,
    ),
  );
  await settle(container);
  return container;
}

/**
 * What went wrong in the cases renderCases() rendered: a charter that is invalid (so nothing would be tested), the
 * audit (elements, attributes, links), a field that does not show its string as text, a search box or result that
 * shows anything else. `ignore`: strings a clean render has in its attributes anyway.
 */
export function checkCases(
  base: CharterData,
  container: HTMLElement,
  strings: readonly string[],
  ignore: ReadonlySet<string>,
): string[] {
  const failures: string[] = [];
  const otherName = (base.serviceGroups[0].services[1].name as { bn: string }).bn;
  for (const [i, box] of [...container.querySelectorAll('.case')].entries()) {
    const s = strings[i];
    const named = (problems: string[]) => problems.map((problem) => `${JSON.stringify(s)}: ${problem}`);
    const result = charterFromJson(everyField(base, s), 'property');
    if (!result.ok) failures.push(...named([`the charter is invalid: ${JSON.stringify(result.error).slice(0, 200)}`]));
    const [services, contact, standalone, search] = [...box.children].map((el) => el.shadowRoot!);
    failures.push(...named(audit(box, [s], ignore)));
    failures.push(...named(fieldsShow(services, contact, s)));
    if (!standalone.querySelector('[part~="officer-name"]')?.textContent?.includes(s))
      failures.push(...named(['standalone officer name not shown']));
    const input = search.querySelector('input')!;
    // A search box drops line breaks from what is typed; nothing else changes.
    if (input.value !== s.replace(/[\r\n]/g, ''))
      failures.push(...named([`search box holds ${JSON.stringify(input.value)}`]));
    for (const name of search.querySelectorAll('[role="option"] .name'))
      if (name.textContent !== s && name.textContent !== otherName)
        failures.push(...named([`a result shows ${JSON.stringify(name.textContent)}`]));
  }
  return failures;
}

/**
 * Renders the strings through every field (renderCases) while recording the page, and expects each to show as text
 * only: no failure of checkCases, no dialog, no uncaught error, no payload run, no element added to the page.
 */
export async function expectOnlyText(
  base: CharterData,
  strings: readonly string[],
  ignore: ReadonlySet<string>,
): Promise<void> {
  let failures: string[] = [];
  const recorded = await recordingHere(async () => {
    failures = checkCases(base, await renderCases(base, strings), strings, ignore);
  });
  expectNone(failures, 'failures');
  expectNone(recorded.alerts, 'dialogs');
  expectNone(recorded.errors, 'uncaught errors');
  expect(recorded.pwned).to.equal(undefined);
  expectNone(recorded.added, 'elements added to the page');
}
