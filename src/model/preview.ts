import { type Charter, charterFromJson } from './charter.js';

/** Services in a preview: a first screen and more. */
const PREVIEW_SERVICES = 30;

/**
 * A large charter's first services and what comes before them in its text (the office, the officers), validated on
 * their own, to show while the rest comes and is validated; undefined when the text does not have that many services
 * yet, or they are not valid. Nothing unvalidated is ever shown. A module of its own, which only a page with a large
 * charter loads.
 */
export function previewOf(text: string): Charter | undefined {
  const json = firstServicesJson(text, PREVIEW_SERVICES);
  if (json === undefined) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return undefined;
  }
  const preview = charterFromJson(data, 'preview');
  return preview.ok ? preview.charter : undefined;
}

/**
 * The start of a charter's JSON text cut after its `count`th service (an element of some `serviceGroups[i].services`,
 * counted across groups) and closed, so that it parses: a large charter's first services, for its first screen, before
 * the rest of the text has come or been parsed. Undefined while the text does not reach that far. What it returns is
 * no more trusted than the text: it is validated as any charter is.
 */
export function firstServicesJson(text: string, count: number): string | undefined {
  // The containers open at `i`; an object's `key` is the key whose value is being read.
  const open: { object: boolean; key?: string; expectsKey?: boolean }[] = [];
  let services = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    const top = open[open.length - 1];
    if (char === '"') {
      const end = stringEnd(text, i);
      if (end < 0) return undefined;
      if (top?.object && top.expectsKey) {
        top.key = JSON.parse(text.slice(i, end + 1)) as string;
        top.expectsKey = false;
      }
      i = end;
    } else if (char === '{') open.push({ object: true, expectsKey: true });
    else if (char === '[') open.push({ object: false });
    else if (char === ',' && top?.object) top.expectsKey = true;
    else if (char === '}' || char === ']') {
      open.pop();
      if (char === '}' && inServices(open) && ++services === count)
        return (
          text.slice(0, i + 1) +
          open
            .map(({ object }) => (object ? '}' : ']'))
            .reverse()
            .join('')
        );
    }
  }
  return undefined;
}

/** Whether the innermost containers are the root's `serviceGroups`, a group, and its `services`. */
function inServices(open: { object: boolean; key?: string }[]): boolean {
  const [root, groups, group, services] = open;
  return (
    open.length === 4 &&
    root.object &&
    root.key === 'serviceGroups' &&
    !groups.object &&
    group.object &&
    group.key === 'services' &&
    !services.object
  );
}

/** The index of the quote that ends the string starting at `start`, or -1 when the text ends first. */
function stringEnd(text: string, start: number): number {
  for (let end = text.indexOf('"', start + 1); end >= 0; end = text.indexOf('"', end + 1)) {
    let backslashes = 0;
    while (text[end - 1 - backslashes] === '\\') backslashes++;
    if (backslashes % 2 === 0) return end;
  }
  return -1;
}
