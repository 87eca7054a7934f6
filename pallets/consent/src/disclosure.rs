//! Reads served by the organization holding a record to a member of another organization
//! (federated fetch between gateways): the holder records the read with the reader's signed
//! request, so the patient's log names the reader without depending on the reader reporting
//! itself, and without the holder being able to name a reader who never asked.

use alloc::vec::Vec;
use codec::Encode;
use frame_support::{ensure, traits::Get, traits::Time};
use frame_system::pallet_prelude::BlockNumberFor;
use healthchain_primitives::{signed_raw_or_wrapped, Moment, OrganizationInspect};
use sp_runtime::{
	traits::{BlakeTwo256, Hash, Verify},
	DispatchError,
};

use crate::{
	Config, DisclosureId, DisclosureRequest, DisclosureRing, Disclosures, Error, Event,
	NextDisclosureSlot, Pallet,
};

/// The domain of the message a reader signs ([`Pallet::disclosure_message`]).
pub const DISCLOSURE_DOMAIN: &[u8] = b"healthchain/disclosure";

/// How far (ms) a request's `issued_at` may lie ahead of the chain's time: the reader's clock
/// and the block's timestamp differ by seconds, not minutes.
pub const MAX_DISCLOSURE_DRIFT: Moment = 60_000;

/// The message a reader signs for a request (`encoded_request`, its SCALE encoding) on the
/// chain whose genesis hash is `genesis`: `b"healthchain/disclosure" ‖ genesis ‖ request`. The
/// one definition, used by the pallet ([`Pallet::disclosure_message`]) and by clients that
/// sign off chain (the gateway).
pub fn disclosure_message_of(genesis: &[u8], encoded_request: &[u8]) -> Vec<u8> {
	[DISCLOSURE_DOMAIN, genesis, encoded_request].concat()
}

impl<T: Config> Pallet<T> {
	/// What a reader signs to fetch a record: `b"healthchain/disclosure" ‖ genesis hash (32
	/// bytes) ‖ SCALE(request)`. The genesis hash keeps a signature for one chain from being
	/// used on another. Wallets that sign raw bytes wrapped in `<Bytes>…</Bytes>` are accepted
	/// too.
	pub fn disclosure_message(request: &DisclosureRequest<T::AccountId>) -> Vec<u8> {
		let genesis = frame_system::Pallet::<T>::block_hash(BlockNumberFor::<T>::default());
		disclosure_message_of(genesis.as_ref(), &request.encode())
	}

	/// The id of a request: BLAKE2b-256 of its encoding.
	pub fn disclosure_id(request: &DisclosureRequest<T::AccountId>) -> DisclosureId {
		request.using_encoded(BlakeTwo256::hash)
	}

	/// Checks a disclosure and records it (see [`Pallet::record_disclosure`]); how many
	/// consents the evaluation read.
	///
	/// Every check comes before the first write: a refused disclosure changes nothing.
	///
	/// # Errors
	/// [`Error::AccessDenied`] (the submitter is not an active member of the holder),
	/// [`Error::DisclosureWithinOrganization`], [`Error::DisclosureNotCurrent`], [`Error::BadDisclosureSignature`],
	/// [`Error::DisclosureReplayed`], [`Error::DisclosureMemoryFull`], or those of
	/// [`Pallet::record_access`] for the reader.
	pub(crate) fn do_record_disclosure(
		submitter: T::AccountId,
		request: DisclosureRequest<T::AccountId>,
		signature: &T::PatientSignature,
	) -> Result<u32, DispatchError> {
		T::Organizations::ensure_member(request.holder, &submitter)
			.map_err(Error::<T>::AccessDenied)?;
		ensure!(request.organization != request.holder, Error::<T>::DisclosureWithinOrganization);
		let now = T::Time::now();
		ensure!(
			request.issued_at <= now.saturating_add(MAX_DISCLOSURE_DRIFT)
				&& request.issued_at.saturating_add(T::DisclosureValidity::get()) > now,
			Error::<T>::DisclosureNotCurrent
		);
		let message = Self::disclosure_message(&request);
		ensure!(
			signed_raw_or_wrapped(&message, |signed| signature.verify(signed, &request.reader)),
			Error::<T>::BadDisclosureSignature
		);
		let id = Self::disclosure_id(&request);
		ensure!(!Disclosures::<T>::contains_key(id), Error::<T>::DisclosureReplayed);
		let (slot, forgotten) = Self::free_disclosure_slot(now)?;

		let read = Self::do_record_access(
			request.reader.clone(),
			request.organization,
			request.patient.clone(),
			request.purpose,
			request.category,
			None,
		)?;

		if let Some(old) = forgotten {
			Disclosures::<T>::remove(old);
		}
		Disclosures::<T>::insert(id, request.issued_at);
		DisclosureRing::<T>::insert(slot, id);
		NextDisclosureSlot::<T>::put(
			slot.checked_add(1).filter(|next| *next < T::DisclosureMemory::get()).unwrap_or(0),
		);
		Self::deposit_event(Event::Disclosed {
			request: id,
			holder: request.holder,
			by: submitter,
		});
		Ok(read)
	}

	/// The ring slot the next remembered request takes, and the request remembered there that
	/// it forgets. A request is forgotten only once it can no longer be recorded (older than
	/// [`Config::DisclosureValidity`]), so a forgotten request cannot be replayed.
	///
	/// # Errors
	/// [`Error::DisclosureMemoryFull`] when the slot still holds a request that is valid.
	fn free_disclosure_slot(now: Moment) -> Result<(u32, Option<DisclosureId>), DispatchError> {
		let slot = NextDisclosureSlot::<T>::get();
		let Some(old) = DisclosureRing::<T>::get(slot) else {
			return Ok((slot, None));
		};
		let still_valid = Disclosures::<T>::get(old)
			.is_some_and(|issued_at| issued_at.saturating_add(T::DisclosureValidity::get()) > now);
		ensure!(!still_valid, Error::<T>::DisclosureMemoryFull);
		Ok((slot, Some(old)))
	}
}
