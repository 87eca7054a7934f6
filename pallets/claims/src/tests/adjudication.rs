//! Adjudication: the rule per line as a table (no runtime needed), then on chain: coverage,
//! the fee schedule, prior authorization, duplicates and the annual limit.

use healthchain_primitives::utc_year;

use super::*;
use crate::{Adjustment, AnnualUsage};

#[test]
fn calendar_years_are_computed_in_utc() {
	assert_eq!(utc_year(0), 1970);
	assert_eq!(utc_year(951_782_400_000), 2000); // 2000-02-29
	assert_eq!(utc_year(1_767_139_200_000), 2025); // 2025-12-31
	assert_eq!(utc_year(1_767_225_600_000 - 1), 2025);
	assert_eq!(utc_year(1_767_225_600_000), 2026); // 2026-01-01
	assert_eq!(utc_year(NOW), 2026);
	assert_eq!(utc_year(1_798_761_600_000), 2027);
}

/// A row of the adjudication table: the case; the line's service code and amount; whether it
/// cites an approved prior authorization, whether it is a duplicate, the remaining annual limit;
/// then `(allowed, patient_responsibility, payer_amount)` and the adjustments.
type Row = (&'static str, u32, u64, bool, bool, u64, (u64, u64, u64), &'static [Adjustment]);

#[test]
fn each_line_is_adjudicated_by_the_rule_for_its_service() {
	use Adjustment::*;
	let table: [Row; 10] = [
		("covered", VISIT, 400, false, false, 2_000, (400, 80, 320), &[PatientShare]),
		(
			"above the fee schedule",
			VISIT,
			700,
			false,
			false,
			2_000,
			(500, 100, 400),
			&[ExceedsFeeSchedule, PatientShare],
		),
		("no patient share", MRI, 900, true, false, 2_000, (900, 0, 900), &[]),
		("not covered", COSMETIC, 900, false, false, 2_000, (0, 0, 0), &[NotCovered]),
		("no rule for the code", 12_345, 50, false, false, 2_000, (0, 0, 0), &[NotCovered]),
		("no prior authorization", MRI, 900, false, false, 2_000, (0, 0, 0), &[PriorAuthMissing]),
		(
			"authorization before duplicate",
			MRI,
			900,
			false,
			true,
			0,
			(0, 0, 0),
			&[PriorAuthMissing],
		),
		("duplicate", VISIT, 200, false, true, 2_000, (0, 0, 0), &[Duplicate]),
		(
			"limit partly used",
			VISIT,
			500,
			false,
			false,
			100,
			(500, 400, 100),
			&[PatientShare, AnnualLimitReached],
		),
		(
			"limit used up",
			VISIT,
			500,
			false,
			false,
			0,
			(500, 500, 0),
			&[PatientShare, AnnualLimitReached],
		),
	];
	let plan = terms(0);
	for (case, code, amount, approved, duplicate, remaining, expected, adjustments) in table {
		let input = line(code, amount, NOW);
		let adjudicated = Claims::adjudicate_line(&plan, input, approved, duplicate, remaining);
		assert_eq!(
			(adjudicated.allowed, adjudicated.patient_responsibility, adjudicated.payer_amount),
			expected,
			"{case}"
		);
		assert_eq!(adjudicated.adjustments.to_vec(), adjustments.to_vec(), "{case}");
		assert_eq!(adjudicated.input, input, "{case}");
	}
	assert_eq!(Duplicate.carc(), 18);
}

#[test]
fn adjudication_applies_fee_schedule_coverage_and_prior_authorization() {
	run_test(|| {
		setup(10_000);
		let claim = stored(submit(vec![
			line(VISIT, 700, NOW - 3 * DAY),    // above the fee schedule
			line(COSMETIC, 900, NOW - 2 * DAY), // not covered
			line(MRI, 1_000, NOW - DAY),        // needs a prior authorization
		]));
		let l = &claim.lines;
		assert_eq!((l[0].allowed, l[0].patient_responsibility, l[0].payer_amount), (500, 100, 400));
		assert_eq!(
			l[0].adjustments.to_vec(),
			vec![Adjustment::ExceedsFeeSchedule, Adjustment::PatientShare]
		);
		assert_eq!(
			(l[1].payer_amount, l[1].adjustments.to_vec()),
			(0, vec![Adjustment::NotCovered])
		);
		assert_eq!(
			(l[2].payer_amount, l[2].adjustments.to_vec()),
			(0, vec![Adjustment::PriorAuthMissing])
		);
		assert_eq!((claim.payer_total, claim.status), (400, ClaimStatus::Paid));
		// A service code no rule names is not covered either.
		let other = submit(vec![line(12345, 50, NOW - DAY)]);
		assert_eq!(status(other), ClaimStatus::Denied, "nothing payable: denied");
	});
}

#[test]
fn the_same_service_is_never_paid_twice() {
	run_test(|| {
		setup(10_000);
		let visit = line(VISIT, 200, NOW - DAY);
		// Twice in one claim: the second line is a duplicate.
		let lines = stored(submit(vec![visit, visit])).lines;
		assert_eq!(lines[0].payer_amount, 160);
		assert_eq!(
			(lines[1].payer_amount, lines[1].adjustments.to_vec()),
			(0, vec![Adjustment::Duplicate])
		);
		// Again in another claim (with other evidence): a duplicate, nothing paid.
		let second = submit_as(BILLING, vec![RECORD_2], vec![visit]).expect("submitted");
		assert_eq!(status(second), ClaimStatus::Denied);
		assert_eq!(Balances::free_balance(HOSPITAL_ACCOUNT), 160);
		// Another date is another service.
		assert_eq!(status(submit(vec![line(VISIT, 200, NOW - 2 * DAY)])), ClaimStatus::Paid);
	});
}

#[test]
fn the_annual_limit_caps_payment_per_calendar_year() {
	run_test(|| {
		setup(10_000);
		// Each visit pays 400 (500 allowed, 20 % patient share): five reach the 2,000 limit.
		for day in 1..=5 {
			assert_eq!(status(submit(vec![line(VISIT, 500, NOW - day * DAY)])), ClaimStatus::Paid);
		}
		let capped = stored(submit(vec![line(VISIT, 500, NOW - 6 * DAY)]));
		assert_eq!((capped.payer_total, capped.status), (0, ClaimStatus::Denied));
		assert!(capped.lines[0].adjustments.contains(&Adjustment::AnnualLimitReached));
		assert_eq!(
			capped.lines[0].patient_responsibility, 500,
			"the patient owes what the plan does not pay"
		);
		assert_eq!(AnnualUsage::<Test>::get((PLAN, PATIENT), 2026), ANNUAL_LIMIT);
		let left = Claims::remaining_annual_limit(PLAN, &PATIENT).expect("plan");
		assert_eq!((left.remaining, left.enrolled), (0, true));
		// A service in the next calendar year starts afresh.
		Timestamp::set_timestamp(1_798_761_600_000 + DAY);
		assert_eq!(status(submit(vec![line(VISIT, 500, 1_798_761_600_000)])), ClaimStatus::Paid);
	});
}
