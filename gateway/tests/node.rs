//! The gateway against a real development node: `healthchain-node --dev` on free loopback
//! ports, the gateway's router served over real HTTP, state changed by transactions signed
//! with subxt (the dev accounts' keys), answers read with reqwest.
//!
//! Needs the node binary (`HC_NODE_BIN`, else `$CARGO_TARGET_DIR/debug/healthchain-node`);
//! `scripts/test.sh` builds it and runs these with `--features node-tests`.
#![cfg(feature = "node-tests")]

use std::{sync::Arc, time::Duration};

mod common;

use common::{account, grace, now_ms, submit, Node};
use healthchain_gateway::{
	chain::{runtime, Chain, ChainConfig},
	router,
	store::Store,
	AppState,
};
use serde_json::{json, Value};
use subxt::{utils::AccountId32, OnlineClient};
use subxt_signer::sr25519::dev;

const MRN: &str = "urn:oid:2.16.840.1.113883.19.5";
const NPI: &str = "http://hl7.org/fhir/sid/us-npi";
const HOSPITAL_NPI: &str = "1234567893";
const INSURER_NPI: &str = "1987654321";
const RESEARCH_NPI: &str = "1555555555";
const API_KEY: &str = "ehr-test-key-0123456789abcdef0123456789";

/// The gateway serving over HTTP on a free port, with the demo identifiers mapped.
struct Gateway {
	base: String,
	http: reqwest::Client,
	chain: Chain,
}

impl Gateway {
	async fn start(node: &Node) -> Self {
		let store = Store::in_memory().unwrap();
		store.map_patient(MRN, "MRN-FERDIE", &account(&dev::ferdie())).unwrap();
		store.map_patient(MRN, "MRN-GRACE", &AccountId32(grace())).unwrap();
		store.map_actor(NPI, HOSPITAL_NPI, 0).unwrap();
		store.map_actor(NPI, INSURER_NPI, 1).unwrap();
		store.map_actor(NPI, RESEARCH_NPI, 2).unwrap();
		store.add_api_key("ehr", API_KEY, &account(&dev::dave()), 0).unwrap();
		let (chain, _follower) = Chain::follow(node.url.clone(), false, Duration::from_secs(30));
		chain.ready(Duration::from_secs(120)).await.expect("the gateway follows the node");
		let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
		let base = format!("http://{}", listener.local_addr().unwrap());
		let state = AppState { chain: chain.clone(), store: Arc::new(store), proxy: None };
		tokio::spawn(async move { axum::serve(listener, router(state)).await.unwrap() });
		Self { base, http: reqwest::Client::new(), chain }
	}

	async fn consult(
		&self,
		patient: &str,
		actor: &str,
		purpose: &str,
		classes: Option<Value>,
	) -> (u16, Value) {
		let mut context = json!({
			"patientId": [{ "system": MRN, "value": patient }],
			"scope": "patient-privacy",
			"purposeOfUse": purpose,
			"actor": [{ "system": NPI, "value": actor }],
		});
		if let Some(classes) = classes {
			context["class"] = classes;
		}
		let body = json!({ "hook": "patient-consent-consult", "hookInstance": "test", "context": context });
		self.post("/cds-services/patient-consent-consult", body.to_string()).await
	}

	async fn post(&self, path: &str, body: String) -> (u16, Value) {
		let response = self
			.http
			.post(format!("{}{path}", self.base))
			.bearer_auth(API_KEY)
			.header("content-type", "application/json")
			.body(body)
			.send()
			.await
			.unwrap();
		let status = response.status().as_u16();
		(status, response.json().await.unwrap())
	}

	async fn get(&self, path: &str) -> (u16, Value) {
		let response = self
			.http
			.get(format!("{}{path}", self.base))
			.bearer_auth(API_KEY)
			.send()
			.await
			.unwrap();
		let status = response.status().as_u16();
		(status, response.json().await.unwrap())
	}

	/// Waits until the gateway answers at a block at least `number`.
	async fn at_least(&self, number: u64) {
		common::wait_for_block(&self.chain, number).await;
	}
}

fn summary(card: &Value) -> &str {
	card["cards"][0]["summary"].as_str().unwrap_or_else(|| panic!("no card in {card}"))
}

type Terms = runtime::runtime_types::pallet_consent::types::ConsentTerms;

fn terms(purposes: u8, categories: u32, valid_until: Option<u64>) -> Terms {
	use runtime::runtime_types::healthchain_primitives::consent::{
		ActionSet, CategorySet, PurposeSet,
	};
	Terms {
		purposes: PurposeSet(purposes),
		categories: CategorySet(categories),
		actions: ActionSet(1),
		valid_from: None,
		valid_until,
		max_accesses: None,
		erase_by: None,
		document_hash: subxt::utils::H256([7; 32]),
	}
}

/// Parses a searchset Bundle with fhirbolt's strict R4 model: the Bundle, and each entry's
/// resource as the resource its `resourceType` names. (The entries' resources are parsed on
/// their own because fhirbolt 0.4 fails on any Bundle entry whose `resource` comes before its
/// `search` — "expected Code" — and serde_json writes keys in alphabetical order.)
fn validate_r4_bundle(bundle: &Value) {
	use fhirbolt::model::r4::{resources::Bundle, Resource};
	let mut shell = bundle.clone();
	for entry in shell["entry"].as_array_mut().into_iter().flatten() {
		let resource =
			entry.as_object_mut().unwrap().remove("resource").expect("an entry has a resource");
		fhirbolt::json::from_str::<Resource>(&resource.to_string(), None)
			.unwrap_or_else(|e| panic!("not a valid R4 resource ({e}): {resource}"));
	}
	fhirbolt::json::from_str::<Bundle>(&shell.to_string(), None)
		.unwrap_or_else(|e| panic!("not a valid R4 Bundle ({e}): {shell}"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn consent_decisions_against_a_dev_node() {
	let node = Node::start();
	let gateway = Gateway::start(&node).await;
	let lab = json!([{ "system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "laboratory" }]);

	// Permit: Ferdie's demo consent 0 (hospital, treatment, all standard categories).
	let (status, card) =
		gateway.consult("MRN-FERDIE", HOSPITAL_NPI, "TREAT", Some(lab.clone())).await;
	assert_eq!(status, 200, "{card}");
	assert_eq!(summary(&card), "CONSENT_PERMIT", "{card}");
	assert_eq!(card["cards"][0]["indicator"], "info");
	assert_eq!(card["cards"][0]["extension"]["basedOn"], json!(["Consent/0"]));
	assert_eq!(card["cards"][0]["extension"]["basis"]["consent"], 0);
	assert!(card["cards"][0]["extension"]["basis"]["block"]["hash"]
		.as_str()
		.unwrap()
		.starts_with("0x"));
	assert_eq!(card["cards"][0]["extension"]["obligations"], json!([]));

	// A sensitive class the consent does not name is redacted, the rest permitted.
	let psy =
		json!({ "system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "PSY" });
	let classes = json!([lab[0], psy, { "code": "Condition" }]);
	let (_, card) = gateway.consult("MRN-FERDIE", HOSPITAL_NPI, "TREAT", Some(classes)).await;
	assert_eq!(summary(&card), "CONSENT_PERMIT", "{card}");
	let obligations = &card["cards"][0]["extension"]["obligations"];
	assert_eq!(obligations[0]["id"]["code"], "REDACT", "{card}");
	assert_eq!(obligations[0]["parameters"]["codes"], json!([psy]), "only PSY is redacted: {card}");
	let decisions = card["cards"][0]["extension"]["basis"]["decisions"].as_array().unwrap();
	assert_eq!(decisions[1]["reason"], "CategoryNotCovered", "{card}");

	// No classes named: everything standard permitted, the four sensitive categories redacted.
	let (_, card) = gateway.consult("MRN-FERDIE", HOSPITAL_NPI, "TREAT", None).await;
	assert_eq!(summary(&card), "CONSENT_PERMIT", "{card}");
	let redacted: Vec<&str> = card["cards"][0]["extension"]["obligations"][0]["parameters"]
		["codes"]
		.as_array()
		.unwrap()
		.iter()
		.map(|c| c["code"].as_str().unwrap())
		.collect();
	assert_eq!(redacted, ["GDIS", "PSY", "ETH", "SEX"], "{card}");

	// Deny: Ferdie's consent with the insurer is for payment only.
	let (_, card) = gateway.consult("MRN-FERDIE", INSURER_NPI, "TREAT", Some(lab.clone())).await;
	assert_eq!(summary(&card), "CONSENT_DENY", "{card}");
	assert_eq!(card["cards"][0]["indicator"], "critical");
	assert_eq!(
		card["cards"][0]["extension"]["basis"]["decisions"][0]["reason"],
		"PurposeNotCovered"
	);

	// Emergency purpose: Ferdie's hospital consent covers it; Grace's does not, and the card
	// says how to break the glass.
	let (_, card) = gateway.consult("MRN-FERDIE", HOSPITAL_NPI, "ETREAT", Some(lab.clone())).await;
	assert_eq!(summary(&card), "CONSENT_PERMIT", "{card}");
	let (_, card) = gateway.consult("MRN-GRACE", HOSPITAL_NPI, "ETREAT", Some(lab.clone())).await;
	assert_eq!(summary(&card), "CONSENT_DENY", "{card}");
	assert!(card["cards"][0]["detail"].as_str().unwrap().contains("break-glass"), "{card}");
	// Grace's consent names mental health: permitted for treatment.
	let (_, card) = gateway.consult("MRN-GRACE", HOSPITAL_NPI, "TREAT", Some(json!([psy]))).await;
	assert_eq!(summary(&card), "CONSENT_PERMIT", "{card}");

	// No consent: Ferdie holds none with the research institute; an unmapped MRN is unknown.
	let (_, card) = gateway.consult("MRN-FERDIE", RESEARCH_NPI, "HRESCH", Some(lab.clone())).await;
	assert_eq!(summary(&card), "NO_CONSENT", "{card}");
	assert_eq!(card["cards"][0]["indicator"], "warning");
	let (_, card) = gateway.consult("MRN-NOBODY", HOSPITAL_NPI, "TREAT", Some(lab.clone())).await;
	assert_eq!(summary(&card), "NO_CONSENT", "{card}");
	// An actor the gateway does not know is denied.
	let (_, card) = gateway.consult("MRN-FERDIE", "1000000000", "TREAT", Some(lab.clone())).await;
	assert_eq!(summary(&card), "CONSENT_DENY", "{card}");

	// Malformed: a 400 OperationOutcome, no card.
	let (status, outcome) =
		gateway.post("/cds-services/patient-consent-consult", "{\"hook\":".into()).await;
	assert_eq!(status, 400);
	assert_eq!(outcome["resourceType"], "OperationOutcome");
	let (status, outcome) = gateway.consult("MRN-FERDIE", HOSPITAL_NPI, "MARKETING", None).await;
	assert_eq!(status, 400, "{outcome}");
	assert!(outcome["issue"][0]["diagnostics"].as_str().unwrap().contains("MARKETING"));

	// Expired, then revoked: Ferdie grants the research institute 20 seconds of lab results.
	let client = OnlineClient::<ChainConfig>::from_url(&node.url).await.unwrap();
	let research = 1 << 4; // Purpose::Research
	let labs = 1 << 4; // DataCategory::LabResults
	let until = now_ms() + 20_000;
	let grant =
		runtime::transactions().consent().grant_consent(2, terms(research, labs, Some(until)));
	let block = submit(&client, &grant, &dev::ferdie()).await;
	gateway.at_least(block).await;
	let (_, card) = gateway.consult("MRN-FERDIE", RESEARCH_NPI, "HRESCH", Some(lab.clone())).await;
	assert_eq!(summary(&card), "CONSENT_PERMIT", "{card}");
	let consent = card["cards"][0]["extension"]["basis"]["consent"].as_u64().unwrap();
	// Blocks carry their production time: wait for a block past the end of the period.
	tokio::time::sleep(Duration::from_millis((until + 7_000).saturating_sub(now_ms()))).await;
	let (_, card) = gateway.consult("MRN-FERDIE", RESEARCH_NPI, "HRESCH", Some(lab.clone())).await;
	assert_eq!(summary(&card), "CONSENT_DENY", "{card}");
	assert_eq!(
		card["cards"][0]["extension"]["basis"]["decisions"][0]["reason"], "Expired",
		"{card}"
	);
	let revoke = runtime::transactions().consent().revoke_consent(consent);
	let block = submit(&client, &revoke, &dev::ferdie()).await;
	gateway.at_least(block).await;
	let (_, card) = gateway.consult("MRN-FERDIE", RESEARCH_NPI, "HRESCH", Some(lab.clone())).await;
	assert_eq!(summary(&card), "NO_CONSENT", "revoked: {card}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_prepared_fhir_consent_signed_by_the_patient_permits() {
	let node = Node::start();
	let gateway = Gateway::start(&node).await;
	let lab = json!([{ "system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "laboratory" }]);
	let (_, card) = gateway.consult("MRN-FERDIE", INSURER_NPI, "HPAYMT", Some(lab.clone())).await;
	assert_eq!(
		summary(&card),
		"CONSENT_DENY",
		"before: the insurer's consent names no lab results: {card}"
	);

	let document = json!({
		"resourceType": "Consent",
		"status": "active",
		"scope": { "coding": [{ "system": "http://terminology.hl7.org/CodeSystem/consentscope", "code": "patient-privacy" }] },
		"category": [{ "coding": [{ "system": "http://loinc.org", "code": "59284-0" }] }],
		"patient": { "identifier": { "system": "urn:healthchain:account", "value": account(&dev::ferdie()).to_string() } },
		"policyRule": { "coding": [{ "system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "OPTIN" }] },
		"provision": {
			"type": "permit",
			"actor": [{ "role": { "coding": [{ "system": "http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "code": "IRCP" }] }, "reference": { "reference": "Organization/1" } }],
			"action": [{ "coding": [{ "system": "http://terminology.hl7.org/CodeSystem/consentaction", "code": "access" }] }],
			"purpose": [{ "system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "HPAYMT" }],
			"class": [{ "system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "laboratory" }],
		},
	});
	let (status, prepared) = gateway.post("/fhir/Consent/$prepare", document.to_string()).await;
	assert_eq!(status, 200, "{prepared}");
	let parameter = |name: &str| {
		prepared["parameter"]
			.as_array()
			.unwrap()
			.iter()
			.find(|p| p["name"] == name)
			.cloned()
			.unwrap()
	};
	let call =
		hex::decode(parameter("call")["valueString"].as_str().unwrap().trim_start_matches("0x"))
			.unwrap();
	let hash = parameter("documentHash")["valueString"].as_str().unwrap().to_string();
	let salt =
		hex::decode(parameter("salt")["valueString"].as_str().unwrap().trim_start_matches("0x"))
			.unwrap();
	// The hash is BLAKE2b-256(salt ‖ RFC 8785 canonical document), recomputable by the holder.
	let canonical = serde_json_canonicalizer::to_vec(&document).unwrap();
	let expected =
		healthchain_gateway::fhir::consent::document_hash(&salt.try_into().unwrap(), &canonical);
	assert_eq!(hash, format!("0x{}", hex::encode(expected)));

	// Ferdie's wallet signs the prepared call as it is.
	let client = OnlineClient::<ChainConfig>::from_url(&node.url).await.unwrap();
	let at = client.at_current_block().await.unwrap();
	let payload = at.transactions().from_call_data_bytes(&call).unwrap();
	let block = submit(&client, &payload, &dev::ferdie()).await;
	gateway.at_least(block).await;
	let (_, card) = gateway.consult("MRN-FERDIE", INSURER_NPI, "HPAYMT", Some(lab)).await;
	assert_eq!(summary(&card), "CONSENT_PERMIT", "after: {card}");
	let id = card["cards"][0]["extension"]["basis"]["consent"].as_u64().unwrap();

	// The FHIR view shows it with the document hash it was granted with, as valid R4.
	let (status, bundle) =
		gateway.get(&format!("/fhir/Consent?patient={MRN}|MRN-FERDIE&_count=2")).await;
	assert_eq!(status, 200, "{bundle}");
	validate_r4_bundle(&bundle);
	assert_eq!(bundle["type"], "searchset");
	assert_eq!(bundle["entry"].as_array().unwrap().len(), 2, "the first page: {bundle}");
	let next = bundle["link"].as_array().unwrap().iter().find(|l| l["relation"] == "next").unwrap()
		["url"]
		.as_str()
		.unwrap()
		.to_string();
	let (_, page2) = gateway.get(&format!("/fhir/{next}")).await;
	let entries = page2["entry"].as_array().unwrap();
	let granted = entries
		.iter()
		.find(|e| e["resource"]["id"] == id.to_string())
		.unwrap_or_else(|| panic!("consent {id} on page 2: {page2}"));
	let resource = &granted["resource"];
	assert_eq!(resource["provision"]["purpose"][0]["code"], "HPAYMT");
	assert_eq!(resource["provision"]["class"][0]["code"], "LabResults");
	assert_eq!(resource["provision"]["actor"][0]["reference"]["reference"], "Organization/1");
	let hash_extension = resource["extension"]
		.as_array()
		.unwrap()
		.iter()
		.find(|e| e["url"].as_str().unwrap().ends_with("document-hash"))
		.unwrap();
	assert_eq!(hash_extension["valueString"], hash);

	// Dave, the hospital's clinician, records a read under consent 0: the patient's AuditEvent
	// view shows it, purpose and category coded, as valid R4.
	let read = runtime::transactions().consent().record_access(
		0,
		account(&dev::ferdie()),
		runtime::runtime_types::healthchain_primitives::consent::Purpose::Treatment,
		runtime::runtime_types::healthchain_primitives::consent::DataCategory::LabResults,
		None,
	);
	let block = submit(&client, &read, &dev::dave()).await;
	gateway.at_least(block).await;
	let (status, audit) = gateway.get(&format!("/fhir/AuditEvent?patient={MRN}|MRN-FERDIE")).await;
	assert_eq!(status, 200, "{audit}");
	validate_r4_bundle(&audit);
	let events = audit["entry"].as_array().unwrap();
	assert_eq!(events.len(), 1, "{audit}");
	let event = &events[0]["resource"];
	assert_eq!(event["purposeOfEvent"][0]["coding"][0]["code"], "TREAT");
	assert_eq!(event["agent"][0]["who"]["identifier"]["value"], account(&dev::dave()).to_string());
	assert_eq!(event["agent"][1]["who"]["reference"], "Organization/0");
	assert_eq!(event["entity"][0]["securityLabel"][0]["code"], "LabResults");
	assert_eq!(event["entity"][0]["detail"][0]["valueString"], "consent 0");

	// What the chain cannot represent is a 422 naming it, and nothing to sign.
	let mut deny = document.clone();
	deny["provision"]["type"] = json!("deny");
	let (status, outcome) = gateway.post("/fhir/Consent/$prepare", deny.to_string()).await;
	assert_eq!(status, 422, "{outcome}");
	assert!(
		outcome["issue"][0]["diagnostics"].as_str().unwrap().contains("permits only"),
		"{outcome}"
	);
	// Not an R4 Consent at all: a 400.
	let (status, outcome) = gateway
		.post(
			"/fhir/Consent/$prepare",
			json!({ "resourceType": "Consent", "status": 7 }).to_string(),
		)
		.await;
	assert_eq!(status, 400, "{outcome}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn claims_and_studies_read_as_valid_fhir() {
	let node = Node::start();
	let gateway = Gateway::start(&node).await;

	// The gateway's money is in the node's token: its decimals are the chain's.
	let properties: Value = gateway
		.http
		.post(node.url.replace("ws://", "http://"))
		.json(&json!({ "jsonrpc": "2.0", "id": 1, "method": "system_properties", "params": [] }))
		.send()
		.await
		.unwrap()
		.json()
		.await
		.unwrap();
	assert_eq!(
		properties["result"]["tokenDecimals"],
		json!(healthchain_gateway::codes::TOKEN_DECIMALS),
		"{properties}"
	);

	// No claims yet: an empty searchset.
	let (status, bundle) =
		gateway.get(&format!("/fhir/ExplanationOfBenefit?patient={MRN}|MRN-FERDIE")).await;
	assert_eq!(status, 200, "{bundle}");
	assert_eq!(bundle["entry"], json!([]), "{bundle}");

	// Alice, the hospital's biller, claims an office visit of Ferdie (demo plan 0: service
	// 99213 allowed up to 150 HCT, 20 % patient share) billed at 200 HCT, with his demo lab
	// record as evidence: paid at once, 120 HCT.
	use runtime::runtime_types::bounded_collections::bounded_vec::BoundedVec;
	let client = OnlineClient::<ChainConfig>::from_url(&node.url).await.unwrap();
	let unit = 10u128.pow(healthchain_gateway::codes::TOKEN_DECIMALS);
	let line = runtime::runtime_types::pallet_claims::types::ClaimLineInput {
		service_code: 99213,
		amount: 200 * unit,
		service_date: now_ms() - 3_600_000,
		prior_auth: None,
	};
	let claim = runtime::transactions().claims().submit_claim(
		0,
		0,
		account(&dev::ferdie()),
		BoundedVec(vec![0]),
		BoundedVec(vec![line]),
	);
	let block = submit(&client, &claim, &dev::alice()).await;
	gateway.at_least(block).await;
	let (status, bundle) =
		gateway.get(&format!("/fhir/ExplanationOfBenefit?patient={MRN}|MRN-FERDIE")).await;
	assert_eq!(status, 200, "{bundle}");
	validate_r4_bundle(&bundle);
	let entries = bundle["entry"].as_array().unwrap();
	assert_eq!(entries.len(), 1, "{bundle}");
	let eob = &entries[0]["resource"];
	assert_eq!(eob["resourceType"], "ExplanationOfBenefit");
	assert_eq!(eob["outcome"], "complete", "{eob}");
	assert_eq!(eob["insurer"]["reference"], "Organization/1", "the plan's payer: {eob}");
	assert_eq!(eob["provider"]["reference"], "Organization/0");
	assert_eq!(eob["enterer"]["identifier"]["value"], account(&dev::alice()).to_string());
	assert_eq!(eob["supportingInfo"][0]["valueReference"]["identifier"]["value"], "0");
	let item = &eob["item"][0];
	assert_eq!(item["productOrService"]["coding"][0]["code"], "99213");
	let adjudication = item["adjudication"].as_array().unwrap();
	let amount_of = |code: &str| {
		adjudication
			.iter()
			.find(|a| a["category"]["coding"][0]["code"] == code)
			.map(|a| a["amount"]["value"].clone())
	};
	assert_eq!(amount_of("submitted"), Some(json!(200.0)), "{eob}");
	assert_eq!(amount_of("eligible"), Some(json!(150.0)), "{eob}");
	assert_eq!(amount_of("copay"), Some(json!(30.0)), "{eob}");
	assert_eq!(amount_of("benefit"), Some(json!(120.0)), "{eob}");
	let reasons: Vec<&str> =
		adjudication.iter().filter_map(|a| a["reason"]["coding"][0]["code"].as_str()).collect();
	assert_eq!(reasons, ["45", "2"], "above the fee schedule, the patient's share: {eob}");
	assert_eq!(eob["payment"]["amount"]["value"], json!(120.0), "{eob}");
	// Grace has no claims; an unknown patient finds none.
	let (_, bundle) =
		gateway.get(&format!("/fhir/ExplanationOfBenefit?patient={MRN}|MRN-GRACE")).await;
	assert_eq!(bundle["entry"], json!([]), "{bundle}");

	// The demo study: active, disease-specific (type 2 diabetes) with publication required.
	let (status, bundle) = gateway.get("/fhir/ResearchStudy").await;
	assert_eq!(status, 200, "{bundle}");
	validate_r4_bundle(&bundle);
	let studies = bundle["entry"].as_array().unwrap();
	assert_eq!(studies.len(), 1, "{bundle}");
	let study = &studies[0]["resource"];
	assert_eq!(study["status"], "active");
	let duo: Vec<&str> = study["category"][0]["coding"]
		.as_array()
		.unwrap()
		.iter()
		.map(|c| c["code"].as_str().unwrap())
		.collect();
	assert_eq!(duo, ["DUO:0000007", "DUO:0000019"], "DS and PUB: {study}");
	assert_eq!(study["condition"][0]["coding"][0]["code"], "MONDO:0005148");
	assert_eq!(study["keyword"][0]["coding"][0]["code"], "Genomics");
	assert_eq!(study["sponsor"]["reference"], "Organization/2");
	// Filters: by status and by DUO permission, through the runtime's own filter.
	let count = |bundle: &Value| bundle["entry"].as_array().map_or(0, Vec::len);
	assert_eq!(count(&gateway.get("/fhir/ResearchStudy?status=active&duo=DS").await.1), 1);
	assert_eq!(count(&gateway.get("/fhir/ResearchStudy?duo=DS:5148").await.1), 1);
	assert_eq!(count(&gateway.get("/fhir/ResearchStudy?status=in-review").await.1), 0);
	assert_eq!(count(&gateway.get("/fhir/ResearchStudy?duo=HMB").await.1), 0);
	let (status, outcome) = gateway.get("/fhir/ResearchStudy?status=recruiting").await;
	assert_eq!(status, 400, "{outcome}");
	assert_eq!(outcome["resourceType"], "OperationOutcome");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stopped_node_is_a_503_never_a_permit() {
	let mut node = Node::start();
	let gateway = Gateway::start(&node).await;
	// Every route but discovery and health needs an API key.
	for (method, path) in [
		("POST", "/cds-services/patient-consent-consult"),
		("GET", "/fhir/Consent?patient=x"),
		("GET", "/fhir/AuditEvent?patient=x"),
		("GET", "/fhir/ExplanationOfBenefit?patient=x"),
		("GET", "/fhir/ResearchStudy"),
		("POST", "/fhir/Consent/$prepare"),
	] {
		let url = format!("{}{path}", gateway.base);
		let request = match method {
			"POST" => gateway.http.post(&url).body("{}"),
			_ => gateway.http.get(&url),
		};
		let response = request.send().await.unwrap();
		assert_eq!(response.status().as_u16(), 401, "{method} {path} without a key");
	}
	for path in ["/cds-services", "/health"] {
		let response = gateway.http.get(format!("{}{path}", gateway.base)).send().await.unwrap();
		assert_eq!(response.status().as_u16(), 200, "{path} is public");
	}
	let (status, card) = gateway.consult("MRN-FERDIE", HOSPITAL_NPI, "TREAT", None).await;
	assert_eq!((status, summary(&card)), (200, "CONSENT_PERMIT"));
	node.stop();
	// No answer can come from a stopped node: the very next request is refused, whether the
	// follower has noticed yet (no head) or not (the call at the old head fails).
	let (status, outcome) = gateway.consult("MRN-FERDIE", HOSPITAL_NPI, "TREAT", None).await;
	assert_eq!(status, 503, "{outcome}");
	assert_eq!(outcome["resourceType"], "OperationOutcome");
	assert_eq!(outcome["issue"][0]["code"], "transient");
	// And the follower drops the head it can no longer confirm.
	let mut health = (0, Value::Null);
	for _ in 0..50 {
		health = gateway.get("/health").await;
		if health.0 == 503 {
			break;
		}
		tokio::time::sleep(Duration::from_millis(200)).await;
	}
	assert_eq!(health.0, 503, "still healthy 10 s after the node stopped: {}", health.1);
}
