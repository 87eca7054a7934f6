//! The `ConsortiumNodesApi` runtime API: whom a node may peer with, read by every HealthChain
//! node from its finalized state (`node/src/peering.rs`) and by operators' tools.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet_consortium_nodes::{NodeInfo, PeerId, Peering};

sp_api::decl_runtime_apis! {
	/// The consortium's node set.
	pub trait ConsortiumNodesApi {
		/// [`Peering::Open`] while no node was ever authorized, else the peer ids of the
		/// authorized nodes of active organizations.
		fn peering() -> Peering;

		/// Every authorized node with its organization and the block it was authorized in.
		fn nodes() -> alloc::vec::Vec<(PeerId, NodeInfo<u32>)>;
	}
}
