//! Property test: random claims (random dates across two years, codes, amounts, prior
//! authorizations, reused evidence), random reviews, appeals, arbitrations, denials accepted,
//! funding, withdrawals and time passing, from many seeds. After every step, whether it
//! succeeded or failed:
//! - *escrow conservation*: the escrow held on the payer's account is `funded − paid −
//!   withdrawn`, the hospital's account holds exactly what the plan paid, the sum of the claims'
//!   payments is what the plan paid, no currency is created or destroyed, and the pallet's
//!   `try_state` invariants hold (reservations, deposits, claimed services, evidence);
//! - *no double payment*: no service (patient, provider, code, UTC day) is paid by two claims,
//!   and no member's annual usage exceeds the annual limit.
//!
//! The generator is a fixed xorshift, so a failing seed is reproduced by its number.

use alloc::collections::{btree_map::BTreeMap, btree_set::BTreeSet};

use healthchain_primitives::utc_day;

use super::*;
use crate::{ClaimStatus, ReviewDecision};

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
	fn next(&mut self) -> u64 {
		self.0 ^= self.0 >> 12;
		self.0 ^= self.0 << 25;
		self.0 ^= self.0 >> 27;
		self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
	}

	/// A number in `0..n`.
	fn below(&mut self, n: u64) -> u64 {
		self.next() % n
	}

	/// One of `items`.
	fn pick<T: Copy>(&mut self, items: &[T]) -> T {
		items[self.below(items.len() as u64) as usize]
	}
}

/// What the test remembers between steps.
#[derive(Default)]
struct Model {
	/// Evidence records used so far (reused at random).
	evidence: Vec<u64>,
	/// Prior authorizations asked for so far (cited at random).
	auths: Vec<PriorAuthId>,
	/// Claims paid by arbitration (their award claims every line's service).
	arbitrated: BTreeSet<ClaimId>,
	/// The claims seen paid.
	paid: BTreeSet<ClaimId>,
	/// Each paid service (patient, code, UTC day) and the claim that paid it.
	services: BTreeMap<(u64, u32, u64), ClaimId>,
}

/// The claims in `status`.
fn claims_in(status: ClaimStatus) -> Vec<ClaimId> {
	crate::Claims::<Test>::iter().filter(|(_, c)| c.status == status).map(|(id, _)| id).collect()
}

/// One random step.
fn step(rng: &mut Rng, model: &mut Model) {
	let members = [PATIENT, OTHER_PATIENT];
	match rng.below(10) {
		0..=3 => {
			let patient = rng.pick(&members);
			let lines = (0..1 + rng.below(4))
				.map(|_| {
					let code = rng.pick(&[VISIT, VISIT, MRI, COSMETIC, 12_345]);
					// At any millisecond of the last few days or of the last two years (some
					// before the membership began).
					let back = if rng.below(2) == 0 { 3 * DAY } else { 700 * DAY };
					let date = Timestamp::get() - rng.below(back);
					let auth = (!model.auths.is_empty() && rng.below(3) == 0)
						.then(|| rng.pick(&model.auths));
					ClaimLineInput {
						service_code: code,
						amount: 1 + rng.below(1_500),
						service_date: date,
						prior_auth: auth,
					}
				})
				.collect();
			let evidence = if !model.evidence.is_empty() && rng.below(4) == 0 {
				rng.pick(&model.evidence)
			} else {
				fresh_evidence(patient)
			};
			model.evidence.push(evidence);
			let _ = submit_for(BILLING, patient, vec![evidence], lines);
		},
		4 => {
			let id = crate::NextPriorAuthId::<Test>::get();
			let patient = rng.pick(&members);
			// Asked for and decided some days ago.
			let now = Timestamp::get();
			Timestamp::set_timestamp(now - rng.below(10 * DAY));
			let requested = Claims::request_prior_auth(
				RuntimeOrigin::signed(CLINICIAN),
				HOSPITAL,
				PLAN,
				patient,
				rng.pick(&[MRI, VISIT]),
			);
			if requested.is_ok() {
				model.auths.push(id);
				let _ = Claims::decide_prior_auth(
					RuntimeOrigin::signed(REVIEWER),
					id,
					rng.below(4) > 0,
				);
			}
			Timestamp::set_timestamp(now);
		},
		5 => {
			if let Some(&claim) = claims_in(ClaimStatus::PendingReview).first() {
				let decision = match rng.below(3) {
					0 => ReviewDecision::Approve,
					1 => ReviewDecision::Adjust(rng.below(1_200)),
					_ => ReviewDecision::Deny,
				};
				let _ = Claims::review_claim(RuntimeOrigin::signed(REVIEWER), claim, decision);
			}
		},
		6 => {
			let denied = claims_in(ClaimStatus::Denied);
			if !denied.is_empty() {
				let claim = rng.pick(&denied);
				if rng.below(4) == 0 {
					let _ = Claims::accept_denial(RuntimeOrigin::signed(BILLING), claim);
				} else {
					let _ = Claims::appeal_claim(RuntimeOrigin::signed(BILLING), claim);
				}
			}
		},
		7 => {
			let appealed = claims_in(ClaimStatus::Appealed);
			if !appealed.is_empty() {
				let claim = rng.pick(&appealed);
				let award = if rng.below(3) == 0 { 0 } else { rng.below(3_000) };
				let awarded = Claims::arbitrate_claim(RuntimeOrigin::root(), claim, award);
				if awarded.is_ok() && award > 0 {
					model.arbitrated.insert(claim);
				}
			}
		},
		8 => {
			let amount = 1 + rng.below(2_000);
			let _ = if rng.below(2) == 0 {
				Claims::fund_plan(RuntimeOrigin::signed(ADMIN), PLAN, amount)
			} else {
				Claims::withdraw_escrow(RuntimeOrigin::signed(ADMIN), PLAN, amount)
			};
		},
		_ => Timestamp::set_timestamp(Timestamp::get() + rng.below(2 * DAY)),
	}
}

/// Checks escrow conservation and that no service is paid twice.
fn check(model: &mut Model, issuance: u64, seed: u64) {
	let plan = crate::Plans::<Test>::get(PLAN).expect("the plan");
	assert_eq!(Balances::total_issuance(), issuance, "seed {seed}: currency created");
	assert_eq!(escrow_held(), plan.funded - plan.paid - plan.withdrawn, "seed {seed}: escrow");
	assert_eq!(Balances::free_balance(HOSPITAL_ACCOUNT), plan.paid, "seed {seed}: provider");
	let claimed: u64 = crate::Claims::<Test>::iter_values().map(|c| c.paid).sum();
	assert_eq!(claimed, plan.paid, "seed {seed}: claims' payments");
	Claims::do_try_state().unwrap_or_else(|e| panic!("seed {seed}: try_state: {e:?}"));
	for (id, claim) in crate::Claims::<Test>::iter() {
		if claim.status != ClaimStatus::Paid || !model.paid.insert(id) {
			continue;
		}
		let all = model.arbitrated.contains(&id);
		for line in claim.lines.iter().filter(|l| all || l.payer_amount > 0) {
			let service =
				(claim.patient, line.input.service_code, utc_day(line.input.service_date));
			// (Two lines of one claim for one service are one payment of the claim: an award
			// is one amount for the claim, capped by its billed total.)
			if let Some(other) = model.services.insert(service, id).filter(|other| *other != id) {
				panic!("seed {seed}: service {service:?} paid by claims {other} and {id}");
			}
		}
	}
	for ((_, _), year, used) in crate::AnnualUsage::<Test>::iter() {
		assert!(used <= ANNUAL_LIMIT, "seed {seed}: {year} usage {used} above the limit");
	}
}

#[test]
fn random_claims_conserve_escrow_and_never_pay_a_service_twice() {
	let (mut paid, mut denied, mut appealed) = (0, 0, 0);
	for seed in 1..=48u64 {
		run_test(|| {
			// The plan and both members from 600 days ago.
			Timestamp::set_timestamp(NOW - 600 * DAY);
			assert_ok!(Claims::create_plan(RuntimeOrigin::signed(ADMIN), INSURER, terms(0)));
			assert_ok!(Claims::fund_plan(RuntimeOrigin::signed(ADMIN), PLAN, 20_000));
			for patient in [PATIENT, OTHER_PATIENT] {
				assert_ok!(Claims::enroll(RuntimeOrigin::signed(patient), PLAN));
				payer_accepts(patient);
			}
			Timestamp::set_timestamp(NOW);
			let issuance = Balances::total_issuance();
			let mut rng = Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15));
			let mut model = Model::default();
			for _ in 0..80 {
				step(&mut rng, &mut model);
				check(&mut model, issuance, seed);
			}
			paid += model.paid.len();
			denied +=
				claims_in(ClaimStatus::Denied).len() + claims_in(ClaimStatus::DenialUpheld).len();
			appealed += model.arbitrated.len();
		});
	}
	eprintln!("48 seeds × 80 steps: {paid} claims paid, {denied} denied, {appealed} awards");
	// The walk reached every outcome, so the checks were not vacuous.
	assert!(
		paid > 100 && denied > 100 && appealed > 5,
		"paid {paid}, denied {denied}, awards {appealed}"
	);
}
