import { elementUpdated, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/charter-widgets-all.js';
import type { OfficerContact } from '../../src/charter-widgets-all.js';
import { inLocale, loadData, shadowOf, textsOf } from '../helpers.js';

function links(el: Element): string[] {
  return [...shadowOf(el).querySelectorAll('a')].map((a) => a.getAttribute('href')!);
}

function buttons(el: Element): HTMLButtonElement[] {
  return [...shadowOf(el).querySelectorAll('button')];
}

/** Each button's accessible name (its aria-label) with the text on it. */
function buttonLabels(el: Element): [name: string, shown: string][] {
  return buttons(el).map((button) => [button.getAttribute('aria-label')!, button.textContent!.trim()]);
}

function button(el: Element, name: string): HTMLButtonElement {
  const found = buttons(el).find((b) => b.getAttribute('aria-label')!.includes(name));
  if (!found) throw new Error(`no button named …${name}…`);
  return found;
}

function announcement(el: Element): string {
  return textsOf(shadowOf(el), '[role="status"]')[0];
}

async function seedOfficer(variant = 'card'): Promise<OfficerContact> {
  return fixture<OfficerContact>(
    html`<officer-contact variant=${variant} officer="milon-hossain" .charter=${await loadData('kalukhali-doict')}></officer-contact>`,
  );
}

/** Runs `body` with navigator.clipboard replaced (undefined: a page where the Clipboard API is not available). */
async function withClipboard(clipboard: Partial<Clipboard> | undefined, body: () => Promise<void>): Promise<void> {
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
  try {
    await body();
  } finally {
    delete (navigator as { clipboard?: unknown }).clipboard;
  }
}

/** Runs `body` with document.execCommand replaced, for the copy fallback. */
async function withCopyCommand(command: (name: string) => boolean, body: () => Promise<void>): Promise<void> {
  const original = document.execCommand;
  document.execCommand = command;
  try {
    await body();
  } finally {
    document.execCommand = original;
  }
}

/** Presses the save button and returns the file it offered for download, without downloading it. */
async function savedFile(el: Element, name: string): Promise<{ fileName: string; type: string; text: string }> {
  const { createObjectURL } = URL;
  const { click } = HTMLAnchorElement.prototype;
  let file: Blob | undefined;
  let fileName = '';
  URL.createObjectURL = (object: Blob | MediaSource) => {
    file = object as Blob;
    return 'blob:officer-contact-test';
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    fileName = this.download;
  };
  try {
    button(el, name).click();
    // The vCard writer loads on the first click.
    await waitUntil(() => file, 'the file is offered');
  } finally {
    URL.createObjectURL = createObjectURL;
    HTMLAnchorElement.prototype.click = click;
  }
  if (!file) throw new Error('no file was offered');
  return { fileName, type: file.type, text: await file.text() };
}

describe('<officer-contact>', () => {
  it("shows the seed's officer from the charter, with tap-to-call, e-mail, copy and save", async () => {
    const el = await seedOfficer();
    expect(textsOf(shadowOf(el), '.name')).to.deep.equal(['জনাব মোঃ মিলন হোসেন']);
    expect(textsOf(shadowOf(el), '.designation')).to.deep.equal(['সহকারী প্রোগ্রামার']);
    expect(textsOf(shadowOf(el), '.office')).to.deep.equal(['উপজেলা কার্যালয়, কালুখালী, রাজবাড়ী']);
    expect(textsOf(shadowOf(el), 'li')).to.deep.equal([
      'মোবাইল: ০১৮৫৭২৭০৭৯৮ কপি করুন',
      'ap.kalukhali@doict.gov.bd কপি করুন',
    ]);
    expect(links(el)).to.deep.equal(['tel:+8801857270798', 'mailto:ap.kalukhali@doict.gov.bd']);
    expect(buttonLabels(el)).to.deep.equal([
      ['ফোন নম্বর কপি করুন: ০১৮৫৭২৭০৭৯৮', 'কপি করুন'],
      ['ই-মেইল ঠিকানা কপি করুন: ap.kalukhali@doict.gov.bd', 'কপি করুন'],
      ['পরিচিতি সংরক্ষণ করুন: মোঃ মিলন হোসেন', 'পরিচিতি সংরক্ষণ করুন'],
    ]);
    expect(buttons(el).every((b) => b.type === 'button')).to.equal(true);
  });

  it('loads the charter from src, as on the demo page', async () => {
    const el = await fixture<OfficerContact>(
      html`<officer-contact src="/data/kalukhali-doict.json" officer="milon-hossain"></officer-contact>`,
    );
    await waitUntil(() => links(el).length, 'the links', { timeout: 4000 });
    expect(links(el)).to.deep.equal(['tel:+8801857270798', 'mailto:ap.kalukhali@doict.gov.bd']);
  });

  it('shows the officer in English with the phone in ASCII digits', async () => {
    await inLocale('en', async () => {
      const el = await seedOfficer();
      expect(textsOf(shadowOf(el), '.name')).to.deep.equal(['Mr. Md. Milon Hossain']);
      expect(textsOf(shadowOf(el), '.office')).to.deep.equal(['Upazila Office, Kalukhali, Rajbari']);
      expect(textsOf(shadowOf(el), 'a[part="officer-phone"]')).to.deep.equal(['01857270798']);
      expect(links(el)).to.deep.equal(['tel:+8801857270798', 'mailto:ap.kalukhali@doict.gov.bd']);
    });
  });

  // Needs the English translations of the new strings in xliff/en.xlf.
  it('names its buttons in English', async () => {
    await inLocale('en', async () => {
      const el = await seedOfficer();
      expect(buttonLabels(el)).to.deep.equal([
        ['Copy phone number: 01857270798', 'Copy'],
        ['Copy e-mail address: ap.kalukhali@doict.gov.bd', 'Copy'],
        ['Save contact: Md. Milon Hossain', 'Save contact'],
      ]);
    });
  });

  it('links every way the issue writes a number, shown as written', async () => {
    const el = await fixture<OfficerContact>(html`<officer-contact
      name="কেউ"
      phone="০১৮৫৭২৭০৭৯৮, 01857-270798, +৮৮০ ১৮৫৭-২৭০৭৯৮, ০২-৯৫১৪১৪১, ০৪৮৮-৬২০০০১"
    ></officer-contact>`);
    expect(links(el)).to.deep.equal([
      'tel:+8801857270798',
      'tel:+8801857270798',
      'tel:+8801857270798',
      'tel:+88029514141',
      'tel:+880488620001',
    ]);
    expect(textsOf(shadowOf(el), 'a')).to.deep.equal([
      '০১৮৫৭২৭০৭৯৮',
      '০১৮৫৭-২৭০৭৯৮',
      '+৮৮০ ১৮৫৭-২৭০৭৯৮',
      '০২-৯৫১৪১৪১',
      '০৪৮৮-৬২০০০১',
    ]);
  });

  it('works standalone from its attributes, with several phones', async () => {
    const el = await fixture<OfficerContact>(html`<officer-contact
      name="মোছাঃ সাবিনা ইয়াসমিন"
      designation="জেলা তথ্য অফিসার"
      office="জেলা তথ্য অফিস, মাগুরা"
      phone="০২-৯৫১৪১৪১, 01700-000111"
      email=" dio.magura@pid.gov.bd "
    ></officer-contact>`);
    expect(textsOf(shadowOf(el), '.name')).to.deep.equal(['মোছাঃ সাবিনা ইয়াসমিন']);
    expect(textsOf(shadowOf(el), '.office')).to.deep.equal(['জেলা তথ্য অফিস, মাগুরা']);
    expect(links(el)).to.deep.equal(['tel:+88029514141', 'tel:+8801700000111', 'mailto:dio.magura@pid.gov.bd']);
    expect(textsOf(shadowOf(el), 'a[part="officer-phone"]')).to.deep.equal(['০২-৯৫১৪১৪১', '০১৭০০-০০০১১১']);
    expect(buttonLabels(el).map(([name]) => name)).to.deep.equal([
      'ফোন নম্বর কপি করুন: ০২-৯৫১৪১৪১',
      'ফোন নম্বর কপি করুন: ০১৭০০-০০০১১১',
      'ই-মেইল ঠিকানা কপি করুন: dio.magura@pid.gov.bd',
      'পরিচিতি সংরক্ষণ করুন: মোছাঃ সাবিনা ইয়াসমিন',
    ]);
  });

  it('never links, nor offers to copy, a number or an address that is not plausible', async () => {
    const el = await fixture<OfficerContact>(
      html`<officer-contact name="কেউ" phone="১২৩, javascript:alert(1), ৩৩৩" email="a?cc=x@evil.org"></officer-contact>`,
    );
    expect(links(el)).to.deep.equal([]);
    expect(textsOf(shadowOf(el), 'li')).to.deep.equal(['১২৩', 'javascript:alert(১)', '৩৩৩', 'a?cc=x@evil.org']);
    expect(buttonLabels(el).map(([, shown]) => shown)).to.deep.equal(['পরিচিতি সংরক্ষণ করুন']);
  });

  it('calls the number the charter prints even when its e164 says otherwise', async () => {
    const el = await fixture<OfficerContact>(
      html`<officer-contact officer="rafiqul-alam" .charter=${await loadData('magura-dio')}></officer-contact>`,
    );
    expect(textsOf(shadowOf(el), 'a[part="officer-phone"]')).to.deep.equal(['০৪১-৭০০০০০']);
    expect(links(el)).to.deep.equal(['tel:+88041700000', 'mailto:dd.khulna@pid.gov.bd']);
  });

  it('says so when the charter has no such officer', async () => {
    const el = await fixture<OfficerContact>(
      html`<officer-contact officer="nobody" .charter=${await loadData('kalukhali-doict')}></officer-contact>`,
    );
    expect(textsOf(shadowOf(el), '[role="alert"]')[0])
      .to.contain('কোনো কর্মকর্তা নেই')
      .and.contain('nobody');
  });

  it('shows an officer with only a designation, and names the save button by it', async () => {
    const el = await fixture<OfficerContact>(
      html`<officer-contact officer="uno-sreepur" .charter=${await loadData('amalsar-up')}></officer-contact>`,
    );
    expect(textsOf(shadowOf(el), '.name')).to.deep.equal([]);
    expect(textsOf(shadowOf(el), '.designation')).to.deep.equal(['উপজেলা নির্বাহী অফিসার']);
    expect(links(el)).to.deep.equal(['tel:+8802477700009', 'mailto:uno.sreepur.magura@mopa.gov.bd']);
    expect(button(el, 'পরিচিতি').getAttribute('aria-label')).to.equal('পরিচিতি সংরক্ষণ করুন: উপজেলা নির্বাহী অফিসার');
  });

  describe('save contact', () => {
    it("offers the seed's officer as a UTF-8 vCard named after the officer", async () => {
      const el = await seedOfficer();
      const file = await savedFile(el, 'পরিচিতি');
      expect(file.fileName).to.equal('মোঃ মিলন হোসেন.vcf');
      expect(file.type).to.equal('text/vcard;charset=utf-8');
      // Lines end in CRLF; one over 75 octets goes on in the next after a space (RFC 6350 3.2), between letters.
      expect(file.text.split('\r\n')).to.deep.equal([
        'BEGIN:VCARD',
        'VERSION:4.0',
        'FN;ALTID=1;LANGUAGE=en:Mr. Md. Milon Hossain',
        'FN;ALTID=1;LANGUAGE=bn:জনাব মোঃ মিলন হোসেন',
        'N;ALTID=1;LANGUAGE=en:;Md. Milon Hossain;;Mr.;',
        'N;ALTID=1;LANGUAGE=bn:;মোঃ মিলন হোসেন;;জনাব',
        ' ;',
        'TITLE;LANGUAGE=bn:সহকারী প্রোগ্রামার',
        'ORG;LANGUAGE=bn:উপজেলা কার্যালয়\\, কা',
        ' লুখালী\\, রাজবাড়ী',
        'TEL;VALUE=uri;TYPE=cell:tel:+8801857270798',
        'EMAIL;TYPE=work:ap.kalukhali@doict.gov.bd',
        'END:VCARD',
        '',
      ]);
    });

    it('offers the English vCard on an English page', async () => {
      await inLocale('en', async () => {
        const el = await seedOfficer();
        const file = await savedFile(el, 'Milon');
        expect(file.fileName).to.equal('Md. Milon Hossain.vcf');
        expect(file.text.split('\r\n')).to.deep.equal([
          'BEGIN:VCARD',
          'VERSION:4.0',
          'FN;ALTID=1;LANGUAGE=bn:জনাব মোঃ মিলন হোসেন',
          'FN;ALTID=1;LANGUAGE=en:Mr. Md. Milon Hossain',
          'N;ALTID=1;LANGUAGE=bn:;মোঃ মিলন হোসেন;;জনাব',
          ' ;',
          'N;ALTID=1;LANGUAGE=en:;Md. Milon Hossain;;Mr.;',
          'TITLE;LANGUAGE=en:Assistant Programmer',
          'ORG;LANGUAGE=en:Upazila Office\\, Kalukhali\\, Rajbari',
          'TEL;VALUE=uri;TYPE=cell:tel:+8801857270798',
          'EMAIL;TYPE=work:ap.kalukhali@doict.gov.bd',
          'END:VCARD',
          '',
        ]);
      });
    });

    it("takes the charter's office as the organization of an officer without one", async () => {
      const el = await fixture<OfficerContact>(
        html`<officer-contact officer="sabina-yasmin" .charter=${await loadData('magura-dio')}></officer-contact>`,
      );
      const { text } = await savedFile(el, 'পরিচিতি');
      expect(text).to.contain('\r\nORG;LANGUAGE=bn:জেলা তথ্য অফিস\\, মাগুরা\r\n');
    });

    it('saves a standalone contact from its attributes', async () => {
      const el = await fixture<OfficerContact>(
        html`<officer-contact name="মোঃ করিম" designation="সচিব" office="ইউনিয়ন পরিষদ" phone="০১৮০০-০০০৩৩৩, ১২৩"></officer-contact>`,
      );
      const { text } = await savedFile(el, 'পরিচিতি');
      expect(text).to.equal(
        [
          'BEGIN:VCARD',
          'VERSION:4.0',
          'FN;LANGUAGE=bn:মোঃ করিম',
          'N;LANGUAGE=bn:;মোঃ করিম;;;',
          'TITLE;LANGUAGE=bn:সচিব',
          'ORG;LANGUAGE=bn:ইউনিয়ন পরিষদ',
          'TEL;VALUE=uri;TYPE=cell:tel:+8801800000333',
          'END:VCARD',
          '',
        ].join('\r\n'),
      );
    });
  });

  describe('copy', () => {
    it('copies the phone number and the e-mail address, and says so politely', async () => {
      const el = await seedOfficer();
      const copied: string[] = [];
      await withClipboard({ writeText: async (text: string) => void copied.push(text) }, async () => {
        button(el, 'ফোন নম্বর').click();
        await waitUntil(() => announcement(el), 'the phone announcement', { timeout: 4000 });
        expect(announcement(el)).to.equal('ফোন নম্বর কপি হয়েছে।');
        button(el, 'ই-মেইল').click();
        await waitUntil(() => announcement(el) === 'ই-মেইল ঠিকানা কপি হয়েছে।', 'the e-mail announcement', {
          timeout: 4000,
        });
      });
      expect(copied).to.deep.equal(['+8801857270798', 'ap.kalukhali@doict.gov.bd']);
    });

    it('copies without the Clipboard API (an http: page), and gives the focus back to the button', async () => {
      const el = await seedOfficer();
      let copied = '';
      await withClipboard(undefined, () =>
        withCopyCommand(
          (name) => {
            copied = (document.activeElement as HTMLTextAreaElement).value;
            return name === 'copy';
          },
          async () => {
            const copy = button(el, 'ই-মেইল');
            copy.focus();
            copy.click();
            await waitUntil(() => announcement(el), 'the announcement', { timeout: 4000 });
            expect(announcement(el)).to.equal('ই-মেইল ঠিকানা কপি হয়েছে।');
            expect(shadowOf(el).activeElement).to.equal(copy);
          },
        ),
      );
      expect(copied).to.equal('ap.kalukhali@doict.gov.bd');
    });

    it('says so, and shows the number to copy by hand, when copying fails', async () => {
      const el = await seedOfficer();
      await withClipboard({ writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }, () =>
        withCopyCommand(
          () => false,
          async () => {
            button(el, 'ফোন নম্বর').click();
            await waitUntil(() => announcement(el), 'the announcement', { timeout: 4000 });
          },
        ),
      );
      expect(announcement(el)).to.equal('ফোন নম্বর কপি করা যায়নি। নম্বরটি: +8801857270798');
    });

    // Needs the English translations of the new strings in xliff/en.xlf.
    it('says so in English on an English page', async () => {
      await inLocale('en', async () => {
        const el = await seedOfficer();
        await withClipboard({ writeText: async () => undefined }, async () => {
          button(el, '01857270798').click();
          await waitUntil(() => announcement(el), 'the announcement', { timeout: 4000 });
        });
        expect(announcement(el)).to.equal('Phone number copied.');
      });
    });
  });

  describe('compact', () => {
    it('shows name, designation and links only, for a table cell', async () => {
      const { officers } = await loadData('kalukhali-doict');
      const el = await fixture<OfficerContact>(
        html`<officer-contact variant="compact" .contact=${officers![0]}></officer-contact>`,
      );
      expect(textsOf(shadowOf(el), 'p')).to.deep.equal(['জনাব মোঃ মিলন হোসেন', 'সহকারী প্রোগ্রামার']);
      expect(links(el)).to.deep.equal(['tel:+8801857270798', 'mailto:ap.kalukhali@doict.gov.bd']);
      expect(buttons(el)).to.deep.equal([]);
      expect(getComputedStyle(shadowOf(el).querySelector('.card')!).borderTopStyle).to.equal('none');
    });
  });

  it('keeps each copy button beside its number or address in a 300 px sidebar, a long address wrapping at its dots', async () => {
    const email = 'assistant.programmer.kalukhali.rajbari@doict.gov.bd';
    const el = await fixture<OfficerContact>(
      html`<div style="width: 300px"><officer-contact name="জনাব মোঃ মিলন হোসেন" phone="01857270798" email=${email}></officer-contact></div>`,
    ).then((box) => box.querySelector('officer-contact')!);
    await elementUpdated(el);
    const card = shadowOf(el).querySelector('.card')!.getBoundingClientRect();
    for (const item of shadowOf(el).querySelectorAll('li')) {
      const link = item.querySelector('a')!.getBoundingClientRect();
      const copy = item.querySelector('button')!.getBoundingClientRect();
      expect(copy.left, item.textContent!).to.be.at.least(link.right);
      expect(copy.top, item.textContent!).to.be.below(link.bottom);
      expect(copy.right, item.textContent!).to.be.at.most(card.right);
    }
    const address = shadowOf(el).querySelector<HTMLAnchorElement>('a[href^="mailto:"]')!;
    expect(address.textContent).to.equal(email);
    expect(address.getBoundingClientRect().height, 'the address wraps').to.be.above(30);
    // The lines break only at the <wbr> after an @ or a dot: each piece between them sits on one line.
    const pieces = [...address.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE && node.textContent);
    expect(pieces.map((node) => node.textContent)).to.deep.equal([
      'assistant.',
      'programmer.',
      'kalukhali.',
      'rajbari@',
      'doict.',
      'gov.',
      'bd',
    ]);
    for (const piece of pieces) {
      const range = document.createRange();
      range.selectNodeContents(piece);
      expect(range.getClientRects().length, piece.textContent!).to.equal(1);
    }
  });

  it('gives every button and link a target of at least 24 by 24 px', async () => {
    const el = await seedOfficer();
    for (const target of [...buttons(el), ...shadowOf(el).querySelectorAll('a')]) {
      const { width, height } = target.getBoundingClientRect();
      expect(Math.min(width, height), target.textContent!).to.be.at.least(24);
    }
  });

  it('hides its buttons and announcement on paper', async () => {
    const el = await seedOfficer();
    await emulateMedia({ media: 'print' });
    try {
      const hidden = [...buttons(el), shadowOf(el).querySelector('[role="status"]')!];
      expect(hidden.map((node) => getComputedStyle(node).display)).to.deep.equal(['none', 'none', 'none', 'none']);
      expect(getComputedStyle(shadowOf(el).querySelector('a')!).display).to.not.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  for (const variant of ['card', 'compact'])
    for (const locale of ['bn', 'en'] as const)
      it(`is accessible as ${variant} in ${locale}`, async () => {
        await inLocale(locale, async () => {
          const el = await fixture<OfficerContact>(
            html`<officer-contact variant=${variant} officer="sabina-yasmin" .charter=${await loadData('magura-dio')}></officer-contact>`,
          );
          await elementUpdated(el);
          await expect(el).to.be.accessible();
        });
      });
});
