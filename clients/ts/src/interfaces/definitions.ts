// The user definitions @polkadot/typegen reads (`npm run generate`).
export { default as healthchain } from './healthchain/definitions.js';
