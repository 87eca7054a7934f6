//! `healthchain-fuzz`: the command line of the runtime's invariant fuzzer (see the crate's
//! documentation, `src/lib.rs`).

use std::time::{Duration, Instant};

use clap::Parser;
use healthchain_fuzz::{run_seeds, Config};

#[derive(Debug, Parser)]
#[command(name = "healthchain-fuzz", about = "Invariant fuzzing of the HealthChain runtime")]
struct Cli {
	/// Replay this one seed (print every call with --verbose).
	#[arg(long)]
	seed: Option<u64>,
	/// The first seed of a run over many.
	#[arg(long, default_value_t = 0)]
	first_seed: u64,
	/// How many seeds at most.
	#[arg(long, default_value_t = u64::MAX)]
	seeds: u64,
	/// Stop starting new seeds after this many seconds.
	#[arg(long, default_value_t = 60)]
	seconds: u64,
	/// Blocks per seed.
	#[arg(long, default_value_t = 40)]
	blocks: u32,
	/// Calls per block at most.
	#[arg(long, default_value_t = 40)]
	calls: u32,
	/// Print every call and its result.
	#[arg(long)]
	verbose: bool,
}

fn main() -> anyhow::Result<()> {
	let cli = Cli::parse();
	let seeds = match cli.seed {
		Some(seed) => seed..seed.saturating_add(1),
		None => cli.first_seed..cli.first_seed.saturating_add(cli.seeds),
	};
	let config = Config {
		seeds,
		budget: Duration::from_secs(cli.seconds),
		blocks: cli.blocks,
		calls: cli.calls,
		verbose: cli.verbose,
	};
	let started = Instant::now();
	let tally = run_seeds(&config)?;
	println!(
		"fuzz: {tally} in {:.1} s; every invariant held after every call and block",
		started.elapsed().as_secs_f64()
	);
	Ok(())
}
