//! Small codes and sets of them. Sets of small codes (roles, purposes, data categories, actions) stored as one integer, a bit
//! per code: constant size, O(1) checks. One macro defines them all, so every set behaves the
//! same way.

/// Defines a bit set `$name($bits)` of the codes `$item` (which provides `ALL` and `bit()`);
/// `valid` is the mask of meaningful bits.
macro_rules! bit_set {
	($(#[$meta:meta])* $name:ident($bits:ty) of $item:ident, valid = $valid:expr) => {
		$(#[$meta])*
		#[derive(
			Clone, Copy, Debug, Default, PartialEq, Eq, codec::Encode, codec::Decode,
			codec::DecodeWithMemTracking, codec::MaxEncodedLen, scale_info::TypeInfo,
			serde::Serialize, serde::Deserialize,
		)]
		pub struct $name(pub $bits);

		impl $name {
			/// The bits that name an element; any other bit makes the set invalid.
			pub const VALID_BITS: $bits = $valid;

			/// The empty set.
			pub const fn empty() -> Self {
				$name(0)
			}

			/// The set holding exactly `items`.
			pub fn from_items(items: &[$item]) -> Self {
				$name(items.iter().fold(0, |bits, item| bits | item.bit()))
			}

			/// Whether `item` is named in the set.
			pub const fn names(self, item: $item) -> bool {
				self.0 & item.bit() != 0
			}

			/// Whether the set names nothing.
			pub const fn is_empty(self) -> bool {
				self.0 == 0
			}

			/// Whether every bit is meaningful (a set decoded from a transaction may carry
			/// others).
			pub const fn is_valid(self) -> bool {
				self.0 & !Self::VALID_BITS == 0
			}

			/// The elements named in the set, in bit order.
			pub fn items(self) -> impl Iterator<Item = $item> {
				$item::ALL.into_iter().filter(move |item| self.names(*item))
			}
		}
	};
}

/// Defines a code enum (purpose, category, action, kind, role, reason, decision…) with the one
/// derive list every code needs: copyable, comparable, SCALE, type info, serde.
macro_rules! code_enum {
	($(#[$meta:meta])* pub enum $name:ident { $($body:tt)* }) => {
		$(#[$meta])*
		#[derive(
			Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, codec::Encode, codec::Decode,
			codec::DecodeWithMemTracking, codec::MaxEncodedLen, scale_info::TypeInfo,
			serde::Serialize, serde::Deserialize,
		)]
		pub enum $name { $($body)* }
	};
}

pub(crate) use {bit_set, code_enum};

/// Derives what every small on-chain code type needs — copy, compare, debug, SCALE (with
/// memory-tracked decoding), maximum size and type info — for each item given. The pallets'
/// own code enums and small value structs use it, so that one derive list serves them all:
///
/// ```
/// healthchain_primitives::scale_codes! {
///     /// A verdict.
///     pub enum Verdict { Yes, No }
/// }
/// assert_eq!(codec::Encode::encode(&Verdict::No), vec![1]);
/// ```
#[macro_export]
macro_rules! scale_codes {
	($($item:item)*) => {
		$(
			#[derive(
				Clone, Copy, Debug, PartialEq, Eq, codec::Encode, codec::Decode,
				codec::DecodeWithMemTracking, codec::MaxEncodedLen, scale_info::TypeInfo,
			)]
			$item
		)*
	};
}
