// The vendor presets (presets/*.json): reading them, checking them against
// presets/schema.json, and the compact form the browser gets.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PRESETS_DIR = fileURLToPath(new URL('../../presets/', import.meta.url));

/** Where the build puts each preset's data and the kinds' pieces. */
export const DIST = fileURLToPath(new URL('../../dist/presets/', import.meta.url));

export const readSchema = () => JSON.parse(readFileSync(join(PRESETS_DIR, 'schema.json'), 'utf8'));

/** Every preset, by file name order: `{ file, preset }`. */
export function readPresets(dir = PRESETS_DIR) {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json') && name !== 'schema.json')
    .sort()
    .map((file) => ({ file, preset: JSON.parse(readFileSync(join(dir, file), 'utf8')) }));
}

const typeOf = (value) => (Array.isArray(value) ? 'array' : value === null ? 'null' : Number.isInteger(value) ? 'integer' : typeof value);

/**
 * Checks `value` against the subset of JSON Schema (2020-12) that
 * presets/schema.json uses: type, enum, required, properties,
 * additionalProperties, items, minItems, uniqueItems, minLength, maxLength,
 * minimum, maximum, pattern, $ref to #/$defs. Returns the problems found, as
 * `path: message` strings; none when it conforms.
 */
export function validate(value, schema, root = schema, path = '') {
  if (schema.$ref) {
    const name = schema.$ref.replace('#/$defs/', '');
    if (!root.$defs?.[name]) return [`${path}: unknown $ref ${schema.$ref}`];
    return validate(value, root.$defs[name], root, path);
  }
  const problems = [];
  const at = path || '(root)';
  const type = typeOf(value);
  if (schema.type && !(schema.type === type || (schema.type === 'number' && type === 'integer')))
    return [`${at}: is ${type}, not ${schema.type}`];
  if (schema.enum && !schema.enum.includes(value)) problems.push(`${at}: ${JSON.stringify(value)} is not one of ${schema.enum.join(', ')}`);
  if (type === 'string') {
    if (schema.minLength !== undefined && value.length < schema.minLength) problems.push(`${at}: shorter than ${schema.minLength}`);
    if (schema.maxLength !== undefined && value.length > schema.maxLength) problems.push(`${at}: longer than ${schema.maxLength}`);
    if (schema.pattern && !new RegExp(schema.pattern, 'u').test(value))
      problems.push(`${at}: ${JSON.stringify(value)} does not match ${schema.pattern}`);
  }
  if (type === 'integer' || type === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) problems.push(`${at}: below ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum) problems.push(`${at}: above ${schema.maximum}`);
  }
  if (type === 'array') {
    if (schema.minItems !== undefined && value.length < schema.minItems) problems.push(`${at}: fewer than ${schema.minItems} items`);
    if (schema.uniqueItems && new Set(value.map((v) => JSON.stringify(v))).size !== value.length) problems.push(`${at}: items repeat`);
    if (schema.items) value.forEach((item, i) => problems.push(...validate(item, schema.items, root, `${path}[${i}]`)));
  }
  if (type === 'object') {
    for (const key of schema.required ?? []) if (!Object.hasOwn(value, key)) problems.push(`${at}: lacks ${key}`);
    for (const [key, item] of Object.entries(value)) {
      const sub = schema.properties?.[key] ?? schema.additionalProperties;
      const where = path ? `${path}.${key}` : key;
      if (sub === false || (sub === undefined && schema.additionalProperties === false)) problems.push(`${where}: is not allowed`);
      else if (sub && sub !== true) problems.push(...validate(item, sub, root, where));
    }
  }
  return problems;
}

/** Fields the runtime does not need (documentation, review notes, examples) are left out of what the browser downloads. */
export function runtimeForm(preset) {
  // The description and the purpose are for people choosing presets (the README, the configurator); the panel shows neither.
  const { $schema, sources, unverified, note, processing, exemptible, iabVendorId, description, purpose, ...kept } = preset;
  (void $schema, sources, unverified, note, processing, iabVendorId, description, purpose);
  const out = { ...kept };
  // The Consent Mode types are read by the gtag and gtm kinds only (the built-in Consent Mode plugin reads the site's own settings).
  if (!['gtag', 'gtm'].includes(out.tag?.kind)) delete out.consentMode;
  if (exemptible) out.exemptible = true;
  if (!out.cookies.length) delete out.cookies;
  if (!out.storageKeys.length) delete out.storageKeys;
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

/** A classic script handing presets to the presets module (src/presets/registry.ts), whichever of the two arrives first. */
export const registerSource = (presets) =>
  `(self.consentPanelPresets||=[]).push(${presets.map((p) => presetSource(runtimeForm(p))).join(',')});\n`;

/** The piece (dist/presets/kind-<piece>.js, from src/presets/pieces/) holding a preset's tag loader kind, one per kind; none for kind script. */
export const pieceOf = (preset) => (preset.tag && preset.tag.kind != 'script' ? preset.tag.kind : '');

/** src/presets/kind-pieces.ts: which piece each preset with a tag loader kind needs, for the module to fetch it alongside the preset's data. */
export function kindPiecesSource(presets = readPresets(), schema = readSchema()) {
  // Every kind of the schema but `script` has its piece, whether a preset of the catalogue uses it or not (a hand-made one may).
  const pieces = Object.fromEntries(
    schema.properties.tag.properties.kind.enum.filter((kind) => kind != 'script').map((kind) => [kind, []]),
  );
  for (const { preset } of presets) if (pieceOf(preset)) pieces[pieceOf(preset)].push(preset.id);
  return `// Generated by scripts/presets/build.mjs from presets/*.json (npm run build): do not edit.
/**
 * The piece holding each tag loader kind (dist/presets/kind-<kind>.js, one per kind of presets/schema.json but
 * \`script\`) → the presets of the catalogue that need it; presets of kind script need none.
 */
export const PIECES: Record<string, string> = {
${Object.entries(pieces)
  .sort()
  .map(([piece, ids]) => `  ${piece}: '${ids.join(' ')}',`)
  .join('\n')}
};

/** Every tag loader kind there is (presets/schema.json): a preset naming another is reported, its vendor dropped. */
export const KINDS = '${schema.properties.tag.properties.kind.enum.join(' ')}'.split(' ');
`;
}

/**
 * One classic script holding the given presets, for a site to serve (or
 * inline) before the drop-in script: the presets module then fetches none of
 * them. Unknown ids throw.
 */
export function bundlePresets(ids, presets = readPresets(), dist = DIST) {
  const byId = new Map(presets.map(({ preset }) => [preset.id, preset]));
  const unknown = ids.filter((id) => !byId.has(id));
  if (unknown.length) throw new Error(`unknown preset ${unknown.join(', ')}`);
  const chosen = [...new Set(ids)].map((id) => byId.get(id));
  // The tag loader kinds these presets use, and only those: built by rollup (npm run build).
  const pieces = [...new Set(chosen.map(pieceOf).filter(Boolean))].map((piece) => {
    const file = join(dist, `kind-${piece}.js`);
    if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build first`);
    return readFileSync(file, 'utf8').trim();
  });
  return `${pieces.map((piece) => `${piece}\n`).join('')}${registerSource(chosen)}`;
}

/**
 * A site's presets file: the presets module (dist/presets/site.js, built by
 * npm run build), then the given presets and the tag loader kinds they use
 * (bundlePresets). Served or inlined before the drop-in script, it is all the
 * page downloads for its presets: the drop-in script fetches neither the
 * module nor any preset. Unknown ids throw.
 */
export function siteFile(ids, presets = readPresets(), dist = DIST) {
  const bundle = bundlePresets(ids, presets, dist);
  const file = join(dist, 'site.js');
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build first`);
  return `${readFileSync(file, 'utf8').trim()}\n${bundle}`;
}
