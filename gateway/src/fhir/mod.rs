//! FHIR R4 views of the chain (JSON): searchset `Bundle`s, paged, built from one block.
//!
//! Each view maps the chain's records with `codes.rs` and names the block it read in
//! `Bundle.meta.source` (`urn:healthchain:block:<number>:<hash>`). Pages: `_count` entries
//! (default [`DEFAULT_COUNT`], at most [`MAX_COUNT`]) after the `_cursor` the previous page's
//! `next` link carries.

pub mod audit;
pub mod consent;
pub mod eob;
pub mod research;

use axum::{
	http::{header, HeaderValue},
	response::{IntoResponse, Response},
	Json,
};
use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use serde_json::{json, Value};
use subxt::utils::AccountId32;

use crate::{chain::Head, codes, error::ApiError, AppState};

/// The media type of FHIR JSON.
pub const FHIR_JSON: &str = "application/fhir+json";
/// Entries per page unless `_count` says otherwise.
pub const DEFAULT_COUNT: usize = 50;
/// The largest page.
pub const MAX_COUNT: usize = 200;

/// Paging parameters of a search.
#[derive(Debug, Default, serde::Deserialize)]
pub struct Paging {
	/// Entries per page.
	#[serde(rename = "_count")]
	pub count: Option<String>,
	/// The last id of the previous page.
	#[serde(rename = "_cursor")]
	pub cursor: Option<String>,
}

impl Paging {
	/// The page size asked for, checked.
	pub fn count(&self) -> Result<usize, ApiError> {
		match &self.count {
			None => Ok(DEFAULT_COUNT),
			Some(count) => match count.parse::<usize>() {
				Ok(n) if (1..=MAX_COUNT).contains(&n) => Ok(n),
				_ => Err(ApiError::invalid(format!(
					"_count must be 1 to {MAX_COUNT}, not {count:?}"
				))),
			},
		}
	}

	/// The cursor, as the id type of the view.
	pub fn cursor<T: std::str::FromStr>(&self) -> Result<Option<T>, ApiError> {
		self.cursor
			.as_deref()
			.map(|c| {
				c.parse().map_err(|_| {
					ApiError::invalid(format!("_cursor {c:?} is not one of this search's cursors"))
				})
			})
			.transpose()
	}
}

/// Search parameters of the views of one patient (`Consent`, `AuditEvent`,
/// `ExplanationOfBenefit`).
#[derive(Debug, serde::Deserialize)]
pub struct PatientSearch {
	/// `system|value` of a patient identifier, or an SS58 account.
	pub patient: Option<String>,
	/// Paging.
	#[serde(flatten)]
	pub paging: Paging,
}

/// The account a `patient` search parameter names: `system|value` of a mapped identifier, or
/// an account (bare SS58 or `urn:healthchain:account|<ss58>`); `None` for an identifier no
/// one mapped (an empty searchset, as for any unknown patient).
pub fn patient_param(
	state: &AppState,
	patient: Option<&str>,
) -> Result<Option<AccountId32>, ApiError> {
	let patient =
		patient.ok_or_else(|| ApiError::invalid("the patient search parameter is required"))?;
	let (system, value) = patient.split_once('|').unwrap_or((codes::ACCOUNT_SYSTEM, patient));
	Ok(state.store.patient(system, value)?)
}

/// A FHIR JSON response.
pub fn fhir_json(body: Value) -> Response {
	let mut response = Json(body).into_response();
	response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(FHIR_JSON));
	response
}

/// A FHIR `Coding`.
pub fn coding(system: &str, code: &str) -> Value {
	json!({ "system": system, "code": code })
}

/// A reference to an organization on chain, by its number.
pub fn organization_reference(organization: u32) -> Value {
	json!({
		"reference": format!("Organization/{organization}"),
		"identifier": { "system": codes::ORGANIZATION_SYSTEM, "value": organization.to_string() },
	})
}

/// A reference to an account on chain (a patient, a member), by its SS58 address.
pub fn account_reference(account: &AccountId32) -> Value {
	json!({ "identifier": { "system": codes::ACCOUNT_SYSTEM, "value": account.to_string() } })
}

/// A searchset `Bundle` of `resources`, read at `head`; `next` is the query string of the next
/// page, if there is one.
pub fn searchset(base: &str, head: &Head, resources: Vec<Value>, next: Option<String>) -> Value {
	let mut links = vec![json!({ "relation": "self", "url": base })];
	if let Some(next) = next {
		links.push(json!({ "relation": "next", "url": next }));
	}
	let entries: Vec<Value> = resources
		.into_iter()
		.map(|resource| {
			let url = format!(
				"{}/{}",
				resource["resourceType"].as_str().unwrap_or("Resource"),
				resource["id"].as_str().unwrap_or("")
			);
			json!({ "fullUrl": url, "resource": resource, "search": { "mode": "match" } })
		})
		.collect();
	json!({
		"resourceType": "Bundle",
		"type": "searchset",
		"meta": { "source": block_source(head) },
		"link": links,
		"entry": entries,
	})
}

/// `urn:healthchain:block:<number>:<hash>`: where a view's data was read.
pub fn block_source(head: &Head) -> String {
	format!("urn:healthchain:block:{}:{:?}", head.number, head.hash)
}

/// A chain time (milliseconds since the epoch) as a FHIR `instant`/`dateTime`.
pub fn instant(ms: u64) -> String {
	match i64::try_from(ms).ok().and_then(|ms| Utc.timestamp_millis_opt(ms).single()) {
		Some(time) => time.to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
		None => "9999-12-31T23:59:59.999Z".into(),
	}
}

/// A chain time as a FHIR `date` (the UTC day).
pub fn date(ms: u64) -> String {
	instant(ms)[..10].to_string()
}

/// A FHIR `dateTime` (a year, a month, a day, or a full time with its zone) as chain time: the
/// first millisecond it names. Times before the epoch are refused.
pub fn parse_date_time(text: &str) -> Result<u64, String> {
	let first_day = |y: i32, m: u32, d: u32| {
		NaiveDate::from_ymd_opt(y, m, d)
			.and_then(|date| date.and_hms_opt(0, 0, 0))
			.map(|t| t.and_utc().timestamp_millis())
	};
	let parts: Vec<&str> = text.split('-').collect();
	let millis = if text.contains('T') {
		DateTime::parse_from_rfc3339(text).ok().map(|t| t.timestamp_millis())
	} else {
		match parts.as_slice() {
			[y] if y.len() == 4 => y.parse().ok().and_then(|y| first_day(y, 1, 1)),
			[y, m] if y.len() == 4 && m.len() == 2 => {
				y.parse().ok().zip(m.parse().ok()).and_then(|(y, m)| first_day(y, m, 1))
			},
			[y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => y
				.parse()
				.ok()
				.zip(m.parse().ok())
				.zip(d.parse().ok())
				.and_then(|((y, m), d)| first_day(y, m, d)),
			_ => None,
		}
	};
	match millis {
		Some(ms) if ms >= 0 => Ok(ms as u64),
		Some(_) => Err(format!("{text:?} is before 1970")),
		None => Err(format!("{text:?} is not a FHIR dateTime")),
	}
}

/// BLAKE2b-256(salt ‖ bytes): the salted hash of every document the gateway commits to (a
/// consent document, a stored resource), as `pallet-records` and `scripts/verify-record.py`
/// define a commitment.
pub fn salted_hash(salt: &[u8; 32], bytes: &[u8]) -> [u8; 32] {
	let mut preimage = Vec::with_capacity(32 + bytes.len());
	preimage.extend_from_slice(salt);
	preimage.extend_from_slice(bytes);
	sp_crypto_hashing::blake2_256(&preimage)
}

/// The server-managed elements of a stored resource, left out of its commitment: a FHIR server
/// sets them on every write, so they do not describe the data.
pub const SERVER_MANAGED_META: &[&str] = &["versionId", "lastUpdated"];

/// The commitment of a stored FHIR resource: [`salted_hash`] of its RFC 8785 canonical JSON
/// without the [`SERVER_MANAGED_META`] elements (and without `meta` when nothing else is in it).
/// Any other change — a value, a code, a security label, the text — changes the commitment.
pub fn resource_commitment(salt: &[u8; 32], resource: &Value) -> Result<[u8; 32], String> {
	let mut document = resource.clone();
	if let Some(meta) = document.get_mut("meta").and_then(Value::as_object_mut) {
		for element in SERVER_MANAGED_META {
			meta.remove(*element);
		}
		if meta.is_empty() {
			document.as_object_mut().map(|object| object.remove("meta"));
		}
	}
	let canonical = serde_json_canonicalizer::to_vec(&document)
		.map_err(|e| format!("cannot canonicalize the resource: {e}"))?;
	Ok(salted_hash(salt, &canonical))
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn chain_times_are_fhir_instants_and_back() {
		assert_eq!(instant(1_893_456_000_000), "2030-01-01T00:00:00.000Z");
		assert_eq!(date(1_893_542_399_999), "2030-01-01");
		assert_eq!(parse_date_time("2030-01-01T00:00:00.000Z"), Ok(1_893_456_000_000));
		assert_eq!(parse_date_time("2030-01-01T01:00:00+01:00"), Ok(1_893_456_000_000));
		assert_eq!(parse_date_time("2030"), Ok(1_893_456_000_000));
		assert_eq!(parse_date_time("2030-01"), Ok(1_893_456_000_000));
		assert_eq!(parse_date_time("2030-01-01"), Ok(1_893_456_000_000));
		assert!(parse_date_time("2030-13-01").is_err());
		assert!(parse_date_time("1969-12-31").is_err());
		assert!(parse_date_time("next tuesday").is_err());
	}

	#[test]
	fn a_commitment_ignores_the_servers_bookkeeping_and_nothing_else() {
		let salt = [5; 32];
		let stored = json!({ "resourceType": "Observation", "id": "o1", "status": "final",
			"meta": { "versionId": "3", "lastUpdated": "2030-01-01T00:00:00Z" } });
		let bare = json!({ "id": "o1", "status": "final", "resourceType": "Observation" });
		let commitment = resource_commitment(&salt, &stored).unwrap();
		assert_eq!(commitment, resource_commitment(&salt, &bare).unwrap());
		let canonical = br#"{"id":"o1","resourceType":"Observation","status":"final"}"#;
		assert_eq!(commitment, salted_hash(&salt, canonical), "RFC 8785 order");
		let amended = json!({ "resourceType": "Observation", "id": "o1", "status": "amended" });
		assert_ne!(commitment, resource_commitment(&salt, &amended).unwrap());
		let labelled = json!({ "resourceType": "Observation", "id": "o1", "status": "final",
			"meta": { "security": [{ "code": "PSY" }] } });
		assert_ne!(commitment, resource_commitment(&salt, &labelled).unwrap());
		assert_ne!(commitment, resource_commitment(&[6; 32], &stored).unwrap(), "salted");
	}

	#[test]
	fn page_sizes_are_bounded() {
		let paging = |count: &str| Paging { count: Some(count.into()), cursor: None };
		assert_eq!(Paging::default().count().unwrap(), DEFAULT_COUNT);
		assert_eq!(paging("7").count().unwrap(), 7);
		assert!(paging("0").count().is_err());
		assert!(paging("201").count().is_err());
		assert!(paging("-1").count().is_err());
		let cursor = Paging { count: None, cursor: Some("x".into()) };
		assert!(cursor.cursor::<u64>().is_err());
	}
}
