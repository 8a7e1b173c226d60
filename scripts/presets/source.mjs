// A preset as the browser gets it: the runtime form (what the page reads, in
// the languages a site can show) written as a JavaScript literal. No Node.js
// import: scripts/presets/catalogue.mjs (bundle.mjs, the build) and the
// configurator (demo/configurator.js, which loads the copy the build puts in
// dist/presets/source.mjs) make a site's presets file with the same code.

/**
 * A text (`{ fr, en }`) reduced to the languages a site's panel can show
 * (`langs`, supported codes; none: every language, as it is). A language the
 * text lacks keeps the one the panel falls back on (src/i18n localize():
 * English, else French, else the first). One language left: a plain string,
 * which the panel shows as it is whatever its language, with no console
 * warning; several: the object with those, in its own order.
 */
export function textIn(text, langs) {
  if (!langs?.length || !text || typeof text != 'object') return text;
  const kept = new Set(
    langs.map((lang) => (Object.hasOwn(text, lang) ? lang : ['en', 'fr', ...Object.keys(text)].find((key) => Object.hasOwn(text, key)))),
  );
  const keys = Object.keys(text).filter((key) => kept.has(key));
  return keys.length == 1 ? text[keys[0]] : Object.fromEntries(keys.map((key) => [key, text[key]]));
}

/**
 * What the browser downloads of a preset: fields the runtime does not need (documentation, review notes, examples) are
 * left out, and its texts are kept in `langs` only (textIn; none: every language).
 */
export function runtimeForm(preset, langs) {
  // The description and the purpose are for people choosing presets (the README, the configurator); the panel shows neither.
  const { $schema, sources, unverified, note, processing, exemptible, iabVendorId, description, purpose, ...kept } = preset;
  (void $schema, sources, unverified, note, processing, iabVendorId, description, purpose);
  const out = { ...kept };
  // The Consent Mode types are read by the gtag and gtm kinds only (the built-in Consent Mode plugin reads the site's own settings).
  if (!['gtag', 'gtm'].includes(out.tag?.kind)) delete out.consentMode;
  if (exemptible) out.exemptible = true;
  if (!out.cookies.length) delete out.cookies;
  if (!out.storageKeys.length) delete out.storageKeys;
  // The one text the panel shows of a preset's (its vendor's retention, in the preferences).
  if (out.retention) out.retention = textIn(out.retention, langs);
  if (out.tag) {
    // Bytes every reader of a site using presets downloads: what the runtime takes as its default is left out
    // (kind "script", no parameters).
    const { kind, params, ...tag } = out.tag;
    out.tag = { ...(kind === 'script' ? {} : { kind }), ...tag };
    if (Object.keys(params).length) out.tag.params = Object.fromEntries(Object.entries(params).map(([k, p]) => [k, p.pattern]));
  }
  return out;
}

/**
 * A preset's data as the browser gets it, a JavaScript literal: JSON, without the quotes around keys that are
 * identifiers (`{id:"youtube",…}`), which every file of presets repeats.
 */
// `__proto__` written as a computed key: in a literal, quoted or not, it would set the object's prototype.
const keySource = (key) => (key == '__proto__' ? '["__proto__"]' : /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key));

export const presetSource = (value) =>
  Array.isArray(value)
    ? `[${value.map(presetSource).join(',')}]`
    : value && typeof value == 'object'
      ? `{${Object.entries(value)
          .filter(([, item]) => item !== undefined)
          .map(([key, item]) => `${keySource(key)}:${presetSource(item)}`)
          .join(',')}}`
      : JSON.stringify(value);

/**
 * A classic script handing presets to the presets module (src/presets/registry.ts), whichever of the two arrives
 * first; their texts in `langs` only (none: every language).
 */
export const registerSource = (presets, langs) =>
  `(self.consentPanelPresets||=[]).push(${presets.map((p) => presetSource(runtimeForm(p, langs))).join(',')});\n`;

/** The piece (dist/presets/kind-<piece>.js, from src/presets/pieces/) holding a preset's tag loader kind, one per kind; none for kind script. */
export const pieceOf = (preset) => (preset.tag && preset.tag.kind != 'script' ? preset.tag.kind : '');

/**
 * A presets file: `code` (the built sources of the presets module, dist/presets/site.js, unless the file is a bundle
 * of data and kinds only, then of the pieces of the kinds its presets use, in the order of first use), then one push
 * of the presets' data, their texts in `langs` only (none: every language).
 */
export const presetsFile = (code, chosen, langs) => `${code.map((text) => `${text.trim()}\n`).join('')}${registerSource(chosen, langs)}`;
