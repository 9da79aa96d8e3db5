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
      console.warn(`charter-widgets: <${tag}> is already defined by version ${version ?? 'unknown'}; keeping it, not ${VERSION}.`);
    return;
  }
  Object.defineProperty(element, VERSION_KEY, { value: VERSION });
  customElements.define(tag, element);
}
