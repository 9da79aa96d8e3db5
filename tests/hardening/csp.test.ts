/**
 * A strict Content-Security-Policy with Trusted Types, one copy of the drop-in script and two: the widgets work
 * (charter, officer, search with its lazily loaded code and glossary, copying a link, English) and the page sees no
 * `securitypolicyviolation` event and no error.
 */
import { expect } from '@open-wc/testing';
import { framePage, removeFrames } from './harness.js';
import { CLASSIC, CLASSIC_COPY, exercise, MODULE, MODULE_COPY, widgets } from './pages.js';

/** What a careful portal sends; the README names the one Trusted Types policy (lit-html) it must allow. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html";

const COMBINATIONS: Record<string, string> = {
  'the module': MODULE,
  'the classic script': CLASSIC,
  'the module twice, as two copies': `${MODULE}${MODULE_COPY}`,
  'the classic script twice': `${CLASSIC}${CLASSIC_COPY}`,
  'the classic script, then the module': `${CLASSIC}${MODULE}`,
  'the module, then the classic script': `${MODULE}${CLASSIC}`,
};

describe(`under ${STRICT_CSP}`, function () {
  this.timeout(40000);
  afterEach(removeFrames);

  it('the policy is enforced in these pages: an inline script is refused and reported', async () => {
    const page = await framePage('<script>window.pwned = 1</script><div style="color: red">x</div>', {
      head: `<meta http-equiv="Content-Security-Policy" content="${STRICT_CSP}">`,
    });
    expect(page.window.pwned).to.equal(undefined);
    expect(page.window.violations.map((v) => v.split(' ')[0])).to.deep.equal(['script-src-elem', 'style-src-attr']);
  });

  for (const [name, scripts] of Object.entries(COMBINATIONS))
    it(`${name}: everything works, no violation, no error`, async () => {
      const page = await framePage(`${scripts}${await widgets()}`, {
        head: `<meta http-equiv="Content-Security-Policy" content="${STRICT_CSP}">`,
      });
      await exercise(page, name);
      expect(page.window.violations, name).to.deep.equal([]);
      expect(page.window.errors, name).to.deep.equal([]);
    });
});
