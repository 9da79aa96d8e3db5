/**
 * An HTML page (a portal page saved from the browser, or HTML pasted from one) to input lines, in document order:
 *
 * - Outside tables every block (p, div, h1-h6, li, …) and every line of it that a `<br>` ends is one line of one cell;
 *   `line` is the source line where its text starts. Blocks with no text (`<p>&nbsp;</p>`, `<br><br>`) give no line:
 *   importLines skips lines without a filled cell, and the blank lines of the text form are spacing, not structure
 *   (the end of a table is `</table>` here, and `place` names each row's table).
 * - Each `<tr>` is one line whose cells are its `<td>`/`<th>` cells in column order, `line` being where the `<tr>`
 *   starts and `place` "table 2, row 5" (tables and rows counted from 1, header rows too). A `colspan` cell gives its
 *   text then empty cells; a `rowspan` cell gives its text in its first row and an empty cell in each row it spans,
 *   so that the columns stay aligned and every cell's text is in the lines once, as the page shows it (whether an
 *   empty officer cell under a spanning one means the same officer is for importLines to say, not the reader). A
 *   rowspan ends with its thead/tbody/tfoot; `rowspan="0"` spans to there. Rows without cells are skipped; rows of
 *   empty cells are kept.
 * - Inside a cell `<br>` and block boundaries (p, div, li, …) become `\n`, a nested table's rows too (its cells are
 *   joined with a space); runs of white space (`&nbsp;` too) become one space and each line is trimmed, empty ones
 *   dropped; `<pre>` keeps its line breaks. A list item gives its text without the number or bullet a browser draws.
 * - Not content: `<head>` (title included), `<script>`, `<style>`, `<noscript>`, `<template>`, `<svg>`, `<math>`,
 *   `<iframe>`, `<nav>`, comments. Other page chrome (menus built of divs, headers, footers) is read like any other
 *   text: lines before the charter that importLines takes for its letterhead or reports.
 * - A layout table (one cell per row, holding a table) is read as the blocks and tables in its cells, as old portal
 *   pages wrap their content in one. Layout tables of several columns are read as charter tables.
 *
 * Forgiving like a browser where charters need it: a `<td>`, `<tr>` or `<tbody>` closes the open one of its table
 * even inside an unclosed `<p>`, and `<tr>`/`<td>` outside any `<table>` form a table. Entities are decoded.
 *
 * Size, measured with esbuild 0.28 (`--bundle --minify --format=esm` of this file alone): 56.2 KB minified, 24.0 KB
 * gzip (22.2 KB brotli). This file is 4.3 KB of it; htmlparser2's Tokenizer and Parser 26.0 KB; the entity decoder
 * with its table of every named HTML entity 25.8 KB (the Tokenizer imports it even with decodeEntities off).
 * No DOM, no Node: a web page can use it too.
 */
import { Parser } from 'htmlparser2';
import type { InputLine } from './input-lines.js';

interface Element {
  name: string;
  attribs: Record<string, string>;
  start: number;
  children: Node[];
}
interface Text {
  text: string;
  start: number;
}
type Node = Element | Text;

const BLOCK = new Set(
  (
    'address article aside blockquote body caption center dd details dialog dir div dl dt fieldset figcaption figure ' +
    'footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu nav ol p pre section summary table tbody ' +
    'td tfoot th thead tr ul'
  ).split(' '),
);
const SKIP = new Set('head title script style noscript template svg math iframe nav'.split(' '));
/** What may stand in `<head>`: anything else (or text) ends a `<head>` the page did not close, as in a browser. */
const IN_HEAD = new Set(['title', 'meta', 'link', 'base', 'style', 'script', 'noscript', 'template']);
const CELL = new Set(['td', 'th']);
const ROW_GROUP = new Set(['thead', 'tbody', 'tfoot']);
const TABLE_PART = new Set(['tr', ...CELL, ...ROW_GROUP]);

export function htmlLines(html: string): InputLine[] {
  const lineOf = lineCounter(html);
  const lines: InputLine[] = [];
  let tables = 0;
  let blocks = new TextLines();

  const flush = () => {
    for (const { text, start } of blocks.take()) lines.push({ line: lineOf(start), cells: [text] });
  };

  const walk = (node: Node, pre = false): void => {
    if (!('name' in node)) return blocks.add(node.text, node.start, pre);
    if (SKIP.has(node.name)) return;
    if (node.name === 'br') return blocks.break();
    if (node.name === 'table') return table(node);
    const block = BLOCK.has(node.name);
    if (block) blocks.break();
    walkChildren(node.children, pre || node.name === 'pre');
    if (block) blocks.break();
  };

  // Rows and cells outside any table (a fragment copied from inside one) make a table of their own.
  const walkChildren = (nodes: Node[], pre: boolean) => {
    let loose: Node[] = [];
    const looseTable = () => {
      if (loose.some((node) => 'name' in node)) table(element('table', loose[0].start, loose));
      loose = [];
    };
    for (const node of nodes) {
      if ('name' in node ? TABLE_PART.has(node.name) : loose.length && !node.text.trim()) loose.push(node);
      else {
        looseTable();
        walk(node, pre);
      }
    }
    looseTable();
  };

  const table = (node: Element) => {
    flush();
    const { rows, caption, fostered } = tableParts(node);
    // As a browser does, text and elements misplaced between rows come before the table, then its caption.
    for (const other of fostered) walk(other);
    if (caption) walk(caption);
    flush();
    if (rows.every((row) => row.cells.length <= 1) && rows.some((row) => row.cells.some(holdsTable))) {
      for (const row of rows) for (const cell of row.cells) walk(element('div', cell.start, cell.children));
      return flush();
    }
    const number = ++tables;
    let count = 0;
    let spans: number[] = [];
    for (const row of rows) {
      if (row.groupStart) spans = [];
      // The columns that cells of rows above still cover; they are empty cells in this row.
      const covered = spans.map((n) => n > 0);
      spans = spans.map((n) => Math.max(0, n - 1));
      const cells: string[] = [];
      let column = 0;
      for (const cell of row.cells) {
        while (covered[column]) cells[column++] = '';
        const colspan = Math.min(Math.max(integer(cell.attribs.colspan, 1), 1), 1000);
        const rowspan = integer(cell.attribs.rowspan, 1);
        for (let i = 0; i < colspan; i++) {
          cells[column + i] = i ? '' : cellText(cell);
          spans[column + i] = rowspan === 0 ? Infinity : Math.min(Math.max(rowspan, 1), 65534) - 1;
        }
        column += colspan;
      }
      const width = Math.max(column, covered.lastIndexOf(true) + 1);
      if (!width) continue;
      lines.push({
        line: lineOf(row.start),
        cells: Array.from({ length: width }, (_, i) => cells[i] ?? ''),
        place: `table ${number}, row ${++count}`,
      });
    }
  };

  walkChildren(parse(html).children, false);
  flush();
  return lines;

  function cellText(cell: Element): string {
    const saved = blocks;
    blocks = new TextLines();
    const inCell = (node: Node, pre: boolean): void => {
      if (!('name' in node)) return blocks.add(node.text, node.start, pre);
      if (SKIP.has(node.name)) return;
      if (node.name === 'br') return blocks.break();
      // A nested table: its rows are lines of the cell, its cells joined by a space.
      if (CELL.has(node.name)) blocks.add(' ', node.start, false);
      const block = BLOCK.has(node.name) && !CELL.has(node.name);
      if (block) blocks.break();
      for (const child of node.children) inCell(child, pre || node.name === 'pre');
      if (block) blocks.break();
    };
    for (const child of cell.children) inCell(child, false);
    const text = blocks
      .take()
      .map((line) => line.text)
      .join('\n');
    blocks = saved;
    return text;
  }
}

/** The lines of a block or a cell as they come, each with where its first visible character is in the source. */
class TextLines {
  private lines: Text[] = [];
  private open = false;

  add(text: string, start: number, pre: boolean): void {
    if (pre) {
      // In <pre> a line break is a line break; everywhere else it is white space.
      const lineBreak = /\r\n?|\n/g;
      let from = 0;
      for (let match; (match = lineBreak.exec(text)); from = lineBreak.lastIndex) {
        this.add(text.slice(from, match.index), start + from, false);
        this.break();
      }
      return this.add(text.slice(from), start + from, false);
    }
    if (!this.open) {
      const visible = text.search(/\S/);
      if (visible < 0) return;
      this.lines.push({ text: '', start: start + visible });
      this.open = true;
    }
    this.lines[this.lines.length - 1].text += text;
  }

  break(): void {
    this.open = false;
  }

  /** The lines so far, white space collapsed and trimmed, empty ones dropped; and a fresh start. */
  take(): Text[] {
    const lines = this.lines.map(({ text, start }) => ({ text: text.replace(/\s+/g, ' ').trim(), start }));
    this.lines = [];
    this.open = false;
    return lines.filter((line) => line.text);
  }
}

interface Row {
  start: number;
  cells: Element[];
  /** The first row of a thead, tbody or tfoot: a rowspan ends with its group. */
  groupStart: boolean;
}

/** A table's rows (also cells standing in it without a row), its caption and whatever else is misplaced in it. */
function tableParts(table: Element): { rows: Row[]; caption?: Element; fostered: Node[] } {
  const rows: Row[] = [];
  const fostered: Node[] = [];
  let caption: Element | undefined;
  let groupStart = true;
  let loose: Row | undefined;
  const visit = (nodes: Node[]) => {
    for (const node of nodes) {
      if (!('name' in node)) {
        if (node.text.trim()) fostered.push(node);
        continue;
      }
      if (CELL.has(node.name)) {
        if (!loose) rows.push((loose = { start: node.start, cells: [], groupStart }));
        loose.cells.push(node);
        groupStart = false;
        continue;
      }
      loose = undefined;
      if (node.name === 'tr') {
        rows.push({ start: node.start, cells: node.children.filter(isCell), groupStart });
        groupStart = false;
      } else if (ROW_GROUP.has(node.name)) {
        groupStart = true;
        visit(node.children);
        groupStart = true;
      } else if (node.name === 'caption') caption ??= node;
      else if (node.name !== 'colgroup' && node.name !== 'col') fostered.push(node);
    }
  };
  visit(table.children);
  return { rows, caption, fostered };
}

function isCell(node: Node): node is Element {
  return 'name' in node && CELL.has(node.name);
}

function holdsTable(node: Element): boolean {
  return node.children.some((child) => 'name' in child && (child.name === 'table' || holdsTable(child)));
}

function element(name: string, start: number, children: Node[]): Element {
  return { name, attribs: {}, start, children };
}

function integer(value: string | undefined, fallback: number): number {
  const n = parseInt(value ?? '', 10);
  return Number.isNaN(n) ? fallback : n;
}

/** The 1-based line of a position in the text. */
function lineCounter(text: string): (index: number) => number {
  const breaks = [...text.matchAll(/\r\n?|\n/g)].map((match) => match.index);
  return (index) => {
    let low = 0;
    let high = breaks.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (breaks[middle] < index) low = middle + 1;
      else high = middle;
    }
    return low + 1;
  };
}

/**
 * The element tree, from htmlparser2's events. Our own stack mends what htmlparser2 leaves to the tree builder: a
 * cell, row or row group closes the open one of its table (htmlparser2 nests `<td>` in an unclosed `<p>` of the cell
 * before), a closing tag closes nothing beyond its table, and content ends an unclosed `<head>`.
 */
function parse(html: string): Element {
  const root = element('#root', 0, []);
  const stack: Element[] = [root];
  const top = () => stack[stack.length - 1];
  /** Pops through the innermost open element named in `names`, looking no further than the innermost table. */
  const close = (names: Set<string> | string, table = false) => {
    for (let i = stack.length - 1; i > 0; i--) {
      const { name } = stack[i];
      if (typeof names === 'string' ? name === names : names.has(name)) return void (stack.length = i);
      if (name === 'table' && !table) return;
    }
  };
  const leaveHead = () => {
    if (stack.some((el) => el.name === 'head')) close('head');
  };
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (!IN_HEAD.has(name)) leaveHead();
        if (CELL.has(name)) close(CELL);
        else if (name === 'tr') close('tr');
        else if (ROW_GROUP.has(name)) close(ROW_GROUP);
        const el = element(name, parser.startIndex, []);
        el.attribs = attribs;
        top().children.push(el);
        stack.push(el);
      },
      onclosetag(name) {
        close(name, name === 'table');
      },
      ontext(text) {
        if (top().name === 'head' && text.trim()) leaveHead();
        top().children.push({ text, start: parser.startIndex });
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return root;
}
