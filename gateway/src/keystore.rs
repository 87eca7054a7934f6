//! The signing keys of the members whose reads the gateway records: a directory of encrypted
//! key files in the Polkadot.js JSON format (what Polkadot.js Apps, Talisman or SubWallet
//! export: scrypt + xsalsa20-poly1305, sr25519), all under one passphrase that the operator
//! gives in `HC_GATEWAY_KEYSTORE_PASSPHRASE` or a file. The keys are decrypted into memory at
//! start and never written anywhere by the gateway; nothing of them is in the repository.

use std::{collections::BTreeMap, path::Path};

use subxt::utils::AccountId32;
use subxt_signer::sr25519::Keypair;

/// Why the keystore could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum KeystoreError {
	/// The directory or a file could not be read.
	#[error("reading {path}: {error}")]
	Io {
		/// The path.
		path: String,
		/// What happened.
		error: std::io::Error,
	},
	/// A file is not a key the passphrase opens.
	#[error("{path}: {error} (a Polkadot.js sr25519 JSON export encrypted with the keystore passphrase?)")]
	Key {
		/// The file.
		path: String,
		/// What the decryption said.
		error: String,
	},
}

/// The members' keys, by account.
#[derive(Default)]
pub struct Keystore {
	keys: BTreeMap<[u8; 32], Keypair>,
}

impl Keystore {
	/// Decrypts every `*.json` file of `dir` with `passphrase`; a file it cannot open is an
	/// error (the gateway does not start with part of its keys).
	pub fn open(dir: &Path, passphrase: &str) -> Result<Self, KeystoreError> {
		let io = |path: &Path, error| KeystoreError::Io { path: path.display().to_string(), error };
		let mut keys = BTreeMap::new();
		let mut files: Vec<_> = std::fs::read_dir(dir)
			.map_err(|e| io(dir, e))?
			.filter_map(Result::ok)
			.map(|entry| entry.path())
			.filter(|path| path.extension().is_some_and(|ext| ext == "json"))
			.collect();
		files.sort();
		for path in files {
			let json = std::fs::read_to_string(&path).map_err(|e| io(&path, e))?;
			let pair =
				subxt_signer::polkadot_js_compat::decrypt_json(&json, passphrase).map_err(|e| {
					KeystoreError::Key { path: path.display().to_string(), error: e.to_string() }
				})?;
			keys.insert(pair.public_key().0, pair);
		}
		Ok(Self { keys })
	}

	/// A keystore of the given pairs (tests).
	pub fn from_pairs(pairs: impl IntoIterator<Item = Keypair>) -> Self {
		Self { keys: pairs.into_iter().map(|pair| (pair.public_key().0, pair)).collect() }
	}

	/// The key of `member`, if the keystore holds it.
	pub fn signer(&self, member: &AccountId32) -> Option<&Keypair> {
		self.keys.get(&member.0)
	}

	/// The accounts whose keys it holds.
	pub fn accounts(&self) -> impl Iterator<Item = AccountId32> + '_ {
		self.keys.keys().map(|key| AccountId32(*key))
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/keystore");

	#[test]
	fn polkadot_js_exports_open_with_their_passphrase() {
		let keystore = Keystore::open(Path::new(FIXTURES), "healthchain-test-passphrase").unwrap();
		let dave = AccountId32(subxt_signer::sr25519::dev::dave().public_key().0);
		let alice = AccountId32(subxt_signer::sr25519::dev::alice().public_key().0);
		let mut accounts: Vec<AccountId32> = keystore.accounts().collect();
		accounts.sort_by_key(|a| a.0);
		let mut expected = vec![dave.clone(), alice];
		expected.sort_by_key(|a| a.0);
		assert_eq!(accounts, expected);
		let signature = keystore.signer(&dave).unwrap().sign(b"read");
		assert!(subxt_signer::sr25519::verify(
			&signature,
			b"read",
			&subxt_signer::sr25519::PublicKey(dave.0)
		));
	}

	#[test]
	fn a_wrong_passphrase_opens_nothing() {
		let error = Keystore::open(Path::new(FIXTURES), "guess").err().expect("refused");
		assert!(matches!(error, KeystoreError::Key { .. }), "{error}");
		assert!(matches!(
			Keystore::open(Path::new("/nonexistent"), "x"),
			Err(KeystoreError::Io { .. })
		));
	}
}
