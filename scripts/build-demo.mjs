// Writes dist/demo.html, the page `npm start` serves: demo/index.html with the snippet that
// `charter-widgets render data/kalukhali-doict.json` writes in place of its `<!-- charter snippet -->`, as a webmaster
// would paste it: the charter as HTML before any script runs.
import { readFileSync, writeFileSync } from 'node:fs';
import { renderSnippet } from '../dist/importer.js';

const page = readFileSync('demo/index.html', 'utf8');
const result = await renderSnippet(readFileSync('data/kalukhali-doict.json', 'utf8'), {
  script: '/dist/charter-widgets.js',
});
if (!result.ok) throw new Error(`data/kalukhali-doict.json: ${result.error.kind}`);
if (!page.includes('<!-- charter snippet -->')) throw new Error('demo/index.html has no <!-- charter snippet -->');
writeFileSync(
  'dist/demo.html',
  page.replace('<!-- charter snippet -->', () => result.html),
);
