// The package as a TypeScript site gets it: `npm pack` of the built package,
// unpacked into a tiny consumer project in a temporary folder, type-checked
// with `tsc --noEmit --strict` (and the package's own .d.ts files checked too:
// no skipLibCheck). Needs `npm run build` first; uses no registry: the
// package's dependencies (lit, the IAB's libraries) are linked from this
// project's node_modules.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const ts = createRequire(join(root, 'package.json'))('typescript');

let work;
let consumer;
let unpacked;

/** What a strict TypeScript site compiles with; `resolution` is NodeNext or Bundler. */
let compilerOptions = (resolution) => ({
  target: 'ES2022',
  module: resolution === 'Bundler' ? 'ESNext' : 'NodeNext',
  moduleResolution: resolution,
  lib: ['ES2022', 'DOM', 'DOM.Iterable'],
  strict: true,
  noEmit: true,
  // The package's .d.ts files are checked; TypeScript's own lib files are not (that is slow and not ours).
  skipLibCheck: false,
  skipDefaultLibCheck: true,
  types: [],
});

/** Uses every public type a site relies on; each `@ts-expect-error` is a misuse that must not compile. */
const CONSUMER = `
import 'consent-panel/define.js';
import 'consent-panel/tcf.js';
import 'consent-panel/receipts.js';
import { configHash, normalizeConfig } from 'consent-panel/config-hash.js';
import {
  ConsentPanelElement,
  type ConsentChangeEvent,
  type ConsentConfigInput,
  type ConsentDetail,
  type ConsentPanelApi,
  type ConsentReadyEvent,
  type GoogleConsentModeInput,
  type ConsentReceiptEvent,
  type ReceiptsInput,
  type TcfInput,
} from 'consent-panel';

document.addEventListener('consent-change', (e) => {
  const analytics: boolean | undefined = e.detail.purposes.analytics;
  const changed: string[] = e.detail.changed;
  return [analytics, changed, e.detail.source === 'banner', e.detail.record?.decidedAt];
});
document.addEventListener('consent-ready', (e: ConsentReadyEvent) => e.detail.decided);
window.addEventListener('consent-change', (e: ConsentChangeEvent) => e.detail.vendors['social/youtube']);

const ads: boolean | undefined = window.consentPanel?.granted('ads');
window.consentPanel?.onGranted('analytics', (detail: ConsentDetail) => detail.purposes);
(window.consentPanelQueue ||= []).push((api) => api.onChange((d) => d.changed));
(window.consentPanelQueue = window.consentPanelQueue || []).push((api: ConsentPanelApi) => api.ready.then((d) => d.decided));

const gcm: GoogleConsentModeInput = { map: { analytics: ['analytics_storage'] }, waitForUpdate: 500, region: ['FR'] };
const tcf: TcfInput = {
  cmpId: 123,
  cmpVersion: 2,
  gvlUrl: '/tcf/vendor-list.json',
  vendors: [755, 10],
  purposeMap: { ads: [1, 2, 3, 4, 7] },
  addtlConsent: { providers: [{ id: 89, name: 'Meta' }], purpose: 'ads' },
};
window.consentPanelConfig = {
  privacyUrl: '/confidentialite',
  revision: 3,
  purposes: [{ id: 'social', label: { fr: 'Réseaux sociaux', en: 'Social media' }, vendors: [{ id: 'youtube', name: 'YouTube', cookies: ['VISITOR_*'] }] }],
  googleConsentMode: { map: { analytics: ['analytics_storage'] } },
  tcf: { cmpId: 1, gvlUrl: '/tcf/' },
};
const config: ConsentConfigInput = { googleConsentMode: gcm, tcf };
const receipts: ReceiptsInput = { url: '/receipts' };
window.consentPanelConfig = { receipts: 'https://consent.example/receipts' };
document.addEventListener('consent-receipt', (e) => e.detail.status === 'stored' && e.detail.id.length);
const hash: Promise<string> = configHash(normalizeConfig({ receipts }), 'fr');

const panel = document.querySelector('consent-panel');
panel?.acceptAll();
panel?.set({ analytics: true, 'social/youtube': false });
panel?.addEventListener('consent-change', (e) => e.detail.changed);
const unsubscribe: (() => void) | undefined = panel?.onChange(() => {});
const el: ConsentPanelElement = document.createElement('consent-panel');
el.open();

// @ts-expect-error a gate is a string
window.consentPanel?.granted(42);
// @ts-expect-error the detail's purposes are booleans
document.addEventListener('consent-change', (e) => e.detail.purposes.analytics.toUpperCase());
// @ts-expect-error not a Google Consent Mode type
window.consentPanelConfig = { googleConsentMode: { map: { analytics: ['analytics'] } } };
// @ts-expect-error the CMP id is a number
window.consentPanelConfig = { tcf: { cmpId: '123', gvlUrl: '/tcf/' } };
// @ts-expect-error not a receipt status
document.addEventListener('consent-receipt', (e: ConsentReceiptEvent) => e.detail.status === 'lost');
// @ts-expect-error receipts takes a URL
window.consentPanelConfig = { receipts: { href: '/receipts' } };
// @ts-expect-error the queue takes functions
window.consentPanelQueue?.push('acceptAll');
// @ts-expect-error the element's runtime is internal
el.runtime;
// @ts-expect-error the element's draft is internal
el.draft;

export { ads, config, hash, unsubscribe };
`;

/** Each entry point alone brings the event and Window types. */
const DEFINE_ONLY = `
import 'consent-panel/define.js';

document.addEventListener('consent-ready', (e) => e.detail.purposes.analytics);
window.consentPanelConfig = { googleConsentMode: true, tcf: { cmpId: 123, gvlUrl: '/tcf/' } };
(window.consentPanelQueue ||= []).push((api) => api.onChange((d) => d.changed));
document.querySelector('consent-panel')?.rejectAll();
window.consentPanel?.reset();
`;
const INDEX_ONLY = `
import type { ConsentDetail } from 'consent-panel';

document.addEventListener('consent-change', (e) => e.detail.purposes.analytics);
window.consentPanelConfig = { googleConsentMode: { urlPassthrough: true }, tcf: { cmpId: 123, gvlUrl: '/tcf/' } };
(window.consentPanelQueue ||= []).push((api) => api.onChange((d: ConsentDetail) => d.changed));
const granted: boolean | undefined = window.consentPanel?.granted('analytics');
export { granted };
`;

/** A server's use of consent-panel/server: typed, and nothing of the DOM needed. */
const SERVER_ONLY = `
import { readConsent, type ServerConsent, type ServerConsentConfig } from 'consent-panel/server';
const config: ServerConsentConfig = { revision: '3', purposes: [{ id: 'necessary', required: true }, 'analytics', { id: 'social', vendors: ['youtube'] }] };
const consent: ServerConsent = readConsent('consent-panel=…', config);
const decided: boolean = consent.decided;
const youtube: boolean = consent.granted('social/youtube');
const analytics: boolean | undefined = consent.purposes.analytics;
const decidedAt: string | undefined = consent.record?.decidedAt;
readConsent(undefined);
// @ts-expect-error: expiresDays is a number
readConsent('', { expiresDays: '182' });
export { decided, youtube, analytics, decidedAt };
`;

function write(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, typeof text === 'string' ? text : JSON.stringify(text, null, 2));
}

/** Parsed files, shared by the programs: TypeScript's lib files are parsed once. */
const parsed = new Map();

/**
 * `tsc --noEmit` on one file of the consumer, in this process (one TypeScript
 * load for every check); resolves with the diagnostics, empty when it compiles.
 */
function typecheck(name, resolution) {
  const { options, errors } = ts.convertCompilerOptionsFromJson(compilerOptions(resolution), consumer);
  assert.deepEqual(errors, []);
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile;
  host.getSourceFile = (file, languageVersion, ...rest) => {
    const key = `${file}\0${JSON.stringify(languageVersion)}`;
    if (!parsed.has(key)) parsed.set(key, read.call(host, file, languageVersion, ...rest));
    return parsed.get(key);
  };
  const program = ts.createProgram([join(consumer, `${name}.ts`)], options, host);
  return ts.formatDiagnostics(ts.getPreEmitDiagnostics(program), { ...host, getCurrentDirectory: () => consumer }).trim();
}

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'consent-panel-pack-'));
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', work], { cwd: root });
  const tarball = join(work, JSON.parse(stdout)[0].filename);

  consumer = join(work, 'consumer');
  unpacked = join(consumer, 'node_modules/consent-panel');
  mkdirSync(unpacked, { recursive: true });
  // What `npm install ./consent-panel-x.y.z.tgz` puts in node_modules, without asking a registry for its dependencies.
  await run('tar', ['-xzf', tarball, '-C', unpacked, '--strip-components=1']);
  // Its dependencies and theirs, as npm would hoist them: links to this project's copies.
  const linked = new Set();
  const link = (dir) => {
    const { dependencies = {} } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    for (const name of Object.keys(dependencies)) {
      const source = join(root, 'node_modules', name);
      if (linked.has(name) || !existsSync(source)) continue;
      linked.add(name);
      mkdirSync(dirname(join(consumer, 'node_modules', name)), { recursive: true });
      symlinkSync(source, join(consumer, 'node_modules', name), 'dir');
      link(source);
    }
  };
  link(unpacked);
  write(join(consumer, 'package.json'), {
    name: 'consumer',
    private: true,
    type: 'module',
    dependencies: { 'consent-panel': `file:${tarball}` },
  });
  write(join(consumer, 'consumer.ts'), CONSUMER);
  write(join(consumer, 'define-only.ts'), DEFINE_ONLY);
  write(join(consumer, 'index-only.ts'), INDEX_ONLY);
  write(join(consumer, 'server-only.ts'), SERVER_ONLY);
});

after(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed package, as a TypeScript site uses it', () => {
  test('a strict consumer type-checks (NodeNext): events, window, config, element, misuses refused', () => {
    assert.equal(typecheck('consumer', 'NodeNext'), '');
  });

  test('the same consumer type-checks with a bundler’s resolution', () => {
    assert.equal(typecheck('consumer', 'Bundler'), '');
  });

  test('consent-panel/define.js alone types the events, window.consentPanel* and the element', () => {
    assert.equal(typecheck('define-only', 'NodeNext'), '');
  });

  test('consent-panel alone types the events and window.consentPanel*', () => {
    assert.equal(typecheck('index-only', 'NodeNext'), '');
  });

  test('consent-panel/server types a server with no DOM library', () => {
    const withoutDom = compilerOptions;
    try {
      compilerOptions = (resolution) => ({ ...withoutDom(resolution), lib: ['ES2022'] });
      assert.equal(typecheck('server-only', 'NodeNext'), '');
    } finally {
      compilerOptions = withoutDom;
    }
  });

  test('no .d.ts in the package has @internal or a public member named like a private one', () => {
    const dts = readdirSync(unpacked, { recursive: true }).filter((f) => f.endsWith('.d.ts'));
    assert.ok(dts.includes(join('dist', 'esm', 'index.d.ts')), 'dist/esm/index.d.ts is packed');
    const problems = [];
    for (const file of dts) {
      const text = readFileSync(join(unpacked, file), 'utf8');
      if (text.includes('@internal')) problems.push(`${file}: @internal`);
      for (const [line] of text.matchAll(/^[ \t]+(?:(?:readonly|static|protected|get|set)[ \t]+)*_\w+.*$/gm))
        problems.push(`${file}: ${line.trim()}`);
    }
    assert.deepEqual(problems, []);
  });

  test('the package ships custom-elements.json and the types of every entry point', () => {
    const pkg = JSON.parse(readFileSync(join(unpacked, 'package.json'), 'utf8'));
    for (const target of Object.values(pkg.exports)) {
      for (const file of typeof target === 'object' ? Object.values(target) : [target]) {
        // A subpath pattern (`./presets/*.json`) must match at least one packed file.
        const [dir, rest] = file.split('*');
        const exists =
          rest === undefined
            ? existsSync(join(unpacked, file))
            : existsSync(join(unpacked, dir)) && readdirSync(join(unpacked, dir)).some((name) => name.endsWith(rest));
        assert.ok(exists, file);
      }
    }
    assert.ok(existsSync(join(unpacked, pkg.customElements)), pkg.customElements);
  });
});
