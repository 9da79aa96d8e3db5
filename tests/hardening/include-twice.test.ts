/**
 * The drop-in script included twice, in every combination of the ES module and the classic script: no error, and
 * every element works as with one copy.
 */
import { expect } from '@open-wc/testing';
import { framePage, removeFrames } from './harness.js';
import { CLASSIC, CLASSIC_COPY, exercise, MODULE, MODULE_COPY, widgets } from './pages.js';

const COMBINATIONS: Record<string, string> = {
  'the module twice (one URL: the browser runs it once)': `${MODULE}${MODULE}`,
  'the module twice, as two copies (module and module?copy)': `${MODULE}${MODULE_COPY}`,
  'the classic script twice (one URL: it runs twice)': `${CLASSIC}${CLASSIC}`,
  'the classic script twice, as two copies': `${CLASSIC}${CLASSIC_COPY}`,
  'the module, then the classic script': `${MODULE}${CLASSIC}`,
  'the classic script, then the module': `${CLASSIC}${MODULE}`,
  'all four': `${CLASSIC}${MODULE}${CLASSIC_COPY}${MODULE_COPY}`,
};

describe('the drop-in script included twice', function () {
  this.timeout(40000);
  afterEach(removeFrames);

  for (const [name, scripts] of Object.entries(COMBINATIONS))
    it(`${name}: no error, every element works`, async () => {
      const page = await framePage(`${scripts}${await widgets()}`);
      await exercise(page, name);
      expect(page.window.errors, name).to.deep.equal([]);
      expect(page.window.alerts, name).to.deep.equal([]);
    });
});
