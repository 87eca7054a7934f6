-- Identifier mappings: what must never go on chain. A patient's identifier in a clinical
-- system (an MRN, a national id: `system` + `value`) and the chain account (32-byte public key)
-- the patient holds; a requester's identifier (an NPI, an organization's FHIR id) and the
-- organization number on chain it acts for. Each organization runs its own gateway and keeps
-- its own mappings; `system` says who assigned the identifier.
CREATE TABLE patient_identifiers (
	system TEXT NOT NULL CHECK (length(system) BETWEEN 1 AND 256),
	value TEXT NOT NULL CHECK (length(value) BETWEEN 1 AND 256),
	account BLOB NOT NULL CHECK (length(account) = 32),
	created_at INTEGER NOT NULL,
	PRIMARY KEY (system, value)
) WITHOUT ROWID;

CREATE INDEX patient_identifiers_account ON patient_identifiers (account);

CREATE TABLE actor_identifiers (
	system TEXT NOT NULL CHECK (length(system) BETWEEN 1 AND 256),
	value TEXT NOT NULL CHECK (length(value) BETWEEN 1 AND 256),
	organization INTEGER NOT NULL CHECK (organization BETWEEN 0 AND 4294967295),
	created_at INTEGER NOT NULL,
	PRIMARY KEY (system, value)
) WITHOUT ROWID;
