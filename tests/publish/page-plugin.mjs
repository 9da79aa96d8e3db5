// web-test-runner commands for tests/publish/: the publishing page (dist/publish.html) opened in a tab of its own,
// over http from the test server or straight from the disk (file://, which a test page cannot open), where a test's
// scenarios run; and writing files under test-results/ for the test server to serve (the upload zip's files).
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const PAGE = 'dist/publish.html';

export function publishPagePlugin() {
  return {
    name: 'publish-page',
    async executeCommand({ command, payload, session }) {
      if (command === 'publish-open') return open(session, payload);
      if (command === 'publish-step') return step(payload);
      if (command === 'publish-screenshot') return screenshot(payload);
      if (command === 'publish-close') return close(payload);
      if (command === 'publish-write-files') return writeFiles(payload);
      return undefined;
    },
  };
}

// A test's page is driven by several commands, not one: a browser gives up on a command after 20 s, which a whole
// scenario can take on a busy machine.

/** The pages open, by id, each with the errors it has had. */
const pages = new Map();
let lastId = 0;

/** Opens the page (`from`: 'http' or 'file') `width` px wide, with nothing kept from an earlier run; returns its id. */
async function open(session, { from, width = 1280 }) {
  const testPage = session.browser.getPage(session.id);
  const page = await testPage.browser().newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.setViewport({ width, height: 900 });
  const url = from === 'file' ? pathToFileURL(resolve(PAGE)).href : new URL(`/${PAGE}`, testPage.url()).href;
  await page.goto(url);
  // A fresh start: the work of an earlier run is in this origin's localStorage.
  await page.evaluate(() => localStorage.clear());
  pages.set(++lastId, { page, errors });
  return lastId;
}

/**
 * Loads the page again and runs `scenario` (a function's source) with `arg` in it, after `helpers` (a function's
 * source, run first on each load); returns what the scenario returned, as `value`.
 */
async function step({ id, helpers, scenario, arg }) {
  const { page } = pages.get(id);
  await page.reload();
  await page.evaluate(`(${helpers})()`);
  // Wrapped: undefined or null would tell web-test-runner that no plugin knows the command.
  return { value: await page.evaluate(`(${scenario})(${JSON.stringify(arg)})`) };
}

/** Saves a screenshot `width` px wide after the page's language is set and, `at`, an element scrolled to. */
async function screenshot({ id, name, lang, width, at }) {
  const { page } = pages.get(id);
  await page.setViewport({ width, height: 900 });
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
  return true;
}

/** Closes the page; returns the errors it has had. */
async function close({ id }) {
  const { page, errors } = pages.get(id);
  pages.delete(id);
  await page.close();
  return errors;
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
