// Signing, submitting and reading the outcome of transactions: shared by the end-to-end tests
// and the operator tools (scripts/governance.sh), which must not import node:test.

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
 * A dispatch error as text: `pallet.Error` for module errors (`pallet.Error(Inner)` when the error
 * carries a code), `token.Kind` for token errors.
 */
export function describeError(api, dispatchError) {
  if (dispatchError.isModule) {
    const module = dispatchError.asModule;
    const { section, name, args } = api.registry.findMetaError(module);
    if (args.length === 1) {
      // An error with a field, e.g. consent.ConsentDenied(NoConsent): decode it.
      const inner = api.registry.createType(args[0], module.error.toU8a().subarray(1));
      return `${section}.${name}(${inner.toString()})`;
    }
    return `${section}.${name}`;
  }
  if (dispatchError.isBadOrigin) return 'BadOrigin';
  if (dispatchError.isToken) return `token.${dispatchError.asToken.type}`;
  if (dispatchError.isArithmetic) return `arithmetic.${dispatchError.asArithmetic.type}`;
  return dispatchError.type;
}

/** Fails with the dispatch error's name unless the transaction succeeded. */
export function assertOk(api, { dispatchError }) {
  if (dispatchError) throw new Error(`transaction failed: ${describeError(api, dispatchError)}`);
}
