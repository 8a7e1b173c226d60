// dist/presets/kind-construct.js: the construct tag loader (src/presets/kinds/construct.ts).
import { construct } from '../kinds/construct.js';
import { offerKinds } from '../registry.js';

offerKinds({ construct });
