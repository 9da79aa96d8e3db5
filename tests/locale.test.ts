import { elementUpdated, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { getLocale, setLocale } from '../src/charter-widgets-all.js';
import type { CharterServices, ServiceSearch } from '../src/charter-widgets-all.js';
import { allLocales, sourceLocale } from '../src/generated/locale-codes.js';
import { LOCALE_MESSAGES, PART_MESSAGES } from '../src/generated/locale-messages.js';
import { LOCALES, localeOfLang, SOURCE_LOCALE } from '../src/i18n/locales.js';
import { validateCharter } from '../src/model/validate.js';
import { digitsFor, toAsciiDigits } from '../src/model/text.js';
import { copyOf, loadData, mount, shadowOf, textsOf } from './helpers.js';

describe('locale', () => {
  afterEach(async () => {
    document.documentElement.removeAttribute('lang');
    await waitUntil(() => getLocale() === 'bn');
  });

  it('is Bangla by default, the source locale', () => {
    expect(getLocale()).to.equal('bn');
  });

  it('follows <html lang>, changes included', async () => {
    const el = await fixture<CharterServices>(
      html`<charter-services .charter=${await loadData('kalukhali-doict')}></charter-services>`,
    );
    document.documentElement.lang = 'en-GB';
    await waitUntil(() => getLocale() === 'en');
    await elementUpdated(el);
    expect(textsOf(shadowOf(el), 'h3')).to.include('Citizen services');
    expect(textsOf(shadowOf(el), 'thead th')[1]).to.equal('Service');
    document.documentElement.lang = 'bn';
    await waitUntil(() => getLocale() === 'bn');
    await elementUpdated(el);
    expect(textsOf(shadowOf(el), 'h3')).to.include('নাগরিক সেবা');
  });

  it('can be set from a page script with setLocale()', async () => {
    const el = await fixture<CharterServices>(
      html`<charter-services .charter=${await loadData('magura-dio')}></charter-services>`,
    );
    await setLocale('en');
    await elementUpdated(el);
    expect(shadowOf(el).querySelector('article')!.lang).to.equal('en');
    expect(textsOf(shadowOf(el), '.dates')).to.deep.equal(['Published: 01/07/2026']);
    await setLocale('bn');
    await elementUpdated(el);
    expect(textsOf(shadowOf(el), '.dates')).to.deep.equal(['প্রকাশের তারিখ: ০১/০৭/২০২৬']);
  });

  it('refuses a locale it does not have', () => {
    expect(() => setLocale('fr' as 'bn')).to.throw('charter-widgets: no locale "fr"');
    expect(getLocale()).to.equal('bn');
  });

  it('reads English from any en-* lang and Bangla from everything else', () => {
    expect(['en', 'en-US', 'EN-gb', 'bn', 'bn-BD', '', 'fr'].map(localeOfLang)).to.deep.equal([
      'en',
      'en',
      'en',
      'bn',
      'bn',
      'bn',
      'bn',
    ]);
  });

  // The build drops Lit's hashing of a message into an id (rollup.config.mjs): a msg() without one would show Bangla
  // on an English page. lit-localize extract gives such a message a hashed id, s or h and 16 hex digits.
  it('names the id of every message, and translates every one', async () => {
    const xliff = new DOMParser().parseFromString(await (await fetch('/xliff/en.xlf')).text(), 'application/xml');
    const units = [...xliff.querySelectorAll('trans-unit')];
    expect(units.length).to.be.above(60);
    expect(units.map((unit) => unit.id).filter((id) => /^[sh][0-9a-f]{16}$/.test(id))).to.deep.equal([]);
    expect(units.filter((unit) => !unit.querySelector('target')?.textContent).map((unit) => unit.id)).to.deep.equal([]);
  });

  it('writes digits in the script of the locale', () => {
    expect(digitsFor('01857-270798', 'bn')).to.equal('০১৮৫৭-২৭০৭৯৮');
    expect(toAsciiDigits('+৮৮০ ১৮৫৭')).to.equal('+880 1857');
    expect(digitsFor('১২', 'en')).to.equal('12');
    expect(digitsFor('12', 'bn')).to.equal('১২');
    // A digit of no locale's numbering system (Devanagari) is left as it is.
    expect(toAsciiDigits('৩ ३')).to.equal('3 ३');
  });

  it("has each locale's digits as ten decimal digits, 0 to 9, of one script", () => {
    for (const { digits } of Object.values(LOCALES)) {
      const codes = [...digits].map((digit) => digit.codePointAt(0)!);
      expect(codes, digits).to.have.length(10);
      expect(codes.map((code, n) => code - n)).to.deep.equal(Array(10).fill(codes[0]));
      expect(/^\p{Nd}{10}$/u.test(digits), digits).to.equal(true);
    }
  });

  it("has lit-localize.json's locales in its list", () => {
    expect([...allLocales]).to.deep.equal(Object.keys(LOCALES).sort());
    expect(sourceLocale).to.equal(SOURCE_LOCALE);
  });
});

describe('an element with a lang of its own', function () {
  // Each test renders whole charters, and checks them with axe.
  this.timeout(30000);

  afterEach(async () => {
    document.documentElement.removeAttribute('lang');
    await waitUntil(() => getLocale() === 'bn');
  });

  const seen = (el: Element) => ({
    headings: textsOf(shadowOf(el), 'h2'),
    office: textsOf(shadowOf(el), '.office-name'),
    dates: textsOf(shadowOf(el), '.dates'),
  });
  const english = {
    headings: [
      'Service Delivery Commitment (Citizen Charter)',
      'Vision and mission',
      'Services we promise',
      'What we expect from you',
      'Grievance Redress System (GRS)',
    ],
    office: ['District Information Office'],
    dates: ['Published: 01/07/2026'],
  };
  const bangla = {
    headings: [
      'সেবা প্রদান প্রতিশ্রুতি (সিটিজেন চার্টার)',
      'ভিশন ও মিশন',
      'প্রতিশ্রুত সেবাসমূহ',
      'আপনার কাছে আমাদের প্রত্যাশা',
      'অভিযোগ প্রতিকার ব্যবস্থাপনা (GRS)',
    ],
    office: ['জেলা তথ্য অফিস'],
    dates: ['প্রকাশের তারিখ: ০১/০৭/২০২৬'],
  };

  it('is English on a Bangla page, and follows changes of its lang', async () => {
    const el = await fixture<CharterServices>(
      html`<charter-services lang="en" .charter=${await loadData('magura-dio')}></charter-services>`,
    );
    expect(seen(el)).to.deep.equal(english);
    expect(shadowOf(el).querySelector('article')!.lang).to.equal('en');
    await expect(el).to.be.accessible();
    el.lang = 'bn';
    await el.updateComplete;
    expect(seen(el)).to.deep.equal(bangla);
    el.removeAttribute('lang');
    document.documentElement.lang = 'en';
    await waitUntil(() => getLocale() === 'en');
    await el.updateComplete;
    expect(seen(el)).to.deep.equal(english);
  });

  it('is Bangla on an English page, beside one that follows the page', async () => {
    document.documentElement.lang = 'en';
    await waitUntil(() => getLocale() === 'en');
    const charter = await loadData('magura-dio');
    const page = await mount(html`<charter-services lang="bn-BD" .charter=${charter}></charter-services>
      <charter-services .charter=${charter}></charter-services>`);
    const [own, following] = page.querySelectorAll('charter-services');
    expect(seen(own)).to.deep.equal(bangla);
    expect(seen(following)).to.deep.equal(english);
    await expect(own).to.be.accessible();
  });

  it('announces in its own language what it says after the person types', async () => {
    const el = await fixture<ServiceSearch>(
      html`<service-search lang="en" .charter=${await loadData('kalukhali-doict')}></service-search>`,
    );
    expect(textsOf(shadowOf(el), 'label')).to.deep.equal(['Find a service']);
    shadowOf(el).querySelector('input')!.focus();
    // Coming to the box builds the search index, which the element's update waits for.
    await el.updateComplete;
    await sendKeys({ type: 'ল্যাব' });
    await waitUntil(() => textsOf(shadowOf(el), '[role="status"]')[0], 'the announcement', { timeout: 4000 });
    expect(textsOf(shadowOf(el), '[role="status"]')).to.deep.equal(['3 services found']);
    await expect(el).to.be.accessible();
  });
});

// README, "Adding a locale", done here at run time for a test locale, Hindi: the entry in src/i18n/locales.ts and the
// messages that lit-localize would generate from xliff/hi.xlf, loaded by the entry the build writes in LOCALE_MESSAGES.
describe('a locale added by the README', function () {
  this.timeout(30000);

  before(() => {
    Object.assign(LOCALES, { hi: { langs: ['hi'], digits: '०१२३४५६७८९', fallback: ['en', 'bn'] } });
    const templates = { 'vision-and-mission': 'दृष्टि और मिशन', published: 'प्रकाशन' };
    Object.assign(LOCALE_MESSAGES, { hi: async () => ({ templates }) });
    const errorTemplates = { 'error-page-script': 'चार्टर नहीं मिला: पेज पर src वाली JSON स्क्रिप्ट नहीं है।' };
    // Its messages that one file of the script uses alone, loaded with that file (the build writes these too).
    const parts = { errors: errorTemplates, search: {}, officer: {} };
    for (const [part, partTemplates] of Object.entries(parts))
      Object.assign(PART_MESSAGES[part as keyof typeof parts], { hi: async () => ({ templates: partTemplates }) });
  });

  after(() => {
    delete (LOCALES as Record<string, unknown>).hi;
    delete (LOCALE_MESSAGES as Record<string, unknown>).hi;
    for (const part of Object.values(PART_MESSAGES)) delete (part as Record<string, unknown>).hi;
  });

  it('is chosen by its lang, with its messages, its digits and texts in it or in its fallbacks', async () => {
    expect(localeOfLang('hi-IN')).to.equal('hi');
    const charter = await copyOf('magura-dio');
    // A charter text may hold any language; what the charter lacks in Hindi shows in English, then Bangla.
    Object.assign(charter.office.name, { hi: 'जिला सूचना कार्यालय' });
    expect(validateCharter(charter)).to.include({ valid: true });
    const el = await fixture<CharterServices>(
      html`<charter-services lang="hi" .charter=${charter}></charter-services>`,
    );
    const root = shadowOf(el);
    expect(root.querySelector('article')!.lang).to.equal('hi');
    expect(textsOf(root, '.office-name')).to.deep.equal(['जिला सूचना कार्यालय']);
    expect(textsOf(root, 'header span[lang="en"]')).to.include('Magura');
    // A message hi.xlf translates, and one it does not yet (the source's Bangla shows).
    expect(textsOf(root, 'h2').slice(0, 3)).to.deep.equal([
      'Service Delivery Commitment (Citizen Charter)',
      'दृष्टि और मिशन',
      'প্রতিশ্রুত সেবাসমূহ',
    ]);
    expect(textsOf(root, '.dates')).to.deep.equal(['प्रकाशन: 01/07/2026']);
    expect(textsOf(root, 'td.serial').slice(0, 3)).to.deep.equal(['१', '२', '३']);
    await expect(el).to.be.accessible();
  });

  it('says what is wrong in its error messages, which come apart from its other messages', async () => {
    const el = await fixture<CharterServices>(
      html`<charter-services lang="hi" src="#no-such-script"></charter-services>`,
    );
    const alertText = () => shadowOf(el).querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ').trim();
    await waitUntil(() => alertText()?.includes('चार्टर नहीं मिला'), 'the Hindi error message shows', { timeout: 10000 });
    expect(alertText()).to.equal('चार्टर नहीं मिला: पेज पर src वाली JSON स्क्रिप्ट नहीं है। #no-such-script');
    await expect(el).to.be.accessible();
  });
});
