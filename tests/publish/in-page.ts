import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

// What the tests of the publishing page (dist/publish.html) share: what a person does in the page, as functions that
// run in it in a tab of their own (over http or from the disk, file://: tests/publish/page-plugin.mjs) or in the test
// page, and running them there.

export const DOCUMENTS = '/tests/fixtures/import/documents';

/** A file as a test hands it to the page. */
export interface FileArg {
  name: string;
  base64: string;
}

/** How a charter comes into the page: a file chosen or dropped on the drop zone, or text pasted. */
export interface Source {
  file?: FileArg;
  /** The file dropped on the drop zone rather than chosen. */
  drop?: boolean;
  paste?: string;
}

/**
 * In the page, what a person does and sees, put on `window.publishTest` for the scenarios (they run from their source
 * in another tab, where they can reach nothing else). Run it first on every load.
 */
export function pageHelpers() {
  const until = async <T>(test: () => T, what: string): Promise<NonNullable<T>> => {
    for (const start = performance.now(); performance.now() - start < 20000;) {
      const value = test();
      if (value) return value as NonNullable<T>;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`timed out waiting for ${what}`);
  };
  const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const helpers = {
    until,
    text,
    /** The names of the services the preview shows. */
    previewNames: () => {
      const frame = document.querySelector('iframe');
      const services = frame?.contentDocument?.querySelector('charter-services')?.shadowRoot;
      return [...(services?.querySelectorAll('.services [part="service"] .service-name') ?? [])].map(text);
    },
    type: (field: Element, value: string) => {
      (field as HTMLInputElement).value = value;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    },
    /** The button labelled so, once it is there. */
    button: (label: string) =>
      until(() => [...document.querySelectorAll('button')].find((button) => text(button) === label), label),
    /** Brings a charter into the page, once the page is there. */
    bring: async ({ file, drop, paste }: Source) => {
      await until(() => document.querySelector('charter-publish #file'), 'the page');
      if (paste !== undefined) {
        document.querySelector<HTMLTextAreaElement>('#paste')!.value = paste;
        document.querySelector<HTMLButtonElement>('#paste + button')!.click();
        return;
      }
      const transfer = new DataTransfer();
      transfer.items.add(new File([Uint8Array.from(atob(file!.base64), (c) => c.charCodeAt(0))], file!.name));
      if (drop) {
        document
          .querySelector('.drop')!
          .dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
        return;
      }
      const input = document.querySelector<HTMLInputElement>('#file')!;
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    /** The report's summary line, once a charter is in. */
    summary: () => until(() => text(document.querySelector('.summary')), 'the summary'),
    /** The headings of the page's steps. */
    steps: () => [...document.querySelectorAll('h2')].map(text),
  };
  window.publishTest = helpers;
  return helpers;
}

declare global {
  interface Window {
    publishTest: ReturnType<typeof pageHelpers>;
  }
}

export interface ScenarioArg extends Source {
  /** How many services the preview shows once the charter is in. */
  services: number;
  /** A new name for the first service. */
  newName: string;
  scriptUrl: string;
}

export interface ScenarioResult {
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
 * address, and reads what the page then shows and offers.
 */
export async function scenario(arg: ScenarioArg): Promise<ScenarioResult> {
  const { until, text, previewNames, type, bring, summary } = window.publishTest;
  const started = performance.now();
  await bring(arg);
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
    summary: await summary(),
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

export interface Screenshot {
  name: string;
  lang: string;
  width: number;
  /** An element to scroll to first. */
  at?: string;
}

/** Screenshots at 360 and 1280 px, in Bangla and English, of the page's top and its steps 3 to 5. */
export function screenshots(name: string): Screenshot[] {
  const places = { top: undefined, edit: '#step-edit', preview: '#step-preview', output: '#step-output' };
  return [360, 1280].flatMap((width) =>
    ['bn', 'en'].flatMap((lang) =>
      Object.entries(places).map(([place, at]) => ({ name: `${name}-${width}-${lang}-${place}`, lang, width, at })),
    ),
  );
}

/** Runs steps in the page in a tab of its own, loading it again before each; fails on any error in the page. */
export async function runSteps(
  from: 'http' | 'file',
  // Each step's function takes an argument of its own.
  steps: { scenario: (arg: any) => Promise<unknown>; arg?: unknown }[],
  shots: Screenshot[] = [],
): Promise<unknown[]> {
  const id = await executeServerCommand('publish-open', { from });
  const results = [];
  let errors: string[];
  try {
    for (const { scenario, arg } of steps) {
      const helpers = pageHelpers.toString();
      const step = { id, helpers, scenario: scenario.toString(), arg: arg ?? {} };
      results.push(((await executeServerCommand('publish-step', step)) as { value: unknown }).value);
    }
    for (const shot of shots) await executeServerCommand('publish-screenshot', { id, ...shot });
  } finally {
    errors = (await executeServerCommand('publish-close', { id })) as string[];
  }
  expect(errors, 'errors in the page').to.deep.equal([]);
  return results;
}

export async function runPage(
  from: 'http' | 'file',
  arg: ScenarioArg,
  shots: Screenshot[] = [],
): Promise<ScenarioResult> {
  const [result] = await runSteps(from, [{ scenario, arg }], shots);
  return result as ScenarioResult;
}

/** A file of the test server, as a test hands it to the page. */
export async function fileArg(path: string, name = path.split('/').pop()!): Promise<FileArg> {
  return { name, base64: await base64Of(path) };
}
