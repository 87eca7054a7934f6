//! The kinds of 32-byte hash HealthChain keeps. They are all `H256` (the same SCALE and JSON);
//! the names say, in the code and in the runtime metadata (each field's type name), what a
//! hash is a hash of and whether it can be reversed by guessing. `runtime/src/tests/privacy.rs`
//! checks that every 32-byte hash in a HealthChain call, event or storage item is one of them.

/// `BLAKE2b-256(salt ‖ document)` with a fresh 32-byte salt from a cryptographically secure
/// generator, kept with the document and never on chain: the commitment of a record version,
/// a consent document, an emergency justification or review report, an organization's
/// metadata, a research protocol or dataset. Without the salt nobody can confirm a guessed
/// document (an unsalted hash of a FHIR resource of a known template would reveal the MRN or
/// name inside it). The chain cannot tell whether a hash was salted: clients must
/// (`saltedHash` in `@healthchain/client`, `commitment` in the Python client).
pub type SaltedHash = sp_core::H256;

/// The root of a binary BLAKE2b-256 Merkle tree whose leaves are [`SaltedHash`]es (a batch of
/// record commitments, `records.anchorBatch`): it reveals no more than its leaves.
pub type MerkleRoot = sp_core::H256;

/// A digest of data that is itself on chain in clear (a claim's adjudication, its EOB
/// commitment): anyone can recompute it, so it hides nothing, and it reveals nothing the chain
/// does not already show. It only lets the holder of a document check it against the chain.
pub type OnChainDigest = sp_core::H256;
