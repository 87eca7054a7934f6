//! The queries: listings in id order with exact cursors (a filtered listing returns every match
//! across pages, however sparse, with a small scan budget and past 10,000 ids), single items,
//! the cohort, broad-consent matching, and the JSON clients read.

use frame_support::assert_ok;
use healthchain_primitives::{
	fakes::FakeConsent, Action, DataCategory, DuoPermission, Page, Purpose, WithId,
};
use serde_json::json;
use sp_core::H256;

use super::*;
use crate::{
	BroadConsentMismatch, Cohort, ConsentMatch, DataGrant, GrantId, NextStudyId, Study,
	StudyFilter, StudyStatus,
};

type StudyPage = Page<WithId<StudyId, Study<u64, u64>>, StudyId>;
type GrantPage = Page<WithId<GrantId, DataGrant<u64, u64>>, GrantId>;

/// Stores study `id` directly (listings need hundreds), in `status` with primary permission
/// `permission`, counts it as the institute's and moves the next id past it.
fn put_study(id: StudyId, status: StudyStatus, permission: DuoPermission) {
	if !Studies::<Test>::contains_key(id) {
		crate::StudiesOfInstitution::<Test>::mutate(INSTITUTE, |studies| *studies += 1);
	}
	Studies::<Test>::insert(
		id,
		Study {
			institution: INSTITUTE,
			researcher: RESEARCHER,
			protocol_hash: H256::repeat_byte(1),
			version: 1,
			data_use: data_use(permission, 0),
			purpose: plain(),
			categories: CategorySet::from_items(&[DataCategory::Genomics]),
			min_cohort: 1,
			registered_at: NOW,
			ends_at: NOW + YEAR,
			status,
			ethics: None,
			cohort: 0,
			attested: 0,
			deposit: 0,
		},
	);
	if NextStudyId::<Test>::get() <= id {
		NextStudyId::<Test>::put(id + 1);
	}
}

/// Every page of the listing by `filter` with page size `limit`, until the cursor is `None`.
fn every_page(filter: StudyFilter, limit: u32) -> Vec<StudyPage> {
	let mut pages: Vec<StudyPage> = Vec::new();
	let mut cursor = None;
	loop {
		let page = Research::studies(filter, cursor, limit);
		let next = page.next_cursor;
		pages.push(page);
		match next {
			Some(next) => {
				assert!(cursor.is_none_or(|c| next > c), "cursors move forward");
				cursor = Some(next);
			},
			None => return pages,
		}
	}
}

fn ids(pages: &[StudyPage]) -> Vec<StudyId> {
	pages.iter().flat_map(|p| p.items.iter().map(|s| s.id)).collect()
}

/// Active disease-specific studies.
fn active_ds() -> StudyFilter {
	StudyFilter {
		status: Some(StudyStatus::Active),
		permission: Some(DuoPermission::DiseaseSpecific(0)),
	}
}

#[test]
fn studies_come_in_id_order_with_exact_cursors() {
	run_test(|| {
		for _ in 0..20 {
			register(1);
		}
		let pages = every_page(StudyFilter::default(), 3);
		assert_eq!(ids(&pages), (0..20).collect::<Vec<_>>());
		assert_eq!(pages.len(), 7);
		for page in &pages[..6] {
			assert_eq!(page.items.len(), 3);
			assert_eq!(page.next_cursor, page.items.last().map(|s| s.id), "the last id returned");
		}
		assert_eq!(pages[6].next_cursor, None);
	});
}

#[test]
fn a_full_last_page_has_no_cursor() {
	run_test(|| {
		for _ in 0..6 {
			register(1);
		}
		let second = Research::studies(StudyFilter::default(), Some(2), 3);
		assert_eq!(second.items.iter().map(|s| s.id).collect::<Vec<_>>(), vec![3, 4, 5]);
		assert_eq!(second.next_cursor, None);
	});
}

#[test]
fn a_filter_selects_by_status_and_duo_permission() {
	run_test(|| {
		put_study(0, StudyStatus::Active, DuoPermission::DiseaseSpecific(HD));
		put_study(1, StudyStatus::Active, DuoPermission::GeneralResearchUse);
		put_study(2, StudyStatus::Proposed, DuoPermission::DiseaseSpecific(HD));
		put_study(3, StudyStatus::Active, DuoPermission::DiseaseSpecific(5148));
		let listed = |filter| ids(&every_page(filter, 10));
		assert_eq!(listed(active_ds()), vec![0, 3]);
		let hd = StudyFilter { permission: Some(DuoPermission::DiseaseSpecific(HD)), status: None };
		assert_eq!(listed(hd), vec![0, 2]);
		let gru = StudyFilter { permission: Some(DuoPermission::GeneralResearchUse), status: None };
		assert_eq!(listed(gru), vec![1]);
		assert_eq!(listed(StudyFilter::default()), vec![0, 1, 2, 3]);
	});
}

/// The bug B3: with a scan budget far below the number of ids, a filtered listing still
/// returns every match, in id order; pages cut short by the budget (some empty) carry a cursor,
/// and only the last has none.
#[test]
fn a_filtered_listing_returns_every_match_across_a_small_scan_budget() {
	run_test(|| {
		MaxStudyScan::set(50);
		let matches = [3, 4, 5, 60, 61, 200, 201, 202, 203, 204, 205, 380, 498, 499];
		for id in 0..500 {
			if matches.contains(&id) {
				put_study(id, StudyStatus::Active, DuoPermission::DiseaseSpecific(HD + id));
			} else if id % 7 != 0 {
				// Near misses: the right permission in another status, or active but GRU; every
				// seventh id has no study at all.
				let (status, permission) = if id % 2 == 0 {
					(StudyStatus::Approved, DuoPermission::DiseaseSpecific(HD))
				} else {
					(StudyStatus::Active, DuoPermission::GeneralResearchUse)
				};
				put_study(id, status, permission);
			}
		}
		assert_eq!(NextStudyId::<Test>::get(), 500);

		let pages = every_page(active_ds(), 2);
		assert_eq!(ids(&pages), matches.to_vec(), "every match, in id order");
		let (last, earlier) = pages.split_last().expect("pages");
		assert_eq!(last.next_cursor, None);
		assert!(earlier.iter().all(|p| p.next_cursor.is_some() && p.items.len() <= 2));
		assert!(
			earlier.iter().any(|p| p.items.is_empty()),
			"the long gaps give empty pages that still say where to resume"
		);
		assert!(earlier.iter().any(|p| p.items.len() == 1), "and short ones");
		// Never more calls than budget windows plus full pages.
		assert!(pages.len() <= 500 / 50 + matches.len() / 2 + 1, "{} pages", pages.len());
	});
}

/// Security review L-8: the only match lies past the first call's scan window. The first page
/// holds nothing, but its cursor is not null (the scan stopped at id 9), so a client that pages
/// until the cursor is null still finds study 15.
#[test]
fn a_match_beyond_the_scan_window_is_not_lost() {
	run_test(|| {
		MaxStudyScan::set(10);
		for id in 0..15 {
			put_study(id, StudyStatus::Closed, DuoPermission::DiseaseSpecific(HD));
		}
		put_study(15, StudyStatus::Active, DuoPermission::DiseaseSpecific(HD));

		let first = Research::studies(active_ds(), None, 100);
		assert!(first.items.is_empty(), "the window [0, 9] holds no match");
		assert_eq!(first.next_cursor, Some(9), "an empty page still says where to resume");
		let second = Research::studies(active_ds(), first.next_cursor, 100);
		assert_eq!(second.items.iter().map(|s| s.id).collect::<Vec<_>>(), vec![15]);
		assert_eq!(second.next_cursor, None);
	});
}

#[test]
fn a_filtered_listing_past_ten_thousand_ids_returns_every_match() {
	run_test(|| {
		assert_eq!(MaxStudyScan::get(), STUDY_SCAN);
		let matches = [0, 9_999, 10_000, 17_500, 29_998];
		for id in matches {
			put_study(id, StudyStatus::Active, DuoPermission::DiseaseSpecific(HD));
		}
		for id in [5_000, 12_345, 20_000, 29_999] {
			put_study(id, StudyStatus::Closed, DuoPermission::DiseaseSpecific(HD));
		}
		assert_eq!(NextStudyId::<Test>::get(), 30_000);

		let pages = every_page(active_ds(), 100);
		assert_eq!(ids(&pages), matches.to_vec());
		// One call per 10,000 ids scanned: [0, 9999], [10000, 17500], then [29998], the last.
		let sizes: Vec<_> = pages.iter().map(|p| (p.items.len(), p.next_cursor)).collect();
		assert_eq!(sizes, vec![(2, Some(9_999)), (2, Some(19_999)), (1, None)]);
	});
}

#[test]
fn an_empty_listing_has_no_cursor() {
	run_test(|| {
		let page = Research::studies(StudyFilter::default(), None, 10);
		assert_eq!((page.items.len(), page.next_cursor), (0, None));
		register(1);
		let past_the_end = Research::studies(StudyFilter::default(), Some(0), 10);
		assert_eq!((past_the_end.items.len(), past_the_end.next_cursor), (0, None));
	});
}

#[test]
fn a_study_comes_with_its_id() {
	run_test(|| {
		register(1);
		register(2);
		let study = Research::study(1).expect("registered");
		assert_eq!((study.id, study.value.min_cohort), (1, 2));
		assert_eq!(Research::study(2), None);
	});
}

#[test]
fn the_cohort_counts_the_current_version() {
	run_test(|| {
		active_with(1, &[P1, P2]);
		assert_eq!(Research::cohort(STUDY), Some(Cohort { study: STUDY, version: 1, cohort: 2 }));
		assert_ok!(amend(RESEARCHER, H256::repeat_byte(9)));
		assert_eq!(Research::cohort(STUDY), Some(Cohort { study: STUDY, version: 2, cohort: 0 }));
		assert_eq!(Research::cohort(7), None);
	});
}

#[test]
fn grants_of_a_study_come_in_id_order_with_exact_cursors() {
	run_test(|| {
		let (first, second) = (active_with(1, &[P1]), active_with(1, &[P1]));
		// Grants alternate between the two studies: the first's are the even ids.
		for _ in 0..20 {
			assert_ok!(grant_to(first, NOW + YEAR));
			assert_ok!(grant_to(second, NOW + YEAR));
		}
		let mut pages: Vec<GrantPage> = Vec::new();
		let mut cursor = None;
		loop {
			let page = Research::grants_of_study(first, cursor, 3);
			cursor = page.next_cursor;
			pages.push(page);
			if cursor.is_none() {
				break;
			}
		}
		let listed: Vec<GrantId> =
			pages.iter().flat_map(|p| p.items.iter().map(|g| g.id)).collect();
		assert_eq!(listed, (0..20).map(|i| 2 * i).collect::<Vec<_>>());
		assert!(pages.iter().flat_map(|p| &p.items).all(|g| g.value.study == first));
		assert_eq!(pages.len(), 7);
		for page in &pages[..6] {
			assert_eq!(page.next_cursor, page.items.last().map(|g| g.id));
		}
		assert_eq!(pages[6].next_cursor, None);
		assert_eq!(
			Research::grants_of_study(7, None, 3),
			Page { items: vec![], next_cursor: None }
		);
	});
}

#[test]
fn broad_consent_matches_says_why_not() {
	run_test(|| {
		active(1);
		let check = |patient| Research::broad_consent_matches(STUDY, &patient);
		assert_eq!(
			check(P1),
			ConsentMatch { matches: false, reason: Some(BroadConsentMismatch::NoResearchProfile) }
		);
		assert_eq!(
			Research::broad_consent_matches(7, &P1).reason,
			Some(BroadConsentMismatch::UnknownStudy)
		);
		assert_ok!(Research::set_research_profile(
			RuntimeOrigin::signed(P1),
			Some(data_use(DuoPermission::GeneralResearchUse, 0))
		));
		assert_eq!(check(P1).reason, Some(BroadConsentMismatch::NoResearchConsent));
		FakeConsent::permit(P1, INSTITUTE, Purpose::Research, DataCategory::Genomics, Action::Read);
		assert_eq!(check(P1), ConsentMatch { matches: true, reason: None });
	});
}

#[test]
fn a_study_serializes_as_clients_read_it() {
	run_test(|| {
		approved(2);
		let json = serde_json::to_value(Research::study(STUDY).expect("study")).expect("json");
		assert_eq!(
			json,
			json!({
				"id": 0,
				"institution": INSTITUTE,
				"researcher": RESEARCHER,
				"protocolHash": serde_json::to_value(H256::repeat_byte(1)).expect("hash"),
				"version": 1,
				"duo": "DS:399",
				"modifiers": ["PUB"],
				"commercial": false,
				"forProfit": false,
				"methodsResearch": false,
				"categories": ["Genomics"],
				"minCohort": 2,
				"registeredAt": NOW,
				"endsAt": NOW + YEAR,
				"status": "Approved",
				"ethicsCommittee": BOARD,
				"ethicsReviewer": ETHICIST,
				"cohort": 0,
				"attested": 0,
				"deposit": STUDY_DEPOSIT.to_string(),
			})
		);
		let proposed = serde_json::to_value(Research::study(register(1))).expect("json");
		assert_eq!(
			(&proposed["ethicsCommittee"], &proposed["ethicsReviewer"]),
			(&json!(null), &json!(null))
		);
	});
}

#[test]
fn a_page_of_grants_serializes_as_clients_read_it() {
	run_test(|| {
		active_with(1, &[P1]);
		assert_ok!(grant(NOW + YEAR));
		let json = serde_json::to_value(Research::grants_of_study(STUDY, None, 10)).expect("json");
		assert_eq!(
			json,
			json!({
				"items": [{
					"id": 0,
					"study": STUDY,
					"provider": HOSPITAL,
					"grantedBy": STEWARD,
					"dataset": serde_json::to_value(H256::repeat_byte(2)).expect("hash"),
					"recordCount": 1,
					"expiresAt": NOW + YEAR,
					"revoked": false,
					"accesses": 0,
					"version": 1,
					"deposit": GRANT_DEPOSIT.to_string(),
				}],
				"nextCursor": null,
			})
		);
	});
}

#[test]
fn the_cohort_and_a_consent_match_serialize_as_clients_read_them() {
	run_test(|| {
		active_with(1, &[P1]);
		assert_eq!(
			serde_json::to_value(Research::cohort(STUDY)).expect("json"),
			json!({ "study": 0, "version": 1, "cohort": 1 })
		);
		assert_eq!(
			serde_json::to_value(Research::broad_consent_matches(STUDY, &P2)).expect("json"),
			json!({ "matches": false, "reason": "NoResearchProfile" })
		);
		let duo = ConsentMatch::from(Err(BroadConsentMismatch::Duo(
			healthchain_primitives::DuoMismatch::Permission,
		)));
		assert_eq!(
			serde_json::to_value(duo).expect("json"),
			json!({ "matches": false, "reason": "Duo(Permission)" })
		);
		assert_eq!(
			serde_json::to_value(ConsentMatch::from(Ok(()))).expect("json"),
			json!({ "matches": true, "reason": null })
		);
	});
}

#[test]
fn clients_name_a_filter_by_codes() {
	let filter = StudyFilter::from_codes(Some("Active"), Some("DS:399")).expect("known codes");
	assert_eq!(
		filter,
		StudyFilter {
			status: Some(StudyStatus::Active),
			permission: Some(DuoPermission::DiseaseSpecific(HD))
		}
	);
	assert_eq!(StudyFilter::from_codes(None, Some("DS")), Ok(any_disease()));
	assert_eq!(StudyFilter::from_codes(None, None), Ok(StudyFilter::default()));
	assert_eq!(
		StudyFilter::from_codes(Some("Closed"), Some("NRES")).map(|f| (f.status, f.permission)),
		Ok((Some(StudyStatus::Closed), Some(DuoPermission::NoRestriction)))
	);
	assert_eq!(StudyFilter::from_codes(Some("Open"), None), Err("Open"));
	assert_eq!(StudyFilter::from_codes(None, Some("DS:x")), Err("DS:x"));
	assert_eq!(StudyFilter::from_codes(None, Some("XYZ")), Err("XYZ"));
}

fn any_disease() -> StudyFilter {
	StudyFilter { status: None, permission: Some(DuoPermission::DiseaseSpecific(0)) }
}
