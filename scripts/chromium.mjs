// Finds a Chromium for the browser and e2e tests. Machines here may have no
// system browser and cannot download one at run time, so the last resort is the
// headless shell shipped inside the @sparticuz/chromium npm tarball.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// Our own flags: sparticuz's list has --single-process and --disable-web-security,
// which would hide real cross-origin and CSP behaviour from the tests.
// --no-sandbox because CI runs as root.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

function systemChromium() {
  // The real binary first: Debian's /usr/bin/chromium wrapper prints a noisy
  // dev-shm warning on every launch.
  for (const p of ['/usr/lib/chromium/chromium', '/usr/bin/chromium']) {
    if (existsSync(p)) return p;
  }
  return onPath('google-chrome') ?? onPath('google-chrome-stable');
}

async function sparticuzChromium() {
  const pkg = join(root, 'node_modules/@sparticuz/chromium/package.json');
  const version = JSON.parse(readFileSync(pkg, 'utf8')).version;
  // sparticuz reuses $TMPDIR/chromium with no version check, so each version
  // gets its own folder; extracting into a private folder and renaming it keeps
  // a half-written or concurrently written binary from ever being used.
  const base = join(root, '.cache/chromium-tmp');
  const final = join(base, version);
  if (existsSync(join(final, 'chromium'))) return { path: join(final, 'chromium'), version };

  const work = join(base, `${version}.partial-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const savedTmp = process.env.TMPDIR;
  process.env.TMPDIR = work; // sparticuz inflates into os.tmpdir()
  try {
    const { default: chromium } = await import('@sparticuz/chromium');
    await chromium.executablePath();
  } finally {
    if (savedTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmp;
  }
  try {
    renameSync(work, final);
  } catch (err) {
    // Another process finished first: use its copy.
    rmSync(work, { recursive: true, force: true });
    if (!existsSync(join(final, 'chromium'))) throw err;
  }
  return { path: join(final, 'chromium'), version };
}

let memo;

/** @returns {Promise<{ executablePath: string, headless: boolean, source: string }>} */
export function resolveChromium() {
  memo ??= (async () => {
    if (process.env.CHROME_PATH) {
      return { executablePath: process.env.CHROME_PATH, headless: true, source: 'CHROME_PATH' };
    }
    const system = systemChromium();
    if (system) return { executablePath: system, headless: true, source: system };
    const { path, version } = await sparticuzChromium();
    return { executablePath: path, headless: true, source: `@sparticuz/chromium ${version}` };
  })();
  return memo;
}

// `node scripts/chromium.mjs` prints what would be used (and warms the cache).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const t0 = Date.now();
  const c = await resolveChromium();
  console.log(`chromium: ${c.executablePath} (${c.source}, ${Date.now() - t0} ms)`);
}
