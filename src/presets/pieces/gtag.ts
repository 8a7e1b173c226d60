// dist/presets/kind-gtag.js: the gtag and gtm tag loaders (src/presets/kinds/gtag.ts).
import { gtag, gtm } from '../kinds/gtag.js';
import { offerKinds } from '../registry.js';

offerKinds({ gtag, gtm });
