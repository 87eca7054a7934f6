//! Tests of `pallet-consent`, one file per feature. The set-up they share is here: terms, the
//! calls as the tests make them, and small readers of state.

#![allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]

mod access_log;
mod disclosure;
mod emergency;
mod evaluation;
mod fees;
mod grant;
mod migrations;
mod patients;
mod queries;
mod references;

use frame_support::{assert_ok, traits::fungible::InspectHold};
use healthchain_primitives::{
	Action, ActionSet, CategorySet, ConsentId, ConsentInspect, DataCategory, Decision,
	OrganizationId, Purpose, PurposeSet,
};
use sp_core::H256;
use sp_runtime::DispatchResult;

use crate::{mock::*, ConsentTerms, EmergencyId, EmergencyReason, HoldReason};

/// The consent document's hash in the tests.
pub const DOC: H256 = H256::repeat_byte(7);
/// The emergency justification's hash in the tests.
pub const JUSTIFICATION: H256 = H256::repeat_byte(9);
/// The review report's hash in the tests.
pub const REPORT: H256 = H256::repeat_byte(8);

/// Reads of `categories` for `purposes`, without limits.
pub fn reads_of(purposes: &[Purpose], categories: CategorySet) -> ConsentTerms {
	ConsentTerms::new(
		PurposeSet::from_items(purposes),
		categories,
		ActionSet::from_items(&[Action::Read]),
		DOC,
	)
}

/// Treatment reads of every standard category, without limits: the tests' usual consent.
pub fn treatment() -> ConsentTerms {
	reads_of(&[Purpose::Treatment], CategorySet::all_standard())
}

/// `patient` grants `organization` the use of their data on `terms`.
pub fn try_grant(
	patient: u64,
	organization: OrganizationId,
	terms: ConsentTerms,
) -> DispatchResult {
	Consent::grant_consent(RuntimeOrigin::signed(patient), organization, terms)
}

/// `patient` grants the hospital `terms`; returns the consent's id.
pub fn grant(patient: u64, terms: ConsentTerms) -> ConsentId {
	let id = crate::NextConsentId::<Test>::get();
	assert_ok!(try_grant(patient, HOSPITAL, terms));
	id
}

/// The evaluation, through [`ConsentInspect`], of the hospital's use of `PATIENT`'s data now.
pub fn eval(purpose: Purpose, category: DataCategory, action: Action) -> Decision {
	<Consent as ConsentInspect<u64>>::evaluate(&PATIENT, HOSPITAL, purpose, category, action)
}

/// `who` records a read of `PATIENT`'s `category` data for `organization` and `purpose`, on a
/// consent or under emergency access `emergency`.
pub fn record(
	who: u64,
	organization: OrganizationId,
	purpose: Purpose,
	category: DataCategory,
	emergency: Option<EmergencyId>,
) -> DispatchResult {
	Consent::record_access(
		RuntimeOrigin::signed(who),
		organization,
		PATIENT,
		purpose,
		category,
		emergency,
	)
	.map(|_| ())
	.map_err(|e| e.error)
}

/// `who` records a treatment read of `PATIENT`'s `category` data for the hospital.
pub fn read(who: u64, category: DataCategory) -> DispatchResult {
	record(who, HOSPITAL, Purpose::Treatment, category, None)
}

/// `who` reads `PATIENT`'s conditions for `purpose` under emergency access `id`.
pub fn emergency_read(who: u64, id: EmergencyId, purpose: Purpose) -> DispatchResult {
	record(who, HOSPITAL, purpose, DataCategory::Conditions, Some(id))
}

/// `who` opens an emergency access to `patient`'s data for `organization`.
pub fn try_open(who: u64, organization: OrganizationId, patient: u64) -> DispatchResult {
	Consent::open_emergency_access(
		RuntimeOrigin::signed(who),
		organization,
		patient,
		EmergencyReason::PatientIncapacitated,
		JUSTIFICATION,
	)
}

/// `who` opens an emergency access to `PATIENT` for the hospital; returns its id.
pub fn open_emergency(who: u64) -> EmergencyId {
	let id = crate::NextEmergencyId::<Test>::get();
	assert_ok!(try_open(who, HOSPITAL, PATIENT));
	id
}

/// What `who` has on hold for `reason`.
pub fn held(reason: HoldReason, who: u64) -> u64 {
	Balances::balance_on_hold(&reason.into(), &who)
}

/// Moves to block `n` (time advances 6 s per block).
pub fn go_to_block(n: u64) {
	let now = System::block_number();
	System::set_block_number(n);
	Timestamp::set_timestamp(Timestamp::get() + (n - now) * 6_000);
}
