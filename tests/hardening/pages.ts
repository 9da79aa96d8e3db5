/**
 * Pages with the drop-in script as a webmaster pastes it (dist/, built by npm run build), and what every such page
 * must do: show the charter, the officer and search results, take the reader to a chosen service, copy a link, and
 * switch to English when <html lang> changes.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { FramePage } from './harness.js';

export const MODULE = '<script type="module" src="/dist/charter-widgets.js"></script>';
export const MODULE_COPY = '<script type="module" src="/dist/charter-widgets.js?copy"></script>';
export const CLASSIC = '<script src="/dist/charter-widgets.classic.js"></script>';
export const CLASSIC_COPY = '<script src="/dist/charter-widgets.classic.js?copy"></script>';

/** The three elements on one charter, plus a second table from inline JSON. */
export async function widgets(): Promise<string> {
  const inline = await (await fetch('/data/amalsar-up.json')).text();
  return `<service-search src="/data/kalukhali-doict.json" for="services"></service-search>
    <charter-services id="services" src="/data/kalukhali-doict.json"></charter-services>
    <officer-contact src="/data/kalukhali-doict.json" officer="milon-hossain"></officer-contact>
    <charter-services id="inline"><script type="application/json">${inline}</script></charter-services>`;
}

const shadow = (doc: Document, selector: string) => doc.querySelector(selector)?.shadowRoot ?? undefined;

/** Uses every element of widgets() as a reader does, and checks what each shows. */
export async function exercise({ window, document: doc }: FramePage, label: string): Promise<void> {
  const rows = (selector: string) => shadow(doc, selector)?.querySelectorAll('.services [part="service"]').length ?? 0;
  await waitUntil(() => rows('#services') === 19, `${label}: the 19 services show`, { timeout: 10000 });
  await waitUntil(() => rows('#inline') === 6, `${label}: the 6 services of the inline JSON show`, { timeout: 10000 });
  await waitUntil(
    () => shadow(doc, 'officer-contact')?.querySelector('a[href="tel:+8801857270798"]'),
    `${label}: the officer shows`,
    {
      timeout: 10000,
    },
  );

  // A search: the search code and the glossary load, results show, the table is filtered; Enter takes the reader there.
  // The module defines <service-search> from a file of its own, which may come after the officer's.
  await waitUntil(() => shadow(doc, 'service-search')?.querySelector('input'), `${label}: the search box shows`, {
    timeout: 10000,
  });
  const search = shadow(doc, 'service-search')!;
  const input = search.querySelector('input')!;
  input.value = 'ট্রাবলশুটিং';
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await waitUntil(() => search.querySelectorAll('[role="option"]').length > 0, `${label}: results show`, {
    timeout: 10000,
  });
  await waitUntil(() => rows('#services') === 1, `${label}: the table is filtered`, { timeout: 10000 });
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
  await waitUntil(() => window.location.hash === '#institutional-6', `${label}: the hash names the service`, {
    timeout: 10000,
  });
  await waitUntil(
    () => shadow(doc, '#services')!.getElementById('institutional-6')?.classList.contains('target'),
    `${label}: the row is marked`,
    {
      timeout: 10000,
    },
  );

  // Copying a link: in a frame the Clipboard API is refused, and the fallback (a textarea placed with CSSOM) runs.
  const copy = shadow(doc, '#services')!.querySelector<HTMLButtonElement>('#institutional-6 .copy-link')!;
  copy.click();
  await waitUntil(
    () => /লিংক কপি/.test(shadow(doc, '#services')!.querySelector('.charter > [role="status"]')?.textContent ?? ''),
    `${label}: the copy is announced`,
    {
      timeout: 10000,
    },
  );

  // English: the page's language changes, the English messages load, every element follows.
  doc.documentElement.lang = 'en';
  await waitUntil(
    () => shadow(doc, '#inline')?.querySelector('thead th')?.textContent?.trim() === 'No.',
    `${label}: the table turns English`,
    {
      timeout: 10000,
    },
  );
  await waitUntil(
    () => shadow(doc, 'service-search')?.querySelector('label')?.textContent?.trim() === 'Find a service',
    `${label}: the search turns English`,
    {
      timeout: 10000,
    },
  );
  expect(
    shadow(doc, 'officer-contact')!.querySelector('[part~="officer-name"]')!.textContent!.replace(/\s+/g, ' ').trim(),
    label,
  ).to.equal('Mr. Md. Milon Hossain');
}
