import { expect, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/charter-widgets-all.js';
import type { CharterServices } from '../../src/charter-widgets-all.js';
import type { CharterData } from '../../src/model/charter.js';
import { copyOf, mount, shadowOf, uniqueUrl } from '../helpers.js';

/** The seed with `size` services in one group: its own services over and over, as `s-0`, `s-1`, … */
async function charterOf(size: number): Promise<CharterData> {
  const data = await copyOf('kalukhali-doict');
  const services = data.serviceGroups.flatMap((group) => group.services);
  data.serviceGroups = [
    {
      ...data.serviceGroups[0],
      services: Array.from({ length: size }, (_, i) => ({
        ...services[i % services.length],
        id: `s-${i}`,
        serial: String(i + 1),
      })),
    },
  ];
  return data;
}

async function show(data: CharterData, width = 1200): Promise<CharterServices> {
  const page = await mount(
    html`<div style="width: ${width}px"><charter-services .charter=${data}></charter-services></div>`,
  );
  return page.querySelector('charter-services')!;
}

const serviceIds = (el: CharterServices) =>
  [...shadowOf(el).querySelectorAll('.services [part="service"]')].map((service) => service.id);

describe('<charter-services> with a charter of 1,000 services (issue 13 item 5)', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('shows the first services at once and the rest a few a frame, in order, a table of 20 each', async () => {
    const el = await show(await charterOf(1000));
    const first = serviceIds(el).length;
    expect(first).to.be.within(1, 999);
    await waitUntil(() => serviceIds(el).length === 1000, 'every service comes', { timeout: 20000 });
    expect(serviceIds(el)).to.deep.equal(Array.from({ length: 1000 }, (_, i) => `s-${i}`));
    const tables = shadowOf(el).querySelectorAll('.batch > table');
    expect([...tables].map((table) => table.querySelectorAll('tbody tr').length)).to.deep.equal(Array(50).fill(20));
    // Alike in their columns: fixed layout by the same <col>s.
    expect([...tables].map((table) => getComputedStyle(table).tableLayout)).to.deep.equal(Array(50).fill('fixed'));
    expect([...tables].map((table) => table.querySelectorAll('col').length)).to.deep.equal(Array(50).fill(7));
  });

  it('keeps a group of 100 services one table', async () => {
    const el = await show(await charterOf(100));
    await waitUntil(() => serviceIds(el).length === 100, 'every service comes', { timeout: 20000 });
    expect(shadowOf(el).querySelectorAll('.group table')).to.have.length(1);
    expect(shadowOf(el).querySelector('.batch')).to.equal(null);
  });

  it('renders at once the service a link points to, however far down, and marks it', async () => {
    history.replaceState(null, '', '#s-950');
    const el = await show(await charterOf(1000));
    const target = shadowOf(el).getElementById('s-950');
    expect(target, 'the linked service is there after the first update').not.to.equal(null);
    expect(target!.classList.contains('target')).to.equal(true);
  });

  it('prints every service in the table, even from a narrow container before the last has come', async () => {
    const el = await show(await charterOf(1000), 360);
    expect(shadowOf(el).querySelector('.service-list'), 'cards on a phone').not.to.equal(null);
    await emulateMedia({ media: 'print' });
    await waitUntil(
      () => shadowOf(el).querySelectorAll('tbody tr').length === 1000,
      'the printed table has every service',
      { timeout: 10000 },
    );
    expect(shadowOf(el).querySelector('.service-list')).to.equal(null);
  });

  it('shows a fetched charter’s first 30 services while the rest of its text is still coming, then all of them', async () => {
    const text = JSON.stringify(await charterOf(1000), null, 2);
    const src = uniqueUrl('/streamed-charter.json');
    const bytes = new TextEncoder().encode(text);
    // The first 200 KB (about 150 services), then the rest only when the test says so.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        controller.enqueue(bytes.slice(0, 200_000));
        await held;
        controller.enqueue(bytes.slice(200_000));
        controller.close();
      },
    });
    const pageFetch = window.fetch;
    window.fetch = (input, init) =>
      String(input).endsWith(src) ? Promise.resolve(new Response(body)) : pageFetch(input, init);
    try {
      let loads = 0;
      const page = await mount(html`<charter-services src=${src} @charter-load=${() => loads++}></charter-services>`);
      const el = page.querySelector('charter-services')!;
      // The preview's 30, a few a frame like any services, and no more while the rest of the text is held.
      await waitUntil(() => serviceIds(el).length === 30, 'the first 30 services show', { timeout: 10000 });
      await el.updateComplete;
      expect(serviceIds(el)).to.deep.equal(Array.from({ length: 30 }, (_, i) => `s-${i}`));
      expect(shadowOf(el).querySelector('.office-name')!.textContent).to.equal('উপজেলা কার্যালয়');
      expect(loads, 'charter-load waits for the whole charter').to.equal(0);
      release();
      await waitUntil(() => serviceIds(el).length === 1000, 'every service comes', { timeout: 20000 });
      expect(loads).to.equal(1);
    } finally {
      window.fetch = pageFetch;
      release();
    }
  });
});
