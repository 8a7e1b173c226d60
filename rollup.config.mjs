import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyTemplates } from './scripts/minify-templates.mjs';

/**
 * Private members of consent-panel's own classes (the store, its timer, the
 * gates, the runtime, the panel) are named `_likeThis` so that terser can
 * shorten them. Never lit-html's `_$…` names. The short names terser picks
 * skip the DOM's own (its domprops list), so an element's cannot shadow one.
 * Only for the drop-in script: the TCF module, built apart, must not depend
 * on these names either.
 */
const PRIVATE = { properties: { regex: /^_[a-zA-Z]/ } };

/** One classic script (IIFE), everything it imports inlined, minified. */
const iife = (input, file, mangle = true) => ({
  input,
  output: {
    file,
    format: 'iife',
    sourcemap: false,
  },
  plugins: [
    resolve({ exportConditions: ['production'] }),
    typescript({ tsconfig: './tsconfig.json', declaration: false, outDir: 'dist', noEmit: false, include: ['src/**/*.ts'] }),
    terser({
      ecma: 2021,
      module: false,
      compress: { passes: 3, unsafe_arrows: true },
      mangle,
      format: { comments: false },
    }),
    minifyTemplates(),
  ],
});

/**
 * V8's explicit compile hint (Chrome 136 and later; other engines read a comment): every
 * function of the file is compiled at once, off the main thread while the script streams
 * in, rather than each on its first call on the main thread. The drop-in script calls
 * most of its functions on every page view, so the main thread saves more than the
 * larger compile costs it (README, "Size").
 */
const compileAllFunctions = (config) => ({
  ...config,
  // After the minifier, which removes comments.
  plugins: [...config.plugins, { name: 'compile-all-functions', renderChunk: (code) => `//# allFunctionsCalledOnLoad\n${code}` }],
});

export default [
  /** The drop-in script: one classic script, minified: the core, the built-in plugins and the manage button. */
  compileAllFunctions(iife('src/drop-in.ts', 'dist/consent-panel.js', PRIVATE)),
  /** The preferences dialog, loaded by the drop-in script when the reader opens the preferences (lit-html inlined). */
  iife('src/ui-drop-in.ts', 'dist/consent-panel-ui.js', PRIVATE),
  /** The first layer (plain DOM, no lit-html), loaded by the drop-in script on a first visit. */
  iife('src/banner-drop-in.ts', 'dist/consent-panel-banner.js', PRIVATE),
  /** A bare drop-in's early first layer, loaded by the drop-in script only for a bare `<script src>` on a first visit. */
  iife('src/early-layer-drop-in.ts', 'dist/consent-panel-early.js', PRIVATE),
  /** The check of a site's theme colours, loaded by the first layer only on a page that sets `--consent-*` colours. */
  iife('src/theme-drop-in.ts', 'dist/consent-panel-theme.js', PRIVATE),
  /** The IAB TCF module, loaded by the drop-in script when `tcf` is configured (own lit-html copy, IAB libraries inlined). */
  iife('src/tcf-drop-in.ts', 'dist/consent-panel-tcf.js'),
  /** The embeds' placeholders, loaded by the drop-in script when a page has a gated embed. */
  iife('src/embeds-drop-in.ts', 'dist/consent-panel-embeds.js', PRIVATE),
  /** Receipts (proof of consent), loaded by the drop-in script when `receipts` is configured. */
  iife('src/receipts-drop-in.ts', 'dist/consent-panel-receipts.js'),
  /** The shared cookie (`cookieDomain`), loaded by the drop-in script only when the page's decision and the cookie's differ. */
  iife('src/cookie-domain-drop-in.ts', 'dist/consent-panel-cookie-domain.js'),
  /** The vendor presets module, loaded by the drop-in script when a purpose's vendors name a preset (each preset's data is dist/presets/<id>.js). */
  iife('src/presets-drop-in.ts', 'dist/consent-panel-presets.js', PRIVATE),
  /** The vendor presets' tag loader kinds, one piece each, loaded with the presets that use them (or in a site's bundle). */
  ...['gtag', 'gtm', 'matomo', 'piano', 'queue', 'poool', 'construct'].map((kind) =>
    iife(`src/presets/pieces/${kind}.ts`, `dist/presets/kind-${kind}.js`),
  ),
  /** The presets module as the first part of a site's presets file (scripts/presets/bundle.mjs), before its kinds and data. */
  iife('src/presets/pieces/site.ts', 'dist/presets/site.js', PRIVATE),
  /** The `__tcfapi` stub, to inline in <head>. */
  iife('src/tcf-stub.ts', 'dist/tcf-stub.js'),
];
