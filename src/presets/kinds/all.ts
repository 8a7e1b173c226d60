/**
 * Every tag loader kind, by name: what usePresets() (src/presets.ts) offers,
 * bundlers taking them all. The drop-in script's module fetches each kind's
 * own piece instead (src/presets/pieces/<kind>.ts, dist/presets/kind-<kind>.js).
 * test/presets/kinds.test.mjs checks that these, the schema's kinds
 * (KINDS, src/presets/kind-pieces.ts) and the built pieces agree.
 */
import type { TagKind } from '../types.js';
import { construct } from './construct.js';
import { gtag, gtm } from './gtag.js';
import { matomo } from './matomo.js';
import { piano } from './piano.js';
import { poool } from './poool.js';
import { queue } from './queue.js';

export const ALL_KINDS: Record<string, TagKind> = { gtag, gtm, matomo, piano, queue, poool, construct };
