-- Writes through the enforcing proxy (issue #19): each resource stored upstream is anchored on
-- chain (`records.anchorRecord`) by the member who wrote it, through the same batches as reads
-- (one recorder, one nonce sequence per member). The salt that opens the commitment is kept
-- here and never leaves the gateway except to whoever may read the resource.
-- `purpose`, `category` and `fhir_type` are the chain's codes (their SCALE index).
CREATE TABLE anchors (
	id INTEGER PRIMARY KEY AUTOINCREMENT,
	member BLOB NOT NULL CHECK (length(member) = 32),
	organization INTEGER NOT NULL,
	patient BLOB NOT NULL CHECK (length(patient) = 32),
	purpose INTEGER NOT NULL,
	category INTEGER NOT NULL,
	fhir_type INTEGER,
	-- The upstream's resource this commitment is of.
	resource_type TEXT NOT NULL,
	resource_id TEXT NOT NULL,
	salt BLOB NOT NULL CHECK (length(salt) = 32),
	commitment BLOB NOT NULL CHECK (length(commitment) = 32),
	created_at INTEGER NOT NULL,
	batch INTEGER REFERENCES batches (id),
	-- NULL while not settled; 'recorded', or the chain's error for this anchor.
	outcome TEXT,
	block INTEGER,
	settled_at INTEGER
);

CREATE INDEX anchors_unbatched ON anchors (member, id) WHERE batch IS NULL;
CREATE INDEX anchors_of_batch ON anchors (batch);
CREATE INDEX anchors_of_resource ON anchors (resource_type, resource_id);
