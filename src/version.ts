/** The package version, kept equal to package.json's (tests/bundle.test.ts checks). */
export const VERSION = '0.1.0';
