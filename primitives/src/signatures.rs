//! Messages the chain asks people to sign (a patient's onboarding, a reader's disclosure
//! request) are accepted in the two forms wallets produce.

/// Whether `verify` accepts `message` as signed: raw, or wrapped in `<Bytes>…</Bytes>` as
/// Polkadot.js wallets (`signRaw`) sign bytes. The wrapped form is built only when the raw one
/// is not what was signed.
pub fn signed_raw_or_wrapped(message: &[u8], verify: impl Fn(&[u8]) -> bool) -> bool {
	verify(message) || verify(&[&b"<Bytes>"[..], message, &b"</Bytes>"[..]].concat())
}

#[cfg(all(test, feature = "std"))]
mod tests {
	use super::*;
	use sp_core::{sr25519, Pair};

	#[test]
	fn a_message_is_signed_raw_or_wrapped_and_nothing_else() {
		let pair = sr25519::Pair::from_string("//Eve", None).expect("a dev key");
		let message = b"healthchain/registration";
		let public = pair.public();
		let verifies = |signature: sr25519::Signature| {
			move |signed: &[u8]| sr25519::Pair::verify(&signature, signed, &public)
		};
		assert!(signed_raw_or_wrapped(message, verifies(pair.sign(message))));
		let wrapped = [&b"<Bytes>"[..], message, b"</Bytes>"].concat();
		assert!(signed_raw_or_wrapped(message, verifies(pair.sign(&wrapped))));
		// Wrapped otherwise (Polkadot.js wraps once, with these tags), or another message.
		let twice = [&b"<Bytes>"[..], &wrapped, b"</Bytes>"].concat();
		assert!(!signed_raw_or_wrapped(message, verifies(pair.sign(&twice))));
		assert!(!signed_raw_or_wrapped(message, verifies(pair.sign(b"healthchain/other"))));
	}
}
