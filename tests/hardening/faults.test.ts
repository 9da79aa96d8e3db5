/**
 * Malformed charters and network faults: each shows a visible, localized message in all three elements (in Bangla
 * and, after <html lang="en">, in English), nothing throws, and a healthy <charter-services> beside them still shows
 * its services. The network is a stubbed window.fetch (a real 404 from the test server too).
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/charter-widgets-all.js';
import { getLocale } from '../../src/charter-widgets-all.js';
import { localeLoaded } from '../../src/i18n/locale.js';
import { digitsFor } from '../../src/model/text.js';
import { mount, uniqueUrl } from '../helpers.js';
import { framePage, recordingHere, removeFrames, visibleText } from './harness.js';
import { MODULE } from './pages.js';

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

/** How a faulty charter reaches the elements. */
interface Fault {
  name: string;
  /** What the stubbed fetch answers for the elements' src (a function: a body can be read once). */
  respond?: () => Response | Promise<Response>;
  /** A src given as it is, fetched for real (or not a URL at all). */
  src?: string;
  /** JSON inside each element. */
  inline?: string;
  /** The `charter` property. */
  property?: unknown;
  /** JSON in a <script type="application/json" id> of the page, named by src="#id". */
  pageScript?: string;
  /** What the message must say, in each language: its own words with the locale's digits, the data as it is. */
  bn: string[];
  en: string[];
}

const json = (value: unknown) => () =>
  new Response(JSON.stringify(value), { headers: { 'content-type': 'application/json' } });
const text =
  (body: string | Uint8Array<ArrayBuffer>, status = 200) =>
  () =>
    new Response(body, { status });

let seed = '';
let seedData: Record<string, unknown>;
const minimal = () => ({ formatVersion: 1, office: { name: 'কার্যালয়' }, serviceGroups: [] as unknown[] });
const service = (id: string) => ({ id, serial: '1', name: 'সেবা' });
const withServices = (...services: unknown[]) => ({ ...minimal(), serviceGroups: [{ id: 'citizen', services }] });

/** Every leaf of a charter replaced by a value of the wrong type. */
function wrongTypes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(wrongTypes);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, wrongTypes(v)]));
  return typeof value === 'string' ? 42 : 'x';
}

/** Where JSON.parse meets the end of a text cut short: its last line and the column after its last character. */
function endOf(cut: string): [line: number, column: number] {
  const lines = cut.split('\n');
  return [lines.length, lines[lines.length - 1].length + 1];
}

const HTTP_BN = 'চার্টার আনা যায়নি: সার্ভার';
const HTTP_EN = 'Could not fetch the charter: the server answered';
const NETWORK_BN = 'চার্টার আনা যায়নি: নেটওয়ার্কে সমস্যা।';
const NETWORK_EN = 'Could not fetch the charter: a network problem.';
const bd = (n: number) => digitsFor(String(n), 'bn');
const JSON_BN = (line: number, column: number) => `চার্টারের JSON পড়া যায়নি: লাইন ${bd(line)}, কলাম ${bd(column)}-এ ভুল।`;
const JSON_EN = (line: number, column: number) =>
  `The charter’s JSON could not be read: error at line ${line}, column ${column}.`;
const INVALID_BN = (count: number) => `চার্টারের তথ্যে ${bd(count)}টি সমস্যা:`;
const INVALID_EN = (count: number) => `The charter’s data has ${count} problem(s):`;

function faults(): Fault[] {
  const half = seed.slice(0, Math.floor(seed.length / 2));
  const [halfLine, halfColumn] = endOf(half);
  const deepArrays = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
  const deepObjects = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
  const longText = { ...minimal(), office: { name: 'ক'.repeat(10_001) } };
  // Made when asked for: the list itself stays small.
  const manyServices = () =>
    json(withServices(...Array.from({ length: 20_001 }, (_, i) => service(`citizen-${i + 1}`))))();
  return [
    // The network and the server.
    {
      name: 'a 404 from the server',
      src: uniqueUrl('/tests/hardening/no-such-charter.json'),
      bn: [HTTP_BN, '৪০৪'],
      en: [HTTP_EN, '404'],
    },
    { name: 'a 403', respond: text('Forbidden', 403), bn: [HTTP_BN, '৪০৩'], en: [HTTP_EN, '403'] },
    { name: 'a 500', respond: text('Internal Server Error', 500), bn: [HTTP_BN, '৫০০'], en: [HTTP_EN, '500'] },
    {
      name: 'a 503 with an HTML page',
      respond: text('<!doctype html><h1>503 Service Unavailable</h1>', 503),
      bn: [HTTP_BN, '৫০৩'],
      en: [HTTP_EN, '503'],
    },
    {
      name: 'a fetch that rejects (offline)',
      respond: () => Promise.reject(new TypeError('Failed to fetch')),
      bn: [NETWORK_BN],
      en: [NETWORK_EN],
    },
    {
      name: 'a fetch that rejects with no Error',
      respond: () => Promise.reject('offline'),
      bn: [NETWORK_BN],
      en: [NETWORK_EN],
    },
    {
      name: 'a body that breaks off while it is read',
      respond: () =>
        new Response(new ReadableStream({ start: (controller) => controller.error(new TypeError('network error')) })),
      bn: [NETWORK_BN],
      en: [NETWORK_EN],
    },
    {
      name: 'a src that is no URL (http://[)',
      src: 'http://[',
      bn: ['চার্টারের ঠিকানা (src) কোনো ঠিক URL নয়।', 'http://['],
      en: ["The charter's address (src) is not a valid URL.", 'http://['],
    },
    {
      name: 'src="#id" naming nothing on the page',
      src: '#no-such-charter',
      bn: ['চার্টার পাওয়া যায়নি: src যে id-র কথা বলছে, পাতায় সেই id-র JSON স্ক্রিপ্ট নেই।', '#no-such-charter'],
      // (This suite found the English message reading "&lt;script type=…&gt;": escaped markup shown as text.)
      en: ['No charter found: the page has no JSON script with the id that src names.', '#no-such-charter'],
    },
    {
      name: 'no charter at all',
      bn: ['কোনো চার্টার দেওয়া হয়নি: src-এ চার্টারের ঠিকানা, ভেতরে JSON, অথবা charter প্রপার্টি দিন।'],
      en: ['No charter given: put the charter’s address in src, JSON inside the element, or set the charter property.'],
    },
    // Bodies that are no JSON.
    { name: 'a text that is no JSON', respond: text('Not Found'), bn: [JSON_BN(1, 1)], en: [JSON_EN(1, 1)] },
    { name: 'an empty body', respond: text(''), bn: [JSON_BN(1, 1)], en: [JSON_EN(1, 1)] },
    {
      name: 'white space only',
      respond: text(' \n\t\n '),
      bn: [JSON_BN(...endOf(' \n\t\n '))],
      en: [JSON_EN(...endOf(' \n\t\n '))],
    },
    {
      name: 'JSON cut off half way',
      respond: text(half),
      bn: [JSON_BN(halfLine, halfColumn)],
      en: [JSON_EN(halfLine, halfColumn)],
    },
    {
      name: 'an HTML error page with status 200',
      respond: text('<!doctype html><title>Error</title><h1>Something went wrong</h1>'),
      bn: [JSON_BN(1, 1)],
      en: [JSON_EN(1, 1)],
    },
    { name: 'JSON with a comment', respond: text(`// the charter\n${seed}`), bn: [JSON_BN(1, 1)], en: [JSON_EN(1, 1)] },
    {
      name: 'JSON with something after it',
      respond: text(`${seed.trimEnd()} x`),
      bn: [JSON_BN(...endOf(`${seed.trimEnd()} `))],
      en: [JSON_EN(...endOf(`${seed.trimEnd()} `))],
    },
    { name: 'NaN in JSON', respond: text('{"formatVersion": NaN}'), bn: [JSON_BN(1, 19)], en: [JSON_EN(1, 19)] },
    {
      name: 'bytes that are no UTF-8',
      respond: text(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])),
      bn: [JSON_BN(1, 2)],
      en: [JSON_EN(1, 2)],
    },
    {
      name: 'inline JSON that is broken',
      inline: '{"formatVersion": 1, oops}',
      bn: [JSON_BN(1, 22), 'inline'],
      en: [JSON_EN(1, 22), 'inline'],
    },
    {
      name: 'src="#id" naming broken JSON',
      pageScript: '{"formatVersion": 1,',
      bn: [JSON_BN(1, 21)],
      en: [JSON_EN(1, 21)],
    },
    // Limits.
    {
      name: 'a file over the 30,000,000-character limit',
      respond: () => new Response(' '.repeat(30_000_001)),
      bn: [INVALID_BN(1), '৩০০০০০০১ অক্ষর, সীমা ৩০০০০০০০'],
      en: [INVALID_EN(1), '30000001 characters, over the limit of 30000000'],
    },
    {
      name: 'arrays nested 10,000 deep',
      respond: text(deepArrays),
      bn: [INVALID_BN(1), '৬৪ স্তরের বেশি গভীরে সাজানো'],
      en: [INVALID_EN(1), 'nested more than 64 levels deep'],
    },
    {
      name: 'objects nested 10,000 deep',
      respond: text(deepObjects),
      bn: [INVALID_BN(1), '৬৪ স্তরের বেশি গভীরে সাজানো'],
      en: [INVALID_EN(1), 'nested more than 64 levels deep'],
    },
    {
      name: 'a text of 10,001 characters',
      respond: json(longText),
      bn: [INVALID_BN(1), 'office.name', '১০০০১ অক্ষর, সীমা ১০০০০'],
      en: [INVALID_EN(1), 'office.name', '10001 characters, over the limit of 10000'],
    },
    {
      name: '20,001 services',
      respond: manyServices,
      bn: [INVALID_BN(1), '২০০০১টি সেবা, সীমা ২০০০০'],
      en: [INVALID_EN(1), '20001 services, over the limit of 20000'],
    },
    // JSON that is no charter.
    {
      name: 'null',
      respond: text('null'),
      bn: [INVALID_BN(1), 'এখানে object থাকার কথা, আছে null'],
      en: [INVALID_EN(1), 'expected object, found null'],
    },
    { name: 'an array', respond: text('[]'), bn: [INVALID_BN(1), 'আছে array'], en: [INVALID_EN(1), 'found array'] },
    {
      name: 'a string',
      respond: text('"charter"'),
      bn: [INVALID_BN(1), 'আছে string'],
      en: [INVALID_EN(1), 'found string'],
    },
    { name: 'a number', respond: text('42'), bn: [INVALID_BN(1), 'আছে number'], en: [INVALID_EN(1), 'found number'] },
    {
      name: 'an empty object',
      respond: text('{}'),
      bn: [INVALID_BN(3), '"formatVersion" নেই, অথচ এটি আবশ্যক'],
      en: [INVALID_EN(3), '"formatVersion" is missing, and it is required'],
    },
    {
      name: 'formatVersion 2',
      respond: json({ ...minimal(), formatVersion: 2 }),
      bn: [INVALID_BN(1), 'formatVersion', '1 থাকার কথা, আছে 2'],
      en: [INVALID_EN(1), 'formatVersion', 'expected 1, found 2'],
    },
    {
      name: 'the office name a number',
      respond: json({ ...minimal(), office: { name: 7 } }),
      bn: [INVALID_BN(1), 'office.name'],
      en: [INVALID_EN(1), 'office.name'],
    },
    {
      name: 'serviceGroups an object',
      respond: json({ ...minimal(), serviceGroups: {} }),
      bn: [INVALID_BN(1), 'serviceGroups', 'আছে object'],
      en: [INVALID_EN(1), 'serviceGroups', 'found object'],
    },
    {
      name: 'a service without its id',
      respond: json(withServices({ serial: '1', name: 'সেবা' })),
      bn: [INVALID_BN(1), 'serviceGroups[0].services[0]', '"id" নেই'],
      en: [INVALID_EN(1), 'serviceGroups[0].services[0]', '"id" is missing'],
    },
    {
      name: 'a service id with a space',
      respond: json(withServices(service('citizen 1'))),
      bn: [INVALID_BN(1), 'serviceGroups[0].services[0].id', 'citizen 1'],
      en: [INVALID_EN(1), 'serviceGroups[0].services[0].id', 'citizen 1'],
    },
    {
      name: 'two services with one id',
      respond: json(withServices(service('citizen-1'), service('citizen-1'))),
      bn: [INVALID_BN(1), 'serviceGroups[0].services[1].id', '"citizen-1" আইডি আগেও ব্যবহৃত হয়েছে'],
      en: [INVALID_EN(1), 'serviceGroups[0].services[1].id', 'the id "citizen-1" is already used'],
    },
    {
      name: 'an officer id that names no officer',
      respond: json(withServices({ ...service('citizen-1'), officers: { text: 'কেউ', officers: ['nobody'] } })),
      bn: [INVALID_BN(1), 'serviceGroups[0].services[0].officers.officers[0]', 'অজানা কর্মকর্তা "nobody"'],
      en: [INVALID_EN(1), 'serviceGroups[0].services[0].officers.officers[0]', 'unknown officer "nobody"'],
    },
    {
      name: 'an e-mail that is none',
      respond: json({ ...minimal(), officers: [{ id: 'a', name: 'ক', emails: ['not an e-mail'] }] }),
      bn: [INVALID_BN(1), 'officers[0].emails[0]', 'not an e-mail'],
      en: [INVALID_EN(1), 'officers[0].emails[0]', 'not an e-mail'],
    },
    {
      name: 'an unknown property',
      respond: json({ ...minimal(), bogus: 1 }),
      bn: [INVALID_BN(1), 'অজানা ঘর "bogus"'],
      en: [INVALID_EN(1), 'unknown property "bogus"'],
    },
    {
      name: '"__proto__" in the office',
      respond: text('{"formatVersion":1,"office":{"name":"ক","__proto__":{"x":1}},"serviceGroups":[]}'),
      bn: [INVALID_BN(1), 'অজানা ঘর "__proto__"'],
      en: [INVALID_EN(1), 'unknown property "__proto__"'],
    },
    {
      name: '"constructor" in the office',
      respond: json({ ...minimal(), office: { name: 'ক', constructor: { x: 1 } } }),
      bn: [INVALID_BN(1), 'অজানা ঘর "constructor"'],
      en: [INVALID_EN(1), 'unknown property "constructor"'],
    },
    {
      name: '"toString" inside a text',
      respond: json({ ...minimal(), office: { name: { bn: 'ক', toString: 'x' } } }),
      bn: [INVALID_BN(1), 'office.name'],
      en: [INVALID_EN(1), 'office.name'],
    },
    {
      name: 'wrong types everywhere (the seed, each value of the wrong type)',
      respond: json(wrongTypes(seedData)),
      bn: ['চার্টারের তথ্যে', 'টি সমস্যা আছে।'],
      en: ['The charter’s data has', 'Problems not shown here:'],
    },
    {
      name: 'the charter property of the wrong shape',
      property: { formatVersion: 1 },
      bn: [INVALID_BN(2), '"office" নেই'],
      en: [INVALID_EN(2), '"office" is missing'],
    },
  ];
}

/** Sets <html lang> and waits until the widgets' locale has followed it. */
async function useLang(locale: 'bn' | 'en'): Promise<void> {
  document.documentElement.lang = locale;
  await waitUntil(() => getLocale() === locale, `the locale follows <html lang="${locale}">`);
  await localeLoaded();
}

const originalFetch = window.fetch;
let cases: Fault[] | undefined;
const responders = new Map<string, NonNullable<Fault['respond']>>();

/** The healthy neighbour's charter, fetched for real. */
const HEALTHY = '/data/amalsar-up.json';

/** Shows one fault in the three elements beside a healthy table, and checks what each says. */
async function showFault(fault: Fault, locale: 'bn' | 'en'): Promise<void> {
  let src = fault.src ?? (fault.pageScript === undefined ? '' : '#hardening-page-script');
  if (fault.respond) {
    src = uniqueUrl('/hardening-fault/charter.json');
    responders.set(new URL(src, location.href).href, fault.respond);
  }
  const inline = fault.inline === undefined ? '' : html`<script type="application/json">${fault.inline}</script>`;
  const recorded = await recordingHere(async () => {
    const page = await mount(html`
      ${fault.pageScript === undefined ? '' : html`<script type="application/json" id="hardening-page-script">${fault.pageScript}</script>`}
      <charter-services src=${src || nothing} .charter=${fault.property}>${inline}</charter-services>
      <officer-contact src=${src || nothing} .charter=${fault.property} officer="milon-hossain">${inline}</officer-contact>
      <service-search src=${src || nothing} .charter=${fault.property}>${inline}</service-search>
      <charter-services class="healthy" src=${HEALTHY}></charter-services>`);
    const faulty = [
      ...page.querySelectorAll<Updatable>('charter-services:not(.healthy), officer-contact, service-search'),
    ];
    const healthy = page.querySelector<Updatable>('.healthy')!;
    for (const el of faulty) {
      const alert = () => el.shadowRoot!.querySelector('[role="alert"]');
      await waitUntil(alert, `${fault.name}: <${el.localName}> shows a message`, { timeout: 10000 });
      await el.updateComplete;
      const shown = visibleText(alert()!);
      for (const part of fault[locale]) expect(shown, `${fault.name}: <${el.localName}>`).to.contain(part);
    }
    await waitUntil(
      () => healthy.shadowRoot!.querySelectorAll('.services [part="service"]').length === 6,
      `${fault.name}: the healthy table shows its 6 services`,
      {
        timeout: 10000,
      },
    );
    expect(healthy.shadowRoot!.querySelector('[role="alert"]'), `${fault.name}: the healthy table`).to.equal(null);
  });
  expect(recorded.errors, `${fault.name}: uncaught errors`).to.deep.equal([]);
}

describe('malformed charters and network faults', function () {
  this.timeout(30000);
  const lang = document.documentElement.lang;

  before(async () => {
    seed = await (await originalFetch('/data/kalukhali-doict.json')).text();
    seedData = JSON.parse(seed);
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = input instanceof Request ? input.url : new URL(String(input), location.href).href;
      const respond = responders.get(url);
      return respond ? Promise.resolve().then(respond) : originalFetch(input, init);
    };
  });
  after(() => {
    window.fetch = originalFetch;
    document.documentElement.lang = lang;
  });

  it('are 45, each in three elements', () => {
    expect(faults().length).to.equal(45);
  });

  for (const locale of ['bn', 'en'] as const)
    describe(`<html lang="${locale}">`, () => {
      before(() => useLang(locale));

      // The list needs the seed, which before() fetches: its names are known here, its contents once it runs.
      for (const [i, { name }] of faults().entries())
        it(`${name}: a message in ${locale === 'bn' ? 'Bangla' : 'English'}, no error, the healthy table unaffected`, async () => {
          cases ??= faults();
          await showFault(cases[i], locale);
        });
    });
  describe('a slow charter', () => {
    before(() => useLang('bn'));

    /** Serves a charter that comes only when the test says so; all three elements and a healthy table wait for it. */
    async function slowPage() {
      let release!: (response: Response) => void;
      const src = uniqueUrl('/hardening-fault/slow.json');
      responders.set(new URL(src, location.href).href, () => new Promise<Response>((resolve) => (release = resolve)));
      const page = await mount(html`<charter-services src=${src}></charter-services>
        <officer-contact src=${src} officer="milon-hossain"></officer-contact>
        <service-search src=${src}></service-search>
        <charter-services class="healthy" src=${HEALTHY}></charter-services>`);
      const [services, contact, search, healthy] = [...page.children] as Updatable[];
      return { services, contact, search, healthy, release: () => release(new Response(seed)) };
    }

    it('says in words that it is loading (the officer; the search box is there to type in), then shows the charter; the healthy table does not wait', async () => {
      const { services, contact, search, healthy, release } = await slowPage();
      await waitUntil(
        () => healthy.shadowRoot!.querySelectorAll('.services [part="service"]').length === 6,
        'the healthy table shows',
        { timeout: 10000 },
      );
      expect(visibleText(contact)).to.equal('চার্টার লোড হচ্ছে…');
      expect(services.shadowRoot!.querySelector('[role="status"][aria-busy="true"]')).to.exist;
      // The box keeps the height it will have; what is typed meanwhile is searched once the charter is here.
      const input = search.shadowRoot!.querySelector('input')!;
      expect(search.shadowRoot!.querySelector('label')!.textContent).to.equal('সেবা খুঁজুন');
      input.focus();
      await sendKeys({ type: 'প্রশিক্ষণ' });
      await waitUntil(
        () => visibleText(search).includes('খোঁজার প্রস্তুতি চলছে…'),
        'the box says the search is being prepared',
      );
      release();
      await waitUntil(
        () => services.shadowRoot!.querySelectorAll('.services [part="service"]').length === 19,
        'the 19 services show',
        { timeout: 10000 },
      );
      await waitUntil(() => contact.shadowRoot!.querySelector('a[href="tel:+8801857270798"]'), 'the officer shows', {
        timeout: 10000,
      });
      await waitUntil(
        () => search.shadowRoot!.querySelectorAll('[part="result"]').length > 0,
        'the typed search finds',
        {
          timeout: 10000,
        },
      );
      expect(search.shadowRoot!.querySelector('[part="result"]')!.textContent).to.include('প্রশিক্ষণ');
    });

    // Issue 12 item 8 (seen failing before a887cd6: the skeleton's bars only, its text visually hidden).
    it('<charter-services> says in words that it is loading, not only with grey bars', async () => {
      const { services, release } = await slowPage();
      try {
        await waitUntil(() => visibleText(services) === 'চার্টার লোড হচ্ছে…', 'the loading text shows', {
          timeout: 10000,
        });
      } finally {
        release();
      }
      await waitUntil(
        () => services.shadowRoot!.querySelectorAll('.services [part="service"]').length === 19,
        'the 19 services show',
        { timeout: 10000 },
      );
    });

    it('a charter that never comes: after the timeout, a localized message and a retry button that fetches it again', async () => {
      const src = uniqueUrl('/hardening-fault/never.json');
      const href = new URL(src, location.href).href;
      responders.set(href, () => new Promise<Response>(() => undefined));
      const page = await mount(html`<charter-services src=${src} timeout="1"></charter-services>`);
      const root = page.firstElementChild!.shadowRoot!;
      await waitUntil(() => root.querySelector('[role="alert"] button'), 'a retry button shows', { timeout: 10000 });
      expect(visibleText(root.querySelector('[role="alert"]')!)).to.equal(
        `১ সেকেন্ডেও চার্টার আসেনি: সংযোগ ধীর, অথবা সার্ভার উত্তর দিচ্ছে না। ${src} আবার চেষ্টা করুন`,
      );
      responders.set(href, () => new Response(seed));
      root.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
      await waitUntil(
        () => root.querySelectorAll('.services [part="service"]').length === 19,
        'the retry shows the 19 services',
        { timeout: 10000 },
      );
    });

    it('offline, then online: the retry button of a network failure fetches the charter again', async () => {
      const src = uniqueUrl('/hardening-fault/offline.json');
      const href = new URL(src, location.href).href;
      responders.set(href, () => Promise.reject(new TypeError('Failed to fetch')));
      const page = await mount(html`<officer-contact src=${src} officer="milon-hossain"></officer-contact>`);
      const root = page.firstElementChild!.shadowRoot!;
      await waitUntil(() => root.querySelector('[role="alert"] button'), 'a retry button shows', { timeout: 10000 });
      responders.set(href, () => new Response(seed));
      root.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
      await waitUntil(() => root.querySelector('a[href="tel:+8801857270798"]'), 'the officer shows', {
        timeout: 10000,
      });
    });

    // Found by this suite (seen failing before f94c3c3: a timeout of "NaN" seconds, at once): a timeout that is no
    // number means the default 30 s, as limit="abc" means the default eight results.
    it('timeout="abc" waits the default time: a slow charter is still loading, not timed out', async () => {
      const src = uniqueUrl('/hardening-fault/slow-abc.json');
      let answer!: (response: Response) => void;
      responders.set(new URL(src, location.href).href, () => new Promise<Response>((resolve) => (answer = resolve)));
      const page = await mount(
        html`<officer-contact src=${src} officer="milon-hossain" timeout="abc"></officer-contact>`,
      );
      const el = page.firstElementChild as Updatable;
      // The time a zero timeout takes to fire, and a frame more: a default of 30 s has not passed.
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      try {
        expect(visibleText(el)).to.equal('চার্টার লোড হচ্ছে…');
      } finally {
        answer(new Response(seed));
      }
    });
  });

  describe('a page address whose hash is no valid percent-encoding', () => {
    afterEach(removeFrames);

    for (const hash of ['50%', '%E0%A6'])
      // Issue 12 item 4 (seen failing before a887cd6: URIError: URI malformed, from the hashchange handler and from
      // connectedCallback).
      it(`#${hash}: no error, the services show, on the hash change and for an element added after it`, async () => {
        const page = await framePage(`${MODULE}<charter-services src="/data/amalsar-up.json"></charter-services>`);
        const rows = (el: Element | null) => el?.shadowRoot?.querySelectorAll('.services [part="service"]').length;
        await waitUntil(() => rows(page.document.querySelector('charter-services')) === 6, 'the services show', {
          timeout: 10000,
        });
        // Listeners run in the order they were added: when this one runs, the element's has run.
        const changed = new Promise((resolve) => page.window.addEventListener('hashchange', resolve, { once: true }));
        page.window.location.hash = hash;
        await changed;
        const later = page.document.createElement('charter-services');
        later.setAttribute('src', '/data/amalsar-up.json');
        page.document.body.append(later);
        await waitUntil(() => rows(later) === 6, 'the services of the element added later show', { timeout: 10000 });
        expect(page.window.errors).to.deep.equal([]);
      });
  });
});
