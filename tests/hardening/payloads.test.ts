/**
 * Targeted payloads: markup with event handlers, script URLs in every URL-like field (website, e-mail, phone, the
 * grievance address, links inside a cell), template injection and CSS injection. Each goes into every text field (as
 * the naughty strings do) and, raw, into the fields that become links; every payload that runs sets `window.pwned`
 * or opens a dialog.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/charter-widgets-all.js';
import type { CharterData } from '../../src/model/charter.js';
import { loadData, mount, shadowOf, textsOf, uniqueUrl } from '../helpers.js';
import { attributeValues, audit, expectNone, nextFrame, recordingHere } from './harness.js';
import { emailOf, everyField, expectOnlyText, OFFICER, renderCases, urlOf } from './fields.js';

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

const RUN = 'window.pwned=1';

/** Markup that runs script once it is parsed as HTML. */
const MARKUP = [
  `<img src=x onerror="${RUN}">`,
  '<img src=x onerror=alert(1)>',
  `<svg onload="${RUN}"></svg>`,
  `<script>${RUN}</script>`,
  `"><script>${RUN}</script>`,
  `'><img src=x onerror=${RUN}>`,
  `<iframe srcdoc="<script>parent.pwned=1</script>"></iframe>`,
  `<a href="javascript:${RUN}">x</a>`,
  `<details open ontoggle="${RUN}">`,
  `<math><mi xlink:href="javascript:${RUN}">x</mi></math>`,
  `<body onload="${RUN}">`,
  `<input autofocus onfocus="${RUN}">`,
];

/** Script URLs and look-alikes, for every field that may become a link. */
const URLS = [
  `javascript:${RUN}`,
  `JaVaScRiPt:${RUN}`,
  ` javascript:${RUN}`,
  `\tjava\nscript:${RUN}`,
  `java\u0000script:${RUN}`,
  `javascript&colon;${RUN}`,
  `javascript://example.gov.bd/%0A${RUN}`,
  'data:text/html,<script>parent.pwned=1</script>',
  'vbscript:msgbox(1)',
  `https://example.gov.bd/" onmouseover="${RUN}`,
  `https://example.gov.bd/"onmouseover="${RUN}`,
  '//evil.example/x',
  `mailto:x@example.gov.bd?body=<script>${RUN}</script>`,
  `tel:javascript:${RUN}`,
  `www.example.gov.bd/"><img src=x onerror=${RUN}>`,
];

/** Template syntaxes: none may be evaluated; the text shows as written. */
const TEMPLATES = [
  '${window.pwned=1}',
  "{{constructor.constructor('window.pwned=1')()}}",
  '{{7*7}}',
  '<%= 7*7 %>',
  '#{7*7}',
  '<!--?lit$1234$-->',
  'lit$1234$',
];

/** CSS that would escape a <style> or run in an old engine; none may reach a style. */
const CSS = [
  `</style><img src=x onerror=${RUN}>`,
  `expression(${RUN})`,
  `url(javascript:${RUN})`,
  'x;}*{color:rgb(255,0,0)!important}',
  '</style><style>*{color:rgb(255,0,0)!important}</style>',
  `background:url("javascript:${RUN}")`,
  '@import url(https://evil.example/x.css);',
];

/** Payloads for the e-mail fields that the schema's e-mail pattern lets through as they are. */
const EMAILS = [
  `javascript:${RUN}//@example.gov.bd`,
  'x@example.gov.bd?cc=evil@example.com',
  `"><img/src=x/onerror=${RUN}>@example.gov.bd`,
  'x@example.gov.bd%0Abcc:evil@example.com',
];

/** Payloads for phone numbers as printed. */
const PHONES = [
  `+8801857270798"onclick="${RUN}`,
  'javascript:alert(01857270798)',
  `01857270798<img src=x onerror=${RUN}>`,
];

const PAYLOADS = [...MARKUP, ...URLS, ...TEMPLATES, ...CSS, ...EMAILS, ...PHONES];

let base: CharterData;
let cleanValues: Set<string>;

before(async () => {
  base = await loadData('kalukhali-doict');
  const clean = attributeValues(await renderCases(base, ['নিরাপদ']));
  cleanValues = new Set(PAYLOADS.filter((s) => clean.some((value) => value.includes(s))));
});

describe('targeted payloads', function () {
  this.timeout(30000);

  it(`${PAYLOADS.length} payloads in every text field and the search box: none runs, none makes markup or a link`, async () => {
    expect(PAYLOADS.length).to.equal(48);
    // Every URL-like field gets the payload itself where the schema lets it through.
    expect(emailOf(EMAILS[0])).to.equal(EMAILS[0]);
    expect(urlOf(URLS[10])).to.equal(URLS[10]);
    await expectOnlyText(base, PAYLOADS, cleanValues);
  });

  it('a script URL as the website, an e-mail or a phone number is text, never a link', async () => {
    const recorded = await recordingHere(async () => {
      const scriptUrls = URLS.slice(0, 9);
      for (const payload of [...scriptUrls, ...EMAILS, ...PHONES, `tel:javascript:${RUN}`]) {
        const charter = everyField(base, 'নিরাপদ');
        // (An address with an @ as the website is an https link with a user name: not a script, not tested here.)
        if (scriptUrls.includes(payload)) charter.office.website = payload;
        charter.officers![0].emails = [emailOf(payload)];
        charter.officers![0].phones = [{ text: payload }];
        const page = await mount(html`<charter-services .charter=${charter} sections="header"></charter-services>
          <officer-contact .charter=${charter} officer=${OFFICER}></officer-contact>
          <officer-contact phone=${payload} email=${payload} name="x"></officer-contact>`);
        const [services, contact, standalone] = [...page.children].map(shadowOf);
        const label = JSON.stringify(payload);
        if (scriptUrls.includes(payload)) {
          expect(services.querySelectorAll('header a').length, label).to.equal(0);
          expect(services.querySelectorAll('header > p')[4].textContent, label).to.equal(payload);
        }
        expect(contact.querySelectorAll('a').length, label).to.equal(0);
        expect(standalone.querySelectorAll('a').length, label).to.equal(0);
        expect(contact.querySelectorAll('li')[1].textContent!.trim(), label).to.equal(emailOf(payload));
        expectNone(audit(page), `${label}: the audit`);
      }
    });
    expectNone(recorded.alerts, 'dialogs');
    expect(recorded.pwned).to.equal(undefined);
  });

  it('links made from a cell as printed are the contacts themselves: https, mailto and tel, nothing more', async () => {
    const charter = everyField(base, 'নিরাপদ');
    const cell = `ই-মেইল: javascript:alert(1)@example.gov.bd, x@example.gov.bd?cc=evil@example.com, ওয়েব: www.example.gov.bd/"><img src=x onerror=${RUN}>, ফোন: ০১৮৫৭-২৭০৭৯৮`;
    charter.serviceGroups[0].services[0].officers = { text: cell };
    charter.grievance!.levels[0].address = { text: cell, website: `https://example.gov.bd/"onmouseover="${RUN}` };
    const page = await mount(html`<charter-services .charter=${charter}></charter-services>`);
    const root = shadowOf(page.firstElementChild!);
    const hrefs = (selector: string) => [...root.querySelectorAll(`${selector} a`)].map((a) => a.getAttribute('href'));
    // The address before "?cc=" is one; the rest of the line stays text.
    expect(hrefs('tr#citizen-1 td.officers')).to.deep.equal([
      'mailto:x@example.gov.bd',
      'https://www.example.gov.bd/',
      'tel:+8801857270798',
    ]);
    expect(textsOf(root, 'tr#citizen-1 td.officers a')).to.deep.equal([
      'x@example.gov.bd',
      'www.example.gov.bd/',
      '০১৮৫৭-২৭০৭৯৮',
    ]);
    expect(hrefs('.grievance tbody td')).to.deep.equal([
      'mailto:x@example.gov.bd',
      'https://www.example.gov.bd/',
      'tel:+8801857270798',
      'https://example.gov.bd/%22onmouseover=%22window.pwned=1',
    ]);
    expect(root.querySelector('tr#citizen-1 td.officers')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(cell);
    expectNone(audit(page), 'the audit');
  });

  it('template syntax shows as written: {{7*7}} stays {{7*7}}', async () => {
    const page = await mount(
      html`${TEMPLATES.map((t) => html`<charter-services .charter=${everyField(base, t)} sections="header"></charter-services>`)}`,
    );
    expect([...page.children].map((el) => shadowOf(el).querySelector('.office-name')!.textContent)).to.deep.equal(
      TEMPLATES,
    );
    expect((window as unknown as { pwned?: unknown }).pwned).to.equal(undefined);
  });

  it('CSS in the data styles nothing: the office name keeps its colour, no <style> appears', async () => {
    const page = await mount(
      html`${CSS.map((t) => html`<charter-services .charter=${everyField(base, t)} sections="header"></charter-services>`)}`,
    );
    const clean = await mount(
      html`<charter-services .charter=${everyField(base, 'নিরাপদ')} sections="header"></charter-services>`,
    );
    const colour = getComputedStyle(shadowOf(clean.firstElementChild!).querySelector('.office-name')!).color;
    expect(colour).not.to.equal('rgb(255, 0, 0)');
    for (const el of page.children) {
      const root = shadowOf(el);
      expect(getComputedStyle(root.querySelector('.office-name')!).color).to.equal(colour);
      expect(root.querySelectorAll('style, link').length).to.equal(0);
      expect(el.getAttribute('style')).to.equal(null);
    }
  });

  it('a payload as the placeholder or src attribute is a placeholder or a failed address, nothing more', async () => {
    const recorded = await recordingHere(async () => {
      const placeholder = `"><img src=x onerror=${RUN}>`;
      // A script URL cannot be fetched; a data: URL can, and is no JSON.
      const sources = {
        [`javascript:${RUN}`]: 'চার্টার আনা যায়নি: নেটওয়ার্কে সমস্যা।',
        'vbscript:msgbox(1)': 'চার্টার আনা যায়নি: নেটওয়ার্কে সমস্যা।',
        'data:text/html,<script>parent.pwned=1</script>': 'চার্টারের JSON পড়া যায়নি: লাইন ১, কলাম ১-এ ভুল।',
      };
      const page = await mount(html`<service-search .charter=${base} placeholder=${placeholder}></service-search>
        ${Object.keys(sources).map((src) => html`<charter-services src=${uniqueUrl(src)}></charter-services>`)}`);
      const [search, ...services] = [...page.children] as Updatable[];
      expect(shadowOf(search).querySelector('input')!.placeholder).to.equal(placeholder);
      for (const [i, el] of services.entries()) {
        const alert = () => shadowOf(el).querySelector('[role="alert"]');
        // Wait on what is shown: a fetch of a script URL fails, and the element says so.
        await waitUntil(alert, `${el.getAttribute('src')}: the error shows`, { timeout: 10000 });
        expect(alert()!.textContent).to.contain(Object.values(sources)[i]);
      }
      expectNone(audit(page), 'the audit');
      await nextFrame();
    });
    expectNone(recorded.alerts, 'dialogs');
    expectNone(recorded.errors, 'uncaught errors');
    expect(recorded.pwned).to.equal(undefined);
  });

  it('keys named like Object.prototype members pollute nothing', async () => {
    const polluting = [
      '{"formatVersion":1,"office":{"name":"x","__proto__":{"pwned":1}},"serviceGroups":[]}',
      '{"formatVersion":1,"office":{"name":"x"},"constructor":{"prototype":{"pwned":1}},"serviceGroups":[]}',
      '{"__proto__":{"pwned":1},"formatVersion":1,"office":{"name":"x"},"serviceGroups":[]}',
    ];
    const page = await mount(
      html`${polluting.map((json) => html`<charter-services .charter=${JSON.parse(json)}></charter-services>`)}`,
    );
    for (const el of page.children) expect(shadowOf(el).querySelector('[role="alert"]'), el.outerHTML).to.exist;
    expect(({} as { pwned?: unknown }).pwned).to.equal(undefined);
    expect((Object.prototype as { pwned?: unknown }).pwned).to.equal(undefined);
  });
});
