import { VERSION } from './version.js';

/** Marks each class this script defines, so a second copy of the script can tell which version it meets. */
const VERSION_KEY = Symbol.for('charter-widgets.version');

/**
 * Defines a tag unless the page already has it: a page that includes the drop-in script twice, even two versions,
 * gets no error. A different version already defined is kept, with a warning naming both.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag) as (CustomElementConstructor & { [VERSION_KEY]?: string }) | undefined;
  if (existing) {
    const version = existing[VERSION_KEY];
    if (version !== VERSION)
      console.warn(
        `charter-widgets: <${tag}> is already defined by version ${version ?? 'unknown'}; keeping it, not ${VERSION}.`,
      );
    return;
  }
  Object.defineProperty(element, VERSION_KEY, { value: VERSION });
  customElements.define(tag, element);
}

/**
 * Defines a tag once the document has such an element, loading its code only then: now, if the page's HTML has one,
 * or when one is added later; `room` (CSS) keeps the element's room meanwhile. Elements inside another component's
 * shadow root are not seen: such a page uses charter-widgets.classic.js, which defines every tag at once.
 */
export function defineOnFirstUse(tag: string, load: () => Promise<CustomElementConstructor>, room?: string): void {
  if (customElements.get(tag)) return;
  const define = () => {
    if (room) keepRoom(room);
    return load().then(
      (element) => defineElement(tag, element),
      (error: unknown) => console.error(`charter-widgets: could not load the code of <${tag}>`, error),
    );
  };
  if (document.querySelector(tag)) {
    define();
    return;
  }
  const isOrHas = (node: Node) =>
    node instanceof Element && (node.localName === tag || node.querySelector(tag) !== null);
  const observer = new MutationObserver((records) => {
    if (!records.some((record) => [...record.addedNodes].some(isOrHas))) return;
    observer.disconnect();
    define();
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** Adds styles to the page as a constructed style sheet, which a strict Content-Security-Policy allows. */
function keepRoom(css: string): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
