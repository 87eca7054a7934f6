// Signing, submitting and reading the outcome of transactions: shared by the end-to-end tests
// and the operator tools (scripts/governance.sh), which must not import node:test.

import { explainError } from '@healthchain/client';

/**
 * Signs and submits `tx` with `signer`, resolves when it is in a finalized block with
 * `{ blockHash, events, dispatchError }`; rejects if the pool refuses it.
 */
export function submitFinalized(api, tx, signer, timeoutMs = 120_000) {
  return submitUntil(api, tx, signer, 'finalized', timeoutMs);
}

/** As `submitFinalized`, but resolves as soon as the transaction is in a best block. */
export function submitInBlock(api, tx, signer, timeoutMs = 120_000) {
  return submitUntil(api, tx, signer, 'inBlock', timeoutMs);
}

function submitUntil(api, tx, signer, until, timeoutMs) {
  return new Promise((resolve, reject) => {
    let unsub = null;
    const timer = setTimeout(() => {
      if (unsub) unsub();
      reject(new Error(`transaction not ${until} within ${timeoutMs} ms`));
    }, timeoutMs);
    tx.signAndSend(signer, (result) => {
      const { status, events, dispatchError } = result;
      if (status.isInvalid || status.isDropped || status.isUsurped) {
        clearTimeout(timer);
        if (unsub) unsub();
        reject(new Error(`transaction ${status.type}`));
      } else if (status.isFinalized || (until === 'inBlock' && status.isInBlock)) {
        clearTimeout(timer);
        if (unsub) unsub();
        const blockHash = status.isFinalized ? status.asFinalized : status.asInBlock;
        resolve({ blockHash, events, dispatchError });
      }
    }).then((u) => { unsub = u; }, (e) => { clearTimeout(timer); reject(e); });
  });
}

/**
 * A dispatch error as text, from the client's decoding (`explainError`, every nested variant):
 * `pallet.Error` for module errors (`pallet.Error(Inner)` when the error carries a code),
 * `token.Kind` for token errors, `BadOrigin`.
 */
export function describeError(api, dispatchError) {
  const { pallet, path } = explainError(api, dispatchError);
  const [outer, ...inner] = path;
  const lower = (name) => `${name[0].toLowerCase()}${name.slice(1)}`;
  if (pallet) return `${lower(pallet)}.${inner.reduce((text, v) => `${text}(${v}`, outer)}${')'.repeat(inner.length)}`;
  return inner.length ? `${lower(outer)}.${inner.join('.')}` : outer;
}

/** Fails with the dispatch error's name unless the transaction succeeded. */
export function assertOk(api, { dispatchError }) {
  if (dispatchError) throw new Error(`transaction failed: ${describeError(api, dispatchError)}`);
}
