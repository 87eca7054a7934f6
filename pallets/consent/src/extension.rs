//! [`CountFreeConsentCalls`]: the transaction extension that counts a patient's feeless consent
//! calls against their allowance.
//!
//! `grant_consent` and `revoke_consent` are `#[pallet::feeless_if]` while the signer has a free
//! call left ([`Pallet::has_free_call`]); `pallet-skip-feeless-payment` then skips the fee. The
//! call itself cannot count its use (a failing call's storage changes are rolled back), so this
//! extension, placed after the payment extension, counts it in `prepare`, before dispatch, for
//! every feeless consent call whatever its outcome.

use core::marker::PhantomData;

use codec::{Decode, DecodeWithMemTracking, Encode};
use frame_support::{
	dispatch::CheckIfFeeless,
	pallet_prelude::TransactionSource,
	traits::{IsSubType, OriginTrait},
	weights::Weight,
};
use scale_info::TypeInfo;
use sp_runtime::{
	traits::{
		DispatchInfoOf, DispatchOriginOf, Get, Implication, TransactionExtension, ValidateResult,
	},
	transaction_validity::{TransactionValidityError, ValidTransaction},
};

use crate::{Call, Config, Pallet};

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
	/// The patient whose allowance the call uses, if it is a feeless consent call.
	type Val = Option<T::AccountId>;
	type Pre = ();

	fn weight(&self, call: &T::RuntimeCall) -> Weight {
		// One read and one write of the allowance, for consent calls only.
		if call.is_sub_type().is_some() {
			<T as frame_system::Config>::DbWeight::get().reads_writes(1, 1)
		} else {
			Weight::zero()
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
		let patient = match (call.is_sub_type(), origin.as_signer()) {
			(Some(inner), Some(who)) if inner.is_feeless(&origin) => Some(who.clone()),
			_ => None,
		};
		Ok((ValidTransaction::default(), patient, origin))
	}

	fn prepare(
		self,
		val: Self::Val,
		_origin: &DispatchOriginOf<T::RuntimeCall>,
		_call: &T::RuntimeCall,
		_info: &DispatchInfoOf<T::RuntimeCall>,
		_len: usize,
	) -> Result<Self::Pre, TransactionValidityError> {
		if let Some(patient) = val {
			Pallet::<T>::use_free_call(&patient);
		}
		Ok(())
	}
}
