// The measured calls and the on-chain preconditions each one needs, on the `--dev` chain and its
// genesis demo data (hospital org 0: admin Alice, clinician Dave, Alice privacy officer and
// billing; insurer org 1: admin Bob; research institute org 2: admin Charlie; patients Ferdie and
// Grace; demo study 0 with Grace attested by the hospital).
//
// Each call names an event its success emits and has `prepare(setup, n)`, which creates what `n`
// measured transactions need and returns them unsigned as `{ pair, call }`. Shared preconditions
// (funded accounts, members of an organization, registered patients, their consents) are pools
// that grow on demand under a lock, so the calls' set-ups can run concurrently and still create
// each account once.

import { randomAsHex } from '@polkadot/util-crypto';

import { saltedHash, registrationSignature } from '@healthchain/client';
import { benchKey, devKey } from './accounts.js';
import { eventsNamed } from './chain.js';

const UNIT = 10n ** 12n;
const HOSPITAL = 0;
const INSURER = 1;
const INSTITUTE = 2;
const DEMO_STUDY = 0;

// Bits of the consent and role sets (README, "Consent"; primitives): Treatment = bit 0; Read =
// bit 0, Write = bit 1; bit 31 of a category set = every standard (non-sensitive) category.
const TREATMENT = 1 << 0;
const READ = 1 << 0;
const WRITE = 1 << 1;
const ALL_STANDARD = 2 ** 31;
const ROLE_BITS = { Clinician: 1 << 1, Billing: 1 << 2, Researcher: 1 << 3 };

/** Service codes of the benchmark plan: 64 covered codes (the runtime's `MaxRules`). */
const PLAN_CODES = Array.from({ length: 64 }, (_, i) => 90_000 + i);
/** What a benchmark claim line bills (the plan pays 80 %). */
const LINE_AMOUNT = 10n * UNIT;

/** HCT each benchmark account of a role is funded with: fees and the deposits it holds. */
const FUNDING = { sender: 20n, participant: 2n, clinician: 1_000n, billing: 20n, researcher: 20n, claimPatient: 2n };

/** Serializes async work per key (pools grow under it). */
class Lock {
  constructor() { this.tail = Promise.resolve(); }
  run(fn) {
    const result = this.tail.then(fn);
    this.tail = result.catch(() => {});
    return result;
  }
}

/** Consent terms for the hospital: treatment, every standard category, `actions`, no limits. */
function hospitalTerms(actions) {
  return {
    purposes: TREATMENT,
    categories: ALL_STANDARD,
    actions,
    validFrom: null,
    validUntil: null,
    maxAccesses: null,
    eraseBy: null,
    documentHash: saltedHash(`bench consent ${randomAsHex(8)}`).hash,
  };
}

/**
 * The preconditions of the measured calls, created on demand and kept for the run. `size(role)`
 * answers how many senders of a role a run uses (fewer in smoke mode).
 */
export class Setup {
  constructor(chain) {
    this.chain = chain;
    this.api = chain.api;
    this.pools = new Map();
    this.locks = new Map();
    this.memo = new Map();
    this.cursors = new Map();
    this.dev = Object.fromEntries(['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie'].map((n) => [n, devKey(n)]));
  }

  /** How many distinct senders or patients of `kind` a run spreads its transactions over. */
  size(kind) {
    const smoke = this.chain.smoke;
    return { clinicians: smoke ? 8 : 32, carePatients: smoke ? 8 : 64, billing: smoke ? 4 : 16, researchers: smoke ? 4 : 16 }[kind];
  }

  /** Runs `fn` once per `key` (concurrent callers share the promise). */
  once(key, fn) {
    if (!this.memo.has(key)) this.memo.set(key, fn());
    return this.memo.get(key);
  }

  /**
   * The first `n` items of the pool `key`, creating the missing ones with `create(from, to)`
   * under the pool's lock.
   */
  grow(key, n, create) {
    if (!this.locks.has(key)) this.locks.set(key, new Lock());
    return this.locks.get(key).run(async () => {
      const have = this.pools.get(key) ?? [];
      if (have.length < n) {
        have.push(...(await create(have.length, n)));
        this.pools.set(key, have);
      }
      return have.slice(0, n);
    });
  }

  /**
   * The next `n` unused items of the pool `key` (growing it with `create` as `grow` does): for
   * what an account does once (a first opt-in, a consent to revoke), so that a second
   * `prepare` of the same call (after the calibration) never reuses one.
   */
  take(key, n, create) {
    const start = this.cursors.get(key) ?? 0;
    this.cursors.set(key, start + n);
    return this.grow(key, start + n, create).then((items) => items.slice(start));
  }

  /** Sends each of `pairs` `hct` tokens from Alice, in batches. */
  async fund(pairs, hct, what) {
    const calls = pairs.map((p) => this.api.tx.balances.transferKeepAlive(p.address, hct * UNIT));
    await this.chain.executeBatches(this.dev.Alice, calls, `${what}: Alice funds ${pairs.length} accounts`);
  }

  /** `n` funded benchmark accounts of `role` (no on-chain role); `fresh`: not handed out before. */
  accounts(role, n, { fresh = false } = {}) {
    const create = async (from, to) => {
      const keys = range(from, to).map((i) => benchKey(role, i));
      await this.fund(keys, FUNDING[role], `${role} accounts`);
      return keys;
    };
    return fresh ? this.take(`accounts:${role}`, n, create) : this.grow(`accounts:${role}`, n, create);
  }

  /**
   * `n` funded members of organization `org` holding `role` (`'Clinician'`, `'Billing'`,
   * `'Researcher'`), added by the organization's admin (Alice for the hospital, Charlie for the
   * institute) in batches.
   */
  members(org, role, n) {
    const admin = { [HOSPITAL]: this.dev.Alice, [INSTITUTE]: this.dev.Charlie }[org];
    return this.grow(`members:${org}:${role}`, n, async (from, to) => {
      const keys = range(from, to).map((i) => benchKey(`${role.toLowerCase()}-org${org}`, i));
      const adds = keys.map((k) => this.api.tx.organizations.addMember(org, k.address, ROLE_BITS[role], null));
      await Promise.all([
        this.fund(keys, FUNDING[role.toLowerCase()], `${role} members of org ${org}`),
        this.chain.executeBatches(admin, adds, `organizations.addMember: ${role} members of org ${org}`),
      ]);
      return keys;
    });
  }

  /**
   * `n` patients of the pool `name` onboarded by the hospital (`consent.registerPatient` by
   * Alice with each patient's signature, in batches). They hold no tokens: their consent calls
   * are feeless.
   */
  patients(name, n, { fresh = false } = {}) {
    const create = async (from, to) => {
      const keys = range(from, to).map((i) => benchKey(`patient-${name}`, i));
      const calls = keys.map((k) => this.api.tx.consent.registerPatient(HOSPITAL, k.address, registrationSignature(this.api, k, HOSPITAL)));
      await this.chain.executeBatches(this.dev.Alice, calls, `consent.registerPatient: ${keys.length} '${name}' patients`);
      return keys;
    };
    return fresh ? this.take(`patients:${name}`, n, create) : this.grow(`patients:${name}`, n, create);
  }

  /**
   * Each of `patients` grants the hospital a treatment consent with `actions` (one feeless
   * transaction per patient: the pool keeps one per patient). Returns the consent ids in order.
   * In chunks of 1,000, so that none outlives its 8-block pool longevity in the queue.
   */
  async grantAll(patients, actions, what) {
    const ids = [];
    for (let i = 0; i < patients.length; i += 1000) {
      const chunk = patients.slice(i, i + 1000);
      const results = await Promise.all(chunk.map((p) =>
        this.chain.execute(p, this.api.tx.consent.grantConsent(HOSPITAL, hospitalTerms(actions)), `${what}: consent.grantConsent by a patient`)));
      for (const r of results) ids.push(eventsNamed(r.events, 'consent', 'ConsentGranted')[0].data.consent.toNumber());
    }
    return ids;
  }

  /** `n` registered patients who let the hospital read and write their standard data for treatment. */
  carePatients(n) {
    return this.grow('carePatients', n, async (from, to) => {
      const patients = (await this.patients('care', to)).slice(from);
      await this.grantAll(patients, READ | WRITE, 'care patients');
      return patients;
    });
  }

  /**
   * Anchors `n` records (distinct random commitments) of `patients` (round robin) for the
   * hospital, spread over the benchmark clinicians, each clinician's in batches. Returns
   * `[{ id, patient }]`.
   */
  async anchorRecords(patients, n, what) {
    const clinicians = await this.members(HOSPITAL, 'Clinician', this.size('clinicians'));
    const perClinician = clinicians.map(() => []);
    for (let i = 0; i < n; i += 1) {
      const patient = patients[i % patients.length];
      perClinician[i % clinicians.length].push(this.api.tx.records.anchorRecord(
        HOSPITAL, patient.address, 'Treatment', 'LabResults', randomAsHex(32), 'Observation'));
    }
    const batches = await Promise.all(perClinician.map((calls, c) =>
      this.chain.executeBatches(clinicians[c], calls, `${what}: records.anchorRecord by clinician ${c}`)));
    const records = [];
    for (const { events } of batches.flat()) {
      for (const e of eventsNamed(events, 'records', 'RecordAnchored')) {
        records.push({ id: e.data.record.toNumber(), patient: e.data.patient.toString() });
      }
    }
    if (records.length !== n) throw new Error(`${what}: anchored ${records.length} records, expected ${n}`);
    return records;
  }

  /**
   * The benchmark plan of the insurer (created by Bob, its admin): the 64 codes of
   * `PLAN_CODES`, each covered up to 100 HCT with a 20 % patient share, no prior
   * authorization, a yearly limit far above what a run claims, auto-paid up to 500 HCT, in
   * force since 1970. Many codes because a service (patient, provider, code, UTC day) is paid
   * once and a fresh chain's members are covered only since today.
   */
  claimPlan() {
    return this.once('claimPlan', async () => {
      const rules = PLAN_CODES.map((serviceCode) => ({
        serviceCode, covered: true, maxAllowed: 100n * UNIT, patientShare: 200_000, priorAuthRequired: false,
      }));
      const terms = { rules, annualLimit: 1_000_000n * UNIT, autoApproveUpTo: 500n * UNIT, effectiveFrom: 0 };
      const created = await this.chain.execute(this.dev.Bob, this.api.tx.claims.createPlan(INSURER, terms), 'claims.createPlan by Bob');
      return eventsNamed(created.events, 'claims', 'PlanCreated')[0].data.plan.toNumber();
    });
  }

  /**
   * `n` patients covered by the benchmark plan: registered by the hospital, consenting to its
   * writes (for the evidence records), funded (enrolling is not feeless), asked to join
   * (`claims.enroll`) and accepted by the payer's admin (`claims.decideEnrollment`, Bob, in
   * batches). Returns `[{ pair, since }]`: `since` (ms) is a service date each is covered at.
   */
  claimPatients(n) {
    return this.grow('claimPatients', n, async (from, to) => {
      // Two independent chains, so that they overlap: onboarding then consent (for the
      // evidence records); funding, then the request to join, then the payer's acceptance.
      const keys = range(from, to).map((i) => benchKey('patient-claim', i));
      const consented = this.patients('claim', to).then((all) => this.grantAll(all.slice(from), READ | WRITE, 'claim patients'));
      const covered = (async () => {
        const [plan] = await Promise.all([this.claimPlan(), this.fund(keys, FUNDING.claimPatient, 'claim patients')]);
        await Promise.all(keys.map((p) => this.chain.execute(p, this.api.tx.claims.enroll(plan), 'claims.enroll by a claim patient')));
        const decisions = keys.map((p) => this.api.tx.claims.decideEnrollment(plan, p.address, true));
        const results = await this.chain.executeBatches(this.dev.Bob, decisions, 'claims.decideEnrollment by Bob');
        // Coverage starts at the acceptance block's time: the latest of them covers everyone.
        let since = 0;
        for (const r of results) since = Math.max(since, (await this.api.query.timestamp.now.at(r.blockHash)).toNumber());
        return since;
      })();
      const [, since] = await Promise.all([consented, covered]);
      return keys.map((pair) => ({ pair, since }));
    });
  }

  /**
   * `n` unused claim services: `{ pair, since, code }`, a distinct (patient, service code) each,
   * the codes of one covered patient first (64 per patient), more patients covered as needed.
   */
  async claimSlots(n) {
    const start = this.cursors.get('claimSlots') ?? 0;
    this.cursors.set('claimSlots', start + n);
    const covered = await this.claimPatients(Math.ceil((start + n) / PLAN_CODES.length));
    return range(start, start + n).map((k) => ({
      ...covered[Math.floor(k / PLAN_CODES.length)],
      code: PLAN_CODES[k % PLAN_CODES.length],
    }));
  }

  /**
   * A data grant of the demo study to log accesses against: Ferdie (onboarded by the hospital)
   * opts in, Dave attests him (the hospital's cohort reaches the demo's k = 2 with Grace),
   * Alice (privacy officer) grants a 2-record dataset for a week. Returns the grant id.
   */
  researchGrant() {
    return this.once('researchGrant', async () => {
      const { Ferdie, Dave, Alice } = this.dev;
      await this.chain.execute(Ferdie, this.api.tx.research.optIn(DEMO_STUDY), 'research.optIn by Ferdie');
      await this.chain.execute(Dave, this.api.tx.research.attestParticipant(DEMO_STUDY, HOSPITAL, Ferdie.address), 'research.attestParticipant of Ferdie by Dave');
      const now = (await this.api.query.timestamp.now()).toNumber();
      const granted = await this.chain.execute(
        Alice,
        this.api.tx.research.grantData(DEMO_STUDY, HOSPITAL, randomAsHex(32), 2, now + 7 * 86_400_000),
        'research.grantData by Alice',
      );
      return eventsNamed(granted.events, 'research', 'DataGranted')[0].data.grant.toNumber();
    });
  }
}

function range(from, to) {
  return Array.from({ length: to - from }, (_, k) => from + k);
}

/**
 * The measured calls, in run order (the transfer baseline first). Each has the event its
 * success emits, a smoke size, a `sample` (one transaction for the weight probe) and `prepare`.
 */
/**
 * `n` calls by the hospital's clinicians about its care patients (both round robin): `make(patient)`
 * builds the call for a patient's address.
 */
async function byClinicians(s, n, make) {
  const [clinicians, patients] = await Promise.all([
    s.members(HOSPITAL, 'Clinician', s.size('clinicians')),
    s.carePatients(s.size('carePatients')),
  ]);
  return range(0, n).map((i) => ({ pair: clinicians[i % clinicians.length], call: make(patients[i % patients.length].address) }));
}

export const CALLS = [
  {
    name: 'balances.transferKeepAlive',
    event: ['balances', 'Transfer'],
    smoke: 300,
    sample: (s) => ({ pair: benchKey('sender', 0), call: s.api.tx.balances.transferKeepAlive(s.dev.Bob.address, UNIT / 1000n) }),
    // Senders each send about 25 transfers to the next sender (an existing account).
    async prepare(s, n) {
      const senders = await s.accounts('sender', clamp(Math.ceil(n / 25), 10, 2000));
      return range(0, n).map((i) => ({
        pair: senders[i % senders.length],
        call: s.api.tx.balances.transferKeepAlive(senders[(i + 1) % senders.length].address, UNIT / 1000n),
      }));
    },
  },
  {
    name: 'consent.grantConsent',
    event: ['consent', 'ConsentGranted'],
    smoke: 150,
    sample: (s) => ({ pair: s.dev.Ferdie, call: s.api.tx.consent.grantConsent(HOSPITAL, hospitalTerms(READ)) }),
    // One grant per fresh registered patient: a patient has one feeless transaction in the pool.
    async prepare(s, n) {
      const patients = await s.patients('grant', n, { fresh: true });
      return patients.map((pair) => ({ pair, call: s.api.tx.consent.grantConsent(HOSPITAL, hospitalTerms(READ)) }));
    },
  },
  {
    name: 'consent.revokeConsent',
    event: ['consent', 'ConsentRevoked'],
    smoke: 150,
    sample: (s) => ({ pair: s.dev.Ferdie, call: s.api.tx.consent.revokeConsent(0) }),
    // Each patient of its own pool grants one consent in the set-up and revokes it measured.
    async prepare(s, n) {
      const patients = await s.patients('revoke', n, { fresh: true });
      const ids = await s.grantAll(patients, READ, 'consent.revokeConsent set-up');
      return patients.map((pair, i) => ({ pair, call: s.api.tx.consent.revokeConsent(ids[i]) }));
    },
  },
  {
    name: 'consent.recordAccess',
    event: ['consent', 'AccessRecorded'],
    smoke: 150,
    sample: (s) => ({ pair: s.dev.Dave, call: s.api.tx.consent.recordAccess(HOSPITAL, s.dev.Ferdie.address, 'Treatment', 'LabResults', null) }),
    // Clinicians record treatment reads of care patients (round robin over both).
    prepare: (s, n) => byClinicians(s, n, (patient) => s.api.tx.consent.recordAccess(HOSPITAL, patient, 'Treatment', 'LabResults', null)),
  },
  {
    name: 'records.anchorRecord',
    event: ['records', 'RecordAnchored'],
    smoke: 150,
    sample: (s) => ({ pair: s.dev.Dave, call: s.api.tx.records.anchorRecord(HOSPITAL, s.dev.Ferdie.address, 'Treatment', 'LabResults', randomAsHex(32), 'Observation') }),
    prepare: (s, n) => byClinicians(s, n, (patient) => s.api.tx.records.anchorRecord(HOSPITAL, patient, 'Treatment', 'LabResults', randomAsHex(32), 'Observation')),
  },
  {
    name: 'records.amendRecord',
    event: ['records', 'RecordAnchored'],
    smoke: 100,
    sample: (s) => ({ pair: s.dev.Dave, call: s.api.tx.records.amendRecord(0, randomAsHex(32), 'Observation') }),
    // Each measured amendment supersedes its own current record, anchored in the set-up.
    async prepare(s, n) {
      const [clinicians, patients] = await Promise.all([
        s.members(HOSPITAL, 'Clinician', s.size('clinicians')),
        s.carePatients(s.size('carePatients')),
      ]);
      const records = await s.anchorRecords(patients, n, 'records.amendRecord set-up');
      return records.map((r, i) => ({
        pair: clinicians[i % clinicians.length],
        call: s.api.tx.records.amendRecord(r.id, randomAsHex(32), 'Observation'),
      }));
    },
  },
  {
    name: 'records.anchorBatch',
    event: ['records', 'BatchAnchored'],
    smoke: 150,
    sample: (s) => ({ pair: s.dev.Dave, call: s.api.tx.records.anchorBatch(HOSPITAL, randomAsHex(32), 1000, 'Audit') }),
    // Audit batches (the Merkle root of 1,000 audit events), a distinct root each.
    async prepare(s, n) {
      const clinicians = await s.members(HOSPITAL, 'Clinician', s.size('clinicians'));
      return range(0, n).map((i) => ({
        pair: clinicians[i % clinicians.length],
        call: s.api.tx.records.anchorBatch(HOSPITAL, randomAsHex(32), 1000, 'Audit'),
      }));
    },
  },
  {
    name: 'claims.submitClaim',
    event: ['claims', 'ClaimSubmitted'],
    smoke: 100,
    sample: (s) => ({
      pair: s.dev.Alice,
      call: s.api.tx.claims.submitClaim(HOSPITAL, 0, s.dev.Ferdie.address, [0], [{ serviceCode: 99213, amount: LINE_AMOUNT, serviceDate: 0, priorAuth: null }]),
    }),
    // One line each, paid at once: a distinct (patient, code) service per claim (64 codes per
    // patient), its own evidence record, billing clerks round robin; the escrow funded for all.
    async prepare(s, n) {
      const [billing, slots, plan] = await Promise.all([
        s.members(HOSPITAL, 'Billing', s.size('billing')),
        s.claimSlots(n),
        s.claimPlan(),
      ]);
      const [, records] = await Promise.all([
        s.chain.execute(s.dev.Bob, s.api.tx.claims.fundPlan(plan, BigInt(n) * LINE_AMOUNT + 100n * UNIT), 'claims.fundPlan by Bob'),
        s.anchorRecords(slots.map((slot) => slot.pair), n, 'claims.submitClaim evidence'),
      ]);
      const evidence = new Map();
      for (const r of records) {
        if (!evidence.has(r.patient)) evidence.set(r.patient, []);
        evidence.get(r.patient).push(r.id);
      }
      return slots.map(({ pair, since, code }, i) => {
        const line = { serviceCode: code, amount: LINE_AMOUNT, serviceDate: since, priorAuth: null };
        const record = evidence.get(pair.address).pop();
        return { pair: billing[i % billing.length], call: s.api.tx.claims.submitClaim(HOSPITAL, plan, pair.address, [record], [line]) };
      });
    },
  },
  {
    name: 'research.optIn',
    event: ['research', 'Joined'],
    smoke: 150,
    sample: (s) => ({ pair: s.dev.Ferdie, call: s.api.tx.research.optIn(DEMO_STUDY) }),
    // Distinct funded accounts opt in to the demo study (once each).
    async prepare(s, n) {
      const participants = await s.accounts('participant', n, { fresh: true });
      return participants.map((pair) => ({ pair, call: s.api.tx.research.optIn(DEMO_STUDY) }));
    },
  },
  {
    name: 'research.logAccess',
    event: ['research', 'DataAccessed'],
    smoke: 200,
    sample: (s) => ({ pair: s.dev.Charlie, call: s.api.tx.research.logAccess(0) }),
    // Researchers of the institute log accesses to one grant of the demo study.
    async prepare(s, n) {
      const [researchers, grant] = await Promise.all([
        s.members(INSTITUTE, 'Researcher', s.size('researchers')),
        s.researchGrant(),
      ]);
      return range(0, n).map((i) => ({ pair: researchers[i % researchers.length], call: s.api.tx.research.logAccess(grant) }));
    },
  },
];

export const CALL_NAMES = CALLS.map((c) => c.name);

function clamp(n, lo, hi) {
  return Math.max(lo, Math.min(hi, n));
}
