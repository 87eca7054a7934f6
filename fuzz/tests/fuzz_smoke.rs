//! The fuzzer for a short budget, as `scripts/test.sh` runs it: seeds from 0 for
//! `HC_FUZZ_SECONDS` (default 60) seconds, every invariant after every call and block. Ignored
//! in a plain `cargo test` (it is a budget, not a unit test); run it with
//! `cargo test --workspace --test fuzz_smoke -- --ignored --nocapture`; `HC_FUZZ_SEED=<n>
//! HC_FUZZ_VERBOSE=1` replays one seed with every call printed.

use std::time::{Duration, Instant};

use healthchain_fuzz::{run_seeds, Config};

#[test]
#[ignore = "a time budget: scripts/test.sh runs it with --ignored"]
fn the_runtime_keeps_its_invariants_under_random_calls() {
	let seconds = std::env::var("HC_FUZZ_SECONDS").ok().and_then(|s| s.parse().ok()).unwrap_or(60);
	// HC_FUZZ_SEED replays one seed (HC_FUZZ_VERBOSE=1 prints its calls) without building the
	// binary with other features.
	let seeds = match std::env::var("HC_FUZZ_SEED").ok().and_then(|s| s.parse::<u64>().ok()) {
		Some(seed) => seed..seed + 1,
		None => 0..u64::MAX,
	};
	let started = Instant::now();
	let config = Config {
		seeds,
		budget: Duration::from_secs(seconds),
		blocks: 40,
		calls: 40,
		verbose: std::env::var("HC_FUZZ_VERBOSE").is_ok_and(|v| v == "1"),
	};
	match run_seeds(&config) {
		Ok(tally) => {
			println!(
				"fuzz: {tally} in {:.1} s; every invariant held after every call and block",
				started.elapsed().as_secs_f64()
			);
			assert!(tally.seeds > 0 && tally.succeeded > 0, "the fuzzer ran nothing: {tally}");
		},
		Err(failure) => panic!("{failure:#}"),
	}
}
