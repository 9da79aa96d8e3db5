// What the import tests share: the six charters of shared/charters, copied into tests/fixtures/import/documents/
// (the test server cannot reach beside the project) as text and as DOCX, PDF, HTML and Word's pasted text; and the
// documents the tests make by hand.

/** The six shared charters by file name, with their number of services as their text gives them. */
export const SHARED_CHARTERS: [string, number][] = [
  ['sample-district-information-office', 7],
  ['sample-pourashava', 14],
  ['sample-union-parishad-field-format', 6],
  ['sample-upazila-agriculture-office', 12],
  ['sample-upazila-health-complex', 14],
  ['sample-upazila-social-services', 12],
];

/** Their file names alone. */
export const CHARTERS = SHARED_CHARTERS.map(([name]) => name);

/** A one-page PDF with no text, written by hand with a correct cross-reference table. */
export function emptyPdf(): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    '<< /Length 0 >>\nstream\n\nendstream',
  ];
  let text = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(text.length);
    text += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) text += `${String(offset).padStart(10, '0')} 00000 n \n`;
  text += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(text);
}
