//! Tests of `pallet-records`: anchoring with consent, duplicates, versions, entered in error,
//! erasure, batches and their inclusion proofs, the queries clients use (id order across pages,
//! their JSON) and the storage migration.

#![allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]

use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold};
use healthchain_primitives::{
	fakes::FakeConsent, AccessDenied, DataCategory, DenyReason, Page, Purpose, WithId,
};
use sp_core::H256;
use sp_runtime::{traits::BlakeTwo256, DispatchError, DispatchResult, TokenError};

use crate::{
	mock::*, BatchByRoot, BatchScope, Error, Event, FhirResourceType, HoldReason, LeafProof,
	ProofError, RecordByCommitment, RecordStatus, Records as RecordsMap,
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

/// `who` anchors a FHIR Observation of `patient` for `org` and `purpose`.
fn anchor_for(
	who: u64,
	org: u32,
	patient: u64,
	purpose: Purpose,
	category: DataCategory,
	commitment: H256,
) -> DispatchResult {
	Records::anchor_record(
		RuntimeOrigin::signed(who),
		org,
		patient,
		purpose,
		category,
		commitment,
		Some(FhirResourceType::Observation),
	)
	.map(|_| ())
	.map_err(|e| e.error)
}

/// `who` anchors a FHIR Observation of `PATIENT` for `org`, for treatment.
fn anchor_as(who: u64, org: u32, category: DataCategory, commitment: H256) -> DispatchResult {
	anchor_for(who, org, PATIENT, Purpose::Treatment, category, commitment)
}

/// `patient` anchors a record of their own.
fn anchor_own(patient: u64, category: DataCategory, commitment: H256) -> DispatchResult {
	Records::anchor_own_record(RuntimeOrigin::signed(patient), category, commitment, None)
}

/// `who` amends `record` with a new version committed to `commitment`.
fn amend(who: u64, record: u64, commitment: H256) -> DispatchResult {
	Records::amend_record(RuntimeOrigin::signed(who), record, commitment, None)
		.map(|_| ())
		.map_err(|e| e.error)
}

/// `who` marks `record` as entered in error.
fn mark_in_error(who: u64, record: u64) -> DispatchResult {
	Records::mark_entered_in_error(RuntimeOrigin::signed(who), record)
}

/// `who` erases `record`.
fn erase(who: u64, record: u64) -> DispatchResult {
	Records::erase_record(RuntimeOrigin::signed(who), record)
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
		let WithId { id: found, value: record } =
			Records::record_by_commitment(&PATIENT, c(1)).expect("anchored");
		assert_eq!(found, id);
		assert_eq!(
			(record.author, record.status, record.anchored_at, record.fhir_type),
			(CLINICIAN, RecordStatus::Current, NOW, Some(FhirResourceType::Observation))
		);
		assert_eq!(held(HoldReason::Record, CLINICIAN), RECORD_DEPOSIT);
		assert!(Records::record_by_commitment(&PATIENT, c(2)).is_none());
		// The commitment is bound to its patient: it finds nothing for anyone else.
		assert!(Records::record_by_commitment(&OTHER_PATIENT, c(1)).is_none());
	});
}

#[test]
fn anchoring_needs_a_consented_write_by_a_member_of_an_active_provider() {
	run_test(|| {
		let no_consent: DispatchError = Error::<Test>::ConsentDenied(DenyReason::NoConsent).into();
		// No consent for clinical notes; the consent was for writing, not this purpose.
		assert_noop!(anchor_as(CLINICIAN, HOSPITAL, DataCategory::ClinicalNotes, c(1)), no_consent);
		let research = Purpose::Research;
		let lab = DataCategory::LabResults;
		assert_noop!(anchor_for(CLINICIAN, HOSPITAL, PATIENT, research, lab, c(1)), no_consent);
		// Another patient gave no consent.
		let treatment = Purpose::Treatment;
		assert_noop!(
			anchor_for(CLINICIAN, HOSPITAL, OTHER_PATIENT, treatment, lab, c(1)),
			no_consent
		);
		assert_noop!(
			anchor_as(REVIEWER, HOSPITAL, lab, c(1)),
			Error::<Test>::AccessDenied(AccessDenied::NotAMember)
		);
		assert_noop!(anchor_as(REVIEWER, INSURER, lab, c(1)), Error::<Test>::NotAProvider);
		assert_noop!(
			anchor_as(CLINIC_CLINICIAN, SUSPENDED_CLINIC, lab, c(1)),
			Error::<Test>::AccessDenied(AccessDenied::OrganizationSuspended)
		);
		assert_noop!(
			anchor_as(PAUPER, HOSPITAL, lab, c(1)),
			DispatchError::Token(TokenError::FundsUnavailable)
		);
		// Revoking the consent stops further anchoring.
		anchor(1);
		FakeConsent::revoke_all(PATIENT, HOSPITAL);
		assert_noop!(anchor_as(CLINICIAN, HOSPITAL, lab, c(2)), no_consent);
	});
}

#[test]
fn check_anchor_answers_what_anchor_record_then_does_and_changes_nothing() {
	run_test(|| {
		let treatment = Purpose::Treatment;
		let lab = DataCategory::LabResults;
		let cases = [
			(CLINICIAN, HOSPITAL, PATIENT, treatment, lab),
			(CLINICIAN, HOSPITAL, PATIENT, treatment, DataCategory::ClinicalNotes),
			(CLINICIAN, HOSPITAL, OTHER_PATIENT, treatment, lab),
			(CLINICIAN, HOSPITAL, PATIENT, Purpose::Research, lab),
			(REVIEWER, HOSPITAL, PATIENT, treatment, lab),
			(REVIEWER, INSURER, PATIENT, treatment, lab),
			(CLERK, HOSPITAL, PATIENT, treatment, lab),
			(CLINIC_CLINICIAN, SUSPENDED_CLINIC, PATIENT, treatment, lab),
		];
		for (byte, (who, org, patient, purpose, category)) in (1u8..).zip(cases) {
			let state = sp_io::storage::root(sp_runtime::StateVersion::V1);
			let checked = Records::check_anchor(&who, org, &patient, purpose, category, c(byte));
			assert_eq!(
				sp_io::storage::root(sp_runtime::StateVersion::V1),
				state,
				"a check changes nothing"
			);
			let anchored = anchor_for(who, org, patient, purpose, category, c(byte));
			assert_eq!(
				anchored,
				checked.map_err(|refusal| Error::<Test>::from(refusal).into()),
				"case {byte}: the check is the call's verdict"
			);
		}
		assert_eq!(
			Records::check_anchor(&CLINICIAN, HOSPITAL, &PATIENT, treatment, lab, c(1)),
			Err(crate::WriteRefusal::DuplicateCommitment),
			"case 1 anchored c(1)"
		);
		assert_eq!(
			Records::check_anchor(&CLINICIAN, HOSPITAL, &PATIENT, Purpose::Research, lab, c(9))
				.map_err(|refusal| refusal.reason()),
			Err("NoConsent".into())
		);
		FakeConsent::revoke_all(PATIENT, HOSPITAL);
		assert_eq!(
			Records::check_anchor(&CLINICIAN, HOSPITAL, &PATIENT, treatment, lab, c(9)),
			Err(crate::WriteRefusal::ConsentDenied(DenyReason::NoConsent))
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
			anchor_own(PATIENT, DataCategory::LabResults, c(1)),
			Error::<Test>::DuplicateCommitment
		);
	});
}

#[test]
fn a_patient_anchors_amends_and_erases_their_own_records() {
	run_test(|| {
		assert_ok!(anchor_own(PATIENT, DataCategory::VitalSigns, c(9)));
		let record = RecordsMap::<Test>::get(0).expect("stored");
		assert_eq!((record.organization, record.purpose, record.author), (None, None, PATIENT));
		assert_noop!(amend(CLINICIAN, 0, c(10)), Error::<Test>::NotYourRecord);
		assert_noop!(mark_in_error(CLINICIAN, 0), Error::<Test>::NotYourRecord);
		assert_noop!(erase(CLINICIAN, 0), Error::<Test>::NotYourRecord);
		assert_ok!(amend(PATIENT, 0, c(10)));
		assert_ok!(erase(PATIENT, 1));
		assert_eq!(RecordsMap::<Test>::get(1).map(|r| r.status), Some(RecordStatus::Erased));
		// A patient without funds cannot pay the deposit.
		assert_noop!(
			anchor_own(OTHER_PATIENT, DataCategory::VitalSigns, c(11)),
			DispatchError::Token(TokenError::FundsUnavailable)
		);
	});
}

/// The ids of every version of the record `from` belongs to, oldest first.
fn history_ids(from: u64) -> Vec<u64> {
	let history = Records::history(from);
	assert_eq!(history.record, from);
	history.versions.into_iter().map(|version| version.id).collect()
}

#[test]
fn amending_makes_a_version_chain_queryable_both_ways() {
	run_test(|| {
		let v1 = anchor(1);
		assert_ok!(amend(CLINICIAN, v1, c(2)));
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
		assert_noop!(amend(CLINICIAN, v1, c(3)), Error::<Test>::NotCurrentVersion);
		assert_ok!(amend(CLINICIAN, v2, c(3)));
		assert_eq!(history_ids(v1), vec![v1, v2, v2 + 1]);
		assert_eq!(history_ids(v2 + 1), vec![v1, v2, v2 + 1]);
		assert!(history_ids(99).is_empty());
		// MAX_VERSIONS is 3.
		assert_noop!(amend(CLINICIAN, v2 + 1, c(4)), Error::<Test>::TooManyVersions);
		assert_noop!(amend(CLINICIAN, 99, c(4)), Error::<Test>::UnknownRecord);
		// Amending needs the consent too.
		let other = anchor(5);
		FakeConsent::revoke_all(PATIENT, HOSPITAL);
		assert_noop!(
			amend(CLINICIAN, other, c(6)),
			Error::<Test>::ConsentDenied(DenyReason::NoConsent)
		);
	});
}

#[test]
fn a_record_entered_in_error_is_marked_and_no_longer_amended() {
	run_test(|| {
		let id = anchor(1);
		assert_noop!(
			mark_in_error(REVIEWER, id),
			Error::<Test>::AccessDenied(AccessDenied::NotAMember)
		);
		assert_ok!(mark_in_error(CLINICIAN, id));
		System::assert_last_event(
			Event::RecordEnteredInError { record: id, patient: PATIENT }.into(),
		);
		let record = RecordsMap::<Test>::get(id).expect("kept");
		assert_eq!(
			(record.status, record.status_changed_at),
			(RecordStatus::EnteredInError, Some(NOW))
		);
		assert_noop!(mark_in_error(CLINICIAN, id), Error::<Test>::NotCurrentVersion);
		assert_noop!(amend(CLINICIAN, id, c(2)), Error::<Test>::NotCurrentVersion);
	});
}

#[test]
fn erasure_leaves_a_tombstone_and_blocks_every_further_change() {
	run_test(|| {
		let id = anchor(1);
		assert_noop!(erase(REVIEWER, id), Error::<Test>::AccessDenied(AccessDenied::NotAMember));
		assert_ok!(erase(PATIENT, id));
		System::assert_last_event(
			Event::RecordErased { record: id, patient: PATIENT, by: PATIENT }.into(),
		);
		let tombstone =
			Records::record_by_commitment(&PATIENT, c(1)).expect("the tombstone stays").value;
		assert_eq!(tombstone.status, RecordStatus::Erased);
		assert_noop!(erase(CLINICIAN, id), Error::<Test>::RecordErased);
		assert_noop!(amend(CLINICIAN, id, c(2)), Error::<Test>::RecordErased);
		assert_noop!(mark_in_error(CLINICIAN, id), Error::<Test>::RecordErased);
		// The provider's Clinician or Privacy Officer may erase too.
		let other = anchor(3);
		assert_ok!(erase(CLINICIAN, other));
		assert_ok!(erase(PRIVACY_OFFICER, anchor(4)));
		assert_noop!(erase(CLINICIAN, 99), Error::<Test>::UnknownRecord);
	});
}

// ---- batches ------------------------------------------------------------------------------------

/// What `verify_batch_leaf` answers for `leaf` at `index` of `batch`, as a `Result` (checking
/// that the answer's `valid` and `error` agree).
fn verify_leaf(batch: u64, leaf: H256, index: u32, proof: Vec<H256>) -> Result<(), ProofError> {
	let answer = Records::verify_batch_leaf(batch, leaf, index, proof);
	assert_eq!(answer.valid, answer.error.is_none());
	answer.error.map_or(Ok(()), Err)
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
			BatchScope::Audit
		));
		System::assert_last_event(
			Event::BatchAnchored { batch: 0, organization: HOSPITAL, root, leaf_count: 1000 }
				.into(),
		);
		assert_eq!(BatchByRoot::<Test>::get(HOSPITAL, root), Some(0));
		assert_eq!(held(HoldReason::Batch, CLERK), BATCH_DEPOSIT);
		let verify = |leaf, index, proof| verify_leaf(0, leaf, index, proof);
		for index in [0u32, 1, 511, 998, 999] {
			let proof = binary_merkle_tree::merkle_proof::<BlakeTwo256, _, _>(
				leaves.iter().map(|l| l.as_bytes().to_vec()),
				index,
			)
			.proof;
			let leaf = leaves[index as usize];
			assert_eq!(verify(leaf, index, proof.clone()), Ok(()));
			// Another leaf, another position or a tampered proof fail.
			let mismatch = Err(ProofError::Mismatch);
			assert_eq!(verify(c(0xee), index, proof.clone()), mismatch);
			let wrong_index = if index == 0 { 1 } else { index - 1 };
			assert_eq!(verify(leaf, wrong_index, proof.clone()), mismatch);
			let mut tampered = proof;
			tampered[0] = c(0x11);
			assert_eq!(verify(leaf, index, tampered), mismatch);
		}
		assert_eq!(verify(leaves[0], 1000, vec![]), Err(ProofError::IndexOutOfRange));
		assert_eq!(verify_leaf(1, leaves[0], 0, vec![]), Err(ProofError::UnknownBatch));
		assert_eq!(verify(leaves[0], 0, vec![c(1); 25]), Err(ProofError::ProofTooLong));
	});
}

#[test]
fn batch_errors_change_nothing() {
	run_test(|| {
		let batch = |who, org, root, count| {
			Records::anchor_batch(RuntimeOrigin::signed(who), org, root, count, BatchScope::Audit)
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
		// Any organization kind anchors audit batches, e.g. the insurer; a root once per
		// organization.
		assert_ok!(batch(REVIEWER, INSURER, c(1), 2));
		assert_noop!(batch(REVIEWER, INSURER, c(1), 2), Error::<Test>::DuplicateRoot);
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
			Records::anchor_batch(
				RuntimeOrigin::signed(CLERK),
				HOSPITAL,
				c(1),
				1,
				BatchScope::Audit
			),
			Error::<Test>::IdsExhausted
		);
		crate::NextRecordId::<Test>::put(0);
		crate::NextBatchId::<Test>::put(0);
		let id = anchor(1);
		RecordByCommitment::<Test>::remove(PATIENT, c(1));
		assert!(Records::do_try_state().is_err());
		RecordByCommitment::<Test>::insert(PATIENT, c(1), id);
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

// ---- queries ------------------------------------------------------------------------------------

/// Anchors 20 lab results of `PATIENT` with the commitments `c(1)..=c(20)`, each after a record
/// of the patient's own, so that the patient's ids are not consecutive; returns the clinician's
/// record ids.
fn twenty_records() -> Vec<u64> {
	(1..=20u8)
		.map(|byte| {
			assert_ok!(anchor_own(PATIENT, DataCategory::VitalSigns, c(100 + byte)));
			anchor(byte)
		})
		.collect()
}

/// The ids `records_of` serves for `patient`, page after page of `limit`, checking that every
/// page but the last is full and ends at its cursor.
fn records_of_in_pages(patient: u64, limit: u32) -> Vec<u64> {
	let mut served = Vec::new();
	let mut start_after = None;
	loop {
		let Page { items, next_cursor } = Records::records_of(&patient, start_after, limit);
		served.extend(items.iter().map(|record| record.id));
		let Some(cursor) = next_cursor else { return served };
		assert_eq!((items.len(), items.last().map(|r| r.id)), (limit as usize, Some(cursor)));
		start_after = Some(cursor);
	}
}

#[test]
fn a_patients_records_come_in_id_order_across_pages() {
	run_test(|| {
		let clinicians = twenty_records();
		let expected: Vec<u64> = (0..40).collect();
		assert_eq!(records_of_in_pages(PATIENT, 3), expected);
		assert_eq!(records_of_in_pages(PATIENT, 1000), expected);
		// Ids 1, 3, …, 39 are the clinician's: a page after one of them starts at the next id.
		let page = Records::records_of(&PATIENT, Some(clinicians[0]), 2);
		assert_eq!(page.items.iter().map(|r| r.id).collect::<Vec<_>>(), vec![2, 3]);
		assert!(records_of_in_pages(OTHER_PATIENT, 3).is_empty());
	});
}

#[test]
fn a_record_serializes_as_the_rpc_shows_it() {
	run_test(|| {
		let v1 = anchor(1);
		assert_ok!(amend(CLINICIAN, v1, c(2)));
		let json = serde_json::to_value(Records::record(v1).expect("anchored")).expect("json");
		assert_eq!(
			json,
			serde_json::json!({
				"id": v1,
				"patient": PATIENT,
				"organization": HOSPITAL,
				"purpose": "Treatment",
				"author": CLINICIAN,
				"category": "LabResults",
				"commitment": format!("0x{}", "01".repeat(32)),
				"fhirType": "Observation",
				"version": 1,
				"previous": null,
				"supersededBy": v1 + 1,
				"status": "Superseded",
				"anchoredAt": NOW,
				"statusChangedAt": NOW,
				"deposit": RECORD_DEPOSIT.to_string(),
			})
		);
		let history = serde_json::to_value(Records::history(v1 + 1)).expect("json");
		assert_eq!(history["record"], serde_json::json!(v1 + 1));
		assert_eq!(history["versions"][0], json);
		assert_eq!(history["versions"][1]["status"], "Current");
		assert!(Records::record(v1 + 2).is_none());
	});
}

/// The clinician anchors a batch of `leaves` treatment records of `PATIENT` in `category` for
/// the hospital under `root`.
fn clinicians_batch(root: H256, leaves: u32, category: DataCategory) -> DispatchResult {
	let scope = BatchScope::Records { patient: PATIENT, purpose: Purpose::Treatment, category };
	Records::anchor_batch(RuntimeOrigin::signed(CLINICIAN), HOSPITAL, root, leaves, scope)
		.map(|_| ())
		.map_err(|e| e.error)
}

#[test]
fn a_batch_serializes_as_the_rpc_shows_it() {
	run_test(|| {
		let audit = BatchScope::Audit;
		assert_ok!(Records::anchor_batch(RuntimeOrigin::signed(CLERK), HOSPITAL, c(7), 3, audit));
		assert_ok!(clinicians_batch(c(8), 2, DataCategory::Imaging));
		assert_eq!(
			serde_json::to_value(Records::batch(1).expect("anchored").value.scope).expect("json"),
			serde_json::json!({
				"Records": { "patient": PATIENT, "purpose": "Treatment", "category": "Imaging" }
			})
		);
		let batch = Records::batch(0).expect("anchored");
		assert_eq!(
			serde_json::to_value(batch).expect("json"),
			serde_json::json!({
				"id": 0,
				"organization": HOSPITAL,
				"submitter": CLERK,
				"root": format!("0x{}", "07".repeat(32)),
				"leafCount": 3,
				"scope": "Audit",
				"anchoredAt": NOW,
				"deposit": BATCH_DEPOSIT.to_string(),
			})
		);
		assert!(Records::batch(2).is_none());
		let out_of_range = Records::verify_batch_leaf(0, c(1), 3, vec![]);
		assert_eq!(
			serde_json::to_value(out_of_range).expect("json"),
			serde_json::json!({ "valid": false, "error": "IndexOutOfRange" })
		);
		assert_eq!(
			serde_json::to_value(LeafProof::from(Ok(()))).expect("json"),
			serde_json::json!({ "valid": true, "error": null })
		);
	});
}

// ---- migrations ---------------------------------------------------------------------------------

/// The layout of storage version 1.
mod v1 {
	use frame_support::{storage_alias, Blake2_128Concat, Twox64Concat};

	/// [`crate::RecordsOf`] as version 1 kept it: ids hashed with `Twox64Concat`.
	#[storage_alias]
	pub type RecordsOf<T: crate::Config> = StorageDoubleMap<
		crate::Pallet<T>,
		Blake2_128Concat,
		<T as frame_system::Config>::AccountId,
		Twox64Concat,
		u64,
		(),
	>;
}

#[test]
fn v2_keys_a_patients_records_by_id_in_order() {
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};
	run_test(|| {
		twenty_records();
		// Back to the version 1 layout.
		let entries: Vec<_> = crate::RecordsOf::<Test>::drain().collect();
		for (patient, id, ()) in &entries {
			v1::RecordsOf::<Test>::insert(patient, id.0, ());
		}
		StorageVersion::new(1).put::<Records>();
		let v1_order: Vec<u64> = v1::RecordsOf::<Test>::iter_key_prefix(PATIENT).collect();
		let expected: Vec<u64> = (0..40).collect();
		assert_ne!(v1_order, expected, "version 1 iterates in hash order");

		crate::migrations::MigrateToV2::<Test>::on_runtime_upgrade();

		assert_eq!(Records::on_chain_storage_version(), 2);
		assert_eq!(crate::RecordsOf::<Test>::iter_keys().count(), entries.len());
		assert_eq!(records_of_in_pages(PATIENT, 3), expected);
		// At version 2 it does nothing.
		crate::migrations::MigrateToV2::<Test>::on_runtime_upgrade();
		assert_eq!(records_of_in_pages(PATIENT, 7), expected);
	});
}

// ---- attacks (issue #13) ------------------------------------------------------------------------

#[test]
fn copying_a_commitment_from_the_mempool_squats_nothing() {
	run_test(|| {
		// REVIEWER sees the clinician's anchor_record(.., c(1), ..) in the pool and front-runs it
		// with the same commitment as a record of their own.
		assert_ok!(anchor_own(REVIEWER, DataCategory::LabResults, c(1)));
		// The provider's record is anchored all the same, and a lookup for the patient finds it.
		let id = anchor(1);
		let found = Records::record_by_commitment(&PATIENT, c(1)).expect("anchored");
		assert_eq!(found.id, id);
		assert_eq!(
			(found.value.patient, found.value.author, found.value.organization),
			(PATIENT, CLINICIAN, Some(HOSPITAL))
		);
		// The copy is only ever the attacker's own record.
		let copy = Records::record_by_commitment(&REVIEWER, c(1)).expect("their own").value;
		assert_eq!((copy.patient, copy.organization), (REVIEWER, None));
		assert_noop!(
			anchor_own(REVIEWER, DataCategory::LabResults, c(1)),
			Error::<Test>::DuplicateCommitment
		);
	});
}

#[test]
fn another_organization_cannot_squat_a_batch_root() {
	run_test(|| {
		let root = c(0x42);
		let audit = |who, org| {
			Records::anchor_batch(RuntimeOrigin::signed(who), org, root, 2, BatchScope::Audit)
		};
		// The insurer's reviewer copies the hospital's root from the pool and anchors it first.
		assert_ok!(audit(REVIEWER, INSURER));
		assert_ok!(audit(CLINICIAN, HOSPITAL));
		assert_eq!(BatchByRoot::<Test>::get(INSURER, root), Some(0));
		assert_eq!(BatchByRoot::<Test>::get(HOSPITAL, root), Some(1));
		assert_eq!(Records::batch(1).map(|b| b.value.submitter), Some(CLINICIAN));
	});
}

#[test]
fn a_batch_cannot_claim_records_without_consent() {
	run_test(|| {
		let records = |patient, category| BatchScope::Records {
			patient,
			purpose: Purpose::Treatment,
			category,
		};
		let batch = |who, org, scope| {
			Records::anchor_batch(RuntimeOrigin::signed(who), org, c(0x43), 2, scope)
		};
		let lab = DataCategory::LabResults;
		let no_consent: DispatchError = Error::<Test>::ConsentDenied(DenyReason::NoConsent).into();
		// An insurer's reviewer claims a batch of the patient's lab results.
		assert_noop!(batch(REVIEWER, INSURER, records(PATIENT, lab)), Error::<Test>::NotAProvider);
		// A clinician, for a patient who gave no consent, or a category not consented to.
		assert_noop!(batch(CLINICIAN, HOSPITAL, records(OTHER_PATIENT, lab)), no_consent);
		let notes = records(PATIENT, DataCategory::ClinicalNotes);
		assert_noop!(batch(CLINICIAN, HOSPITAL, notes), no_consent);
		// A billing clerk, with the consent.
		assert_noop!(
			batch(CLERK, HOSPITAL, records(PATIENT, lab)),
			Error::<Test>::AccessDenied(AccessDenied::MissingRole)
		);
		// The scope migrated batches have is never created by a call.
		let unattributed = BatchScope::Unattributed { category: lab };
		assert_noop!(batch(CLINICIAN, HOSPITAL, unattributed), Error::<Test>::UnattributedScope);
		// What anchor_record needs is enough.
		assert_ok!(batch(CLINICIAN, HOSPITAL, records(PATIENT, lab)));
		assert_eq!(Records::batch(0).map(|b| b.value.scope), Some(records(PATIENT, lab)));
	});
}

#[test]
fn a_billing_clerk_cannot_anchor_clinical_records() {
	run_test(|| {
		let missing_role: DispatchError =
			Error::<Test>::AccessDenied(AccessDenied::MissingRole).into();
		assert_noop!(anchor_as(CLERK, HOSPITAL, DataCategory::LabResults, c(1)), missing_role);
		let id = anchor(1);
		assert_noop!(amend(CLERK, id, c(2)), missing_role);
		assert_noop!(mark_in_error(CLERK, id), missing_role);
		assert_noop!(erase(CLERK, id), missing_role);
		// The privacy officer erases (a data-protection request) but makes no clinical change.
		assert_noop!(amend(PRIVACY_OFFICER, id, c(2)), missing_role);
		assert_noop!(mark_in_error(PRIVACY_OFFICER, id), missing_role);
		assert_ok!(erase(PRIVACY_OFFICER, id));
	});
}

#[test]
fn v3_binds_commitments_to_patients_roots_to_organizations_and_scopes_batches() {
	use crate::migrations::{v2, MigrateToV3};
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};
	run_test(|| {
		let lab = anchor(1);
		assert_ok!(anchor_own(PATIENT, DataCategory::VitalSigns, c(9)));
		let audit = BatchScope::Audit;
		assert_ok!(Records::anchor_batch(RuntimeOrigin::signed(REVIEWER), INSURER, c(1), 2, audit));
		assert_ok!(clinicians_batch(c(2), 3, DataCategory::LabResults));
		// Back to the version 2 layout: global indexes, batches with a category.
		let commitments: Vec<_> = RecordByCommitment::<Test>::drain().collect();
		let roots: Vec<_> = BatchByRoot::<Test>::drain().collect();
		let batches: Vec<_> = crate::Batches::<Test>::drain().collect();
		for (_, commitment, id) in commitments {
			v2::RecordByCommitment::<Test>::insert(commitment, id);
		}
		for (_, root, id) in roots {
			v2::BatchByRoot::<Test>::insert(root, id);
		}
		for (id, b) in batches {
			let category = b.scope.category();
			v2::Batches::<Test>::insert(
				id,
				v2::Batch {
					organization: b.organization,
					submitter: b.submitter,
					root: b.root,
					leaf_count: b.leaf_count,
					category,
					anchored_at: b.anchored_at,
					deposit: b.deposit,
				},
			);
		}
		StorageVersion::new(2).put::<Records>();
		assert!(Records::do_try_state().is_err(), "version 2 storage is not version 3's");

		#[cfg(feature = "try-runtime")]
		let state = MigrateToV3::<Test>::pre_upgrade().expect("pre-upgrade checks pass");
		MigrateToV3::<Test>::on_runtime_upgrade();
		#[cfg(feature = "try-runtime")]
		MigrateToV3::<Test>::post_upgrade(state).expect("post-upgrade checks pass");

		assert_eq!(Records::on_chain_storage_version(), 3);
		assert_eq!(Records::record_by_commitment(&PATIENT, c(1)).map(|r| r.id), Some(lab));
		assert_eq!(Records::record_by_commitment(&PATIENT, c(9)).map(|r| r.id), Some(lab + 1));
		assert_eq!(BatchByRoot::<Test>::get(INSURER, c(1)), Some(0));
		assert_eq!(BatchByRoot::<Test>::get(HOSPITAL, c(2)), Some(1));
		assert_eq!(Records::batch(0).map(|b| b.value.scope), Some(BatchScope::Audit));
		// A category batch named no patient: it is kept, unattributed.
		assert_eq!(
			Records::batch(1).map(|b| b.value.scope),
			Some(BatchScope::Unattributed { category: DataCategory::LabResults })
		);
		// At version 3 it does nothing.
		MigrateToV3::<Test>::on_runtime_upgrade();
		assert_eq!(RecordByCommitment::<Test>::iter_keys().count(), 2);
	});
}

/// The calls that evaluate a consent declare the worst case (every consent of the patient read)
/// and are charged for the consents the evaluation read (issue #16): the fake registry reads
/// one.
#[test]
fn a_write_is_charged_for_the_consents_its_evaluation_read_not_the_most() {
	use crate::WeightInfo;
	use healthchain_primitives::ConsentInspect;
	run_test(|| {
		let unread =
			<<Test as crate::Config>::Consent as ConsentInspect<u64>>::unused_evaluation_weight(1);
		assert!(unread.ref_time() > 0, "31 consents were not read");
		let post = Records::anchor_record(
			RuntimeOrigin::signed(CLINICIAN),
			HOSPITAL,
			PATIENT,
			Purpose::Treatment,
			DataCategory::LabResults,
			c(1),
			None,
		)
		.expect("anchors");
		let declared = <Test as crate::Config>::WeightInfo::anchor_record();
		assert_eq!(post.actual_weight, Some(declared - unread));
		let post =
			Records::amend_record(RuntimeOrigin::signed(CLINICIAN), 0, c(2), None).expect("amends");
		let declared = <Test as crate::Config>::WeightInfo::amend_record();
		assert_eq!(post.actual_weight, Some(declared - unread));
		// An audit batch evaluates no consent: none of the evaluation is charged.
		let post = Records::anchor_batch(
			RuntimeOrigin::signed(CLERK),
			HOSPITAL,
			c(3),
			10,
			BatchScope::Audit,
		)
		.expect("anchors");
		let none =
			<<Test as crate::Config>::Consent as ConsentInspect<u64>>::unused_evaluation_weight(0);
		let declared = <Test as crate::Config>::WeightInfo::anchor_batch();
		assert_eq!(post.actual_weight, Some(declared - none));
	});
}

/// State growth (issue #16): a leaf of a batch of 10⁶ leaves is proven by 20 sibling hashes, 640
/// bytes, which the chain's check accepts.
#[test]
fn state_growth_a_leaf_of_a_million_leaf_batch_is_proven_by_twenty_hashes() {
	run_test(|| {
		let leaves: Vec<H256> = (0u32..1_000_000)
			.map(|i| sp_io::hashing::blake2_256(&i.to_le_bytes()).into())
			.collect();
		let root: H256 =
			binary_merkle_tree::merkle_root::<BlakeTwo256, _>(leaves.iter().map(|l| l.as_bytes()));
		assert_ok!(Records::anchor_batch(
			RuntimeOrigin::signed(CLERK),
			HOSPITAL,
			root,
			1_000_000,
			BatchScope::Audit
		));
		let index = 765_432u32;
		let proof = binary_merkle_tree::merkle_proof::<BlakeTwo256, _, _>(
			leaves.iter().map(|l| l.as_bytes()),
			index,
		);
		let hashes: Vec<H256> = proof.proof.iter().map(|h| H256::from(h.0)).collect();
		println!(
			"proof of leaf {index} of 10^6: {} hashes, {} bytes",
			hashes.len(),
			hashes.len() * 32
		);
		assert_eq!(hashes.len(), 20);
		assert!(Records::verify_batch_leaf(0, leaves[index as usize], index, hashes.clone()).valid);
		// One wrong sibling and it fails.
		let mut wrong = hashes;
		wrong[7] = c(9);
		let answer = Records::verify_batch_leaf(0, leaves[index as usize], index, wrong);
		assert!(!answer.valid);
		assert_eq!(answer.error, Some(crate::ProofError::Mismatch));
	});
}
