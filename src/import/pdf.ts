/**
 * A PDF charter to input lines, from the PDF's text layer with pdf.js (pdfjs-dist, legacy build), loaded lazily so
 * that the rest of the importer never loads it. No DOM, no Node: pdf.js runs its "worker" in the same thread
 * (`globalThis.pdfjsWorker`), in Node and in a browser alike.
 *
 * What it does, page by page:
 * - Text: computed from pdf.js's operator list as a renderer would (text and transformation matrices, font size, glyph
 *   widths, spacing, TJ adjustments), giving each run of glyphs its exact extent; pdf.js's getTextContent is not used
 *   because it counts Bangla vowel signs as zero width, which makes its gaps and inferred spaces wrong. LibreOffice
 *   (and other producers) draw Bangla syllables whose glyphs are reordered (ে ি ৈ before the consonant, reph,
 *   conjuncts) inside `/Span <</ActualText …>> BDC … EMC` and map those glyphs to wrong or no characters; pdf.js drops
 *   ActualText, so this module reads the page's content stream itself (uncompressed or Flate) for the ActualText of
 *   every marked-content operator, pairs them in order with pdf.js's, and puts the ActualText in place of the span's
 *   glyphs. Spaces are the PDF's space glyphs, plus one across a gap of 0.2 em (0.6 em between two Bangla letters).
 *   A space glyph drawn on its own (between two spans) goes to the piece it touches; one drawn over other text is
 *   dropped. Inside a span, a glyph mapped to a space but wider than half an em is a letter a font subset put at code
 *   32 without a ToUnicode entry (pdf.js then names it space by the encoding): it adds no space to the ActualText.
 *   Then whitespace inside a Bangla syllable (before a vowel sign, hasanta, nukta, candrabindu, or after a hasanta
 *   inside a conjunct) is removed, by Unicode character class.
 * - Tables: from the page's ruling lines (stroked lines and rectangle edges, thin filled rectangles), found in the
 *   operator list: vertical lines give the column edges, horizontal lines spanning the table give the rows. Every text
 *   item inside a table is assigned to the column its start lies in and to the ruled row its baseline lies in; each
 *   ruled row is one InputLine with one cell per column. A row that a page break splits (the next page's table starts
 *   with a row whose first cell is empty) is joined to the row before it.
 * - Inside a cell, text lines are joined with a line break when the next line starts a list item (`১.`, `2)`, `ক)`,
 *   `*`, `•`, `-`), with nothing after a word-final hyphen (`ই-` / `মেইল`), and with a space otherwise (a wrapped
 *   sentence).
 * - Text outside tables: one InputLine per text line (pieces grouped by baseline, ordered by x), one cell.
 * `place` is `page P, line L` (L counts the page's output lines from the top), with `, uncertain` added when a cell
 * could not be placed with confidence; those are also listed by {@link pdfDocument}.
 *
 * Not supported: tables without ruling lines (their rows come out as one-cell lines, each marked uncertain when it has
 * wide gaps, split at them), rotated or vertical text, Type 3 fonts' own glyph metrics beyond their font matrix, PDFs
 * whose page objects are inside compressed object streams or that are encrypted (ActualText is then not read and
 * Bangla inside spans may come out garbled: every cell of such a page is marked uncertain), and scanned PDFs (refused
 * with {@link SCANNED_PDF}).
 */
import { unzlibSync } from 'fflate';
import type { InputLine } from './input-lines.js';

/** A cell placed by guess: where it went, and why it is uncertain. */
export interface UncertainCell {
  place: string;
  /** Index of the cell in its line's `cells`. */
  cell: number;
  text: string;
  reason: string;
}

export interface PdfDocument {
  lines: InputLine[];
  uncertain: UncertainCell[];
  pages: number;
}

/** The message of the error for a PDF without any text (a scan). */
export const SCANNED_PDF =
  'the PDF has no text layer (it is a scanned image): import the charter from its DOCX, or copy its text into a .txt file';

/** The PDF's lines; cells placed by guess have `uncertain` in their line's place (see {@link pdfDocument}). */
export async function pdfLines(bytes: Uint8Array): Promise<InputLine[]> {
  return (await pdfDocument(bytes)).lines;
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsPromise: Promise<PdfJs> | undefined;

/**
 * pdf.js with its worker running in this thread: the worker module sets `globalThis.pdfjsWorker`, which pdf.js uses
 * instead of starting a Worker (in Node it never starts one). In Node, pdf.js's main module builds a `DOMMatrix` when it
 * loads (it would take one from the optional native package @napi-rs/canvas); text extraction needs no more than a
 * matrix, so where there is no DOMMatrix a minimal one is put in place first, and pdf.js's warnings about the missing
 * canvas (for rendering, not used here) are not printed.
 */
function loadPdfJs(): Promise<PdfJs> {
  pdfjsPromise ??= (async () => {
    // @ts-expect-error -- the worker module has no type declarations; it is imported for its side effect.
    await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    const warn = console.warn;
    console.warn = (...args: unknown[]) => {
      if (!/^Warning: Cannot (load "@napi-rs\/canvas"|polyfill)/.test(String(args[0]))) warn(...args);
    };
    try {
      if (!('DOMMatrix' in globalThis)) (globalThis as Record<string, unknown>)['DOMMatrix'] = Matrix;
      return await import('pdfjs-dist/legacy/build/pdf.mjs');
    } finally {
      console.warn = warn;
    }
  })();
  return pdfjsPromise;
}

/** The part of DOMMatrix that pdf.js needs to load: a 2-D affine matrix. */
class Matrix {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;
  constructor(init?: ArrayLike<number>) {
    if (init && init.length >= 6)
      [this.a, this.b, this.c, this.d, this.e, this.f] = Array.from(init).slice(0, 6) as number[];
  }
  multiplySelf(m: Matrix): this {
    const { a, b, c, d, e, f } = this;
    [this.a, this.b, this.c, this.d] = [a * m.a + c * m.b, b * m.a + d * m.b, a * m.c + c * m.d, b * m.c + d * m.d];
    [this.e, this.f] = [a * m.e + c * m.f + e, b * m.e + d * m.f + f];
    return this;
  }
  preMultiplySelf(m: Matrix): this {
    const copy = new Matrix([m.a, m.b, m.c, m.d, m.e, m.f]).multiplySelf(this);
    Object.assign(this, { a: copy.a, b: copy.b, c: copy.c, d: copy.d, e: copy.e, f: copy.f });
    return this;
  }
  translateSelf(x = 0, y = 0): this {
    return this.multiplySelf(new Matrix([1, 0, 0, 1, x, y]));
  }
  scaleSelf(x = 1, y = x): this {
    return this.multiplySelf(new Matrix([x, 0, 0, y, 0, 0]));
  }
  multiply(m: Matrix): Matrix {
    return new Matrix([this.a, this.b, this.c, this.d, this.e, this.f]).multiplySelf(m);
  }
  translate(x = 0, y = 0): Matrix {
    return this.multiply(new Matrix([1, 0, 0, 1, x, y]));
  }
  scale(x = 1, y = x): Matrix {
    return this.multiply(new Matrix([x, 0, 0, y, 0, 0]));
  }
}

interface Piece {
  x: number;
  y: number;
  size: number;
  /** pdf.js's width; too small for Bangla (vowel signs count as zero width). */
  width: number;
  text: string;
}

interface Ruling {
  /** Vertical lines: x, from y0 to y1 (y0 < y1). */
  v: { x: number; y0: number; y1: number }[];
  /** Horizontal lines: y, from x0 to x1. */
  h: { y: number; x0: number; x1: number }[];
}

interface TableRegion {
  top: number;
  bottom: number;
  /** The outer left and right edges. */
  edges: number[];
  /** Row boundaries from the top, and each row's column edges (the vertical rules that cross it). */
  rows: number[];
  rowEdges: number[][];
}

interface OutRow {
  cells: string[];
  page: number;
  /** The page the row ends on, when a page break splits it. */
  endPage?: number;
  top: number;
  table?: { columns: number; firstEmpty: boolean; first: boolean; last: boolean };
  uncertain: { cell: number; reason: string }[];
}

export async function pdfDocument(bytes: Uint8Array): Promise<PdfDocument> {
  const pdfjs = await loadPdfJs();
  // pdf.js transfers (detaches) the buffer it is given: give it a copy.
  const task = pdfjs.getDocument({ data: bytes.slice(), verbosity: 0, isEvalSupported: false, useSystemFonts: false });
  const doc = await task.promise;
  const raw = new RawPdf(bytes);
  const rows: OutRow[] = [];
  let anyText = false;
  try {
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const list = await page.getOperatorList();
      const spans = raw.markedContent(page.ref ?? undefined);
      const fontMatrixOf = (name: string) => {
        try {
          return page.commonObjs.has(name)
            ? (page.commonObjs.get(name) as { fontMatrix?: number[] } | null)?.fontMatrix
            : undefined;
        } catch {
          return undefined;
        }
      };
      const { pieces, garbled } = textOf(list, pdfjs.OPS, spans, fontMatrixOf);
      if (pieces.length) anyText = true;
      const ruling = rulingOf(list, pdfjs.OPS);
      rows.push(...layoutPage(pieces, ruling, p, garbled));
      page.cleanup();
    }
  } finally {
    await task.destroy();
  }
  if (!anyText) throw new Error(SCANNED_PDF);
  return assemble(rows, doc.numPages);
}

// ---------------------------------------------------------------------------------------------------------------------
// Text from the operator list, with ActualText

type Mat = [number, number, number, number, number, number];
const IDENTITY: Mat = [1, 0, 0, 1, 0, 0];
/** m1 then m2 (PDF order: a point p goes to p × m1 × m2). */
const mul = (m1: Mat, m2: Mat): Mat => [
  m1[0] * m2[0] + m1[1] * m2[2],
  m1[0] * m2[1] + m1[1] * m2[3],
  m1[2] * m2[0] + m1[3] * m2[2],
  m1[2] * m2[1] + m1[3] * m2[3],
  m1[4] * m2[0] + m1[5] * m2[2] + m2[4],
  m1[4] * m2[1] + m1[5] * m2[3] + m2[5],
];
const toMat = (args: unknown): Mat | undefined => {
  const list = args as ArrayLike<number> | undefined;
  return list && list.length >= 6 ? (Array.from(list).slice(0, 6) as Mat) : undefined;
};

interface GlyphLike {
  unicode?: string;
  width?: number;
  isSpace?: boolean;
}

interface OperatorList {
  fnArray: number[];
  argsArray: unknown[];
}

/**
 * The page's text as pieces with exact extents, computed as a renderer does from the operator list (text matrix, font
 * size, glyph widths, character and word spacing, TJ adjustments), not from pdf.js's text items, whose widths count
 * Bangla vowel signs as zero. Glyphs inside a marked-content span with ActualText become one piece with that text.
 */
function textOf(
  list: OperatorList,
  OPS: Record<string, number>,
  spans: MarkedContent[] | undefined,
  fontMatrixOf: (name: string) => number[] | undefined,
): { pieces: Piece[]; garbled: boolean } {
  const pieces: Piece[] = [];
  let ctm: Mat = IDENTITY;
  const stack: Mat[] = [];
  let tm: Mat = IDENTITY;
  let lm: Mat = IDENTITY;
  let font = '';
  let fontSize = 10;
  let fontScale = 0.001;
  let charSpacing = 0;
  let wordSpacing = 0;
  let hScale = 1;
  let leading = 0;
  let rise = 0;
  const marks = list.fnArray.filter((fn) => fn === OPS.beginMarkedContentProps).length;
  const usable = spans !== undefined && spans.length === marks;
  let garbled = false;
  let mark = 0;
  const open: { actual?: string; piece?: Piece; lead?: boolean; trail?: boolean }[] = [];
  const moveText = (tx: number, ty: number) => {
    lm = mul([1, 0, 0, 1, tx, ty], lm);
    tm = lm;
  };
  for (let k = 0; k < list.fnArray.length; k++) {
    const fn = list.fnArray[k];
    const args = (list.argsArray[k] ?? []) as unknown[];
    switch (fn) {
      case OPS.save:
        stack.push(ctm);
        break;
      case OPS.restore:
        ctm = stack.pop() ?? IDENTITY;
        break;
      case OPS.transform:
        ctm = mul(toMat(args) ?? IDENTITY, ctm);
        break;
      case OPS.paintFormXObjectBegin:
        stack.push(ctm);
        ctm = mul(toMat(args[0]) ?? IDENTITY, ctm);
        break;
      case OPS.paintFormXObjectEnd:
        ctm = stack.pop() ?? IDENTITY;
        break;
      case OPS.beginText:
        tm = lm = IDENTITY;
        break;
      case OPS.setFont:
        font = String(args[0]);
        fontSize = Number(args[1]) || 0;
        fontScale = fontMatrixOf(font)?.[0] ?? 0.001;
        break;
      case OPS.setCharSpacing:
        charSpacing = Number(args[0]) || 0;
        break;
      case OPS.setWordSpacing:
        wordSpacing = Number(args[0]) || 0;
        break;
      case OPS.setHScale:
        hScale = (Number(args[0]) || 100) / 100;
        break;
      case OPS.setLeading:
        leading = Number(args[0]) || 0;
        break;
      case OPS.setTextRise:
        rise = Number(args[0]) || 0;
        break;
      case OPS.moveText:
        moveText(Number(args[0]), Number(args[1]));
        break;
      case OPS.setLeadingMoveText:
        leading = -Number(args[1]);
        moveText(Number(args[0]), Number(args[1]));
        break;
      case OPS.setTextMatrix:
        tm = lm = toMat(args.length === 1 ? args[0] : args) ?? IDENTITY;
        break;
      case OPS.nextLine:
        moveText(0, -leading);
        break;
      case OPS.beginMarkedContent:
      case OPS.beginMarkedContentProps: {
        const actual = fn === OPS.beginMarkedContentProps && usable ? spans![mark]?.actualText : undefined;
        if (fn === OPS.beginMarkedContentProps) {
          if (!usable && args[0] === 'Span') garbled = true;
          mark++;
        }
        const inside = open.some((o) => o.actual !== undefined);
        open.push({ actual: inside ? undefined : actual });
        break;
      }
      case OPS.endMarkedContent: {
        const closed = open.pop();
        if (closed?.piece)
          closed.piece.text = `${closed.lead ? ' ' : ''}${closed.piece.text}${closed.trail ? ' ' : ''}`;
        break;
      }
      case OPS.showText: {
        const span = open.find((o) => o.actual !== undefined);
        let current: Piece | undefined;
        for (const entry of (args[0] ?? []) as (GlyphLike | number | null)[]) {
          if (typeof entry === 'number') {
            tm = mul([1, 0, 0, 1, (-entry / 1000) * fontSize * hScale, 0], tm);
            continue;
          }
          if (!entry) continue;
          const advance =
            ((entry.width ?? 0) * fontScale * fontSize + charSpacing + (entry.isSpace ? wordSpacing : 0)) * hScale;
          const m = mul(mul([fontSize * hScale, 0, 0, fontSize, 0, rise], tm), ctm);
          const x0 = m[4];
          const y = m[5];
          const end = mul([1, 0, 0, 1, advance, 0], mul(tm, ctm));
          const x1 = end[4];
          const size = Math.hypot(m[2], m[3]) || fontSize;
          tm = mul([1, 0, 0, 1, advance, 0], tm);
          const target = span ?? undefined;
          if (target) {
            // A space glyph at either end of a span is kept: its ActualText may leave it out. A glyph mapped to a space
            // but wider than half an em is no space: a font subset put a letter at code 32 with no ToUnicode entry,
            // and the encoding's fallback names it space; the span's ActualText gives its text.
            if (entry.unicode === ' ' && (entry.width ?? 0) * fontScale <= 0.5) {
              if (!target.piece) target.lead = true;
              else target.trail = true;
            } else if (target.piece) target.trail = false;
            if (!target.piece) {
              target.piece = { x: Math.min(x0, x1), y, size, width: Math.abs(x1 - x0), text: target.actual! };
              pieces.push(target.piece);
            } else {
              const left = Math.min(target.piece.x, x0, x1);
              const right = Math.max(target.piece.x + target.piece.width, x0, x1);
              target.piece.x = left;
              target.piece.width = right - left;
            }
            continue;
          }
          // One glyph draws no space and a letter: a glyph mapped to " ন" by a faulty ToUnicode loses the space.
          // eslint-disable-next-line no-control-regex -- control characters are what it removes
          const unicode = (entry.unicode ?? '').replace(/[\u0000-\u001f\u007f]/g, '');
          const text = unicode.length > 1 && unicode.trim() ? unicode.trim() : unicode;
          if (
            current &&
            Math.abs(current.y - y) < 0.1 &&
            x0 >= current.x + current.width - 0.5 * size &&
            x0 <= current.x + current.width + 0.1 * size
          ) {
            current.text += text;
            current.width = Math.max(current.width, x1 - current.x);
          } else {
            current = { x: Math.min(x0, x1), y, size, width: Math.abs(x1 - x0), text };
            pieces.push(current);
          }
        }
        break;
      }
    }
  }
  // A space glyph drawn on its own (between two spans, or alone in a Tj) is a space between its neighbours: it goes to
  // the piece it touches, the one before it or else the one after it, instead of being lost with the empty piece. One
  // drawn over other text (LibreOffice draws spaces over a bracket, for instance) takes up no gap and is dropped.
  const overlapped = (piece: Piece) =>
    pieces.some(
      (other) =>
        other !== piece &&
        other.text.trim() &&
        Math.abs(other.y - piece.y) < 0.1 &&
        Math.min(other.x + other.width, piece.x + piece.width) - Math.max(other.x, piece.x) > 0.5 * piece.width,
    );
  pieces.forEach((piece, i) => {
    if (piece.text.trim() || !piece.text || overlapped(piece)) return;
    const touches = (other: Piece, at: number, from: number) =>
      other.text.trim() && Math.abs(other.y - piece.y) < 0.1 && Math.abs(at - from) <= 0.3 * piece.size;
    const before = pieces[i - 1];
    const after = pieces[i + 1];
    if (before && touches(before, before.x + before.width, piece.x) && !/\s$/.test(before.text)) before.text += ' ';
    else if (after && touches(after, piece.x + piece.width, after.x) && !/^\s/.test(after.text))
      after.text = ` ${after.text}`;
  });
  return { pieces: pieces.filter((piece) => piece.text.trim()), garbled };
}

interface MarkedContent {
  tag: string;
  actualText?: string;
}

/**
 * Just enough of a PDF reader to get a page's content stream: objects found by scanning for `N G obj` (so the
 * cross-reference table is not needed), streams inflated when FlateDecode. Objects inside object streams are not
 * found: then ActualText is not available.
 */
class RawPdf {
  private readonly text: string;
  private offsets: Map<string, number> | undefined;

  constructor(private readonly bytes: Uint8Array) {
    let text = '';
    for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    this.text = text;
  }

  private object(num: number, gen: number): number | undefined {
    if (!this.offsets) {
      this.offsets = new Map();
      // The last definition wins, as in an incrementally updated file.
      for (const m of this.text.matchAll(/(?:^|[\s>\]])(\d+)\s+(\d+)\s+obj\b/g))
        this.offsets.set(`${m[1]} ${m[2]}`, m.index! + m[0].length);
    }
    return this.offsets.get(`${num} ${gen}`);
  }

  private dictAt(start: number): string {
    const end = this.text.indexOf('endobj', start);
    const streamAt = this.text.indexOf('stream', start);
    return this.text.slice(start, streamAt >= 0 && (end < 0 || streamAt < end) ? streamAt : end < 0 ? undefined : end);
  }

  private stream(num: number, gen: number): Uint8Array | undefined {
    const start = this.object(num, gen);
    if (start === undefined) return undefined;
    const dict = this.dictAt(start);
    const m = /stream\r?\n/y;
    m.lastIndex = start + dict.length;
    if (!m.exec(this.text)) return undefined;
    const from = m.lastIndex;
    let to = this.text.indexOf('endstream', from);
    if (to < 0) return undefined;
    const length = /\/Length\s+(\d+)\s*(?=\/|>>)/.exec(dict);
    if (length && from + Number(length[1]) <= to) to = from + Number(length[1]);
    const data = this.bytes.subarray(from, to);
    const filters = /\/Filter\s*(\[[^\]]*\]|\/\w+)/.exec(dict)?.[1] ?? '';
    const names = filters.match(/\/\w+/g) ?? [];
    if (names.length === 0) return data;
    if (names.length === 1 && names[0] === '/FlateDecode' && !/\/DecodeParms/.test(dict)) {
      try {
        return unzlibSync(data);
      } catch {
        return undefined;
      }
    }
    return undefined;
  }

  /** The page's marked-content operators (BDC) in order, with their ActualText; undefined when unreadable. */
  markedContent(ref: { num: number; gen: number } | undefined): MarkedContent[] | undefined {
    if (!ref) return undefined;
    const start = this.object(ref.num, ref.gen);
    if (start === undefined) return undefined;
    const contents = /\/Contents\s*(\[[^\]]*\]|\d+\s+\d+\s+R)/.exec(this.dictAt(start))?.[1];
    if (!contents) return [];
    const found: MarkedContent[] = [];
    let stream = '';
    for (const r of contents.matchAll(/(\d+)\s+(\d+)\s+R/g)) {
      const data = this.stream(Number(r[1]), Number(r[2]));
      if (!data) return undefined;
      for (let i = 0; i < data.length; i += 0x8000) stream += String.fromCharCode(...data.subarray(i, i + 0x8000));
      stream += '\n';
    }
    for (const op of contentOperators(stream)) {
      if (op.op !== 'BDC') continue;
      const [tag, props] = op.operands;
      const actual =
        props && typeof props === 'object' && !Array.isArray(props)
          ? (props as Record<string, unknown>)['ActualText']
          : undefined;
      const actualText =
        actual && typeof actual === 'object' && 'str' in actual ? (actual as { str: string }).str : undefined;
      found.push({ tag: typeof tag === 'string' ? tag.replace(/^\//, '') : '', actualText });
    }
    return found;
  }
}

/**
 * A minimal content-stream tokenizer: yields each operator with its operands. Names keep their `/`; strings are
 * decoded to text (UTF-16BE with its BOM, else PDFDocEncoding as Latin-1); inline image data is skipped.
 */
function* contentOperators(s: string): Generator<{ op: string; operands: unknown[] }> {
  let i = 0;
  const n = s.length;
  const isWhite = (c: string) => c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '\f' || c === '\0';
  const isDelim = (c: string) => '()<>[]{}/%'.includes(c);
  const decodeString = (raw: string) =>
    raw.startsWith('\xfe\xff')
      ? Array.from({ length: (raw.length - 2) >> 1 }, (_, k) =>
          String.fromCharCode((raw.charCodeAt(2 + 2 * k) << 8) | raw.charCodeAt(3 + 2 * k)),
        ).join('')
      : raw;
  const value = (): unknown => {
    while (i < n) {
      const c = s[i]!;
      if (isWhite(c)) i++;
      else if (c === '%') while (i < n && s[i] !== '\n' && s[i] !== '\r') i++;
      else break;
    }
    if (i >= n) return undefined;
    const c = s[i]!;
    if (c === '(') {
      let depth = 1;
      let out = '';
      i++;
      while (i < n && depth) {
        const ch = s[i++]!;
        if (ch === '\\') {
          const e = s[i++]!;
          const map: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
          if (e in map) out += map[e];
          else if (/[0-7]/.test(e)) {
            let oct = e;
            while (oct.length < 3 && /[0-7]/.test(s[i] ?? '')) oct += s[i++];
            out += String.fromCharCode(parseInt(oct, 8) & 0xff);
          } else if (e === '\r') {
            if (s[i] === '\n') i++;
          } else if (e !== '\n') out += e;
        } else {
          if (ch === '(') depth++;
          else if (ch === ')' && --depth === 0) break;
          out += ch;
        }
      }
      return { str: decodeString(out) };
    }
    if (c === '<' && s[i + 1] === '<') {
      i += 2;
      const dict: Record<string, unknown> = {};
      for (;;) {
        const key = value();
        if (key === '>>' || key === undefined) break;
        const v = value();
        if (typeof key === 'string') dict[key.replace(/^\//, '')] = v;
        if (v === '>>') break;
      }
      return dict;
    }
    if (c === '>' && s[i + 1] === '>') {
      i += 2;
      return '>>';
    }
    if (c === '<') {
      const end = s.indexOf('>', i);
      let hex = s.slice(i + 1, end < 0 ? n : end).replace(/[^0-9a-fA-F]/g, '');
      i = end < 0 ? n : end + 1;
      if (hex.length % 2) hex += '0';
      let out = '';
      for (let k = 0; k < hex.length; k += 2) out += String.fromCharCode(parseInt(hex.slice(k, k + 2), 16));
      return { str: decodeString(out) };
    }
    if (c === '[') {
      i++;
      const arr: unknown[] = [];
      for (;;) {
        const v = value();
        if (v === ']' || v === undefined) break;
        arr.push(v);
      }
      return arr;
    }
    if (c === ']' || c === '{' || c === '}' || c === ')' || c === '>') {
      i++;
      return c;
    }
    const start = i;
    i++;
    while (i < n && !isWhite(s[i]!) && !isDelim(s[i]!)) i++;
    return s.slice(start, i);
  };
  let operands: unknown[] = [];
  for (;;) {
    const v = value();
    if (v === undefined) return;
    if (typeof v === 'string' && !v.startsWith('/') && !/^[+-]?(\d|\.)/.test(v) && v !== ']' && v !== '>>') {
      if (v === 'ID') {
        // Inline image data: skip to the EI that ends it.
        const end = s.slice(i).search(/\sEI(?=[\s]|$)/);
        i = end < 0 ? n : i + end + 3;
      }
      yield { op: v, operands };
      operands = [];
    } else operands.push(v);
  }
}

// ---------------------------------------------------------------------------------------------------------------------
// Ruling lines

function rulingOf(list: { fnArray: number[]; argsArray: unknown[] }, OPS: Record<string, number>): Ruling {
  const ruling: Ruling = { v: [], h: [] };
  let ctm = [1, 0, 0, 1, 0, 0];
  const stack: number[][] = [];
  const apply = (x: number, y: number): [number, number] => [
    ctm[0]! * x + ctm[2]! * y + ctm[4]!,
    ctm[1]! * x + ctm[3]! * y + ctm[5]!,
  ];
  const strokes = new Set([
    OPS.stroke,
    OPS.closeStroke,
    OPS.fillStroke,
    OPS.eoFillStroke,
    OPS.closeFillStroke,
    OPS.closeEOFillStroke,
  ]);
  const fills = new Set([
    OPS.fill,
    OPS.eoFill,
    OPS.fillStroke,
    OPS.eoFillStroke,
    OPS.closeFillStroke,
    OPS.closeEOFillStroke,
  ]);
  for (let k = 0; k < list.fnArray.length; k++) {
    const fn = list.fnArray[k];
    const args = list.argsArray[k] as unknown[];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? [1, 0, 0, 1, 0, 0];
    else if (fn === OPS.transform) {
      const [a, b, c, d, e, f] = args as number[];
      const m = ctm;
      ctm = [
        m[0]! * a! + m[2]! * b!,
        m[1]! * a! + m[3]! * b!,
        m[0]! * c! + m[2]! * d!,
        m[1]! * c! + m[3]! * d!,
        m[0]! * e! + m[2]! * f! + m[4]!,
        m[1]! * e! + m[3]! * f! + m[5]!,
      ];
    } else if (fn === OPS.constructPath) {
      const paintOp = args[0] as number;
      const data = (args[1] as ArrayLike<number>[] | null)?.[0];
      if (!data) continue;
      const stroked = strokes.has(paintOp);
      const filled = fills.has(paintOp);
      if (!stroked && !filled) continue;
      // Sub-paths as point lists (path codes: 0 moveTo, 1 lineTo, 2 curveTo, 3 quadraticCurveTo, 4 closePath).
      const subpaths: [number, number][][] = [];
      let current: [number, number][] = [];
      let curved = false;
      for (let j = 0; j < data.length;) {
        const code = data[j]!;
        if (code === 0) {
          if (current.length) subpaths.push(current);
          current = [apply(data[j + 1]!, data[j + 2]!)];
          j += 3;
        } else if (code === 1) {
          current.push(apply(data[j + 1]!, data[j + 2]!));
          j += 3;
        } else if (code === 2) {
          curved = true;
          current.push(apply(data[j + 5]!, data[j + 6]!));
          j += 7;
        } else if (code === 3) {
          curved = true;
          current.push(apply(data[j + 3]!, data[j + 4]!));
          j += 5;
        } else {
          if (current.length) current.push(current[0]!);
          j += 1;
        }
      }
      if (current.length) subpaths.push(current);
      if (curved) continue;
      for (const points of subpaths) {
        if (stroked) for (let j = 1; j < points.length; j++) addSegment(ruling, points[j - 1]!, points[j]!);
        if (filled && !stroked) {
          // A thin filled rectangle is a rule (Word draws table borders so).
          const xs = points.map((p) => p[0]);
          const ys = points.map((p) => p[1]);
          const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
          if (y1 - y0 < 2.5 && x1 - x0 > 3) ruling.h.push({ y: (y0 + y1) / 2, x0, x1 });
          else if (x1 - x0 < 2.5 && y1 - y0 > 3) ruling.v.push({ x: (x0 + x1) / 2, y0, y1 });
        }
      }
    }
  }
  return ruling;
}

function addSegment(ruling: Ruling, [ax, ay]: [number, number], [bx, by]: [number, number]): void {
  if (Math.abs(ay - by) < 0.5 && Math.abs(ax - bx) > 3)
    ruling.h.push({ y: (ay + by) / 2, x0: Math.min(ax, bx), x1: Math.max(ax, bx) });
  else if (Math.abs(ax - bx) < 0.5 && Math.abs(ay - by) > 3)
    ruling.v.push({ x: (ax + bx) / 2, y0: Math.min(ay, by), y1: Math.max(ay, by) });
}

/** Tables: groups of vertical rules that overlap in y; their distinct x's are the column edges. */
function tablesOf(ruling: Ruling): TableRegion[] {
  const vs = [...ruling.v].sort((a, b) => b.y1 - a.y1);
  const groups: { top: number; bottom: number; lines: typeof vs }[] = [];
  for (const v of vs) {
    const group = groups.find((g) => v.y1 > g.bottom + 1 && v.y0 < g.top - 1);
    if (group) {
      group.top = Math.max(group.top, v.y1);
      group.bottom = Math.min(group.bottom, v.y0);
      group.lines.push(v);
    } else groups.push({ top: v.y1, bottom: v.y0, lines: [v] });
  }
  const tables: TableRegion[] = [];
  for (const g of groups) {
    const edges = cluster(
      g.lines.map((v) => v.x),
      2,
    );
    if (edges.length < 3) continue;
    const left = edges[0]!;
    const right = edges[edges.length - 1]!;
    const rows = cluster(
      ruling.h
        .filter(
          (h) =>
            h.y <= g.top + 2 &&
            h.y >= g.bottom - 2 &&
            h.x0 <= left + (right - left) * 0.1 + 2 &&
            h.x1 >= right - (right - left) * 0.1 - 2,
        )
        .map((h) => h.y),
      2,
    ).sort((a, b) => b - a);
    const inner = rows.filter((y) => y < g.top - 2 && y > g.bottom + 2);
    const bounds = [g.top, ...inner, g.bottom];
    // A table's rows may have different column edges (two tables joined, a merged cell): each row takes the vertical
    // rules that cross it.
    const rowEdges = bounds.slice(0, -1).map((top, r) => {
      const bottom = bounds[r + 1]!;
      const crossing = cluster(
        g.lines.filter((v) => v.y1 >= top - 2 && v.y0 <= bottom + 2).map((v) => v.x),
        2,
      );
      return crossing.length >= 2 ? crossing : edges;
    });
    tables.push({ top: g.top, bottom: g.bottom, edges: [left, right], rows: bounds, rowEdges });
  }
  return tables;
}

function cluster(values: number[], tolerance: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && v - last[last.length - 1]! <= tolerance) last.push(v);
    else out.push([v]);
  }
  return out.map((c) => c.reduce((s, v) => s + v, 0) / c.length);
}

// ---------------------------------------------------------------------------------------------------------------------
// Layout

/** Pieces to text lines: grouped by baseline (within 40 % of the font size), each ordered by x. */
function textLinesOf(pieces: Piece[]): Piece[][] {
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { y: number; size: number; pieces: Piece[] }[] = [];
  for (const piece of sorted) {
    const line = lines.find((l) => Math.abs(l.y - piece.y) <= 0.4 * Math.max(l.size, piece.size));
    if (line) line.pieces.push(piece);
    else lines.push({ y: piece.y, size: piece.size, pieces: [piece] });
  }
  return lines.sort((a, b) => b.y - a.y).map((l) => l.pieces.sort((a, b) => a.x - b.x));
}

/** A text line's pieces joined: text as the PDF has it (its own spaces), and a space across a gap (0.2 em; 0.6 em between Bangla letters). */
function joinPieces(pieces: Piece[]): string {
  let out = '';
  let end = -Infinity;
  for (const piece of pieces) {
    // Between two Bangla letters a gap is more often a glyph drawn apart (a vowel sign, a reph) than a missing space.
    const bangla = /[\u0980-\u09FF]$/.test(out) && /^[\u0980-\u09FF]/.test(piece.text);
    if (out && piece.x - end > (bangla ? 0.6 : 0.2) * piece.size && !/\s$/.test(out) && !/^\s/.test(piece.text))
      out += ' ';
    out += piece.text;
    end = Math.max(end, piece.x + piece.width);
  }
  return repairBangla(out).replace(/\s+/g, ' ').trim();
}

const LIST_ITEM = /^(?:[০-৯0-9]{1,2}[.)]|[ক-হ][.)]|\(?[০-৯0-9ক-হa-z]{1,2}\)|[*•●▪‣◦-])\s/;

// An e-mail or web address at the end of a line. An address is at most 318 characters (RFC 5321): the line's end is
// enough to look at.
const ADDRESS_AT_END = /(?:[\w.+-]+@[\w.-]*|(?:https?:\/\/|www\.)[\w./-]*)$/i;
const ADDRESS_MAX = 320;

/**
 * Whether `line` goes on an e-mail or web address that `before` ends with, which a narrow column broke: at a dot, @,
 * hyphen or underscore, or before its last label had two letters (`…@gmail.c` and `om`).
 */
function continuesAddress(before: string, line: string): boolean {
  const address = ADDRESS_AT_END.exec(before.slice(-ADDRESS_MAX))?.[0];
  if (!address || !/^[\w.@/-]+(?:[\s,;)]|$)/.test(line)) return false;
  return (
    /[./@_-]$/.test(address) ||
    /^[./@_-]/.test(line) ||
    (address.includes('@') && !/@[\w-]+\./.test(address)) ||
    !/\.[a-z]{2,}$/i.test(address)
  );
}

/**
 * A cell's text lines joined: a line break before a list item, nothing after a word-final hyphen or inside an e-mail
 * or web address the column broke, else a space.
 */
export function joinCellLines(lines: string[]): string {
  let out = '';
  for (const line of lines.filter(Boolean)) {
    if (!out) out = line;
    else if (LIST_ITEM.test(line)) out += `\n${line}`;
    else if (/[\p{L}\p{M}\p{N}]-$/u.test(out)) out += line;
    else if (continuesAddress(out, line)) out += line;
    else out += ` ${line}`;
  }
  return out;
}

const BANGLA_SIGN = '\u0981-\u0983\u09BC\u09BE-\u09C4\u09C7\u09C8\u09CB-\u09CD\u09D7\u09E2\u09E3\u200C\u200D';
const BANGLA_CONSONANT = '\u0995-\u09B9\u09CE\u09DC-\u09DF\u09F0\u09F1';

/**
 * Whitespace a PDF text layer puts inside a Bangla syllable removed: before a combining sign (vowel sign, hasanta,
 * nukta, candrabindu, anusvara, visarga, au length mark, ZWJ/ZWNJ) that follows Bangla, and after a hasanta
 * before a consonant (inside a conjunct). Decided by character class only.
 */
export function repairBangla(text: string): string {
  return text
    .replace(new RegExp(`(?<=[\\u0980-\\u09FF])[ \\t]+(?=[${BANGLA_SIGN}])`, 'gu'), '')
    .replace(new RegExp(`(?<=\\u09CD)[ \\t]+(?=[${BANGLA_CONSONANT}])`, 'gu'), '');
}

function layoutPage(pieces: Piece[], ruling: Ruling, page: number, garbled: boolean): OutRow[] {
  const tables = tablesOf(ruling);
  const rows: OutRow[] = [];
  const inTable = (piece: Piece, t: TableRegion) =>
    piece.y < t.top && piece.y > t.bottom && piece.x >= t.edges[0]! - 2 && piece.x < t.edges[t.edges.length - 1]!;
  const free = pieces.filter((piece) => !tables.some((t) => inTable(piece, t)));
  for (const line of textLinesOf(free)) {
    const uncertain: OutRow['uncertain'] = [];
    // Wide gaps in a line outside any ruled table: separate cells, as a borderless table row would be.
    const parts: Piece[][] = [[]];
    let end = -Infinity;
    for (const piece of line) {
      if (parts[parts.length - 1]!.length && piece.x - end > 4 * piece.size) parts.push([]);
      parts[parts.length - 1]!.push(piece);
      end = Math.max(end, piece.x + piece.width);
    }
    const cells = parts.map(joinPieces);
    if (cells.length > 1)
      cells.forEach((_, cell) =>
        uncertain.push({ cell, reason: 'a line with wide gaps outside a ruled table: split into cells at the gaps' }),
      );
    if (garbled)
      cells.forEach((_, cell) =>
        uncertain.push({ cell, reason: 'Bangla drawn in spans whose ActualText could not be read' }),
      );
    rows.push({ cells, page, top: line[0]!.y, uncertain });
  }
  for (const t of tables) {
    const mine = pieces.filter((piece) => inTable(piece, t));
    const bands: OutRow[] = [];
    for (let r = 0; r + 1 < t.rows.length; r++) {
      const top = t.rows[r]!;
      const bottom = t.rows[r + 1]!;
      const edges = t.rowEdges[r]!;
      const columns = edges.length - 1;
      const inBand = mine.filter((piece) => piece.y < top && piece.y >= bottom);
      if (!inBand.length) continue;
      const cells: string[] = [];
      const uncertain: OutRow['uncertain'] = [];
      for (let c = 0; c < columns; c++) {
        const inCell = inBand.filter((piece) => {
          const column = columnOf(piece.x, edges);
          return column === c;
        });
        cells.push(joinCellLines(textLinesOf(inCell).map(joinPieces)));
        // A piece that runs over its column's right edge may belong to two cells.
        const overrun = inCell.some((piece) => piece.x + piece.width > edges[c + 1]! + 0.5 * piece.size);
        if (overrun) uncertain.push({ cell: c, reason: 'text runs over the column edge' });
        if (garbled) uncertain.push({ cell: c, reason: 'Bangla drawn in spans whose ActualText could not be read' });
      }
      bands.push({ cells, page, top, uncertain, table: { columns, firstEmpty: !cells[0], first: false, last: false } });
    }
    if (bands.length) {
      bands[0]!.table!.first = true;
      bands[bands.length - 1]!.table!.last = true;
    }
    rows.push(...bands);
  }
  return rows.sort((a, b) => b.top - a.top);
}

function columnOf(x: number, edges: number[]): number {
  for (let c = 0; c + 1 < edges.length; c++) if (x < edges[c + 1]! - 1) return c;
  return edges.length - 2;
}

/** Rows to input lines: a table row split by a page break joined to the row before it; places and uncertain cells. */
function assemble(rows: OutRow[], pages: number): PdfDocument {
  const joined: OutRow[] = [];
  for (const row of rows) {
    const previous = joined[joined.length - 1];
    if (
      row.table?.first &&
      row.table.firstEmpty &&
      previous?.table?.last &&
      (previous.endPage ?? previous.page) === row.page - 1 &&
      previous.table.columns === row.table.columns &&
      row.cells.some(Boolean)
    ) {
      previous.cells = previous.cells.map((cell, i) => joinCellLines([cell, row.cells[i] ?? '']));
      previous.uncertain.push(...row.uncertain);
      previous.table.last = row.table.last;
      previous.endPage = row.page;
      continue;
    }
    joined.push(row);
  }
  const lines: InputLine[] = [];
  const uncertain: UncertainCell[] = [];
  let page = 0;
  let lineOnPage = 0;
  joined.forEach((row, i) => {
    if (row.page !== page) {
      page = row.page;
      lineOnPage = 0;
    }
    lineOnPage++;
    const place = `page ${row.page}, line ${lineOnPage}`;
    const cellsUncertain = [...new Map(row.uncertain.map((u) => [u.cell, u.reason])).entries()];
    lines.push({ line: i + 1, cells: row.cells, place: cellsUncertain.length ? `${place}, uncertain` : place });
    for (const [cell, reason] of cellsUncertain) uncertain.push({ place, cell, text: row.cells[cell] ?? '', reason });
  });
  return { lines, uncertain, pages };
}
