// A web-test-runner command that saves a screenshot of the test page for a person to look at (never compared):
// `executeServerCommand('save-screenshot', { name })` writes test-results/screenshots/NAME.png.
import { mkdir } from 'node:fs/promises';

const folder = 'test-results/screenshots';

export function screenshotPlugin() {
  return {
    name: 'save-screenshot',
    async executeCommand({ command, payload, session }) {
      if (command !== 'save-screenshot') return undefined;
      if (!/^[\w-]+$/.test(payload?.name ?? ''))
        throw new Error('save-screenshot needs a { name } of letters, digits and dashes');
      const page = session.browser.getPage(session.id);
      await mkdir(folder, { recursive: true });
      await page.screenshot({ path: `${folder}/${payload.name}.png`, fullPage: payload.fullPage ?? false });
      return true;
    },
  };
}
