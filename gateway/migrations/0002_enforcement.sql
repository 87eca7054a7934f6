-- The enforcing proxy (issue #19).
--
-- API keys: what a caller presents (`Authorization: Bearer <key>`). Only the key's BLAKE2b-256
-- hash is kept; it names the member account of this organization the caller acts as (the
-- gateway signs that member's reads with the member's key from its keystore).
CREATE TABLE api_keys (
	key_hash BLOB PRIMARY KEY CHECK (length(key_hash) = 32),
	label TEXT NOT NULL UNIQUE CHECK (length(label) BETWEEN 1 AND 128),
	member BLOB NOT NULL CHECK (length(member) = 32),
	organization INTEGER NOT NULL CHECK (organization BETWEEN 0 AND 4294967295),
	created_at INTEGER NOT NULL,
	revoked_at INTEGER
) WITHOUT ROWID;

-- The outbox of reads to record on chain. A row is committed before the response that served
-- the read leaves the gateway; the recorder puts pending rows (batch NULL) into batches.
-- `purpose` and `category` are the chain's codes (their SCALE index).
CREATE TABLE reads (
	id INTEGER PRIMARY KEY AUTOINCREMENT,
	member BLOB NOT NULL CHECK (length(member) = 32),
	organization INTEGER NOT NULL,
	patient BLOB NOT NULL CHECK (length(patient) = 32),
	purpose INTEGER NOT NULL,
	category INTEGER NOT NULL,
	emergency INTEGER,
	served_at INTEGER NOT NULL,
	batch INTEGER REFERENCES batches (id),
	-- NULL while not settled; 'recorded', or the chain's error for this read.
	outcome TEXT,
	-- The finalized block that settled it, and when the gateway learnt of it (ms).
	block INTEGER,
	settled_at INTEGER
);

CREATE INDEX reads_unbatched ON reads (member, id) WHERE batch IS NULL;
CREATE INDEX reads_of_batch ON reads (batch);

-- A signed transaction carrying reads (`utility.forceBatch` of `consent.recordAccess`), kept
-- with its exact bytes and nonce before it is submitted: after a restart the same bytes are
-- submitted again, and the chain accepts a nonce once, so a batch lands at most once.
CREATE TABLE batches (
	id INTEGER PRIMARY KEY AUTOINCREMENT,
	member BLOB NOT NULL CHECK (length(member) = 32),
	nonce INTEGER NOT NULL,
	extrinsic BLOB NOT NULL,
	hash BLOB NOT NULL CHECK (length(hash) = 32),
	-- The best block when it was signed: where a search for it after a restart starts.
	signed_at_block INTEGER NOT NULL,
	-- 'submitted', 'included' (settled) or 'abandoned' (its reads went back to the outbox).
	state TEXT NOT NULL CHECK (state IN ('submitted', 'included', 'abandoned')),
	block INTEGER
);

CREATE INDEX batches_open ON batches (member, nonce) WHERE state = 'submitted';
