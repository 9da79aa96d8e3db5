/**
 * What the hardening tests share: a page in an iframe that records every error, alert and CSP violation from its
 * first script on (tests/hardening/record.js, an external script so that it also runs under script-src 'self'), and
 * an audit of what the widgets put in their shadow roots.
 */
import { expect } from '@open-wc/testing';

/** What tests/hardening/record.js collects in a page. */
export interface Recorded {
  errors: string[];
  violations: string[];
  alerts: string[];
  /** Set by a payload that ran: every payload of these tests that executes sets it. */
  pwned?: unknown;
  /** Elements that can run or load something, added to the page's own DOM (not the shadow roots: see audit). */
  added?: string[];
}

export interface FramePage {
  frame: HTMLIFrameElement;
  window: Window & Recorded & typeof globalThis;
  document: Document;
}

/** Opens a page in an iframe of the test page: `head` goes before the recorder (a CSP <meta> must). */
export async function framePage(body: string, { lang = 'bn', head = '', width = 1024 } = {}): Promise<FramePage> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '600px';
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${head}
    <script src="/tests/hardening/record.js"></script></head><body>${body}</body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const window = frame.contentWindow as FramePage['window'];
  if (!Array.isArray(window.errors)) throw new Error('the recorder did not run in the page');
  return { frame, window, document: frame.contentDocument! };
}

/** Removes the frames framePage added. */
export function removeFrames(): void {
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
}

/**
 * Dialogs opened in this (the test) page, at any time: the stubs stay for the whole page, since a payload that runs
 * late (an <img onerror> once its request fails) would otherwise open a real dialog and stall the test run.
 */
const dialogs: string[] = [];
for (const name of ['alert', 'confirm', 'prompt', 'print'])
  (window as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
    dialogs.push(`${name}(${args.map(String).join(', ')})`);
    return name === 'confirm' ? false : null;
  };

/**
 * Records dialogs, errors, CSP violations, elements added to the page and a payload's flag (`window.pwned`) in this
 * (the test) page while `body` runs.
 */
export async function recordingHere(body: (recorded: Recorded) => Promise<void>): Promise<Recorded> {
  const recorded: Recorded = { errors: [], violations: [], alerts: [] };
  const w = window as unknown as Record<string, unknown>;
  const dialogsBefore = dialogs.length;
  const onError = (e: ErrorEvent) => recorded.errors.push(e.message);
  const onRejection = (e: PromiseRejectionEvent) => recorded.errors.push(String(e.reason));
  const onViolation = (e: SecurityPolicyViolationEvent) =>
    recorded.violations.push(`${e.violatedDirective}: ${e.blockedURI}`);
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onRejection);
  document.addEventListener('securitypolicyviolation', onViolation);
  delete w.pwned;
  const added: string[] = [];
  const watcher = new MutationObserver((records) => {
    for (const { addedNodes } of records)
      for (const node of addedNodes)
        if (node instanceof Element)
          for (const el of [node, ...node.querySelectorAll('*')])
            if (/^(img|script|style|link|iframe|object|embed|svg|math|base|meta|form)$/.test(el.localName))
              added.push(el.outerHTML.slice(0, 120));
  });
  watcher.observe(document, { childList: true, subtree: true });
  try {
    await body(recorded);
    recorded.pwned = w.pwned;
    recorded.added = added;
    recorded.alerts = dialogs.slice(dialogsBefore);
    return recorded;
  } finally {
    watcher.disconnect();
    delete w.pwned;
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
    document.removeEventListener('securitypolicyviolation', onViolation);
  }
}

/** Every element the widgets render, seen in clean renders of the three charters (and the error states). */
const TAGS = new Set([
  'a',
  'article',
  'br',
  'button',
  'caption',
  'code',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'h2',
  'h3',
  'header',
  'input',
  'label',
  'li',
  'mark',
  'ol',
  'p',
  'section',
  'span',
  'summary',
  'table',
  'tbody',
  'td',
  'th',
  'thead',
  'tr',
  'ul',
  'wbr',
  // The elements themselves, when an audit starts above them.
  'charter-services',
  'officer-contact',
  'service-search',
]);

/** Every attribute the widgets set. Data may reach only text, hrefs (checked below), aria-label and data-label. */
const ATTRIBUTES = new Set([
  'aria-activedescendant',
  'aria-autocomplete',
  'aria-busy',
  'aria-controls',
  'aria-expanded',
  'aria-label',
  'aria-selected',
  'autocomplete',
  'class',
  'data-label',
  'dir',
  'enterkeyhint',
  'for',
  'hidden',
  'href',
  'id',
  'lang',
  'open',
  'part',
  'placeholder',
  'role',
  'scope',
  'tabindex',
  'type',
  // The hosts' own attributes, set by a test.
  'officer',
  'print-preview',
  'query',
  'variant',
  'src',
  'sections',
  'group',
  'name',
  'designation',
  'office',
  'phone',
  'email',
  'limit',
]);
const HOSTS = new Set(['charter-services', 'officer-contact', 'service-search']);
/** Attributes whose value is meant to carry charter text. */
const TEXT_ATTRIBUTES = new Set(['aria-label', 'data-label', 'href']);

/** A plain address, written here rather than imported: a mailto: link carries nothing else (no ?cc=, %, quotes). */
const PLAIN_ADDRESS = /^[\w+-]+(\.[\w+-]+)*@[a-z\d]([a-z\d-]*[a-z\d])?(\.[a-z\d]([a-z\d-]*[a-z\d])?)*\.[a-z]{2,}$/i;

/** The problem with a link, or undefined when it is one the widgets may make: https, http, mailto and tel only. */
export function badHref(href: string): string | undefined {
  if (href === '#') return undefined;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return `href is no absolute URL: ${href}`;
  }
  if (url.href !== href && !href.startsWith('mailto:') && !href.startsWith('tel:'))
    return `href not as the URL parser writes it: ${href}`;
  switch (url.protocol) {
    case 'https:':
    case 'http:':
      return undefined;
    case 'mailto:':
      return PLAIN_ADDRESS.test(href.slice('mailto:'.length)) ? undefined : `mailto: of no plain address: ${href}`;
    case 'tel:':
      return /^tel:\+\d{7,15}$/.test(href) ? undefined : `tel: of no E.164 number: ${href}`;
    default:
      return `href of scheme ${url.protocol}: ${href}`;
  }
}

/**
 * What is wrong in the widgets' DOM under `root` (shadow roots included): an element or attribute the widgets never
 * make (a payload's <img>, <script>, <style>, an on* handler, a style=""), a link other than https/http/mailto/tel, or
 * one of `data` in an attribute that is not meant to carry text (a host's own attributes are the test's).
 */
export function audit(
  root: ParentNode,
  data: readonly string[] = [],
  ignore: ReadonlySet<string> = new Set(),
): string[] {
  const problems: string[] = [];
  const visit = (parent: ParentNode, inShadow: boolean) => {
    for (const el of parent.querySelectorAll('*')) {
      const where = `<${el.localName}${el.id ? `#${el.id}` : ''}>`;
      if (inShadow || HOSTS.has(el.localName)) {
        if (!TAGS.has(el.localName)) problems.push(`${where}: an element the widgets never make`);
        for (const { name, value } of el.attributes) {
          if (/^on/i.test(name)) problems.push(`${where}: event handler attribute ${name}="${value}"`);
          else if (!ATTRIBUTES.has(name)) problems.push(`${where}: attribute ${name}="${value.slice(0, 80)}"`);
          if (name === 'href') {
            const bad = badHref(value);
            if (bad) problems.push(`${where}: ${bad}`);
          }
          if (inShadow && !TEXT_ATTRIBUTES.has(name))
            for (const text of data)
              if (!ignore.has(text) && text.length >= 3 && value.includes(text))
                problems.push(`${where}: data in attribute ${name}="${value.slice(0, 80)}"`);
        }
      }
      if (el.shadowRoot) visit(el.shadowRoot, true);
    }
  };
  visit(root, root instanceof ShadowRoot);
  return problems;
}

/** The attribute values of a clean render: a naughty string that occurs in them anyway ("en", "true") is no finding. */
export function attributeValues(root: ParentNode): string[] {
  const values: string[] = [];
  const visit = (parent: ParentNode) => {
    for (const el of parent.querySelectorAll('*')) {
      for (const { value } of el.attributes) values.push(value);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(root);
  return values;
}

/** The visible text of an element, as a person sees it (not the visually hidden live regions). */
export function visibleText(el: Element): string {
  const root = el.shadowRoot ?? el;
  const parts: string[] = [];
  const walker = (el.ownerDocument ?? document).createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !node.textContent?.trim()) continue;
    const box = parent.getBoundingClientRect();
    if (box.width > 1 && box.height > 1 && parent.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
      parts.push(node.textContent);
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/**
 * Asserts that a list of findings is empty, naming the first ones: a deep-equal of thousands of findings against []
 * would have the test runner compute a diff for minutes.
 */
export function expectNone(findings: readonly string[] | undefined, what: string): void {
  const list = findings ?? [];
  const more = list.length > 15 ? `\n… and ${list.length - 15} more` : '';
  expect(list.length, `${what}: ${list.length}\n${list.slice(0, 15).join('\n')}${more}`).to.equal(0);
}

/**
 * Lets what a payload would do asynchronously happen while it is still recorded: every image under `root` (shadow roots
 * included; the widgets make none) has loaded or failed, so its onload or onerror has run, and a frame has passed
 * (a <details ontoggle>, an autofocus). Waits on the images' own events, not on time.
 */
export async function settle(root: ParentNode): Promise<void> {
  const images: HTMLImageElement[] = [];
  const visit = (parent: ParentNode) => {
    for (const el of parent.querySelectorAll('*')) {
      if (el.localName === 'img') images.push(el as HTMLImageElement);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(root);
  await Promise.all(
    images.map((img) =>
      img.complete
        ? undefined
        : new Promise((resolve) => (img.addEventListener('load', resolve), img.addEventListener('error', resolve))),
    ),
  );
  await nextFrame();
  await nextFrame();
}

/** Waits, without a fixed time, for the next frame (and its layout) of a window. */
export function nextFrame(w: Window = window): Promise<void> {
  return new Promise((resolve) => w.requestAnimationFrame(() => resolve()));
}
