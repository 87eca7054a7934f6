//! What consent tells the registry before it removes an organization (security review M-9): an
//! organization is in use while it holds a stored consent; revoked consents do not count,
//! expired or used-up ones do until their patients revoke them.

use frame_support::assert_ok;
use healthchain_primitives::{DenyReason, OrganizationReferences, OrganizationUse};

use super::*;

/// What consent answers for `org`.
fn in_use(org: OrganizationId) -> Option<OrganizationUse> {
	<Consent as OrganizationReferences>::in_use(org)
}

/// `patient` revokes their consent `id`.
fn revoke(patient: u64, id: ConsentId) {
	assert_ok!(Consent::revoke_consent(RuntimeOrigin::signed(patient), id));
}

#[test]
fn an_organization_holding_no_consent_is_not_in_use() {
	run_test(|| {
		assert_eq!(in_use(HOSPITAL), None);
		assert_eq!(in_use(99), None, "an unknown organization");
		grant(PATIENT, treatment());
		assert_eq!(in_use(INSURER), None, "another organization's consent");
	});
}

#[test]
fn an_organization_is_in_use_until_its_last_consent_is_revoked() {
	run_test(|| {
		let first = grant(PATIENT, treatment());
		let second = grant(OTHER_PATIENT, treatment());
		assert_eq!(in_use(HOSPITAL), Some(OrganizationUse::Consents));
		revoke(PATIENT, first);
		assert_eq!(in_use(HOSPITAL), Some(OrganizationUse::Consents), "one consent left");
		revoke(OTHER_PATIENT, second);
		assert_eq!(in_use(HOSPITAL), None);
	});
}

#[test]
fn an_expired_consent_counts_until_it_is_revoked() {
	run_test(|| {
		let id = grant(PATIENT, ConsentTerms { valid_until: Some(NOW + 10), ..treatment() });
		Timestamp::set_timestamp(NOW + 11);
		assert_eq!(
			eval(Purpose::Treatment, DataCategory::LabResults, Action::Read),
			Decision::Deny(DenyReason::Expired)
		);
		assert_eq!(in_use(HOSPITAL), Some(OrganizationUse::Consents), "expired, still stored");
		revoke(PATIENT, id);
		assert_eq!(in_use(HOSPITAL), None);
	});
}

#[test]
fn a_used_up_consent_counts_until_it_is_revoked() {
	run_test(|| {
		let id = grant(PATIENT, ConsentTerms { max_accesses: Some(1), ..treatment() });
		assert_ok!(read(CLINICIAN, DataCategory::LabResults));
		assert!(read(CLINICIAN, DataCategory::LabResults).is_err(), "used up");
		assert_eq!(in_use(HOSPITAL), Some(OrganizationUse::Consents));
		revoke(PATIENT, id);
		assert_eq!(in_use(HOSPITAL), None);
	});
}
