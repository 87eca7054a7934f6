//! The enforcing proxy against a real development node and the synthetic FHIR server
//! (`healthchain-synthetic-fhir`, shipped synthetic patients): reads permitted, redacted,
//! denied, on an emergency access, under a revoked consent; every read served recorded on
//! chain exactly once, also when the gateway is killed with reads in its outbox; writes checked
//! against the write consent, anchored, and proved with `$verify` (also once altered upstream).
//!
//! Needs the node binary, like `tests/node.rs`; `scripts/test.sh` runs these with
//! `--features node-tests`.
#![cfg(feature = "node-tests")]

mod common;

use std::{
	path::{Path, PathBuf},
	process::{Command, Stdio},
	sync::Arc,
	time::Duration,
};

use common::{account, free_port, grace, now_ms, submit, synthetic_fhir, Node, Process};
use healthchain_gateway::{
	chain::{runtime, Chain, ChainAccessLogItem, ChainConfig},
	keystore::Keystore,
	outbox::OutboxCounts,
	proxy::UPSTREAM_PATIENT_SYSTEM,
	store::Store,
};
use serde_json::Value;
use subxt::{utils::AccountId32, OnlineClient};
use subxt_signer::sr25519::dev;

const KEY: &str = "dave-ehr-0123456789abcdef0123456789abcdef";
const KEYSTORE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/keystore");
const PASSPHRASE: &str = "healthchain-test-passphrase";

/// The demo patients by their synthetic server ids, and Dave's API key (organization 0).
fn provision(store: &Store) {
	store.map_patient(UPSTREAM_PATIENT_SYSTEM, "ferdie", &account(&dev::ferdie())).unwrap();
	store.map_patient(UPSTREAM_PATIENT_SYSTEM, "grace", &AccountId32(grace())).unwrap();
	store.add_api_key("dave@ehr", KEY, &account(&dev::dave()), 0).unwrap();
}

/// The gateway with its proxy and recorder in this process.
struct Gateway {
	base: String,
	http: reqwest::Client,
	store: Arc<Store>,
	chain: Chain,
}

impl Gateway {
	async fn start(node: &Node, upstream: &str) -> Self {
		let store = Arc::new(Store::in_memory().unwrap());
		provision(&store);
		let keystore = Keystore::open(Path::new(KEYSTORE), PASSPHRASE).unwrap();
		let serving = common::serve_gateway(node, store, keystore, upstream, None).await;
		Self {
			base: serving.base,
			http: reqwest::Client::new(),
			store: serving.store,
			chain: serving.chain,
		}
	}

	async fn at_least(&self, number: u64) {
		common::wait_for_block(&self.chain, number).await;
	}

	/// Waits until the outbox holds no read that is not settled; its counts.
	async fn settled(&self) -> OutboxCounts {
		settled(&self.store).await
	}
}

async fn settled(store: &Store) -> OutboxCounts {
	settled_as(store, Store::outbox_counts, "reads").await
}

/// Waits until `counts` of `store` show nothing pending (60 s at most); the counts.
async fn settled_as(
	store: &Store,
	counts: fn(&Store) -> Result<OutboxCounts, healthchain_gateway::store::StoreError>,
	what: &str,
) -> OutboxCounts {
	for _ in 0..300 {
		let now = counts(store).unwrap();
		if now.unbatched == 0 && now.in_flight == 0 {
			return now;
		}
		tokio::time::sleep(Duration::from_millis(200)).await;
	}
	panic!("{what} still not on chain after 60 s: {:?}", counts(store).unwrap());
}

/// `POST <base>/fhir/<type>` of `resource` as Dave for treatment: status, headers, body.
async fn post(
	http: &reqwest::Client,
	base: &str,
	resource: &Value,
) -> (u16, reqwest::header::HeaderMap, Value) {
	common::post_resource(http, base, KEY, resource).await
}

/// The `Parameters` of `$verify` by name.
fn parameter<'a>(parameters: &'a Value, name: &str) -> &'a Value {
	let parameter = parameters["parameter"]
		.as_array()
		.unwrap_or_else(|| panic!("not Parameters: {parameters}"))
		.iter()
		.find(|p| p["name"] == name)
		.unwrap_or_else(|| panic!("no {name} in {parameters}"));
	parameter
		.as_object()
		.unwrap()
		.iter()
		.find(|(key, _)| key.starts_with("value"))
		.map(|(_, value)| value)
		.unwrap()
}

/// `GET <base>/fhir/<path>` as Dave with `purpose` (and headers): status, redacted count, body.
async fn get(
	http: &reqwest::Client,
	base: &str,
	path: &str,
	purpose: Option<&str>,
	extra: &[(&str, &str)],
) -> (u16, Option<u64>, Value) {
	let (status, redacted, body) = common::get_fhir(http, base, KEY, path, purpose, extra).await;
	(status, redacted, body.expect("a JSON body"))
}

/// The ids of a Bundle's resources (not its `OperationOutcome` of what was withheld).
fn ids(bundle: &Value) -> Vec<String> {
	bundle["entry"]
		.as_array()
		.unwrap_or_else(|| panic!("not a Bundle: {bundle}"))
		.iter()
		.filter(|e| e["search"]["mode"] != "outcome")
		.map(|e| e["resource"]["id"].as_str().unwrap().to_string())
		.collect()
}

/// The patient's access log on chain at the node's best block.
async fn access_log(chain: &Chain, patient: &AccountId32) -> Vec<ChainAccessLogItem> {
	let head = chain.head().unwrap();
	let (items, _) = head.access_log(patient, None, 200).await.unwrap();
	items
}

/// Entries by Dave in `log`: (category name, basis).
fn daves_reads(log: &[ChainAccessLogItem]) -> Vec<(String, String)> {
	let dave = account(&dev::dave());
	log.iter()
		.filter(|item| item.entry.accessor == dave && item.entry.category.is_some())
		.map(|item| {
			(
				format!("{:?}", item.entry.category.as_ref().unwrap()),
				format!("{:?}", item.entry.basis),
			)
		})
		.collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reads_are_checked_redacted_and_recorded() {
	let node = Node::start();
	let (_upstream, upstream) = synthetic_fhir().await;
	let gateway = Gateway::start(&node, &upstream).await;
	let (http, base) = (&gateway.http, gateway.base.as_str());
	let ferdie = account(&dev::ferdie());

	// No key, a wrong key: 401; no purpose: 400. Nothing reaches the upstream or the outbox.
	let response =
		http.get(format!("{base}/fhir/Observation?patient=ferdie")).send().await.unwrap();
	assert_eq!(response.status().as_u16(), 401);
	assert_eq!(response.headers()["www-authenticate"], "Bearer");
	let response = http
		.get(format!("{base}/fhir/Observation?patient=ferdie"))
		.bearer_auth("x".repeat(40))
		.header("x-purpose-of-use", "TREAT")
		.send()
		.await
		.unwrap();
	assert_eq!(response.status().as_u16(), 401);
	let (status, _, outcome) = get(http, base, "Observation?patient=ferdie", None, &[]).await;
	assert_eq!(status, 400, "{outcome}");
	// A search across patients is refused: the proxy serves nothing it cannot attribute.
	let (status, _, _) = get(http, base, "Observation?code=4548-4", Some("TREAT"), &[]).await;
	assert_eq!(status, 400);

	// Permitted: Ferdie's consent 0 (hospital, treatment, every standard category). Labs and
	// vital signs are served and recorded, one read per category.
	let (status, redacted, bundle) =
		get(http, base, "Observation?patient=ferdie", Some("TREAT"), &[]).await;
	assert_eq!(status, 200, "{bundle}");
	assert_eq!(redacted, Some(0));
	assert_eq!(ids(&bundle), ["ferdie-bp", "ferdie-hba1c"]);

	// The sensitive note is withheld; the visit note is served.
	let (status, redacted, bundle) =
		get(http, base, "DocumentReference?patient=ferdie", Some("TREAT"), &[]).await;
	assert_eq!(status, 200, "{bundle}");
	assert_eq!((redacted, ids(&bundle)), (Some(1), vec!["ferdie-visit-note".to_string()]));
	// Read by id: the PSY note is a 403 naming why; the lab result is served.
	let (status, _, outcome) =
		get(http, base, "DocumentReference/ferdie-psych-note", Some("TREAT"), &[]).await;
	assert_eq!(status, 403, "{outcome}");
	assert!(
		outcome["issue"][0]["diagnostics"].as_str().unwrap().starts_with("CategoryNotCovered"),
		"{outcome}"
	);
	let (status, _, lab) = get(http, base, "Observation/ferdie-hba1c", Some("TREAT"), &[]).await;
	assert_eq!((status, lab["id"].as_str()), (200, Some("ferdie-hba1c")));
	// $everything: everything but the PSY note.
	let (status, redacted, bundle) =
		get(http, base, "Patient/ferdie/$everything", Some("TREAT"), &[]).await;
	assert_eq!(status, 200, "{bundle}");
	assert_eq!(redacted, Some(1));
	assert!(!ids(&bundle).contains(&"ferdie-psych-note".to_string()));
	assert!(ids(&bundle).contains(&"ferdie-chest-xray".to_string()));

	// Every read served is on chain, by Dave, on consent 0.
	let counts = gateway.settled().await;
	assert_eq!(counts.failed, 0, "{counts:?}");
	let reads = daves_reads(&access_log(&gateway.chain, &ferdie).await);
	assert_eq!(reads.len() as u64, counts.recorded, "{reads:?}");
	for category in ["LabResults", "VitalSigns", "ClinicalNotes", "Demographics", "Imaging"] {
		assert!(reads.iter().any(|(c, _)| c == category), "{category} not recorded: {reads:?}");
	}
	assert!(
		reads.iter().all(|(c, basis)| c != "MentalHealth" && basis == "Consent(0)"),
		"{reads:?}"
	);

	// Denied: research is not Dave's role (a clinician) — 403 before the upstream is asked,
	// and nothing recorded.
	let before = gateway.store.outbox_counts().unwrap();
	let (status, _, outcome) =
		get(http, base, "Observation?patient=ferdie", Some("HRESCH"), &[]).await;
	assert_eq!(status, 403, "{outcome}");
	assert!(
		outcome["issue"][0]["diagnostics"].as_str().unwrap().starts_with("MissingRole"),
		"{outcome}"
	);
	// Grace's consent to the hospital is for treatment: emergency treatment is not covered.
	let (status, _, outcome) =
		get(http, base, "Observation?patient=grace", Some("ETREAT"), &[]).await;
	assert_eq!(status, 403, "{outcome}");
	assert_eq!(gateway.store.outbox_counts().unwrap(), before, "a denied read is recorded nowhere");

	// Break-glass: Dave opens an emergency access to Grace; under it the read is served and
	// recorded as emergency (basis Emergency(id)).
	let client = OnlineClient::<ChainConfig>::from_url(&node.url).await.unwrap();
	let open = runtime::transactions().consent().open_emergency_access(
		0,
		AccountId32(grace()),
		runtime::runtime_types::pallet_consent::types::EmergencyReason::PatientIncapacitated,
		subxt::utils::H256([9; 32]),
	);
	let block = submit(&client, &open, &dev::dave()).await;
	gateway.at_least(block).await;
	let (status, _, bundle) = get(
		http,
		base,
		"Observation?patient=grace",
		Some("ETREAT"),
		&[("x-emergency-access", "0")],
	)
	.await;
	assert_eq!(status, 200, "{bundle}");
	assert_eq!(ids(&bundle), ["grace-bp", "grace-hba1c"]);
	gateway.settled().await;
	let reads = daves_reads(&access_log(&gateway.chain, &AccountId32(grace())).await);
	assert!(
		reads.iter().any(|(c, basis)| c == "LabResults" && basis == "Emergency(0)"),
		"{reads:?}"
	);
	// Someone else's emergency id is refused.
	let (status, _, outcome) = get(
		http,
		base,
		"Observation?patient=ferdie",
		Some("ETREAT"),
		&[("x-emergency-access", "0")],
	)
	.await;
	assert_eq!(status, 403, "{outcome}");

	// Revoked: Ferdie revokes consent 0; from the block that includes it, Dave's reads are
	// refused.
	let revoke = runtime::transactions().consent().revoke_consent(0);
	let block = submit(&client, &revoke, &dev::ferdie()).await;
	gateway.at_least(block).await;
	let (status, _, outcome) =
		get(http, base, "Observation?patient=ferdie", Some("TREAT"), &[]).await;
	assert_eq!(status, 403, "{outcome}");
	assert!(
		outcome["issue"][0]["diagnostics"].as_str().unwrap().starts_with("NoConsent"),
		"{outcome}"
	);
}

/// The gateway binary with the proxy, on `database`, recording with the fixture keystore.
fn gateway_process(node: &Node, upstream: &str, database: &Path, port: u16) -> Process {
	let child = Command::new(env!("CARGO_BIN_EXE_healthchain-gateway"))
		.env("HC_GATEWAY_NODE", &node.url)
		.env("HC_GATEWAY_LISTEN", format!("127.0.0.1:{port}"))
		.env("HC_GATEWAY_DATABASE", database)
		.env("HC_GATEWAY_UPSTREAM", upstream)
		.env("HC_GATEWAY_KEYSTORE", KEYSTORE)
		.env("HC_GATEWAY_KEYSTORE_PASSPHRASE", PASSPHRASE)
		// Reads gather for 3 s: a kill right after serving finds them in the outbox.
		.env("HC_GATEWAY_RECORD_INTERVAL_MS", "3000")
		.env("RUST_LOG", "info")
		// tracing writes to stdout.
		.stdout(
			std::fs::File::create(database.with_extension(format!("{}.log", now_ms()))).unwrap(),
		)
		.stderr(Stdio::null())
		.spawn()
		.unwrap();
	Process(child)
}

async fn healthy(http: &reqwest::Client, base: &str) {
	for _ in 0..600 {
		if http.get(format!("{base}/health")).send().await.is_ok_and(|r| r.status().is_success()) {
			return;
		}
		tokio::time::sleep(Duration::from_millis(100)).await;
	}
	panic!("the gateway at {base} did not become healthy");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_gateway_killed_with_reads_in_its_outbox_records_each_exactly_once() {
	let node = Node::start();
	let (_upstream, upstream) = synthetic_fhir().await;
	let dir = tempfile::tempdir().unwrap();
	let database: PathBuf = dir.path().join("gateway.sqlite");
	{
		let store = Store::open(&database).unwrap();
		provision(&store);
	}
	let http = reqwest::Client::new();
	let port = free_port();
	let base = format!("http://127.0.0.1:{port}");
	let mut gateway = gateway_process(&node, &upstream, &database, port);
	healthy(&http, &base).await;

	// 20 reads of labs and vital signs (40 reads, one per category each), then SIGKILL while
	// they wait in the outbox (or in a batch just signed).
	for _ in 0..20 {
		let (status, _, bundle) =
			get(&http, &base, "Observation?patient=ferdie", Some("TREAT"), &[]).await;
		assert_eq!(status, 200, "{bundle}");
	}
	gateway.0.kill().unwrap();
	gateway.0.wait().unwrap();
	let store = Store::open(&database).unwrap();
	let pending = store.outbox_counts().unwrap();
	assert_eq!(
		pending.recorded + pending.failed + pending.unbatched + pending.in_flight,
		40,
		"{pending:?}"
	);
	assert!(pending.recorded < 40, "the kill came too late to test anything: {pending:?}");

	// Restarted, it records what the outbox holds: every read once, none twice.
	gateway = gateway_process(&node, &upstream, &database, port);
	healthy(&http, &base).await;
	let counts = settled(&store).await;
	assert_eq!(counts, OutboxCounts { unbatched: 0, in_flight: 0, recorded: 40, failed: 0 });
	let (chain, _follower) = Chain::follow(node.url.clone(), false, Duration::from_secs(30));
	chain.ready(Duration::from_secs(60)).await.unwrap();
	let log = access_log(&chain, &account(&dev::ferdie())).await;
	let reads = daves_reads(&log);
	if reads.len() != 40 {
		let logs: Vec<String> = std::fs::read_dir(dir.path())
			.unwrap()
			.filter_map(Result::ok)
			.filter(|e| e.path().extension().is_some_and(|x| x == "log"))
			.map(|e| std::fs::read_to_string(e.path()).unwrap_or_default())
			.collect();
		let head = chain.head().unwrap();
		let consents = head.consents_of(&account(&dev::ferdie())).await.unwrap();
		let accesses: Vec<(u64, u32)> = consents.iter().map(|(id, c)| (*id, c.accesses)).collect();
		panic!("exactly once: {} reads of 40 in {} entries at #{}; consents' accesses {accesses:?}; pending at the kill {pending:?}; gateway logs:\n{}", reads.len(), log.len(), head.number, logs.join("\n----\n"));
	}
	drop(gateway);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn writes_are_checked_against_the_write_consent_anchored_and_verifiable() {
	let node = Node::start();
	let (_upstream, upstream) = synthetic_fhir().await;
	let gateway = Gateway::start(&node, &upstream).await;
	let (http, base) = (&gateway.http, gateway.base.as_str());
	let ferdie = account(&dev::ferdie());
	let upstream_count = |kind: &'static str, patient: &'static str| {
		let url = format!("{upstream}/{kind}?patient={patient}");
		async move {
			let bundle: Value = reqwest::get(url).await.unwrap().json().await.unwrap();
			bundle["total"].as_u64().unwrap()
		}
	};
	let lab = serde_json::json!({
		"resourceType": "Observation",
		"status": "final",
		"category": [{ "coding": [{ "system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "laboratory" }] }],
		"code": { "coding": [{ "system": "http://loinc.org", "code": "2345-7", "display": "Glucose" }] },
		"subject": { "reference": "Patient/ferdie" },
		"valueQuantity": { "value": 5.4, "unit": "mmol/L", "system": "http://unitsofmeasure.org", "code": "mmol/L" }
	});

	// Ferdie's consent 0 lets the hospital write every standard category for treatment: the
	// lab result is stored upstream and its commitment queued for anchoring.
	let (status, headers, stored) = post(http, base, &lab).await;
	assert_eq!(status, 201, "{stored}");
	assert_eq!(headers["x-healthchain-anchor"], "pending");
	let commitment = headers["x-healthchain-commitment"].to_str().unwrap().to_string();
	let id = stored["id"].as_str().unwrap().to_string();
	assert_eq!(stored["valueQuantity"]["value"], 5.4);

	// Refused before the upstream is asked, each with the chain's reason.
	let notes_before = upstream_count("DocumentReference", "ferdie").await;
	let psych = serde_json::json!({
		"resourceType": "DocumentReference",
		"status": "current",
		"meta": { "security": [{ "system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "PSY" }] },
		"subject": { "reference": "Patient/ferdie" },
		"content": [{ "attachment": { "contentType": "text/plain", "data": "U3ludGhldGljIG5vdGU=" } }]
	});
	let (status, _, outcome) = post(http, base, &psych).await;
	assert_eq!(status, 403, "{outcome}");
	let diagnostics = outcome["issue"][0]["diagnostics"].as_str().unwrap().to_string();
	assert!(diagnostics.starts_with("CategoryNotCovered"), "{outcome}");
	// Grace's consent to the hospital is to read only.
	let mut for_grace = lab.clone();
	for_grace["subject"]["reference"] = "Patient/grace".into();
	let (status, _, outcome) = post(http, base, &for_grace).await;
	assert_eq!(status, 403, "{outcome}");
	// Not valid R4 (an element Observation does not have), and about no patient: 400.
	let mut invalid = lab.clone();
	invalid["diagnosis"] = "flu".into();
	assert_eq!(post(http, base, &invalid).await.0, 400);
	let mut orphan = lab.clone();
	orphan.as_object_mut().unwrap().remove("subject");
	assert_eq!(post(http, base, &orphan).await.0, 400);
	assert_eq!(upstream_count("DocumentReference", "ferdie").await, notes_before);
	assert_eq!(upstream_count("Observation", "grace").await, 2, "nothing written for Grace");
	let anchors = gateway.store.anchor_counts().unwrap();
	assert_eq!(
		anchors.unbatched + anchors.in_flight + anchors.recorded + anchors.failed,
		1,
		"only the permitted write is anchored: {anchors:?}"
	);

	// Anchored: the record on chain is Dave's for the hospital, of Ferdie's lab results, with
	// the commitment the write answered with.
	let counts = settled_as(&gateway.store, Store::anchor_counts, "writes").await;
	assert_eq!((counts.recorded, counts.failed), (1, 0), "{counts:?}");
	let mut key = [0u8; 32];
	hex::decode_to_slice(commitment.trim_start_matches("0x"), &mut key).unwrap();
	let head = gateway.chain.head().unwrap();
	let (record_id, record) =
		head.record_by_commitment(&ferdie, key).await.unwrap().expect("anchored on chain");
	assert_eq!(record.author, account(&dev::dave()).0);
	assert_eq!(record.organization, Some(0));
	assert_eq!(record.category, healthchain_primitives::DataCategory::LabResults);
	assert_eq!(record.fhir_type, Some(pallet_records::FhirResourceType::Observation));

	// $verify: the upstream's copy is the anchored one.
	let verify = |id: String| async move {
		let response = http
			.get(format!("{base}/fhir/Observation/{id}/$verify"))
			.bearer_auth(KEY)
			.send()
			.await
			.unwrap();
		(response.status().as_u16(), response.json::<Value>().await.unwrap())
	};
	let (status, parameters) = verify(id.clone()).await;
	assert_eq!(status, 200, "{parameters}");
	assert_eq!(parameter(&parameters, "verified"), true, "{parameters}");
	assert_eq!(parameter(&parameters, "record"), record_id);
	assert_eq!(parameter(&parameters, "status"), "current");
	assert_eq!(parameter(&parameters, "commitment"), commitment.as_str());
	// Altered at the holder (a new value, stored straight into the FHIR server): refused.
	let mut altered = stored.clone();
	altered["valueQuantity"]["value"] = 9.9.into();
	let response = reqwest::Client::new()
		.put(format!("{upstream}/Observation/{id}"))
		.json(&altered)
		.send()
		.await
		.unwrap();
	assert_eq!(response.status().as_u16(), 200);
	let (status, parameters) = verify(id.clone()).await;
	assert_eq!(status, 200, "{parameters}");
	assert_eq!(parameter(&parameters, "verified"), false, "{parameters}");
	assert!(parameter(&parameters, "reason").as_str().unwrap().contains("altered"), "{parameters}");
	// Only a new server version with the same data verifies again.
	let response = reqwest::Client::new()
		.put(format!("{upstream}/Observation/{id}"))
		.json(&stored)
		.send()
		.await
		.unwrap();
	assert_eq!(response.status().as_u16(), 200);
	assert_eq!(parameter(&verify(id.clone()).await.1, "verified"), true);
	// A resource not written through the gateway has nothing to be verified against.
	assert_eq!(verify("ferdie-hba1c".into()).await.0, 404);
	// Without a key: 401.
	let response = http.get(format!("{base}/fhir/Observation/{id}/$verify")).send().await.unwrap();
	assert_eq!(response.status().as_u16(), 401);
}
