// Research on a running node, as an institute, an ethics board, patients and a data holder use
// it: study → approval → opt-ins → data grant → access log → protocol amendment → re-consent →
// closing → compensation, with the healthchain_* research RPC at each step.

import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';

import { Keyring } from '@polkadot/keyring';
import { blake2AsHex } from '@polkadot/util-crypto';

import { assertOk, describeError, submitInBlock, useDevNode } from '../lib/node.js';

const INSTITUTE = 2;
const BOARD = 3;
const HOSPITAL = 0;
const UNIT = 10n ** 12n;
const PUB = 1 << 3;
const LAB_RESULTS = 1 << 4;

describe('research: study, approval, opt-ins, grant, access, amendment, re-consent, closing, reward', () => {
  const ctx = useDevNode(['Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie']);
  const { k } = ctx;
  let api;
  before(() => ({ api } = ctx));

  const researchEvent = (result, name) => result.events.find(({ event: e }) => api.events.research[name].is(e))?.event.data;
  const cohort = async (id) => (await api.rpc.healthchain.cohortSize(id)).toJSON().cohort;

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

    // 3. Opt-ins. With one participant the hospital may not grant data yet (k = 2).
    assertOk(api, await submitInBlock(api, api.tx.research.optIn(study), k.ferdie));
    const tooSmall = await submitInBlock(api, api.tx.research.grantData(study, HOSPITAL, blake2AsHex('e2e dataset'), 500, Date.now() + 86_400_000), k.dave);
    assert.equal(describeError(api, tooSmall.dispatchError), 'research.CohortTooSmall');
    assertOk(api, await submitInBlock(api, api.tx.research.optIn(study), k.bob));
    assert.equal(await cohort(study), 2);

    // 4. The hospital grants a de-identified dataset.
    const granted = await submitInBlock(api, api.tx.research.grantData(study, HOSPITAL, blake2AsHex('e2e dataset'), 500, Date.now() + 86_400_000), k.dave);
    assertOk(api, granted);
    const grant = researchEvent(granted, 'DataGranted').grant.toNumber();

    // 5. The researcher's access is logged.
    const accessed = await submitInBlock(api, api.tx.research.logAccess(grant), k.charlie);
    assertOk(api, accessed);
    assert.equal(researchEvent(accessed, 'DataAccessed').index.toNumber(), 0);
    const grants = (await api.rpc.healthchain.grantsOfStudy(study, null, 10)).toJSON();
    assert.deepEqual(grants.items.map((g) => [g.id, g.recordCount, g.accesses]), [[grant, 500, 1]]);

    // 6. A protocol amendment: version 2, nobody counts until they consent again.
    const amended = await submitInBlock(api, api.tx.research.amendProtocol(study, blake2AsHex('e2e protocol v2')), k.charlie);
    assertOk(api, amended);
    assert.equal(researchEvent(amended, 'ProtocolAmended').version.toNumber(), 2);
    assert.equal(await cohort(study), 0);

    // 7. Re-consent to version 2.
    for (const patient of [k.ferdie, k.bob]) {
      const joined = await submitInBlock(api, api.tx.research.optIn(study), patient);
      assertOk(api, joined);
      assert.equal(researchEvent(joined, 'Joined').version.toNumber(), 2);
    }
    assert.equal(await cohort(study), 2);

    // 8. The institute funds the compensation pool; the study closes.
    assertOk(api, await submitInBlock(api, api.tx.research.fundPool(study, 100n * UNIT), k.charlie));
    assertOk(api, await submitInBlock(api, api.tx.research.closeStudy(study), k.charlie));
    assert.equal((await api.rpc.healthchain.study(study)).toJSON().status, 'Closed');

    // 9. Each participant pulls an equal share, once.
    const claimed = await submitInBlock(api, api.tx.research.claimCompensation(study), k.ferdie);
    assertOk(api, claimed);
    assert.equal(researchEvent(claimed, 'CompensationClaimed').amount.toBigInt(), 50n * UNIT);
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
