//! [`CountFreeConsentCalls`]: the transaction extension that counts a patient's feeless consent
//! calls against their allowance.
//!
//! `grant_consent` is `#[pallet::feeless_if]` while the signer is a registered patient with a
//! free grant left ([`Pallet::has_free_grant`]); `revoke_consent` while the consent is the
//! signer's ([`Pallet::owns_consent`]); `pallet-skip-feeless-payment` then skips the fee.
//!
//! This extension bounds what feeless transactions cost the network:
//! - **One pending feeless consent transaction per account**: `validate` gives every feeless
//!   consent call the `provides` tag `(FREE_CALL_TAG, signer)`, so the pool keeps at most one of
//!   them per account (a second one is refused, or replaces the first only with a higher
//!   priority). The allowance in state therefore covers every pending feeless grant: the one
//!   pending transaction is the only one validated against it.
//! - **Short longevity**: a feeless transaction leaves the pool after
//!   [`crate::Config::FreeCallLongevity`] blocks if it was not included.
//! - **Counted as validated**: the call cannot count its use itself (a failing call's storage
//!   changes are rolled back), so `prepare`, right after the same block's `validate`, takes one
//!   feeless grant from the allowance whatever the call's outcome; if none is left (which
//!   `validate` in the same state rules out) the transaction is invalid, never free.
//! - Revocations are not counted: a patient can always withdraw a consent of theirs.

use core::marker::PhantomData;

use codec::{Decode, DecodeWithMemTracking, Encode};
use frame_support::{
	dispatch::{CheckIfFeeless, DispatchResult},
	pallet_prelude::TransactionSource,
	traits::{IsSubType, OriginTrait},
	weights::Weight,
};
use scale_info::TypeInfo;
use sp_runtime::{
	traits::{
		DispatchInfoOf, DispatchOriginOf, Get, Implication, PostDispatchInfoOf,
		TransactionExtension, ValidateResult,
	},
	transaction_validity::{InvalidTransaction, TransactionValidityError, ValidTransaction},
};

use crate::{Call, Config, Pallet};

/// The `provides` tag prefix of feeless consent transactions: `(FREE_CALL_TAG, signer)` encoded.
pub const FREE_CALL_TAG: &[u8] = b"healthchain/free-consent-call";

/// `InvalidTransaction::Custom` code of a feeless grant that finds no free grant left when it is
/// applied.
pub const FREE_GRANTS_EXHAUSTED: u8 = 60;

/// Counts a feeless consent call against the signer's free-call allowance. It carries no data:
/// its type is `()`, so generic clients sign without knowing it.
#[derive(Encode, Decode, DecodeWithMemTracking, Clone, Eq, PartialEq)]
pub struct CountFreeConsentCalls<T>(PhantomData<T>);

impl<T> CountFreeConsentCalls<T> {
	/// The extension (it has no parameters).
	pub fn new() -> Self {
		Self(PhantomData)
	}
}

impl<T> Default for CountFreeConsentCalls<T> {
	fn default() -> Self {
		Self::new()
	}
}

impl<T> TypeInfo for CountFreeConsentCalls<T> {
	type Identity = ();
	fn type_info() -> scale_info::Type {
		<() as TypeInfo>::type_info()
	}
}

impl<T> core::fmt::Debug for CountFreeConsentCalls<T> {
	fn fmt(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
		write!(f, "CountFreeConsentCalls")
	}
}

impl<T: Config + Send + Sync> TransactionExtension<T::RuntimeCall> for CountFreeConsentCalls<T>
where
	T::RuntimeCall: IsSubType<Call<T>>,
{
	const IDENTIFIER: &'static str = "CountFreeConsentCalls";
	type Implicit = ();
	/// The patient whose allowance the call uses, if it is a feeless grant.
	type Val = Option<T::AccountId>;
	/// The weight declared and not used: the allowance's write, for a grant that was not
	/// feeless.
	type Pre = Weight;

	/// Only the calls that can be feeless do work here: a grant reads the registration and the
	/// allowance and, when feeless, writes the allowance; a revocation reads the consent. Every
	/// other call (including the other consent calls) costs nothing.
	fn weight(&self, call: &T::RuntimeCall) -> Weight {
		let db = <T as frame_system::Config>::DbWeight::get();
		match call.is_sub_type() {
			Some(Call::grant_consent { .. }) => db.reads_writes(2, 1),
			Some(Call::revoke_consent { .. }) => db.reads(1),
			_ => Weight::zero(),
		}
	}

	fn validate(
		&self,
		origin: <T as frame_system::Config>::RuntimeOrigin,
		call: &T::RuntimeCall,
		_info: &DispatchInfoOf<T::RuntimeCall>,
		_len: usize,
		_self_implicit: Self::Implicit,
		_inherited_implication: &impl Implication,
		_source: TransactionSource,
	) -> ValidateResult<Self::Val, T::RuntimeCall> {
		let (inner, who) = match (call.is_sub_type(), origin.as_signer()) {
			(Some(inner), Some(who)) if inner.is_feeless(&origin) => (inner, who.clone()),
			_ => return Ok((ValidTransaction::default(), None, origin)),
		};
		let valid = ValidTransaction {
			provides: alloc::vec![(FREE_CALL_TAG, &who).encode()],
			longevity: T::FreeCallLongevity::get(),
			..Default::default()
		};
		let counted = matches!(inner, Call::grant_consent { .. }).then_some(who);
		Ok((valid, counted, origin))
	}

	fn prepare(
		self,
		val: Self::Val,
		_origin: &DispatchOriginOf<T::RuntimeCall>,
		call: &T::RuntimeCall,
		_info: &DispatchInfoOf<T::RuntimeCall>,
		_len: usize,
	) -> Result<Self::Pre, TransactionValidityError> {
		match val {
			Some(patient) if !Pallet::<T>::use_free_call(&patient) => {
				Err(InvalidTransaction::Custom(FREE_GRANTS_EXHAUSTED).into())
			},
			Some(_) => Ok(Weight::zero()),
			// A paid grant does not touch the allowance.
			None if matches!(call.is_sub_type(), Some(Call::grant_consent { .. })) => {
				Ok(<T as frame_system::Config>::DbWeight::get().writes(1))
			},
			None => Ok(Weight::zero()),
		}
	}

	fn post_dispatch_details(
		unused: Self::Pre,
		_info: &DispatchInfoOf<T::RuntimeCall>,
		_post_info: &PostDispatchInfoOf<T::RuntimeCall>,
		_len: usize,
		_result: &DispatchResult,
	) -> Result<Weight, TransactionValidityError> {
		Ok(unused)
	}
}
