//! The runtime's call filter (`frame_system::Config::BaseCallFilter`): no call that exists only to
//! carry free text onto the chain.
//!
//! Every block is kept by every consortium node for as long as the chain lives, so a field that
//! takes arbitrary bytes is a way to publish anything, personal data included, beyond any
//! retention period (security review H-4). HealthChain's own calls take ids, codes and salted
//! hashes only (`runtime/src/tests/privacy.rs` scans the metadata for it); of the framework's
//! calls, two take free text:
//! - `system.remark` and `system.remarkWithEvent`: refused (`CallFiltered`). Root may still
//!   remark (Root dispatch bypasses the filter); `runtime-benchmarks` builds allow it because
//!   `benchmark overhead` measures base weights with remarks.
//! - `preimage.notePreimage`: accepted only for a hash governance requested
//!   (`whitelist.whitelistCall` or `preimage.requestPreimage` request it): then the bytes are
//!   the call the council approved, not text of the submitter's choosing. Governance normally
//!   passes the call inline (`whitelist.dispatchWhitelistedCallWithPreimage`) and needs no
//!   preimage at all.
//!
//! The filter applies wherever a call is dispatched for a signed origin, also inside
//! `utility.batch`, proxies and multisigs.

use frame_support::traits::{Contains, QueryPreimage};
use sp_runtime::traits::{BlakeTwo256, Hash as _};

use crate::{Preimage, RuntimeCall};

/// Refuses the calls that exist only to carry free text (see the module docs).
pub struct NoFreeText;

impl Contains<RuntimeCall> for NoFreeText {
	fn contains(call: &RuntimeCall) -> bool {
		match call {
			RuntimeCall::System(
				frame_system::Call::remark { .. } | frame_system::Call::remark_with_event { .. },
			) => cfg!(feature = "runtime-benchmarks"),
			RuntimeCall::Preimage(pallet_preimage::Call::note_preimage { bytes }) => {
				<Preimage as QueryPreimage>::is_requested(&BlakeTwo256::hash(bytes))
			},
			_ => true,
		}
	}
}
