// dist/presets/kind-piano.js: the piano tag loader (src/presets/kinds/piano.ts).
import { piano } from '../kinds/piano.js';
import { offer } from '../registry.js';

offer({ kinds: { piano } });
