import { expect } from '@open-wc/testing';
import { isHtml } from '../../src/import/formats.js';
import { htmlLines } from '../../src/import/html.js';
import { importLines, type ImportResult } from '../../src/import/import-lines.js';
import { textLines } from '../../src/import/input-lines.js';
import { validateCharter } from '../../src/model/validate.js';
import { CHARTERS } from './documents.js';

async function fixture(file: string): Promise<string> {
  return (await fetch(`/tests/fixtures/import/documents/${file}`)).text();
}

/**
 * A cell's text with white space and list separators aside: the text form writes a cell's list items separated by
 * "; " or inline ("১. … ২. …"), the HTML form on lines of their own (<br>).
 */
const normalized = (text: string) => text.replace(/;\s+/g, ' ').replace(/\s+/g, ' ').trim();

/** Every value in a charter by its path, array items that have an id named by it: `services[citizen-3].fee.text`. */
function valuesOf(value: unknown, path: string, values = new Map<string, string>()): Map<string, string> {
  if (Array.isArray(value))
    value.forEach((item, i) => {
      const id = item && typeof item === 'object' && 'id' in item ? (item as { id: string }).id : i;
      valuesOf(item, `${path}[${id}]`, values);
    });
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) valuesOf(item, path ? `${path}.${key}` : key, values);
  else values.set(path, typeof value === 'string' ? normalized(value) : String(value));
  return values;
}

/** What differs between two imports, one line per value: the whole charter, and the texts left unplaced. */
function differences(fromText: ImportResult, fromHtml: ImportResult): string[] {
  const expected = valuesOf(fromText.charter, '');
  const actual = valuesOf(fromHtml.charter, '');
  valuesOf(
    fromText.report.unplaced.map((line) => line.text),
    'unplaced',
    expected,
  );
  valuesOf(
    fromHtml.report.unplaced.map((line) => line.text),
    'unplaced',
    actual,
  );
  return [...new Set([...expected.keys(), ...actual.keys()])]
    .filter((path) => expected.get(path) !== actual.get(path))
    .map((path) => `${path}: text ${JSON.stringify(expected.get(path))}, html ${JSON.stringify(actual.get(path))}`);
}

const serviceIds = ({ charter }: ImportResult) => charter.serviceGroups.flatMap((g) => g.services.map((s) => s.id));

describe('htmlLines', () => {
  describe('the sample charters as HTML import as their text does', () => {
    for (const name of CHARTERS)
      it(name, async () => {
        const fromText = importLines(textLines(await fixture(`${name}.txt`)));
        const fromHtml = importLines(htmlLines(await fixture(`${name}.html`)));
        expect(serviceIds(fromHtml)).to.deep.equal(serviceIds(fromText));
        expect(serviceIds(fromHtml)).not.to.be.empty;
        expect(fromHtml.charter.officers?.map((o) => o.id)).to.deep.equal(fromText.charter.officers?.map((o) => o.id));
        expect(differences(fromText, fromHtml)).to.deep.equal([]);
        expect(validateCharter(fromHtml.charter).valid).to.equal(true);
      });
  });

  it('gives each paragraph and row the line it starts on, and each row its table and row number', async () => {
    const lines = htmlLines(await fixture('sample-pourashava.html'));
    expect(lines[0]).to.deep.equal({ line: 4, cells: ['গণপ্রজাতন্ত্রী বাংলাদেশ সরকার'] });
    expect(lines[7]).to.deep.include({ line: 12, place: 'table 1, row 1' });
    expect(lines[7].cells.slice(0, 2)).to.deep.equal(['ক্রমিক নং', 'সেবার নাম']);
    expect(lines[8].cells[3]).to.equal(
      '১. অনলাইনে (bdris.gov.bd) পূরণকৃত আবেদন ফরমের প্রিন্ট কপি।\n' +
        '২. ইপিআই টিকা কার্ড/ হাসপাতালের ছাড়পত্র/ শিক্ষাগত সনদের সত্যায়িত কপি।\n' +
        '৩. পিতা ও মাতার অনলাইন জন্ম নিবন্ধন সনদ ও জাতীয় পরিচয়পত্রের ফটোকপি।\n' +
        '৪. হোল্ডিং কর পরিশোধের রশিদ।',
    );
    expect(lines.find((line) => line.place === 'table 2, row 1')?.line).to.equal(32);
  });

  describe('a portal page', () => {
    const page = `<!DOCTYPE html>
<html lang="bn">
<head>
<meta charset="utf-8">
<title>সিটিজেন চার্টার | উপজেলা ভূমি অফিস</title>
<script>document.title = "<p>no content</p>";</script>
<style>p { margin: 0 } td > p::before { content: "<br>" }</style>
</head>
<body>
<nav><ul><li><a href="/">প্রথম পাতা</a></li><li><a href="/charter">সিটিজেন চার্টার</a></li></ul></nav>
<!-- <p>a comment is no content</p> -->
<h2>সেবা প্রদান প্রতিশ্রুতি&nbsp;(সিটিজেন চার্টার)</h2>
<p>উপজেলা ভূমি অফিস<br>
   শ্রীপুর,   মাগুরা</p>
<p>&nbsp;</p><p></p><br><br>
<table class="charter">
<thead>
<tr><th>সেবার ধরন</th><th>ক্রমিক নং</th><th>সেবার নাম</th><th colspan="2">প্রয়োজনীয় কাগজপত্র ও প্রাপ্তিস্থান</th><th>সেবার মূল্য</th><th>দায়িত্বপ্রাপ্ত কর্মকর্তা</th></tr>
</thead>
<tbody>
<tr>
  <td rowspan="2">নাগরিক সেবা</td><td>১</td><td>নামজারি ও জমাভাগ</td>
  <td>১. আবেদন ফরম<br>২. দলিলের সত্যায়িত কপি</td><td>ভূমি অফিস</td><td>১,১৭০/-&nbsp;টাকা</td>
  <td rowspan="2">সহকারী কমিশনার (ভূমি) &amp; সার্কেল অফিসার<br>মোবাইল: ০১৭০০-০০০০০০</td>
</tr>
<tr><td>২</td><td>খতিয়ানের   সার্টিফাইড
    কপি</td><td>আবেদন</td><td>ভূমি অফিস</td><td>বিনামূল্যে</td></tr>
</tbody>
</table>
<footer><p>সর্বশেষ হালনাগাদ: ০১/০৭/২০২৬</p></footer>
</body>
</html>`;

    it('reads headings, paragraphs and br-separated lines, and leaves out head, script, style, nav, comments and empty blocks', () => {
      expect(htmlLines(page).filter((line) => !line.place)).to.deep.equal([
        { line: 12, cells: ['সেবা প্রদান প্রতিশ্রুতি (সিটিজেন চার্টার)'] },
        { line: 13, cells: ['উপজেলা ভূমি অফিস'] },
        { line: 14, cells: ['শ্রীপুর, মাগুরা'] },
        { line: 30, cells: ['সর্বশেষ হালনাগাদ: ০১/০৭/২০২৬'] },
      ]);
    });

    it('gives each row its cells in column order: a colspan and a rowspan cell then empty cells', () => {
      expect(htmlLines(page).filter((line) => line.place)).to.deep.equal([
        {
          line: 18,
          place: 'table 1, row 1',
          cells: [
            'সেবার ধরন',
            'ক্রমিক নং',
            'সেবার নাম',
            'প্রয়োজনীয় কাগজপত্র ও প্রাপ্তিস্থান',
            '',
            'সেবার মূল্য',
            'দায়িত্বপ্রাপ্ত কর্মকর্তা',
          ],
        },
        {
          line: 21,
          place: 'table 1, row 2',
          cells: [
            'নাগরিক সেবা',
            '১',
            'নামজারি ও জমাভাগ',
            '১. আবেদন ফরম\n২. দলিলের সত্যায়িত কপি',
            'ভূমি অফিস',
            '১,১৭০/- টাকা',
            'সহকারী কমিশনার (ভূমি) & সার্কেল অফিসার\nমোবাইল: ০১৭০০-০০০০০০',
          ],
        },
        {
          line: 26,
          place: 'table 1, row 3',
          cells: ['', '২', 'খতিয়ানের সার্টিফাইড কপি', 'আবেদন', 'ভূমি অফিস', 'বিনামূল্যে', ''],
        },
      ]);
    });

    it('imports as a charter table', () => {
      const { charter } = importLines(htmlLines(page));
      expect(charter.office.name).to.equal('উপজেলা ভূমি অফিস');
      expect(charter.updated?.text).to.equal('০১/০৭/২০২৬');
      expect(charter.serviceGroups[0].services.map((s) => [s.id, s.name, s.documents, s.fee?.text])).to.deep.equal([
        ['services-1', 'নামজারি ও জমাভাগ', '১. আবেদন ফরম\n২. দলিলের সত্যায়িত কপি', '১,১৭০/- টাকা'],
        ['services-2', 'খতিয়ানের সার্টিফাইড কপি', 'আবেদন', 'বিনামূল্যে'],
      ]);
    });
  });

  describe('cells', () => {
    const row = (html: string) => htmlLines(`<table><tr>${html}</tr></table>`)[0].cells;

    it('break at <br>, p, div and li, collapse white space and drop empty lines', () => {
      expect(
        row(
          '<td><p>ক</p><p>&nbsp;</p><div>খ <b>গ</b></div><ul><li>ঘ</li><li>ঙ\tচ</li></ul>ছ<br><br>জ</td><th> ঝ </th>',
        ),
      ).to.deep.equal(['ক\nখ গ\nঘ\nঙ চ\nছ\nজ', 'ঝ']);
    });

    it('keep the lines of <pre>, and leave out scripts and styles', () => {
      expect(row('<td><pre>ক  খ\r\nগ\n\nঘ</pre></td>')).to.deep.equal(['ক খ\nগ\nঘ']);
      expect(row('<td>ক<script>"<br>"</script><style>b{}</style><template>খ</template></td>')).to.deep.equal(['ক']);
    });

    it('hold a nested table: its rows as lines, its cells joined by a space', () => {
      expect(
        row(
          '<td>ফি:<table><tr><td>আবেদন</td><td>৫০ টাকা</td></tr><tr><td>সনদ</td><td>১০০ টাকা</td></tr></table></td><td>শেষ</td>',
        ),
      ).to.deep.equal(['ফি:\nআবেদন ৫০ টাকা\nসনদ ১০০ টাকা', 'শেষ']);
    });

    it('end where the next cell or row starts, also inside an unclosed paragraph', () => {
      expect(htmlLines('<table><tr><td><p>ক<td><div>খ<tr><td>গ</table><p>ঘ')).to.deep.equal([
        { line: 1, cells: ['ক', 'খ'], place: 'table 1, row 1' },
        { line: 1, cells: ['গ'], place: 'table 1, row 2' },
        { line: 1, cells: ['ঘ'] },
      ]);
    });

    it('span rows until their row group ends, or to its end with rowspan="0", and keep rows of empty cells', () => {
      const lines = htmlLines(
        '<table><thead><tr><th rowspan="5">ক</th><th>খ</th></tr></thead>' +
          '<tbody><tr><td>গ</td><td rowspan="0">ঘ</td><td>ঙ</td></tr><tr><td>চ</td><td>ছ</td></tr><tr><td></td></tr></tbody><tbody><tr></tr><tr><td>জ</td></tr></tbody></table>',
      );
      expect(lines.map((line) => line.cells)).to.deep.equal([
        ['ক', 'খ'],
        ['গ', 'ঘ', 'ঙ'],
        ['চ', '', 'ছ'],
        ['', ''],
        ['জ'],
      ]);
      expect(lines[4].place).to.equal('table 1, row 5');
    });
  });

  it('reads rows and cells copied without their table, and a table standing in a layout table as a table of its own', () => {
    expect(htmlLines('<td>১</td> <td>জন্ম নিবন্ধন</td>')).to.deep.equal([
      { line: 1, cells: ['১', 'জন্ম নিবন্ধন'], place: 'table 1, row 1' },
    ]);
    expect(htmlLines('<tr><td>১</td><td>জন্ম নিবন্ধন</td></tr>\n<tr><td>২</td><td>মৃত্যু নিবন্ধন</td></tr>')).to.deep.equal([
      { line: 1, cells: ['১', 'জন্ম নিবন্ধন'], place: 'table 1, row 1' },
      { line: 2, cells: ['২', 'মৃত্যু নিবন্ধন'], place: 'table 1, row 2' },
    ]);
    const layout =
      '<table width="100%"><tr><td><h3>নাগরিক সেবা</h3>\n<table><caption>সেবা</caption><tr><td>১</td><td>জন্ম নিবন্ধন</td></tr></table></td></tr></table>';
    expect(htmlLines(layout)).to.deep.equal([
      { line: 1, cells: ['নাগরিক সেবা'] },
      { line: 2, cells: ['সেবা'] },
      { line: 2, cells: ['১', 'জন্ম নিবন্ধন'], place: 'table 1, row 1' },
    ]);
  });

  it('puts text misplaced between rows before the table, and ends an unclosed head at the first content', () => {
    expect(
      htmlLines(
        '<head><title>শিরোনাম</title><p>ক</p><table><colgroup><col></colgroup>খ<tr><td>গ</td></tr><p>চ</p></table>',
      ),
    ).to.deep.equal([
      { line: 1, cells: ['ক'] },
      { line: 1, cells: ['খ'] },
      { line: 1, cells: ['চ'] },
      { line: 1, cells: ['গ'], place: 'table 1, row 1' },
    ]);
    expect(htmlLines('<head><meta charset="utf-8"><title>শিরোনাম</title>\nঘ<br>ঙ')).to.deep.equal([
      { line: 2, cells: ['ঘ'] },
      { line: 2, cells: ['ঙ'] },
    ]);
  });
});

describe('isHtml', () => {
  it('knows the charters as HTML documents, and fragments with block tags', async () => {
    for (const name of CHARTERS) expect(isHtml(await fixture(`${name}.html`)), name).to.equal(true);
    expect(isHtml('<table><tr><td>১</td></tr></table>')).to.equal(true);
    expect(isHtml('ক্রমিক নং<BR/>সেবার নাম')).to.equal(true);
    expect(isHtml('<h2 class="title">সিটিজেন চার্টার</h2>')).to.equal(true);
    expect(isHtml('\uFEFF<!DOCTYPE html><html><body>সেবা</body></html>')).to.equal(true);
  });

  it('does not take charter text for HTML, also where it has a "<"', async () => {
    for (const name of CHARTERS) expect(isHtml(await fixture(`${name}.txt`)), name).to.equal(false);
    expect(isHtml('১\tভাতা\tবয়স < ৫ বছর\t<৫০০ টাকা\t<pre-approval>')).to.equal(false);
    expect(isHtml('ফি <= ১০০ টাকা; <b>নয়</b>, <span>')).to.equal(false);
  });
});
