//! [`RefundSkippedFee`]: the fee extension of feeless calls charges no weight for the fee it
//! does not take.
//!
//! `pallet-skip-feeless-payment` skips `ChargeTransactionPayment` for a call that is
//! `#[pallet::feeless_if]` (a patient's consent calls within their allowance), but it declares
//! the fee extension's weight for every transaction and, when it skips the fee, reports none of
//! that weight as unused: every feeless transaction was charged, in block weight, for reading and
//! writing the payer's account although it never touched it (issue #16). This wrapper reports
//! the skipped extension's weight as unused, so the block weight the transaction takes is what it
//! did. Everything else — the validity, the skipping itself, the event — is the wrapped
//! extension's.
//!
//! From the outside it is invisible: the same identifier, metadata, type and encoding as the
//! wrapped `ChargeTransactionPayment` (a compact tip), so every client signs as before.

use codec::{Decode, DecodeWithMemTracking, Encode};
use frame_support::{
	dispatch::{CheckIfFeeless, DispatchResult},
	pallet_prelude::TransactionSource,
	weights::Weight,
};
use pallet_skip_feeless_payment::{Intermediate, SkipCheckIfFeeless};
use scale_info::{StaticTypeInfo, TypeInfo};
use sp_runtime::{
	traits::{
		DispatchInfoOf, DispatchOriginOf, Implication, PostDispatchInfoOf, TransactionExtension,
		ValidateResult,
	},
	transaction_validity::TransactionValidityError,
};

/// [`SkipCheckIfFeeless`] over the fee extension `S`, with the weight of `S` returned when the
/// call was feeless and `S` did not run.
#[derive(Encode, Decode, DecodeWithMemTracking, Clone, Eq, PartialEq)]
pub struct RefundSkippedFee<T, S>(pub SkipCheckIfFeeless<T, S>);

impl<T, S> From<S> for RefundSkippedFee<T, S> {
	fn from(fee: S) -> Self {
		Self(SkipCheckIfFeeless::from(fee))
	}
}

impl<T, S: StaticTypeInfo> TypeInfo for RefundSkippedFee<T, S> {
	type Identity = S;
	fn type_info() -> scale_info::Type {
		S::type_info()
	}
}

impl<T, S: Encode> core::fmt::Debug for RefundSkippedFee<T, S> {
	fn fmt(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
		write!(f, "RefundSkippedFee<{:?}>", self.0 .0.encode())
	}
}

impl<T, S> TransactionExtension<T::RuntimeCall> for RefundSkippedFee<T, S>
where
	T: pallet_skip_feeless_payment::Config + Send + Sync,
	S: TransactionExtension<T::RuntimeCall>,
	T::RuntimeCall: CheckIfFeeless<Origin = frame_system::pallet_prelude::OriginFor<T>>,
{
	const IDENTIFIER: &'static str = S::IDENTIFIER;
	type Implicit = S::Implicit;
	type Val = <SkipCheckIfFeeless<T, S> as TransactionExtension<T::RuntimeCall>>::Val;
	/// The wrapped extension's, and the weight to report unused: the fee extension's weight
	/// when it was skipped, else nothing.
	type Pre = (<SkipCheckIfFeeless<T, S> as TransactionExtension<T::RuntimeCall>>::Pre, Weight);

	fn metadata() -> alloc::vec::Vec<sp_runtime::traits::TransactionExtensionMetadata> {
		S::metadata()
	}

	fn implicit(&self) -> Result<Self::Implicit, TransactionValidityError> {
		self.0.implicit()
	}

	fn weight(&self, call: &T::RuntimeCall) -> Weight {
		self.0.weight(call)
	}

	fn validate(
		&self,
		origin: DispatchOriginOf<T::RuntimeCall>,
		call: &T::RuntimeCall,
		info: &DispatchInfoOf<T::RuntimeCall>,
		len: usize,
		self_implicit: Self::Implicit,
		inherited_implication: &impl Implication,
		source: TransactionSource,
	) -> ValidateResult<Self::Val, T::RuntimeCall> {
		self.0.validate(origin, call, info, len, self_implicit, inherited_implication, source)
	}

	fn prepare(
		self,
		val: Self::Val,
		origin: &DispatchOriginOf<T::RuntimeCall>,
		call: &T::RuntimeCall,
		info: &DispatchInfoOf<T::RuntimeCall>,
		len: usize,
	) -> Result<Self::Pre, TransactionValidityError> {
		let unused = match val {
			Intermediate::Skip(_) => self.0.weight(call),
			Intermediate::Apply(_) => Weight::zero(),
		};
		Ok((self.0.prepare(val, origin, call, info, len)?, unused))
	}

	fn post_dispatch_details(
		(pre, unused): Self::Pre,
		info: &DispatchInfoOf<T::RuntimeCall>,
		post_info: &PostDispatchInfoOf<T::RuntimeCall>,
		len: usize,
		result: &DispatchResult,
	) -> Result<Weight, TransactionValidityError> {
		let wrapped =
			SkipCheckIfFeeless::<T, S>::post_dispatch_details(pre, info, post_info, len, result)?;
		Ok(wrapped.saturating_add(unused))
	}
}
