//! Genesis presets: the named starting states a chain spec is built from.
//!
//! - `development` ([`sp_genesis_builder::DEV_RUNTIME_PRESET`]): one validator (`//Alice//stash`
//!   with `//Alice`'s session keys), the well-known dev accounts endowed, Alice as sudo, a council
//!   of Alice, Bob and Charlie, and a demo registry: a hospital, an insurer, a research institute
//!   and an ethics board with members; two demo patients with consents: Ferdie (endowed) and
//!   Grace (`//Grace`, no tokens, onboarded by the hospital); two demo records of Ferdie whose
//!   documents are in `scripts/demo/records/`; a demo plan of the insurer, funded, with Ferdie
//!   enrolled; a demo study of the research institute, approved by the ethics board, with Grace
//!   counted in on her broad consent. What `healthchain-node --dev` runs.
//! - `local_testnet` ([`sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET`]): four validators
//!   (the stash accounts of Alice, Bob, Charlie, Dave with their session keys) so that GRANDPA
//!   keeps finalizing with one of them down (finality needs more than 2/3 of the authorities);
//!   a council of four (Alice, Bob, Charlie, Eve: the demo organizations' admins), the demo
//!   registry, and **no sudo key**: Root only through three quarters of the council. What
//!   `--chain local` and the zombienet network run.
//! - `consortium` ([`CONSORTIUM_PRESET`]): the template of a production genesis: the same four
//!   validators and council, the four founding organizations and nothing else, no sudo key.
//!   What `--chain consortium` builds; operators replace the dev keys.
//!
//! Validators are a session-based set: `session.keys` holds each validator's session keys
//! (`[stash, stash, { aura, grandpa }]`, the layout zombienet rewrites for the nodes it starts)
//! and `validatorSet.initialValidators` the same stash accounts; Aura and GRANDPA get their
//! authorities from the session at genesis.

use alloc::{string::String, vec, vec::Vec};

use frame_support::build_struct_json_patch;
use healthchain_primitives::{OrganizationKind, Role};
use serde_json::Value;
use sp_core::H256;
use sp_genesis_builder::{self, PresetId};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};
use sp_runtime::traits::{BlakeTwo256, Hash};

use crate::{
	opaque::SessionKeys, AccountId, Balance, BalancesConfig, ClaimsConfig, ConsentConfig,
	CouncilMembershipConfig, OrganizationsConfig, RecordsConfig, ResearchConfig,
	RuntimeGenesisConfig, SessionConfig, SudoConfig, ValidatorSetConfig, UNIT,
};

/// What each endowed development account starts with: one million tokens.
pub const DEV_ENDOWMENT: Balance = 1_000_000 * UNIT;

/// A development validator: its stash account and the session keys of its dev seed.
struct Validator {
	stash: AccountId,
	keys: SessionKeys,
}

fn dev_validator(
	stash: Sr25519Keyring,
	aura: Sr25519Keyring,
	grandpa: Ed25519Keyring,
) -> Validator {
	Validator {
		stash: stash.to_account_id(),
		keys: SessionKeys { aura: aura.public().into(), grandpa: grandpa.public().into() },
	}
}

fn alice() -> Validator {
	dev_validator(Sr25519Keyring::AliceStash, Sr25519Keyring::Alice, Ed25519Keyring::Alice)
}

/// The demo registry of the development preset: organizations, members, patients onboarded by
/// an organization and consents.
struct Registry {
	organizations: Vec<(OrganizationKind, AccountId, H256)>,
	members: Vec<(u32, AccountId, Vec<Role>, Option<u64>)>,
	patients: Vec<(AccountId, u32, AccountId)>,
	consents: Vec<pallet_consent::GenesisConsent<AccountId>>,
	records: Vec<pallet_records::GenesisRecord<AccountId>>,
	plans: Vec<(AccountId, u32, pallet_claims::PlanTermsOf<crate::Runtime>, Balance)>,
	enrollments: Vec<(u32, AccountId)>,
	studies: Vec<pallet_research::GenesisStudy<AccountId>>,
	profiles: Vec<(AccountId, pallet_research::DataUse)>,
	broad_consents: Vec<(u32, AccountId)>,
	attestations: Vec<(u32, u32, AccountId, AccountId)>,
	min_cohort_floor: Option<u32>,
}

/// `//Grace`: a demo patient who holds no tokens (onboarded by the hospital). Its public key,
/// as `healthchain-node key inspect //Grace` prints it.
pub const GRACE: [u8; 32] =
	sp_core::hex2array!("3639103416b054f3362b835dded8ca33c11f11d4360a6f434034e9b46662693d");

/// The demo records of the development preset: Ferdie's lab result and chest X-ray report, anchored
/// by Dave for the hospital under Ferdie's consent. The documents and their salts are in
/// `scripts/demo/records/` so that the verification tool can check them against a dev chain.
fn demo_records() -> Vec<pallet_records::GenesisRecord<AccountId>> {
	use pallet_consent::DataCategory;
	let commit = |salt: [u8; 32], document: &[u8]| {
		let mut preimage = salt.to_vec();
		preimage.extend_from_slice(document);
		BlakeTwo256::hash(&preimage)
	};
	let (dave, ferdie) =
		(Sr25519Keyring::Dave.to_account_id(), Sr25519Keyring::Ferdie.to_account_id());
	vec![
		(
			dave.clone(),
			0,
			ferdie.clone(),
			pallet_records::Purpose::Treatment,
			DataCategory::LabResults,
			commit(
				sp_core::hex2array!(
					"e2e97864989595f643de5f5352047c96f7f319a6f2e5864cd70818f5a028790a"
				),
				include_bytes!("../../scripts/demo/records/ferdie-hba1c.json"),
			),
		),
		(
			dave,
			0,
			ferdie,
			pallet_records::Purpose::Treatment,
			DataCategory::Imaging,
			commit(
				sp_core::hex2array!(
					"5bf4ea94a67ae6c25e46feb39afcb98e69c860f9ff507926a0f4f2af5c999ea2"
				),
				include_bytes!("../../scripts/demo/records/ferdie-chest-xray.json"),
			),
		),
	]
}

/// The demo insurer's plan (plan 0, published by Bob, its admin): office visits (service 99213,
/// up to 150 HCT, 20 % patient share), a metabolic panel (80053, up to 50 HCT), a brain MRI
/// (70553, up to 1,200 HCT, 10 %, prior authorization), dermabrasion not covered (15780); at
/// most 10,000 HCT per member per year; claims up to 500 HCT paid at once; 100,000 HCT in escrow.
fn demo_plan() -> pallet_claims::PlanTermsOf<crate::Runtime> {
	use pallet_claims::CoverageRule;
	use sp_runtime::Permill;
	let rule = |service_code, covered, max: u128, share, prior_auth_required| CoverageRule {
		service_code,
		covered,
		max_allowed: max * UNIT,
		patient_share: Permill::from_percent(share),
		prior_auth_required,
	};
	pallet_claims::PlanTerms {
		rules: frame_support::BoundedVec::truncate_from(vec![
			rule(15780, false, 0, 0, false),
			rule(70553, true, 1_200, 10, true),
			rule(80053, true, 50, 0, false),
			rule(99213, true, 150, 20, false),
		]),
		annual_limit: 10_000 * UNIT,
		auto_approve_up_to: 500 * UNIT,
		effective_from: 0,
	}
}

/// The demo study of the research institute (organization 2, Charlie its researcher): type 2
/// diabetes genomics (DUO DS with MONDO:0005148, committing to publish), k = 2, until 2030,
/// approved by the ethics board (organization 3, Eve). Grace's broad consent (DUO HMB, plus her
/// HRESCH genomics consent to the institute) counts her in once the hospital, which onboarded
/// her, attests her.
fn demo_study() -> pallet_research::GenesisStudy<AccountId> {
	use pallet_research::{
		CategorySet, DataCategory, DataUse, DuoModifiers, DuoPermission, GenesisStudy,
		StudyPurpose, StudyTerms,
	};
	GenesisStudy {
		researcher: Sr25519Keyring::Charlie.to_account_id(),
		institution: 2,
		terms: StudyTerms {
			protocol_hash: demo_metadata("demo:study:t2d-genomics:protocol-v1"),
			data_use: DataUse {
				permission: DuoPermission::DiseaseSpecific(5148),
				modifiers: DuoModifiers(DuoModifiers::PUB),
				time_limit: None,
			},
			purpose: StudyPurpose { commercial: false, for_profit: false, methods_research: false },
			categories: CategorySet::from_items(&[DataCategory::Genomics]),
			min_cohort: 2,
			ends_at: 1_893_456_000_000,
		},
		ethics_committee: 3,
		ethics_reviewer: Sr25519Keyring::Eve.to_account_id(),
	}
}

/// The demo patients' consents: Ferdie (endowed) to the hospital for treatment (all standard
/// categories, read and write) and to the insurer for payment (demographics and procedures, read);
/// Grace (no tokens) to the hospital for treatment (all standard categories and mental health,
/// read, at most 100 reads) and to the research institute for research (genomics, read, until
/// 2030-01-01).
fn demo_consents() -> Vec<pallet_consent::GenesisConsent<AccountId>> {
	use pallet_consent::{
		Action, ActionSet, CategorySet, ConsentTerms, DataCategory, Purpose, PurposeSet,
	};
	let ferdie = Sr25519Keyring::Ferdie.to_account_id();
	let grace = AccountId::from(GRACE);
	let read = ActionSet::from_items(&[Action::Read]);
	let purposes = PurposeSet::from_items;
	let doc = |name: &str| demo_metadata(name);
	vec![
		(
			ferdie.clone(),
			0,
			ConsentTerms::new(
				purposes(&[Purpose::Treatment, Purpose::EmergencyTreatment]),
				CategorySet::all_standard(),
				ActionSet::from_items(&[Action::Read, Action::Write]),
				doc("demo:consent:ferdie:hospital"),
			),
		),
		(
			ferdie,
			1,
			ConsentTerms::new(
				purposes(&[Purpose::Payment]),
				CategorySet::from_items(&[DataCategory::Demographics, DataCategory::Procedures]),
				read,
				doc("demo:consent:ferdie:insurer"),
			),
		),
		(
			grace.clone(),
			0,
			ConsentTerms {
				max_accesses: Some(100),
				..ConsentTerms::new(
					purposes(&[Purpose::Treatment]),
					CategorySet(CategorySet::ALL_STANDARD | DataCategory::MentalHealth.bit()),
					read,
					doc("demo:consent:grace:hospital"),
				)
			},
		),
		(
			grace,
			2,
			ConsentTerms {
				valid_until: Some(1_893_456_000_000),
				..ConsentTerms::new(
					purposes(&[Purpose::Research]),
					CategorySet::from_items(&[DataCategory::Genomics]),
					read,
					doc("demo:consent:grace:research"),
				)
			},
		),
	]
}

/// A metadata hash for a demo organization: the hash of its (off-chain) registration document.
fn demo_metadata(name: &str) -> H256 {
	BlakeTwo256::hash(name.as_bytes())
}

/// The demo organizations: 0 a hospital (admin Alice; Dave a clinician, Alice privacy officer
/// and billing), 1 an insurer (admin Bob; Bob a reviewer), 2 a research institute (admin
/// Charlie; Charlie a researcher), 3 an ethics board (admin Eve; Eve a reviewer).
fn demo_registry() -> Registry {
	use Sr25519Keyring::*;
	Registry {
		organizations: vec![
			(OrganizationKind::Provider, Alice.to_account_id(), demo_metadata("demo:hospital")),
			(OrganizationKind::Payer, Bob.to_account_id(), demo_metadata("demo:insurer")),
			(
				OrganizationKind::ResearchInstitution,
				Charlie.to_account_id(),
				demo_metadata("demo:research-institute"),
			),
			(
				OrganizationKind::EthicsCommittee,
				Eve.to_account_id(),
				demo_metadata("demo:ethics-board"),
			),
		],
		members: vec![
			(0, Dave.to_account_id(), vec![Role::Clinician], None),
			(0, Alice.to_account_id(), vec![Role::PrivacyOfficer, Role::Billing], None),
			(1, Bob.to_account_id(), vec![Role::Reviewer, Role::Admin], None),
			(2, Charlie.to_account_id(), vec![Role::Researcher], None),
			(3, Eve.to_account_id(), vec![Role::Reviewer], None),
		],
		patients: vec![
			(AccountId::from(GRACE), 0, Alice.to_account_id()),
			(Sr25519Keyring::Ferdie.to_account_id(), 0, Alice.to_account_id()),
		],
		consents: demo_consents(),
		records: demo_records(),
		plans: vec![(Bob.to_account_id(), 1, demo_plan(), 100_000 * UNIT)],
		enrollments: vec![(0, Ferdie.to_account_id())],
		studies: vec![demo_study()],
		profiles: vec![(
			AccountId::from(GRACE),
			pallet_research::DataUse {
				permission: pallet_research::DuoPermission::HealthMedicalBiomedical,
				modifiers: pallet_research::DuoModifiers(0),
				time_limit: None,
			},
		)],
		broad_consents: vec![(0, AccountId::from(GRACE))],
		// The hospital, which onboarded Grace, attests her: she counts towards k.
		attestations: vec![(0, 0, Alice.to_account_id(), AccountId::from(GRACE))],
		// k = 2 in the demo, so that a walk with the dev accounts reaches it; the runtime's
		// default (5) holds elsewhere until the council sets another.
		min_cohort_floor: Some(2),
	}
}

/// A genesis state from its parts.
fn genesis(
	validators: Vec<Validator>,
	endowed: Vec<AccountId>,
	sudo: Option<AccountId>,
	council: Vec<AccountId>,
	registry: Registry,
) -> Value {
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig {
			balances: endowed.into_iter().map(|account| (account, DEV_ENDOWMENT)).collect(),
		},
		validator_set: ValidatorSetConfig {
			initial_validators: validators.iter().map(|v| v.stash.clone()).collect::<Vec<_>>(),
		},
		session: SessionConfig {
			keys: validators
				.into_iter()
				.map(|v| (v.stash.clone(), v.stash, v.keys))
				.collect::<Vec<_>>(),
		},
		sudo: SudoConfig { key: sudo },
		council_membership: CouncilMembershipConfig {
			members: council.try_into().expect("the council fits MaxMembers"),
		},
		organizations: OrganizationsConfig {
			organizations: registry.organizations,
			members: registry.members,
		},
		consent: ConsentConfig { patients: registry.patients, consents: registry.consents },
		records: RecordsConfig { records: registry.records },
		claims: ClaimsConfig { plans: registry.plans, enrollments: registry.enrollments },
		research: ResearchConfig {
			studies: registry.studies,
			profiles: registry.profiles,
			broad_consents: registry.broad_consents,
			attestations: registry.attestations,
			min_cohort_floor: registry.min_cohort_floor,
		},
	})
}

/// The well-known dev accounts (Alice … Ferdie and their `//stash` accounts), all endowed.
fn dev_accounts() -> Vec<AccountId> {
	Sr25519Keyring::well_known().map(|k| k.to_account_id()).collect()
}

/// The council of the presets: Alice, Bob and Charlie (representatives of the hospital, the
/// insurer and the research institute).
fn dev_council() -> Vec<AccountId> {
	[Sr25519Keyring::Alice, Sr25519Keyring::Bob, Sr25519Keyring::Charlie]
		.into_iter()
		.map(|k| k.to_account_id())
		.collect()
}

/// The `development` preset.
pub fn development_config_genesis() -> Value {
	genesis(
		vec![alice()],
		dev_accounts(),
		Some(Sr25519Keyring::Alice.to_account_id()),
		dev_council(),
		demo_registry(),
	)
}

/// The four validators of the multi-validator presets: the stash accounts of Alice, Bob,
/// Charlie and Dave with their dev session keys.
fn four_validators() -> Vec<Validator> {
	use Sr25519Keyring as Sr;
	vec![
		alice(),
		dev_validator(Sr::BobStash, Sr::Bob, Ed25519Keyring::Bob),
		dev_validator(Sr::CharlieStash, Sr::Charlie, Ed25519Keyring::Charlie),
		dev_validator(Sr::DaveStash, Sr::Dave, Ed25519Keyring::Dave),
	]
}

/// The council of the multi-validator presets: one representative per founding organization,
/// the admins of the demo hospital (Alice), insurer (Bob), research institute (Charlie) and
/// ethics board (Eve). Four seats: three quarters is three of them.
fn consortium_council() -> Vec<AccountId> {
	use Sr25519Keyring::*;
	[Alice, Bob, Charlie, Eve].into_iter().map(|k| k.to_account_id()).collect()
}

/// The `local_testnet` preset: four validators, the consortium council of four, the demo
/// registry, and no sudo key (Root only through three quarters of the council).
pub fn local_config_genesis() -> Value {
	genesis(four_validators(), dev_accounts(), None, consortium_council(), demo_registry())
}

/// The `consortium` preset: the template of a production genesis. Four validators, a council of
/// four founding organizations' representatives who are also those organizations' admins, the
/// four founding organizations (no members, patients or data), no sudo key, and tokens only for
/// the accounts that act at genesis (the council, the validators' stashes). An operator replaces
/// the dev keys with the consortium's own (README, "Governance").
pub fn consortium_config_genesis() -> Value {
	let founders = demo_registry().organizations;
	let validators = four_validators();
	let mut endowed = consortium_council();
	endowed.extend(validators.iter().map(|v| v.stash.clone()));
	genesis(
		validators,
		endowed,
		None,
		consortium_council(),
		Registry {
			organizations: founders,
			members: vec![],
			patients: vec![],
			consents: vec![],
			records: vec![],
			plans: vec![],
			enrollments: vec![],
			studies: vec![],
			profiles: vec![],
			broad_consents: vec![],
			attestations: vec![],
			min_cohort_floor: None,
		},
	)
}

/// The name of the `consortium` preset.
pub const CONSORTIUM_PRESET: &str = "consortium";

/// The JSON patch of the named preset, or `None` for an unknown name.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		sp_genesis_builder::DEV_RUNTIME_PRESET => development_config_genesis(),
		sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET => local_config_genesis(),
		CONSORTIUM_PRESET => consortium_config_genesis(),
		_ => return None,
	};
	serde_json::to_string(&patch).ok().map(String::into_bytes)
}

/// The names of the presets this runtime offers.
pub fn preset_names() -> Vec<PresetId> {
	vec![
		PresetId::from(sp_genesis_builder::DEV_RUNTIME_PRESET),
		PresetId::from(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET),
		PresetId::from(CONSORTIUM_PRESET),
	]
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::tests::build;

	/// Council members are kept sorted.
	fn sorted(mut accounts: Vec<AccountId>) -> Vec<AccountId> {
		accounts.sort();
		accounts
	}

	#[test]
	fn development_preset_has_one_validator_a_council_and_the_demo_registry() {
		build(development_config_genesis()).execute_with(|| {
			let alice_stash = Sr25519Keyring::AliceStash.to_account_id();
			assert_eq!(crate::Session::validators(), vec![alice_stash.clone()]);
			assert_eq!(crate::ValidatorSet::validators(), vec![alice_stash]);
			assert_eq!(pallet_aura::Authorities::<crate::Runtime>::get().len(), 1);
			assert_eq!(crate::Grandpa::grandpa_authorities().len(), 1);
			assert_eq!(
				pallet_collective::Members::<crate::Runtime, pallet_collective::Instance1>::get()
					.len(),
				3
			);
			assert_eq!(pallet_organizations::Organizations::<crate::Runtime>::count(), 4);
			use healthchain_primitives::OrganizationInspect;
			assert!(crate::Organizations::has_role(
				0,
				&Sr25519Keyring::Dave.to_account_id(),
				OrganizationKind::Provider,
				Role::Clinician
			));
			crate::Organizations::do_try_state().expect("demo registry is consistent");
		});
	}

	#[test]
	fn development_preset_has_demo_patients_whose_consents_evaluate() {
		use healthchain_primitives::{Action, DataCategory, Decision, DenyReason, Purpose};
		build(development_config_genesis()).execute_with(|| {
			let grace = AccountId::from(GRACE);
			let ferdie = Sr25519Keyring::Ferdie.to_account_id();
			assert!(crate::System::account_exists(&grace), "onboarded without tokens");
			assert_eq!(crate::Balances::free_balance(&grace), 0);
			assert_eq!(crate::Consent::consents_of(&ferdie).consents.len(), 2);
			assert_eq!(crate::Consent::consents_of(&grace).consents.len(), 2);
			let eval = |who, org, purpose, category| {
				crate::Consent::evaluate(who, org, purpose, category, Action::Read, 1)
			};
			assert!(matches!(
				eval(&grace, 0, Purpose::Treatment, DataCategory::MentalHealth),
				Decision::Permit(_)
			));
			assert_eq!(
				eval(&ferdie, 0, Purpose::Treatment, DataCategory::MentalHealth),
				Decision::Deny(DenyReason::CategoryNotCovered)
			);
			assert!(matches!(
				eval(&grace, 2, Purpose::Research, DataCategory::Genomics),
				Decision::Permit(_)
			));
			crate::Consent::do_try_state().expect("demo consents are consistent");
			let records = crate::Records::records_of(&ferdie, None, 10);
			assert_eq!((records.items.len(), records.next_cursor), (2, None));
			assert!(records
				.items
				.iter()
				.all(|r| r.value.organization == Some(0) && r.value.version == 1));
			crate::Records::do_try_state().expect("demo records are consistent");
			let plan = crate::Claims::plan(0).expect("the demo plan");
			assert_eq!((plan.plan.payer, plan.terms.rules.len()), (1, 4));
			assert_eq!(plan.held, 100_000 * UNIT);
			let limit = crate::Claims::remaining_annual_limit(0, &ferdie).expect("enrolled");
			assert_eq!((limit.remaining, limit.enrolled), (10_000 * UNIT, true));
			crate::Claims::do_try_state().expect("the demo plan is consistent");
			let study = pallet_research::Studies::<crate::Runtime>::get(0).expect("the demo study");
			assert_eq!((study.status, study.cohort), (pallet_research::StudyStatus::Active, 1));
			crate::Research::do_try_state().expect("the demo study is consistent");
		});
	}

	/// With the genesis clock the node gives the dev and local specs, the demo data is dated
	/// at genesis, not in 1970 (security review L-10).
	#[test]
	fn the_genesis_clock_dates_the_demo_data() {
		const GENESIS: u64 = 1_796_000_000_000; // 2026-11-30
		let mut preset = development_config_genesis();
		crate::tests::json_merge(
			&mut preset,
			serde_json::json!({ "genesisClock": { "now": GENESIS } }),
		);
		build(preset).execute_with(|| {
			assert_eq!(pallet_timestamp::Now::<crate::Runtime>::get(), GENESIS);
			let study = pallet_research::Studies::<crate::Runtime>::get(0).expect("the study");
			assert_eq!(study.registered_at, GENESIS);
			let ferdie = Sr25519Keyring::Ferdie.to_account_id();
			let membership = pallet_claims::Enrollments::<crate::Runtime>::get(0, &ferdie);
			assert_eq!(membership.map(|m| m.periods[0].since), Some(GENESIS));
			let grace = AccountId::from(GRACE);
			assert!(crate::Consent::consents_of(&grace).consents.iter().all(|c| c
				.value
				.terms
				.valid_from
				== Some(GENESIS)));
		});
		// Without it (the consortium's spec, edited by hand), the clock stays at 0.
		build(development_config_genesis()).execute_with(|| {
			assert_eq!(pallet_timestamp::Now::<crate::Runtime>::get(), 0);
		});
	}

	/// The consent pallet tells the research pallet of a revocation (`OnRevoke`): Grace, counted
	/// in the demo study on her broad consent, revokes her research consent to the institute
	/// and no longer counts (security review M-2).
	#[test]
	fn revoking_the_research_consent_ends_the_broad_consent_participation() {
		build(development_config_genesis()).execute_with(|| {
			crate::System::set_block_number(1);
			let grace = AccountId::from(GRACE);
			let cohort = || pallet_research::Studies::<crate::Runtime>::get(0).map(|s| s.cohort);
			assert_eq!(cohort(), Some(1));
			let research_consent = crate::Consent::consents_of(&grace)
				.consents
				.into_iter()
				.find(|c| c.value.organization == 2)
				.expect("Grace's research consent to the institute")
				.id;
			let call = pallet_consent::Call::<crate::Runtime>::revoke_consent {
				consent: research_consent,
			};
			let declared = frame_support::dispatch::GetDispatchInfo::get_dispatch_info(&call);
			let info = crate::Consent::revoke_consent(
				crate::RuntimeOrigin::signed(grace.clone()),
				research_consent,
			)
			.expect("revoked");
			assert_eq!(cohort(), Some(0));
			// Charged for the one study walked, not for the most a patient can be in.
			let actual = info.actual_weight.expect("the actual weight is reported");
			assert!(actual.ref_time() < declared.call_weight.ref_time(), "refunded");
			assert!(!pallet_research::Participants::<crate::Runtime>::contains_key(0, &grace));
			crate::Research::do_try_state().expect("consistent after the revocation");
		});
	}

	#[test]
	fn a_guardian_manages_consents_through_a_consent_proxy_and_nothing_else() {
		use frame_support::{assert_ok, traits::UnfilteredDispatchable};
		use pallet_consent::{Action, ActionSet, CategorySet, DataCategory, Purpose, PurposeSet};
		use sp_runtime::traits::Dispatchable;
		build(development_config_genesis()).execute_with(|| {
			crate::System::set_block_number(1);
			let (patient, guardian) =
				(Sr25519Keyring::Ferdie.to_account_id(), Sr25519Keyring::Eve.to_account_id());
			let origin = |who: &AccountId| crate::RuntimeOrigin::signed(who.clone());
			assert_ok!(crate::Proxy::add_proxy(
				origin(&patient),
				guardian.clone().into(),
				crate::configs::ProxyType::Consent,
				0
			));
			let grant = crate::RuntimeCall::Consent(pallet_consent::Call::grant_consent {
				organization: 2,
				terms: pallet_consent::ConsentTerms::new(
					PurposeSet::from_items(&[Purpose::Research]),
					CategorySet::from_items(&[DataCategory::Genomics]),
					ActionSet::from_items(&[Action::Read]),
					sp_core::H256::repeat_byte(5),
				),
			});
			let via_guardian = |call: crate::RuntimeCall| {
				crate::RuntimeCall::Proxy(pallet_proxy::Call::proxy {
					real: patient.clone().into(),
					force_proxy_type: None,
					call: alloc::boxed::Box::new(call),
				})
			};
			assert_ok!(via_guardian(grant).dispatch(origin(&guardian)));
			assert_eq!(
				crate::Consent::consents_of(&patient).consents.len(),
				3,
				"granted for the patient"
			);
			assert!(crate::Consent::consents_of(&guardian).consents.is_empty());

			// A transfer through the same proxy is filtered out: the call itself fails inside.
			let transfer =
				crate::RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
					dest: guardian.clone().into(),
					value: UNIT,
				});
			let before = crate::Balances::free_balance(&patient);
			assert_ok!(via_guardian(transfer).dispatch_bypass_filter(origin(&guardian)));
			crate::System::assert_last_event(
				pallet_proxy::Event::ProxyExecuted {
					result: Err(frame_system::Error::<crate::Runtime>::CallFiltered.into()),
				}
				.into(),
			);
			assert_eq!(crate::Balances::free_balance(&patient), before);
		});
	}

	#[test]
	fn local_testnet_preset_has_four_validators_the_demo_registry_a_council_of_four_and_no_sudo() {
		build(local_config_genesis()).execute_with(|| {
			assert_eq!(crate::Session::validators().len(), 4);
			assert_eq!(pallet_aura::Authorities::<crate::Runtime>::get().len(), 4);
			assert_eq!(crate::Grandpa::grandpa_authorities().len(), 4);
			assert_eq!(pallet_sudo::Key::<crate::Runtime>::get(), None);
			assert_eq!(
				pallet_collective::Members::<crate::Runtime, pallet_collective::Instance1>::get(),
				sorted(consortium_council())
			);
			assert_eq!(pallet_organizations::Organizations::<crate::Runtime>::count(), 4);
			assert_eq!(
				crate::Records::records_of(&Sr25519Keyring::Ferdie.to_account_id(), None, 10)
					.items
					.len(),
				2
			);
		});
	}

	#[test]
	fn consortium_preset_has_the_founders_their_council_and_no_sudo_nor_demo_data() {
		build(consortium_config_genesis()).execute_with(|| {
			assert_eq!(crate::Session::validators().len(), 4);
			assert_eq!(pallet_sudo::Key::<crate::Runtime>::get(), None);
			assert_eq!(
				pallet_collective::Members::<crate::Runtime, pallet_collective::Instance1>::get(),
				sorted(consortium_council())
			);
			assert_eq!(pallet_organizations::Organizations::<crate::Runtime>::count(), 4);
			assert_eq!(pallet_organizations::Members::<crate::Runtime>::iter().count(), 0);
			assert_eq!(pallet_consent::Consents::<crate::Runtime>::iter().count(), 0);
			assert_eq!(pallet_records::Records::<crate::Runtime>::iter().count(), 0);
			assert_eq!(
				crate::Balances::free_balance(Sr25519Keyring::Ferdie.to_account_id()),
				0,
				"only the council and the validators hold tokens"
			);
			assert!(preset_names().contains(&PresetId::from(CONSORTIUM_PRESET)));
			assert!(get_preset(&PresetId::from(CONSORTIUM_PRESET)).is_some());
		});
	}

	#[test]
	fn chain_properties_constants_agree() {
		use frame_support::traits::Get;
		assert_eq!(
			<<crate::Runtime as frame_system::Config>::SS58Prefix as Get<u16>>::get(),
			crate::SS58_PREFIX
		);
		assert_eq!(crate::UNIT, 10u128.pow(crate::TOKEN_DECIMALS as u32));
	}
}
