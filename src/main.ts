import { main } from './action/main.js';

// The Action's entry (ncc bundles this file as dist/index.js).
await main();
