// The chain runs: a real `healthchain-node --dev` produces and finalizes blocks, serves its
// properties and V15 metadata, and executes a signed transfer from @polkadot/api.

import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';

import { Keyring } from '@polkadot/keyring';
import { mnemonicGenerate } from '@polkadot/util-crypto';

import { describeError, submitFinalized, useDevNode, waitForHead } from '../lib/node.js';
import { rpc } from '@healthchain/client';

describe('development chain', () => {
  const ctx = useDevNode(['Alice']);
  let api;
  let alice;
  before(() => {
    ({ api } = ctx);
    alice = ctx.k.alice;
  });

  test('produces blocks and finalizes them', async () => {
    const best = await waitForHead(api, 'best', (h) => h.number.toNumber() >= 3);
    assert.ok(best.number.toNumber() >= 3);
    const finalized = await waitForHead(api, 'finalized', (h) => h.number.toNumber() >= 2);
    assert.ok(finalized.number.toNumber() >= 2, `finalized #${finalized.number}`);
    const finalizedHash = await api.rpc.chain.getFinalizedHead();
    const finalizedHeader = await api.rpc.chain.getHeader(finalizedHash);
    assert.ok(finalizedHeader.number.toNumber() >= 2);
  });

  test('serves exactly the healthchain_* methods of the one method list', async () => {
    // The client's definitions are generated from rpc/src/methods.rs (tested there); the node must
    // serve the same set, no more and no fewer.
    const served = (await api.rpc.rpc.methods()).methods.map((m) => m.toString()).filter((m) => m.startsWith('healthchain_')).sort();
    const defined = Object.keys(rpc.healthchain).map((m) => `healthchain_${m}`).sort();
    assert.deepEqual(served, defined);
  });

  test('serves chain properties consistent with the runtime', async () => {
    const props = await api.rpc.system.properties();
    assert.equal(props.tokenSymbol.unwrap()[0].toString(), 'HCT');
    assert.equal(props.tokenDecimals.unwrap()[0].toNumber(), 12);
    assert.equal(props.ss58Format.unwrap().toNumber(), api.consts.system.ss58Prefix.toNumber());
    assert.equal((await api.rpc.system.chain()).toString(), 'HealthChain Development');
    assert.equal(api.runtimeVersion.specName.toString(), 'healthchain');
  });

  test('serves V15 and V16 metadata with the runtime APIs', async () => {
    const versions = (await api.call.metadata.metadataVersions()).map((v) => v.toNumber());
    assert.ok(versions.includes(15), `versions: ${versions}`);
    assert.ok(versions.includes(16), `versions: ${versions}`);
    const v15 = await api.call.metadata.metadataAtVersion(15);
    assert.ok(v15.isSome);
    // Opaque metadata: SCALE-prefixed bytes starting with the magic "meta" and version 15.
    const bytes = v15.unwrap().toU8a(true);
    assert.equal(Buffer.from(bytes.slice(0, 4)).toString('latin1'), 'meta');
    assert.equal(bytes[4], 15);
    // Polkadot.js decodes V15 and exposes runtime APIs as api.call.*.
    assert.ok(api.call.transactionPaymentApi, 'TransactionPaymentApi is listed in the metadata');
    assert.ok(api.call.genesisBuilder, 'GenesisBuilder is listed in the metadata');
  });

  test('executes a signed transfer and charges its fee', async () => {
    const recipient = new Keyring({ type: 'sr25519' }).addFromMnemonic(mnemonicGenerate());
    const amount = 5n * 10n ** 12n;
    const aliceBefore = (await api.query.system.account(alice.address)).data.free.toBigInt();

    const { blockHash, events, dispatchError } = await submitFinalized(
      api,
      api.tx.balances.transferKeepAlive(recipient.address, amount),
      alice,
    );
    assert.equal(dispatchError, undefined);

    const transfer = events.find(({ event }) => api.events.balances.Transfer.is(event));
    assert.ok(transfer, 'a Balances.Transfer event');
    const [from, to, value] = transfer.event.data;
    assert.equal(from.toString(), alice.address);
    assert.equal(to.toString(), recipient.address);
    assert.equal(value.toBigInt(), amount);

    const feeEvent = events.find(({ event }) => api.events.transactionPayment.TransactionFeePaid.is(event));
    assert.ok(feeEvent, 'a TransactionPayment.TransactionFeePaid event');
    const fee = feeEvent.event.data[1].toBigInt();
    assert.ok(fee > 0n, 'fee is positive');

    const apiAt = await api.at(blockHash);
    const recipientAfter = (await apiAt.query.system.account(recipient.address)).data.free.toBigInt();
    assert.equal(recipientAfter, amount);
    const aliceAfter = (await apiAt.query.system.account(alice.address)).data.free.toBigInt();
    assert.equal(aliceBefore - aliceAfter, amount + fee);
  });

  test('rejects a transfer beyond the balance and changes nothing but the fee', async () => {
    const poor = new Keyring({ type: 'sr25519' }).addFromMnemonic(mnemonicGenerate());
    const funding = 2n * 10n ** 12n;
    await submitFinalized(api, api.tx.balances.transferKeepAlive(poor.address, funding), alice);

    const bob = new Keyring({ type: 'sr25519' }).addFromUri('//Bob');
    const bobBefore = (await api.query.system.account(bob.address)).data.free.toBigInt();
    const { blockHash, events, dispatchError } = await submitFinalized(
      api,
      api.tx.balances.transferKeepAlive(bob.address, funding * 10n),
      poor,
    );
    assert.ok(dispatchError, 'the transfer fails');
    assert.equal(describeError(api, dispatchError), 'token.FundsUnavailable');
    assert.ok(events.some(({ event }) => api.events.system.ExtrinsicFailed.is(event)));

    const apiAt = await api.at(blockHash);
    const bobAfter = (await apiAt.query.system.account(bob.address)).data.free.toBigInt();
    assert.equal(bobAfter, bobBefore, "Bob's balance is unchanged");
    const fee = events.find(({ event }) => api.events.transactionPayment.TransactionFeePaid.is(event)).event.data[1].toBigInt();
    const poorAfter = (await apiAt.query.system.account(poor.address)).data.free.toBigInt();
    assert.equal(poorAfter, funding - fee);
  });
});
