import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { unzipSync } from 'fflate';
import { DOCUMENTS, fileArg, pageHelpers, runPage, scenario, screenshots } from './in-page.js';

// The publishing page as `npm run build` writes it (dist/publish.html, one file), driven as a person would: a file
// chosen or text pasted, a cell edited, the outputs read. The same scenario runs in a tab of its own over http and
// from the disk (file://, tests/publish/page-plugin.mjs); the outputs are then tried on pages of their own, and the
// page's accessibility is checked with axe in this test page, where the page's script and styles are put.

/** A blank page in an iframe holding `body`; without JavaScript when `scripts` is false. */
async function blankPage(body: string, scripts: boolean, src?: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.width = '1024px';
  frame.style.height = '600px';
  if (!scripts) frame.sandbox.add('allow-same-origin');
  if (src) frame.src = src;
  else frame.srcdoc = `<!doctype html><html lang="bn"><head><meta charset="utf-8"></head><body>${body}</body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame.contentDocument!;
}

const servicesShown = (doc: Document) =>
  doc.querySelector('charter-services')?.shadowRoot?.querySelectorAll('.services [part="service"]').length ?? 0;

const POURASHAVA_IDS = Array.from({ length: 14 }, (_, i) => `#services-${i + 1}`);
const HEALTH_IDS = [
  ...Array.from({ length: 11 }, (_, i) => `#citizen-${i + 1}`),
  '#institutional-1',
  '#institutional-2',
  '#internal-1',
];
const OFFICER_IDS = Array.from({ length: 12 }, (_, i) => `officer-${i + 1}`);

describe('the publishing page (dist/publish.html)', function () {
  this.timeout(60000);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const from of ['http', 'file'] as const) {
    it(`over ${from}: imports a DOCX, previews it, and an edited cell shows in the preview and the CMS HTML`, async () => {
      const name = 'sample-pourashava.docx';
      const result = await runPage(
        from,
        {
          file: await fileArg(`${DOCUMENTS}/${name}`),
          services: 14,
          newName: 'জন্ম নিবন্ধন সনদ (নতুন)',
          scriptUrl: '/dist/charter-widgets.js',
        },
        from === 'file' ? screenshots('publish-docx') : [],
      );
      expect(result.summary).to.equal(
        'sample-pourashava.docx: ১৪টি সেবা, ১টি সেবার দল, ১২ জন কর্মকর্তা। ১টি জিনিস দেখে নিন।',
      );
      expect(result.serviceIds).to.deep.equal(POURASHAVA_IDS);
      expect(result.officerIds).to.deep.equal(OFFICER_IDS);
      expect(result.previewFirst).to.equal('জন্ম নিবন্ধন সনদ (নতুন)');

      // The CMS HTML on a blank page with the drop-in script: the elements show the edited charter...
      const live = await blankPage(result.snippet, true);
      await waitUntil(() => servicesShown(live) === 14, 'the 14 services show', { timeout: 10000 });
      expect(
        live.querySelector('charter-services')!.shadowRoot!.querySelector('.service-name')!.textContent!.trim(),
      ).to.equal('জন্ম নিবন্ধন সনদ (নতুন)');
      // ...and without JavaScript, its static HTML does.
      const still = await blankPage(result.snippet, false);
      const rows = [...still.querySelectorAll<HTMLElement>('charter-services tbody tr[id]')];
      expect(rows.map((row) => row.id)).to.deep.equal(POURASHAVA_IDS.map((id) => id.slice(1)));
      expect(rows[0].querySelector('.service-name')!.textContent).to.equal('জন্ম নিবন্ধন সনদ (নতুন)');
      expect(rows.every((row) => row.checkVisibility())).to.equal(true);
    });

    it(`over ${from}: imports text pasted from Word`, async () => {
      const paste = await (await fetch(`${DOCUMENTS}/sample-upazila-health-complex.word-paste.txt`)).text();
      const result = await runPage(from, {
        paste,
        services: 14,
        newName: 'বহির্বিভাগ',
        scriptUrl: 'charter-widgets.js',
      });
      expect(result.summary).to.equal('পেস্ট করা লেখা: ১৪টি সেবা, ৩টি সেবার দল, ১২ জন কর্মকর্তা। ১টি জিনিস দেখে নিন।');
      expect(result.serviceIds).to.deep.equal(HEALTH_IDS);
      expect(result.previewFirst).to.equal('বহির্বিভাগ');
    });
  }

  describe('in this test page', () => {
    before(async () => {
      // A fresh start (the page's script reads the language chosen last), then the page's script and styles, as
      // dist/publish.html has them, put into this page: axe runs here.
      localStorage.clear();
      pageHelpers();
      const built = new DOMParser().parseFromString(await (await fetch('/dist/publish.html')).text(), 'text/html');
      for (const selector of ['style', 'script']) {
        const element = document.createElement(selector);
        element.textContent = built.querySelector(selector)!.textContent;
        document.head.append(element);
      }
    });
    afterEach(() => {
      document.querySelector('charter-publish')?.remove();
      localStorage.clear();
    });

    it('offers a zip of the three files, the stylesheet, the glossary and a page, which work when served', async () => {
      document.body.append(document.createElement('charter-publish'));
      const name = 'sample-union-parishad-field-format.docx';
      await scenario({
        file: await fileArg(`${DOCUMENTS}/${name}`),
        services: 6,
        newName: 'নাগরিকত্ব সনদ',
        scriptUrl: 'x.js',
      });
      const saved: { name: string; href: string }[] = [];
      const click = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        saved.push({ name: this.download, href: this.href });
      };
      try {
        [...document.querySelectorAll('button')].find((button) => button.textContent!.trim() === 'zip নামান')!.click();
        await waitUntil(() => saved.length, 'the zip is offered');
      } finally {
        HTMLAnchorElement.prototype.click = click;
      }
      expect(saved[0].name).to.equal('charter-widgets.zip');
      const files = unzipSync(new Uint8Array(await (await fetch(saved[0].href)).arrayBuffer()));
      expect(Object.keys(files).sort()).to.deep.equal([
        'charter-widgets.css',
        'charter-widgets.glossary.json',
        'charter-widgets.js',
        'charter.html',
        'charter.json',
      ]);
      const page = new TextDecoder().decode(files['charter.html']);
      expect(page).to.include('<script type="module" src="charter-widgets.js" fetchpriority="low"></script>');
      expect(page).to.include('<charter-services id="citizen-charter" src="charter.json">');
      const base64 = (bytes: Uint8Array) => btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join(''));
      await executeServerCommand('publish-write-files', {
        dir: 'publish-zip',
        files: Object.fromEntries(Object.entries(files).map(([file, bytes]) => [file, base64(bytes)])),
      });
      const served = await blankPage('', true, '/test-results/publish-zip/charter.html');
      await waitUntil(() => servicesShown(served) === 6, 'the 6 services show', { timeout: 10000 });
      expect(
        served.querySelector('charter-services')!.shadowRoot!.querySelector('.service-name')!.textContent!.trim(),
      ).to.equal('নাগরিকত্ব সনদ');
      await waitUntil(
        () => served.querySelector('service-search')!.shadowRoot?.querySelector('input'),
        'the search box shows',
      );
    });

    /** What the page says, in each language: an import failure, a charter JSON it cannot open, a field's problem. */
    const SAID = {
      bn: {
        h1: 'সিটিজেন চার্টার প্রকাশ করুন',
        failure:
          'পেস্ট করা লেখা থেকে চার্টার পড়া গেল না: সেবার সারণি পাওয়া গেল না: শিরোনামের সারি (ক্রমিক নং, সেবার নাম, …) আর তার নিচের সারিগুলো চাই, ঘরগুলো ট্যাবে আলাদা, যেমন Word বা ওয়েব পাতা থেকে কপি করলে হয়। PDF ভিউয়ার থেকে কপি করা লেখার বদলে PDF বা DOCX ফাইলটিই দিন।',
        json: 'চার্টার JSON-টি খোলা গেল না: চার্টারের JSON পড়া যায়নি: লাইন ১, কলাম ১২-এ ভুল। broken.json',
        issue: 'serviceGroups[0].services[0].name: খালি রাখা যাবে না',
      },
      en: {
        h1: 'Publish a citizen charter',
        failure:
          'No charter could be read from pasted text: No service table was found: it needs the header row (ক্রমিক নং, সেবার নাম, …) and the rows under it, cells separated by tabs, as Word or a web page copies a table. Instead of text copied from a PDF viewer, bring the PDF or DOCX file itself.',
        json: 'The charter JSON could not be opened: The charter’s JSON could not be read: error at line 1, column 12. broken.json',
        issue: 'serviceGroups[0].services[0].name: must not be empty',
      },
    };

    for (const lang of ['bn', 'en'] as const)
      it(`speaks ${lang === 'bn' ? 'Bangla' : 'English'} (failures, problems) and is accessible (axe), at 360 px`, async () => {
        const { bring, until, text, type } = window.publishTest;
        const failure = (previous = '') =>
          until(() => {
            const said = text(document.querySelector('.failure'));
            return said !== previous ? said : '';
          }, 'what the page says');
        await setViewport({ width: 360, height: 800 });
        document.documentElement.lang = lang;
        try {
          const page = document.createElement('charter-publish');
          document.body.append(page);
          await waitUntil(() => page.querySelector('h1')?.textContent === SAID[lang].h1, 'the page in its language');

          await bring({ paste: 'একটি সাধারণ চিঠি\nকোনো সারণি নেই' });
          const failed = await failure();
          expect(failed).to.equal(SAID[lang].failure);
          await bring({ file: { name: 'broken.json', base64: btoa('{"office": ') } });
          expect(await failure(failed)).to.equal(SAID[lang].json);
          await expect(page).to.be.accessible();

          const name = 'sample-pourashava.docx';
          await scenario({
            file: await fileArg(`${DOCUMENTS}/${name}`),
            services: 14,
            newName: 'জন্ম নিবন্ধন',
            scriptUrl: 'x.js',
          });
          // The first service's name emptied: the validator's message beside the field, with its JSON path.
          type(page.querySelector('#f-serviceGroups-0-services-0-name-bn')!, '');
          const issues = await until(
            () => page.querySelector('#f-serviceGroups-0-services-0-name-issues'),
            'the problem',
          );
          expect(text(issues)).to.equal(SAID[lang].issue);
          expect(document.documentElement.scrollWidth, 'no sideways scrolling').to.equal(360);
          await expect(page).to.be.accessible();
        } finally {
          document.documentElement.lang = 'bn';
          await setViewport({ width: 1280, height: 800 });
        }
      });
  });

  it('imports and previews a 30-service charter within 2 s, from file://', async () => {
    const paste = await thirtyServices();
    const result = await runPage('file', { paste, services: 30, newName: 'সেবা ১', scriptUrl: 'charter-widgets.js' });
    console.log(`30 services imported and previewed in ${result.ms} ms`);
    expect(result.serviceIds).to.have.length(30);
    expect(result.ms).to.be.below(2000);
  });
});

/** A charter of 30 services as Word's pasted text: the seed charter's 19 rows, and its first 11 again. */
async function thirtyServices(): Promise<string> {
  type Value = string | { bn?: Value; text?: Value } | undefined;
  const seed = (await (await fetch('/data/kalukhali-doict.json')).json()) as {
    serviceGroups: { services: Record<string, Value>[] }[];
  };
  const services = seed.serviceGroups.flatMap((group) => group.services);
  // A cell's Bangla text, on one line.
  const cell = (value: Value): string =>
    typeof value === 'object' ? cell(value.text ?? value.bn) : (value ?? '').replace(/\s+/g, ' ');
  const rows = Array.from({ length: 30 }, (_, i) => {
    const service = services[i % services.length];
    const fields = ['delivery', 'documents', 'fee', 'timeLimit', 'officers'].map((field) => cell(service[field]));
    return [String(i + 1), cell(service.name), ...fields].join('\t');
  });
  return [
    'গণপ্রজাতন্ত্রী বাংলাদেশ সরকার',
    'উপজেলা কার্যালয়',
    'সেবা প্রদান প্রতিশ্রুতি (সিটিজেন চার্টার)',
    '২. প্রতিশ্রুত সেবাসমূহ',
    '২.১) নাগরিক সেবা:',
    [
      'ক্রমিক নং',
      'সেবার নাম',
      'সেবা প্রদান পদ্ধতি',
      'প্রয়োজনীয় কাগজপত্র এবং প্রাপ্তিস্থান',
      'সেবার মূল্য এবং পরিশোধ পদ্ধতি',
      'সেবা প্রদানের সময়সীমা',
      'দায়িত্বপ্রাপ্ত কর্মকর্তা',
    ].join('\t'),
    ...rows,
  ].join('\n');
}
