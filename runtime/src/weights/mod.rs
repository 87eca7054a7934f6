//! The runtime's weights, all measured on this project's machine by `scripts/benchmark.sh`
//! with a release build of the node (the host and date are in each file):
//! - [`block_weights`] and [`extrinsic_weights`]: `benchmark overhead`, the base weight of a
//!   block and of an extrinsic (empty blocks, and blocks of `system.remark`);
//! - [`paritydb_weights`]: `benchmark storage` on ParityDB, the price of a read and a write
//!   (`frame_system::Config::DbWeight`);
//! - one file per FRAME pallet on every transaction's path (`benchmark pallet`): frame-system
//!   and its transaction extensions, balances, timestamp, transaction payment. HealthChain's own
//!   pallets keep theirs in `pallets/*/src/weights.rs`. The governance and account-tool pallets
//!   (utility, proxy, multisig, sudo, collective, membership, preimage, whitelist) still use their
//!   crates' reference weights, priced with this runtime's `DbWeight`;
//!   `scripts/benchmark.sh pallets <name>` writes theirs here too;
//! - `machine.txt`: `benchmark machine`, this host against Substrate's reference hardware.
//!
//! Regenerate everything with `scripts/benchmark.sh`; never edit these files by hand.

pub mod block_weights;
pub mod extrinsic_weights;
// The generated file documents each measured value on the field it sets.
#[allow(unused_doc_comments)]
pub mod paritydb_weights;

pub mod frame_system;
pub mod frame_system_extensions;
pub mod pallet_balances;
pub mod pallet_timestamp;
pub mod pallet_transaction_payment;

pub use block_weights::BlockExecutionWeight;
pub use extrinsic_weights::ExtrinsicBaseWeight;
pub use paritydb_weights::constants::ParityDbWeight;
