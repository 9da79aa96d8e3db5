/**
 * What form a file is in, told cheaply, so that the importer loads a reader (pdf.js, SheetJS, htmlparser2) only for a
 * file that needs it.
 */

/** Whether the bytes are a PDF: `%PDF-` at the start, or within the first 1024 bytes as readers accept. */
export function isPdf(bytes: Uint8Array): boolean {
  return String.fromCharCode(...bytes.subarray(0, 1024)).includes('%PDF-');
}

/** Whether the bytes are a ZIP container, as XLSX is (so are ODS, which SheetJS reads too, and DOCX). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

const HTML_DOCUMENT = /^\uFEFF?\s*<(?:!doctype\s+html|html[\s>])/i;
const BLOCK_TAG = /<(?:table|p|div|br|h[1-6])[\s/>]/i;

/** Whether the text is an HTML page or fragment: plain charter text has no tags (a "<" in "< ৫ বছর" is no tag). */
export function isHtml(text: string): boolean {
  return HTML_DOCUMENT.test(text) || BLOCK_TAG.test(text);
}
