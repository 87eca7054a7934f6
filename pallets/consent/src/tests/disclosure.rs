//! Disclosures: a read served by the organization holding a record to a member of another
//! organization is recorded by the holder with the reader's signed request. Each attack on it
//! is a test: a forged or borrowed signature, a replay, a stale request, a submitter outside
//! the holder, a reader without consent or membership, a full memory.

use frame_support::{assert_noop, assert_ok};
use healthchain_primitives::{fakes::FakeOrganizations, AccessDenied, DataCategory, DenyReason};
use healthchain_primitives::{OrganizationKind, Purpose, Role};
use sp_core::H256;
use sp_runtime::testing::TestSignature;

use super::*;
use crate::{
	mock::*, AccessBasis, AccessLog, AccessLogBounds, Consents, DisclosureRequest, DisclosureRing,
	Disclosures, Error, Event, MAX_DISCLOSURE_DRIFT,
};

/// The organization holding the records: a second provider.
const CLINIC: u32 = 13;
/// Its member who records what its gateway serves.
const HOLDER: u64 = 30;

fn with_clinic(test: impl FnOnce()) {
	run_test(|| {
		FakeOrganizations::add_organization(CLINIC, OrganizationKind::Provider, 1003);
		FakeOrganizations::add_member(CLINIC, HOLDER, &[Role::Clinician]);
		test()
	})
}

/// `CLINICIAN` (of the hospital) asks the clinic for one of `PATIENT`'s lab results, now.
fn request(nonce: u64) -> DisclosureRequest<u64> {
	DisclosureRequest {
		holder: CLINIC,
		reader: CLINICIAN,
		organization: HOSPITAL,
		patient: PATIENT,
		purpose: Purpose::Treatment,
		category: DataCategory::LabResults,
		record: H256::repeat_byte(4),
		issued_at: Timestamp::get(),
		nonce,
	}
}

/// The reader's signature of `request`.
fn signed(request: &DisclosureRequest<u64>) -> TestSignature {
	TestSignature(request.reader, Consent::disclosure_message(request))
}

fn disclose(
	by: u64,
	request: DisclosureRequest<u64>,
	signature: TestSignature,
) -> sp_runtime::DispatchResult {
	Consent::record_disclosure(RuntimeOrigin::signed(by), request, signature)
		.map(|_| ())
		.map_err(|e| e.error)
}

#[test]
fn the_holder_records_the_read_in_the_readers_name() {
	with_clinic(|| {
		let consent = grant(PATIENT, treatment());
		let request = request(1);
		assert_ok!(disclose(HOLDER, request.clone(), signed(&request)));

		let entry = AccessLog::<Test>::get(PATIENT, 0).expect("logged");
		assert_eq!(
			(entry.organization, entry.accessor, entry.category, entry.basis),
			(HOSPITAL, CLINICIAN, Some(DataCategory::LabResults), AccessBasis::Consent(consent))
		);
		assert_eq!(Consents::<Test>::get(consent).map(|c| c.accesses), Some(1));
		// The reader's request authorizes the entry's deposit: it is held from the reader.
		assert_eq!(held(HoldReason::AccessLog, CLINICIAN), ACCESS_DEPOSIT);
		assert_eq!(held(HoldReason::AccessLog, HOLDER), 0);
		System::assert_has_event(
			Event::AccessRecorded {
				patient: PATIENT,
				index: 0,
				organization: HOSPITAL,
				accessor: CLINICIAN,
				basis: AccessBasis::Consent(consent),
			}
			.into(),
		);
		System::assert_last_event(
			Event::Disclosed {
				request: Consent::disclosure_id(&request),
				holder: CLINIC,
				by: HOLDER,
			}
			.into(),
		);
	});
}

#[test]
fn a_holder_cannot_name_a_reader_who_did_not_ask() {
	with_clinic(|| {
		grant(PATIENT, treatment());
		let request = request(1);
		// Signed by the holder itself, not the reader.
		let forged = TestSignature(HOLDER, Consent::disclosure_message(&request));
		assert_noop!(
			disclose(HOLDER, request.clone(), forged),
			Error::<Test>::BadDisclosureSignature
		);
		// The reader's signature of another request (another category) borrowed.
		let asked = DisclosureRequest { category: DataCategory::Demographics, ..request.clone() };
		assert_noop!(
			disclose(HOLDER, request.clone(), signed(&asked)),
			Error::<Test>::BadDisclosureSignature
		);
		// A signature of the request without the chain's domain and genesis hash.
		let bare = TestSignature(CLINICIAN, codec::Encode::encode(&request));
		assert_noop!(disclose(HOLDER, request, bare), Error::<Test>::BadDisclosureSignature);
	});
}

#[test]
fn a_recorded_request_cannot_be_replayed() {
	with_clinic(|| {
		grant(PATIENT, treatment());
		let first = request(1);
		assert_ok!(disclose(HOLDER, first.clone(), signed(&first)));
		assert_noop!(
			disclose(HOLDER, first.clone(), signed(&first)),
			Error::<Test>::DisclosureReplayed
		);
		// The same record asked for again is a new request (its nonce): recorded.
		let again = request(2);
		assert_ok!(disclose(HOLDER, again.clone(), signed(&again)));
		assert_eq!(AccessLogBounds::<Test>::get(PATIENT).next, 2);
	});
}

#[test]
fn a_stale_or_future_request_is_refused() {
	with_clinic(|| {
		grant(PATIENT, treatment());
		let now = Timestamp::get();
		let stale = DisclosureRequest { issued_at: now - DISCLOSURE_VALIDITY, ..request(1) };
		assert_noop!(
			disclose(HOLDER, stale.clone(), signed(&stale)),
			Error::<Test>::DisclosureNotCurrent
		);
		let future = DisclosureRequest { issued_at: now + MAX_DISCLOSURE_DRIFT + 1, ..request(2) };
		assert_noop!(
			disclose(HOLDER, future.clone(), signed(&future)),
			Error::<Test>::DisclosureNotCurrent
		);
		let just_valid =
			DisclosureRequest { issued_at: now - DISCLOSURE_VALIDITY + 1, ..request(3) };
		assert_ok!(disclose(HOLDER, just_valid.clone(), signed(&just_valid)));
	});
}

#[test]
fn only_a_member_of_the_holder_records_its_disclosures() {
	with_clinic(|| {
		grant(PATIENT, treatment());
		let request = request(1);
		// A hospital clinician cannot record as if the clinic had served it.
		assert_noop!(
			disclose(OTHER_CLINICIAN, request.clone(), signed(&request)),
			Error::<Test>::AccessDenied(AccessDenied::NotAMember)
		);
		FakeOrganizations::set_active(CLINIC, false);
		assert_noop!(
			disclose(HOLDER, request.clone(), signed(&request)),
			Error::<Test>::AccessDenied(AccessDenied::OrganizationSuspended)
		);
	});
}

#[test]
fn a_read_within_the_holder_is_no_disclosure() {
	with_clinic(|| {
		FakeOrganizations::add_member(CLINIC, CLINICIAN, &[Role::Clinician]);
		let within = DisclosureRequest { organization: CLINIC, ..request(1) };
		assert_noop!(
			disclose(HOLDER, within.clone(), signed(&within)),
			Error::<Test>::DisclosureWithinOrganization
		);
	});
}

#[test]
fn a_reader_without_consent_or_membership_is_not_recorded() {
	with_clinic(|| {
		let request = request(1);
		assert_noop!(
			disclose(HOLDER, request.clone(), signed(&request)),
			Error::<Test>::ConsentDenied(DenyReason::NoConsent)
		);
		grant(
			PATIENT,
			reads_of(&[Purpose::Treatment], CategorySet::from_items(&[DataCategory::Demographics])),
		);
		assert_noop!(
			disclose(HOLDER, request.clone(), signed(&request)),
			Error::<Test>::ConsentDenied(DenyReason::CategoryNotCovered)
		);
		grant(PATIENT, treatment());
		// A removed member's request, signed while it was a member, is refused.
		FakeOrganizations::remove_member(HOSPITAL, CLINICIAN);
		assert_noop!(
			disclose(HOLDER, request.clone(), signed(&request)),
			Error::<Test>::AccessDenied(AccessDenied::NotAMember)
		);
	});
}

#[test]
fn the_memory_forgets_a_request_only_once_it_is_no_longer_valid() {
	with_clinic(|| {
		grant(PATIENT, treatment());
		let requests: Vec<_> = (1..=DISCLOSURE_MEMORY as u64 + 1).map(request).collect();
		for request in &requests[..DISCLOSURE_MEMORY as usize] {
			assert_ok!(disclose(HOLDER, request.clone(), signed(request)));
		}
		// Every slot holds a valid request: none is forgotten early.
		let last = requests.last().unwrap().clone();
		assert_noop!(
			disclose(HOLDER, last.clone(), signed(&last)),
			Error::<Test>::DisclosureMemoryFull
		);
		// Once the first is no longer valid, its slot is reused and it is forgotten ...
		Timestamp::set_timestamp(requests[0].issued_at + DISCLOSURE_VALIDITY);
		let fresh = DisclosureRequest { issued_at: Timestamp::get(), ..last };
		assert_ok!(disclose(HOLDER, fresh.clone(), signed(&fresh)));
		let first = Consent::disclosure_id(&requests[0]);
		assert!(!Disclosures::<Test>::contains_key(first));
		assert_eq!(DisclosureRing::<Test>::get(0), Some(Consent::disclosure_id(&fresh)));
		// ... and can still not be recorded again: it is no longer valid.
		assert_noop!(
			disclose(HOLDER, requests[0].clone(), signed(&requests[0])),
			Error::<Test>::DisclosureNotCurrent
		);
	});
}
