//! The pallet's logic, one file per feature (as `pallet-nfts` does): the calls in `lib.rs` check
//! the origin and call the `do_*` functions here, which check, then write, then emit.

mod adjudication;
mod enrollment;
mod plans;
mod prior_auth;
mod settlement;
mod submission;
