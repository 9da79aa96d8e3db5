/**
 * 1,000 connect/disconnect cycles of each element (a CMS that moves widgets, a single-page portal that swaps views):
 * afterwards the listeners on window and document balance, no MutationObserver is left observing, the page and the
 * element hold no more nodes and the document no more style sheets than after the first cycle. Heap growth is
 * reported (performance.memory, without a forced garbage collection: an indication only).
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import '../../src/charter-widgets-all.js';
import type { CharterData } from '../../src/model/charter.js';
import { loadData } from '../helpers.js';

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

const CYCLES = 1000;

/** Counts what an element leaves behind: listeners on window and document, and observers still observing. */
function countingListeners() {
  const listeners = new Set<string>();
  const observing = new Set<MutationObserver>();
  const ids = new WeakMap<object, number>();
  let next = 0;
  const id = (value: object) => ids.get(value) ?? (ids.set(value, ++next), next);
  const key = (target: EventTarget, type: string, listener: unknown, options?: boolean | EventListenerOptions) =>
    `${target === window ? 'window' : 'document'} ${type} ${id(listener as object)} ${typeof options === 'boolean' ? options : !!options?.capture}`;
  const { addEventListener: add, removeEventListener: remove } = EventTarget.prototype;
  const { observe, disconnect } = MutationObserver.prototype;
  EventTarget.prototype.addEventListener = function (
    this: EventTarget,
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ) {
    // A listener added with { once: true } removes itself: it is not counted.
    if ((this === window || this === document) && listener && !(typeof options === 'object' && options.once))
      listeners.add(key(this, type, listener, options));
    return add.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (
    this: EventTarget,
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions,
  ) {
    if ((this === window || this === document) && listener) listeners.delete(key(this, type, listener, options));
    return remove.call(this, type, listener, options);
  };
  MutationObserver.prototype.observe = function (this: MutationObserver, target: Node, options?: MutationObserverInit) {
    observing.add(this);
    return observe.call(this, target, options);
  };
  MutationObserver.prototype.disconnect = function (this: MutationObserver) {
    observing.delete(this);
    return disconnect.call(this);
  };
  return {
    listeners: () => [...listeners].sort(),
    observers: () => observing.size,
    restore() {
      Object.assign(EventTarget.prototype, { addEventListener: add, removeEventListener: remove });
      Object.assign(MutationObserver.prototype, { observe, disconnect });
    },
  };
}

/**
 * The JS heap in use, after a garbage collection when the browser offers one (Chromium with --js-flags=--expose-gc);
 * without --enable-precise-memory-info Chromium rounds it, so it is reported, not asserted.
 */
function heap(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN;
}
const nodes = () => document.getElementsByTagName('*').length;
const shadowNodes = (el: Element) => el.shadowRoot!.querySelectorAll('*').length;

let data: CharterData;
before(async () => {
  data = await loadData('kalukhali-doict');
});

describe(`${CYCLES} connect/disconnect cycles`, function () {
  this.timeout(60000);

  const elements: [string, () => TemplateResult][] = [
    [
      '<charter-services> with the charter property',
      () => html`<charter-services .charter=${data}></charter-services>`,
    ],
    [
      '<charter-services> filtered by a query, from src',
      () => html`<charter-services src="/data/kalukhali-doict.json" query="প্রশিক্ষণ"></charter-services>`,
    ],
    ['<officer-contact>', () => html`<officer-contact .charter=${data} officer="milon-hossain"></officer-contact>`],
    [
      '<officer-contact> standalone',
      () =>
        html`<officer-contact name="জনাব মোঃ মিলন হোসেন" phone="01857270798" email="ap.kalukhali@doict.gov.bd"></officer-contact>`,
    ],
    ['<service-search> with results', () => html`<service-search .charter=${data} query="প্রশিক্ষণ"></service-search>`],
  ];

  for (const [name, template] of elements)
    it(`${name}: listeners balance, nothing grows`, async () => {
      const count = countingListeners();
      const container = document.createElement('div');
      document.body.append(container);
      try {
        const listenersBefore = count.listeners();
        const observersBefore = count.observers();
        render(template(), container);
        const el = container.firstElementChild as Updatable;
        // Loaded (a src is fetched) and rendered, with the search results when it shows them.
        await waitUntil(
          () => el.shadowRoot?.firstElementChild && !el.shadowRoot.querySelector('[aria-busy="true"]'),
          `${name}: loaded`,
          { timeout: 10000 },
        );
        await el.updateComplete;
        // The first cycle: rendered, with what a connected element holds.
        const connected = { listeners: count.listeners(), observers: count.observers(), shadow: shadowNodes(el) };
        expect(connected.shadow, 'the element rendered').to.be.greaterThan(3);
        el.remove();
        await el.updateComplete;
        const after1 = {
          listeners: count.listeners(),
          observers: count.observers(),
          nodes: nodes(),
          sheets: document.adoptedStyleSheets.length,
        };
        // Disconnected, the element leaves nothing on window or document.
        expect(after1.listeners).to.deep.equal(listenersBefore);
        expect(after1.observers).to.equal(observersBefore);

        const heapBefore = heap();
        const started = performance.now();
        for (let i = 0; i < CYCLES; i++) {
          container.append(el);
          await el.updateComplete;
          if (i === CYCLES - 1) {
            expect(count.listeners(), 'connected, the last time').to.deep.equal(connected.listeners);
            expect(count.observers()).to.equal(connected.observers);
            expect(shadowNodes(el)).to.equal(connected.shadow);
          }
          el.remove();
        }
        await el.updateComplete;
        const ms = performance.now() - started;
        expect(count.listeners()).to.deep.equal(listenersBefore);
        expect(count.observers()).to.equal(observersBefore);
        expect(nodes()).to.equal(after1.nodes);
        expect(document.adoptedStyleSheets.length).to.equal(after1.sheets);
        const growth = heap() - heapBefore;
        console.log(
          `${name}: ${CYCLES} cycles in ${Math.round(ms)} ms; heap ${growth >= 0 ? '+' : ''}${Math.round(growth / 1024)} KB ` +
            `(${Math.round(growth / CYCLES)} B a cycle${'gc' in globalThis ? '' : ', no forced GC'}); ${connected.listeners.length - listenersBefore.length} listeners while connected`,
        );
      } finally {
        count.restore();
        container.remove();
      }
    });

  it(`${CYCLES / 5} fresh elements of each kind, each connected and removed: the listeners and nodes come back to where they were`, async () => {
    const count = countingListeners();
    const container = document.createElement('div');
    document.body.append(container);
    try {
      const listenersBefore = count.listeners();
      const observersBefore = count.observers();
      const nodesBefore = nodes();
      for (let i = 0; i < CYCLES / 5; i++) {
        render(
          html`<charter-services .charter=${data} sections="header"></charter-services>
            <officer-contact .charter=${data} officer="milon-hossain"></officer-contact>
            <service-search .charter=${data}></service-search>`,
          container,
        );
        await Promise.all([...container.children].map((el) => (el as Updatable).updateComplete));
        expect(shadowNodes(container.children[1]), 'the officer shows').to.be.greaterThan(3);
        render(html``, container);
      }
      expect(count.listeners()).to.deep.equal(listenersBefore);
      expect(count.observers()).to.equal(observersBefore);
      expect(nodes()).to.equal(nodesBefore);
    } finally {
      count.restore();
      container.remove();
    }
  });
});
