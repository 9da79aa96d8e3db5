/**
 * Where the search glossary's lines come from. Apart from the glossary itself so that the drop-in script's entry can
 * name the file without loading the search code, which a page loads only when it searches (src/base/charter-element.ts).
 */
export type GlossarySource = () => Promise<readonly string[]>;

let source: GlossarySource | undefined;

/** Where the glossary's lines come from; the first search loads them. */
export function setGlossarySource(load: GlossarySource): void {
  source = load;
}

export function glossarySource(): GlossarySource | undefined {
  return source;
}
