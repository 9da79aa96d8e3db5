import { expect, waitUntil } from '@open-wc/testing';
import { VERSION } from '../src/version.js';

/** Opens a page in an iframe that records every error and unhandled rejection before any other script runs. */
async function page(
  body: string,
  lang = 'bn',
  head = '',
): Promise<{ window: Window & { errors?: string[] }; document: Document }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1024px';
  frame.style.height = '600px';
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${head}
    <script>window.errors = []; addEventListener('error', (e) => errors.push(e.message));
    addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));</script></head>
    <body>${body}</body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return { window: frame.contentWindow as Window & { errors?: string[] }, document: frame.contentDocument! };
}

/** The paths of every file the page has fetched so far. */
const loadedPaths = (window: Window) =>
  window.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);

const servicesOf = (doc: Document) => doc.querySelector('charter-services')!.shadowRoot;

/** Waits until the page's table shows the seed's 19 services. */
const seedShown = (doc: Document) =>
  waitUntil(
    () => servicesOf(doc)?.querySelectorAll('.services [part="service"]').length === 19,
    'the 19 services show',
    {
      timeout: 6000,
    },
  );

/** Waits until the page's <officer-contact> shows a phone link. */
const officerShown = (doc: Document) =>
  waitUntil(
    () => doc.querySelector('officer-contact')?.shadowRoot?.querySelector('a[href^="tel:"]'),
    'the officer shows',
    {
      timeout: 4000,
    },
  );

describe('the drop-in script (dist/, built by npm run build)', () => {
  it('shows the seed from one script tag and an element', async () => {
    const { window, document: doc } = await page(`
      <script type="module" src="/dist/charter-widgets.js"></script>
      <charter-services src="/data/kalukhali-doict.json"></charter-services>`);
    await seedShown(doc);
    expect(window.errors).to.deep.equal([]);
    // A page that does not search never downloads the search code.
    const loaded = loadedPaths(window);
    expect(loaded).to.include('/dist/charter-widgets.js');
    expect(loaded).not.to.include('/dist/charter-widgets.search.js');
    expect(loaded).not.to.include('/dist/charter-widgets.en.js');
    // Nor the code of the elements it does not have.
    expect(loaded).not.to.include('/dist/charter-widgets.officer-contact.js');
    expect(loaded).not.to.include('/dist/charter-widgets.service-search.js');
    expect(window.customElements.get('officer-contact')).to.equal(undefined);
  });

  it('defines <officer-contact> and <service-search> when a page script adds one later', async () => {
    const { window, document: doc } = await page(`
      <script type="module" src="/dist/charter-widgets.js"></script>
      <charter-services src="/data/kalukhali-doict.json"></charter-services>`);
    await seedShown(doc);
    const aside = doc.createElement('aside');
    aside.innerHTML = `<officer-contact src="/data/kalukhali-doict.json" officer="milon-hossain"></officer-contact>
      <service-search src="/data/kalukhali-doict.json"></service-search>`;
    doc.body.append(aside);
    const officer = () => doc.querySelector('officer-contact')?.shadowRoot;
    await waitUntil(() => officer()?.querySelector('a[href^="tel:"]'), 'the officer shows', { timeout: 4000 });
    expect(officer()!.querySelector('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:+8801857270798');
    await waitUntil(
      () => doc.querySelector('service-search')?.shadowRoot?.querySelector('input'),
      'the search box shows',
      { timeout: 4000 },
    );
    const loaded = loadedPaths(window);
    expect(loaded).to.include('/dist/charter-widgets.officer-contact.js');
    expect(loaded).to.include('/dist/charter-widgets.service-search.js');
    expect(window.errors).to.deep.equal([]);
  });

  it('keeps the search box its room while its code loads: the table below does not move when it comes', async () => {
    // The charter in the page, so that the table shows before the search box's own file has come.
    const seed = await (await fetch('/data/kalukhali-doict.json')).text();
    const { window, document: doc } = await page(`
      <script type="module" src="/dist/charter-widgets.js"></script>
      <service-search src="#seed"></service-search>
      <script type="application/json" id="seed">${seed}</script>
      <charter-services src="#seed"></charter-services>`);
    await seedShown(doc);
    const search = doc.querySelector('service-search')!;
    const tableTop = () => doc.querySelector('charter-services')!.getBoundingClientRect().top;
    const before = { top: tableTop(), defined: !!window.customElements.get('service-search') };
    await waitUntil(() => search.shadowRoot?.querySelector('input'), 'the search box shows', { timeout: 4000 });
    expect(before.defined, 'the table showed before the search box was defined').to.equal(false);
    expect(tableTop()).to.equal(before.top);
    expect(search.getBoundingClientRect().height).to.be.above(50);
    expect(window.errors).to.deep.equal([]);
  });

  it('loads the English messages on an English page, and shows the charter in English', async () => {
    const { window, document: doc } = await page(
      `<script type="module" src="/dist/charter-widgets.js"></script>
      <charter-services src="/data/kalukhali-doict.json"></charter-services>`,
      'en',
    );
    await seedShown(doc);
    expect(servicesOf(doc)!.querySelector('thead th')!.textContent!.trim()).to.equal('No.');
    const loaded = loadedPaths(window);
    expect(loaded).to.include('/dist/charter-widgets.en.js');
    expect(window.errors).to.deep.equal([]);
  });

  it('loads the search code when the table is filtered by a query', async () => {
    const { window, document: doc } = await page(`
      <script type="module" src="/dist/charter-widgets.js"></script>
      <charter-services src="/data/kalukhali-doict.json" query="প্রশিক্ষণ"></charter-services>`);
    const rows = () => servicesOf(doc)?.querySelectorAll('.services [part="service"]').length ?? 0;
    await waitUntil(() => rows() > 0 && rows() < 19, 'the table is filtered', { timeout: 6000 });
    const loaded = loadedPaths(window);
    expect(loaded).to.include('/dist/charter-widgets.search.js');
    expect(window.errors).to.deep.equal([]);
  });

  it('shows the officer as the tests of the source do: the minified templates keep their spaces', async () => {
    const { window, document: doc } = await page(`
      <script type="module" src="/dist/charter-widgets.js"></script>
      <officer-contact src="/data/kalukhali-doict.json" officer="milon-hossain"></officer-contact>`);
    const root = () => doc.querySelector('officer-contact')?.shadowRoot;
    await waitUntil(() => root()?.querySelector('a'), 'the contact shows', { timeout: 4000 });
    expect(root()!.querySelector('[part~="officer-name"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'জনাব মোঃ মিলন হোসেন',
    );
    expect([...root()!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      'tel:+8801857270798',
      'mailto:ap.kalukhali@doict.gov.bd',
    ]);
    expect(window.errors).to.deep.equal([]);
  });

  for (const script of [
    '<script type="module" src="/dist/charter-widgets.js">',
    '<script src="/dist/charter-widgets.classic.js">',
  ])
    it(`loads the search glossary from beside the script: ${script}`, async function () {
      this.timeout(10000);
      const { window, document: doc } = await page(`${script}</script>
        <service-search src="/tests/fixtures/search/union-parishad-field-format.json"></service-search>`);
      const root = () => doc.querySelector('service-search')?.shadowRoot;
      await waitUntil(() => root()?.querySelector('input'), 'the search box shows', { timeout: 4000 });
      const input = root()!.querySelector('input')!;
      input.value = 'birth certificate'; // English, on a charter printed in Bangla only: found through the glossary
      input.dispatchEvent(new Event('input'));
      const first = () => root()!.querySelector('[role="option"] .name')?.textContent?.trim();
      await waitUntil(() => first(), 'a result shows', { timeout: 6000 });
      expect(first()).to.equal('জন্ম নিবন্ধন করণ ও সনদ প্রদান');
      expect(window.errors).to.deep.equal([]);
    });

  describe("the README's snippets, as pasted", () => {
    /** The HTML blocks of the README's "Put it on your page", with the paths of this repository. */
    async function readmeSnippets(): Promise<string[]> {
      const readme = await (await fetch('/README.md')).text();
      const section = readme.slice(
        readme.indexOf('## Put it on your page'),
        readme.indexOf('\n## ', readme.indexOf('## Put it on your page') + 3),
      );
      return [...section.matchAll(/```html\n([\s\S]*?)```/g)].map(([, block]) =>
        block
          .replace('src="/charter-widgets.js"', 'src="/dist/charter-widgets.js"')
          .replaceAll('"/kalukhali-doict.json"', '"/data/kalukhali-doict.json"'),
      );
    }

    /** Types a query into the page's search box and presses Enter, as a reader does. */
    function search(doc: Document, query: string): void {
      const input = doc.querySelector('service-search')!.shadowRoot!.querySelector('input')!;
      input.value = query;
      input.dispatchEvent(new Event('input'));
    }
    const pressEnter = (doc: Document) =>
      doc
        .querySelector('service-search')!
        .shadowRoot!.querySelector('input')!
        .dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));

    it('the first: the charter, the officer, and a search whose Enter takes the reader to the service', async function () {
      this.timeout(15000);
      const [snippet] = await readmeSnippets();
      const { window, document: doc } = await page(snippet);
      await seedShown(doc);
      await officerShown(doc);
      // <service-search> is defined from a file of its own, which may come after the officer's.
      await waitUntil(
        () => doc.querySelector('service-search')?.shadowRoot?.querySelector('input'),
        'the search box shows',
        {
          timeout: 4000,
        },
      );
      search(doc, 'ট্রাবলশুটিং');
      const options = () => doc.querySelector('service-search')!.shadowRoot!.querySelectorAll('[role="option"]');
      await waitUntil(() => options().length > 0, 'results show', { timeout: 6000 });
      pressEnter(doc);
      await waitUntil(() => window.location.hash === '#institutional-6', 'the hash names the service', {
        timeout: 4000,
      });
      await waitUntil(
        () => servicesOf(doc)!.getElementById('institutional-6')!.classList.contains('target'),
        'the row is marked',
        { timeout: 4000 },
      );
      expect(options()[0].closest('[role="listbox"]')!.hasAttribute('hidden')).to.equal(true);
      expect(window.errors).to.deep.equal([]);
    });

    it('the CMS form: one script of JSON named by src="#ID", with the module or with the classic script in <head>', async function () {
      this.timeout(15000);
      const cms = (await readmeSnippets()).find((snippet) => snippet.includes('src="#'))!;
      const json = await (await fetch('/data/kalukhali-doict.json')).text();
      const withCharter = cms.replace(
        /(<script type="application\/json" id="[^"]+">)[\s\S]*?(<\/script>)/,
        `$1${json}$2`,
      );
      const classic = `<script src="/dist/charter-widgets.classic.js"></script>${withCharter.replace(/<script type="module"[^>]*><\/script>/, '')}`;
      for (const body of [withCharter, classic]) {
        const { window, document: doc } = await page(body);
        await seedShown(doc);
        await officerShown(doc);
        expect(window.errors).to.deep.equal([]);
      }
    });
  });

  it('can be included twice, even as two copies, without an error', async () => {
    const { window, document: doc } = await page(`
      <script type="module" src="/dist/charter-widgets.js"></script>
      <script type="module" src="/dist/charter-widgets.js?second-copy"></script>
      <script src="/dist/charter-widgets.classic.js"></script>
      <officer-contact name="জনাব মোঃ মিলন হোসেন" phone="01857270798"></officer-contact>`);
    await waitUntil(() => doc.querySelector('officer-contact')?.shadowRoot?.querySelector('a'), 'the contact shows', {
      timeout: 4000,
    });
    expect(window.errors).to.deep.equal([]);
  });

  it('runs under Trusted Types allowing the one policy lit-html, with one copy or two', async () => {
    const csp = `<meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'; trusted-types lit-html">`;
    const module = '<script type="module" src="/dist/charter-widgets.js"></script>';
    const classic = '<script src="/dist/charter-widgets.classic.js"></script>';
    for (const scripts of [
      module,
      `${classic}${module}`,
      `${module}<script type="module" src="/dist/charter-widgets.js?copy"></script>`,
    ]) {
      const { window, document: doc } = await page(
        `${scripts}<charter-services src="/data/amalsar-up.json"></charter-services>`,
        'bn',
        csp,
      );
      await waitUntil(
        () => servicesOf(doc)?.querySelectorAll('.services [part="service"]').length === 6,
        'the 6 services show',
        { timeout: 6000 },
      );
      expect(window.errors, scripts).to.deep.equal([]);
    }
  });

  it('works as a classic script with inline JSON, for pages without module scripts', async () => {
    const json = await (await fetch('/data/amalsar-up.json')).text();
    const { window, document: doc } = await page(`
      <script src="/dist/charter-widgets.classic.js"></script>
      <charter-services><script type="application/json">${json}</script></charter-services>`);
    await waitUntil(
      () => servicesOf(doc)?.querySelectorAll('.services [part="service"]').length === 6,
      'the 6 services show',
      { timeout: 4000 },
    );
    expect((window as unknown as { CharterWidgets: { VERSION: string } }).CharterWidgets.VERSION).to.equal(VERSION);
    expect(window.errors).to.deep.equal([]);
  });

  it('shows a message and throws nothing for a src that is not there', async () => {
    const { window, document: doc } = await page(`
      <script type="module" src="/dist/charter-widgets.js"></script>
      <charter-services src="/data/missing.json"></charter-services>`);
    // A short message at once, the one naming the problem when the error messages (a file beside the script) are in.
    await waitUntil(() => servicesOf(doc)?.querySelector('[role="alert"]'), 'the error shows', { timeout: 4000 });
    await waitUntil(
      () => servicesOf(doc)!.querySelector('[role="alert"]')!.textContent!.includes('৪০৪'),
      'the message names the 404',
      { timeout: 4000 },
    );
    expect(loadedPaths(window)).to.include('/dist/charter-widgets.errors.js');
    expect(window.errors).to.deep.equal([]);
  });

  it('carries the version of package.json', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
  });

  it('imports a charter in the page with the browser build of the importer: DOCX and PDF', async function () {
    this.timeout(30000);
    const importer = '/dist/importer-browser/importer.js';
    const { importCharter } = (await import(/* @vite-ignore */ importer)) as typeof import('../src/import/index.js');
    for (const form of ['docx', 'pdf']) {
      const file = `/tests/fixtures/import/documents/sample-union-parishad-field-format.${form}`;
      const outcome = await importCharter(new Uint8Array(await (await fetch(file)).arrayBuffer()));
      expect(outcome.ok && outcome.charter.serviceGroups[0].services.length, form).to.equal(6);
    }
  });

  it('raises no false alert while the page is still being parsed, and names a missing charter once it is', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const doc = frame.contentDocument!;
    const alerts = () => doc.querySelector('charter-services')?.shadowRoot?.querySelectorAll('[role="alert"]').length;
    try {
      // The classic script in <head>, then the element, and its inline JSON still to come: as a slow page arrives.
      doc.open();
      doc.write(
        '<!doctype html><html lang="bn"><head><script src="/dist/charter-widgets.classic.js"></script></head><body><charter-services>',
      );
      await waitUntil(
        () => doc.querySelector('charter-services')?.shadowRoot?.querySelector('[role="status"]'),
        'the loading state',
        { timeout: 4000 },
      );
      expect(doc.readyState).to.equal('loading');
      expect(alerts()).to.equal(0);
      const json = await (await fetch('/data/amalsar-up.json')).text();
      doc.write(`<script type="application/json">${json}</script></charter-services></body></html>`);
      doc.close();
      await waitUntil(
        () =>
          doc.querySelector('charter-services')!.shadowRoot!.querySelectorAll('.services [part="service"]').length ===
          6,
        'the 6 services show',
        { timeout: 4000 },
      );
      expect(alerts()).to.equal(0);

      doc.open();
      doc.write(
        '<!doctype html><html lang="bn"><head><script src="/dist/charter-widgets.classic.js"></script></head><body><charter-services></charter-services></body></html>',
      );
      doc.close();
      await waitUntil(() => alerts() === 1, 'the missing charter named once the page is parsed', { timeout: 4000 });
    } finally {
      frame.remove();
    }
  });
});
