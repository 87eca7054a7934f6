//! Consortium peering: this node syncs and gossips only with the nodes the chain authorizes.
//!
//! The set lives on chain (`pallet-consortium-nodes`, changed by governance). On start and at
//! every finalized block this task reads it through `ConsortiumNodesApi::peering` at the
//! finalized block and applies it to the network's sync protocol, whose peer set every other
//! notification protocol (GRANDPA gossip, transactions) follows:
//! - `Open` (no node ever authorized, or a runtime without the pallet): peers as any
//!   Substrate node does;
//! - `Only(nodes)`: reserved-only mode with exactly those nodes (minus this one); every other
//!   peer is disconnected and refused, in and out.
//!
//! It runs whatever the offchain-worker setting, and it is an essential task: if it stops, the
//! node stops rather than keep peering with a stale set. Finalized, not best, state decides, so
//! a fork cannot open the network even briefly. What it does not cover: a peer that holds a
//! transport connection (a node may dial any address) can still send request-response queries
//! (block, state and warp-sync requests) that Substrate answers without checking the peer set,
//! so the consortium's p2p ports are reachable only inside its private network (see the
//! README's operator section).

use std::{collections::HashSet, sync::Arc};

use futures::StreamExt;
use healthchain_runtime::opaque::Block;
use pallet_consortium_nodes_runtime_api::{ConsortiumNodesApi, Peering};
use sc_client_api::BlockchainEvents;
use sc_network::{service::traits::NetworkService, PeerId};
use sp_api::{ApiExt, ProvideRuntimeApi};
use sp_blockchain::HeaderBackend;

use crate::service::FullClient;

const LOG_TARGET: &str = "consortium-peering";

/// The peer policy as applied to the network: `None` open, `Some(set)` only `set`.
type Applied = Option<HashSet<PeerId>>;

/// The chain's peering policy at `hash`, as the set of peers this node may talk to (`None`:
/// open). A runtime without the API (before the upgrade that introduced it) is open.
fn policy_at(
	client: &FullClient,
	hash: <Block as sp_runtime::traits::Block>::Hash,
	local: &PeerId,
) -> Result<Applied, String> {
	let api = client.runtime_api();
	let has_api = api
		.has_api::<dyn ConsortiumNodesApi<Block>>(hash)
		.map_err(|e| format!("runtime version at {hash}: {e}"))?;
	if !has_api {
		return Ok(None);
	}
	match api.peering(hash).map_err(|e| format!("ConsortiumNodesApi::peering at {hash}: {e}"))? {
		Peering::Open => Ok(None),
		Peering::Only(nodes) => {
			let mut peers = HashSet::with_capacity(nodes.len());
			let mut authorized = false;
			for node in nodes {
				match PeerId::from_bytes(node.as_bytes()) {
					Ok(peer) if &peer == local => authorized = true,
					Ok(peer) => {
						peers.insert(peer);
					},
					Err(e) => log::warn!(
						target: LOG_TARGET,
						"skipping an authorized node that is not a libp2p peer id ({e})"
					),
				}
			}
			if !authorized {
				log::warn!(
					target: LOG_TARGET,
					"this node ({local}) is not in the consortium's node set: the consortium's \
					 nodes refuse it until governance authorizes it (consortiumNodes.authorizeNode)"
				);
			}
			Ok(Some(peers))
		},
	}
}

fn apply(network: &dyn NetworkService, policy: &Applied) {
	match policy {
		None => {
			log::info!(target: LOG_TARGET, "no node set on chain: peering is open");
			network.set_authorized_only(false);
		},
		Some(peers) => {
			log::info!(
				target: LOG_TARGET,
				"peering only with the {} other authorized node(s) of the consortium",
				peers.len()
			);
			network.set_authorized_peers(peers.clone());
			network.set_authorized_only(true);
		},
	}
}

/// Applies the chain's node set at the finalized block now and after every finalization, until
/// the node stops.
pub async fn run(client: Arc<FullClient>, network: Arc<dyn NetworkService>) {
	let local = network.local_peer_id();
	let mut finality = client.finality_notification_stream();
	let mut applied: Option<Applied> = None;
	let mut hash = client.info().finalized_hash;
	loop {
		match policy_at(&client, hash, &local) {
			Ok(policy) if applied.as_ref() != Some(&policy) => {
				apply(&*network, &policy);
				applied = Some(policy);
			},
			Ok(_) => {},
			// Keep what is applied (a closed set stays closed) and retry at the next block.
			Err(e) => log::error!(target: LOG_TARGET, "cannot read the node set: {e}"),
		}
		match finality.next().await {
			Some(notification) => hash = notification.hash,
			None => return,
		}
	}
}
