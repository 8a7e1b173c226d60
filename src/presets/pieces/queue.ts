// dist/presets/kind-queue.js: the queue tag loader (src/presets/kinds/queue.ts).
import { queue } from '../kinds/queue.js';
import { registry } from '../registry.js';

registry().push({ kinds: { queue } });
