//! Tests of `pallet-records`: anchoring with consent, duplicates, versions, entered in error,
//! erasure, batches and their inclusion proofs, paging and history.

#![allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]

use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold};
use healthchain_primitives::{fakes::FakeConsent, AccessDenied, DataCategory, DenyReason, Purpose};
use sp_core::H256;
use sp_runtime::{traits::BlakeTwo256, DispatchError, TokenError};

use crate::{
	mock::*, BatchByRoot, Error, Event, FhirResourceType, HoldReason, ProofError,
	RecordByCommitment, RecordStatus, Records as RecordsMap,
};

fn c(byte: u8) -> H256 {
	H256::repeat_byte(byte)
}

/// The clinician anchors `PATIENT`'s lab result with commitment `c(byte)`; returns its id.
fn anchor(byte: u8) -> u64 {
	let id = crate::NextRecordId::<Test>::get();
	assert_ok!(anchor_as(CLINICIAN, HOSPITAL, DataCategory::LabResults, c(byte)));
	id
}

fn anchor_as(
	who: u64,
	org: u32,
	category: DataCategory,
	commitment: H256,
) -> sp_runtime::DispatchResult {
	Records::anchor_record(
		RuntimeOrigin::signed(who),
		org,
		PATIENT,
		Purpose::Treatment,
		category,
		commitment,
		Some(FhirResourceType::Observation),
	)
}

fn held(reason: HoldReason, who: u64) -> u64 {
	Balances::balance_on_hold(&reason.into(), &who)
}

#[test]
fn a_provider_anchors_a_consented_record_and_anyone_finds_it_by_commitment() {
	run_test(|| {
		let id = anchor(1);
		System::assert_last_event(
			Event::RecordAnchored {
				record: id,
				patient: PATIENT,
				organization: Some(HOSPITAL),
				commitment: c(1),
				version: 1,
				previous: None,
			}
			.into(),
		);
		let (found, record) = Records::record_by_commitment(c(1)).expect("anchored");
		assert_eq!(found, id);
		assert_eq!(
			(record.author, record.status, record.anchored_at, record.fhir_type),
			(CLINICIAN, RecordStatus::Current, NOW, Some(FhirResourceType::Observation))
		);
		assert_eq!(held(HoldReason::Record, CLINICIAN), RECORD_DEPOSIT);
		assert!(Records::record_by_commitment(c(2)).is_none());
	});
}

#[test]
fn anchoring_needs_a_consented_write_by_a_member_of_an_active_provider() {
	run_test(|| {
		// No consent for clinical notes; the consent was for writing, not this purpose.
		assert_noop!(
			anchor_as(CLINICIAN, HOSPITAL, DataCategory::ClinicalNotes, c(1)),
			Error::<Test>::ConsentDenied(DenyReason::NoConsent)
		);
		assert_noop!(
			Records::anchor_record(
				RuntimeOrigin::signed(CLINICIAN),
				HOSPITAL,
				PATIENT,
				Purpose::Research,
				DataCategory::LabResults,
				c(1),
				None
			),
			Error::<Test>::ConsentDenied(DenyReason::NoConsent)
		);
		// Another patient gave no consent.
		assert_noop!(
			Records::anchor_record(
				RuntimeOrigin::signed(CLINICIAN),
				HOSPITAL,
				OTHER_PATIENT,
				Purpose::Treatment,
				DataCategory::LabResults,
				c(1),
				None
			),
			Error::<Test>::ConsentDenied(DenyReason::NoConsent)
		);
		assert_noop!(
			anchor_as(REVIEWER, HOSPITAL, DataCategory::LabResults, c(1)),
			Error::<Test>::AccessDenied(AccessDenied::NotAMember)
		);
		assert_noop!(
			anchor_as(REVIEWER, INSURER, DataCategory::LabResults, c(1)),
			Error::<Test>::NotAProvider
		);
		assert_noop!(
			anchor_as(CLINIC_CLINICIAN, SUSPENDED_CLINIC, DataCategory::LabResults, c(1)),
			Error::<Test>::AccessDenied(AccessDenied::OrganizationSuspended)
		);
		assert_noop!(
			anchor_as(PAUPER, HOSPITAL, DataCategory::LabResults, c(1)),
			DispatchError::Token(TokenError::FundsUnavailable)
		);
		// Revoking the consent stops further anchoring.
		anchor(1);
		FakeConsent::revoke_all(PATIENT, HOSPITAL);
		assert_noop!(
			anchor_as(CLINICIAN, HOSPITAL, DataCategory::LabResults, c(2)),
			Error::<Test>::ConsentDenied(DenyReason::NoConsent)
		);
	});
}

#[test]
fn a_commitment_is_anchored_once() {
	run_test(|| {
		anchor(1);
		assert_noop!(
			anchor_as(CLINICIAN, HOSPITAL, DataCategory::Imaging, c(1)),
			Error::<Test>::DuplicateCommitment
		);
		assert_noop!(
			Records::anchor_own_record(
				RuntimeOrigin::signed(PATIENT),
				DataCategory::LabResults,
				c(1),
				None
			),
			Error::<Test>::DuplicateCommitment
		);
	});
}

#[test]
fn a_patient_anchors_amends_and_erases_their_own_records() {
	run_test(|| {
		assert_ok!(Records::anchor_own_record(
			RuntimeOrigin::signed(PATIENT),
			DataCategory::VitalSigns,
			c(9),
			None
		));
		let record = RecordsMap::<Test>::get(0).expect("stored");
		assert_eq!((record.organization, record.purpose, record.author), (None, None, PATIENT));
		assert_noop!(
			Records::amend_record(RuntimeOrigin::signed(CLINICIAN), 0, c(10), None),
			Error::<Test>::NotYourRecord
		);
		assert_noop!(
			Records::mark_entered_in_error(RuntimeOrigin::signed(CLINICIAN), 0),
			Error::<Test>::NotYourRecord
		);
		assert_noop!(
			Records::erase_record(RuntimeOrigin::signed(CLINICIAN), 0),
			Error::<Test>::NotYourRecord
		);
		assert_ok!(Records::amend_record(RuntimeOrigin::signed(PATIENT), 0, c(10), None));
		assert_ok!(Records::erase_record(RuntimeOrigin::signed(PATIENT), 1));
		assert_eq!(RecordsMap::<Test>::get(1).map(|r| r.status), Some(RecordStatus::Erased));
		// A patient without funds cannot pay the deposit.
		assert_noop!(
			Records::anchor_own_record(
				RuntimeOrigin::signed(OTHER_PATIENT),
				DataCategory::VitalSigns,
				c(11),
				None
			),
			DispatchError::Token(TokenError::FundsUnavailable)
		);
	});
}

#[test]
fn amending_makes_a_version_chain_queryable_both_ways() {
	run_test(|| {
		let v1 = anchor(1);
		assert_ok!(Records::amend_record(RuntimeOrigin::signed(CLINICIAN), v1, c(2), None));
		let v2 = v1 + 1;
		System::assert_last_event(
			Event::RecordAnchored {
				record: v2,
				patient: PATIENT,
				organization: Some(HOSPITAL),
				commitment: c(2),
				version: 2,
				previous: Some(v1),
			}
			.into(),
		);
		let old = RecordsMap::<Test>::get(v1).expect("kept");
		assert_eq!((old.status, old.superseded_by), (RecordStatus::Superseded, Some(v2)));
		// The wrong version: only the current one is amended.
		assert_noop!(
			Records::amend_record(RuntimeOrigin::signed(CLINICIAN), v1, c(3), None),
			Error::<Test>::NotCurrentVersion
		);
		assert_ok!(Records::amend_record(RuntimeOrigin::signed(CLINICIAN), v2, c(3), None));
		let ids = |from| Records::history(from).into_iter().map(|(id, _)| id).collect::<Vec<_>>();
		assert_eq!(ids(v1), vec![v1, v2, v2 + 1]);
		assert_eq!(ids(v2 + 1), vec![v1, v2, v2 + 1]);
		assert!(Records::history(99).is_empty());
		// MAX_VERSIONS is 3.
		assert_noop!(
			Records::amend_record(RuntimeOrigin::signed(CLINICIAN), v2 + 1, c(4), None),
			Error::<Test>::TooManyVersions
		);
		assert_noop!(
			Records::amend_record(RuntimeOrigin::signed(CLINICIAN), 99, c(4), None),
			Error::<Test>::UnknownRecord
		);
		// Amending needs the consent too.
		let other = anchor(5);
		FakeConsent::revoke_all(PATIENT, HOSPITAL);
		assert_noop!(
			Records::amend_record(RuntimeOrigin::signed(CLINICIAN), other, c(6), None),
			Error::<Test>::ConsentDenied(DenyReason::NoConsent)
		);
	});
}

#[test]
fn a_record_entered_in_error_is_marked_and_no_longer_amended() {
	run_test(|| {
		let id = anchor(1);
		assert_noop!(
			Records::mark_entered_in_error(RuntimeOrigin::signed(REVIEWER), id),
			Error::<Test>::AccessDenied(AccessDenied::NotAMember)
		);
		assert_ok!(Records::mark_entered_in_error(RuntimeOrigin::signed(CLERK), id));
		System::assert_last_event(
			Event::RecordEnteredInError { record: id, patient: PATIENT }.into(),
		);
		let record = RecordsMap::<Test>::get(id).expect("kept");
		assert_eq!(
			(record.status, record.status_changed_at),
			(RecordStatus::EnteredInError, Some(NOW))
		);
		assert_noop!(
			Records::mark_entered_in_error(RuntimeOrigin::signed(CLERK), id),
			Error::<Test>::NotCurrentVersion
		);
		assert_noop!(
			Records::amend_record(RuntimeOrigin::signed(CLINICIAN), id, c(2), None),
			Error::<Test>::NotCurrentVersion
		);
	});
}

#[test]
fn erasure_leaves_a_tombstone_and_blocks_every_further_change() {
	run_test(|| {
		let id = anchor(1);
		assert_noop!(
			Records::erase_record(RuntimeOrigin::signed(REVIEWER), id),
			Error::<Test>::AccessDenied(AccessDenied::NotAMember)
		);
		assert_ok!(Records::erase_record(RuntimeOrigin::signed(PATIENT), id));
		System::assert_last_event(
			Event::RecordErased { record: id, patient: PATIENT, by: PATIENT }.into(),
		);
		let tombstone = Records::record_by_commitment(c(1)).expect("the tombstone stays").1;
		assert_eq!(tombstone.status, RecordStatus::Erased);
		assert_noop!(
			Records::erase_record(RuntimeOrigin::signed(CLINICIAN), id),
			Error::<Test>::RecordErased
		);
		assert_noop!(
			Records::amend_record(RuntimeOrigin::signed(CLINICIAN), id, c(2), None),
			Error::<Test>::RecordErased
		);
		assert_noop!(
			Records::mark_entered_in_error(RuntimeOrigin::signed(CLINICIAN), id),
			Error::<Test>::RecordErased
		);
		// The provider may erase too.
		let other = anchor(3);
		assert_ok!(Records::erase_record(RuntimeOrigin::signed(CLERK), other));
		assert_noop!(
			Records::erase_record(RuntimeOrigin::signed(CLERK), 99),
			Error::<Test>::UnknownRecord
		);
	});
}

#[test]
fn records_of_a_patient_page_through_every_version_once() {
	run_test(|| {
		for byte in 1..=5 {
			anchor(byte);
		}
		let mut seen = vec![];
		let mut cursor = None;
		loop {
			let page = Records::records_of(&PATIENT, cursor, 2);
			seen.extend(page.iter().map(|(id, _)| *id));
			if page.len() < 2 {
				break;
			}
			cursor = page.last().map(|(id, _)| *id);
		}
		seen.sort();
		assert_eq!(seen, vec![0, 1, 2, 3, 4]);
		assert!(Records::records_of(&OTHER_PATIENT, None, 10).is_empty());
	});
}

/// The leaves `0..n` as 32-byte values.
fn leaves(n: u32) -> Vec<H256> {
	(0..n).map(|i| H256::from_low_u64_be(i as u64 + 1)).collect()
}

#[test]
fn a_batch_root_proves_the_inclusion_of_each_leaf_and_nothing_else() {
	run_test(|| {
		let leaves = leaves(1000);
		let root: H256 =
			binary_merkle_tree::merkle_root::<BlakeTwo256, _>(leaves.iter().map(|l| l.as_bytes()));
		assert_ok!(Records::anchor_batch(
			RuntimeOrigin::signed(CLERK),
			HOSPITAL,
			root,
			1000,
			Some(DataCategory::LabResults)
		));
		System::assert_last_event(
			Event::BatchAnchored { batch: 0, organization: HOSPITAL, root, leaf_count: 1000 }
				.into(),
		);
		assert_eq!(BatchByRoot::<Test>::get(root), Some(0));
		assert_eq!(held(HoldReason::Batch, CLERK), BATCH_DEPOSIT);
		for index in [0u32, 1, 511, 998, 999] {
			let proof = binary_merkle_tree::merkle_proof::<BlakeTwo256, _, _>(
				leaves.iter().map(|l| l.as_bytes().to_vec()),
				index,
			);
			let leaf = leaves[index as usize];
			assert_eq!(Records::verify_batch_leaf(0, leaf, index, proof.proof.clone()), Ok(()));
			// Another leaf, another position or a tampered proof fail.
			assert_eq!(
				Records::verify_batch_leaf(0, c(0xee), index, proof.proof.clone()),
				Err(ProofError::Mismatch)
			);
			let wrong_index = if index == 0 { 1 } else { index - 1 };
			assert_eq!(
				Records::verify_batch_leaf(0, leaf, wrong_index, proof.proof.clone()),
				Err(ProofError::Mismatch)
			);
			let mut tampered = proof.proof.clone();
			tampered[0] = c(0x11);
			assert_eq!(
				Records::verify_batch_leaf(0, leaf, index, tampered),
				Err(ProofError::Mismatch)
			);
		}
		assert_eq!(
			Records::verify_batch_leaf(0, leaves[0], 1000, vec![]),
			Err(ProofError::IndexOutOfRange)
		);
		assert_eq!(
			Records::verify_batch_leaf(1, leaves[0], 0, vec![]),
			Err(ProofError::UnknownBatch)
		);
		assert_eq!(
			Records::verify_batch_leaf(0, leaves[0], 0, vec![c(1); 25]),
			Err(ProofError::ProofTooLong)
		);
	});
}

#[test]
fn batch_errors_change_nothing() {
	run_test(|| {
		let batch = |who, org, root, count| {
			Records::anchor_batch(RuntimeOrigin::signed(who), org, root, count, None)
		};
		assert_noop!(batch(CLERK, HOSPITAL, c(1), 0), Error::<Test>::EmptyBatch);
		assert_noop!(
			batch(CLERK, HOSPITAL, c(1), crate::MAX_BATCH_LEAVES + 1),
			Error::<Test>::TooManyLeaves
		);
		assert_noop!(
			batch(OTHER_PATIENT, HOSPITAL, c(1), 2),
			Error::<Test>::AccessDenied(AccessDenied::NotAMember)
		);
		assert_noop!(
			batch(PAUPER, HOSPITAL, c(1), 2),
			DispatchError::Token(TokenError::FundsUnavailable)
		);
		// Any organization kind anchors audit batches, e.g. the insurer.
		assert_ok!(batch(REVIEWER, INSURER, c(1), 2));
		assert_noop!(batch(CLERK, HOSPITAL, c(1), 2), Error::<Test>::DuplicateRoot);
	});
}

#[test]
fn exhausted_ids_fail_cleanly_and_try_state_sees_broken_indexes() {
	run_test(|| {
		crate::NextRecordId::<Test>::put(u64::MAX);
		assert_noop!(
			anchor_as(CLINICIAN, HOSPITAL, DataCategory::LabResults, c(1)),
			Error::<Test>::IdsExhausted
		);
		crate::NextBatchId::<Test>::put(u64::MAX);
		assert_noop!(
			Records::anchor_batch(RuntimeOrigin::signed(CLERK), HOSPITAL, c(1), 1, None),
			Error::<Test>::IdsExhausted
		);
		crate::NextRecordId::<Test>::put(0);
		crate::NextBatchId::<Test>::put(0);
		let id = anchor(1);
		RecordByCommitment::<Test>::remove(c(1));
		assert!(Records::do_try_state().is_err());
		RecordByCommitment::<Test>::insert(c(1), id);
		RecordsMap::<Test>::mutate(id, |r| r.as_mut().map(|r| r.version = 2));
		assert!(Records::do_try_state().is_err());
		RecordsMap::<Test>::mutate(id, |r| r.as_mut().map(|r| r.version = 1));
	});
}

#[test]
fn the_documented_commitment_test_vector_holds() {
	// README "The commitment, precisely": salt = 32 zero bytes, document = "hello".
	let mut preimage = [0u8; 32].to_vec();
	preimage.extend_from_slice(b"hello");
	assert_eq!(
		H256(sp_io::hashing::blake2_256(&preimage)),
		H256(sp_core::hex2array!(
			"4c23fec91df812b234e8a6e81e716d99824df735d4c6122aaacd3584c90e559d"
		))
	);
}
