import { elementUpdated, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { getLocale, setLocale } from '../src/charter-widgets-all.js';
import type { CharterServices } from '../src/charter-widgets-all.js';
import { localeOfLang } from '../src/i18n/locale.js';
import { digitsFor, toAsciiDigits, toBanglaDigits } from '../src/model/text.js';
import { loadData, shadowOf, textsOf } from './helpers.js';

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
    expect(toBanglaDigits('01857-270798')).to.equal('০১৮৫৭-২৭০৭৯৮');
    expect(toAsciiDigits('+৮৮০ ১৮৫৭')).to.equal('+880 1857');
    expect(digitsFor('১২', 'en')).to.equal('12');
    expect(digitsFor('12', 'bn')).to.equal('১২');
  });
});
