// dist/presets/kind-piano.js: the piano tag loader (src/presets/kinds/piano.ts).
import { piano } from '../kinds/piano.js';
import { offerKinds } from '../registry.js';

offerKinds({ piano });
