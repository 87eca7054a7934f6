// Record anchoring on a running node, as a hospital gateway and an auditor use it: anchor a
// record's commitment under the patient's consent, find it by patient and commitment (a copy
// anchored first by someone else squats nothing), amend it (version chain both ways), erase it
// (tombstone), refuse a duplicate, an unconsented write and a write by a non-Clinician; anchor
// the Merkle root of 1,000 audit leaves (built by `healthchain-node merkle-proof`, the same
// binary-merkle-tree the runtime verifies with) and prove one leaf over RPC and the runtime API;
// a records batch needs a Clinician and the patient's consent.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, describe, test } from 'node:test';

import { stringToU8a } from '@polkadot/util';
import { blake2AsHex, randomAsU8a } from '@polkadot/util-crypto';

import { saltedHash } from '@healthchain/client';
import { assertOk, describeError, NODE_BIN, submitInBlock, useDevNode } from '../lib/node.js';

const HOSPITAL = 0;

/** The record commitment: BLAKE2b-256 of the 32-byte salt followed by the document's bytes. */
// The record commitment: the salted hash of the document (`blake2_256(salt ‖ document)`).
const commit = (salt, document) => saltedHash(document, salt).hash;

describe('records: anchor, amend, verify, erase, batch proofs', () => {
  const ctx = useDevNode(['Alice', 'Charlie', 'Dave', 'Ferdie', 'Grace']);
  const { k } = ctx;
  let api;
  before(() => ({ api } = ctx));

  const event = (result, name) => result.events.find(({ event: e }) => api.events.records[name].is(e));

  test('the development preset has demo records', async () => {
    const page = (await api.rpc.healthchain.recordsOf(k.ferdie.address, null, 10)).toJSON();
    assert.deepEqual(page.items.map((r) => r.category).sort(), ['Imaging', 'LabResults']);
    assert.ok(page.items.every((r) => r.status === 'Current' && r.organization === HOSPITAL));
  });

  test('anchor, find by commitment, amend, erase; duplicates and unconsented writes are refused', async () => {
    // The hospital's FHIR server holds the document and a fresh 256-bit salt; only the commitment goes on chain.
    const salt = randomAsU8a(32);
    const v1Doc = stringToU8a(JSON.stringify({ resourceType: 'Observation', id: `e2e-${Date.now()}`, valueQuantity: { value: 5.9, unit: '%' } }));
    const v1Commitment = commit(salt, v1Doc);
    // Charlie copies the commitment from the pool and anchors it first, as a record of his own.
    const copy = await submitInBlock(api, api.tx.records.anchorOwnRecord('LabResults', v1Commitment, null), k.charlie);
    assertOk(api, copy);
    const anchored = await submitInBlock(
      api,
      api.tx.records.anchorRecord(HOSPITAL, k.ferdie.address, 'Treatment', 'LabResults', v1Commitment, 'Observation'),
      k.dave,
    );
    assertOk(api, anchored);
    const v1 = event(anchored, 'RecordAnchored').event.data.record.toNumber();

    // Anyone holding the document and the salt proves it existed, unaltered, since that block.
    // The commitment is bound to the patient: the lookup names the patient.
    const found = (await api.rpc.healthchain.recordByCommitment(k.ferdie.address, commit(salt, v1Doc))).toJSON();
    assert.deepEqual([found.id, found.version, found.status, found.author, found.fhirType], [v1, 1, 'Current', k.dave.address, 'Observation']);
    const copied = (await api.rpc.healthchain.recordByCommitment(k.charlie.address, v1Commitment)).toJSON();
    assert.deepEqual([copied.patient, copied.organization], [k.charlie.address, null], 'the copy is only Charlie\'s own record');
    const altered = v1Doc.slice();
    altered[10] ^= 1;
    // (A `null` result arrives as an empty Json value in Polkadot.js.)
    assert.ok((await api.rpc.healthchain.recordByCommitment(k.ferdie.address, commit(salt, altered))).isEmpty, 'a changed byte finds nothing');

    // The same commitment again is refused.
    const duplicate = await submitInBlock(
      api,
      api.tx.records.anchorRecord(HOSPITAL, k.ferdie.address, 'Treatment', 'LabResults', v1Commitment, null),
      k.dave,
    );
    assert.equal(describeError(api, duplicate.dispatchError), 'records.DuplicateCommitment');
    // Ferdie never let the hospital write mental health data; Grace's consent is read-only.
    const sensitive = await submitInBlock(
      api,
      api.tx.records.anchorRecord(HOSPITAL, k.ferdie.address, 'Treatment', 'MentalHealth', commit(salt, stringToU8a('x')), null),
      k.dave,
    );
    assert.equal(describeError(api, sensitive.dispatchError), 'records.ConsentDenied(CategoryNotCovered)');
    const readOnly = await submitInBlock(
      api,
      api.tx.records.anchorRecord(HOSPITAL, k.grace.address, 'Treatment', 'LabResults', commit(salt, stringToU8a('y')), null),
      k.dave,
    );
    assert.equal(describeError(api, readOnly.dispatchError), 'records.ConsentDenied(ActionNotCovered)');
    // Alice is the hospital's privacy officer and billing clerk, not a Clinician.
    const clerk = await submitInBlock(
      api,
      api.tx.records.anchorRecord(HOSPITAL, k.ferdie.address, 'Treatment', 'LabResults', commit(salt, stringToU8a('w')), null),
      k.alice,
    );
    assert.equal(describeError(api, clerk.dispatchError), 'records.AccessDenied(MissingRole)');

    // Amend: a corrected document, a new version superseding the first.
    const v2Doc = stringToU8a(JSON.stringify({ resourceType: 'Observation', corrected: true, valueQuantity: { value: 5.8, unit: '%' } }));
    const amended = await submitInBlock(api, api.tx.records.amendRecord(v1, commit(salt, v2Doc), 'Observation'), k.dave);
    assertOk(api, amended);
    const v2event = event(amended, 'RecordAnchored').event.data;
    const v2 = v2event.record.toNumber();
    assert.equal(v2event.previous.unwrap().toNumber(), v1);
    const history = (await api.rpc.healthchain.recordHistory(v1)).toJSON().versions;
    assert.deepEqual(history.map((r) => [r.id, r.version, r.status]), [[v1, 1, 'Superseded'], [v2, 2, 'Current']]);
    assert.equal(history[0].supersededBy, v2);
    const stale = await submitInBlock(api, api.tx.records.amendRecord(v1, commit(salt, stringToU8a('z')), null), k.dave);
    assert.equal(describeError(api, stale.dispatchError), 'records.NotCurrentVersion');

    // The patient has the hospital destroy data and salt; the chain keeps a tombstone.
    const erased = await submitInBlock(api, api.tx.records.eraseRecord(v2), k.ferdie);
    assertOk(api, erased);
    assert.ok(event(erased, 'RecordErased'));
    assert.equal((await api.rpc.healthchain.record(v2)).toJSON().status, 'Erased');
    const viaApi = await api.call.recordsApi.recordByCommitment(k.ferdie.address, commit(salt, v2Doc));
    assert.equal(viaApi.unwrap().value.status.toString(), 'Erased');
  });

  test('a batch of 1,000 audit leaves is anchored by its root and one leaf is proven', async () => {
    const leaves = Array.from({ length: 1000 }, (_, i) => blake2AsHex(`e2e audit event ${i} ${Date.now()}`, 256));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'healthchain-batch-'));
    const file = path.join(dir, 'leaves.txt');
    fs.writeFileSync(file, `${leaves.join('\n')}\n`);
    const index = 737;
    const out = JSON.parse(execFileSync(NODE_BIN, ['merkle-proof', '--leaves', file, '--index', String(index)], { encoding: 'utf8' }));
    fs.rmSync(dir, { recursive: true, force: true });
    assert.equal(out.leafCount, 1000);
    assert.equal(out.leaf, leaves[index]);

    const anchored = await submitInBlock(api, api.tx.records.anchorBatch(HOSPITAL, out.root, 1000, 'Audit'), k.dave);
    assertOk(api, anchored);
    const batch = event(anchored, 'BatchAnchored').event.data.batch.toNumber();
    const stored = (await api.rpc.healthchain.batch(batch)).toJSON();
    assert.deepEqual([stored.root, stored.leafCount, stored.scope], [out.root, 1000, 'Audit']);

    const valid = (await api.rpc.healthchain.verifyBatchLeaf(batch, leaves[index], index, out.proof)).toJSON();
    assert.deepEqual(valid, { valid: true, error: null });
    const viaApi = await api.call.recordsApi.verifyBatchLeaf(batch, leaves[index], index, out.proof);
    assert.ok(viaApi.valid.isTrue, viaApi.toString());
    // Another leaf, another position, or another batch fail.
    const wrongLeaf = (await api.rpc.healthchain.verifyBatchLeaf(batch, leaves[index + 1], index, out.proof)).toJSON();
    assert.deepEqual(wrongLeaf, { valid: false, error: 'Mismatch' });
    const wrongIndex = (await api.rpc.healthchain.verifyBatchLeaf(batch, leaves[index], index + 1, out.proof)).toJSON();
    assert.equal(wrongIndex.valid, false);
    const outOfRange = (await api.rpc.healthchain.verifyBatchLeaf(batch, leaves[index], 1000, out.proof)).toJSON();
    assert.deepEqual(outOfRange, { valid: false, error: 'IndexOutOfRange' });

    const again = await submitInBlock(api, api.tx.records.anchorBatch(HOSPITAL, out.root, 1000, 'Audit'), k.dave);
    assert.equal(describeError(api, again.dispatchError), 'records.DuplicateRoot');
    // A proof longer than the deepest batch (24 hashes) is refused by the node before the runtime.
    await assert.rejects(
      api.rpc.healthchain.verifyBatchLeaf(batch, leaves[index], index, Array(25).fill(leaves[0])),
      /at most 24/,
    );
  });

  test('a records batch needs a Clinician and the patient\'s consent', async () => {
    const scope = (category) => ({ Records: { patient: k.ferdie.address, purpose: 'Treatment', category } });
    const root = blake2AsHex(`e2e records batch ${Date.now()}`, 256);
    const byClerk = await submitInBlock(api, api.tx.records.anchorBatch(HOSPITAL, root, 10, scope('LabResults')), k.alice);
    assert.equal(describeError(api, byClerk.dispatchError), 'records.AccessDenied(MissingRole)');
    const unconsented = await submitInBlock(api, api.tx.records.anchorBatch(HOSPITAL, root, 10, scope('MentalHealth')), k.dave);
    assert.equal(describeError(api, unconsented.dispatchError), 'records.ConsentDenied(CategoryNotCovered)');
    const anchored = await submitInBlock(api, api.tx.records.anchorBatch(HOSPITAL, root, 10, scope('LabResults')), k.dave);
    assertOk(api, anchored);
    const batch = event(anchored, 'BatchAnchored').event.data.batch.toNumber();
    const stored = (await api.rpc.healthchain.batch(batch)).toJSON();
    assert.deepEqual(stored.scope, { Records: { patient: k.ferdie.address, purpose: 'Treatment', category: 'LabResults' } });
  });
});
