import js from '@eslint/js';
import litPlugin from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * rollup.config.mjs shortens properties named `_likeThis` in the drop-in and in
 * consent-panel-ui.js, two files built apart. So the name says what may be
 * shortened: a TS-private or protected member, never called from the other
 * file, starts with `_`; nothing else does. The TCF module is built without
 * that shortening: no `_` there at all.
 */
// Names others fixed (the IAB's CMP API and its postMessage protocol, a null prototype) are left as they are.
const foreignNames = {
  selector: 'memberLike',
  format: null,
  filter: { regex: '^(__tcfapi|__tcfapiCall|__tcfapiReturn|__tcfapiLocator|__proto__)$', match: true },
};
const noUnderscore = { selector: 'memberLike', format: null, leadingUnderscore: 'forbid' };
const underscoreOnlyForPrivate = [
  'error',
  foreignNames,
  { selector: 'memberLike', modifiers: ['private'], format: null, leadingUnderscore: 'require' },
  { selector: 'memberLike', modifiers: ['protected'], format: null, leadingUnderscore: 'require' },
  noUnderscore,
];
const noUnderscoreMembers = ['error', foreignNames, noUnderscore];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.cache/', 'coverage/', 'custom-elements.json', 'examples/*/dist/'] },
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [js.configs.recommended],
  },
  {
    // Build, test and CI tooling runs in node.
    files: ['*.{js,mjs,cjs}', 'scripts/**/*.{js,mjs}', 'test/e2e/**/*.mjs', 'test/package/**/*.mjs', 'test/presets/**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    // The receipts receiver, its command and its tests run in node.
    files: ['receiver/**/*.mjs', 'bin/**/*.mjs', 'test/server/**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    // The receiver's dashboard script runs in the browser, with uPlot loaded before it.
    files: ['receiver/dashboard/**/*.js'],
    languageOptions: { globals: { ...globals.browser, uPlot: 'readonly' } },
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
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.json', './tsconfig.test.json', './tsconfig.unit.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-floating-promises': [
        'error',
        // node:test's test() and describe() return promises that the runner itself awaits.
        { allowForKnownSafeCalls: [{ from: 'package', name: ['test', 'it', 'describe', 'suite'], package: 'node:test' }] },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: { '@typescript-eslint/naming-convention': underscoreOnlyForPrivate },
  },
  {
    files: ['src/bridges/tcf/**/*.ts'],
    rules: { '@typescript-eslint/naming-convention': noUnderscoreMembers },
  },
  {
    // The receipts module is built apart too (dist/consent-panel-receipts.js).
    files: ['src/plugins/receipts/**/*.ts'],
    rules: { '@typescript-eslint/naming-convention': noUnderscoreMembers },
  },
  {
    // Chai's property assertions (`expect(x).to.exist`) are expressions.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    // The shared cookie's module is built apart without that shortening, and servers import the codec: no `_` there.
    files: ['src/plugins/shared-cookie/**/*.ts', 'src/server/**/*.ts', 'src/core/cookie-codec.ts'],
    rules: { '@typescript-eslint/naming-convention': noUnderscoreMembers },
  },
  {
    // Example servers and the examples' build scripts run in node.
    files: ['examples/server/*.mjs', 'examples/*/build.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    // The examples' page code runs in the browser.
    files: ['examples/**/public/**/*.js', 'examples/shared/*.js', 'examples/*/src/**/*.{js,mjs}'],
    languageOptions: { globals: globals.browser },
  },
  {
    // Svelte 5's runes are the compiler's, in .svelte.js modules.
    files: ['examples/svelte/src/**/*.svelte.js'],
    languageOptions: { globals: { $state: 'readonly', $effect: 'readonly', $derived: 'readonly', $props: 'readonly' } },
  },
  {
    // Every file with lit-html templates.
    files: ['src/panel/**/*.ts', 'src/bridges/tcf/ui/**/*.ts'],
    extends: [litPlugin.configs['flat/recommended'], litA11y.configs.recommended],
  },
);
