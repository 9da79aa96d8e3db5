import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import '../../src/charter-widgets.js';
import type { OfficerContact } from '../../src/charter-widgets.js';
import { inLocale, loadData, shadowOf, textsOf } from '../helpers.js';

function links(el: Element): string[] {
  return [...shadowOf(el).querySelectorAll('a')].map((a) => a.getAttribute('href')!);
}

describe('<officer-contact>', () => {
  it("shows the seed's officer from the charter, with tap-to-call and e-mail", async () => {
    const el = await fixture<OfficerContact>(
      html`<officer-contact officer="milon-hossain" .charter=${await loadData('kalukhali-doict')}></officer-contact>`,
    );
    expect(textsOf(shadowOf(el), '.name')).to.deep.equal(['জনাব মোঃ মিলন হোসেন']);
    expect(textsOf(shadowOf(el), '.designation')).to.deep.equal(['সহকারী প্রোগ্রামার']);
    expect(textsOf(shadowOf(el), 'li')).to.deep.equal(['মোবাইল: ০১৮৫৭২৭০৭৯৮', 'ap.kalukhali@doict.gov.bd']);
    expect(links(el)).to.deep.equal(['tel:+8801857270798', 'mailto:ap.kalukhali@doict.gov.bd']);
  });

  it('shows the officer in English with the phone in ASCII digits', async () => {
    await inLocale('en', async () => {
      const el = await fixture<OfficerContact>(
        html`<officer-contact officer="milon-hossain" .charter=${await loadData('kalukhali-doict')}></officer-contact>`,
      );
      expect(textsOf(shadowOf(el), '.name')[0]).to.match(/Milon Hossain/);
      expect(textsOf(shadowOf(el), 'a[part="officer-phone"]')).to.deep.equal(['01857270798']);
    });
  });

  it('works standalone from its attributes, with several phones', async () => {
    const el = await fixture<OfficerContact>(html`<officer-contact
      name="মোছাঃ সাবিনা ইয়াসমিন"
      designation="জেলা তথ্য অফিসার"
      phone="০২-৯৫১৪১৪১, 01700-000111"
      email="dio.magura@pid.gov.bd"
    ></officer-contact>`);
    expect(textsOf(shadowOf(el), '.name')).to.deep.equal(['মোছাঃ সাবিনা ইয়াসমিন']);
    expect(links(el)).to.deep.equal(['tel:+88029514141', 'tel:+8801700000111', 'mailto:dio.magura@pid.gov.bd']);
    expect(textsOf(shadowOf(el), 'a[part="officer-phone"]')).to.deep.equal(['০২-৯৫১৪১৪১', '০১৭০০-০০০১১১']);
  });

  it('never links a number or an address that is not plausible', async () => {
    const el = await fixture<OfficerContact>(
      html`<officer-contact name="কেউ" phone="১২৩, javascript:alert(1)" email="not an email"></officer-contact>`,
    );
    expect(links(el)).to.deep.equal([]);
    expect(textsOf(shadowOf(el), 'li')).to.deep.equal(['১২৩', 'javascript:alert(১)', 'not an email']);
  });

  it('says so when the charter has no such officer', async () => {
    const el = await fixture<OfficerContact>(
      html`<officer-contact officer="nobody" .charter=${await loadData('kalukhali-doict')}></officer-contact>`,
    );
    expect(textsOf(shadowOf(el), '[role="alert"]')[0]).to.contain('কোনো কর্মকর্তা নেই').and.contain('nobody');
  });

  it('shows an officer with only a designation', async () => {
    const el = await fixture<OfficerContact>(
      html`<officer-contact officer="uno-sreepur" .charter=${await loadData('amalsar-up')}></officer-contact>`,
    );
    expect(textsOf(shadowOf(el), '.designation')).to.deep.equal(['উপজেলা নির্বাহী অফিসার']);
    expect(links(el)).to.include('tel:+8802477700009');
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
