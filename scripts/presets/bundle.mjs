#!/usr/bin/env node
// `node scripts/presets/bundle.mjs youtube google-analytics … > consent-presets.js`:
// a site's presets file, one classic script: the presets module
// (dist/presets/site.js), the given presets and the tag loader kinds they use
// (dist/presets/kind-*.js, so after npm run build) and no other, for a site to
// serve (or inline) before the drop-in script, which then fetches neither the
// presets module nor any preset.
import { fileURLToPath } from 'node:url';
import { siteFile } from './catalogue.mjs';

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const ids = process.argv.slice(2);
  if (!ids.length) {
    console.error('usage: node scripts/presets/bundle.mjs <preset id>… > consent-presets.js');
    process.exit(2);
  }
  try {
    process.stdout.write(siteFile(ids));
  } catch (error) {
    console.error(String(error.message));
    process.exit(1);
  }
}
