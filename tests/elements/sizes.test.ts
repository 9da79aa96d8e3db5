import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/charter-widgets-all.js';
import { loadData, shadowOf } from '../helpers.js';

const px = (el: Element, property: 'fontSize' | 'height' | 'width') => parseFloat(getComputedStyle(el)[property]);

// Many portals reset the root font size (html { font-size: 62.5% }, so that 1rem is 10px): the widgets keep their own.
describe('on a page whose root font size is 62.5 %', () => {
  beforeEach(() => {
    document.documentElement.style.fontSize = '62.5%';
  });
  afterEach(() => {
    document.documentElement.style.fontSize = '';
  });

  it('keeps the text at 16 px and the buttons at least 24 px, in all three elements', async () => {
    expect(px(document.documentElement, 'fontSize')).to.equal(10);
    const data = await loadData('kalukhali-doict');
    const page = await fixture<HTMLElement>(html`<div>
      <service-search .charter=${data}></service-search>
      <charter-services .charter=${data} sections="services"></charter-services>
      <officer-contact .charter=${data} officer="milon-hossain"></officer-contact>
    </div>`);
    const [search, services, contact] = [...page.children];
    for (const el of [search, services, contact]) {
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(px(el, 'fontSize'), el.localName).to.equal(16);
    }
    expect(px(shadowOf(search).querySelector('input')!, 'fontSize')).to.equal(16);
    expect(px(shadowOf(services).querySelector('[part="cell"]')!, 'fontSize')).to.be.at.least(14);
    // The services show as the table or as cards, by the width: the buttons on screen, a card's among them.
    const card = shadowOf(services).querySelector('details');
    if (card) card.open = true;
    const buttons = [...shadowOf(contact).querySelectorAll('button'), ...shadowOf(services).querySelectorAll('button')];
    expect(buttons.filter((button) => button.checkVisibility()).length).to.be.above(3);
    for (const button of buttons.filter((b) => b.checkVisibility())) {
      expect(px(button, 'height'), button.textContent!.trim()).to.be.at.least(24);
      expect(px(button, 'width'), button.textContent!.trim()).to.be.at.least(24);
    }
    await setViewport({ width: 360, height: 740 });
    await executeServerCommand('save-screenshot', { name: 'root-62-percent-360px' });
    await setViewport({ width: 1280, height: 800 });
  });
});
