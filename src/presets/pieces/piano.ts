// dist/presets/kind-piano.js: the piano tag loader (src/presets/kinds/piano.ts).
import { piano } from '../kinds/piano.js';
import { registry } from '../registry.js';

registry().push({ kinds: { piano } });
