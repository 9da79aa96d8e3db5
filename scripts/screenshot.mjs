// Takes a screenshot of a page in headless Chromium: node scripts/screenshot.mjs URL OUT.png [WIDTH] [HEIGHT|full]
import puppeteer from 'puppeteer-core';
import { chromeArgs, chromePath } from '../tests/chrome-path.mjs';

const [url, out, width = '1280', height = 'full'] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: node scripts/screenshot.mjs URL OUT.png [WIDTH] [HEIGHT|full]');
  process.exit(2);
}
const browser = await puppeteer.launch({ executablePath: chromePath(), args: chromeArgs });
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.setViewport({ width: Number(width), height: height === 'full' ? 800 : Number(height) });
  await page.goto(url, { waitUntil: 'networkidle0' });
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: out, fullPage: height === 'full' });
  console.log(`${out}: ${url} at ${width}px`);
} finally {
  await browser.close();
}
