// npm run lint: ESLint for what a type checker does not catch (typescript-eslint), Lit's template rules and the
// custom-element rules; Prettier for layout (its rules that clash with ESLint's are off: eslint-config-prettier).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'coverage/',
      'storybook-static/',
      'test-results/',
      'src/generated/',
      'node_modules/',
      'custom-elements.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  prettier,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Bangla's vowel signs and the visarga (ঃ, a colon in charters) are combining marks: a class of them is meant.
      'no-misleading-character-class': 'off',
    },
  },
  {
    files: ['tests/**', 'stories/**'],
    rules: {
      // Chai's assertions are properties: expect(x).to.exist.
      '@typescript-eslint/no-unused-expressions': 'off',
      // Tests break charters on purpose, in ways no type allows.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
