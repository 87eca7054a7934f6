// @healthchain/client against a real `healthchain-node --dev` (its demo registry, patients,
// records, plan and study), and its generation stamps against the runtime's metadata.
// Run: npm test (after npm run build); scripts/test.sh runs it.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { Keyring } from '@polkadot/keyring';
import { blake2AsHex, cryptoWaitReady } from '@polkadot/util-crypto';

import {
  commitment, consentTerms, errorOf, generatedFromRuntime, HcBalanceCodec, rpc, typesGeneratedFrom, verifiedResults,
} from '../dist/index.js';
import { startNode, submitInBlock } from '../../../scripts/e2e/lib/node.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const HOSPITAL = 0;

describe('generated from this runtime', () => {
  test('the types were generated from the committed metadata, which is the runtime\'s', () => {
    const metadata = fs.readFileSync(path.join(ROOT, 'gateway/metadata/healthchain.scale'));
    assert.equal(typesGeneratedFrom, blake2AsHex(metadata, 256), 'run npm run generate in clients/ts');
    assert.equal(generatedFromRuntime.metadataBlake2_256, typesGeneratedFrom);
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'clients/ts/package.json'), 'utf8'));
    assert.equal(Number(pkg.version.split('.')[0]), generatedFromRuntime.specVersion);
  });

  test('no result type is opaque JSON', () => {
    for (const [name, method] of Object.entries(rpc.healthchain)) assert.notEqual(method.type, 'Json', name);
  });

  test('the commitment of the documented test vector', () => {
    assert.equal(commitment(new Uint8Array(32), 'hello'), '0x4c23fec91df812b234e8a6e81e716d99824df735d4c6122aaacd3584c90e559d');
    assert.throws(() => commitment(new Uint8Array(31), 'hello'), /32 bytes/);
  });

  test('consent terms from names, never an empty or unknown set', () => {
    const terms = consentTerms({ purposes: ['Treatment', 'Research'], categories: ['LabResults', 'AllStandard'], documentHash: `0x${'00'.repeat(32)}` });
    assert.deepEqual([terms.purposes, terms.categories, terms.actions], [0b10001, 2 ** 31 + 2 ** 4, 1]);
    assert.throws(() => consentTerms({ purposes: ['Marketing'], categories: ['LabResults'], documentHash: `0x${'00'.repeat(32)}` }), /not a HcPurpose \(one of Treatment/);
    assert.throws(() => consentTerms({ purposes: [], categories: ['LabResults'], documentHash: `0x${'00'.repeat(32)}` }), /empty set/);
  });
});

describe('against a dev node', () => {
  let node; let api; let k;
  before(async () => {
    await cryptoWaitReady();
    node = await startNode();
    api = node.api;
    const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
    k = Object.fromEntries(['Alice', 'Dave', 'Ferdie', 'Grace'].map((n) => [n.toLowerCase(), keyring.addFromUri(`//${n}`)]));
  });
  after(async () => { if (node) await node.stop(); });

  test('the node runs the runtime the package was generated from', () => {
    assert.equal(api.runtimeVersion.specName.toString(), generatedFromRuntime.specName);
    assert.equal(api.runtimeVersion.specVersion.toNumber(), generatedFromRuntime.specVersion);
  });

  test('results are typed: codes are enums, balances exact', async () => {
    const hospital = (await api.rpc.healthchain.organization(HOSPITAL)).unwrap();
    assert.ok(hospital.kind.isProvider);
    assert.ok(hospital.deposit instanceof HcBalanceCodec);
    assert.equal(typeof hospital.deposit.toBigInt(), 'bigint');
    assert.equal(hospital.toJSON().deposit, hospital.deposit.toString(), 'JSON as the node sent it: a decimal string');
    const roles = (await api.rpc.healthchain.rolesOf(k.dave.address)).memberships.find((m) => m.organization.eqn(HOSPITAL));
    assert.ok(roles.roles.some((r) => r.isClinician));
  });

  test('every method\'s result decodes to exactly the JSON the node sent', async () => {
    const h = api.rpc.healthchain;
    const ferdie = k.ferdie.address;
    const calls = {
      organization: () => h.organization(HOSPITAL),
      organizations: () => h.organizations(null, 2),
      members: () => h.members(HOSPITAL, null, 10),
      rolesOf: () => h.rolesOf(k.dave.address),
      evaluateConsent: () => h.evaluateConsent(ferdie, HOSPITAL, 'Treatment', 'LabResults', 'Read'),
      evaluateCategories: () => h.evaluateCategories(ferdie, HOSPITAL, 'Treatment', 'Read', ['AllStandard', 'Genomics']),
      consentsOf: () => h.consentsOf(ferdie),
      grantsHeldBy: () => h.grantsHeldBy(HOSPITAL, null, 10),
      accessLog: () => h.accessLog(ferdie, null, 10),
      emergencyAccess: () => h.emergencyAccess(0),
      pendingReviews: () => h.pendingReviews(HOSPITAL, null, 10),
      patient: () => h.patient(ferdie),
      record: () => h.record(0),
      recordByCommitment: () => h.recordByCommitment(ferdie, `0x${'00'.repeat(32)}`),
      recordsOf: () => h.recordsOf(ferdie, null, 10),
      recordHistory: () => h.recordHistory(0),
      batch: () => h.batch(0),
      verifyBatchLeaf: () => h.verifyBatchLeaf(0, `0x${'00'.repeat(32)}`, 0, []),
      claim: () => h.claim(0),
      claimsOfPatient: () => h.claimsOfPatient(ferdie, null, 10),
      claimsOfProvider: () => h.claimsOfProvider(HOSPITAL, null, 10),
      claimsOfPlan: () => h.claimsOfPlan(0, null, 10),
      plan: () => h.plan(0),
      remainingAnnualLimit: () => h.remainingAnnualLimit(0, ferdie),
      studies: () => h.studies(null, null, null, 10),
      study: () => h.study(0),
      cohortSize: () => h.cohortSize(0),
      cohortOfProvider: () => h.cohortOfProvider(0, HOSPITAL),
      grantsOfStudy: () => h.grantsOfStudy(0, null, 10),
      broadConsentMatches: () => h.broadConsentMatches(0, k.grace.address),
    };
    assert.deepEqual(Object.keys(calls).sort(), Object.keys(rpc.healthchain).sort(), 'every method is called');
    for (const call of Object.values(calls)) await call();
    // The node's api verifies each result (connect(…, { verifyResults: true })): it would have thrown.
    const checked = verifiedResults(api);
    assert.deepEqual([...checked.keys()].sort(), Object.keys(rpc.healthchain).sort());
  });

  test('a consent granted from names permits the read', async () => {
    const terms = consentTerms({ purposes: ['PublicHealth'], categories: ['Immunizations'], documentHash: blake2AsHex('ts client consent') });
    const granted = await submitInBlock(api, api.tx.consent.grantConsent(HOSPITAL, terms), k.ferdie);
    assert.equal(errorOf(api, granted), null);
    const decision = await api.rpc.healthchain.evaluateConsent(k.ferdie.address, HOSPITAL, 'PublicHealth', 'Immunizations', 'Read');
    assert.ok(decision.permitted.isTrue);
    const consent = (await api.rpc.healthchain.consentsOf(k.ferdie.address)).consents.at(-1);
    assert.deepEqual(consent.purposes.map((p) => p.type), ['PublicHealth']);
  });

  test('a refused transaction explains itself to the innermost reason', async () => {
    const refused = await submitInBlock(api, api.tx.consent.recordAccess(HOSPITAL, k.dave.address, 'Treatment', 'LabResults', null), k.ferdie);
    const error = errorOf(api, refused);
    assert.equal(error.pallet, 'Consent');
    assert.deepEqual(error.path, ['AccessDenied', 'NotAMember']);
    // The pallet's error comes with its documentation; the codes nested in it are named only
    // (the runtime's metadata carries no docs for types outside the pallets' own).
    assert.equal(error.docs.length, 2);
    assert.match(error.docs[0], /not a member/);
    assert.match(error.text, /^Consent\.AccessDenied\(NotAMember\): /);
  });
});
