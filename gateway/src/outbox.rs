//! The enforcing proxy's durable state in the gateway's database: API keys (hashed) and the
//! outbox of calls to make on chain — reads to record, writes to anchor — with the batches that
//! carry them (`migrations/0002_enforcement.sql`, `0003_anchors.sql`).
//!
//! A read served is a row committed before its response leaves ([`Store::enqueue_reads`]); a
//! write stored upstream is a row with its salt and commitment committed before its response
//! leaves ([`Store::enqueue_anchor`]). The recorder ([`crate::recorder`]) takes one member's
//! unbatched rows ([`Store::next_unbatched`]: anchors first, then reads), signs a batch, keeps
//! its bytes and nonce with the rows it carries in one transaction ([`Store::open_batch`]),
//! submits it, and settles each row with the chain's outcome ([`Store::settle_batch`]). A batch
//! whose transaction can no longer land gives its rows back ([`Store::abandon_batch`]). One
//! outbox and one recorder for both kinds, so a member's transactions take their nonces from
//! one place.

use codec::{Decode, Encode};
use healthchain_primitives::{DataCategory, Purpose};
use pallet_records::FhirResourceType;
use rusqlite::{params, OptionalExtension};
use subxt::utils::AccountId32;

use crate::store::{now_ms, Store, StoreError};

/// What an API key names: the member it acts as, for which organization.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Credential {
	/// The key's label (who holds it).
	pub label: String,
	/// The member account reads are recorded by.
	pub member: AccountId32,
	/// The organization the member reads for.
	pub organization: u32,
}

/// One read served, to be recorded on chain (`consent.recordAccess`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Read {
	/// The member who read (signs the record).
	pub member: AccountId32,
	/// For which organization.
	pub organization: u32,
	/// Whose data.
	pub patient: AccountId32,
	/// Why.
	pub purpose: Purpose,
	/// What.
	pub category: DataCategory,
	/// The emergency access it was served under, if any.
	pub emergency: Option<u64>,
	/// When it was served (ms since the epoch).
	pub served_at: u64,
	/// A read this gateway served to another organization's member: that member's signed
	/// request (`consent.recordDisclosure`, with `member` as the holder's signer and
	/// `organization` the reader's). `None` for the organization's own reads.
	pub disclosure: Option<Disclosure>,
}

/// A reader's signed request for one record, kept to record the read in the reader's name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Disclosure {
	/// The SCALE-encoded `pallet_consent::DisclosureRequest`.
	pub request: Vec<u8>,
	/// The reader's sr25519 signature of the request's message.
	pub signature: [u8; 64],
	/// The request's id (BLAKE2b-256 of `request`).
	pub id: [u8; 32],
}

/// One write the proxy stored upstream, to anchor on chain (`records.anchorRecord`): the
/// commitment of the stored resource and the salt that opens it (kept here, never on chain).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Anchor {
	/// The member (a Clinician) who wrote (signs the anchor).
	pub member: AccountId32,
	/// For which organization (a Provider).
	pub organization: u32,
	/// Whose record.
	pub patient: AccountId32,
	/// Why it was written.
	pub purpose: Purpose,
	/// The category it is anchored under ([`crate::codes::anchor_category`]).
	pub category: DataCategory,
	/// Its FHIR type, when the chain has a code for it.
	pub fhir_type: Option<FhirResourceType>,
	/// The upstream's resource type and id.
	pub resource_type: String,
	/// The upstream's id.
	pub resource_id: String,
	/// The 256-bit random salt.
	pub salt: [u8; 32],
	/// BLAKE2b-256(salt ‖ canonical resource) ([`crate::fhir::resource_commitment`]).
	pub commitment: [u8; 32],
	/// When it was stored (ms since the epoch).
	pub created_at: u64,
}

/// A call to make on chain.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Call {
	/// `consent.recordAccess`, or `consent.recordDisclosure` for a read served to another
	/// organization ([`Read::disclosure`]).
	Read(Read),
	/// `records.anchorRecord`.
	Anchor(Anchor),
}

/// A row of the outbox: which table, which row.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum ItemId {
	/// A row of `reads`.
	Read(i64),
	/// A row of `anchors`.
	Anchor(i64),
}

impl ItemId {
	/// The table and the row id.
	fn table(self) -> (&'static str, i64) {
		match self {
			ItemId::Read(id) => ("reads", id),
			ItemId::Anchor(id) => ("anchors", id),
		}
	}
}

impl Queued {
	/// Who signs the call.
	pub fn member(&self) -> &AccountId32 {
		match &self.call {
			Call::Read(read) => &read.member,
			Call::Anchor(anchor) => &anchor.member,
		}
	}
}

/// A call in the outbox, with its row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Queued {
	/// The row.
	pub id: ItemId,
	/// The call.
	pub call: Call,
}

/// Where an anchor stands ([`Store::anchor_of`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnchorState {
	/// The anchor.
	pub anchor: Anchor,
	/// `None` while not on chain yet; `Some(Ok(block))` anchored in that finalized block;
	/// `Some(Err(error))` refused by the chain.
	pub outcome: Option<Result<u64, String>>,
}

/// A submitted batch not yet settled.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpenBatch {
	/// The row.
	pub id: i64,
	/// The signer.
	pub member: AccountId32,
	/// Its nonce.
	pub nonce: u64,
	/// The signed transaction's bytes.
	pub extrinsic: Vec<u8>,
	/// Its hash.
	pub hash: [u8; 32],
	/// The best block when it was signed.
	pub signed_at_block: u64,
	/// The calls it carries, in call order.
	pub items: Vec<Queued>,
}

/// How many reads (or anchors) are where (`/health`, tests).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct OutboxCounts {
	/// Not yet in a batch.
	pub unbatched: u64,
	/// In a submitted batch.
	pub in_flight: u64,
	/// Recorded on chain.
	pub recorded: u64,
	/// Refused by the chain (the error kept with the row).
	pub failed: u64,
}

fn key_hash(key: &str) -> [u8; 32] {
	sp_crypto_hashing::blake2_256(key.as_bytes())
}

fn account(bytes: Vec<u8>) -> rusqlite::Result<AccountId32> {
	<[u8; 32]>::try_from(bytes).map(AccountId32).map_err(|_| {
		rusqlite::Error::InvalidColumnType(0, "account".into(), rusqlite::types::Type::Blob)
	})
}

fn code<T: Decode>(index: i64, what: &str) -> rusqlite::Result<T> {
	u8::try_from(index).ok().and_then(|byte| T::decode(&mut &[byte][..]).ok()).ok_or_else(|| {
		rusqlite::Error::InvalidColumnType(0, what.into(), rusqlite::types::Type::Integer)
	})
}

fn index_of<T: Encode>(value: &T) -> i64 {
	value.encode().first().copied().map_or(0, i64::from)
}

const READ_COLUMNS: &str = "id, member, organization, patient, purpose, category, emergency, \
	served_at, disclosure, signature, request_id";

fn queued_read(row: &rusqlite::Row<'_>) -> rusqlite::Result<Queued> {
	Ok(Queued {
		id: ItemId::Read(row.get(0)?),
		call: Call::Read(Read {
			member: account(row.get(1)?)?,
			organization: row.get(2)?,
			patient: account(row.get(3)?)?,
			purpose: code(row.get(4)?, "purpose")?,
			category: code(row.get(5)?, "category")?,
			emergency: row.get::<_, Option<i64>>(6)?.map(|id| id as u64),
			served_at: row.get::<_, i64>(7)? as u64,
			disclosure: disclosure(row.get(8)?, row.get(9)?, row.get(10)?)?,
		}),
	})
}

fn disclosure(
	request: Option<Vec<u8>>,
	signature: Option<Vec<u8>>,
	id: Option<Vec<u8>>,
) -> rusqlite::Result<Option<Disclosure>> {
	let invalid = |what: &str| {
		rusqlite::Error::InvalidColumnType(0, what.into(), rusqlite::types::Type::Blob)
	};
	match (request, signature, id) {
		(None, None, None) => Ok(None),
		(Some(request), Some(signature), Some(id)) => Ok(Some(Disclosure {
			request,
			signature: signature.try_into().map_err(|_| invalid("signature"))?,
			id: id.try_into().map_err(|_| invalid("request_id"))?,
		})),
		_ => Err(invalid("disclosure")),
	}
}

const ANCHOR_COLUMNS: &str = "id, member, organization, patient, purpose, category, fhir_type, \
	resource_type, resource_id, salt, commitment, created_at";

fn anchor(row: &rusqlite::Row<'_>) -> rusqlite::Result<Anchor> {
	Ok(Anchor {
		member: account(row.get(1)?)?,
		organization: row.get(2)?,
		patient: account(row.get(3)?)?,
		purpose: code(row.get(4)?, "purpose")?,
		category: code(row.get(5)?, "category")?,
		fhir_type: row.get::<_, Option<i64>>(6)?.map(|t| code(t, "fhir_type")).transpose()?,
		resource_type: row.get(7)?,
		resource_id: row.get(8)?,
		salt: account(row.get(9)?)?.0,
		commitment: account(row.get(10)?)?.0,
		created_at: row.get::<_, i64>(11)? as u64,
	})
}

fn queued_anchor(row: &rusqlite::Row<'_>) -> rusqlite::Result<Queued> {
	Ok(Queued { id: ItemId::Anchor(row.get(0)?), call: Call::Anchor(anchor(row)?) })
}

impl Store {
	/// Issues an API key for `member` of `organization` under `label` (replacing nothing: a
	/// label names one key). Only the key's hash is kept.
	pub fn add_api_key(
		&self,
		label: &str,
		key: &str,
		member: &AccountId32,
		organization: u32,
	) -> Result<(), StoreError> {
		if label.is_empty() || label.len() > 128 || label.chars().any(char::is_control) {
			return Err(StoreError::Invalid(
				"a key's label is 1 to 128 printable characters".into(),
			));
		}
		if key.len() < 32 {
			return Err(StoreError::Invalid("an API key has at least 32 characters".into()));
		}
		self.connection()
			.execute(
				"INSERT INTO api_keys (key_hash, label, member, organization, created_at) \
				 VALUES (?1, ?2, ?3, ?4, ?5)",
				params![
					key_hash(key).as_slice(),
					label,
					member.0.as_slice(),
					organization,
					now_ms()
				],
			)
			.map_err(|error| match error {
				rusqlite::Error::SqliteFailure(e, _)
					if e.code == rusqlite::ErrorCode::ConstraintViolation =>
				{
					StoreError::Invalid(format!("the label {label:?} or the key is already in use"))
				},
				other => other.into(),
			})?;
		Ok(())
	}

	/// Revokes the key labelled `label`; whether there was one to revoke.
	pub fn revoke_api_key(&self, label: &str) -> Result<bool, StoreError> {
		let changed = self.connection().execute(
			"UPDATE api_keys SET revoked_at = ?2 WHERE label = ?1 AND revoked_at IS NULL",
			params![label, now_ms()],
		)?;
		Ok(changed > 0)
	}

	/// What a presented key names, unless it is unknown or revoked.
	pub fn credential(&self, key: &str) -> Result<Option<Credential>, StoreError> {
		Ok(self
			.connection()
			.query_row(
				"SELECT label, member, organization FROM api_keys \
				 WHERE key_hash = ?1 AND revoked_at IS NULL",
				params![key_hash(key).as_slice()],
				|row| {
					Ok(Credential {
						label: row.get(0)?,
						member: account(row.get(1)?)?,
						organization: row.get(2)?,
					})
				},
			)
			.optional()?)
	}

	/// Commits `reads` to the outbox (one transaction): once this returns, they are recorded
	/// on chain eventually, whatever happens to the gateway.
	pub fn enqueue_reads(&self, reads: &[Read]) -> Result<(), StoreError> {
		let mut connection = self.connection();
		let transaction = connection.transaction()?;
		{
			let mut insert = transaction.prepare_cached(
				"INSERT INTO reads (member, organization, patient, purpose, category, emergency, \
				 served_at, disclosure, signature, request_id) \
				 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
			)?;
			for read in reads {
				let disclosure = read.disclosure.as_ref();
				insert.execute(params![
					read.member.0.as_slice(),
					read.organization,
					read.patient.0.as_slice(),
					index_of(&read.purpose),
					index_of(&read.category),
					read.emergency.map(|id| id as i64),
					read.served_at as i64,
					disclosure.map(|d| d.request.as_slice()),
					disclosure.map(|d| d.signature.as_slice()),
					disclosure.map(|d| d.id.as_slice()),
				])?;
			}
		}
		transaction.commit()?;
		Ok(())
	}

	/// Commits a read served to another organization's member (one row, [`Read::disclosure`]
	/// set) unless its request was served before: `Ok(false)` then, and nothing is written.
	pub fn enqueue_disclosure(&self, read: &Read) -> Result<bool, StoreError> {
		match self.enqueue_reads(std::slice::from_ref(read)) {
			Ok(()) => Ok(true),
			Err(StoreError::Sqlite(rusqlite::Error::SqliteFailure(error, _)))
				if error.code == rusqlite::ErrorCode::ConstraintViolation =>
			{
				Ok(false)
			},
			Err(error) => Err(error),
		}
	}

	/// The newest anchor of the commitment `commitment`, and where it stands: what a request
	/// from another organization's gateway names.
	pub fn anchor_by_commitment(
		&self,
		commitment: &[u8; 32],
	) -> Result<Option<AnchorState>, StoreError> {
		self.anchor_where("commitment = ?1", params![commitment.as_slice()])
	}

	/// Commits a write to anchor (one row, with its salt): once this returns, it is anchored
	/// on chain eventually unless the chain refuses it. Its row id.
	pub fn enqueue_anchor(&self, anchor: &Anchor) -> Result<i64, StoreError> {
		let connection = self.connection();
		connection.execute(
			"INSERT INTO anchors (member, organization, patient, purpose, category, fhir_type, \
			 resource_type, resource_id, salt, commitment, created_at) \
			 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
			params![
				anchor.member.0.as_slice(),
				anchor.organization,
				anchor.patient.0.as_slice(),
				index_of(&anchor.purpose),
				index_of(&anchor.category),
				anchor.fhir_type.as_ref().map(index_of),
				anchor.resource_type,
				anchor.resource_id,
				anchor.salt.as_slice(),
				anchor.commitment.as_slice(),
				anchor.created_at as i64,
			],
		)?;
		Ok(connection.last_insert_rowid())
	}

	/// The newest anchor of the upstream resource `resource_type/resource_id`, and where it
	/// stands.
	pub fn anchor_of(
		&self,
		resource_type: &str,
		resource_id: &str,
	) -> Result<Option<AnchorState>, StoreError> {
		self.anchor_where(
			"resource_type = ?1 AND resource_id = ?2",
			params![resource_type, resource_id],
		)
	}

	fn anchor_where(
		&self,
		condition: &str,
		parameters: &[&dyn rusqlite::ToSql],
	) -> Result<Option<AnchorState>, StoreError> {
		Ok(self
			.connection()
			.query_row(
				&format!(
					"SELECT {ANCHOR_COLUMNS}, outcome, block FROM anchors \
					 WHERE {condition} ORDER BY id DESC LIMIT 1"
				),
				parameters,
				|row| {
					let outcome: Option<String> = row.get(12)?;
					let block: Option<i64> = row.get(13)?;
					Ok(AnchorState {
						anchor: anchor(row)?,
						outcome: outcome.map(|outcome| match outcome.as_str() {
							"recorded" => Ok(block.unwrap_or_default() as u64),
							_ => Err(outcome),
						}),
					})
				},
			)
			.optional()?)
	}

	/// Up to `limit` unbatched calls of the member whose oldest unbatched call is the oldest:
	/// that member's anchors, then reads, each oldest first.
	pub fn next_unbatched(&self, limit: usize) -> Result<Vec<Queued>, StoreError> {
		let connection = self.connection();
		let oldest = |table: &str, time: &str| {
			connection
				.query_row(
					&format!(
						"SELECT member, {time} FROM {table} WHERE batch IS NULL ORDER BY id LIMIT 1"
					),
					[],
					|row| Ok((row.get::<_, Vec<u8>>(0)?, row.get::<_, i64>(1)?)),
				)
				.optional()
		};
		let member = match (oldest("reads", "served_at")?, oldest("anchors", "created_at")?) {
			(Some(read), Some(anchor)) => {
				if anchor.1 <= read.1 {
					anchor.0
				} else {
					read.0
				}
			},
			(Some((member, _)), None) | (None, Some((member, _))) => member,
			(None, None) => return Ok(vec![]),
		};
		let mut anchors = connection.prepare_cached(&format!(
			"SELECT {ANCHOR_COLUMNS} FROM anchors WHERE batch IS NULL AND member = ?1 ORDER BY id LIMIT ?2"
		))?;
		let mut items: Vec<Queued> = anchors
			.query_map(params![member, limit as i64], queued_anchor)?
			.collect::<Result<_, _>>()?;
		let mut reads = connection.prepare_cached(&format!(
			"SELECT {READ_COLUMNS} FROM reads WHERE batch IS NULL AND member = ?1 ORDER BY id LIMIT ?2"
		))?;
		let left = limit.saturating_sub(items.len()) as i64;
		items.extend(
			reads.query_map(params![member, left], queued_read)?.collect::<Result<Vec<_>, _>>()?,
		);
		Ok(items)
	}

	/// Keeps a signed batch and assigns it its calls (one transaction); its row id.
	pub fn open_batch(
		&self,
		member: &AccountId32,
		nonce: u64,
		extrinsic: &[u8],
		hash: [u8; 32],
		signed_at_block: u64,
		items: &[ItemId],
	) -> Result<i64, StoreError> {
		let mut connection = self.connection();
		let transaction = connection.transaction()?;
		transaction.execute(
			"INSERT INTO batches (member, nonce, extrinsic, hash, signed_at_block, state) \
			 VALUES (?1, ?2, ?3, ?4, ?5, 'submitted')",
			params![
				member.0.as_slice(),
				nonce as i64,
				extrinsic,
				hash.as_slice(),
				signed_at_block as i64
			],
		)?;
		let batch = transaction.last_insert_rowid();
		for item in items {
			let (table, id) = item.table();
			let assigned = transaction
				.prepare_cached(&format!(
					"UPDATE {table} SET batch = ?1 WHERE id = ?2 AND batch IS NULL"
				))?
				.execute(params![batch, id])?;
			if assigned != 1 {
				return Err(StoreError::Invalid(format!("{item:?} is already in a batch")));
			}
		}
		transaction.commit()?;
		Ok(batch)
	}

	/// The submitted batches not yet settled, oldest first, with their calls in call order
	/// (anchors, then reads).
	pub fn open_batches(&self) -> Result<Vec<OpenBatch>, StoreError> {
		let connection = self.connection();
		let mut statement = connection.prepare_cached(
			"SELECT id, member, nonce, extrinsic, hash, signed_at_block FROM batches \
			 WHERE state = 'submitted' ORDER BY id",
		)?;
		let batches: Vec<OpenBatch> = statement
			.query_map([], |row| {
				Ok(OpenBatch {
					id: row.get(0)?,
					member: account(row.get(1)?)?,
					nonce: row.get::<_, i64>(2)? as u64,
					extrinsic: row.get(3)?,
					hash: account(row.get(4)?)?.0,
					signed_at_block: row.get::<_, i64>(5)? as u64,
					items: vec![],
				})
			})?
			.collect::<Result<_, _>>()?;
		let mut anchors = connection.prepare_cached(&format!(
			"SELECT {ANCHOR_COLUMNS} FROM anchors WHERE batch = ?1 ORDER BY id"
		))?;
		let mut reads = connection.prepare_cached(&format!(
			"SELECT {READ_COLUMNS} FROM reads WHERE batch = ?1 ORDER BY id"
		))?;
		batches
			.into_iter()
			.map(|mut batch| {
				batch.items = anchors
					.query_map(params![batch.id], queued_anchor)?
					.collect::<Result<_, _>>()?;
				batch.items.extend(
					reads
						.query_map(params![batch.id], queued_read)?
						.collect::<Result<Vec<_>, _>>()?,
				);
				Ok(batch)
			})
			.collect()
	}

	/// The nonces of `member`'s submitted batches not yet settled (without their reads: what the
	/// recorder needs before it signs the next batch).
	pub fn open_nonces(&self, member: &AccountId32) -> Result<Vec<u64>, StoreError> {
		let connection = self.connection();
		let mut statement = connection.prepare_cached(
			"SELECT nonce FROM batches WHERE state = 'submitted' AND member = ?1 ORDER BY nonce",
		)?;
		let nonces =
			statement.query_map(params![member.0.as_slice()], |row| row.get::<_, i64>(0))?;
		Ok(nonces.map(|n| n.map(|n| n as u64)).collect::<Result<_, _>>()?)
	}

	/// Settles a batch included in `block`: each of its calls done, or refused with the chain's
	/// error (`outcomes` in call order; calls past its end were not executed).
	pub fn settle_batch(
		&self,
		batch: i64,
		block: u64,
		outcomes: &[(ItemId, Result<(), String>)],
	) -> Result<(), StoreError> {
		let settled_at = now_ms();
		let mut connection = self.connection();
		let transaction = connection.transaction()?;
		transaction.execute(
			"UPDATE batches SET state = 'included', block = ?2 WHERE id = ?1 AND state = 'submitted'",
			params![batch, block as i64],
		)?;
		for (item, outcome) in outcomes {
			let outcome = match outcome {
				Ok(()) => "recorded".to_string(),
				Err(error) => error.clone(),
			};
			let (table, id) = item.table();
			transaction
				.prepare_cached(&format!(
					"UPDATE {table} SET outcome = ?2, block = ?3, settled_at = ?5 \
					 WHERE id = ?1 AND batch = ?4"
				))?
				.execute(params![id, outcome, block as i64, batch, settled_at])?;
		}
		transaction.commit()?;
		Ok(())
	}

	/// Gives a batch's calls back to the outbox: its transaction will never land (it was
	/// refused, or its nonce went to another transaction).
	pub fn abandon_batch(&self, batch: i64) -> Result<(), StoreError> {
		let mut connection = self.connection();
		let transaction = connection.transaction()?;
		transaction.execute(
			"UPDATE batches SET state = 'abandoned' WHERE id = ?1 AND state = 'submitted'",
			params![batch],
		)?;
		for table in ["reads", "anchors"] {
			transaction.execute(
				&format!("UPDATE {table} SET batch = NULL WHERE batch = ?1 AND outcome IS NULL"),
				params![batch],
			)?;
		}
		transaction.commit()?;
		Ok(())
	}

	/// How many reads are where.
	pub fn outbox_counts(&self) -> Result<OutboxCounts, StoreError> {
		self.counts("reads")
	}

	/// How many anchors are where.
	pub fn anchor_counts(&self) -> Result<OutboxCounts, StoreError> {
		self.counts("anchors")
	}

	fn counts(&self, table: &str) -> Result<OutboxCounts, StoreError> {
		Ok(self.connection().query_row(
			&format!(
				"SELECT \
			   count(*) FILTER (WHERE batch IS NULL), \
			   count(*) FILTER (WHERE batch IS NOT NULL AND outcome IS NULL), \
			   count(*) FILTER (WHERE outcome = 'recorded'), \
			   count(*) FILTER (WHERE outcome IS NOT NULL AND outcome != 'recorded') \
			 FROM {table}"
			),
			[],
			|row| {
				Ok(OutboxCounts {
					unbatched: row.get::<_, i64>(0)? as u64,
					in_flight: row.get::<_, i64>(1)? as u64,
					recorded: row.get::<_, i64>(2)? as u64,
					failed: row.get::<_, i64>(3)? as u64,
				})
			},
		)?)
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn read(member: u8, patient: u8, category: DataCategory) -> Read {
		Read {
			member: AccountId32([member; 32]),
			organization: 0,
			patient: AccountId32([patient; 32]),
			purpose: Purpose::Treatment,
			category,
			emergency: None,
			served_at: 1,
			disclosure: None,
		}
	}

	#[test]
	fn api_keys_are_kept_hashed_and_revocable() {
		let store = Store::in_memory().unwrap();
		let key = "k".repeat(40);
		store.add_api_key("dave@ehr", &key, &AccountId32([4; 32]), 0).unwrap();
		let credential = store.credential(&key).unwrap().unwrap();
		assert_eq!((credential.member, credential.organization), (AccountId32([4; 32]), 0));
		assert_eq!(store.credential(&"x".repeat(40)).unwrap(), None);
		let stored: Vec<u8> = store
			.connection()
			.query_row("SELECT key_hash FROM api_keys", [], |row| row.get(0))
			.unwrap();
		assert_ne!(stored, key.as_bytes(), "only the hash is kept");
		assert!(matches!(
			store.add_api_key("short", "abc", &AccountId32([4; 32]), 0),
			Err(StoreError::Invalid(_))
		));
		assert!(matches!(
			store.add_api_key("dave@ehr", &"y".repeat(40), &AccountId32([4; 32]), 0),
			Err(StoreError::Invalid(_))
		));
		assert!(store.revoke_api_key("dave@ehr").unwrap());
		assert_eq!(store.credential(&key).unwrap(), None);
		assert!(!store.revoke_api_key("dave@ehr").unwrap());
	}

	#[test]
	fn reads_go_through_batches_exactly_once() {
		let store = Store::in_memory().unwrap();
		store
			.enqueue_reads(&[
				read(1, 9, DataCategory::LabResults),
				read(2, 9, DataCategory::Imaging),
				read(1, 8, DataCategory::MentalHealth),
			])
			.unwrap();
		// The oldest member first, only that member's reads.
		let first = store.next_unbatched(10).unwrap();
		assert_eq!(first.iter().map(|q| q.member().0[0]).collect::<Vec<_>>(), [1, 1]);
		assert_eq!(first[1].call, Call::Read(read(1, 8, DataCategory::MentalHealth)));
		let ids: Vec<ItemId> = first.iter().map(|q| q.id).collect();
		let batch = store.open_batch(&AccountId32([1; 32]), 5, b"tx", [7; 32], 3, &ids).unwrap();
		// A read is in one batch at most.
		assert!(store.open_batch(&AccountId32([1; 32]), 6, b"tx2", [8; 32], 3, &ids[..1]).is_err());
		assert_eq!(store.next_unbatched(10).unwrap().len(), 1, "member 2's read");
		let open = store.open_batches().unwrap();
		assert_eq!(open.len(), 1);
		assert_eq!((open[0].nonce, open[0].hash, open[0].items.len()), (5, [7; 32], 2));
		assert_eq!(store.open_nonces(&AccountId32([1; 32])).unwrap(), vec![5]);
		assert_eq!(store.open_nonces(&AccountId32([2; 32])).unwrap(), Vec::<u64>::new());
		assert_eq!(
			store.outbox_counts().unwrap(),
			OutboxCounts { unbatched: 1, in_flight: 2, recorded: 0, failed: 0 }
		);
		store
			.settle_batch(batch, 12, &[(ids[0], Ok(())), (ids[1], Err("ConsentDenied".into()))])
			.unwrap();
		assert_eq!(store.open_batches().unwrap(), vec![]);
		assert_eq!(
			store.outbox_counts().unwrap(),
			OutboxCounts { unbatched: 1, in_flight: 0, recorded: 1, failed: 1 }
		);
	}

	#[test]
	fn an_abandoned_batch_gives_its_reads_back() {
		let store = Store::in_memory().unwrap();
		store.enqueue_reads(&[read(1, 9, DataCategory::LabResults)]).unwrap();
		let ids: Vec<ItemId> = store.next_unbatched(10).unwrap().iter().map(|q| q.id).collect();
		let batch = store.open_batch(&AccountId32([1; 32]), 0, b"tx", [7; 32], 0, &ids).unwrap();
		store.abandon_batch(batch).unwrap();
		assert_eq!(store.open_batches().unwrap(), vec![]);
		assert_eq!(store.next_unbatched(10).unwrap()[0].id, ids[0]);
	}

	fn anchor(member: u8, resource_id: &str, created_at: u64) -> Anchor {
		Anchor {
			member: AccountId32([member; 32]),
			organization: 0,
			patient: AccountId32([9; 32]),
			purpose: Purpose::Treatment,
			category: DataCategory::MentalHealth,
			fhir_type: Some(FhirResourceType::DocumentReference),
			resource_type: "DocumentReference".into(),
			resource_id: resource_id.into(),
			salt: [3; 32],
			commitment: [4; 32],
			created_at,
		}
	}

	#[test]
	fn anchors_and_reads_of_a_member_share_its_batches_anchors_first() {
		let store = Store::in_memory().unwrap();
		store.enqueue_reads(&[read(1, 9, DataCategory::LabResults)]).unwrap();
		let written = store.enqueue_anchor(&anchor(1, "doc-1", 2)).unwrap();
		store.enqueue_anchor(&anchor(2, "doc-2", 3)).unwrap();
		assert_eq!(store.anchor_of("DocumentReference", "doc-1").unwrap().unwrap().outcome, None);
		assert_eq!(store.anchor_of("DocumentReference", "doc-9").unwrap(), None);
		// Member 1's read (served at 1) is the oldest call: member 1's anchor, then its read.
		let first = store.next_unbatched(10).unwrap();
		assert_eq!(first.len(), 2);
		assert_eq!(first[0].id, ItemId::Anchor(written));
		assert_eq!(first[0].call, Call::Anchor(anchor(1, "doc-1", 2)));
		assert!(matches!(first[1].call, Call::Read(_)));
		let ids: Vec<ItemId> = first.iter().map(|q| q.id).collect();
		let batch = store.open_batch(&AccountId32([1; 32]), 0, b"tx", [7; 32], 0, &ids).unwrap();
		assert_eq!(store.open_batches().unwrap()[0].items, first, "kept in call order");
		// The limit counts both kinds.
		assert_eq!(store.next_unbatched(10).unwrap().len(), 1, "member 2's anchor");
		store
			.settle_batch(batch, 7, &[(ids[0], Ok(())), (ids[1], Err("ConsentDenied".into()))])
			.unwrap();
		let state = store.anchor_of("DocumentReference", "doc-1").unwrap().unwrap();
		assert_eq!((state.outcome, state.anchor.salt), (Some(Ok(7)), [3; 32]));
		assert_eq!(
			store.anchor_counts().unwrap(),
			OutboxCounts { unbatched: 1, in_flight: 0, recorded: 1, failed: 0 }
		);
		assert_eq!(
			store.outbox_counts().unwrap(),
			OutboxCounts { unbatched: 0, in_flight: 0, recorded: 0, failed: 1 }
		);
		// An abandoned batch gives anchors back too.
		let second: Vec<ItemId> = store.next_unbatched(10).unwrap().iter().map(|q| q.id).collect();
		let batch =
			store.open_batch(&AccountId32([2; 32]), 0, b"tx2", [8; 32], 0, &second).unwrap();
		store.abandon_batch(batch).unwrap();
		assert_eq!(store.next_unbatched(10).unwrap()[0].id, second[0]);
	}
}
