//! Small codes and sets of them, and the derive lists the chain's types share.
//!
//! Sets of small codes (roles, purposes, data categories, actions) are stored as one integer, a
//! bit per code: constant size, O(1) checks. One macro defines them all, so every set behaves the
//! same way. [`scale_codes!`](crate::scale_codes) and [`client_types!`](crate::client_types) give
//! the pallets' code types and the types their queries return one derive list each, and the
//! hand-written serde impls of this crate read names through [`deserialize_name`] and
//! [`deserialize_bits`].

use core::{marker::PhantomData, ops::BitOr};
use serde::de::{DeserializeSeed, Deserializer, Error, SeqAccess, Unexpected, Visitor};

/// Defines a bit set `$name($bits)` of the codes `$item` (which provides `ALL` and `bit()`);
/// `valid` is the mask of meaningful bits.
///
/// In JSON (serde) a set is the list of its elements' names, so clients read `["Read", "Write"]`
/// rather than a bit mask; `extra = "Name" => BIT` names one more bit that is not an element
/// (the categories' "all standard"). A bare integer (the bits) is accepted when reading, too.
macro_rules! bit_set {
	($(#[$meta:meta])* $name:ident($bits:ty) of $item:ident, valid = $valid:expr
		$(, extra = $extra_name:literal => $extra_bit:expr)?) => {
		$crate::scale_codes! {
			$(#[$meta])*
			#[derive(Default)]
			pub struct $name(pub $bits);
		}

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
				$crate::bit_set::deserialize_bits(
					deserializer,
					concat!("a list of names or the bits of ", stringify!($name)),
					concat!("an element name of ", stringify!($name)),
					|name| {
						$(if name == $extra_name {
							return Some($extra_bit);
						})?
						$crate::bit_set::from_name::<$item>(name).map($item::bit)
					},
				)
				.map($name)
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

/// Defines a code enum (purpose, category, action, kind, role, reason…) with the one derive list
/// every code needs ([`scale_codes!`](crate::scale_codes)), ordered, and serde as its names.
macro_rules! code_enum {
	($(#[$meta:meta])* pub enum $name:ident { $($body:tt)* }) => {
		$crate::scale_codes! {
			$(#[$meta])*
			#[derive(PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
			pub enum $name { $($body)* }
		}
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

/// Derives what every type a query returns needs, for each struct given: clone, compare, debug,
/// SCALE (with memory-tracked decoding), type info and, with the `std` feature, serde's
/// `Serialize` with camelCase field names — the JSON the `healthchain_*` RPC methods serve.
///
/// Each struct states only what is its own: more derives (`Copy`, `MaxEncodedLen` for what is
/// stored), the serde `bound` of its generic parameters, and
/// `serialize_with = "healthchain_primitives::serde_display"` on its balance fields (decimal
/// strings). Structs with named fields and plain generic parameters only: an enum's variant
/// names are its JSON, which camelCase would change. Like [`scale_codes!`](crate::scale_codes),
/// it names the caller's dependencies `codec`, `scale_info` and `serde`.
///
/// ```
/// healthchain_primitives::client_types! {
///     /// A reading.
///     #[derive(Copy, codec::MaxEncodedLen)]
///     #[cfg_attr(feature = "std", serde(bound = "Value: core::fmt::Display"))]
///     pub struct Reading<Value> {
///         /// The sensor.
///         pub sensor_id: u32,
///         /// What it read.
///         #[cfg_attr(
///             feature = "std",
///             serde(serialize_with = "healthchain_primitives::serde_display")
///         )]
///         pub value: Value,
///     }
/// }
/// let reading = Reading { sensor_id: 7, value: 1_000_000_000_000_000_000_000u128 };
/// assert_eq!(codec::Encode::encode(&reading).len(), 4 + 16);
/// # #[cfg(feature = "std")]
/// assert_eq!(
///     serde_json::to_string(&reading).unwrap(),
///     r#"{"sensorId":7,"value":"1000000000000000000000"}"#
/// );
/// ```
#[macro_export]
macro_rules! client_types {
	($(
		$(#[$meta:meta])*
		$vis:vis struct $name:ident $(<$($param:ident),+ $(,)?>)? { $($fields:tt)* }
	)*) => {
		$(
			#[derive(
				Clone, Debug, PartialEq, Eq, codec::Encode, codec::Decode,
				codec::DecodeWithMemTracking, scale_info::TypeInfo,
			)]
			#[cfg_attr(feature = "std", derive(serde::Serialize))]
			#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
			$(#[$meta])*
			$vis struct $name $(<$($param),+>)? { $($fields)* }
		)*
	};
}

/// Implements `From<Result<(), Reason>>` for a client type that reports a check as a flag and a
/// reason, `$name { $ok: bool, $reason: Option<Reason> }`: `Ok(())` gives `$ok: true` and no
/// reason, `Err(r)` gives `$ok: false` and `Some(r)`.
///
/// ```
/// healthchain_primitives::client_types! {
///     /// Whether a code is known.
///     pub struct Known {
///         /// Whether it is.
///         pub known: bool,
///         /// Why not.
///         pub why: Option<u8>,
///     }
/// }
/// healthchain_primitives::from_check!(Known { known, why: u8 });
/// assert_eq!(Known::from(Err(3)), Known { known: false, why: Some(3) });
/// ```
#[macro_export]
macro_rules! from_check {
	($name:ident { $ok:ident, $reason:ident: $error:ty }) => {
		impl From<Result<(), $error>> for $name {
			fn from(check: Result<(), $error>) -> Self {
				$name { $ok: check.is_ok(), $reason: check.err() }
			}
		}
	};
}

/// Reads a name (a JSON string) with `parse` (`None`: not a valid name); `expecting` says what a
/// valid one is. The one string visitor of this crate's hand-written serde impls.
pub(crate) fn deserialize_name<'de, D: Deserializer<'de>, T>(
	deserializer: D,
	expecting: &'static str,
	parse: impl FnOnce(&str) -> Option<T>,
) -> Result<T, D::Error> {
	deserializer.deserialize_str(NameVisitor { expecting, parse, value: PhantomData })
}

/// Reads a set of bits: a list of names, each turned into its bit by `bit` (`None`: not a name),
/// or the bits as an integer. `expecting` says what a valid set is, `element` what a valid name
/// is.
pub(crate) fn deserialize_bits<'de, D: Deserializer<'de>, Bits>(
	deserializer: D,
	expecting: &'static str,
	element: &'static str,
	bit: impl Fn(&str) -> Option<Bits>,
) -> Result<Bits, D::Error>
where
	Bits: Copy + Default + BitOr<Output = Bits> + TryFrom<u64>,
{
	deserializer.deserialize_any(BitsVisitor { expecting, element, bit, bits: PhantomData })
}

/// The code (an enum deriving serde) whose variant is called `name`.
pub(crate) fn from_name<T: serde::de::DeserializeOwned>(name: &str) -> Option<T> {
	T::deserialize(serde::de::value::StrDeserializer::<serde::de::value::Error>::new(name)).ok()
}

/// The visitor of [`deserialize_name`] (and the seed of each name of [`deserialize_bits`]).
struct NameVisitor<T, F> {
	expecting: &'static str,
	parse: F,
	value: PhantomData<fn() -> T>,
}

impl<'de, T, F: FnOnce(&str) -> Option<T>> Visitor<'de> for NameVisitor<T, F> {
	type Value = T;

	fn expecting(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
		f.write_str(self.expecting)
	}

	fn visit_str<E: Error>(self, name: &str) -> Result<T, E> {
		(self.parse)(name).ok_or_else(|| E::invalid_value(Unexpected::Str(name), &self.expecting))
	}
}

impl<'de, T, F: FnOnce(&str) -> Option<T>> DeserializeSeed<'de> for NameVisitor<T, F> {
	type Value = T;

	fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<T, D::Error> {
		deserializer.deserialize_str(self)
	}
}

/// The visitor of [`deserialize_bits`].
struct BitsVisitor<Bits, F> {
	expecting: &'static str,
	element: &'static str,
	bit: F,
	bits: PhantomData<fn() -> Bits>,
}

impl<'de, Bits, F> Visitor<'de> for BitsVisitor<Bits, F>
where
	Bits: Copy + Default + BitOr<Output = Bits> + TryFrom<u64>,
	F: Fn(&str) -> Option<Bits>,
{
	type Value = Bits;

	fn expecting(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
		f.write_str(self.expecting)
	}

	fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Bits, A::Error> {
		let mut bits = Bits::default();
		let element =
			|| NameVisitor { expecting: self.element, parse: &self.bit, value: PhantomData };
		while let Some(bit) = seq.next_element_seed(element())? {
			bits = bits | bit;
		}
		Ok(bits)
	}

	fn visit_u64<E: Error>(self, bits: u64) -> Result<Bits, E> {
		Bits::try_from(bits).map_err(|_| E::custom("bits out of range"))
	}
}

#[cfg(test)]
mod tests {
	use crate::{ActionSet, CategorySet, DuoModifiers, DuoPermission};
	use serde_json::{from_value, json, to_value};

	crate::client_types! {
		/// A client type as the pallets declare them.
		#[cfg_attr(
			feature = "std",
			serde(bound = "AccountId: serde::Serialize, Balance: core::fmt::Display")
		)]
		pub struct Holding<AccountId, Balance> {
			/// Whose.
			pub account_id: AccountId,
			/// How much.
			#[cfg_attr(feature = "std", serde(serialize_with = "crate::serde_display"))]
			pub held_deposit: Balance,
		}
	}

	#[test]
	fn client_types_are_camel_case_json_with_balances_as_strings() {
		let holding = Holding { account_id: 7u64, held_deposit: u128::MAX };
		assert_eq!(
			to_value(&holding).unwrap(),
			json!({ "accountId": 7, "heldDeposit": u128::MAX.to_string() })
		);
		assert_eq!(codec::Encode::encode(&holding).len(), 8 + 16);
	}

	#[test]
	fn names_read_back_what_was_written() {
		let modifiers = DuoModifiers(DuoModifiers::IRB | DuoModifiers::PUB);
		assert_eq!(to_value(modifiers).unwrap(), json!(["IRB", "PUB"]));
		assert_eq!(from_value::<DuoModifiers>(json!(["IRB", "PUB"])).unwrap(), modifiers);
		assert_eq!(from_value::<DuoModifiers>(json!(12)).unwrap(), modifiers);
		let disease = DuoPermission::DiseaseSpecific(399);
		assert_eq!(to_value(disease).unwrap(), json!("DS:399"));
		assert_eq!(from_value::<DuoPermission>(json!("DS:399")).unwrap(), disease);
		assert_eq!(
			from_value::<CategorySet>(json!(["AllStandard"])).unwrap(),
			CategorySet::all_standard()
		);
	}

	/// The message of the error reading `json` as a `T`.
	fn error_reading<T: serde::de::DeserializeOwned + core::fmt::Debug>(
		json: serde_json::Value,
	) -> String {
		from_value::<T>(json).unwrap_err().to_string()
	}

	#[test]
	fn unknown_names_and_bits_say_what_was_expected() {
		assert!(error_reading::<DuoPermission>(json!("XYZ")).contains("expected a DUO code"));
		assert!(error_reading::<DuoModifiers>(json!(["IRB", "ABC"]))
			.contains("expected a DUO modifier code"));
		assert!(error_reading::<ActionSet>(json!(["Delete"]))
			.contains("expected an element name of ActionSet"));
		assert!(error_reading::<ActionSet>(json!(256)).contains("bits out of range"));
		assert!(error_reading::<ActionSet>(json!("Read")).contains("expected a list of names"));
	}
}
