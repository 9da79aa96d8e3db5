/**
 * One line of input: a table row's cells, or a line of text as one cell; `line` is where it starts in the file
 * (1-based), or its number among the document's paragraphs and rows, and `place` says where it is in a document
 * that has no lines of its own ("table 2, row 5", "page 3").
 */
export interface InputLine {
  line: number;
  cells: string[];
  place?: string;
}

/**
 * Text as copied from Word, PDF or a web page: one InputLine per line, cells split at tabs (a Word or web table
 * copies as one line per row with its cells tab-separated). Empty lines are kept, as `{ cells: [''] }`, so that every
 * line keeps its number.
 */
export function textLines(text: string): InputLine[] {
  return text.split(/\r\n|\n|\r/).map((content, i) => ({ line: i + 1, cells: content.split('\t') }));
}
