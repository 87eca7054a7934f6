// Research on a running node, as an institute, an ethics board, patients and a data holder use
// it: study → approval → opt-ins → the hospital attests its patients (a sockpuppet counts for
// nothing) → data grant → access log → protocol amendment (back to the ethics board, the old
// grant gives no access) → re-consent → closing → compensation claimed free of fees, with the
// healthchain_* research RPC at each step.

import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';

import { Keyring } from '@polkadot/keyring';
import { blake2AsHex } from '@polkadot/util-crypto';

import { registrationSignature } from '@healthchain/client';
import { assertOk, describeError, submitInBlock, useDevNode } from '../lib/node.js';

const INSTITUTE = 2;
const BOARD = 3;
const HOSPITAL = 0;
const UNIT = 10n ** 12n;
const PUB = 1 << 3;
const LAB_RESULTS = 1 << 4;

describe('research: study, approval, opt-ins, grant, access, amendment, re-consent, closing, reward', () => {
  const ctx = useDevNode(['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie']);
  const { k } = ctx;
  let api;
  before(() => ({ api } = ctx));

  const researchEvent = (result, name) => result.events.find(({ event: e }) => api.events.research[name].is(e))?.event.data;
  const cohort = async (id) => (await api.rpc.healthchain.cohortSize(id)).toJSON().cohort;
  const hospitalCohort = async (id) => (await api.rpc.healthchain.cohortOfProvider(id, HOSPITAL)).toJSON().cohort;

  test('the walk', async () => {
    // The demo study is listed with its cohort.
    const listed = (await api.rpc.healthchain.studies('Active', null, null, 10)).toJSON();
    assert.deepEqual(listed.items.map((s) => [s.id, s.duo, s.cohort]), [[0, 'DS:5148', 1]]);
    assert.equal(listed.nextCursor, null);
    // The runtime API answers the same page (the RPC only serializes it).
    const viaApi = await api.call.researchApi.studies({ status: 'Active', permission: null }, null, 10);
    assert.deepEqual([viaApi.items.map((s) => s.id.toNumber()), viaApi.nextCursor.isNone], [[0], true]);
    await assert.rejects(api.rpc.healthchain.studies('Active', 'XYZ', null, 10), /unknown status or DUO code "XYZ"/);

    // 1. The institute's researcher (Charlie) registers a study: health/medical research,
    //    committing to publish, lab results, at least 2 participants, one year.
    const registered = await submitInBlock(
      api,
      api.tx.research.registerStudy(INSTITUTE, {
        protocolHash: blake2AsHex('e2e protocol v1'),
        dataUse: { permission: 'HealthMedicalBiomedical', modifiers: PUB, timeLimit: null },
        purpose: { commercial: false, forProfit: false, methodsResearch: false },
        categories: LAB_RESULTS,
        minCohort: 2,
        endsAt: Date.now() + 365 * 86_400_000,
      }),
      k.charlie,
    );
    assertOk(api, registered);
    const study = researchEvent(registered, 'StudyRegistered').study.toNumber();

    // 2. The ethics board's reviewer (Eve) approves; the researcher cannot.
    const self = await submitInBlock(api, api.tx.research.decideStudy(study, BOARD, true), k.charlie);
    assert.equal(describeError(api, self.dispatchError), 'research.AccessDenied(NotAMember)');
    assertOk(api, await submitInBlock(api, api.tx.research.decideStudy(study, BOARD, true), k.eve));
    assertOk(api, await submitInBlock(api, api.tx.research.activateStudy(study), k.charlie));
    let view = (await api.rpc.healthchain.study(study)).toJSON();
    assert.deepEqual([view.status, view.duo, view.modifiers, view.ethicsCommittee], ['Active', 'HMB', ['PUB'], BOARD]);

    // 3. Opt-ins count once the hospital attests its patients. Ferdie was onboarded by the
    //    hospital; Bob is onboarded now (with his signature); Eve, an account nobody vouches for
    //    (a sockpuppet), opts in too and counts for nothing.
    assertOk(api, await submitInBlock(
      api,
      api.tx.consent.registerPatient(HOSPITAL, k.bob.address, registrationSignature(api, k.bob, HOSPITAL)),
      k.dave,
    ));
    for (const patient of [k.ferdie, k.bob, k.eve]) {
      assertOk(api, await submitInBlock(api, api.tx.research.optIn(study), patient));
    }
    assert.equal(await cohort(study), 0, 'nobody counts before a provider attests them');
    const sockpuppet = await submitInBlock(api, api.tx.research.attestParticipant(study, HOSPITAL, k.eve.address), k.dave);
    assert.equal(describeError(api, sockpuppet.dispatchError), 'research.NotProvidersPatient');
    const attested = await submitInBlock(api, api.tx.research.attestParticipant(study, HOSPITAL, k.ferdie.address), k.dave);
    assertOk(api, attested);
    assert.equal(researchEvent(attested, 'Attested').cohort.toNumber(), 1);
    // With one attested patient the hospital may not grant data yet (k = 2).
    const dataset = (records) => api.tx.research.grantData(study, HOSPITAL, blake2AsHex('e2e dataset'), records, Date.now() + 86_400_000);
    const tooSmall = await submitInBlock(api, dataset(1), k.alice);
    assert.equal(describeError(api, tooSmall.dispatchError), 'research.CohortTooSmall');
    assertOk(api, await submitInBlock(api, api.tx.research.attestParticipant(study, HOSPITAL, k.bob.address), k.dave));
    assert.deepEqual([await cohort(study), await hospitalCohort(study)], [2, 2]);

    // 4. The hospital's privacy officer (Alice) grants a de-identified dataset of at most as
    //    many records as it attested patients; its clinician (Dave) may not.
    const tooMany = await submitInBlock(api, dataset(500), k.alice);
    assert.equal(describeError(api, tooMany.dispatchError), 'research.RecordCountAboveCohort');
    const notOfficer = await submitInBlock(api, dataset(2), k.dave);
    assert.equal(describeError(api, notOfficer.dispatchError), 'research.AccessDenied(MissingRole)');
    const granted = await submitInBlock(api, dataset(2), k.alice);
    assertOk(api, granted);
    const grant = researchEvent(granted, 'DataGranted').grant.toNumber();

    // 5. The researcher's access is logged.
    const accessed = await submitInBlock(api, api.tx.research.logAccess(grant), k.charlie);
    assertOk(api, accessed);
    assert.equal(researchEvent(accessed, 'DataAccessed').index.toNumber(), 0);
    const grants = (await api.rpc.healthchain.grantsOfStudy(study, null, 10)).toJSON();
    assert.deepEqual(grants.items.map((g) => [g.id, g.recordCount, g.accesses, g.version]), [[grant, 2, 1, 1]]);

    // 6. A protocol amendment: version 2, back to the ethics board; nobody counts until they
    //    consent again, and the grant of version 1 gives no access.
    const amended = await submitInBlock(api, api.tx.research.amendProtocol(study, blake2AsHex('e2e protocol v2')), k.charlie);
    assertOk(api, amended);
    assert.equal(researchEvent(amended, 'ProtocolAmended').version.toNumber(), 2);
    assert.equal((await api.rpc.healthchain.study(study)).toJSON().status, 'Proposed');
    assert.equal(await cohort(study), 0);
    assertOk(api, await submitInBlock(api, api.tx.research.decideStudy(study, BOARD, true), k.eve));
    assertOk(api, await submitInBlock(api, api.tx.research.activateStudy(study), k.charlie));

    // 7. Re-consent to version 2: the hospital's attestations carry over.
    for (const patient of [k.ferdie, k.bob]) {
      const joined = await submitInBlock(api, api.tx.research.optIn(study), patient);
      assertOk(api, joined);
      assert.equal(researchEvent(joined, 'Joined').version.toNumber(), 2);
    }
    assert.equal(await cohort(study), 2);
    const oldGrant = await submitInBlock(api, api.tx.research.logAccess(grant), k.charlie);
    assert.equal(describeError(api, oldGrant.dispatchError), 'research.GrantOfOldProtocol');

    // 8. The institute funds the compensation pool; the study closes.
    assertOk(api, await submitInBlock(api, api.tx.research.fundPool(study, 100n * UNIT), k.charlie));
    assertOk(api, await submitInBlock(api, api.tx.research.closeStudy(study), k.charlie));
    assert.equal((await api.rpc.healthchain.study(study)).toJSON().status, 'Closed');

    // 9. Each attested participant pulls an equal share (the sockpuppet gets none), once,
    //    free of fees.
    const claimed = await submitInBlock(api, api.tx.research.claimCompensation(study), k.ferdie);
    assertOk(api, claimed);
    assert.equal(researchEvent(claimed, 'CompensationClaimed').amount.toBigInt(), 50n * UNIT);
    assert.ok(claimed.events.some(({ event: e }) => api.events.skipFeelessPayment.FeeSkipped.is(e)), 'the fee was skipped');
    const stranger = await submitInBlock(api, api.tx.research.claimCompensation(study), k.eve);
    assert.equal(describeError(api, stranger.dispatchError), 'research.NothingToClaim');
    const twice = await submitInBlock(api, api.tx.research.claimCompensation(study), k.ferdie);
    assert.equal(describeError(api, twice.dispatchError), 'research.NothingToClaim');
  });

  test('broad consent matching is queryable', async () => {
    const grace = new Keyring({ type: 'sr25519' }).addFromUri('//Grace');
    const matches = (await api.rpc.healthchain.broadConsentMatches(0, grace.address)).toJSON();
    assert.deepEqual(matches, { matches: true, reason: null });
    const ferdie = (await api.rpc.healthchain.broadConsentMatches(0, k.ferdie.address)).toJSON();
    assert.deepEqual(ferdie, { matches: false, reason: 'NoResearchProfile' });
  });
});
