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
//! - [`RecordId`], [`RecordFacts`], [`RecordsInspect`]: anchored records as other pallets see them.
//! - [`DataUse`], [`DuoPermission`], [`DuoModifiers`], [`StudyPurpose`], [`duo_match`]: GA4GH DUO
//!   data use and the one matching rule between a study and a patient's consent.
//!
//! Nothing here is personal or clinical data: identifiers are numbers and accounts, kinds and
//! roles are small enums.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

mod bit_set;
mod consent;
mod duo;
mod organizations;
mod records;

#[cfg(feature = "std")]
pub mod fakes;

pub use consent::*;
pub use duo::*;
pub use organizations::*;
pub use records::*;

/// Time on chain: milliseconds since the Unix epoch, as kept by `pallet-timestamp`.
pub type Moment = u64;
