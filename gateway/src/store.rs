//! The gateway's own database (SQLite, embedded): what must never go on chain. The identifier
//! mappings — a patient's identifier in a clinical system to the chain account the patient
//! holds, a requester's identifier to the organization it acts for — and the enforcing proxy's
//! API keys and outbox of reads and writes to anchor, with their salts ([`crate::outbox`]).
//!
//! The schema is versioned with SQLite's `user_version`: [`MIGRATIONS`] are applied in order,
//! each in its own transaction, when the gateway opens the database. A database written by a
//! newer gateway (a higher version than this one knows) is refused rather than guessed at.

use std::{
	path::Path,
	sync::Mutex,
	time::{SystemTime, UNIX_EPOCH},
};

use rusqlite::{params, Connection, OptionalExtension};
use subxt::utils::AccountId32;

use crate::codes::{ACCOUNT_SYSTEM, ORGANIZATION_SYSTEM};

/// The schema migrations, in order: migration `i` takes the schema from version `i` to `i + 1`.
pub const MIGRATIONS: &[(&str, &str)] = &[
	("0001_identifiers", include_str!("../migrations/0001_identifiers.sql")),
	("0002_enforcement", include_str!("../migrations/0002_enforcement.sql")),
	("0003_anchors", include_str!("../migrations/0003_anchors.sql")),
	("0004_exchange", include_str!("../migrations/0004_exchange.sql")),
];

/// What can go wrong with the database.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
	/// SQLite failed.
	#[error("database: {0}")]
	Sqlite(#[from] rusqlite::Error),
	/// The database's schema is newer than this gateway.
	#[error("the database's schema version {found} is newer than this gateway knows ({known}): run the gateway that wrote it")]
	TooNew {
		/// The database's version.
		found: i64,
		/// The newest version this gateway knows.
		known: i64,
	},
	/// An identifier or mapping the store refuses.
	#[error("{0}")]
	Invalid(String),
}

/// A patient identifier (`system` + `value`) and the account it maps to.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct PatientMapping {
	/// Who assigned the identifier.
	pub system: String,
	/// The identifier.
	pub value: String,
	/// The patient's account (SS58).
	pub account: String,
}

/// The identifier store.
pub struct Store {
	connection: Mutex<Connection>,
}

impl Store {
	/// Opens (creating if needed) the database at `path` and brings its schema up to date.
	pub fn open(path: &Path) -> Result<Self, StoreError> {
		Self::with_connection(Connection::open(path)?)
	}

	/// A database in memory (tests, `--database :memory:`).
	pub fn in_memory() -> Result<Self, StoreError> {
		Self::with_connection(Connection::open_in_memory()?)
	}

	fn with_connection(mut connection: Connection) -> Result<Self, StoreError> {
		// WAL: readers do not wait for a writer; NORMAL sync is durable across a gateway crash.
		// (`journal_mode` answers with the mode set: `memory` for an in-memory database.)
		connection
			.pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get::<_, String>(0))?;
		connection.pragma_update(None, "synchronous", "NORMAL")?;
		connection.pragma_update(None, "foreign_keys", "ON")?;
		connection.busy_timeout(std::time::Duration::from_secs(5))?;
		migrate(&mut connection)?;
		Ok(Self { connection: Mutex::new(connection) })
	}

	pub(crate) fn connection(&self) -> std::sync::MutexGuard<'_, Connection> {
		// A panic while holding the lock leaves SQLite consistent (each statement is atomic).
		self.connection.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
	}

	/// The schema version of the open database.
	pub fn schema_version(&self) -> Result<i64, StoreError> {
		Ok(self.connection().pragma_query_value(None, "user_version", |row| row.get(0))?)
	}

	/// Maps a patient identifier to an account (replacing an earlier mapping of the same
	/// identifier).
	pub fn map_patient(
		&self,
		system: &str,
		value: &str,
		account: &AccountId32,
	) -> Result<(), StoreError> {
		check_identifier(system, value)?;
		self.connection().execute(
			"INSERT INTO patient_identifiers (system, value, account, created_at) \
			 VALUES (?1, ?2, ?3, ?4) \
			 ON CONFLICT (system, value) DO UPDATE SET account = excluded.account",
			params![system, value, account.0.as_slice(), now()],
		)?;
		Ok(())
	}

	/// Maps a requester's identifier to the organization it acts for.
	pub fn map_actor(
		&self,
		system: &str,
		value: &str,
		organization: u32,
	) -> Result<(), StoreError> {
		check_identifier(system, value)?;
		self.connection().execute(
			"INSERT INTO actor_identifiers (system, value, organization, created_at) \
			 VALUES (?1, ?2, ?3, ?4) \
			 ON CONFLICT (system, value) DO UPDATE SET organization = excluded.organization",
			params![system, value, organization, now()],
		)?;
		Ok(())
	}

	/// The account of a patient identifier: an account identifier ([`ACCOUNT_SYSTEM`], an SS58
	/// address) is the account itself; any other is looked up.
	pub fn patient(&self, system: &str, value: &str) -> Result<Option<AccountId32>, StoreError> {
		if system == ACCOUNT_SYSTEM {
			return Ok(value.parse::<AccountId32>().ok());
		}
		let account: Option<Vec<u8>> = self
			.connection()
			.query_row(
				"SELECT account FROM patient_identifiers WHERE system = ?1 AND value = ?2",
				params![system, value],
				|row| row.get(0),
			)
			.optional()?;
		Ok(account.and_then(|bytes| <[u8; 32]>::try_from(bytes).ok()).map(AccountId32))
	}

	/// The organization of a requester's identifier: an organization identifier
	/// ([`ORGANIZATION_SYSTEM`], the number on chain) is the organization itself.
	pub fn actor(&self, system: &str, value: &str) -> Result<Option<u32>, StoreError> {
		if system == ORGANIZATION_SYSTEM {
			return Ok(value.parse().ok());
		}
		Ok(self
			.connection()
			.query_row(
				"SELECT organization FROM actor_identifiers WHERE system = ?1 AND value = ?2",
				params![system, value],
				|row| row.get(0),
			)
			.optional()?)
	}

	/// The identifiers mapped to `account`, in identifier order.
	pub fn identifiers_of(&self, account: &AccountId32) -> Result<Vec<PatientMapping>, StoreError> {
		let connection = self.connection();
		let mut statement = connection.prepare_cached(
			"SELECT system, value FROM patient_identifiers WHERE account = ?1 ORDER BY system, value",
		)?;
		let rows = statement.query_map(params![account.0.as_slice()], |row| {
			Ok(PatientMapping {
				system: row.get(0)?,
				value: row.get(1)?,
				account: account.to_string(),
			})
		})?;
		Ok(rows.collect::<Result<_, _>>()?)
	}
}

fn check_identifier(system: &str, value: &str) -> Result<(), StoreError> {
	let fits = |s: &str| !s.is_empty() && s.len() <= 256 && !s.chars().any(char::is_control);
	if !fits(system) || !fits(value) {
		return Err(StoreError::Invalid(
			"an identifier's system and value are 1 to 256 printable characters".into(),
		));
	}
	if system == ACCOUNT_SYSTEM || system == ORGANIZATION_SYSTEM {
		return Err(StoreError::Invalid(format!(
			"{system} identifiers are the chain's own and need no mapping"
		)));
	}
	Ok(())
}

fn now() -> i64 {
	SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64)
}

/// Milliseconds since the epoch.
pub(crate) fn now_ms() -> i64 {
	SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_millis() as i64)
}

/// Brings the schema up to date: applies the migrations after the database's `user_version`.
fn migrate(connection: &mut Connection) -> Result<(), StoreError> {
	let known = MIGRATIONS.len() as i64;
	let found: i64 = connection.pragma_query_value(None, "user_version", |row| row.get(0))?;
	if found > known {
		return Err(StoreError::TooNew { found, known });
	}
	for (version, (name, sql)) in MIGRATIONS.iter().enumerate().skip(found as usize) {
		let transaction = connection.transaction()?;
		transaction.execute_batch(sql)?;
		transaction.pragma_update(None, "user_version", version as i64 + 1)?;
		transaction.commit()?;
		tracing::info!(migration = name, version = version + 1, "database migrated");
	}
	Ok(())
}

#[cfg(test)]
mod tests {
	use super::*;

	fn account(byte: u8) -> AccountId32 {
		AccountId32([byte; 32])
	}

	#[test]
	fn a_new_database_is_migrated_once_and_reopened_unchanged() {
		let dir = tempfile::tempdir().unwrap();
		let path = dir.path().join("gateway.sqlite");
		let store = Store::open(&path).unwrap();
		assert_eq!(store.schema_version().unwrap(), MIGRATIONS.len() as i64);
		store.map_patient("urn:oid:1.2.3", "MRN-1", &account(7)).unwrap();
		drop(store);
		let store = Store::open(&path).unwrap();
		assert_eq!(store.schema_version().unwrap(), MIGRATIONS.len() as i64);
		assert_eq!(store.patient("urn:oid:1.2.3", "MRN-1").unwrap(), Some(account(7)));
	}

	#[test]
	fn a_database_from_a_newer_gateway_is_refused() {
		let dir = tempfile::tempdir().unwrap();
		let path = dir.path().join("gateway.sqlite");
		Connection::open(&path).unwrap().pragma_update(None, "user_version", 99).unwrap();
		match Store::open(&path) {
			Err(StoreError::TooNew { found: 99, known }) => {
				assert_eq!(known, MIGRATIONS.len() as i64)
			},
			other => panic!("expected TooNew, got {:?}", other.map(|_| ())),
		}
	}

	#[test]
	fn patients_and_actors_map_and_remap() {
		let store = Store::in_memory().unwrap();
		assert_eq!(store.patient("urn:oid:1.2.3", "MRN-1").unwrap(), None);
		store.map_patient("urn:oid:1.2.3", "MRN-1", &account(1)).unwrap();
		store.map_patient("urn:oid:1.2.3", "MRN-1", &account(2)).unwrap();
		store.map_patient("http://hl7.org/fhir/sid/us-ssn", "999", &account(2)).unwrap();
		assert_eq!(store.patient("urn:oid:1.2.3", "MRN-1").unwrap(), Some(account(2)));
		assert_eq!(store.identifiers_of(&account(2)).unwrap().len(), 2);
		assert_eq!(store.identifiers_of(&account(1)).unwrap(), vec![]);

		store.map_actor("http://hl7.org/fhir/sid/us-npi", "1234567893", 0).unwrap();
		assert_eq!(store.actor("http://hl7.org/fhir/sid/us-npi", "1234567893").unwrap(), Some(0));
		assert_eq!(store.actor("http://hl7.org/fhir/sid/us-npi", "0").unwrap(), None);
		assert_eq!(store.actor(ORGANIZATION_SYSTEM, "3").unwrap(), Some(3));
		assert_eq!(store.actor(ORGANIZATION_SYSTEM, "-1").unwrap(), None);
	}

	#[test]
	fn account_identifiers_are_the_account_itself() {
		let store = Store::in_memory().unwrap();
		let alice = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";
		assert_eq!(
			store.patient(ACCOUNT_SYSTEM, alice).unwrap().map(|a| a.to_string()).as_deref(),
			Some(alice)
		);
		assert_eq!(store.patient(ACCOUNT_SYSTEM, "not-an-address").unwrap(), None);
		assert!(matches!(
			store.map_patient(ACCOUNT_SYSTEM, alice, &account(1)),
			Err(StoreError::Invalid(_))
		));
	}

	#[test]
	fn malformed_identifiers_are_refused_and_change_nothing() {
		let store = Store::in_memory().unwrap();
		for (system, value) in [("", "x"), ("s", ""), ("s", "a\nb"), ("s", &"x".repeat(257))] {
			assert!(matches!(
				store.map_patient(system, value, &account(1)),
				Err(StoreError::Invalid(_))
			));
		}
		let rows: i64 = store
			.connection()
			.query_row("SELECT count(*) FROM patient_identifiers", [], |row| row.get(0))
			.unwrap();
		assert_eq!(rows, 0);
	}
}
