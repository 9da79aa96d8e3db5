import { expect } from '@open-wc/testing';
import { utils, write } from '@e965/xlsx';
import { DOCUMENTS, type FileArg, fileArg, runSteps, type Source } from './in-page.js';

// The publishing page (dist/publish.html) given a charter every way it takes one, in a tab of its own over http and
// from the disk (file://): a charter JSON saved before, a portal page dropped on the drop zone, a PDF, an Excel
// workbook, old Bijoy text; and the work and the page's language kept across reloads.

/**
 * In the page: brings a charter, and when it is old Bijoy text, reads what the page says and clicks the button that
 * converts it; then waits for the preview to show `services` services.
 */
async function bringScenario(arg: Source & { services: number; bijoy?: boolean }) {
  const { until, text, previewNames, bring, button, summary } = window.publishTest;
  await bring(arg);
  let failure: string | undefined;
  if (arg.bijoy) {
    failure = text(await until(() => document.querySelector('.failure'), 'the failure'));
    (await button('পুরনো বিজয় লেখা ইউনিকোডে বদলে পড়ুন')).click();
  }
  await until(() => previewNames().length === arg.services, `${arg.services} services in the preview`);
  return { failure, summary: await summary(), previewNames: previewNames() };
}

/**
 * In the page: brings a charter, renames its first service, switches the page to English, and leaves at once (the
 * next step reloads the page): typing has not paused, the preview has not caught up.
 */
async function editAndLeave(arg: Source & { services: number; newName: string }) {
  const { until, previewNames, type, bring, button } = window.publishTest;
  await bring(arg);
  await until(() => previewNames().length === arg.services, `${arg.services} services in the preview`);
  document.querySelector<HTMLElement>('.edit-service summary')!.click();
  type(
    await until(() => document.querySelector('.edit-service textarea[lang="bn"][id$="name-bn"]'), 'the name field'),
    arg.newName,
  );
  (await button('English')).click();
}

/** In the page, after a reload: what it shows, with the first service's name field and preview, if a charter is in. */
async function afterReload(arg: { services: number }) {
  const { until, text, previewNames, steps } = window.publishTest;
  await until(() => document.querySelector('charter-publish h1'), 'the page');
  if (!arg.services)
    return { lang: document.documentElement.lang, h1: text(document.querySelector('h1')), steps: steps() };
  await until(() => previewNames().length === arg.services, `${arg.services} services in the preview`);
  document.querySelector<HTMLElement>('.edit-service summary')!.click();
  const field = await until(
    () => document.querySelector<HTMLTextAreaElement>('.edit-service textarea[lang="bn"][id$="name-bn"]'),
    'the name field',
  );
  return {
    lang: document.documentElement.lang,
    h1: text(document.querySelector('h1')),
    steps: steps(),
    nameField: field.value,
    previewFirst: previewNames()[0],
  };
}

/** In the page: starts a new charter (the page is in English). */
async function startOver() {
  (await window.publishTest.button('Start a new charter')).click();
}

/** An XLSX workbook of one sheet: a charter's text with a row a line and a cell a tab, as Excel holds it. */
async function workbookArg(path: string, name: string): Promise<FileArg> {
  const rows = (await (await fetch(path)).text()).split('\n').map((line) => line.split('\t'));
  const book = utils.book_new();
  utils.book_append_sheet(book, utils.aoa_to_sheet(rows), 'সিটিজেন চার্টার');
  const bytes = new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
  return { name, base64: btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join('')) };
}

/** A small charter typed in Bijoy (SutonnyMJ), as an old portal page or Word file holds it. */
const BIJOY_CHARTER = [
  'MYcÖRvZš¿x evsjv‡`k miKvi',
  'BDwbqb cwil` Kvh©vjq',
  '‡mev cÖ`vb cÖwZkÖæwZ (wmwU‡Rb PvU©vi)',
  [
    'µwgK bs',
    '‡mevi bvg',
    '‡mev cÖ`v‡bi c×wZ',
    'cÖ‡qvRbxq KvMRcÎ',
    '‡mevi g~j¨',
    '‡mev cÖ`v‡bi mgqmxgv',
    '`vwqZ¡cÖvß Kg©KZ©v',
  ],
  ['1', 'Rb¥ wbeÜb', 'Av‡e`b', 'Av‡e`b di‡g', 'webvg~‡j¨', '7 Kvh©w`em', 'BDwc mwPe'],
  ['2', 'Iqvwikvb mb`', 'Av‡e`b', 'Av‡e`b di‡g', 'webvg~‡j¨', '3 Kvh©w`em', 'BDwc mwPe'],
]
  .map((line) => (Array.isArray(line) ? line.join('\t') : line))
  .join('\n');

/** The first and last service the preview shows (a test waits for them all). */
const firstAndLast = (result: unknown) => {
  const names = (result as { previewNames: string[] }).previewNames;
  return [names[0], names[names.length - 1]];
};

const ENGLISH_STEPS = ['1. Bring the charter', '2. What was understood', '3. Fix it', '4. Preview', '5. Take it away'];

describe('the publishing page takes the charter as it comes', function () {
  this.timeout(60000);

  for (const from of ['http', 'file'] as const) {
    it(`over ${from}: reopens a charter JSON saved before, chosen in step 1`, async () => {
      const [result] = await runSteps(from, [
        { scenario: bringScenario, arg: { file: await fileArg('/data/amalsar-up.json'), services: 6 } },
      ]);
      expect(result).to.deep.equal({
        summary: 'amalsar-up.json: ৬টি সেবা, ১টি সেবার দল, ৪ জন কর্মকর্তা।',
        previewNames: [
          'জন্ম নিবন্ধন করণ ও সনদ প্রদান',
          'মৃত্যু নিবন্ধন ও সনদ প্রদান',
          'ওয়ারিশ সনদ প্রদান',
          'নাগরিকত্ব সনদ প্রদান',
          'ট্রেড লাইসেন্স প্রদান ও নবায়ন',
          'ভিজিডি/ ভিজিএফ কার্ড বিতরণ',
        ],
      });
    });

    it(`over ${from}: keeps the work and the page's language across reloads, until a new charter is started`, async () => {
      const paste = await (await fetch(`${DOCUMENTS}/sample-union-parishad-field-format.word-paste.txt`)).text();
      const [, kept, , cleared] = await runSteps(from, [
        { scenario: editAndLeave, arg: { paste, services: 6, newName: 'জন্ম নিবন্ধন (বদলানো)' } },
        { scenario: afterReload, arg: { services: 6 } },
        { scenario: startOver },
        { scenario: afterReload, arg: { services: 0 } },
      ]);
      expect(kept).to.deep.equal({
        lang: 'en',
        h1: 'Publish a citizen charter',
        steps: ENGLISH_STEPS,
        nameField: 'জন্ম নিবন্ধন (বদলানো)',
        previewFirst: 'জন্ম নিবন্ধন (বদলানো)',
      });
      expect(cleared).to.deep.equal({ lang: 'en', h1: 'Publish a citizen charter', steps: ENGLISH_STEPS.slice(0, 1) });
    });

    it(`over ${from}: imports a portal page (.html) dropped on the drop zone`, async () => {
      const file = await fileArg(`${DOCUMENTS}/sample-upazila-health-complex.html`);
      const [result] = await runSteps(from, [{ scenario: bringScenario, arg: { file, drop: true, services: 14 } }]);
      expect(result).to.deep.include({
        summary: 'sample-upazila-health-complex.html: ১৪টি সেবা, ৩টি সেবার দল, ১২ জন কর্মকর্তা। ১টি জিনিস দেখে নিন।',
      });
      expect(firstAndLast(result)).to.deep.equal([
        'বহির্বিভাগে চিকিৎসা সেবা',
        'কর্মকর্তা-কর্মচারীদের ছুটি মঞ্জুরি ও জিপিএফ অগ্রিমের আবেদন অগ্রায়ণ',
      ]);
    });

    it(`over ${from}: imports a PDF`, async () => {
      const file = await fileArg(`${DOCUMENTS}/sample-district-information-office.pdf`);
      const [result] = await runSteps(from, [{ scenario: bringScenario, arg: { file, services: 7 } }]);
      expect(result).to.deep.equal({
        summary:
          'sample-district-information-office.pdf: ৭টি সেবা, ৩টি সেবার দল, ৩ জন কর্মকর্তা। সব লাইন জায়গামতো বসেছে।',
        previewNames: [
          'সরকারি উন্নয়ন কার্যক্রম বিষয়ক তথ্য প্রদান',
          'প্রামাণ্যচিত্র ও চলচ্চিত্র প্রদর্শনী',
          'মাইকিং এর মাধ্যমে জনসচেতনতামূলক প্রচার',
          'অডিও-ভিজ্যুয়াল যন্ত্রপাতি ভাড়া প্রদান',
          'সরকারি দপ্তরের সভা/সেমিনারের সংবাদ প্রচার',
          'উন্নয়ন মেলা ও জাতীয় দিবসে প্রচার সহায়তা',
          'কর্মচারীদের ছুটি ও পিআরএল মঞ্জুরির সুপারিশ',
        ],
      });
    });

    it(`over ${from}: imports an Excel workbook (.xlsx)`, async () => {
      const file = await workbookArg('/tests/fixtures/import/kalukhali-doict.txt', 'kalukhali.xlsx');
      const [result] = await runSteps(from, [{ scenario: bringScenario, arg: { file, services: 19 } }]);
      expect(result).to.deep.include({
        summary: 'kalukhali.xlsx: ১৯টি সেবা, ৩টি সেবার দল, ১ জন কর্মকর্তা। সব লাইন জায়গামতো বসেছে।',
      });
      expect(firstAndLast(result)).to.deep.equal([
        'আইসিটি অধিদপ্তর সংক্রান্ত তথ্য প্রদান',
        'দাপ্তরিক ই-নথি বাস্তবায়ন/ ওয়েব পোর্টাল হালনাগাদ',
      ]);
    });

    it(`over ${from}: offers old Bijoy text converted to Unicode, and imports it on a click`, async () => {
      const [result] = await runSteps(from, [
        { scenario: bringScenario, arg: { paste: BIJOY_CHARTER, bijoy: true, services: 2 } },
      ]);
      expect(result).to.deep.equal({
        failure:
          'পেস্ট করা লেখা থেকে চার্টার পড়া গেল না: লেখাটি ইউনিকোডে নয়, পুরনো বিজয় (SutonnyMJ) এনকোডিংয়ে ("MYcÖRvZš¿x evsjv‡`k miKvi"): নিচের বোতামে ইউনিকোডে বদলে পড়ুন। পুরনো বিজয় লেখা ইউনিকোডে বদলে পড়ুন',
        summary: 'পেস্ট করা লেখা: ২টি সেবা, ১টি সেবার দল, ০ জন কর্মকর্তা। সব লাইন জায়গামতো বসেছে।',
        previewNames: ['জন্ম নিবন্ধন', 'ওয়ারিশান সনদ'],
      });
    });
  }
});
