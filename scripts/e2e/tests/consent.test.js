// Consent on a running node, as a patient app and a hospital gateway use it: the demo patients
// of the development preset; a patient without tokens onboarded by the hospital; grant →
// permitted access → revoke → denied access → emergency access → review by the privacy officer;
// the healthchain_* RPC methods and the ConsentApi runtime API at each step. The patient's
// consent calls are feeless: their balance stays zero throughout.

import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';

import { registrationSignature, saltedHash } from '@healthchain/client';
import { assertOk, describeError, submitInBlock, useDevNode } from '../lib/node.js';

const HOSPITAL = 0;
const INSURER = 1;
// Bits of the consent sets (see the README): Treatment = 1 << 0, Read = 1 << 0, and bit 31 of a
// category set = every standard (non-sensitive) category.
const TREATMENT = 1 << 0;
const READ = 1 << 0;
const ALL_STANDARD = 2 ** 31;

describe('consent: grant, access, revoke, emergency access, review', () => {
  const ctx = useDevNode(['Alice', 'Dave', 'Ferdie', 'Grace']);
  const { k } = ctx;
  let api;
  before(() => ({ api } = ctx));
  before(() => {
    // A patient nobody has seen before, without any tokens.
    k.patient = ctx.keyring.addFromUri(`//e2e-patient-${Date.now()}`);
  });

  const free = async (who) => (await api.query.system.account(who.address)).data.free.toBigInt();
  const log = async (who) => (await api.rpc.healthchain.accessLog(who.address, null, 100)).toJSON().items;
  const read = (who, purpose, category, emergency = null) =>
    api.tx.consent.recordAccess(HOSPITAL, k.patient.address, purpose, category, emergency);
  const event = (result, name) => result.events.find(({ event: e }) => api.events.consent[name].is(e));

  test('the development preset has demo patients with consents', async () => {
    const grace = (await api.rpc.healthchain.consentsOf(k.grace.address)).toJSON().consents;
    assert.equal(grace.length, 2);
    const toHospital = grace.find((c) => c.organization === HOSPITAL);
    assert.deepEqual(toHospital.purposes, ['Treatment']);
    assert.deepEqual(toHospital.categories, ['AllStandard', 'MentalHealth']);
    assert.equal(toHospital.maxAccesses, 100);

    const mental = (await api.rpc.healthchain.evaluateConsent(k.grace.address, HOSPITAL, 'Treatment', 'MentalHealth', 'Read')).toJSON();
    assert.deepEqual(mental, { permitted: true, consent: toHospital.id, reason: null });
    // Ferdie's "all standard" consent does not reach sensitive data.
    const ferdie = (await api.rpc.healthchain.evaluateConsent(k.ferdie.address, HOSPITAL, 'Treatment', 'MentalHealth', 'Read')).toJSON();
    assert.deepEqual(ferdie, { permitted: false, consent: null, reason: 'CategoryNotCovered' });

    const grace_ = (await api.rpc.healthchain.patient(k.grace.address)).toJSON();
    assert.equal(grace_.registration.organization, HOSPITAL);
    assert.equal(await free(k.grace), 0n, 'Grace holds no tokens');
    const insurerGrants = (await api.rpc.healthchain.grantsHeldBy(INSURER, null, 10)).toJSON();
    assert.deepEqual(insurerGrants.items.map((c) => c.patient), [k.ferdie.address]);
  });

  test('the walk: grant, permitted access, revoke, denied access, emergency access, review', async () => {
    // The hospital's clinician onboards the patient; the patient's account now exists with no tokens.
    // The hospital's clinician onboards the patient with the patient's signature; without it,
    // nobody can claim an account as their patient.
    const forged = await submitInBlock(
      api,
      api.tx.consent.registerPatient(HOSPITAL, k.patient.address, registrationSignature(api, k.dave, HOSPITAL)),
      k.dave,
    );
    assert.equal(describeError(api, forged.dispatchError), 'consent.BadRegistrationSignature');
    assertOk(api, await submitInBlock(
      api,
      api.tx.consent.registerPatient(HOSPITAL, k.patient.address, registrationSignature(api, k.patient, HOSPITAL)),
      k.dave,
    ));
    let patient = (await api.rpc.healthchain.patient(k.patient.address)).toJSON();
    assert.equal(patient.registration.organization, HOSPITAL);
    const allowance = patient.freeCallsLeft;
    assert.ok(allowance > 0);

    // 1. Grant: treatment reads of all standard categories, at most 5 reads. Feeless.
    const { hash: documentHash } = saltedHash('e2e consent document (FHIR Consent), kept by patient and hospital');
    const granted = await submitInBlock(
      api,
      api.tx.consent.grantConsent(HOSPITAL, {
        purposes: TREATMENT, categories: ALL_STANDARD, actions: READ,
        validFrom: null, validUntil: null, maxAccesses: 5, eraseBy: null, documentHash,
      }),
      k.patient,
    );
    assertOk(api, granted);
    const consentId = event(granted, 'ConsentGranted').event.data.consent.toNumber();
    assert.ok(granted.events.some(({ event: e }) => api.events.skipFeelessPayment.FeeSkipped.is(e)), 'the fee was skipped');
    assert.equal(await free(k.patient), 0n, 'the patient paid nothing');
    patient = (await api.rpc.healthchain.patient(k.patient.address)).toJSON();
    assert.equal(patient.freeCallsLeft, allowance - 1);

    const permitted = await api.call.consentApi.evaluate(k.patient.address, HOSPITAL, 'Treatment', 'LabResults', 'Read');
    assert.equal(permitted.asPermit.toNumber(), consentId);
    const [consent] = (await api.rpc.healthchain.consentsOf(k.patient.address)).toJSON().consents;
    assert.equal(consent.documentHash, documentHash);
    assert.equal(consent.accesses, 0);

    // 2. A permitted access, recorded by the clinician: logged and counted.
    const accessed = await submitInBlock(api, read(k.dave, 'Treatment', 'LabResults'), k.dave);
    assertOk(api, accessed);
    const recorded = event(accessed, 'AccessRecorded').event.data;
    assert.equal(recorded.patient.toString(), k.patient.address);
    assert.equal(recorded.basis.asConsent.toNumber(), consentId);
    // Events stay in the blocks forever: they name no category, purpose or emergency reason.
    const fields = (name) => api.events.consent[name].meta.fields.map((f) => f.name.toString());
    assert.deepEqual(fields('AccessRecorded'), ['patient', 'index', 'organization', 'accessor', 'basis']);
    assert.ok(!fields('EmergencyAccessOpened').includes('reason'));
    let entries = await log(k.patient);
    assert.equal(entries.length, 1);
    assert.deepEqual(
      [entries[0].accessor, entries[0].purpose, entries[0].category, entries[0].consent, entries[0].review],
      [k.dave.address, 'Treatment', 'LabResults', consentId, null],
    );
    assert.equal((await api.rpc.healthchain.consentsOf(k.patient.address)).toJSON().consents[0].accesses, 1);

    // 3. The patient revokes, feelessly.
    const revoked = await submitInBlock(api, api.tx.consent.revokeConsent(consentId), k.patient);
    assertOk(api, revoked);
    assert.ok(event(revoked, 'ConsentRevoked'));
    assert.equal(await free(k.patient), 0n);
    patient = (await api.rpc.healthchain.patient(k.patient.address)).toJSON();
    assert.equal(patient.freeCallsLeft, allowance - 1, 'a revocation is not counted');

    // 4. The same access is now refused with the reason, and nothing is logged.
    const denied = await submitInBlock(api, read(k.dave, 'Treatment', 'LabResults'), k.dave);
    assert.ok(denied.dispatchError, 'refused');
    assert.equal(describeError(api, denied.dispatchError), 'consent.ConsentDenied(NoConsent)');
    assert.equal((await log(k.patient)).length, 1);
    const after = (await api.rpc.healthchain.evaluateConsent(k.patient.address, HOSPITAL, 'Treatment', 'LabResults', 'Read')).toJSON();
    assert.deepEqual(after, { permitted: false, consent: null, reason: 'NoConsent' });

    // 5. Emergency: the clinician opens break-glass access; the patient is notified by the event.
    const { hash: justification } = saltedHash('e2e: patient brought in unconscious, allergies needed');
    const opened = await submitInBlock(
      api,
      api.tx.consent.openEmergencyAccess(HOSPITAL, k.patient.address, 'PatientIncapacitated', justification),
      k.dave,
    );
    assertOk(api, opened);
    const openedEvent = event(opened, 'EmergencyAccessOpened').event.data;
    assert.equal(openedEvent.patient.toString(), k.patient.address);
    const emergencyId = openedEvent.emergency.toNumber();
    const pending = (await api.rpc.healthchain.pendingReviews(HOSPITAL, null, 100)).toJSON();
    assert.ok(pending.items.some((e) => e.id === emergencyId && e.review.status === 'pending'));

    const underEmergency = await submitInBlock(api, read(k.dave, 'EmergencyTreatment', 'Allergies', emergencyId), k.dave);
    assertOk(api, underEmergency);
    assert.equal(event(underEmergency, 'AccessRecorded').event.data.basis.asEmergency.toNumber(), emergencyId);
    entries = await log(k.patient);
    assert.equal(entries.length, 3);
    assert.deepEqual(entries.slice(1).map((e) => [e.emergency, e.category, e.review.status]), [
      [emergencyId, null, 'pending'],
      [emergencyId, 'Allergies', 'pending'],
    ]);

    // 6. The hospital's privacy officer (Alice) reviews it; the log shows the verdict.
    const { hash: reportHash } = saltedHash('e2e: review report');
    const reviewed = await submitInBlock(api, api.tx.consent.reviewEmergencyAccess(emergencyId, 'Justified', reportHash), k.alice);
    assertOk(api, reviewed);
    assert.ok(event(reviewed, 'EmergencyAccessReviewed'));
    const access = (await api.rpc.healthchain.emergencyAccess(emergencyId)).toJSON();
    assert.deepEqual([access.reads, access.review.status, access.review.officer], [1, 'justified', k.alice.address]);
    entries = await log(k.patient);
    assert.deepEqual(entries.slice(1).map((e) => e.review.status), ['justified', 'justified']);
    const stillPending = (await api.rpc.healthchain.pendingReviews(HOSPITAL, null, 100)).toJSON();
    assert.ok(!stillPending.items.some((e) => e.id === emergencyId));

    // A second review is refused.
    const again = await submitInBlock(api, api.tx.consent.reviewEmergencyAccess(emergencyId, 'Misuse', reportHash), k.alice);
    assert.equal(describeError(api, again.dispatchError), 'consent.AlreadyReviewed');

    // The log pages with a cursor, and the paged RPC checks its limit.
    const first = (await api.rpc.healthchain.accessLog(k.patient.address, null, 2)).toJSON();
    assert.deepEqual([first.items.length, first.nextCursor], [2, 1]);
    const rest = (await api.rpc.healthchain.accessLog(k.patient.address, first.nextCursor, 2)).toJSON();
    assert.deepEqual([rest.items.map((e) => e.index), rest.nextCursor], [[2], null]);
    await assert.rejects(api.rpc.healthchain.accessLog(k.patient.address, null, 1001), /limit must be at most 1000/);
  });

  test('a patient has one feeless transaction in the pool at a time', async () => {
    // Two feeless grants signed in advance (nonces n and n + 1), submitted back to back: the
    // second claims the same pool slot as the first and is refused.
    const terms = {
      purposes: TREATMENT, categories: ALL_STANDARD, actions: READ,
      validFrom: null, validUntil: null, maxAccesses: null, eraseBy: null, documentHash: saltedHash('slot').hash,
    };
    const nonce = (await api.rpc.system.accountNextIndex(k.patient.address)).toNumber();
    const [first, second] = await Promise.all([0, 1].map((i) =>
      api.tx.consent.grantConsent(HOSPITAL, terms).signAsync(k.patient, { nonce: nonce + i, era: 0 })));
    await api.rpc.author.submitExtrinsic(first);
    await assert.rejects(api.rpc.author.submitExtrinsic(second), /1014: Priority is too low/);
    // The first is included as usual.
    const deadline = Date.now() + 60_000;
    while ((await api.query.system.account(k.patient.address)).nonce.toNumber() < nonce + 1) {
      assert.ok(Date.now() < deadline, 'the first grant was included within 60 s');
      await new Promise((r) => setTimeout(r, 500));
    }
  });

  test('a guardian manages the consents of a patient without tokens', async () => {
    // The hospital that onboarded the patient names a guardian (Ferdie, who holds tokens).
    assertOk(api, await submitInBlock(api, api.tx.consent.setGuardian(k.patient.address, k.ferdie.address), k.dave));
    const terms = {
      purposes: TREATMENT, categories: ALL_STANDARD, actions: READ,
      validFrom: null, validUntil: null, maxAccesses: null, eraseBy: null, documentHash: saltedHash('guardian').hash,
    };
    const granted = await submitInBlock(api, api.tx.consent.grantConsentFor(k.patient.address, HOSPITAL, terms), k.ferdie);
    assertOk(api, granted);
    const consentId = event(granted, 'ConsentGranted').event.data.consent.toNumber();
    const held = (await api.rpc.healthchain.consentsOf(k.patient.address)).toJSON().consents;
    assert.ok(held.some((c) => c.id === consentId && c.patient === k.patient.address));
    // Nobody else acts as the guardian; the guardian revokes.
    const stranger = await submitInBlock(api, api.tx.consent.revokeConsentFor(k.patient.address, consentId), k.alice);
    assert.equal(describeError(api, stranger.dispatchError), 'consent.NotGuardian');
    assertOk(api, await submitInBlock(api, api.tx.consent.revokeConsentFor(k.patient.address, consentId), k.ferdie));
  });

  test('only clinicians of an active provider open emergency access', async () => {
    const open = (org, signer) => submitInBlock(
      api,
      api.tx.consent.openEmergencyAccess(org, k.grace.address, 'Other', saltedHash('x').hash),
      signer,
    );
    // Alice serves the hospital as privacy officer and billing, not as a clinician.
    const [notClinician, notMember, notProvider] = [
      await open(HOSPITAL, k.alice),
      await open(HOSPITAL, k.ferdie),
      await open(INSURER, k.dave),
    ];
    assert.equal(describeError(api, notClinician.dispatchError), 'consent.AccessDenied(MissingRole)');
    assert.equal(describeError(api, notMember.dispatchError), 'consent.AccessDenied(NotAMember)');
    assert.equal(describeError(api, notProvider.dispatchError), 'consent.AccessDenied(WrongKind)');
  });
});
