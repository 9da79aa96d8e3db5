// Writes dist/charter-widgets.css: the styles of <charter-services> for its static HTML (the charter that
// `charter-widgets render` writes inside the element, shown before and without the script), so it looks as the
// element will and the element takes over without the page moving. It is the element's own shadow-root styles with
// `:host` made the element's tag and every other selector scoped to inside it; plus the room the search box will take.
import { writeFileSync } from 'node:fs';
import { build, transform } from 'esbuild';
import postcss from 'postcss';

const TAG = 'charter-services';

// The styles are TypeScript modules of Lit `css` tags: bundle them for Node and read their text.
const { outputFiles } = await build({
  stdin: {
    contents: `import { baseStyles } from './src/base/base.styles.js';
      import { charterServicesStyles } from './src/charter-services/charter-services.styles.js';
      export { SEARCH_ROOM_CSS } from './src/service-search/search-room.js';
      export default [baseStyles, charterServicesStyles].map((style) => style.cssText).join('\\n');`,
    resolveDir: '.',
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'error',
});
const { default: shadowCss, SEARCH_ROOM_CSS } = await import(
  `data:text/javascript,${encodeURIComponent(outputFiles[0].text)}`
);

/** `:host` → the tag, `:host(X)` → the tag with X, anything else → inside the tag. */
function scoped(selector) {
  if (selector.startsWith(':host(')) return selector.replace(/^:host\(([^)]*)\)/, `${TAG}$1`);
  if (selector.startsWith(':host')) return selector.replace(/^:host/, TAG);
  return `${TAG} ${selector}`;
}

const root = postcss.parse(shadowCss);
root.walkRules((rule) => {
  if (rule.parent?.type === 'atrule' && /keyframes$/.test(rule.parent.name)) return;
  rule.selectors = rule.selectors.map(scoped);
});
// The search box's room while the script loads (a page without JavaScript has no search box, and no room for one).
const searchRoom = `@media (scripting: enabled) { ${SEARCH_ROOM_CSS} }`;
const { code } = await transform(`${root.toString()}\n${searchRoom}`, { loader: 'css', minify: true });
writeFileSync('dist/charter-widgets.css', `/* charter-widgets: <charter-services> before its script runs */\n${code}`);
