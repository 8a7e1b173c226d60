import js from '@eslint/js';
import litPlugin from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.cache/', 'coverage/', 'custom-elements.json'] },
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [js.configs.recommended],
  },
  {
    // Build, test and CI tooling runs in node.
    files: ['*.{js,mjs,cjs}', 'scripts/**/*.{js,mjs}', 'test/e2e/**/*.mjs', 'test/package/**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    // The benchmark runs in node; its page.evaluate() callbacks run in the page.
    files: ['bench/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // The benchmark's stand-in trackers, served to the browser.
    files: ['bench/gated/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    // Callbacks given to page.evaluate() run in the page.
    files: ['test/e2e/**/*.test.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Scripts served to the browser by e2e pages and the demo.
    files: ['test/e2e/fixtures/**/*.{js,mjs}', 'demo/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    extends: [tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Chai's property assertions (`expect(x).to.exist`) are expressions.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['src/panel/**/*.ts'],
    extends: [litPlugin.configs['flat/recommended'], litA11y.configs.recommended],
  },
);
