//! The checks other pallets make through [`OrganizationInspect`]: credential expiry and the exact
//! reason a check fails.

use frame_support::assert_ok;
use healthchain_primitives::{AccessDenied, OrganizationInspect, OrganizationKind, Role};

use super::*;

#[test]
fn credential_expiry_takes_effect_at_the_expiry_time_without_any_sweep() {
	run_test(|| {
		let h = hospital_with_credential(BOB, &[Role::Clinician], NOW + 60_000);
		Timestamp::set_timestamp(NOW + 59_999);
		assert!(provider_role(h, BOB, Role::Clinician));
		Timestamp::set_timestamp(NOW + 60_000);
		assert_eq!(provider_check(h, BOB, Role::Clinician), Err(AccessDenied::CredentialExpired));
		assert!(Organizations::memberships_of(BOB).memberships[0].expired);
	});
}

#[test]
fn checks_name_exactly_what_is_missing() {
	run_test(|| {
		assert_eq!(provider_check(0, BOB, Role::Clinician), Err(AccessDenied::UnknownOrganization));
		let h = hospital();
		assert_eq!(
			Organizations::ensure_active(h, OrganizationKind::Payer),
			Err(AccessDenied::WrongKind)
		);
		assert_eq!(
			Organizations::ensure_role(h, &BOB, OrganizationKind::Payer, Role::Reviewer),
			Err(AccessDenied::WrongKind)
		);
		assert_eq!(provider_check(h, BOB, Role::Clinician), Err(AccessDenied::NotAMember));
		let summary =
			<Organizations as OrganizationInspect<u128>>::organization(h).expect("exists");
		assert_eq!((summary.kind, summary.active), (OrganizationKind::Provider, true));
	});
}

#[test]
fn the_check_role_query_is_the_check_other_pallets_make() {
	run_test(|| {
		let h = hospital_with(BOB, BILLING);
		for (who, kind, role) in [
			(BOB, OrganizationKind::Provider, Role::Billing),
			(BOB, OrganizationKind::Provider, Role::Clinician),
			(BOB, OrganizationKind::Payer, Role::Billing),
			(CHARLIE, OrganizationKind::Provider, Role::Billing),
		] {
			assert_eq!(
				Organizations::check_role(h, &who, kind, role),
				Organizations::ensure_role(h, &who, kind, role)
			);
		}
		assert_ok!(Organizations::check_role(h, &BOB, OrganizationKind::Provider, Role::Billing));
	});
}
