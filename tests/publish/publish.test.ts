import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { unzipSync } from 'fflate';

// The publishing page as `npm run build` writes it (dist/publish.html, one file), driven as a person would: a file
// chosen or text pasted, a cell edited, the outputs read. The same scenario runs in a tab of its own over http and
// from the disk (file://, tests/publish/page-plugin.mjs); the outputs are then tried on pages of their own, and the
// page's accessibility is checked with axe in this test page, where the page's script and styles are put.

const DOCUMENTS = '/tests/fixtures/import/documents';

interface ScenarioArg {
  file?: { name: string; base64: string };
  paste?: string;
  /** How many services the preview shows once the charter is in. */
  services: number;
  /** A new name for the first service. */
  newName: string;
  scriptUrl: string;
}

interface ScenarioResult {
  /** Milliseconds from the file given to the preview showing every service. */
  ms: number;
  summary: string;
  serviceIds: string[];
  officerIds: string[];
  previewFirst: string;
  snippet: string;
}

/**
 * In the page: brings the charter, waits for the preview, renames the first service in its field, sets the script's
 * address, and reads what the page then shows and offers. Self-contained: it runs from its source in another tab.
 */
async function scenario(arg: ScenarioArg): Promise<ScenarioResult> {
  const until = async <T>(test: () => T, what: string): Promise<NonNullable<T>> => {
    for (const start = performance.now(); performance.now() - start < 20000;) {
      const value = test();
      if (value) return value as NonNullable<T>;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`timed out waiting for ${what}`);
  };
  const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const previewNames = () => {
    const services = document.querySelector('iframe')?.contentDocument?.querySelector('charter-services')?.shadowRoot;
    return [...(services?.querySelectorAll('.services [part="service"] .service-name') ?? [])].map(text);
  };
  const type = (field: Element, value: string) => {
    (field as HTMLInputElement).value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  };
  await until(() => document.querySelector('charter-publish #file'), 'the page');
  const started = performance.now();
  if (arg.file) {
    const bytes = Uint8Array.from(atob(arg.file.base64), (c) => c.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], arg.file.name));
    const input = document.querySelector<HTMLInputElement>('#file')!;
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  } else {
    (document.querySelector('#paste') as HTMLTextAreaElement).value = arg.paste!;
    [...document.querySelectorAll('button')].find((button) => text(button) === 'পেস্ট করা লেখা পড়ুন')!.click();
  }
  await until(() => previewNames().length === arg.services, `${arg.services} services in the preview`);
  const ms = Math.round(performance.now() - started);
  const [servicesTable, officersTable] = document.querySelectorAll('.found table');
  const firstColumn = (table: Element | undefined, column: number) =>
    [...(table?.querySelectorAll(`tbody td:nth-child(${column})`) ?? [])].map(text);

  document.querySelector<HTMLElement>('.edit-service summary')!.click();
  type(
    await until(
      () => document.querySelector('.edit-service textarea[lang="bn"]:not([id$="serial-bn"])'),
      'the name field',
    ),
    arg.newName,
  );
  type(document.querySelector('#script-url')!, arg.scriptUrl);
  await until(() => previewNames()[0] === arg.newName, 'the new name in the preview');
  const snippet = await until(() => {
    const value = (document.querySelector('#snippet') as HTMLTextAreaElement).value;
    return value.includes(arg.newName) && value.includes(arg.scriptUrl) ? value : undefined;
  }, 'the new name in the snippet');
  return {
    ms,
    summary: text(document.querySelector('.summary')),
    serviceIds: firstColumn(servicesTable, 3),
    officerIds: firstColumn(officersTable, 1),
    previewFirst: previewNames()[0],
    snippet,
  };
}

async function base64Of(path: string): Promise<string> {
  const bytes = new Uint8Array(await (await fetch(path)).arrayBuffer());
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

interface Screenshot {
  name: string;
  lang: string;
  width: number;
  /** An element to scroll to first. */
  at?: string;
}

/** Screenshots at 360 and 1280 px, in Bangla and English, of the page's top and its steps 3 to 5. */
function screenshots(name: string): Screenshot[] {
  const places = { top: undefined, edit: '#step-edit', preview: '#step-preview', output: '#step-output' };
  return [360, 1280].flatMap((width) =>
    ['bn', 'en'].flatMap((lang) =>
      Object.entries(places).map(([place, at]) => ({ name: `${name}-${width}-${lang}-${place}`, lang, width, at })),
    ),
  );
}

async function runPage(from: 'http' | 'file', arg: ScenarioArg, shots: Screenshot[] = []) {
  const { result, errors } = (await executeServerCommand('publish-run', {
    from,
    scenario: scenario.toString(),
    arg,
    screenshots: shots,
  })) as {
    result: ScenarioResult;
    errors: string[];
  };
  expect(errors, 'errors in the page').to.deep.equal([]);
  return result;
}

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
          file: { name, base64: await base64Of(`${DOCUMENTS}/${name}`) },
          services: 14,
          newName: 'জন্ম নিবন্ধন সনদ (নতুন)',
          scriptUrl: '/dist/charter-widgets.js',
        },
        from === 'file' ? screenshots('publish-docx') : [],
      );
      expect(result.summary).to.equal(
        'sample-pourashava.docx: ১৪টি সেবা, ১টি সেবার দল, ১২ জন কর্মকর্তা। ২টি জিনিস দেখে নিন।',
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
      expect(result.summary).to.equal('পেস্ট করা লেখা: ১৪টি সেবা, ৩টি সেবার দল, ১২ জন কর্মকর্তা। ২টি জিনিস দেখে নিন।');
      expect(result.serviceIds).to.deep.equal(HEALTH_IDS);
      expect(result.previewFirst).to.equal('বহির্বিভাগ');
    });
  }

  describe('in this test page', () => {
    before(async () => {
      // The page's script and styles, as dist/publish.html has them, put into this page: axe runs here.
      const built = new DOMParser().parseFromString(await (await fetch('/dist/publish.html')).text(), 'text/html');
      for (const selector of ['style', 'script']) {
        const element = document.createElement(selector);
        element.textContent = built.querySelector(selector)!.textContent;
        document.head.append(element);
      }
      localStorage.clear();
    });
    afterEach(() => document.querySelector('charter-publish')?.remove());

    it('offers a zip of the three files, the stylesheet, the glossary and a page, which work when served', async () => {
      document.body.append(document.createElement('charter-publish'));
      const name = 'sample-union-parishad-field-format.docx';
      await scenario({
        file: { name, base64: await base64Of(`${DOCUMENTS}/${name}`) },
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
      expect(page).to.include('<script type="module" src="charter-widgets.js"></script>');
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

    for (const lang of ['bn', 'en'])
      it(`is accessible in ${lang === 'bn' ? 'Bangla' : 'English'} (axe), with a charter in, at 360 px`, async () => {
        await setViewport({ width: 360, height: 800 });
        document.documentElement.lang = lang;
        try {
          const page = document.createElement('charter-publish');
          document.body.append(page);
          const name = 'sample-pourashava.docx';
          await scenario({
            file: { name, base64: await base64Of(`${DOCUMENTS}/${name}`) },
            services: 14,
            newName: 'জন্ম নিবন্ধন',
            scriptUrl: 'x.js',
          });
          await waitUntil(
            () =>
              page.querySelector('h1')!.textContent ===
              (lang === 'bn' ? 'সিটিজেন চার্টার প্রকাশ করুন' : 'Publish a citizen charter'),
            'the page in its language',
          );
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
