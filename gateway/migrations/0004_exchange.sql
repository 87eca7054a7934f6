-- Records exchanged between organizations' gateways (issue #23).
--
-- A read this gateway served to another organization's member is a row of `reads` like any
-- other, signed on chain by this organization's exchange member: `member` is that signer,
-- `organization` the reader's organization, and the reader's signed request travels with it
-- (`consent.recordDisclosure`), so the chain logs the read in the reader's name.
-- `disclosure` is the SCALE-encoded `DisclosureRequest`, `signature` the reader's sr25519
-- signature (64 bytes), `request_id` its BLAKE2b-256 hash: a request is served once.
ALTER TABLE reads ADD COLUMN disclosure BLOB;
ALTER TABLE reads ADD COLUMN signature BLOB CHECK (signature IS NULL OR length(signature) = 64);
ALTER TABLE reads ADD COLUMN request_id BLOB CHECK (request_id IS NULL OR length(request_id) = 32);

CREATE UNIQUE INDEX reads_of_request ON reads (request_id) WHERE request_id IS NOT NULL;

-- The holder finds the resource a request names by the commitment anchored on chain.
CREATE INDEX anchors_of_commitment ON anchors (commitment);
