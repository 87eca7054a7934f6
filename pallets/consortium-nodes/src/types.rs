//! The types of the node set.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{traits::ConstU32, BoundedVec};
use healthchain_primitives::OrganizationId;
use scale_info::TypeInfo;

/// The longest libp2p peer id accepted, in bytes: a SHA2-256 multihash is 34 bytes, an identity
/// multihash of an Ed25519 key (what Substrate nodes use) 38, of any key at most 44.
pub const MAX_PEER_ID_LEN: u32 = 44;

/// A node's libp2p peer id in its binary form (a multihash of the node's public network key,
/// e.g. `12D3KooW…` in base58 is the 38-byte identity multihash `0x0024080112 20 ‖ key`). It
/// names a server, never a person; only well-formed multihashes are stored
/// ([`PeerId::is_well_formed`]).
#[derive(
	Clone,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
	serde::Serialize,
	serde::Deserialize,
)]
pub struct PeerId(pub BoundedVec<u8, ConstU32<MAX_PEER_ID_LEN>>);

impl PeerId {
	/// The peer id from its binary form, if it has at most [`MAX_PEER_ID_LEN`] bytes (its
	/// format is checked by [`Self::is_well_formed`]).
	pub fn from_bytes(bytes: &[u8]) -> Option<Self> {
		BoundedVec::try_from(bytes.to_vec()).ok().map(PeerId)
	}

	/// Whether the bytes are a libp2p peer id: an identity multihash (code `0x00`) of at most 42
	/// bytes of encoded public key, or a SHA2-256 multihash (code `0x12`, 32 bytes), with the
	/// length byte matching.
	pub fn is_well_formed(&self) -> bool {
		match self.0.as_slice() {
			[0x00, len, rest @ ..] => {
				*len as usize == rest.len() && !rest.is_empty() && rest.len() <= 42
			},
			[0x12, 0x20, rest @ ..] => rest.len() == 32,
			_ => false,
		}
	}

	/// The binary form.
	pub fn as_bytes(&self) -> &[u8] {
		&self.0
	}
}

/// What the chain keeps about an authorized node.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct NodeInfo<BlockNumber> {
	/// The member organization that runs the node and answers for it.
	pub organization: OrganizationId,
	/// The block in which governance authorized it.
	pub authorized_at: BlockNumber,
}

/// Whom a node may peer with, as the chain's state says.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub enum Peering {
	/// The chain has no node set yet (a development chain, or a network before its operators
	/// registered their nodes): nodes peer as any Substrate node does.
	Open,
	/// Only these nodes (authorized, of an active organization) may sync and gossip with each
	/// other; every other peer is refused.
	Only(alloc::vec::Vec<PeerId>),
}
