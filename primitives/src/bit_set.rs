//! Small codes and sets of them. Sets of small codes (roles, purposes, data categories, actions) stored as one integer, a bit
//! per code: constant size, O(1) checks. One macro defines them all, so every set behaves the
//! same way.

/// Defines a bit set `$name($bits)` of the codes `$item` (which provides `ALL` and `bit()`);
/// `valid` is the mask of meaningful bits.
///
/// In JSON (serde) a set is the list of its elements' names, so clients read `["Read", "Write"]`
/// rather than a bit mask; `extra = "Name" => BIT` names one more bit that is not an element
/// (the categories' "all standard"). A bare integer (the bits) is accepted when reading, too.
macro_rules! bit_set {
	($(#[$meta:meta])* $name:ident($bits:ty) of $item:ident, valid = $valid:expr
		$(, extra = $extra_name:literal => $extra_bit:expr)?) => {
		$(#[$meta])*
		#[derive(
			Clone, Copy, Debug, Default, PartialEq, Eq, codec::Encode, codec::Decode,
			codec::DecodeWithMemTracking, codec::MaxEncodedLen, scale_info::TypeInfo,
		)]
		pub struct $name(pub $bits);

		impl serde::Serialize for $name {
			fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
				use serde::ser::SerializeSeq;
				let mut seq = serializer.serialize_seq(None)?;
				$(if self.0 & $extra_bit != 0 {
					seq.serialize_element($extra_name)?;
				})?
				for item in self.items() {
					seq.serialize_element(&item)?;
				}
				seq.end()
			}
		}

		impl<'de> serde::Deserialize<'de> for $name {
			fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
				/// One element's name, or the extra name.
				struct Element($bits);
				impl<'de> serde::Deserialize<'de> for Element {
					fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
						struct ElementVisitor;
						impl<'de> serde::de::Visitor<'de> for ElementVisitor {
							type Value = Element;
							fn expecting(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
								f.write_str(concat!("an element name of ", stringify!($name)))
							}
							fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Element, E> {
								$(if v == $extra_name {
									return Ok(Element($extra_bit));
								})?
								let item: $item = serde::Deserialize::deserialize(
									serde::de::IntoDeserializer::<E>::into_deserializer(v),
								)?;
								Ok(Element(item.bit()))
							}
						}
						d.deserialize_str(ElementVisitor)
					}
				}
				struct SetVisitor;
				impl<'de> serde::de::Visitor<'de> for SetVisitor {
					type Value = $name;
					fn expecting(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
						f.write_str(concat!("a list of names or the bits of ", stringify!($name)))
					}
					fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<$name, A::Error> {
						let mut bits: $bits = 0;
						while let Some(Element(bit)) = seq.next_element()? {
							bits |= bit;
						}
						Ok($name(bits))
					}
					fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<$name, E> {
						<$bits>::try_from(v).map($name).map_err(|_| E::custom("bits out of range"))
					}
				}
				deserializer.deserialize_any(SetVisitor)
			}
		}

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
