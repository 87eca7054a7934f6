//! # Consortium nodes
//!
//! Only the consortium's own nodes replicate HealthChain. This pallet keeps the set of nodes
//! allowed to peer: each a libp2p peer id and the member organization that runs it, changed only
//! by governance. Every HealthChain node reads the set from its finalized state (the
//! [`runtime_api`](../pallet_consortium_nodes_runtime_api/index.html) `ConsortiumNodesApi`) and
//! admits only those peers to block sync and gossip (the node's `consortium-peering` task;
//! see the README's operator section); a node outside the set does not get past genesis.
//!
//! ## Terms
//! - *Node*: a server running `healthchain-node`, named by its libp2p peer id (its network key,
//!   `--node-key-file`). Validators, RPC nodes and archive nodes alike must be in the set.
//! - *Peering*: [`Peering::Open`] while the set is empty (a development chain, or a network
//!   before its operators registered their nodes), else [`Peering::Only`] the authorized nodes
//!   of **active** organizations: suspending or removing an organization cuts its nodes off at
//!   the next finalized block without a call here.
//!
//! ## Dispatchables
//! - [`Pallet::authorize_node`]: governance admits a member organization's node.
//! - [`Pallet::deauthorize_node`]: governance removes a node (never the last one: once a
//!   network is closed it stays closed).
//!
//! Why not `pallet-node-authorization` (polkadot-sdk): its `claim_node` and `add_connections`
//! let any signed account store peer ids with no deposit and no bound (`without_storage_info`,
//! an unbounded `Vec<PeerId>` argument), its weights are fixed placeholders rather than
//! benchmarks, a node's owner is an account rather than an organization (so a suspended member's
//! nodes keep peering), and its offchain worker switches every node to reserved-only with an
//! empty set when the pallet arrives by runtime upgrade before any node was registered: the
//! network would split. Here the node applies the set itself, from finalized state, whatever the
//! offchain-worker setting, and an empty set means open.

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(clippy::indexing_slicing, clippy::arithmetic_side_effects)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

use alloc::vec::Vec;

use frame_support::pallet_prelude::*;
use frame_system::pallet_prelude::*;
use healthchain_primitives::{OrganizationId, OrganizationInspect};
pub use pallet::*;
pub use types::{NodeInfo, PeerId, Peering, MAX_PEER_ID_LEN};
pub use weights::WeightInfo;

const LOG_TARGET: &str = "runtime::consortium-nodes";

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// Who authorizes and removes nodes: the consortium council (or Root).
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The organization registry: a node belongs to an existing, active organization.
		type Organizations: OrganizationInspect<Self::AccountId>;

		/// The most nodes the set holds; bounds storage and every node's peer list.
		#[pallet::constant]
		type MaxNodes: Get<u32>;

		/// Weights of the calls, from benchmarks.
		type WeightInfo: WeightInfo;
	}

	/// The authorized nodes, by peer id.
	#[pallet::storage]
	pub type Nodes<T: Config> =
		CountedStorageMap<_, Blake2_128Concat, PeerId, NodeInfo<BlockNumberFor<T>>, OptionQuery>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The nodes of the founding members: (peer id in binary form, organization). Empty
		/// leaves the network open until governance authorizes the first node.
		pub nodes: Vec<(PeerId, OrganizationId)>,
		#[serde(skip)]
		pub _config: core::marker::PhantomData<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			for (peer_id, organization) in &self.nodes {
				assert!(peer_id.is_well_formed(), "genesis node {peer_id:?} is not a peer id");
				assert!(!Nodes::<T>::contains_key(peer_id), "genesis node {peer_id:?} twice");
				assert!(
					Nodes::<T>::count() < T::MaxNodes::get(),
					"more genesis nodes than MaxNodes"
				);
				Nodes::<T>::insert(
					peer_id,
					NodeInfo { organization: *organization, authorized_at: Zero::zero() },
				);
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// The node `peer_id` of `organization` may peer from the block in which this is
		/// finalized.
		NodeAuthorized { peer_id: PeerId, organization: OrganizationId },
		/// The node `peer_id` of `organization` is refused from the block in which this is
		/// finalized.
		NodeDeauthorized { peer_id: PeerId, organization: OrganizationId },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The bytes are not a libp2p peer id (an identity or SHA2-256 multihash).
		MalformedPeerId,
		/// The node is already authorized.
		AlreadyAuthorized,
		/// The node is not authorized.
		NotAuthorized,
		/// The set already holds `MaxNodes` nodes.
		TooManyNodes,
		/// Removing the node would empty the set, which reopens the network to any node.
		LastNode,
		/// No organization has this id.
		UnknownOrganization,
		/// The organization is suspended: it gets no new nodes until it is reinstated.
		OrganizationSuspended,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxNodes::get() >= 1, "the set must hold a node");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Authorizes the node `peer_id`, run by `organization`, to peer with the consortium's
		/// nodes.
		///
		/// - Origin: [`Config::GovernanceOrigin`].
		/// - `peer_id`: the node's peer id in binary form (`12D3KooW…` decoded from base58).
		/// - `organization`: an existing, active organization.
		/// - Takes effect on every node once the block is finalized. Emits
		///   [`Event::NodeAuthorized`].
		/// - Fails with [`Error::MalformedPeerId`], [`Error::AlreadyAuthorized`],
		///   [`Error::TooManyNodes`], [`Error::UnknownOrganization`] or
		///   [`Error::OrganizationSuspended`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::authorize_node())]
		pub fn authorize_node(
			origin: OriginFor<T>,
			peer_id: PeerId,
			organization: OrganizationId,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			ensure!(peer_id.is_well_formed(), Error::<T>::MalformedPeerId);
			ensure!(!Nodes::<T>::contains_key(&peer_id), Error::<T>::AlreadyAuthorized);
			ensure!(Nodes::<T>::count() < T::MaxNodes::get(), Error::<T>::TooManyNodes);
			let summary = T::Organizations::organization(organization)
				.ok_or(Error::<T>::UnknownOrganization)?;
			ensure!(summary.active, Error::<T>::OrganizationSuspended);
			Nodes::<T>::insert(
				&peer_id,
				NodeInfo { organization, authorized_at: frame_system::Pallet::<T>::block_number() },
			);
			log::info!(target: LOG_TARGET, "node {peer_id:?} of organization {organization} authorized");
			Self::deposit_event(Event::NodeAuthorized { peer_id, organization });
			Ok(())
		}

		/// Removes the node `peer_id` from the set: every node refuses it once the block is
		/// finalized.
		///
		/// - Origin: [`Config::GovernanceOrigin`].
		/// - Emits [`Event::NodeDeauthorized`].
		/// - Fails with [`Error::NotAuthorized`], or [`Error::LastNode`] for the only node left.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::deauthorize_node())]
		pub fn deauthorize_node(origin: OriginFor<T>, peer_id: PeerId) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			let info = Nodes::<T>::get(&peer_id).ok_or(Error::<T>::NotAuthorized)?;
			ensure!(Nodes::<T>::count() > 1, Error::<T>::LastNode);
			Nodes::<T>::remove(&peer_id);
			log::info!(target: LOG_TARGET, "node {peer_id:?} deauthorized");
			Self::deposit_event(Event::NodeDeauthorized {
				peer_id,
				organization: info.organization,
			});
			Ok(())
		}
	}
}

impl<T: Config> Pallet<T> {
	/// Whom nodes may peer with: [`Peering::Open`] while no node was ever authorized, else the
	/// authorized nodes of active organizations (possibly none, if all are suspended).
	pub fn peering() -> Peering {
		if Nodes::<T>::count() == 0 {
			return Peering::Open;
		}
		Peering::Only(
			Nodes::<T>::iter()
				.filter(|(_, info)| {
					T::Organizations::organization(info.organization).is_some_and(|o| o.active)
				})
				.map(|(peer_id, _)| peer_id)
				.collect(),
		)
	}

	/// The authorized nodes and their organizations (active or not), in storage order.
	pub fn nodes() -> Vec<(PeerId, NodeInfo<BlockNumberFor<T>>)> {
		Nodes::<T>::iter().collect()
	}

	/// Invariants: the counter matches the map, within `MaxNodes`; every stored peer id is well
	/// formed.
	#[cfg(any(feature = "try-runtime", feature = "std"))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let mut stored = 0u32;
		for (peer_id, _) in Nodes::<T>::iter() {
			ensure!(peer_id.is_well_formed(), "a stored peer id is malformed");
			stored = stored.saturating_add(1);
		}
		ensure!(stored == Nodes::<T>::count(), "the node counter differs from the map");
		ensure!(stored <= T::MaxNodes::get(), "more nodes than MaxNodes");
		Ok(())
	}
}
