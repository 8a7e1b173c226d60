import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyTemplates } from './scripts/minify-templates.mjs';

/** The drop-in script: one classic script with Lit inlined, minified. */
export default {
  input: 'src/drop-in.ts',
  output: {
    file: 'dist/consent-panel.js',
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
};
