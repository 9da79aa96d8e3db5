/**
 * Why a file gave no charter, in the page's language: the importer's describeFailure() is English written for the
 * command line (it names its options), so the page says it again by the failure's kind, with what to do in the page.
 * What a reader wrote (a PDF library's error, why rows did not come out whole) is technical English: it follows, marked
 * as English.
 */
import { str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { ImportFailure } from '../import/import-charter.js';
import { count } from './count.js';
import { msg } from './msg.js';

export function renderImportFailure(failure: ImportFailure): TemplateResult {
  const detail = 'message' in failure ? failure.message : 'reason' in failure ? failure.reason : undefined;
  return html`${failureText(failure)}${detail ? html` <span lang="en" class="reason">(${detail})</span>` : nothing}`;
}

function failureText(failure: ImportFailure): string {
  const line = (n: number) => msg(str`লাইন ${count(n)}`, { id: 'publish-report-line' });
  switch (failure.kind) {
    case 'empty':
      return msg('ফাইলটি খালি: Word, PDF বা পোর্টালের পাতা থেকে চার্টারের সারণি কপি করে এতে রাখুন।', {
        id: 'publish-failure-empty',
      });
    case 'not-utf8':
      return msg('ফাইলের লেখা UTF-8 নয়: আবার UTF-8 হিসেবে সেভ করুন (Word-এ: Save As, Plain Text, Unicode (UTF-8))।', {
        id: 'publish-failure-not-utf8',
      });
    case 'unreadable-document':
      return msg(
        str`ফাইলটি ${failure.format} মনে হয়, কিন্তু পড়া যায় না: খুলে আবার ${failure.format} হিসেবে সেভ করুন, অথবা চার্টারটি .docx বা .html হিসেবে সেভ করুন।`,
        { id: 'publish-failure-unreadable-document' },
      );
    case 'scanned-pdf':
      return msg(
        'PDF-টিতে লেখা নেই, আছে শুধু পাতার ছবি (স্ক্যান): যে Word ফাইল (DOCX) থেকে PDF বানানো সেটি দিন, অথবা পোর্টালের পাতা থেকে চার্টার কপি করে পেস্ট করুন।',
        { id: 'publish-failure-scanned-pdf' },
      );
    case 'unreadable-workbook':
      return msg('ফাইলটি zip, কিন্তু পড়ার মতো XLSX নয়: Excel থেকে আবার .xlsx বা .csv হিসেবে সেভ করুন।', {
        id: 'publish-failure-unreadable-workbook',
      });
    case 'legacy-encoding':
      return msg(
        str`লেখাটি ইউনিকোডে নয়, পুরনো বিজয় (SutonnyMJ) এনকোডিংয়ে ("${failure.sample}"): নিচের বোতামে ইউনিকোডে বদলে পড়ুন।`,
        { id: 'publish-failure-legacy-encoding' },
      );
    case 'no-table':
      return msg(
        'সেবার সারণি পাওয়া গেল না: শিরোনামের সারি (ক্রমিক নং, সেবার নাম, …) আর তার নিচের সারিগুলো চাই, ঘরগুলো ট্যাবে আলাদা, যেমন Word বা ওয়েব পাতা থেকে কপি করলে হয়। PDF ভিউয়ার থেকে কপি করা লেখার বদলে PDF বা DOCX ফাইলটিই দিন।',
        { id: 'publish-failure-no-table' },
      );
    case 'no-services':
      return msg(
        str`সেবার সারণির শিরোনামের সারির (${failure.place ?? line(failure.line)}) নিচে পড়ার মতো কোনো সেবার সারি নেই: সারি শুরু হয় ক্রমিক নম্বরে, ঘরগুলো ট্যাবে আলাদা। তা না হলে DOCX বা PDF ফাইলটিই দিন।`,
        { id: 'publish-failure-no-services' },
      );
    case 'space-separated-columns':
      return msg(
        str`সারণির কলামগুলো ট্যাবে নয়, ফাঁকা জায়গায় আলাদা (${line(failure.line)}), যেমন PDF ভিউয়ার কপি করে: কোন শব্দ কোন কলামের, নিশ্চিত বলা যায় না। PDF বা DOCX ফাইলটিই দিন, অথবা Word বা পোর্টালের পাতা থেকে সারণি কপি করুন।`,
        { id: 'publish-failure-space-separated-columns' },
      );
    case 'one-cell-per-line':
      return msg(
        str`সারণিতে প্রতি লাইনে একটি করে ঘর, আর সারিগুলো আবার গড়া গেল না (${line(failure.line)}): DOCX বা PDF ফাইলটিই দিন, অথবা Word বা পোর্টালের পাতা থেকে সারণি কপি করুন।`,
        { id: 'publish-failure-one-cell-per-line' },
      );
  }
}
