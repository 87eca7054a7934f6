//! # HealthChain primitives
//!
//! The small vocabulary the HealthChain pallets share, so that each pallet depends on the others
//! only through traits in its `Config` (see `ARCHITECTURE.md`):
//!
//! - [`Moment`]: time on chain, milliseconds since the Unix epoch (`pallet-timestamp`).
//! - [`OrganizationId`], [`OrganizationKind`], [`Role`], [`RoleSet`]: who is who.
//! - [`OrganizationInspect`]: the one question every healthcare rule asks — "is this account an
//!   active member of an active organization of kind K with role R?" — implemented by
//!   `pallet-organizations` and, in other pallets' mock runtimes, by [`fakes::FakeOrganizations`].
//! - [`Purpose`], [`DataCategory`], [`Action`] and their sets, [`Decision`], [`DenyReason`],
//!   [`ConsentInspect`]: what a patient's consent covers and the one evaluation of it.
//! - [`RecordId`], [`RecordStatus`], [`RecordFacts`], [`RecordsInspect`]: anchored records as
//!   other pallets see them.
//! - [`DataUse`], [`DuoPermission`], [`DuoModifiers`], [`StudyPurpose`], [`duo_match`]: GA4GH DUO
//!   data use and the one matching rule between a study and a patient's consent.
//!
//! - [`Page`], [`WithId`], [`page_size`], [`scan_page`], [`prefix_page`], [`SortKey`]: the one
//!   query contract's paging (items in id order, exact cursors, one page-size rule).
//! - [`utc_year`], [`utc_day`]: UTC calendar arithmetic on chain time.
//! - [`RecordedHolds`]: the deposits a pallet's items record, per hold reason and account, and
//!   the one comparison with the currency's holds (`try_state`, the runtime's fuzzer).
//! - [`scale_codes!`], [`client_types!`], [`from_check!`]: the one derive list of the pallets'
//!   code types, and of the types their queries return (SCALE, type info, camelCase JSON).
//! - `fakes` (crate feature `fakes`, for mock runtimes only): simple in-memory implementations of
//!   the inspect traits.
//!
//! Nothing here is personal or clinical data: identifiers are numbers and accounts, kinds and
//! roles are small enums.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

mod bit_set;
mod consent;
mod duo;
mod hashes;
mod holds;
mod organizations;
mod paging;
mod records;
mod signatures;
pub mod time;

#[cfg(feature = "fakes")]
pub mod fakes;

pub use consent::*;
pub use duo::*;
pub use hashes::{MerkleRoot, OnChainDigest, SaltedHash};
pub use holds::RecordedHolds;
pub use organizations::*;
#[cfg(feature = "std")]
pub use paging::serde_display;
pub use paging::{
	index_page, page_size, prefix_page, rekey_second_key, scan_page, IdPage, Page, SequentialId,
	SortKey, WithId, DEFAULT_PAGE, MAX_PAGE,
};
pub use records::*;
pub use signatures::signed_raw_or_wrapped;
pub use time::{utc_day, utc_year};

/// Time on chain: milliseconds since the Unix epoch, as kept by `pallet-timestamp`.
pub type Moment = u64;
