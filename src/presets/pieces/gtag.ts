// dist/presets/kind-gtag.js: the gtag tag loader (src/presets/kinds/gtag.ts); gtm is a piece of its own.
import { gtag } from '../kinds/gtag.js';
import { registry } from '../registry.js';

registry().push({ kinds: { gtag } });
