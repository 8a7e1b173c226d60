// dist/presets/kind-gtm.js: the gtm tag loader (src/presets/kinds/gtag.ts), a piece apart from gtag's: a site using
// one of the two downloads only its own.
import { gtm } from '../kinds/gtag.js';
import { registry } from '../registry.js';

registry().push({ kinds: { gtm } });
