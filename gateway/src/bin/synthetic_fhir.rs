//! `healthchain-synthetic-fhir`: a small FHIR R4 server of synthetic patients, the upstream the
//! enforcing proxy's tests and the development setup put behind the gateway, so that no real
//! patient data is ever involved.
//!
//! It loads every `*.json` Bundle of `--data` (default `gateway/testdata/synthetic/`: the demo
//! patients `ferdie` and `grace` with labs, vital signs, a condition, a medication, a chest
//! X-ray report, a visit note and a psychiatry consult note labelled `PSY`) and serves:
//! `GET /fhir/<type>/<id>`, `GET /fhir/<type>?patient=|subject=<id>`, `GET /fhir/Patient?_id=`,
//! `GET /fhir/Patient/<id>/$everything` (searchset Bundles), `GET /fhir/metadata`, and
//! `POST /fhir/<type>` (create: kept in memory, given an id, `meta.versionId` and
//! `meta.lastUpdated`) and `PUT /fhir/<type>/<id>` (update: a new version replaces the stored
//! one; what an altered record at a holder looks like to `$verify`). Every answer is FHIR JSON.

use std::{
	collections::BTreeMap,
	net::SocketAddr,
	path::PathBuf,
	sync::{
		atomic::{AtomicU64, Ordering},
		Arc, RwLock,
	},
};

use axum::{
	extract::{Path, Query, State},
	http::{header, HeaderValue, StatusCode},
	response::{IntoResponse, Response},
	routing::get,
	Json, Router,
};
use clap::Parser;
use serde_json::{json, Value};

#[derive(Debug, Parser)]
#[command(name = "healthchain-synthetic-fhir", about = "A FHIR R4 server of synthetic patients")]
struct Cli {
	/// The directory of synthetic Bundles.
	#[arg(long, env = "HC_SYNTHETIC_FHIR_DATA", default_value = concat!(env!("CARGO_MANIFEST_DIR"), "/testdata/synthetic"))]
	data: PathBuf,
	/// Where to listen.
	#[arg(long, env = "HC_SYNTHETIC_FHIR_LISTEN", default_value = "127.0.0.1:8090")]
	listen: SocketAddr,
}

/// The resources, by type and id.
type Resources = Arc<RwLock<BTreeMap<(String, String), Value>>>;

fn fhir(status: StatusCode, body: Value) -> Response {
	let mut response = (status, Json(body)).into_response();
	response
		.headers_mut()
		.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/fhir+json"));
	response
}

fn outcome(status: StatusCode, code: &str, message: &str) -> Response {
	fhir(
		status,
		json!({ "resourceType": "OperationOutcome", "issue": [{ "severity": "error", "code": code, "diagnostics": message }] }),
	)
}

fn searchset(resources: Vec<Value>) -> Response {
	let entry: Vec<Value> = resources
		.into_iter()
		.map(|resource| {
			let url = format!(
				"{}/{}",
				resource["resourceType"].as_str().unwrap_or_default(),
				resource["id"].as_str().unwrap_or_default()
			);
			json!({ "fullUrl": url, "resource": resource, "search": { "mode": "match" } })
		})
		.collect();
	fhir(
		StatusCode::OK,
		json!({ "resourceType": "Bundle", "type": "searchset", "total": entry.len(), "entry": entry }),
	)
}

fn patient_of(resource: &Value) -> Option<&str> {
	if resource["resourceType"] == "Patient" {
		return resource["id"].as_str();
	}
	["subject", "patient"]
		.iter()
		.find_map(|field| resource[*field]["reference"].as_str()?.strip_prefix("Patient/"))
}

async fn read(
	State(resources): State<Resources>,
	Path((kind, id)): Path<(String, String)>,
) -> Response {
	let found = resources.read().ok().and_then(|r| r.get(&(kind.clone(), id.clone())).cloned());
	match found {
		Some(resource) => fhir(StatusCode::OK, resource),
		None => outcome(StatusCode::NOT_FOUND, "not-found", &format!("{kind}/{id} is not here")),
	}
}

async fn search(
	State(resources): State<Resources>,
	Path(kind): Path<String>,
	Query(params): Query<BTreeMap<String, String>>,
) -> Response {
	if kind == "metadata" {
		return fhir(
			StatusCode::OK,
			json!({ "resourceType": "CapabilityStatement", "status": "active", "kind": "instance", "fhirVersion": "4.0.1", "format": ["json"], "date": "2026-12-01" }),
		);
	}
	let patient = params
		.get("patient")
		.or_else(|| params.get("subject"))
		.or_else(|| params.get("_id").filter(|_| kind == "Patient"))
		.map(|p| p.trim_start_matches("Patient/").to_string());
	let category = params.get("category").cloned();
	let Ok(resources) = resources.read() else {
		return outcome(StatusCode::INTERNAL_SERVER_ERROR, "exception", "lock poisoned");
	};
	let matches = resources
		.iter()
		.filter(|((k, _), _)| *k == kind)
		.map(|(_, resource)| resource)
		.filter(|resource| patient.as_deref().is_none_or(|p| patient_of(resource) == Some(p)))
		.filter(|resource| {
			category.as_deref().is_none_or(|c| {
				resource["category"].to_string().contains(&format!("\"code\":\"{c}\""))
			})
		})
		.cloned()
		.collect();
	searchset(matches)
}

async fn everything(State(resources): State<Resources>, Path(id): Path<String>) -> Response {
	let Ok(resources) = resources.read() else {
		return outcome(StatusCode::INTERNAL_SERVER_ERROR, "exception", "lock poisoned");
	};
	if !resources.contains_key(&("Patient".to_string(), id.clone())) {
		return outcome(StatusCode::NOT_FOUND, "not-found", &format!("Patient/{id} is not here"));
	}
	let mut found: Vec<Value> = resources
		.values()
		.filter(|resource| patient_of(resource) == Some(id.as_str()))
		.cloned()
		.collect();
	// The organizations they reference, as $everything includes.
	found
		.extend(resources.iter().filter(|((k, _), _)| k == "Organization").map(|(_, r)| r.clone()));
	searchset(found)
}

/// The ids the server assigns: unique in one run, never those of the loaded Bundles.
static NEXT_ID: AtomicU64 = AtomicU64::new(1);

/// The server-managed part of a stored version.
fn stamp(resource: &mut Value, version: u64) {
	if !resource["meta"].is_object() {
		resource["meta"] = json!({});
	}
	resource["meta"]["versionId"] = json!(version.to_string());
	resource["meta"]["lastUpdated"] =
		json!(chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true));
}

async fn create(
	State(resources): State<Resources>,
	Path(kind): Path<String>,
	Json(mut resource): Json<Value>,
) -> Response {
	if resource["resourceType"].as_str() != Some(kind.as_str()) {
		return outcome(StatusCode::BAD_REQUEST, "invalid", "resourceType does not match the path");
	}
	let Ok(mut resources) = resources.write() else {
		return outcome(StatusCode::INTERNAL_SERVER_ERROR, "exception", "lock poisoned");
	};
	let id = format!("{}-w{}", kind.to_lowercase(), NEXT_ID.fetch_add(1, Ordering::Relaxed));
	resource["id"] = json!(id);
	stamp(&mut resource, 1);
	resources.insert((kind.clone(), id.clone()), resource.clone());
	let mut response = fhir(StatusCode::CREATED, resource);
	if let Ok(location) = HeaderValue::from_str(&format!("{kind}/{id}/_history/1")) {
		response.headers_mut().insert(header::LOCATION, location);
	}
	response
}

async fn update(
	State(resources): State<Resources>,
	Path((kind, id)): Path<(String, String)>,
	Json(mut resource): Json<Value>,
) -> Response {
	if resource["resourceType"].as_str() != Some(kind.as_str())
		|| resource["id"].as_str() != Some(id.as_str())
	{
		return outcome(
			StatusCode::BAD_REQUEST,
			"invalid",
			"resourceType and id must match the path",
		);
	}
	let Ok(mut resources) = resources.write() else {
		return outcome(StatusCode::INTERNAL_SERVER_ERROR, "exception", "lock poisoned");
	};
	let key = (kind, id);
	let version = resources
		.get(&key)
		.and_then(|old| old["meta"]["versionId"].as_str()?.parse::<u64>().ok())
		.unwrap_or(0)
		+ 1;
	let status = if resources.contains_key(&key) { StatusCode::OK } else { StatusCode::CREATED };
	stamp(&mut resource, version);
	resources.insert(key, resource.clone());
	fhir(status, resource)
}

fn load(dir: &std::path::Path) -> anyhow::Result<BTreeMap<(String, String), Value>> {
	let mut resources = BTreeMap::new();
	let mut files: Vec<_> = std::fs::read_dir(dir)?
		.filter_map(Result::ok)
		.map(|e| e.path())
		.filter(|p| p.extension().is_some_and(|e| e == "json"))
		.collect();
	files.sort();
	for file in files {
		let bundle: Value = serde_json::from_str(&std::fs::read_to_string(&file)?)?;
		for entry in bundle["entry"].as_array().into_iter().flatten() {
			let resource = &entry["resource"];
			let (Some(kind), Some(id)) =
				(resource["resourceType"].as_str(), resource["id"].as_str())
			else {
				anyhow::bail!("{}: an entry without resourceType or id", file.display());
			};
			resources.insert((kind.to_string(), id.to_string()), resource.clone());
		}
	}
	Ok(resources)
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
	tracing_subscriber::fmt().with_env_filter(tracing_subscriber::EnvFilter::new("info")).init();
	let cli = Cli::parse();
	let resources: Resources = Arc::new(RwLock::new(load(&cli.data)?));
	let count = resources.read().map(|r| r.len()).unwrap_or(0);
	let app = Router::new()
		.route("/fhir/{kind}", get(search).post(create))
		.route("/fhir/{kind}/{id}", get(read).put(update))
		.route("/fhir/Patient/{id}/$everything", get(everything))
		.with_state(resources);
	let listener = tokio::net::TcpListener::bind(cli.listen).await?;
	tracing::info!(listen = %listener.local_addr()?, resources = count, "synthetic FHIR server serving");
	axum::serve(listener, app)
		.with_graceful_shutdown(async {
			let _ = tokio::signal::ctrl_c().await;
		})
		.await?;
	Ok(())
}
