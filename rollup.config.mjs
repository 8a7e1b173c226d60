import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyTemplates } from './scripts/minify-templates.mjs';

/** One classic script (IIFE), everything it imports inlined, minified. */
const iife = (input, file) => ({
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
      format: { comments: false },
    }),
    minifyTemplates(),
  ],
});

export default [
  /** The drop-in script: one classic script with Lit inlined, minified. */
  iife('src/drop-in.ts', 'dist/consent-panel.js'),
  /** The IAB TCF module, loaded by the drop-in script when `tcf` is configured (own lit-html copy, IAB libraries inlined). */
  iife('src/tcf-drop-in.ts', 'dist/consent-panel-tcf.js'),
  /** The `__tcfapi` stub, to inline in <head>. */
  iife('src/tcf-stub.ts', 'dist/tcf-stub.js'),
];
