import { expect } from '@open-wc/testing';
import { importLines } from '../../src/import/import-lines.js';
import { textLines } from '../../src/import/input-lines.js';
import { isPdf } from '../../src/import/formats.js';
import { joinCellLines, pdfDocument, pdfLines, repairBangla, SCANNED_PDF } from '../../src/import/pdf.js';
import { CHARTERS, emptyPdf } from './documents.js';
import { validateCharter } from '../../src/model/validate.js';

const base = '/tests/fixtures/import/documents';
const bytesOf = async (path: string) => new Uint8Array(await (await fetch(path)).arrayBuffer());

/** A cell's value for comparison: whitespace and list separators (`;`, line breaks) aside. */
const normalized = (value: unknown) => JSON.stringify(value ?? null).replace(/\\n|\\t|;|\s/g, '');

describe('pdfLines', function () {
  this.timeout(60000);

  for (const name of CHARTERS) {
    it(`reads ${name}.pdf as its text gives it: the same services, at least 95 % of cells exact, valid`, async () => {
      const fromPdf = importLines(await pdfLines(await bytesOf(`${base}/${name}.pdf`)));
      const fromText = importLines(textLines(await (await fetch(`${base}/${name}.txt`)).text()));
      const pdfServices = fromPdf.charter.serviceGroups.flatMap((group) => group.services);
      const textServices = fromText.charter.serviceGroups.flatMap((group) => group.services);
      expect(pdfServices.length).to.equal(textServices.length);
      let exact = 0;
      let total = 0;
      textServices.forEach((expected, i) => {
        const actual = (pdfServices[i] ?? {}) as unknown as Record<string, unknown>;
        const wanted = expected as unknown as Record<string, unknown>;
        for (const key of new Set([...Object.keys(actual), ...Object.keys(wanted)])) {
          if (key === 'id') continue;
          total++;
          if (normalized(actual[key]) === normalized(wanted[key])) exact++;
        }
      });
      const share = exact / total;
      console.log(`${name}.pdf: ${exact}/${total} service cells exact (${(100 * share).toFixed(1)} %)`);
      expect(share).to.be.at.least(0.95);
      const validation = validateCharter(fromPdf.charter);
      expect(validation.valid ? [] : validation.issues).to.deep.equal([]);
    });
  }

  it('spaces sample-upazila-agriculture-office.pdf as its text does: the same groups, expectations and grievance levels', async () => {
    // Its Bangla font subset puts ন at code 32 (drawn inside ActualText spans, with no ToUnicode entry), and some spaces
    // are drawn on their own between two spans: neither may add or lose a space.
    const name = 'sample-upazila-agriculture-office';
    const pdf = await pdfLines(await bytesOf(`${base}/${name}.pdf`));
    const fromPdf = importLines(pdf).charter;
    const fromText = importLines(textLines(await (await fetch(`${base}/${name}.txt`)).text())).charter;
    const groups = (charter: typeof fromPdf) =>
      charter.serviceGroups.map((group) => [group.id, group.services.map((service) => service.id)]);
    expect(groups(fromPdf)).to.deep.equal(groups(fromText));
    expect(groups(fromPdf).map(([id]) => id)).to.deep.equal(['citizen', 'institutional']);
    expect(normalized(fromPdf.expectations)).to.equal(normalized(fromText.expectations));
    expect(normalized(fromPdf.grievance)).to.equal(normalized(fromText.grievance));
    expect(fromPdf.grievance?.levels).to.have.length(3);
    const lines = pdf.map((line) => line.cells.join(' | '));
    expect(lines).to.include('২.২ প্রাতিষ্ঠানিক সেবা');
    expect(lines).to.include('৩. আপনার কাছে আমাদের প্রত্যাশা');
    expect(lines).to.include('৩. ফসলে রোগবালাই দেখা দেওয়ার সাথে সাথে উপসহকারী কৃষি কর্মকর্তাকে জানানো।');
    expect(lines).to.include(
      'ক্রমিক নং | কখন যোগাযোগ করবেন | কার সঙ্গে যোগাযোগ করবেন | যোগাযোগের ঠিকানা | নিষ্পত্তির সময়সীমা',
    );
  });

  it('rebuilds table rows from ruling lines, joins a row split by a page break, and places every line', async () => {
    const { lines, uncertain, pages } = await pdfDocument(
      await bytesOf(`${base}/sample-district-information-office.pdf`),
    );
    expect(pages).to.equal(4);
    expect(uncertain).to.deep.equal([]);
    expect(lines[0]).to.deep.equal({ line: 1, cells: ['গণপ্রজাতন্ত্রী বাংলাদেশ সরকার'], place: 'page 1, line 1' });
    const header = lines.find((line) => line.cells[0] === 'ক্রমিক নং')!;
    expect(header.cells).to.have.length(7);
    // Row ১ starts on page 1 and ends on page 2.
    const first = lines.find((line) => line.cells[0] === '১')!;
    expect(first.cells[1]).to.equal('সরকারি উন্নয়ন কার্যক্রম বিষয়ক তথ্য প্রদান');
    expect(first.cells[2]).to.equal('সরাসরি/ টেলিফোন/ ই-মেইল/ দাপ্তরিক ওয়েবসাইট');
    expect(first.place).to.equal('page 1, line 17');
  });

  it('refuses a PDF without text as a scan', async () => {
    const bytes = emptyPdf();
    expect(isPdf(bytes)).to.equal(true);
    let error: Error | undefined;
    try {
      await pdfLines(bytes);
    } catch (e) {
      error = e as Error;
    }
    expect(error?.message).to.equal(SCANNED_PDF);
    expect(error?.message)
      .to.match(/scanned/)
      .and.match(/DOCX/);
  });

  it('knows a PDF by its signature', () => {
    expect(isPdf(new TextEncoder().encode('%PDF-1.7\n'))).to.equal(true);
    expect(isPdf(new TextEncoder().encode('ক্রমিক নং\tসেবার নাম'))).to.equal(false);
    expect(isPdf(Uint8Array.of(0x50, 0x4b, 0x03, 0x04))).to.equal(false);
    expect(isPdf(new Uint8Array())).to.equal(false);
  });

  it('repairs Bangla split by a text layer, by character class', () => {
    expect(repairBangla('ভূম ি')).to.equal('ভূমি');
    expect(repairBangla('কর্মকর্ত া')).to.equal('কর্মকর্তা');
    expect(repairBangla('পা ঁচ')).to.equal('পাঁচ');
    expect(repairBangla('সংশ্ লিষ্ট')).to.equal('সংশ্লিষ্ট');
    // Spaces between words stay, and Latin text is left alone.
    expect(repairBangla('জেলা তথ্য অফিস, a ি')).to.equal('জেলা তথ্য অফিস, a ি');
  });

  it('joins a cell’s lines: list items on lines of their own, wrapped words with a space, a hyphen closed up', () => {
    expect(joinCellLines(['১. আবেদন ফরম', '২. টিকার কার্ড'])).to.equal('১. আবেদন ফরম\n২. টিকার কার্ড');
    expect(joinCellLines(['সরকারি উন্নয়ন', 'কার্যক্রম'])).to.equal('সরকারি উন্নয়ন কার্যক্রম');
    expect(joinCellLines(['ফোন নম্বর ও ই-', 'মেইল)'])).to.equal('ফোন নম্বর ও ই-মেইল)');
    expect(joinCellLines(['* ক', '* খ', ''])).to.equal('* ক\n* খ');
    // An e-mail or web address a narrow column broke is whole again; one that ended at the line break is not joined.
    expect(joinCellLines(['ই-মেইল: uno@gmail.c', 'om'])).to.equal('ই-মেইল: uno@gmail.com');
    expect(joinCellLines(['ই-মেইল: uno@', 'gmail.com, ফোন'])).to.equal('ই-মেইল: uno@gmail.com, ফোন');
    expect(joinCellLines(['www.grs.gov.', 'bd'])).to.equal('www.grs.gov.bd');
    expect(joinCellLines(['uno@gmail.com', 'মোবাইল'])).to.equal('uno@gmail.com মোবাইল');
    expect(joinCellLines(['uno@gmail.com', 'and more'])).to.equal('uno@gmail.com and more');
  });
});
