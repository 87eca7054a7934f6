//! The one query contract's paging: every list query returns a [`Page`] of items in id order
//! with an exact cursor, built by [`scan_page`] (over sequential ids) or [`prefix_page`] (over the
//! keys under one owner in an index map whose keys sort in id order, [`SortKey`]). One page-size
//! rule ([`page_size`], [`MAX_PAGE`]) serves every query, the runtime APIs and the JSON-RPC.
//!
//! The cursor contract: pass a page's `next_cursor` as the next call's `start_after`; a page
//! whose `next_cursor` is `None` is the last. A page may hold fewer than `limit` items (even none)
//! and still carry a cursor, when a bounded scan stopped before the end: clients page on while a
//! cursor comes back, and never miss an item that matches.

use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, EncodeLike, FullCodec, MaxEncodedLen, Output};
use frame_support::{
	storage::{migration, IterableStorageDoubleMap, StorageDoubleMap},
	ReversibleStorageHasher,
};
use scale_info::{build::Fields, Path, Type, TypeInfo};

/// The largest page any query returns.
pub const MAX_PAGE: u32 = 1000;

/// The page size of the JSON-RPC methods when the caller gives none.
pub const DEFAULT_PAGE: u32 = 100;

/// The one page-size rule of the runtime's queries: `limit`, at least 1 and at most
/// [`MAX_PAGE`]. (The JSON-RPC rejects a `limit` of 0 or above [`MAX_PAGE`] instead of clamping.)
pub const fn page_size(limit: u32) -> u32 {
	if limit == 0 {
		1
	} else if limit > MAX_PAGE {
		MAX_PAGE
	} else {
		limit
	}
}

/// A page of a list query: `items` in id order, and `next_cursor`, the `start_after` of the next
/// page (`None`: nothing follows).
///
/// SCALE: `(Vec<T>, Option<C>)`. JSON: `{ "items": [..], "nextCursor": c | null }`.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo)]
#[cfg_attr(feature = "std", derive(serde::Serialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct Page<T, C> {
	/// The items, in id order.
	pub items: Vec<T>,
	/// Where the next page starts (exclusive), or `None` after the last page.
	pub next_cursor: Option<C>,
}

impl<T, C> Page<T, C> {
	/// The page with each item turned into another.
	pub fn map<U>(self, f: impl FnMut(T) -> U) -> Page<U, C> {
		Page { items: self.items.into_iter().map(f).collect(), next_cursor: self.next_cursor }
	}

	/// The page with its cursor turned into another type.
	pub fn map_cursor<D>(self, f: impl FnOnce(C) -> D) -> Page<T, D> {
		Page { items: self.items, next_cursor: self.next_cursor.map(f) }
	}
}

/// An item with its id, for clients that show both.
///
/// SCALE: `(K, V)`. JSON: the item's own fields with `"id"` added: `{ "id": k, ..v }`.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo)]
#[cfg_attr(feature = "std", derive(serde::Serialize))]
pub struct WithId<K, V> {
	/// The item's id.
	pub id: K,
	/// The item.
	#[cfg_attr(feature = "std", serde(flatten))]
	pub value: V,
}

impl<K, V> WithId<K, V> {
	/// `value` with its `id`.
	pub const fn new(id: K, value: V) -> Self {
		WithId { id, value }
	}
}

/// Ids handed out in sequence (`0, 1, 2, …`), which [`scan_page`] walks.
pub trait SequentialId: Copy + Ord {
	/// The first id handed out.
	const FIRST: Self;
	/// The id after this one, if any.
	fn next(self) -> Option<Self>;
}

macro_rules! sequential_id {
	($($t:ty),*) => {$(
		impl SequentialId for $t {
			const FIRST: Self = 0;
			fn next(self) -> Option<Self> {
				self.checked_add(1)
			}
		}
	)*};
}
sequential_id!(u32, u64);

/// A page over the sequential ids after `start_after` (default: from the first) and below `end`
/// (the next id to be handed out): the `Some` results of `find`, until [`page_size`]`(limit)`
/// items are found or `max_scan` ids are looked at, whichever comes first.
///
/// `next_cursor` is the last id looked at whenever ids remain below `end`, so a page cut short by
/// the scan budget (even an empty one) still says where to resume, and `None` only when no id
/// remains. Work: at most `max_scan` calls of `find`.
pub fn scan_page<Id: SequentialId, T>(
	start_after: Option<Id>,
	end: Id,
	limit: u32,
	max_scan: u32,
	mut find: impl FnMut(Id) -> Option<T>,
) -> Page<T, Id> {
	let limit = page_size(limit) as usize;
	let mut items = Vec::new();
	let mut next = match start_after {
		Some(cursor) => cursor.next(),
		None => Some(Id::FIRST),
	};
	let mut last_scanned = None;
	let mut scanned = 0u32;
	while let Some(id) = next {
		if id >= end || items.len() >= limit || scanned >= max_scan {
			break;
		}
		if let Some(item) = find(id) {
			items.push(item);
		}
		last_scanned = Some(id);
		scanned = scanned.saturating_add(1);
		next = id.next();
	}
	let more = next.is_some_and(|id| id < end);
	Page { items, next_cursor: if more { last_scanned.or(start_after) } else { None } }
}

/// A page of the second keys stored under `k1` in the double map `Map`, in storage order, after
/// `start_after` (exclusive), each turned into an item by `find` (`None`: skipped).
///
/// Storage order is id order when the second key is a [`SortKey`] (or an account) stored with the
/// `Identity` hasher. Reads at most [`page_size`]`(limit) + 1` keys; `next_cursor` is the page's
/// last key when more keys follow it.
pub fn prefix_page<Map, K1, K2, V, T>(
	k1: &K1,
	start_after: Option<K2>,
	limit: u32,
	find: impl FnMut(K2) -> Option<T>,
) -> Page<T, K2>
where
	Map: IterableStorageDoubleMap<K1, K2, V> + StorageDoubleMap<K1, K2, V>,
	K1: FullCodec,
	K2: FullCodec + Clone,
	V: FullCodec,
{
	let limit = page_size(limit) as usize;
	let mut keys: Vec<K2> = match start_after {
		Some(cursor) => <Map as IterableStorageDoubleMap<K1, K2, V>>::iter_key_prefix_from(
			k1,
			<Map as StorageDoubleMap<K1, K2, V>>::hashed_key_for(k1, cursor),
		)
		.take(limit.saturating_add(1))
		.collect(),
		None => <Map as IterableStorageDoubleMap<K1, K2, V>>::iter_key_prefix(k1)
			.take(limit.saturating_add(1))
			.collect(),
	};
	let next_cursor = if keys.len() > limit {
		keys.truncate(limit);
		keys.last().cloned()
	} else {
		None
	};
	Page { items: keys.into_iter().filter_map(find).collect(), next_cursor }
}

/// A page of a per-owner index map `(owner, SortKey<Id>) -> ()` (ids in id order) after
/// `start_after`: each id the index holds under `owner` with the item `get` finds for it (ids
/// without an item are skipped). [`prefix_page`] over [`SortKey`]s, with plain ids as cursors.
pub fn index_page<Index, Owner, Id, T>(
	owner: &Owner,
	start_after: Option<Id>,
	limit: u32,
	mut get: impl FnMut(Id) -> Option<T>,
) -> IdPage<Id, T>
where
	Index:
		IterableStorageDoubleMap<Owner, SortKey<Id>, ()> + StorageDoubleMap<Owner, SortKey<Id>, ()>,
	Owner: FullCodec,
	Id: Copy,
	SortKey<Id>: FullCodec + Clone,
{
	prefix_page::<Index, Owner, SortKey<Id>, (), _>(owner, start_after.map(SortKey), limit, |key| {
		get(key.0).map(|item| WithId::new(key.0, item))
	})
	.map_cursor(|key| key.0)
}

/// A page of items with their ids: what every list query returns.
pub type IdPage<Id, T> = Page<WithId<Id, T>, Id>;

/// An id as a storage key that sorts in numeric order: encoded big-endian, so that a map with the
/// `Identity` hasher on this key iterates ids in ascending order (SCALE's little-endian integers
/// would not). Use it as the second key of per-owner index maps; the first key (the owner) keeps a
/// hashing hasher. Ids are handed out by the chain, never chosen by a caller, so the `Identity`
/// hasher cannot be used to unbalance the trie.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct SortKey<T>(pub T);

macro_rules! sort_key {
	($($t:ty),*) => {$(
		impl Encode for SortKey<$t> {
			fn size_hint(&self) -> usize {
				core::mem::size_of::<$t>()
			}
			fn encode_to<O: Output + ?Sized>(&self, dest: &mut O) {
				dest.write(&self.0.to_be_bytes())
			}
		}
		impl EncodeLike for SortKey<$t> {}
		impl Decode for SortKey<$t> {
			fn decode<I: codec::Input>(input: &mut I) -> Result<Self, codec::Error> {
				let mut bytes = [0u8; core::mem::size_of::<$t>()];
				input.read(&mut bytes)?;
				Ok(SortKey(<$t>::from_be_bytes(bytes)))
			}
		}
		impl DecodeWithMemTracking for SortKey<$t> {}
		impl MaxEncodedLen for SortKey<$t> {
			fn max_encoded_len() -> usize {
				core::mem::size_of::<$t>()
			}
		}
		impl TypeInfo for SortKey<$t> {
			type Identity = Self;
			fn type_info() -> Type {
				Type::builder()
					.path(Path::new("SortKey", module_path!()))
					.docs(&["An id encoded big-endian, so that storage keys sort in id order."])
					.composite(
						Fields::unnamed()
							.field(|f| f.ty::<[u8; core::mem::size_of::<$t>()]>().type_name("BigEndian")),
					)
			}
		}
	)*};
}
sort_key!(u32, u64);

/// Re-keys the double map `pallet`/`storage` in place, from `(H1 K1, H2 K2)` to
/// `(H1 K1, Identity new_key(K2))`, keeping every value: the body of a storage migration that
/// makes an index iterate in id order. Returns the number of entries moved; an entry whose key
/// does not decode is left out of the count and removed (it could never be read).
///
/// Reads every entry into memory: for indexes of a chain's first years, not for unbounded maps.
pub fn rekey_second_key<H1, H2, K1, K2, V, NewK2>(
	pallet: &[u8],
	storage: &[u8],
	new_key: impl Fn(K2) -> NewK2,
) -> u64
where
	H1: ReversibleStorageHasher,
	H2: ReversibleStorageHasher,
	K1: FullCodec,
	K2: Decode,
	V: FullCodec,
	NewK2: Encode,
{
	let mut moved = Vec::new();
	for (suffix, value) in migration::storage_iter::<V>(pallet, storage) {
		// The suffix is H1(k1) ‖ H2(k2); the reversible hashers end with the key itself.
		let after_h1 = H1::reverse(&suffix);
		let mut input = after_h1;
		if K1::decode(&mut input).is_err() {
			continue;
		}
		let k1_len = after_h1.len().saturating_sub(input.len());
		let hashed_k1_len = suffix.len().saturating_sub(after_h1.len()).saturating_add(k1_len);
		let Some(hashed_k1) = suffix.get(..hashed_k1_len) else { continue };
		let Ok(k2) = K2::decode(&mut H2::reverse(input)) else { continue };
		let mut key = hashed_k1.to_vec();
		new_key(k2).encode_to(&mut key);
		moved.push((key, value));
	}
	let _ = migration::clear_storage_prefix(pallet, storage, &[], None, None);
	let count = moved.len() as u64;
	for (key, value) in moved {
		migration::put_storage_value(pallet, storage, &key, value);
	}
	count
}

/// Serializes a value through its `Display` form: balances as decimal strings, which JavaScript
/// clients read without losing precision (a `u128` exceeds their safe integers). For serde's
/// `serialize_with`.
#[cfg(feature = "std")]
pub fn serde_display<T: core::fmt::Display, S: serde::Serializer>(
	value: &T,
	serializer: S,
) -> Result<S::Ok, S::Error> {
	serializer.collect_str(value)
}

#[cfg(test)]
mod tests {
	use super::*;

	fn evens(start_after: Option<u32>, end: u32, limit: u32, max_scan: u32) -> Page<u32, u32> {
		scan_page(start_after, end, limit, max_scan, |id| (id % 2 == 0).then_some(id))
	}

	#[test]
	fn page_sizes_are_clamped_to_one_rule() {
		assert_eq!((page_size(0), page_size(7), page_size(5000)), (1, 7, MAX_PAGE));
	}

	#[test]
	fn a_scan_page_is_in_id_order_and_exact() {
		let first = evens(None, 10, 3, 100);
		assert_eq!((first.items, first.next_cursor), (vec![0, 2, 4], Some(4)));
		let second = evens(Some(4), 10, 3, 100);
		assert_eq!((second.items, second.next_cursor), (vec![6, 8], None));
	}

	#[test]
	fn a_full_page_at_the_end_has_no_cursor() {
		let page = evens(Some(4), 9, 2, 100);
		assert_eq!((page.items, page.next_cursor), (vec![6, 8], None));
	}

	#[test]
	fn a_scan_cut_short_by_its_budget_says_where_to_resume() {
		// Only every 100th id matches; a budget of 30 yields empty pages with cursors.
		let find = |id: u64| (id % 100 == 99).then_some(id);
		let mut cursor = None;
		let mut found = Vec::new();
		let mut calls = 0;
		loop {
			let page = scan_page(cursor, 1_000, 2, 30, find);
			found.extend(page.items);
			calls += 1;
			match page.next_cursor {
				Some(next) => cursor = Some(next),
				None => break,
			}
		}
		assert_eq!(found, (0..10).map(|i| i * 100 + 99).collect::<Vec<_>>());
		assert_eq!(calls, 34); // 1,000 ids in scans of 30
	}

	#[test]
	fn sort_keys_encode_big_endian_and_sort_by_bytes() {
		assert_eq!(SortKey(1u64).encode(), vec![0, 0, 0, 0, 0, 0, 0, 1]);
		assert_eq!(SortKey(256u32).encode(), vec![0, 0, 1, 0]);
		assert!(SortKey(255u32).encode() < SortKey(256u32).encode());
		assert_eq!(SortKey::<u32>::decode(&mut &[0u8, 0, 1, 0][..]), Ok(SortKey(256)));
	}

	#[test]
	fn with_id_serializes_flat() {
		#[derive(serde::Serialize)]
		struct Item {
			name: &'static str,
		}
		let json = serde_json::to_value(WithId::new(7u32, Item { name: "x" })).unwrap();
		assert_eq!(json, serde_json::json!({ "id": 7, "name": "x" }));
		let page = Page { items: vec![1u8], next_cursor: Some(3u32) };
		assert_eq!(
			serde_json::to_value(page).unwrap(),
			serde_json::json!({ "items": [1], "nextCursor": 3 })
		);
	}
}
