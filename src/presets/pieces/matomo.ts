// dist/presets/kind-matomo.js: the matomo tag loader (src/presets/kinds/matomo.ts).
import { matomo } from '../kinds/matomo.js';
import { registry } from '../registry.js';

registry().push({ kinds: { matomo } });
