// dist/presets/kind-poool.js: the Poool Audit.js tag loader (src/presets/kinds/poool.ts).
import { poool } from '../kinds/poool.js';
import { registry } from '../registry.js';

registry().push({ kinds: { poool } });
