#!/usr/bin/env node
// @ts-check
// `npx consent-panel-receiver`: the receipts receiver. Settings: see docs/receiver.md.
import { main } from '../receiver/main.mjs';

await main();
