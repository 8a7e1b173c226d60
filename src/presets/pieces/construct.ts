// dist/presets/kind-construct.js: the construct tag loader (src/presets/kinds/construct.ts).
import { construct } from '../kinds/construct.js';
import { registry } from '../registry.js';

registry().push({ kinds: { construct } });
