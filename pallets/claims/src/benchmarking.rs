//! Benchmarks of `pallet-claims` at their worst case: plans with the most rules and versions,
//! members with the most coverage periods, claims with the most lines (each using a prior
//! authorization) and the most evidence records.

#![allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]

use super::*;
use frame_benchmarking::v2::*;
use frame_system::RawOrigin;
use sp_runtime::{
	traits::{Bounded, Saturating},
	Permill,
};

struct Parties<T: Config> {
	admin: T::AccountId,
	reviewer: T::AccountId,
	payer: OrganizationId,
	billing: T::AccountId,
	provider: OrganizationId,
	patient: T::AccountId,
}

fn funded<T: Config>(name: &'static str) -> T::AccountId {
	let who: T::AccountId = account(name, 0, 0);
	let _ = T::Currency::set_balance(&who, BalanceOf::<T>::max_value() / 1_000_000u32.into());
	who
}

/// A unit of money well above the existential deposit.
fn unit<T: Config>() -> BalanceOf<T> {
	T::Currency::minimum_balance().saturating_mul(1_000u32.into())
}

fn parties<T: Config>() -> Parties<T> {
	let admin = funded::<T>("admin");
	let reviewer = funded::<T>("reviewer");
	let payer = T::Organizations::benchmark_member(
		OrganizationKind::Payer,
		funded::<T>("payer admin"),
		admin.clone(),
		Role::Admin,
	);
	T::Organizations::benchmark_add_member(payer, reviewer.clone(), Role::Reviewer);
	let billing = funded::<T>("billing");
	let clinician: T::AccountId = account("clinician", 0, 0);
	let provider = T::Organizations::benchmark_member(
		OrganizationKind::Provider,
		funded::<T>("provider admin"),
		billing.clone(),
		Role::Billing,
	);
	T::Organizations::benchmark_add_member(provider, clinician, Role::Clinician);
	Parties { admin, reviewer, payer, billing, provider, patient: funded::<T>("patient") }
}

/// Terms with the most rules (codes 0, 1, 2, …), each covered up to 10 units with a prior
/// authorization and a 10 % patient share; no threshold or limit gets in the way unless asked.
fn terms<T: Config>(effective_from: Moment, auto_approve_up_to: BalanceOf<T>) -> PlanTermsOf<T> {
	let rules = (0..T::MaxRules::get())
		.map(|code| CoverageRule {
			service_code: code,
			covered: true,
			max_allowed: unit::<T>().saturating_mul(10u32.into()),
			patient_share: Permill::from_percent(10),
			prior_auth_required: true,
		})
		.collect::<Vec<_>>();
	PlanTerms {
		rules: BoundedVec::truncate_from(rules),
		annual_limit: BalanceOf::<T>::max_value() / 4u32.into(),
		auto_approve_up_to,
		effective_from,
	}
}

/// A new plan of the payer with one version of [`terms`] in force from 0, unfunded, nobody
/// enrolled; returns its id.
fn new_plan<T: Config>(p: &Parties<T>, auto_approve_up_to: BalanceOf<T>) -> PlanId {
	Pallet::<T>::do_create_plan(&p.admin, p.payer, terms::<T>(0, auto_approve_up_to)).expect("plan")
}

/// Adds versions of [`terms`] to plan `id` until it has `versions` (version `v + 1` in force
/// from `v`).
fn add_versions<T: Config>(
	p: &Parties<T>,
	id: PlanId,
	versions: u32,
	auto_approve_up_to: BalanceOf<T>,
) {
	for v in 1..versions {
		Pallet::<T>::update_plan(
			RawOrigin::Signed(p.admin.clone()).into(),
			id,
			terms::<T>(Moment::from(v), auto_approve_up_to),
		)
		.expect("version");
	}
}

/// Gives the patient `periods` closed coverage periods in plan `id` (the payer accepting each
/// request), so that a coverage check walks them all.
fn closed_periods<T: Config>(p: &Parties<T>, id: PlanId, periods: u32) {
	for _ in 0..periods {
		Pallet::<T>::do_enroll(&p.patient, id).expect("enroll");
		Pallet::<T>::do_accept_enrollment(id, &p.patient).expect("accept");
		Pallet::<T>::do_leave(&p.patient, id).expect("leave");
	}
}

/// Makes the patient a member of plan `id` with the most coverage periods, the last open.
fn member<T: Config>(p: &Parties<T>, id: PlanId) {
	closed_periods::<T>(p, id, T::MaxCoveragePeriods::get().saturating_sub(1));
	Pallet::<T>::do_enroll(&p.patient, id).expect("enroll");
	Pallet::<T>::do_accept_enrollment(id, &p.patient).expect("accept");
}

/// A plan with the most versions, funded, the patient a member with the most coverage periods;
/// returns its id.
fn plan<T: Config>(p: &Parties<T>, auto_approve_up_to: BalanceOf<T>) -> PlanId {
	let id = new_plan::<T>(p, auto_approve_up_to);
	add_versions::<T>(p, id, T::MaxPlanVersions::get(), auto_approve_up_to);
	Pallet::<T>::do_fund(&p.admin, id, unit::<T>().saturating_mul(10_000u32.into())).expect("fund");
	member::<T>(p, id);
	id
}

/// `l` lines (service codes 0.., each with an approved prior authorization) and `e` evidence
/// records.
fn claim_input<T: Config>(
	p: &Parties<T>,
	plan: PlanId,
	l: u32,
	e: u32,
) -> (EvidenceOf<T>, LinesOf<T>) {
	let evidence = (0..e).map(|_| T::Records::benchmark_record(&p.patient, p.provider)).collect();
	let lines = (0..l)
		.map(|code| {
			let auth = NextPriorAuthId::<T>::get();
			Pallet::<T>::request_prior_auth(
				RawOrigin::Signed(p.billing.clone()).into(),
				p.provider,
				plan,
				p.patient.clone(),
				code,
			)
			.expect("request");
			Pallet::<T>::decide_prior_auth(
				RawOrigin::Signed(p.reviewer.clone()).into(),
				auth,
				true,
			)
			.expect("approve");
			ClaimLineInput {
				service_code: code,
				amount: unit::<T>().saturating_mul(20u32.into()),
				service_date: T::Time::now(),
				prior_auth: Some(auth),
			}
		})
		.collect::<Vec<_>>();
	(BoundedVec::truncate_from(evidence), BoundedVec::truncate_from(lines))
}

/// A claim of `l` lines waiting for review (the threshold is zero).
fn pending_claim<T: Config>(p: &Parties<T>, l: u32) -> (PlanId, ClaimId) {
	pending_claim_with::<T>(p, l, 1)
}

/// A claim of `l` lines the reviewer denied.
fn denied_claim<T: Config>(p: &Parties<T>, l: u32) -> ClaimId {
	let (_, claim) = pending_claim::<T>(p, l);
	Pallet::<T>::review_claim(
		RawOrigin::Signed(p.reviewer.clone()).into(),
		claim,
		ReviewDecision::Deny,
	)
	.expect("deny");
	claim
}

/// A claim of `l` lines and `e` evidence records waiting for review.
fn pending_claim_with<T: Config>(p: &Parties<T>, l: u32, e: u32) -> (PlanId, ClaimId) {
	let plan = plan::<T>(p, Zero::zero());
	let (evidence, lines) = claim_input::<T>(p, plan, l, e);
	let id =
		Pallet::<T>::do_submit(&p.billing, p.provider, plan, p.patient.clone(), evidence, lines)
			.expect("submit");
	(plan, id)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn create_plan() {
		let p = parties::<T>();
		let terms = terms::<T>(0, unit::<T>());

		#[extrinsic_call]
		_(RawOrigin::Signed(p.admin), p.payer, terms);

		assert!(Plans::<T>::contains_key(0));
		assert_eq!(PlansOfPayer::<T>::get(p.payer), 1);
	}

	#[benchmark]
	fn update_plan() {
		let p = parties::<T>();
		let id = new_plan::<T>(&p, unit::<T>());
		add_versions::<T>(&p, id, T::MaxPlanVersions::get().saturating_sub(1), unit::<T>());

		#[extrinsic_call]
		_(RawOrigin::Signed(p.admin), id, terms::<T>(Moment::MAX, unit::<T>()));

		assert_eq!(Plans::<T>::get(id).map(|p| p.versions), Some(T::MaxPlanVersions::get()));
	}

	#[benchmark]
	fn fund_plan() {
		let p = parties::<T>();
		let id = new_plan::<T>(&p, unit::<T>());

		#[extrinsic_call]
		_(RawOrigin::Signed(p.admin), id, unit::<T>());

		assert_eq!(Plans::<T>::get(id).map(|p| p.funded), Some(unit::<T>()));
	}

	#[benchmark]
	fn withdraw_escrow() {
		let p = parties::<T>();
		let id = plan::<T>(&p, unit::<T>());

		#[extrinsic_call]
		_(RawOrigin::Signed(p.admin), id, unit::<T>());

		assert_eq!(Plans::<T>::get(id).map(|p| p.withdrawn), Some(unit::<T>()));
	}

	/// A request to join again, with the most periods but one behind.
	#[benchmark]
	fn enroll() {
		let p = parties::<T>();
		let id = new_plan::<T>(&p, unit::<T>());
		closed_periods::<T>(&p, id, T::MaxCoveragePeriods::get().saturating_sub(1));

		#[extrinsic_call]
		_(RawOrigin::Signed(p.patient.clone()), id);

		assert!(Enrollments::<T>::get(id, &p.patient).is_some_and(|m| m.requested_at.is_some()));
	}

	#[benchmark]
	fn leave_plan() {
		let p = parties::<T>();
		let id = plan::<T>(&p, unit::<T>());

		#[extrinsic_call]
		_(RawOrigin::Signed(p.patient.clone()), id);

		assert!(Enrollments::<T>::get(id, &p.patient).is_some_and(|m| !m.is_open()));
	}

	/// The payer accepts a request, opening the last period.
	#[benchmark]
	fn decide_enrollment() {
		let p = parties::<T>();
		let id = new_plan::<T>(&p, unit::<T>());
		closed_periods::<T>(&p, id, T::MaxCoveragePeriods::get().saturating_sub(1));
		Pallet::<T>::do_enroll(&p.patient, id).expect("enroll");

		#[extrinsic_call]
		_(RawOrigin::Signed(p.admin), id, p.patient.clone(), true);

		assert!(Enrollments::<T>::get(id, &p.patient).is_some_and(|m| m.is_open()));
	}

	#[benchmark]
	fn end_coverage() {
		let p = parties::<T>();
		let id = plan::<T>(&p, unit::<T>());

		#[extrinsic_call]
		_(RawOrigin::Signed(p.admin), id, p.patient.clone());

		assert!(Enrollments::<T>::get(id, &p.patient).is_some_and(|m| !m.is_open()));
	}

	#[benchmark]
	fn request_prior_auth() {
		let p = parties::<T>();
		let id = plan::<T>(&p, unit::<T>());
		// The worst case asks as Billing, after the Clinician check failed.

		#[extrinsic_call]
		_(RawOrigin::Signed(p.billing), p.provider, id, p.patient, 7);

		assert!(PriorAuths::<T>::contains_key(0));
	}

	/// A denial: the request is removed and its deposit released (an approval writes it back).
	#[benchmark]
	fn decide_prior_auth() {
		let p = parties::<T>();
		let id = plan::<T>(&p, unit::<T>());
		Pallet::<T>::request_prior_auth(
			RawOrigin::Signed(p.billing.clone()).into(),
			p.provider,
			id,
			p.patient.clone(),
			7,
		)
		.expect("request");

		#[extrinsic_call]
		_(RawOrigin::Signed(p.reviewer), 0, false);

		assert!(!PriorAuths::<T>::contains_key(0));
	}

	/// The requester withdraws an approved, unused authorization.
	#[benchmark]
	fn remove_prior_auth() {
		let p = parties::<T>();
		let plan = plan::<T>(&p, unit::<T>());
		let (_, lines) = claim_input::<T>(&p, plan, 1, 0);
		let auth = lines[0].prior_auth.expect("authorized");

		#[extrinsic_call]
		_(RawOrigin::Signed(p.billing), auth);

		assert!(!PriorAuths::<T>::contains_key(auth));
	}

	/// Paid at once from escrow.
	#[benchmark]
	fn submit_claim(l: Linear<1, { T::MaxLines::get() }>, e: Linear<1, { T::MaxEvidence::get() }>) {
		let p = parties::<T>();
		let plan = plan::<T>(&p, BalanceOf::<T>::max_value() / 4u32.into());
		let (evidence, lines) = claim_input::<T>(&p, plan, l, e);

		#[extrinsic_call]
		_(
			RawOrigin::Signed(p.billing.clone()),
			p.provider,
			plan,
			p.patient.clone(),
			evidence,
			lines,
		);

		assert_eq!(Claims::<T>::get(0).map(|c| c.status), Some(ClaimStatus::Paid));
	}

	/// An adjustment: pays, returns the deposit and gives back usage line by line.
	#[benchmark]
	fn review_claim(l: Linear<1, { T::MaxLines::get() }>) {
		let p = parties::<T>();
		let (_, claim) = pending_claim::<T>(&p, l);

		#[extrinsic_call]
		_(RawOrigin::Signed(p.reviewer), claim, ReviewDecision::Adjust(unit::<T>()));

		assert_eq!(Claims::<T>::get(claim).map(|c| c.status), Some(ClaimStatus::Paid));
	}

	/// A denial: frees each line's service (marking it denied) and prior authorization, and the
	/// evidence, and gives back all the usage (security review M-8: the other path of
	/// `review_claim`, whose weight is the heavier of the two).
	#[benchmark]
	fn review_claim_deny(l: Linear<1, { T::MaxLines::get() }>) {
		let p = parties::<T>();
		let (_, claim) = pending_claim_with::<T>(&p, l, T::MaxEvidence::get());

		#[block]
		{
			Pallet::<T>::review_claim(
				RawOrigin::Signed(p.reviewer).into(),
				claim,
				ReviewDecision::Deny,
			)
			.expect("deny");
		}

		assert_eq!(Claims::<T>::get(claim).map(|c| c.status), Some(ClaimStatus::Denied));
	}

	/// The provider accepts a denial: the claim is settled and its deposit returned.
	#[benchmark]
	fn accept_denial() {
		let p = parties::<T>();
		let claim = denied_claim::<T>(&p, 1);

		#[extrinsic_call]
		_(RawOrigin::Signed(p.billing), claim);

		assert_eq!(Claims::<T>::get(claim).map(|c| c.status), Some(ClaimStatus::DenialUpheld));
	}

	#[benchmark]
	fn appeal_claim() {
		let p = parties::<T>();
		let claim = denied_claim::<T>(&p, T::MaxLines::get());

		#[extrinsic_call]
		_(RawOrigin::Signed(p.billing), claim);

		assert_eq!(Claims::<T>::get(claim).map(|c| c.status), Some(ClaimStatus::Appealed));
	}

	/// An award: checks and marks every line's service and pays.
	#[benchmark]
	fn arbitrate_claim(l: Linear<1, { T::MaxLines::get() }>) -> Result<(), BenchmarkError> {
		let p = parties::<T>();
		let claim = denied_claim::<T>(&p, l);
		Pallet::<T>::appeal_claim(RawOrigin::Signed(p.billing.clone()).into(), claim)
			.expect("appeal");
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, claim, unit::<T>());

		assert_eq!(Claims::<T>::get(claim).map(|c| c.status), Some(ClaimStatus::Paid));
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
