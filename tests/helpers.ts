import { fixtureWrapper } from '@open-wc/testing-helpers';
import { setViewport } from '@web/test-runner-commands';
import { render, type TemplateResult } from 'lit';
import { setLocale } from '../src/charter-widgets-all.js';
import { glossaryLines } from '../src/generated/search-glossary.js';
import { setGlossarySource } from '../src/search/glossary-source.js';
import type { Text } from '../src/generated/charter-data.js';
import type { CharterData } from '../src/model/charter.js';
import type { Locale } from '../src/model/text.js';

/**
 * The drop-in script loads the search glossary from a file beside it in dist/; the tests run the sources, so they
 * hand it over directly (here for every test file that imports these helpers, and again after a test replaced it).
 */
export function useShippedGlossary(): void {
  setGlossarySource(async () => glossaryLines);
}
useShippedGlossary();

// Every test file that imports these helpers runs on a desktop-wide page, where <charter-services> shows tables: WTR
// opens its pages 800 px wide, a narrow container for it (cards up to 56em, 896 px). The phone tests set their widths.
before(() => setViewport({ width: 1280, height: 800 }));

/** The three real charters in data/, by file name. */
export const CHARTERS = ['kalukhali-doict', 'magura-dio', 'amalsar-up'] as const;

export async function loadData(name: string): Promise<CharterData> {
  const response = await fetch(`/data/${name}.json`);
  return (await response.json()) as CharterData;
}

/** A fresh deep copy, to break or change without touching the cached original. */
export async function copyOf(name: string): Promise<CharterData> {
  return structuredClone(await loadData(name));
}

/** Texts of the elements a person sees, trimmed and with runs of white space as one space. */
export function textsOf(root: ParentNode, selector: string): string[] {
  return [...root.querySelectorAll(selector)].map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim());
}

export function shadowOf(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no shadow root`);
  return el.shadowRoot;
}

/** Runs a test body in a UI locale, and always returns to Bangla. */
export async function inLocale(locale: Locale, body: () => Promise<void>): Promise<void> {
  await setLocale(locale);
  try {
    await body();
  } finally {
    await setLocale('bn');
  }
}

/** A bilingual text's value in one language, as the data holds it. */
export function textOf(text: Text | undefined, locale: Locale): string | undefined {
  if (text === undefined) return undefined;
  if (typeof text === 'string') return text;
  return text[locale] ?? text[locale === 'bn' ? 'en' : 'bn'];
}

/** A URL no other test uses, so the page-wide fetch cache never hands one test another's result. */
export function uniqueUrl(path: string): string {
  return `${path}?t=${Math.random().toString(36).slice(2)}`;
}

/**
 * Renders several elements side by side and waits until each has rendered. (open-wc's fixture() of a plain element
 * waits for an animation frame, which a test page in a background tab may never get.) Removed after each test.
 */
export async function mount(template: TemplateResult): Promise<HTMLElement> {
  const container = fixtureWrapper() as HTMLElement;
  render(template, container);
  const elements = [...container.querySelectorAll<Element & { updateComplete?: Promise<unknown> }>('*')];
  await Promise.all(elements.map((el) => el.updateComplete));
  return container;
}

/**
 * A charter's Bangla content with officers in place of their ids: what the importer must reproduce, whatever ids it
 * gives the officers and without the English translations.
 */
export function banglaContent(charter: CharterData): unknown {
  const officers = new Map((charter.officers ?? []).map(({ id, ...officer }) => [id, officer]));
  const walk = (value: unknown, key?: string): unknown => {
    if (Array.isArray(value))
      return key === 'officers' && typeof value[0] === 'string'
        ? value.map((id) => walk(officers.get(id)))
        : value.map((v) => walk(v));
    if (value && typeof value === 'object') {
      const object = value as Record<string, unknown>;
      const keys = Object.keys(object);
      if (keys.length && keys.every((k) => k === 'bn' || k === 'en') && 'bn' in object) return object.bn;
      return Object.fromEntries(
        keys
          .filter((k) => !(k === '$schema' || (key === undefined && (k === 'id' || k === 'officers'))))
          .map((k) => [k, walk(object[k], k)]),
      );
    }
    return value;
  };
  return walk(charter);
}
