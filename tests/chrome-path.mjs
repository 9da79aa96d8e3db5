// Finds the Chrome or Chromium that tests and screenshots run in: CHROME_PATH, or the usual install places.
import { existsSync } from 'node:fs';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
].filter(Boolean);

export function chromePath() {
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    console.error('no Chrome/Chromium found: install chromium (apt-get install chromium) or set CHROME_PATH');
    process.exit(1);
  }
  return found;
}

/**
 * Flags for headless Chromium here: as root it needs --no-sandbox, and the closed network wants no background calls.
 * Tests run two pages at once: a page in a background tab must not have its timers and frames throttled.
 */
export const chromeArgs = [
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
