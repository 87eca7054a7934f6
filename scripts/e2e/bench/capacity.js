// How many transactions of a call one block holds, which sizes the full-mode runs: first from
// the declared weight of a signed sample (no chain state needed), then from what one real
// transaction was charged (refunds applied), and the per-call transaction counts from that.

import { u8aConcat, u8aToHex } from '@polkadot/util';

/**
 * The declared capacity of `call`: the normal class's weight limit over the weight a signed
 * sample declares (`TransactionPaymentApi_query_info` plus the base extrinsic weight), and the
 * normal class's length limit over the sample's length; the smaller of the two. Returns
 * `{ perBlock, weightUs, bytes, byWeight, byLength }`.
 */
export async function declaredCapacity(chain, setup, call) {
  const { api } = chain;
  const { pair, call: tx } = call.sample(setup);
  const signed = await tx.signAsync(pair, { nonce: 0, era: 0 });
  // Through state_call: @polkadot/api 16 encodes the Extrinsic argument of
  // `api.call.transactionPaymentApi.queryInfo` in a way the runtime cannot decode (it panics with
  // "Bad input data provided to query_info").
  const data = u8aConcat(signed.toU8a(), api.createType('u32', signed.encodedLength).toU8a());
  const info = api.createType('RuntimeDispatchInfo', await api.rpc.state.call('TransactionPaymentApi_query_info', u8aToHex(data)));
  const normal = api.consts.system.blockWeights.perClass.normal;
  const perTx = info.weight.refTime.toBigInt() + normal.baseExtrinsic.refTime.toBigInt();
  const byWeight = Number(normal.maxTotal.unwrap().refTime.toBigInt() / perTx);
  const byLength = Math.floor(api.consts.system.blockLength.max.normal.toNumber() / signed.encodedLength);
  return { perBlock: Math.min(byWeight, byLength), weightUs: Number(perTx) / 1e6, bytes: signed.encodedLength, byWeight, byLength };
}

/**
 * The real capacity of each of `calls` from one real transaction: prepares one (its set-up
 * included), runs it and reads the weight it was charged after dispatch (`ExtrinsicSuccess`:
 * the call's actual weight, refunds applied, plus the base extrinsic weight). The declared
 * weight can be far above it (`consent.revokeConsent` declares the worst case of the research
 * hook and is refunded), and a block fits transactions by what they are charged. Returns
 * `Map(name → { chargedUs, perBlock } | { error })`, `perBlock` also bound by the block length
 * (`declared`: the `declaredCapacity` of each call).
 */
export async function calibrate(chain, setup, calls, declared) {
  const { api } = chain;
  const maxNormal = api.consts.system.blockWeights.perClass.normal.maxTotal.unwrap().refTime.toBigInt();
  const results = await Promise.allSettled(calls.map(async (call) => {
    const [item] = await call.prepare(setup, 1);
    return chain.execute(item.pair, item.call, `${call.name}: calibration transaction`);
  }));
  const capacities = new Map();
  results.forEach((result, k) => {
    const { name } = calls[k];
    if (result.status === 'rejected') {
      capacities.set(name, { error: result.reason.message });
      return;
    }
    const success = result.value.events.find(({ event }) => api.events.system.ExtrinsicSuccess.is(event));
    const charged = success.event.data.dispatchInfo.weight.refTime.toBigInt();
    const byWeight = Number(maxNormal / charged);
    capacities.set(name, { chargedUs: Number(charged) / 1e6, perBlock: Math.min(byWeight, declared.get(name).byLength) });
  });
  return capacities;
}

/**
 * The measured transactions of `call`: `--txs`, else its smoke size, else about 5.5 blocks at
 * its calibrated capacity (at least 5 full blocks and a partial one), between 100 and 60,000.
 */
export function txCount(options, call, capacity) {
  if (options.txs[call.name]) return options.txs[call.name];
  if (options.txsAll) return options.txsAll;
  if (options.smoke) return call.smoke;
  return Math.max(100, Math.min(60_000, Math.ceil(5.5 * capacity.perBlock)));
}
