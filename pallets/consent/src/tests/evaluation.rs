//! The one evaluation, case by case: what a consent names, sensitive categories, time,
//! erase-by, the access limit, several consents; and `ConsentTerms::permits` on its own.

use healthchain_primitives::{
	Action::{self, Read, Write},
	ActionSet, CategorySet, ConsentInspect,
	DataCategory::{self, *},
	Decision::{self, Deny, Permit},
	DenyReason::{self, *},
	Moment,
	Purpose::{self, *},
	PurposeSet,
};

use super::*;
use crate::{mock::*, ConsentTerms, Consents};

/// Checks each use of `PATIENT`'s data by the hospital, `(purpose, category, action)`, against
/// the decision expected.
fn assert_decisions(cases: &[(Purpose, DataCategory, Action, Decision)]) {
	for &(purpose, category, action, expected) in cases {
		let case = (purpose, category, action);
		assert_eq!(eval(purpose, category, action), expected, "{case:?}");
	}
}

/// Grants the hospital `terms` and checks a treatment read of conditions at each time: `Ok` if
/// that consent permits it, else the reason.
fn assert_over_time(terms: ConsentTerms, timeline: &[(Moment, Result<(), DenyReason>)]) {
	run_test(|| {
		let id = grant(PATIENT, terms);
		for &(now, expected) in timeline {
			Timestamp::set_timestamp(now);
			let decision = expected.map_or_else(Deny, |()| Permit(id));
			assert_decisions(&[(Treatment, Conditions, Read, decision)]);
		}
	});
}

#[test]
fn a_consent_permits_exactly_what_it_names() {
	run_test(|| {
		let id = grant(PATIENT, treatment());
		assert_decisions(&[
			(Treatment, LabResults, Read, Permit(id)),
			(Research, LabResults, Read, Deny(PurposeNotCovered)),
			(Treatment, LabResults, Write, Deny(ActionNotCovered)),
		]);
		// Another organization has no consent at all.
		let insurer = <Consent as ConsentInspect<u64>>::evaluate(
			&PATIENT,
			INSURER,
			Payment,
			Demographics,
			Read,
		);
		assert_eq!(insurer, Deny(NoConsent));
	});
}

#[test]
fn all_standard_categories_never_include_sensitive_ones() {
	run_test(|| {
		grant(PATIENT, treatment());
		let sensitive = DataCategory::ALL.into_iter().filter(|category| category.is_sensitive());
		for category in sensitive {
			assert_decisions(&[(Treatment, category, Read, Deny(CategoryNotCovered))]);
		}
	});
}

#[test]
fn a_named_sensitive_category_is_covered_and_only_that_one() {
	run_test(|| {
		let id = grant(PATIENT, reads_of(&[Treatment], CategorySet::from_items(&[MentalHealth])));
		assert_decisions(&[
			(Treatment, MentalHealth, Read, Permit(id)),
			(Treatment, SubstanceUse, Read, Deny(CategoryNotCovered)),
			(Treatment, LabResults, Read, Deny(CategoryNotCovered)),
		]);
	});
}

#[test]
fn the_validity_window_is_enforced_without_any_sweep() {
	let window =
		ConsentTerms { valid_from: Some(NOW + 100), valid_until: Some(NOW + 200), ..treatment() };
	assert_over_time(
		window,
		&[(NOW, Err(NotYetValid)), (NOW + 100, Ok(())), (NOW + 200, Err(Expired))],
	);
}

#[test]
fn nothing_is_permitted_from_the_erase_by_deadline_on() {
	let erase_by = ConsentTerms { erase_by: Some(NOW + 50), ..treatment() };
	assert_over_time(erase_by, &[(NOW, Ok(())), (NOW + 50, Err(PastEraseBy))]);
}

#[test]
fn a_used_up_access_limit_denies() {
	run_test(|| {
		let id = grant(PATIENT, ConsentTerms { max_accesses: Some(2), ..treatment() });
		Consents::<Test>::mutate(id, |c| c.as_mut().map(|c| c.accesses = 2));
		assert_decisions(&[(Treatment, Imaging, Read, Deny(AccessLimitReached))]);
	});
}

#[test]
fn the_most_specific_reason_among_several_consents_is_reported_and_any_permit_wins() {
	run_test(|| {
		grant(PATIENT, ConsentTerms { valid_from: Some(NOW + 10), ..treatment() }); // not yet valid
		let second =
			grant(PATIENT, reads_of(&[Treatment], CategorySet::from_items(&[Medications])));
		assert_decisions(&[
			// The second consent got further (to the category check).
			(Treatment, Imaging, Read, Deny(CategoryNotCovered)),
			(Treatment, Medications, Read, Permit(second)),
		]);
	});
}

/// A change to terms that lifts one of their restrictions.
type Lift = fn(&mut ConsentTerms);

#[test]
fn permits_reports_the_first_failing_check_in_the_order_of_deny_reason() {
	// Terms failing every check for a research write of genomics at `late`, used once; each
	// step lifts the failure reported before, so the next one shows.
	let late = NOW + 1_000;
	let mut terms = ConsentTerms {
		valid_from: Some(late + 1),
		valid_until: Some(late),
		erase_by: Some(late),
		max_accesses: Some(1),
		..treatment()
	};
	let lifts: [(DenyReason, Lift); 7] = [
		(NotYetValid, |t| t.valid_from = None),
		(Expired, |t| t.valid_until = None),
		(PastEraseBy, |t| t.erase_by = None),
		(PurposeNotCovered, |t| t.purposes = PurposeSet::from_items(&[Research])),
		(CategoryNotCovered, |t| t.categories = CategorySet::from_items(&[Genomics])),
		(ActionNotCovered, |t| t.actions = ActionSet::from_items(&[Read, Write])),
		(AccessLimitReached, |t| t.max_accesses = Some(2)),
	];
	for (reason, lift) in lifts {
		assert_eq!(terms.permits(Research, Genomics, Write, late, 1), Err(reason));
		lift(&mut terms);
	}
	assert_eq!(terms.permits(Research, Genomics, Write, late, 1), Ok(()));
}

#[test]
fn evaluate_categories_is_the_one_evaluation_for_each_category_asked() {
	run_test(|| {
		let id = grant(PATIENT, reads_of(&[Treatment], CategorySet::from_items(&[MentalHealth])));
		let asked = CategorySet(CategorySet::ALL_STANDARD | MentalHealth.bit() | Genomics.bit());
		let answer = Consent::evaluate_categories(&PATIENT, HOSPITAL, Treatment, Read, asked);
		// Every standard category, then the two sensitive ones named, in category order.
		let categories: Vec<DataCategory> = answer.items.iter().map(|d| d.category).collect();
		let mut expected: Vec<DataCategory> =
			DataCategory::ALL.into_iter().filter(|c| !c.is_sensitive()).collect();
		expected.extend([Genomics, MentalHealth]);
		assert_eq!(categories, expected);
		// Each decision is the single evaluation's.
		for item in &answer.items {
			assert_eq!(item.decision, eval(Treatment, item.category, Read), "{:?}", item.category);
		}
		assert_eq!(answer.items.iter().filter(|d| d.decision == Permit(id)).count(), 1);
		// Nothing asked, nothing answered; an organization without consent is denied throughout.
		let none =
			Consent::evaluate_categories(&PATIENT, HOSPITAL, Treatment, Read, CategorySet(0));
		assert!(none.items.is_empty());
		let insurer = Consent::evaluate_categories(&PATIENT, INSURER, Payment, Read, asked);
		assert!(insurer.items.iter().all(|d| d.decision == Deny(NoConsent)));
	});
}
