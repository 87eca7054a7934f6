//! Records exchanged between two providers' gateways, against a real development node: each
//! provider has its own gateway and its own FHIR server (`healthchain-synthetic-fhir`); the
//! hospital (organization 0, the holder) writes Ferdie's records through its gateway, which
//! anchors them; a second provider (the requester), registered on chain by governance, reads
//! them through its own gateway's record locator and `$everything`, with Ferdie's consent.
//!
//! Checked: the located and fetched records are exactly those the consent covers; each is
//! verified against its anchored commitment; every read the holder served is on chain in the
//! reader's name (and the requester's own reads too); a record the consent does not cover is
//! withheld; a document altered at the holder is refused by the requester; and the holder
//! refuses a request signed by a removed member, a forged or replayed one, and one for another
//! holder or too old.
//!
//! Needs the node binary, like `tests/proxy.rs`; `scripts/test.sh` runs these with
//! `--features node-tests`.
#![cfg(feature = "node-tests")]

mod common;

use std::{path::Path, sync::Arc, time::Duration};

use codec::Encode;
use common::{account, serve_gateway, submit_finalized as submit, synthetic_fhir, Node, Serving};
use healthchain_gateway::{
	chain::{runtime, ChainConfig},
	exchange::{self, HolderConfig, SignedRequest},
	keystore::Keystore,
	outbox::OutboxCounts,
	proxy::UPSTREAM_PATIENT_SYSTEM,
	store::Store,
};
use healthchain_primitives::{CategorySet, DataCategory, Purpose, PurposeSet};
use pallet_consent::DisclosureRequest;
use serde_json::{json, Value};
use subxt::OnlineClient;
use subxt_signer::sr25519::{dev, Keypair};

const KEYSTORE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/keystore");
const PASSPHRASE: &str = "healthchain-test-passphrase";
/// Dave's API key at the hospital's gateway (he writes the records there).
const DAVE_KEY: &str = "dave-ehr-0123456789abcdef0123456789abcdef";
/// Eve's API key at the second provider's gateway (she reads them there).
const EVE_KEY: &str = "eve-clinic-0123456789abcdef0123456789abcdef";
/// The hospital.
const HOSPITAL: u32 = 0;

/// Waits until `store`'s reads and anchors are all settled on chain (90 s at most).
async fn settled(store: &Store) -> (OutboxCounts, OutboxCounts) {
	for _ in 0..450 {
		let (reads, anchors) = (store.outbox_counts().unwrap(), store.anchor_counts().unwrap());
		if reads.unbatched + reads.in_flight + anchors.unbatched + anchors.in_flight == 0 {
			return (reads, anchors);
		}
		tokio::time::sleep(Duration::from_millis(200)).await;
	}
	panic!("still not on chain after 90 s: {:?}", store.outbox_counts().unwrap());
}

/// `GET <base>/fhir/<path>` with `key` for treatment: status, redacted header, body.
async fn get(base: &str, key: &str, path: &str) -> (u16, Option<u64>, Value) {
	let http = reqwest::Client::new();
	let (status, redacted, body) =
		common::get_fhir(&http, base, key, path, Some("TREAT"), &[]).await;
	(status, redacted, body.unwrap_or(Value::Null))
}

/// The resources of a Bundle's `match` entries.
fn matches(bundle: &Value) -> Vec<&Value> {
	bundle["entry"]
		.as_array()
		.unwrap_or_else(|| panic!("not a Bundle: {bundle}"))
		.iter()
		.filter(|entry| entry["search"]["mode"] == "match")
		.map(|entry| &entry["resource"])
		.collect()
}

/// The withheld notes of a Bundle: (reason code, text) of its `OperationOutcome` entry.
fn withheld(bundle: &Value) -> Vec<(String, String)> {
	bundle["entry"]
		.as_array()
		.unwrap()
		.iter()
		.filter(|entry| entry["search"]["mode"] == "outcome")
		.flat_map(|entry| entry["resource"]["issue"].as_array().cloned().unwrap_or_default())
		.map(|issue| {
			(
				issue["details"]["coding"][0]["code"].as_str().unwrap_or_default().to_string(),
				issue["details"]["text"]
					.as_str()
					.or(issue["diagnostics"].as_str())
					.unwrap_or_default()
					.to_string(),
			)
		})
		.collect()
}

/// A provenance field of a `$everything` entry.
fn provenance<'a>(entry: &'a Value, field: &str) -> &'a Value {
	let extension = entry["extension"]
		.as_array()
		.and_then(|list| list.iter().find(|e| e["url"] == exchange::PROVENANCE_EXTENSION))
		.unwrap_or_else(|| panic!("no provenance on {entry}"));
	let field = extension["extension"]
		.as_array()
		.unwrap()
		.iter()
		.find(|e| e["url"] == field)
		.unwrap_or_else(|| panic!("no {field} in {extension}"));
	field.as_object().unwrap().iter().find(|(k, _)| k.starts_with("value")).unwrap().1
}

/// A lab result (or a medication request) for Ferdie, written through a gateway.
fn lab(value: f64) -> Value {
	json!({
		"resourceType": "Observation",
		"status": "final",
		"category": [{ "coding": [{ "system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "laboratory" }] }],
		"code": { "coding": [{ "system": "http://loinc.org", "code": "2345-7", "display": "Glucose" }] },
		"subject": { "reference": "Patient/ferdie" },
		"valueQuantity": { "value": value, "unit": "mmol/L", "system": "http://unitsofmeasure.org", "code": "mmol/L" }
	})
}

fn medication() -> Value {
	json!({
		"resourceType": "MedicationRequest",
		"status": "active",
		"intent": "order",
		"medicationCodeableConcept": { "coding": [{ "system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "860975" }] },
		"subject": { "reference": "Patient/ferdie" }
	})
}

/// Dave writes `resource` through the hospital's gateway; the stored resource.
async fn write(base: &str, resource: &Value) -> Value {
	let (status, _, stored) =
		common::post_resource(&reqwest::Client::new(), base, DAVE_KEY, resource).await;
	assert_eq!(status, 201, "{stored}");
	stored
}

/// A request by `reader` (of `organization`) for Ferdie's record `commitment` at the hospital,
/// signed by `signer` on the chain of `genesis`.
fn signed_request(
	genesis: &[u8; 32],
	reader: &Keypair,
	organization: u32,
	commitment: [u8; 32],
	issued_at: u64,
	signer: &Keypair,
) -> SignedRequest {
	let request = DisclosureRequest {
		holder: HOSPITAL,
		reader: account(reader),
		organization,
		patient: account(&dev::ferdie()),
		purpose: Purpose::Treatment,
		category: DataCategory::LabResults,
		record: commitment.into(),
		issued_at,
		nonce: rand::random(),
	};
	exchange::sign(genesis, &request, signer)
}

/// Posts a signed request straight to the hospital's gateway: status and the refusal's text.
async fn ask_hospital(base: &str, request: &SignedRequest) -> (u16, String) {
	let response = reqwest::Client::new()
		.post(format!("{base}{}", exchange::FETCH_PATH))
		.json(request)
		.send()
		.await
		.unwrap();
	let status = response.status().as_u16();
	let body: Value = response.json().await.unwrap_or(Value::Null);
	(status, body["issue"][0]["diagnostics"].as_str().unwrap_or_default().to_string())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_clinician_sees_another_providers_records_verified_and_logged() {
	let node = Node::start();
	let (_fhir_a, fhir_a) = synthetic_fhir().await;
	let (_fhir_b, fhir_b) = synthetic_fhir().await;
	let ferdie = account(&dev::ferdie());
	let eve = account(&dev::eve());

	// The hospital's gateway: Dave writes through it; Alice, its privacy officer, records on
	// chain what it serves to other organizations.
	let store_a = Arc::new(Store::in_memory().unwrap());
	store_a.map_patient(UPSTREAM_PATIENT_SYSTEM, "ferdie", &ferdie).unwrap();
	store_a.add_api_key("dave@hospital", DAVE_KEY, &account(&dev::dave()), HOSPITAL).unwrap();
	let keystore_a = Keystore::open(Path::new(KEYSTORE), PASSPHRASE).unwrap();
	let holder = HolderConfig { organization: HOSPITAL, member: account(&dev::alice()) };
	let a: Serving = serve_gateway(&node, store_a, keystore_a, &fhir_a, Some(holder)).await;
	let client = OnlineClient::<ChainConfig>::from_url(&node.url).await.unwrap();

	// A second provider, registered by governance (sudo on the dev chain), administered by Bob,
	// with Eve as its clinician; both gateways' URLs registered on chain by their admins.
	let clinic = {
		let head = a.chain.head().unwrap();
		let next = runtime::storage().organizations().next_organization_id();
		head.at.storage().fetch(next, ()).await.unwrap().decode().unwrap()
	};
	use runtime::runtime_types::healthchain_primitives::organizations::OrganizationKind;
	let register = runtime::runtime_types::healthchain_runtime::RuntimeCall::Organizations(
		runtime::runtime_types::pallet_organizations::pallet::Call::register_organization {
			kind: OrganizationKind::Provider,
			admin: account(&dev::bob()),
			metadata_hash: subxt::utils::H256([3; 32]),
		},
	);
	submit(&client, &runtime::transactions().sudo().sudo(register), &dev::alice()).await;
	let add_eve = runtime::transactions().organizations().add_member(
		clinic,
		eve.clone(),
		runtime::runtime_types::healthchain_primitives::organizations::RoleSet(
			healthchain_primitives::RoleSet::from_items(&[healthchain_primitives::Role::Clinician])
				.0,
		),
		None,
	);
	submit(&client, &add_eve, &dev::bob()).await;

	let store_b = Arc::new(Store::in_memory().unwrap());
	store_b.map_patient(UPSTREAM_PATIENT_SYSTEM, "ferdie", &ferdie).unwrap();
	store_b.add_api_key("eve@clinic", EVE_KEY, &eve, clinic).unwrap();
	let keystore_b = Keystore::from_pairs([dev::eve()]);
	let b: Serving = serve_gateway(&node, store_b, keystore_b, &fhir_b, None).await;
	let endpoint = |base: &str| {
		runtime::runtime_types::bounded_collections::bounded_vec::BoundedVec(
			base.as_bytes().to_vec(),
		)
	};
	let set_a =
		runtime::transactions().organizations().set_endpoint(HOSPITAL, Some(endpoint(&a.base)));
	submit(&client, &set_a, &dev::alice()).await;
	let set_b =
		runtime::transactions().organizations().set_endpoint(clinic, Some(endpoint(&b.base)));
	submit(&client, &set_b, &dev::bob()).await;

	// Ferdie consents to the second provider reading his lab results for treatment (not his
	// medications).
	type Terms = runtime::runtime_types::pallet_consent::types::ConsentTerms;
	use runtime::runtime_types::healthchain_primitives::consent::{
		ActionSet, CategorySet as ChainCategories, PurposeSet as ChainPurposes,
	};
	let labs_only = Terms {
		purposes: ChainPurposes(PurposeSet::from_items(&[Purpose::Treatment]).0),
		categories: ChainCategories(CategorySet::from_items(&[DataCategory::LabResults]).0),
		actions: ActionSet(1),
		valid_from: None,
		valid_until: None,
		max_accesses: None,
		erase_by: None,
		document_hash: subxt::utils::H256([7; 32]),
	};
	let grant = runtime::transactions().consent().grant_consent(clinic, labs_only);
	let granted_at = submit(&client, &grant, &dev::ferdie()).await;

	// The hospital writes two lab results and a medication request: anchored on chain.
	let glucose = write(&a.base, &lab(5.4)).await;
	let potassium = write(&a.base, &lab(4.1)).await;
	let metformin = write(&a.base, &medication()).await;
	let (_, anchors) = settled(&a.store).await;
	assert_eq!((anchors.recorded, anchors.failed), (3, 0), "{anchors:?}");
	common::wait_for_block(&b.chain, granted_at).await;

	// The record locator at the second provider: the hospital's lab results (the two written
	// now, and Ferdie's demo lab result anchored at genesis), not the medication request; each
	// with its holder, commitment and where to fetch it.
	let commitment_of = |resource_type: &str, resource: &Value| {
		let id = resource["id"].as_str().unwrap();
		let kept = a.store.anchor_of(resource_type, id).unwrap().unwrap();
		kept.anchor.commitment
	};
	let hex_of = |commitment: [u8; 32]| format!("0x{}", hex::encode(commitment));
	let (status, _, located) = get(&b.base, EVE_KEY, "DocumentReference?patient=ferdie").await;
	assert_eq!(status, 200, "{located}");
	let elsewhere: Vec<&Value> = matches(&located)
		.into_iter()
		.filter(|r| r["custodian"]["identifier"]["value"] == HOSPITAL.to_string())
		.collect();
	let listed: Vec<&str> =
		elsewhere.iter().map(|r| r["masterIdentifier"]["value"].as_str().unwrap()).collect();
	for written in [&glucose, &potassium] {
		assert!(
			listed.contains(&hex_of(commitment_of("Observation", written)).as_str()),
			"{located}"
		);
	}
	assert!(!listed.contains(&hex_of(commitment_of("MedicationRequest", &metformin)).as_str()));
	for reference in &elsewhere {
		assert_eq!(reference["category"][0]["coding"][0]["code"], "LabResults", "{reference}");
		assert_eq!(
			reference["content"][0]["attachment"]["url"],
			format!("{}{}", a.base, exchange::FETCH_PATH)
		);
	}
	let glucose_reference = elsewhere
		.iter()
		.find(|r| r["masterIdentifier"]["value"] == hex_of(commitment_of("Observation", &glucose)))
		.unwrap();
	assert_eq!(glucose_reference["type"]["coding"][0]["code"], "Observation");

	// The potassium result is altered at the hospital, straight in its FHIR server.
	let mut altered = potassium.clone();
	altered["valueQuantity"]["value"] = 6.9.into();
	let response = reqwest::Client::new()
		.put(format!("{fhir_a}/Observation/{}", potassium["id"].as_str().unwrap()))
		.json(&altered)
		.send()
		.await
		.unwrap();
	assert_eq!(response.status().as_u16(), 200);

	// $everything at the second provider: its own lab results (its FHIR server, through its
	// proxy), the hospital's glucose result fetched and verified with its provenance; the
	// altered potassium result refused, the medication request withheld, each with the reason.
	let (status, _, everything) = get(&b.base, EVE_KEY, "Patient/ferdie/$everything").await;
	assert_eq!(status, 200, "{everything}");
	let entries = everything["entry"].as_array().unwrap();
	let fetched: Vec<&Value> = entries
		.iter()
		.filter(|entry| entry["fullUrl"].as_str().unwrap_or_default().starts_with(&a.base))
		.collect();
	assert_eq!(fetched.len(), 1, "{everything}");
	let entry = fetched[0];
	assert_eq!(entry["resource"]["id"], glucose["id"], "{entry}");
	assert_eq!(entry["resource"]["valueQuantity"]["value"], 5.4);
	assert_eq!(provenance(entry, "verified"), true);
	assert_eq!(provenance(entry, "holder")["identifier"]["value"], HOSPITAL.to_string());
	let reasons = withheld(&everything);
	let altered_note = reasons.iter().find(|(code, _)| code == "Altered");
	assert!(altered_note.is_some_and(|(_, text)| text.contains("refused")), "{reasons:?}");
	assert!(
		reasons
			.iter()
			.any(|(code, text)| code == "CategoryNotCovered" && text.contains("Medications")),
		"{reasons:?}"
	);
	assert!(
		!entries.iter().any(|e| e["resource"]["id"] == metformin["id"]),
		"the medication request is not served"
	);
	let own: Vec<&Value> = matches(&everything)
		.into_iter()
		.filter(|r| r["resourceType"] == "Observation" && r["id"] == "ferdie-hba1c")
		.collect();
	assert_eq!(own.len(), 1, "the clinic's own lab result: {everything}");

	// Both reads are on chain, in Eve's name for the clinic: the two the hospital served (the
	// glucose result, and the potassium result it served altered) recorded by the hospital's
	// gateway with Eve's signed requests; and the clinic's own read of its lab results.
	let (a_reads, _) = settled(&a.store).await;
	let (b_reads, _) = settled(&b.store).await;
	assert_eq!((a_reads.recorded, a_reads.failed), (2, 0), "{a_reads:?}");
	assert_eq!(b_reads.failed, 0, "{b_reads:?}");
	assert!(b_reads.recorded >= 1, "{b_reads:?}");
	let head = b.chain.head().unwrap();
	let (log, _) = head.access_log(&ferdie, None, 1000).await.unwrap();
	let evs: Vec<_> = log
		.iter()
		.filter(|item| item.entry.accessor == eve && item.entry.organization == clinic)
		.collect();
	assert_eq!(evs.len() as u64, a_reads.recorded + b_reads.recorded, "{log:?}");
	assert!(evs.iter().all(|item| format!("{:?}", item.entry.category) == "Some(LabResults)"));

	// The holder's own checks, against requests sent straight to it.
	let genesis = head.genesis.0;
	let commitment = |resource: &Value| commitment_of("Observation", resource);
	let now = common::now_ms();
	let eve_pair = dev::eve();
	// A request signed by someone else than its reader (Ferdie forging Eve's): refused.
	let forged =
		signed_request(&genesis, &eve_pair, clinic, commitment(&glucose), now, &dev::ferdie());
	let (status, reason) = ask_hospital(&a.base, &forged).await;
	assert_eq!(status, 401, "{reason}");
	assert!(reason.starts_with("BadSignature"), "{reason}");
	// Replayed: served once, refused the second time.
	let fresh = signed_request(&genesis, &eve_pair, clinic, commitment(&glucose), now, &eve_pair);
	assert_eq!(ask_hospital(&a.base, &fresh).await.0, 200);
	let (status, reason) = ask_hospital(&a.base, &fresh).await;
	assert_eq!(status, 409, "{reason}");
	assert!(reason.starts_with("RequestReplayed"), "{reason}");
	// Too old.
	let stale = signed_request(
		&genesis,
		&eve_pair,
		clinic,
		commitment(&glucose),
		now - exchange::MAX_REQUEST_AGE_MS - 1_000,
		&eve_pair,
	);
	let (status, reason) = ask_hospital(&a.base, &stale).await;
	assert_eq!(status, 403, "{reason}");
	assert!(reason.starts_with("RequestNotCurrent"), "{reason}");
	// Ahead of the holder's clock by more than it allows (the chain would refuse it later).
	let ahead =
		signed_request(&genesis, &eve_pair, clinic, commitment(&glucose), now + 30_000, &eve_pair);
	let (status, reason) = ask_hospital(&a.base, &ahead).await;
	assert_eq!(status, 403, "{reason}");
	assert!(reason.starts_with("RequestNotCurrent"), "{reason}");
	// For a record the consent does not cover (asked under the wrong category, then as is).
	let medication_request = DisclosureRequest {
		holder: HOSPITAL,
		reader: eve.clone(),
		organization: clinic,
		patient: ferdie.clone(),
		purpose: Purpose::Treatment,
		category: DataCategory::Medications,
		record: commitment_of("MedicationRequest", &metformin).into(),
		issued_at: now,
		nonce: 1,
	};
	let (status, reason) =
		ask_hospital(&a.base, &exchange::sign(&genesis, &medication_request, &eve_pair)).await;
	assert_eq!(status, 403, "{reason}");
	assert!(reason.starts_with("CategoryNotCovered"), "{reason}");
	let mislabelled =
		DisclosureRequest { category: DataCategory::LabResults, nonce: 2, ..medication_request };
	let (status, reason) =
		ask_hospital(&a.base, &exchange::sign(&genesis, &mislabelled, &eve_pair)).await;
	assert_eq!(status, 403, "{reason}");
	assert!(reason.starts_with("WrongCategory"), "{reason}");
	// Not a request encoding.
	let garbage = SignedRequest {
		request: format!("0x{}", hex::encode(42u8.encode())),
		signature: fresh.signature.clone(),
	};
	assert_eq!(ask_hospital(&a.base, &garbage).await.0, 400);

	// Every read the hospital served so far is on chain (the two of $everything, the fresh
	// request above); the refused requests left nothing.
	let (a_reads, _) = settled(&a.store).await;
	assert_eq!((a_reads.recorded, a_reads.failed), (3, 0), "{a_reads:?}");

	// Eve is removed from the clinic: a request she signs now is refused by the holder.
	let remove = runtime::transactions().organizations().remove_member(clinic, eve.clone());
	let removed_at = submit(&client, &remove, &dev::bob()).await;
	common::wait_for_block(&a.chain, removed_at).await;
	let after = signed_request(
		&genesis,
		&eve_pair,
		clinic,
		commitment(&glucose),
		common::now_ms(),
		&eve_pair,
	);
	let (status, reason) = ask_hospital(&a.base, &after).await;
	assert_eq!(status, 403, "{reason}");
	assert!(reason.starts_with("NotAMember"), "{reason}");
	// Her own gateway withholds everything too: the chain no longer lets her read.
	let (status, _, everything) = get(&b.base, EVE_KEY, "Patient/ferdie/$everything").await;
	assert_eq!(status, 200, "{everything}");
	assert!(
		!everything["entry"]
			.as_array()
			.unwrap()
			.iter()
			.any(|e| e["fullUrl"].as_str().unwrap_or_default().starts_with(&a.base)),
		"{everything}"
	);
	assert!(withheld(&everything).iter().any(|(code, _)| code == "NotAMember"), "{everything}");
	assert_eq!(settled(&a.store).await.0, a_reads, "nothing more was served");
}
