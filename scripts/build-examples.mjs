// Builds the framework examples (examples/react, vue, svelte) with esbuild into
// examples/<name>/dist/app.js: `node scripts/build-examples.mjs [name…]`
// after `npm run build` (they import consent-panel's ESM entries from dist/esm).
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import sveltePlugin from 'esbuild-svelte';
import { compileScript, compileTemplate, parse } from 'vue/compiler-sfc';

const root = fileURLToPath(new URL('..', import.meta.url));

/** `<consent-panel>` is a custom element, not a Vue component. */
const isCustomElement = (tag) => tag === 'consent-panel';

/** Vue single-file components (script setup and template; no styles), with Vue's own SFC compiler. */
const vuePlugin = {
  name: 'vue-sfc',
  setup(builder) {
    builder.onLoad({ filter: /\.vue$/ }, async ({ path }) => {
      const { descriptor, errors } = parse(await readFile(path, 'utf8'), { filename: path });
      if (errors.length) return { errors: errors.map((error) => ({ text: String(error) })) };
      const id = basename(path);
      if (descriptor.scriptSetup || descriptor.script) {
        const script = compileScript(descriptor, { id, inlineTemplate: true, templateOptions: { compilerOptions: { isCustomElement } } });
        return { contents: script.content, loader: 'js', resolveDir: fileURLToPath(new URL('.', `file://${path}`)) };
      }
      const template = compileTemplate({ source: descriptor.template.content, filename: path, id, compilerOptions: { isCustomElement } });
      return { contents: `${template.code}\nexport default { render };`, loader: 'js' };
    });
  },
};

export const EXAMPLES = {
  react: { entry: 'src/main.jsx', plugins: [] },
  vue: { entry: 'src/main.js', plugins: [vuePlugin] },
  svelte: { entry: 'src/main.js', plugins: [sveltePlugin({ compilerOptions: { css: 'injected' } })] },
};

export async function buildExample(name) {
  const { entry, plugins } = EXAMPLES[name];
  await build({
    entryPoints: [`${root}examples/${name}/${entry}`],
    outfile: `${root}examples/${name}/dist/app.js`,
    bundle: true,
    format: 'esm',
    minify: true,
    jsx: 'automatic',
    conditions: ['svelte', 'browser', 'production'],
    mainFields: ['svelte', 'browser', 'module', 'main'],
    define: {
      'process.env.NODE_ENV': '"production"',
      __VUE_OPTIONS_API__: 'false',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    plugins,
    logLevel: 'error',
  });
}

export const buildExamples = (names = Object.keys(EXAMPLES)) => Promise.all(names.map(buildExample));

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const names = process.argv.slice(2);
  await buildExamples(names.length ? names : undefined);
  console.log(`built ${(names.length ? names : Object.keys(EXAMPLES)).map((name) => `examples/${name}/dist/app.js`).join(', ')}`);
}
