/**
 * Hostile host CSS: a portal's global resets must not shrink the widgets' text, crowd Bangla lines or take away the
 * Bangla font stack. Each page has the drop-in script (dist/) and all three elements; every measured text is Bangla.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { framePage, nextFrame, removeFrames, type FramePage } from './harness.js';
import { MODULE } from './pages.js';

/** Bootstrap 5's reboot and a few of its globals, as a portal's theme ships them (written out here: no network). */
const BOOTSTRAP_5 = `
  :root { --bs-body-font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", Arial, sans-serif;
    --bs-body-font-size: 1rem; --bs-body-line-height: 1.5; --bs-body-color: #212529; --bs-body-bg: #fff; }
  *, ::after, ::before { box-sizing: border-box; }
  body { margin: 0; font-family: var(--bs-body-font-family); font-size: var(--bs-body-font-size); font-weight: 400;
    line-height: var(--bs-body-line-height); color: var(--bs-body-color); background-color: var(--bs-body-bg);
    -webkit-text-size-adjust: 100%; }
  h1, h2, h3, h4, h5, h6 { margin-top: 0; margin-bottom: .5rem; font-weight: 500; line-height: 1.2; }
  h2 { font-size: calc(1.325rem + .9vw); } h3 { font-size: calc(1.3rem + .6vw); }
  p { margin-top: 0; margin-bottom: 1rem; }
  ol, ul { padding-left: 2rem; } ul ul { margin-bottom: 0; }
  table { caption-side: bottom; border-collapse: collapse; }
  th { text-align: inherit; } td, th { font-size: .875rem; }
  button, input, select, textarea { margin: 0; font-family: inherit; font-size: inherit; line-height: inherit; }
  a { color: #0d6efd; text-decoration: underline; }
  [hidden] { display: none !important; }
  .small, small { font-size: .875em; }
`;

/** Bootstrap 3, still on many government portals: a 10px root and a 14px body at line-height 1.42857. */
const BOOTSTRAP_3 = `
  html { font-size: 10px; -webkit-tap-highlight-color: rgba(0,0,0,0); }
  body { font-family: "Helvetica Neue", Helvetica, Arial, sans-serif; font-size: 14px; line-height: 1.42857143; color: #333; }
  * { box-sizing: border-box; }
`;

/** The classic reset of 2007, on every element a page has ever named. */
const MEYER_RESET = `
  html, body, div, span, h1, h2, h3, h4, h5, h6, p, a, ul, li, table, caption, tbody, tfoot, thead, tr, th, td, label,
  input, button, section, article, header { margin: 0; padding: 0; border: 0; font-size: 100%; font: inherit;
  vertical-align: baseline; }
  body { line-height: 1; } ol, ul { list-style: none; } table { border-collapse: collapse; border-spacing: 0; }
`;

const HOSTS = 'charter-services, officer-contact, service-search';

/** Where the widgets' text is measured: [element, selector in its shadow root, must be at least 16 px]. */
const TARGETS: [host: string, selector: string, base: boolean][] = [
  ['charter-services', '.vision p', true],
  ['charter-services', '.office-name', true],
  ['charter-services', 'tbody .service-name', false],
  ['charter-services', 'tbody td.delivery', false],
  ['officer-contact', '[part~="officer-name"]', true],
  ['officer-contact', '[part~="officer-designation"]', true],
  ['service-search', 'label', true],
  ['service-search', 'input', true],
];

interface Measure {
  where: string;
  fontSize: number;
  lineHeight: string;
  fontFamily: string;
}

async function widgetsWith(css: string): Promise<FramePage> {
  const page = await framePage(
    `${MODULE}
    <service-search src="/data/kalukhali-doict.json"></service-search>
    <charter-services src="/data/kalukhali-doict.json"></charter-services>
    <officer-contact src="/data/kalukhali-doict.json" officer="milon-hossain"></officer-contact>`,
    { head: css ? `<style>${css}</style>` : '' },
  );
  const root = (tag: string) => page.document.querySelector(tag)?.shadowRoot;
  await waitUntil(
    () => root('charter-services')?.querySelectorAll('.services [part="service"]').length === 19,
    'the services show',
    { timeout: 10000 },
  );
  await waitUntil(() => root('officer-contact')?.querySelector('[part~="officer-name"]'), 'the officer shows', {
    timeout: 10000,
  });
  await waitUntil(() => root('service-search')?.querySelector('input'), 'the search box shows', { timeout: 10000 });
  await page.document.fonts.ready;
  await nextFrame(page.window);
  return page;
}

function measure(page: FramePage): Measure[] {
  return TARGETS.map(([host, selector]) => {
    const el = page.document.querySelector(host)!.shadowRoot!.querySelector(selector);
    if (!el) throw new Error(`${host} ${selector}: not found`);
    const style = page.window.getComputedStyle(el);
    return {
      where: `${host} ${selector}`,
      fontSize: parseFloat(style.fontSize),
      lineHeight: style.lineHeight,
      fontFamily: style.fontFamily,
    };
  });
}

/** What is wrong with the text on a hostile page, against the same text on a clean page. */
function problems(hostile: Measure[], clean: Measure[]): string[] {
  const found: string[] = [];
  hostile.forEach((m, i) => {
    const [, , base] = TARGETS[i];
    if (m.fontSize !== clean[i].fontSize)
      found.push(`${m.where}: ${m.fontSize}px, ${clean[i].fontSize}px on a clean page`);
    if (base && m.fontSize < 16) found.push(`${m.where}: ${m.fontSize}px, below 16px`);
    const ratio = m.lineHeight.endsWith('px') ? parseFloat(m.lineHeight) / m.fontSize : NaN;
    if (!(ratio >= 1.4)) found.push(`${m.where}: line-height ${m.lineHeight} at ${m.fontSize}px, below 1.4 for Bangla`);
    if (!m.fontFamily.startsWith('"Noto Sans Bengali"')) found.push(`${m.where}: font-family ${m.fontFamily}`);
  });
  return found;
}

describe('hostile host CSS', function () {
  this.timeout(30000);
  let clean: Measure[];

  before(async function () {
    this.timeout(30000);
    const page = await widgetsWith('');
    clean = measure(page);
    page.frame.remove();
  });
  afterEach(removeFrames);

  it('a clean page: 16 px text in the Bangla stack at line-height 1.6', () => {
    const byWhere = Object.fromEntries(clean.map((m) => [m.where, m]));
    expect(byWhere['charter-services .vision p']).to.deep.include({ fontSize: 16, lineHeight: '25.6px' });
    expect(byWhere['officer-contact [part~="officer-name"]']).to.deep.include({ fontSize: 16, lineHeight: '25.6px' });
    expect(byWhere['service-search input']).to.deep.include({ fontSize: 16 });
    expect(problems(clean, clean)).to.deep.equal([]);
  });

  for (const [name, css] of Object.entries({
    "Bootstrap 5's reboot": BOOTSTRAP_5,
    'Bootstrap 3 (a 10 px root, a 14 px body at line-height 1.43)': BOOTSTRAP_3,
    'html { font-size: 62.5% }': 'html { font-size: 62.5%; } body { font-size: 1.4rem; line-height: 1.2; }',
    "Eric Meyer's reset": MEYER_RESET,
    'the body in a serif at line-height 1 and 12 px': 'body { font: 12px/1 Georgia, serif; color: #333; }',
  }))
    it(`${name}: the same text as on a clean page`, async () => {
      const page = await widgetsWith(css);
      expect(problems(measure(page), clean)).to.deep.equal([]);
      expect(page.window.errors).to.deep.equal([]);
    });

  // Rules that reach the host element itself: the page's rule for the host wins over the widget's own :host rule (and
  // an !important one over everything inherited), unless the widget sets its text properties on its own wrapper.
  const onTheHost = {
    [`${HOSTS} { color: red !important; line-height: 1 !important; font-family: serif !important }`]: `${HOSTS} { color: red !important; line-height: 1 !important; font-family: serif !important }`,
    '* { all: unset } (every element, the hosts too)': '* { all: unset; } head, script, style { display: none; }',
    '* { font: 12px/1 Arial !important }': '* { font: 12px/1 Arial, sans-serif !important; }',
  };
  for (const [name, css] of Object.entries(onTheHost))
    // Issue 12 item 10 (seen failing before a887cd6: line-height 1 or normal, serif / Times New Roman / Arial, 12 px).
    it(`${name}: the same text as on a clean page`, async () => {
      const page = await widgetsWith(css);
      expect(problems(measure(page), clean)).to.deep.equal([]);
      expect(page.window.errors).to.deep.equal([]);
    });
});
