import { expect } from '@open-wc/testing';
import { utils, write } from '@e965/xlsx';
import { strToU8, zipSync } from 'fflate';
import { docxLines, isDocx } from '../../src/import/docx.js';
import { importLines, type ImportResult } from '../../src/import/import-lines.js';
import { textLines } from '../../src/import/input-lines.js';
import { validateCharter } from '../../src/model/validate.js';
import { CHARTERS } from './documents.js';

const fixture = (file: string) => fetch(`/tests/fixtures/import/documents/${file}`);

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/** A DOCX as bytes: the body XML in a document.xml with the parts Word needs around it, zipped with fflate. */
function docx(body: string, { prefix = 'w', extra = {} as Record<string, string> } = {}): Uint8Array {
  const document =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<${prefix}:document xmlns:${prefix}="${W}" xmlns:mc="${MC}" mc:Ignorable="w14">` +
    `<${prefix}:body>${prefix === 'w' ? body : body.replace(/(<\/?)w:/g, `$1${prefix}:`)}</${prefix}:body></${prefix}:document>`;
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    'word/document.xml': strToU8(document),
    ...Object.fromEntries(Object.entries(extra).map(([name, text]) => [name, strToU8(text)])),
  });
}

const p = (...runs: string[]) =>
  `<w:p><w:pPr><w:jc w:val="center"/><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>${runs.join('')}</w:p>`;
const r = (text: string) => `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;
const tc = (content: string, props = '') =>
  `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/>${props}</w:tcPr>${content}</w:tc>`;
const tr = (...cells: string[]) => `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cells.join('')}</w:tr>`;
const tbl = (...rows: string[]) =>
  `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol/></w:tblGrid>${rows.join('')}</w:tbl>`;

/** Collapses white space, and reads a list separator `; ` as the line break a document cell has between its items. */
const normalize = (text: string) => text.replace(/;\s+/g, '\n').replace(/\s+/g, ' ').trim();

/** Every leaf of a value with its path ("serviceGroups[0].services[2].fee.text"), strings normalized. */
function leaves(value: unknown, path = ''): Map<string, unknown> {
  const found = new Map<string, unknown>();
  const walk = (v: unknown, at: string) => {
    if (Array.isArray(v)) v.forEach((item, i) => walk(item, `${at}[${i}]`));
    else if (v && typeof v === 'object')
      for (const [key, item] of Object.entries(v)) walk(item, at ? `${at}.${key}` : key);
    else found.set(at, typeof v === 'string' ? normalize(v) : v);
  };
  walk(value, path);
  return found;
}

/**
 * How two imports differ in their services and officers, one line per differing cell or id: `path: "docx" ≠ "text"`,
 * white space and list separators aside. Services are named by group and id, so a missing or extra service shows as
 * such rather than shifting every cell after it.
 */
function differences(docx: ImportResult, text: ImportResult): string[] {
  const services = (result: ImportResult) =>
    new Map(result.charter.serviceGroups.flatMap((g) => g.services.map((s) => [`${g.id}/${s.id}`, s] as const)));
  const [a, b] = [services(docx), services(text)];
  const found: string[] = [];
  const ids = (m: Map<string, unknown>) => [...m.keys()].join(', ');
  if (ids(a) !== ids(b)) found.push(`service ids: [${ids(a)}] ≠ [${ids(b)}]`);
  const compare = (where: string, x: unknown, y: unknown) => {
    const [lx, ly] = [leaves(x), leaves(y)];
    for (const key of new Set([...lx.keys(), ...ly.keys()]))
      if (lx.get(key) !== ly.get(key))
        found.push(
          `${where}${!key || key.startsWith('[') ? '' : '.'}${key}: ${JSON.stringify(lx.get(key))} ≠ ${JSON.stringify(ly.get(key))}`,
        );
  };
  for (const id of new Set([...a.keys(), ...b.keys()])) compare(`service ${id}`, a.get(id), b.get(id));
  compare('officers', docx.charter.officers ?? [], text.charter.officers ?? []);
  return found;
}

describe('docxLines', () => {
  for (const name of CHARTERS)
    it(`reads ${name}.docx to the same services and officers as its text`, async () => {
      const bytes = new Uint8Array(await (await fixture(`${name}.docx`)).arrayBuffer());
      const fromDocx = importLines(docxLines(bytes));
      const fromText = importLines(textLines(await (await fixture(`${name}.txt`)).text()));
      expect(fromDocx.charter.serviceGroups.flatMap((g) => g.services)).to.not.be.empty;
      expect(differences(fromDocx, fromText)).to.deep.equal([]);
      expect(validateCharter(fromDocx.charter).valid).to.equal(true);
      // The rest of the charter too (office, vision, expectations, grievance), and the same lines left unplaced.
      expect(leaves(fromDocx.charter)).to.deep.equal(leaves(fromText.charter));
      const unplaced = (result: ImportResult) => result.report.unplaced.map((u) => normalize(u.text));
      expect(unplaced(fromDocx)).to.deep.equal(unplaced(fromText));
    });

  it('reports each differing cell, missing service and officer by its path (the comparison itself)', async () => {
    const text = await (await fixture('sample-union-parishad-field-format.txt')).text();
    const original = importLines(textLines(text));
    original.charter.serviceGroups[0].services[1].documents = 'ক\nখ';
    const changed = structuredClone(original);
    const services = changed.charter.serviceGroups[0].services;
    services[0].name = ` ${services[0].name}\n`; // white space aside: no difference
    services[1].documents = 'ক;  খ'; // list separators aside: no difference
    services[2].name = 'অন্য সেবা';
    services.pop();
    changed.charter.officers![0].name = 'অন্য নাম';
    const found = differences(changed, original);
    expect(found[0]).to.equal(
      'service ids: [services/services-1, services/services-2, services/services-3, services/services-4, services/services-5]' +
        ' ≠ [services/services-1, services/services-2, services/services-3, services/services-4, services/services-5, services/services-6]',
    );
    expect(found[1]).to.equal('service services/services-3.name: "অন্য সেবা" ≠ "ওয়ারিশ সনদ প্রদান"');
    expect(found).to.include('service services/services-6.name: undefined ≠ "ভিজিডি/ ভিজিএফ কার্ড বিতরণ"');
    expect(found.at(-1)).to.equal(
      `officers[0].name: "অন্য নাম" ≠ ${JSON.stringify(original.charter.officers![0].name)}`,
    );
    expect(found.filter((d) => !d.startsWith('service services/services-6.'))).to.have.length(3);
  });

  it('names where each line is: paragraphs outside tables, and rows by table', async () => {
    const bytes = new Uint8Array(await (await fixture('sample-pourashava.docx')).arrayBuffer());
    const lines = docxLines(bytes);
    expect(lines.map((l) => l.line)).to.deep.equal(lines.map((_, i) => i + 1));
    expect(lines[0]).to.deep.equal({ line: 1, cells: ['গণপ্রজাতন্ত্রী বাংলাদেশ সরকার'], place: 'paragraph 1' });
    expect(lines[7].place).to.equal('table 1, row 1');
    expect(lines[7].cells).to.have.length(8);
    expect(lines[8].cells[3]).to.match(/^১\. .+\n২\. /);
    // LibreOffice ends the body with an empty paragraph after the last table.
    expect(lines.at(-1)).to.deep.equal({ line: lines.length, cells: [''], place: 'paragraph 11' });
    expect(lines.at(-2)!.place).to.match(/^table 2, row \d+$/);
  });

  it('reads merged cells, line breaks, tabs and empty paragraphs exactly', () => {
    const body =
      p(r('সিটিজেন'), '<w:r><w:tab/><w:t>চার্টার</w:t><w:br/><w:t>মাগুরা</w:t></w:r>') +
      '<w:p/>' +
      tbl(
        tr(tc(p(r('ক্রমিক'))), tc(p(r('সেবার নাম'))), tc(p(r('সেবামূল্য'))), tc(p(r('কর্মকর্তা')))),
        tr(
          tc(p(r('১'))),
          tc(p(r('জন্ম নিবন্ধন')), '<w:gridSpan w:val="2"/><w:vMerge w:val="restart"/>'),
          tc(p(r('সচিব')), '<w:vMerge w:val="restart"/>'),
        ),
        tr(tc(p(r('২'))), tc(p(), '<w:gridSpan w:val="2"/><w:vMerge/>'), tc(p(), '<w:vMerge w:val="continue"/>')),
        tr(tc(p(r('৩'))), tc(p(r('ট্রেড লাইসেন্স')) + p(r('নবায়ন'))), tc(p(r('৫০০/-'))), tc(p(r('সচিব')))),
      ) +
      p(r('শেষ'));
    expect(docxLines(docx(body))).to.deep.equal([
      { line: 1, cells: ['সিটিজেন চার্টার\nমাগুরা'], place: 'paragraph 1' },
      { line: 2, cells: [''], place: 'paragraph 2' },
      { line: 3, cells: ['ক্রমিক', 'সেবার নাম', 'সেবামূল্য', 'কর্মকর্তা'], place: 'table 1, row 1' },
      { line: 4, cells: ['১', 'জন্ম নিবন্ধন', '', 'সচিব'], place: 'table 1, row 2' },
      { line: 5, cells: ['২', '', '', ''], place: 'table 1, row 3' },
      { line: 6, cells: ['৩', 'ট্রেড লাইসেন্স\nনবায়ন', '৫০০/-', 'সচিব'], place: 'table 1, row 4' },
      { line: 7, cells: ['শেষ'], place: 'paragraph 3' },
    ]);
  });

  it('keeps the text of links, content controls, smart tags, fields and tracked insertions, not of deletions', () => {
    const body =
      p(
        '<w:hyperlink r:id="rId4" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
        r('www.dis.magura.gov.bd'),
        '</w:hyperlink>',
      ) +
      '<w:sdt><w:sdtPr><w:alias w:val="অফিস"/></w:sdtPr><w:sdtContent>' +
      p('<w:smartTag w:uri="urn:x" w:element="place">', r('মাগুরা'), '</w:smartTag>', r(' জেলা')) +
      '</w:sdtContent></w:sdt>' +
      p(
        r('ফি '),
        '<w:ins w:id="1" w:author="a">',
        r('৫০'),
        '</w:ins><w:del w:id="2" w:author="a"><w:r><w:delText>২৫</w:delText></w:r></w:del>',
        '<w:moveFrom w:id="3" w:author="a">',
        r('সরানো'),
        '</w:moveFrom>',
        r('/- টাকা'),
      ) +
      p(
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE </w:instrText></w:r>',
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
        r('০১/০১/২০২৫'),
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
        '<w:fldSimple w:instr="PAGE">',
        r(' ৩'),
        '</w:fldSimple>',
      ) +
      p(
        r('A &amp; B &lt;C&gt; &quot;D&quot; &#2453;&#x0996;&#x110000;'),
        '<w:r><w:t><![CDATA[<E>]]></w:t><w:noBreakHyphen/><w:t>F</w:t></w:r>',
      );
    expect(docxLines(docx(body)).map((l) => l.cells)).to.deep.equal([
      ['www.dis.magura.gov.bd'],
      ['মাগুরা জেলা'],
      ['ফি ৫০/- টাকা'],
      ['০১/০১/২০২৫ ৩'],
      ['A & B <C> "D" কখ&#x110000;<E>-F'],
    ]);
  });

  it('joins a nested table into its cell, aligns rows that skip grid columns, and drops deleted rows', () => {
    const nested = tbl(tr(tc(p(r('আবেদন ফি'))), tc(p(r('১০০ টাকা')))), tr(tc(p(r('ভ্যাট'))), tc(p(r('১৫%')))));
    const body = tbl(
      tr(tc(p(r('১'))), tc(p(r('ফি:')) + nested + p(r('মোট ১১৫ টাকা')))),
      '<w:tr><w:trPr><w:gridBefore w:val="1"/><w:gridAfter w:val="2"/></w:trPr>' + tc(p(r('ডানে'))) + '</w:tr>',
      '<w:tr><w:trPr><w:del w:id="9" w:author="a"/></w:trPr>' +
        tc('<w:p><w:del w:id="8" w:author="a"><w:r><w:delText>x</w:delText></w:r></w:del></w:p>') +
        '</w:tr>',
      '<w:tr>' +
        tc(p(r('২')), '<w:tcPrChange w:id="7" w:author="a"><w:tcPr><w:gridSpan w:val="3"/></w:tcPr></w:tcPrChange>') +
        '</w:tr>',
    );
    expect(docxLines(docx(body))).to.deep.equal([
      { line: 1, cells: ['১', 'ফি:\nআবেদন ফি ১০০ টাকা\nভ্যাট ১৫%\nমোট ১১৫ টাকা'], place: 'table 1, row 1' },
      { line: 2, cells: ['', 'ডানে', '', ''], place: 'table 1, row 2' },
      { line: 3, cells: ['২'], place: 'table 1, row 4' },
    ]);
  });

  it('reads a text box once (not its VML fallback copy), before the paragraph it is anchored in', () => {
    const box = (text: string) => `<w:txbxContent>${p(r(text))}</w:txbxContent>`;
    const body = p(
      r('নোঙর'),
      `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx xmlns:wps="urn:wps">${box('বাক্স')}</wps:txbx></w:drawing></mc:Choice>`,
      `<mc:Fallback><w:pict><v:textbox xmlns:v="urn:v">${box('বাক্স')}</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>`,
    );
    expect(docxLines(docx(body)).map((l) => l.cells)).to.deep.equal([['বাক্স'], ['নোঙর']]);
  });

  it('reads the WordprocessingML namespace by its URI, whatever its prefix', () => {
    const body = p(r('সেবা')) + tbl(tr(tc(p(r('ক'))), tc(p(r('খ')))));
    expect(docxLines(docx(body, { prefix: 'ns0' })).map((l) => l.cells)).to.deep.equal([['সেবা'], ['ক', 'খ']]);
  });

  it('does not read headers and footers', () => {
    const footer = `<w:ftr xmlns:w="${W}">${p(r('পৃষ্ঠা ১'))}</w:ftr>`;
    expect(
      docxLines(docx(p(r('দেহ')), { extra: { 'word/footer1.xml': footer, 'word/header1.xml': footer } })),
    ).to.deep.equal([{ line: 1, cells: ['দেহ'], place: 'paragraph 1' }]);
  });

  it('reads a document.xml saved as UTF-16 with its byte order mark', () => {
    const xml = `<?xml version="1.0" encoding="UTF-16"?><w:document xmlns:w="${W}"><w:body>${p(r('সেবা'))}</w:body></w:document>`;
    const utf16 = new Uint8Array(2 + xml.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < xml.length; i++) utf16.set([xml.charCodeAt(i) & 0xff, xml.charCodeAt(i) >> 8], 2 + i * 2);
    expect(docxLines(zipSync({ 'word/document.xml': utf16 })).map((l) => l.cells)).to.deep.equal([['সেবা']]);
  });

  it('throws a clear error for a damaged DOCX', () => {
    const noDocument = zipSync({ 'word/styles.xml': strToU8('<w:styles/>') });
    expect(() => docxLines(noDocument)).to.throw(/no word\/document\.xml/);
    expect(() => docxLines(Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 1, 2, 3))).to.throw(/damaged DOCX/);
    expect(() => docxLines(new TextEncoder().encode('ক্রমিক নং'))).to.throw(/damaged DOCX/);
    const cut = zipSync({ 'word/document.xml': strToU8(`<w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>কাটা`) });
    expect(() => docxLines(cut)).to.throw(/damaged DOCX: word\/document\.xml ends inside w:t/);
    const crossed = zipSync({ 'word/document.xml': strToU8(`<w:document xmlns:w="${W}"><w:body><w:p></w:body>`) });
    expect(() => docxLines(crossed)).to.throw(/closes w:body where w:p is open/);
    const latin1 = zipSync({ 'word/document.xml': Uint8Array.of(0x3c, 0x61, 0xe9, 0x3e) });
    expect(() => docxLines(latin1)).to.throw(/word\/document\.xml is not UTF-8 text/);
    const broken = zipSync({ 'word/document.xml': strToU8(`<w:document xmlns:w="${W}"><w:body <</w:body>`) });
    expect(() => docxLines(broken)).to.throw(/not well-formed XML/);
  });
});

describe('isDocx', () => {
  it('knows a DOCX by its word/document.xml, and an XLSX, text or a damaged ZIP as no DOCX', async () => {
    expect(isDocx(docx(p(r('সেবা'))))).to.equal(true);
    expect(isDocx(new Uint8Array(await (await fixture('sample-pourashava.docx')).arrayBuffer()))).to.equal(true);
    const book = utils.book_new();
    utils.book_append_sheet(book, utils.aoa_to_sheet([['ক্রমিক নং', 'সেবার নাম']]), 'সেবা');
    expect(isDocx(new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer))).to.equal(false);
    expect(isDocx(new TextEncoder().encode('ক্রমিক নং\tসেবার নাম'))).to.equal(false);
    expect(isDocx(Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 1, 2, 3))).to.equal(false);
    expect(isDocx(new Uint8Array())).to.equal(false);
  });
});
