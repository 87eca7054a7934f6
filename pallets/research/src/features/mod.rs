//! The pallet's logic, one file per feature, as `impl<T: Config> Pallet<T>` blocks of `do_*`
//! functions: the calls in `lib.rs` check the origin and hand over here.
//!
//! - `studies`: registration, the ethics decision, activation, amendments, closing.
//! - `participation`: broad research profiles, opt-ins, broad-consent matches, withdrawals.
//! - `grants`: data grants to active studies, their revocation, access logging.
//! - `compensation`: pools, the share fixed at closing, participants' claims.

mod compensation;
mod grants;
mod participation;
mod studies;
