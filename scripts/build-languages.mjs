// Writes dist/i18n/xx.js, one classic script per language other than French and
// English (those are in the drop-in), from the ESM build of src/i18n/langs/xx.ts;
// dist/consent-panel.xx.js, the drop-in with that language inlined, for
// sites with one fixed language; and dist/i18n/tcf-xx.js, the IAB TCF module's texts. Run by scripts/build.mjs after tsc.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

const dist = new URL('../dist/', import.meta.url);
const langs = new URL('esm/i18n/langs/', dist);
mkdirSync(new URL('i18n/', dist), { recursive: true });
const dropIn = readFileSync(new URL('consent-panel.js', dist), 'utf8');

for (const file of readdirSync(langs).filter((f) => /^[a-z]{2}\.js$/.test(f))) {
  const lang = file.slice(0, 2);
  const { default: pack } = await import(new URL(file, langs));
  // Leaves the pack under its code, where the drop-in reads it (src/i18n/pack.ts, LANG_KEY).
  const script = `(()=>{var k=Symbol.for("consent-panel.i18n"),w=window;(w[k]=w[k]||{}).${lang}=${JSON.stringify(pack)}})();\n`;
  writeFileSync(new URL(`i18n/${lang}.js`, dist), script);
  writeFileSync(new URL(`consent-panel.${lang}.js`, dist), script + dropIn);
}

// The IAB TCF module's own texts: dist/i18n/tcf-xx.js, loaded by consent-panel-tcf.js.
const tcf = new URL('esm/i18n/tcf/', dist);
for (const file of readdirSync(tcf).filter((f) => /^[a-z]{2}\.js$/.test(f))) {
  const lang = file.slice(0, 2);
  const { default: texts } = await import(new URL(file, tcf));
  const script = `(()=>{var k=Symbol.for("consent-panel.i18n"),w=window;(w[k]=w[k]||{})["tcf-${lang}"]=${JSON.stringify(texts)}})();\n`;
  writeFileSync(new URL(`i18n/tcf-${lang}.js`, dist), script);
}
