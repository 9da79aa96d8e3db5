import type { Assets } from './outputs.js';

/** Put in by scripts/build-publish.mjs (esbuild's `define`): the built drop-in files, as text. */
declare const PUBLISH_ASSETS: Assets;

export const assets: Assets = PUBLISH_ASSETS;
