// web-test-runner commands for tests/publish/: the publishing page (dist/publish.html) opened in a tab of its own,
// over http from the test server or straight from the disk (file://, which a test page cannot open), where a test's
// scenario runs; and writing files under test-results/ for the test server to serve (the upload zip's files).
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const PAGE = 'dist/publish.html';

export function publishPagePlugin() {
  return {
    name: 'publish-page',
    async executeCommand({ command, payload, session }) {
      if (command === 'publish-run') return run(session, payload);
      if (command === 'publish-write-files') return writeFiles(payload);
      return undefined;
    },
  };
}

/**
 * Opens the page (`from`: 'http' or 'file') `width` px wide, runs `scenario` (a function's source) with `arg` in it,
 * saves the screenshots asked for (each after the page's language is set and, `at`, an element scrolled to), and returns what the scenario returned
 * with the page's errors.
 */
async function run(session, { from, width = 1280, scenario, arg, screenshots = [] }) {
  const testPage = session.browser.getPage(session.id);
  const page = await testPage.browser().newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  try {
    await page.setViewport({ width, height: 900 });
    const url = from === 'file' ? pathToFileURL(resolve(PAGE)).href : new URL(`/${PAGE}`, testPage.url()).href;
    await page.goto(url);
    // A fresh start: the work of an earlier run is in this origin's localStorage.
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    const result = await page.evaluate(`(${scenario})(${JSON.stringify(arg)})`);
    for (const { name, lang, width: shotWidth, at } of screenshots) {
      await page.setViewport({ width: shotWidth, height: 900 });
      await page.evaluate(
        async (lang, at) => {
          document.documentElement.lang = lang;
          if (at) document.querySelector(at).scrollIntoView();
          await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        },
        lang,
        at,
      );
      await mkdir('test-results/screenshots', { recursive: true });
      await page.screenshot({ path: `test-results/screenshots/${name}.png` });
    }
    return { result, errors, url };
  } finally {
    await page.close();
  }
}

/** Writes files (base64) into a folder under test-results/. */
async function writeFiles({ dir, files }) {
  if (!/^[\w-]+$/.test(dir)) throw new Error('publish-write-files needs a dir of letters, digits and dashes');
  const folder = `test-results/${dir}`;
  await mkdir(folder, { recursive: true });
  for (const [name, base64] of Object.entries(files)) {
    if (!/^[\w.-]+$/.test(name)) throw new Error(`publish-write-files: bad file name ${name}`);
    await writeFile(`${folder}/${name}`, Buffer.from(base64, 'base64'));
  }
  return true;
}
