import { elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/charter-widgets-all.js';
import type { CharterError, CharterServices } from '../src/charter-widgets-all.js';
import { loadCharter } from '../src/load/load-charter.js';
import { CHARTERS, loadData, mount, shadowOf, textsOf, uniqueUrl } from './helpers.js';

/** Waits for the element to settle on a charter or an error, and returns the event it fired. */
async function settled(el: HTMLElement, event: 'charter-load' | 'charter-error'): Promise<CustomEvent> {
  const fired = (await oneEvent(el, event)) as CustomEvent;
  await elementUpdated(el);
  return fired;
}

function messageOf(el: Element): string {
  return textsOf(shadowOf(el), '[role="alert"]').join(' ');
}

/** A table given `src`, once it has settled on an error: the element, and the error its charter-error carried. */
async function errorFor(src: string): Promise<{ el: CharterServices; error: CharterError }> {
  const el = await fixture<CharterServices>(html`<charter-services></charter-services>`);
  const event = settled(el, 'charter-error');
  el.src = src;
  return { el, error: (await event).detail.error };
}

describe('loading a charter', () => {
  it('loads from src and fires charter-load with the model', async () => {
    const el = await fixture<CharterServices>(html`<charter-services></charter-services>`);
    const event = settled(el, 'charter-load');
    el.src = uniqueUrl('/data/kalukhali-doict.json');
    const { detail } = await event;
    expect(detail.charter.services).to.have.length(19);
    expect(shadowOf(el).querySelectorAll('tbody tr')).to.have.length(19);
  });

  it('loads inline JSON from a child script, for CMS pages that take HTML but no uploads', async () => {
    const json = JSON.stringify(await loadData('amalsar-up'));
    const el = await fixture<CharterServices>(
      html`<charter-services><script type="application/json">${json}</script></charter-services>`,
    );
    await elementUpdated(el);
    expect(shadowOf(el).querySelectorAll('tbody tr')).to.have.length(6);
  });

  it('loads inline JSON added after the element, as the HTML parser or a CMS does', async () => {
    const el = await fixture<CharterServices>(html`<charter-services></charter-services>`);
    const event = settled(el, 'charter-load');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(await loadData('magura-dio'));
    el.append(script);
    await event;
    expect(shadowOf(el).querySelectorAll('section')).to.have.length.greaterThan(3);
  });

  it('takes the charter property, ahead of src', async () => {
    const data = await loadData('magura-dio');
    const el = await fixture<CharterServices>(
      html`<charter-services src="/data/kalukhali-doict.json" .charter=${data}></charter-services>`,
    );
    expect(shadowOf(el).querySelectorAll('tbody tr').length).to.equal(7 + data.grievance!.levels.length);
  });

  it('fetches a URL once for every element on the page, and they share one model', async () => {
    const url = uniqueUrl('/data/kalukhali-doict.json');
    const realFetch = window.fetch;
    let fetches = 0;
    window.fetch = (input, init) => {
      if (String(input).includes(url)) fetches++;
      return realFetch(input, init);
    };
    try {
      const loads: CharterServices[] = [];
      const page = await mount(html`<div
        @charter-load=${(e: CustomEvent) => loads.push(e.detail.charter)}
      >
        <charter-services src=${url}></charter-services>
        <service-search src=${url}></service-search>
        <officer-contact src=${url} officer="milon-hossain"></officer-contact>
      </div>`);
      while (loads.length < 3) await oneEvent(page, 'charter-load');
      expect(fetches).to.equal(1);
      expect(loads[1]).to.equal(loads[0]);
      expect(loads[2]).to.equal(loads[0]);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('fires one charter-load for a table', async () => {
    let loads = 0;
    const page = await mount(html`<div @charter-load=${() => loads++}>
      <charter-services .charter=${await loadData('kalukhali-doict')}></charter-services>
    </div>`);
    await elementUpdated(page.querySelector('charter-services')!);
    expect(shadowOf(page.querySelector('charter-services')!).querySelectorAll('tbody tr')).to.have.length(19);
    expect(loads).to.equal(1);
  });

  it('shows the HTTP status of a missing file and fires charter-error', async () => {
    const { el, error } = await errorFor('/data/no-such-charter.json');
    expect(error).to.include({ kind: 'http', status: 404 });
    expect(messageOf(el)).to.contain('সার্ভার ৪০৪ জানিয়েছে').and.contain('/data/no-such-charter.json');
  });

  it('shows a network failure, and a later element tries again', async () => {
    const realFetch = window.fetch;
    window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    const url = uniqueUrl('/data/kalukhali-doict.json');
    try {
      const { el, error } = await errorFor(url);
      expect(error.kind).to.equal('network');
      expect(messageOf(el)).to.contain('নেটওয়ার্কে সমস্যা');
      expect(textsOf(shadowOf(el), '[role="alert"] button')).to.deep.equal(['আবার চেষ্টা করুন']);
    } finally {
      window.fetch = realFetch;
    }
    expect((await loadCharter(url).result).ok).to.equal(true);
  });

  it('says so when the charter does not come within `timeout` seconds, and fetches it again on a click', async () => {
    const realFetch = window.fetch;
    window.fetch = () => new Promise<Response>(() => undefined); // a server that never answers
    const url = uniqueUrl('/data/kalukhali-doict.json');
    try {
      const el = await fixture<CharterServices>(html`<charter-services timeout="0.2"></charter-services>`);
      const event = settled(el, 'charter-error');
      el.src = url;
      expect((await event).detail.error).to.deep.equal({ kind: 'timeout', source: url, seconds: 0.2 });
      expect(messageOf(el)).to.contain('০.২ সেকেন্ডেও চার্টার আসেনি');
      window.fetch = realFetch;
      const loaded = settled(el, 'charter-load');
      shadowOf(el).querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
      await loaded;
      expect(shadowOf(el).querySelectorAll('tbody tr')).to.have.length(19);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('names a src that is no URL, and throws nothing', async () => {
    const { el, error } = await errorFor('http://[');
    expect(error).to.deep.equal({ kind: 'bad-src', source: 'http://[' });
    expect(messageOf(el)).to.contain('চার্টারের ঠিকানা (src) কোনো ঠিক URL নয়।').and.contain('http://[');
  });

  it('says a page opened from the disk cannot read the charter file, and what to do', async () => {
    // What a relative src becomes on a page opened from the disk; the browser refuses to fetch it.
    const { el, error } = await errorFor('file:///home/webmaster/site/kalukhali-doict.json');
    expect(error).to.deep.equal({ kind: 'file', source: 'file:///home/webmaster/site/kalukhali-doict.json' });
    expect(messageOf(el)).to.contain('পাতাটি ডিস্ক থেকে খোলা (file://)').and.contain('পাতাটি ওয়েব সার্ভার থেকে খুলুন');
  });

  describe('src="#ID": one script of JSON on the page for every element (the CMS form)', () => {
    it('shows the charter in every element naming the script, parsed once into one model', async () => {
      const json = JSON.stringify(await loadData('amalsar-up'));
      const models = new Set<unknown>();
      const collect = (e: Event) => models.add((e as CustomEvent).detail.charter);
      document.addEventListener('charter-load', collect);
      try {
        const root = await mount(html`
          <service-search src="#the-charter" for="table"></service-search>
          <charter-services id="table" src="#the-charter"></charter-services>
          <officer-contact src="#the-charter" officer="uno-sreepur"></officer-contact>
          <script type="application/json" id="the-charter">${json}</script>`);
        const table = root.querySelector<CharterServices>('charter-services')!;
        await elementUpdated(table);
        expect(shadowOf(table).querySelectorAll('tbody tr')).to.have.length(6);
        const contact = root.querySelector('officer-contact')!;
        await elementUpdated(contact);
        expect(textsOf(shadowOf(contact), '[part~="officer-designation"]')).to.deep.equal(['উপজেলা নির্বাহী অফিসার']);
        expect(shadowOf(root.querySelector('service-search')!).querySelector('input')).to.not.equal(null);
      } finally {
        document.removeEventListener('charter-load', collect);
      }
      expect(models.size).to.equal(1);
    });

    it('names the id when the page has no such script', async () => {
      const { el, error } = await errorFor('#no-such-script');
      expect(error).to.deep.equal({ kind: 'page-script', source: '#no-such-script' });
      expect(messageOf(el)).to.contain('পাতায় সেই id-র JSON স্ক্রিপ্ট নেই।').and.contain('#no-such-script');
    });
  });

  it('shows where a file is not valid JSON', async () => {
    const { el, error } = await errorFor('/tests/fixtures/not-json.json');
    expect(error).to.include({ kind: 'json', line: 5, column: 1 });
    expect(messageOf(el)).to.contain('লাইন ৫, কলাম ১');
  });

  it('lists schema errors with their JSON path', async () => {
    const { el, error } = await errorFor('/tests/fixtures/invalid-charter.json');
    expect(error.kind).to.equal('invalid');
    expect(textsOf(shadowOf(el), 'li')).to.deep.equal([
      'serviceGroups[0].services[0].name: এখানে text থাকার কথা, আছে number',
    ]);
  });

  it('shows the first ten problems of a charter with thousands, and the number of the rest', async () => {
    const data: any = await loadData('kalukhali-doict').then((charter) => structuredClone(charter));
    for (let i = 0; i < 2000; i++) data.serviceGroups[0].services.push({ id: `bad-${i}`, name: 5 });
    const el = await fixture<CharterServices>(html`<charter-services .charter=${data}></charter-services>`);
    expect(messageOf(el)).to.contain('চার্টারের তথ্যে ৪০০০টি সমস্যা').and.contain('আরও ৩৯৯০টি সমস্যা আছে।');
    expect(shadowOf(el).querySelectorAll('[role="alert"] li')).to.have.length(10);
  });

  it('says so when no charter is given at all', async () => {
    const el = await fixture<CharterServices>(html`<charter-services></charter-services>`);
    expect(messageOf(el)).to.contain('কোনো চার্টার দেওয়া হয়নি');
  });

  it('shows a charter given after it said there was none', async () => {
    for (const tag of ['charter-services', 'officer-contact'] as const) {
      const el = document.createElement(tag);
      document.body.append(el);
      await el.updateComplete;
      expect(messageOf(el), tag).to.contain('কোনো চার্টার দেওয়া হয়নি');
      if (tag === 'officer-contact') el.setAttribute('officer', 'habibur-rahman');
      el.charter = await loadData('amalsar-up');
      await el.updateComplete;
      expect(messageOf(el), tag).to.equal('');
      const shown = tag === 'charter-services' ? '.services [part="service"]' : 'a[href^="tel:"]';
      expect(shadowOf(el).querySelectorAll(shown).length, tag).to.equal(tag === 'charter-services' ? 6 : 1);
      el.remove();
    }
  });

  it('shows a loading state until the charter arrives', async () => {
    const el = await fixture<CharterServices>(html`<charter-services></charter-services>`);
    el.src = uniqueUrl('/data/kalukhali-doict.json');
    await elementUpdated(el);
    expect(shadowOf(el).querySelector('[role="status"]')?.textContent).to.contain('চার্টার লোড হচ্ছে');
    await oneEvent(el, 'charter-load');
  });

  it('ignores a slow answer for a src that has since changed', async () => {
    const el = await fixture<CharterServices>(html`<charter-services></charter-services>`);
    el.src = '/data/no-such-charter.json';
    await elementUpdated(el);
    const event = settled(el, 'charter-load');
    el.src = uniqueUrl('/data/amalsar-up.json');
    await event;
    // The first answer, a 404, has come too (one fetch per URL: the element's own promise), and changed nothing.
    expect((await loadCharter('/data/no-such-charter.json').result).ok).to.equal(false);
    await el.updateComplete;
    expect(shadowOf(el).querySelectorAll('tbody tr')).to.have.length(6);
    expect(messageOf(el)).to.equal('');
  });

  // The services and the first officer of each charter in data/.
  const SHOWN = {
    'kalukhali-doict': [19, 'milon-hossain'],
    'magura-dio': [7, 'abdul-karim'],
    'amalsar-up': [6, 'habibur-rahman'],
  };
  for (const name of CHARTERS)
    it(`the elements render data/${name}.json without an error`, async () => {
      const errors: unknown[] = [];
      const onError = (e: ErrorEvent) => errors.push(e.error);
      const onRejection = (e: PromiseRejectionEvent) => errors.push(e.reason);
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onRejection);
      const [services, officer] = SHOWN[name];
      const charter = await loadData(name);
      const page = await mount(html`<div>
        <charter-services .charter=${charter}></charter-services>
        <service-search .charter=${charter}></service-search>
        <officer-contact .charter=${charter} officer=${officer}></officer-contact>
      </div>`);
      // A Lit render error rejects the element's updateComplete, which covers every update, the services' batches too.
      for (const el of page.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('div > *'))
        await el.updateComplete;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      expect(errors).to.deep.equal([]);
      expect(
        shadowOf(page.querySelector('charter-services')!).querySelectorAll('.services [part="service"]'),
      ).to.have.length(services as number);
      expect(shadowOf(page.querySelector('officer-contact')!).querySelector('a[href^="tel:"]')).to.exist;
    });
});
