//! `healthchain-node`: the HealthChain node binary.

// `sc_cli::Error`, returned by every command, is a large upstream type.
#![allow(clippy::result_large_err)]

mod chain_spec;
mod cli;
mod command;
mod merkle;
mod peering;
mod rpc;
mod service;

fn main() -> sc_cli::Result<()> {
	command::run()
}
