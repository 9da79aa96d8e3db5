import { expect, waitUntil } from '@open-wc/testing';
import { nextFrame } from './hardening/harness.js';

// The static-first snippet (issue 13), as `npm run build` puts it in the demo page: dist/demo.html is demo/index.html
// with the snippet `charter-widgets render data/kalukhali-doict.json` writes.

interface SnippetPage {
  window: Window & { errors: string[]; shift: number };
  document: Document;
}

/**
 * The demo page in an iframe of the given width, with or without JavaScript (a sandbox without allow-scripts runs
 * none), recording errors and layout shifts from before any of its scripts run.
 */
async function demoPage(width: number, javascript: boolean): Promise<SnippetPage> {
  const html = await (await fetch('/dist/demo.html')).text();
  const recorder = `<script>window.errors = []; window.shift = 0;
    addEventListener('error', (e) => errors.push(e.message));
    addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
    new PerformanceObserver((list) => { for (const entry of list.getEntries()) if (!entry.hadRecentInput) shift += entry.value; })
      .observe({ type: 'layout-shift', buffered: true });</script>`;
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '800px';
  frame.style.border = '0';
  if (!javascript) frame.sandbox.add('allow-same-origin');
  frame.srcdoc = html.replace('<head>', `<head>${recorder}`);
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return { window: frame.contentWindow as SnippetPage['window'], document: frame.contentDocument! };
}

describe('the static-first snippet (dist/demo.html)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('shows all 19 seed services with working tel: links without JavaScript, and carries the JSON-LD', async () => {
    const { document: doc } = await demoPage(1024, false);
    const services = doc.querySelector('charter-services')!;
    expect(services.shadowRoot, 'no script ran').to.equal(null);
    const rows = [...services.querySelectorAll<HTMLElement>('tbody tr[id]')];
    expect(rows.map((row) => row.id).slice(0, 3)).to.deep.equal(['citizen-1', 'citizen-2', 'citizen-3']);
    expect(rows).to.have.length(19);
    expect(rows.every((row) => row.checkVisibility())).to.equal(true);
    expect(rows[0].querySelector('.service-name')!.textContent).to.equal('আইসিটি অধিদপ্তর সংক্রান্ত তথ্য প্রদান');
    const phones = [...rows[0].querySelectorAll('a[href^="tel:"]')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(phones).to.deep.equal([['০১৮৫৭২৭০৭৯৮', 'tel:+8801857270798']]);
    // Every service names its officer with a number to call, and the links are in the Tab order.
    expect(rows.every((row) => row.querySelector('a[href="tel:+8801857270798"]:not([tabindex])'))).to.equal(true);
    const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(ld['@context']).to.equal('https://schema.org');
    expect(ld['@graph'][0]['@type']).to.equal('GovernmentOffice');
    expect(ld['@graph'].filter((node: { '@type': string }) => node['@type'] === 'GovernmentService')).to.have.length(
      19,
    );
    expect(doc.querySelector('meta[name="description"]')).not.to.equal(null);
  });

  for (const width of [412, 1280])
    it(`is taken over by the elements at ${width} px with layout shift under 0.02 and no errors`, async () => {
      const { window, document: doc } = await demoPage(width, true);
      const services = doc.querySelector('charter-services')!;
      await waitUntil(
        () => services.shadowRoot?.querySelectorAll('.services [part="service"]').length === 19,
        'the elements take over',
        { timeout: 10000 },
      );
      await waitUntil(
        () => doc.querySelector('service-search')!.shadowRoot?.querySelector('input'),
        'the search box shows',
        { timeout: 10000 },
      );
      await doc.fonts.ready;
      for (let i = 0; i < 3; i++) await nextFrame(window);
      // The static HTML is still in the page for the readers that need it, but the element's own rendering shows.
      expect(services.querySelector('article')!.checkVisibility()).to.equal(false);
      expect(window.shift).to.be.below(0.02);
      expect(window.errors).to.deep.equal([]);
    });
});
