// Insurance claims on a running node, as a payer and a hospital's billing office use them: the
// insurer funds its demo plan; a patient grants the hospital consent and asks to join the plan,
// covered only once the insurer's admin accepts; the clinician anchors evidence; the billing clerk
// submits a claim that is paid from escrow in the same block, one above the threshold that the
// reviewer denies, its corrected claim that waits for review although it is small, and the same
// visit again one millisecond later, denied as a duplicate; the
// duplicate's denial is appealed and arbitrated by governance (sudo in the dev chain).

import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';

import { blake2AsHex } from '@polkadot/util-crypto';

import { registrationSignature } from '@healthchain/client';
import { assertOk, describeError, submitInBlock, useDevNode } from '../lib/node.js';

const HOSPITAL = 0;
const PLAN = 0;
const UNIT = 10n ** 12n;
const VISIT = 99213;
const MRI = 70553;

describe('claims: fund, enroll, accept, submit, auto-pay, review, duplicate, appeal', () => {
  const ctx = useDevNode(['Alice', 'Bob', 'Dave', 'Eve']);
  const { k } = ctx;
  let api;
  before(() => ({ api } = ctx));

  const claimsEvent = (result, name) => result.events.find(({ event: e }) => api.events.claims[name].is(e))?.event.data;
  const free = async (address) => (await api.query.system.account(address)).data.free.toBigInt();
  const line = (serviceCode, amount, serviceDate, priorAuth = null) => ({ serviceCode, amount, serviceDate, priorAuth });

  test('the walk', async () => {
    // The payer's demo plan and its escrow.
    let plan = (await api.rpc.healthchain.plan(PLAN)).toJSON();
    assert.equal(plan.payer, 1);
    assert.deepEqual(plan.rules.map((r) => r.serviceCode), [15780, MRI, 80053, VISIT]);
    const heldBefore = BigInt(plan.held);

    // 1. The insurer's admin (Bob) funds the plan: held on the insurer's account.
    const funded = await submitInBlock(api, api.tx.claims.fundPlan(PLAN, 1_000n * UNIT), k.bob);
    assertOk(api, funded);
    plan = (await api.rpc.healthchain.plan(PLAN)).toJSON();
    assert.equal(BigInt(plan.held), heldBefore + 1_000n * UNIT);

    // 2. The patient (Eve) lets the hospital read and write her standard data for treatment, and
    //    asks to join the plan by signing; the insurer's admin (Bob) accepts her.
    //    Only patients the hospital onboarded (with their signature) grant consents.
    assertOk(api, await submitInBlock(
      api,
      api.tx.consent.registerPatient(HOSPITAL, k.eve.address, registrationSignature(api, k.eve, HOSPITAL)),
      k.dave,
    ));
    const consent = api.tx.consent.grantConsent(HOSPITAL, {
      purposes: 1 << 0, categories: 2 ** 31, actions: 0b11,
      validFrom: null, validUntil: null, maxAccesses: null, eraseBy: null, documentHash: blake2AsHex('e2e claims consent'),
    });
    assertOk(api, await submitInBlock(api, consent, k.eve));
    const requested = await submitInBlock(api, api.tx.claims.enroll(PLAN), k.eve);
    assertOk(api, requested);
    assert.ok(claimsEvent(requested, 'EnrollmentRequested'));
    let limit = (await api.rpc.healthchain.remainingAnnualLimit(PLAN, k.eve.address)).toJSON();
    assert.equal(limit.enrolled, false, 'a request covers nothing until the payer accepts');
    // Only the payer's admin decides: the hospital's clerk cannot accept her.
    const notPayer = await submitInBlock(api, api.tx.claims.decideEnrollment(PLAN, k.eve.address, true), k.alice);
    assert.equal(describeError(api, notPayer.dispatchError), 'claims.AccessDenied(NotAMember)');
    const enrolled = await submitInBlock(api, api.tx.claims.decideEnrollment(PLAN, k.eve.address, true), k.bob);
    assertOk(api, enrolled);
    assert.ok(claimsEvent(enrolled, 'Enrolled'));
    limit = (await api.rpc.healthchain.remainingAnnualLimit(PLAN, k.eve.address)).toJSON();
    assert.deepEqual([BigInt(limit.remaining), limit.enrolled], [10_000n * UNIT, true]);

    // 3. The clinician anchors a record per claim as its evidence (a record backs one claim).
    const anchorEvidence = async (what) => {
      const anchored = await submitInBlock(
        api,
        api.tx.records.anchorRecord(HOSPITAL, k.eve.address, 'Treatment', 'ClinicalNotes', blake2AsHex(`e2e ${what} ${Date.now()}`), 'Encounter'),
        k.dave,
      );
      assertOk(api, anchored);
      return anchored.events.find(({ event: e }) => api.events.records.RecordAnchored.is(e)).event.data.record.toNumber();
    };
    const visitNote = await anchorEvidence('visit note');
    // The billing clerk (Alice) submits Eve's claim with `lines` and `evidence`: its
    // ClaimSubmitted event.
    const submitClaim = async (lines, evidence) => {
      const result = await submitInBlock(api, api.tx.claims.submitClaim(HOSPITAL, PLAN, k.eve.address, [evidence], lines), k.alice);
      assertOk(api, result);
      return claimsEvent(result, 'ClaimSubmitted');
    };

    const hospitalAccount = (await api.rpc.healthchain.organization(HOSPITAL)).toJSON().account;
    const hospitalBefore = await free(hospitalAccount);
    // Coverage started at the acceptance block's time; the visit happened just after.
    const enrolledAt = (await api.query.timestamp.now.at(enrolled.blockHash)).toNumber();
    const visitDate = enrolledAt + 1_000;

    // 4. An office visit of 120 HCT: allowed 120, the patient's 20 % is 24, the plan pays 96 at once.
    const submitted = await submitClaim([line(VISIT, 120n * UNIT, visitDate)], visitNote);
    assert.equal(submitted.status.toString(), 'Paid');
    assert.equal(submitted.payerTotal.toBigInt(), 96n * UNIT);
    const paidId = submitted.claim.toNumber();
    assert.equal(await free(hospitalAccount) - hospitalBefore, 96n * UNIT, 'the hospital was paid from escrow');
    const paidClaim = (await api.rpc.healthchain.claim(paidId)).toJSON();
    assert.deepEqual(paidClaim.lines[0].adjustments, [{ reason: 'PatientShare', carc: 2 }]);
    assert.equal(BigInt(paidClaim.patientTotal), 24n * UNIT);
    assert.match(paidClaim.eobCommitment, /^0x[0-9a-f]{64}$/);

    // 5. A brain MRI with a prior authorization (asked for before the scan): 900 HCT is above the
    //    500 HCT threshold.
    const asked = await submitInBlock(api, api.tx.claims.requestPriorAuth(HOSPITAL, PLAN, k.eve.address, MRI), k.dave);
    assertOk(api, asked);
    const authId = claimsEvent(asked, 'PriorAuthRequested').id.toNumber();
    const approved = await submitInBlock(api, api.tx.claims.decidePriorAuth(authId, true), k.bob);
    assertOk(api, approved);
    const scanDate = (await api.query.timestamp.now.at(approved.blockHash)).toNumber();
    const mriReport = await anchorEvidence('MRI report');
    const deniedEvent = await submitClaim([line(MRI, 1_000n * UNIT, scanDate, authId)], mriReport);
    assert.equal(deniedEvent.status.toString(), 'PendingReview');
    const deniedId = deniedEvent.claim.toNumber();
    plan = (await api.rpc.healthchain.plan(PLAN)).toJSON();
    assert.equal(BigInt(plan.reserved), 900n * UNIT, 'reserved for the review');

    // The reviewer (Bob) denies it: the service, the report and the authorization are free for a
    // corrected claim, but the service stays marked denied.
    assertOk(api, await submitInBlock(api, api.tx.claims.reviewClaim(deniedId, 'Deny'), k.bob));
    assert.equal((await api.rpc.healthchain.claim(deniedId)).toJSON().status, 'Denied');
    // The corrected claim (500 HCT, the plan's 450 is below the 500 HCT threshold) is not paid at
    // once: a denied service waits for a reviewer, however small.
    const pendingEvent = await submitClaim([line(MRI, 500n * UNIT, scanDate, authId)], mriReport);
    assert.equal(pendingEvent.status.toString(), 'PendingReview');
    assert.equal(pendingEvent.payerTotal.toBigInt(), 450n * UNIT);
    const pendingId = pendingEvent.claim.toNumber();

    // The reviewer approves: paid.
    const reviewed = await submitInBlock(api, api.tx.claims.reviewClaim(pendingId, 'Approve'), k.bob);
    assertOk(api, reviewed);
    assert.equal((await api.rpc.healthchain.claim(pendingId)).toJSON().status, 'Paid');
    assert.equal(await free(hospitalAccount) - hospitalBefore, 546n * UNIT);

    // The authorization backed that line and backs no other.
    const again = await submitInBlock(
      api,
      api.tx.claims.submitClaim(HOSPITAL, PLAN, k.eve.address, [await anchorEvidence('second MRI')], [line(MRI, 1_000n * UNIT, scanDate + 1, authId)]),
      k.alice,
    );
    assert.equal(describeError(api, again.dispatchError), 'claims.PriorAuthUsed');

    // 6. The same office visit billed again one millisecond later: the same service (patient,
    //    provider, code, UTC day), a duplicate, nothing payable, denied.
    const dupEvent = await submitClaim([line(VISIT, 120n * UNIT, visitDate + 1)], await anchorEvidence('visit note again'));
    assert.equal(dupEvent.status.toString(), 'Denied');
    const dupId = dupEvent.claim.toNumber();
    assert.deepEqual((await api.rpc.healthchain.claim(dupId)).toJSON().lines[0].adjustments, [{ reason: 'Duplicate', carc: 18 }]);
    assert.equal(await free(hospitalAccount) - hospitalBefore, 546n * UNIT, 'never paid twice');

    // 7. The hospital appeals; governance (sudo here, the council in production) upholds the denial.
    assertOk(api, await submitInBlock(api, api.tx.claims.appealClaim(dupId), k.alice));
    assert.equal((await api.rpc.healthchain.claim(dupId)).toJSON().status, 'Appealed');
    const notGovernance = await submitInBlock(api, api.tx.claims.arbitrateClaim(dupId, 0), k.bob);
    assert.equal(describeError(api, notGovernance.dispatchError), 'BadOrigin');
    const arbitrated = await submitInBlock(api, api.tx.sudo.sudo(api.tx.claims.arbitrateClaim(dupId, 0)), k.alice);
    assertOk(api, arbitrated);
    const upheld = (await api.rpc.healthchain.claim(dupId)).toJSON();
    assert.deepEqual([upheld.status, upheld.deposit], ['DenialUpheld', '0'], 'settled: its deposit came back');

    // The patient's claims and remaining limit.
    const mine = (await api.rpc.healthchain.claimsOfPatient(k.eve.address, null, 10)).toJSON();
    assert.deepEqual(mine.items.map((c) => c.id).sort(), [paidId, deniedId, pendingId, dupId].sort());
    limit = (await api.rpc.healthchain.remainingAnnualLimit(PLAN, k.eve.address)).toJSON();
    assert.equal(BigInt(limit.remaining), (10_000n - 546n) * UNIT);
    plan = (await api.rpc.healthchain.plan(PLAN)).toJSON();
    assert.equal(BigInt(plan.reserved), 0n);
  });
});
