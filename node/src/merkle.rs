//! `healthchain-node merkle-proof`: the Merkle root of a batch of leaves and a leaf's inclusion
//! proof, built with the same `binary-merkle-tree` (BLAKE2-256) the runtime verifies with, for
//! data holders that anchor batches (`records.anchorBatch`) and auditors that check them
//! (`healthchain_verifyBatchLeaf`).
//!
//! Input: a file with one leaf per line, each 32 bytes as `0x`-prefixed or plain hex; blank lines
//! are skipped. Output (stdout, JSON): `{ root, leafCount, leafIndex, leaf, proof }`.

use std::path::PathBuf;

use sp_core::H256;
use sp_runtime::traits::BlakeTwo256;

/// Prints a batch's Merkle root and one leaf's inclusion proof.
#[derive(Debug, clap::Parser)]
pub struct MerkleProofCmd {
	/// The file of leaves: one 32-byte hex value per line.
	#[arg(long)]
	pub leaves: PathBuf,

	/// The position (from 0) of the leaf to prove.
	#[arg(long, default_value_t = 0)]
	pub index: u32,
}

/// What went wrong reading the leaves.
#[derive(Debug)]
pub enum MerkleError {
	/// The file cannot be read.
	Read(PathBuf, std::io::Error),
	/// A line is not 32 bytes of hex.
	BadLeaf(usize, String),
	/// No leaves.
	Empty,
	/// The index is not below the leaf count.
	IndexOutOfRange(u32, usize),
}

impl std::fmt::Display for MerkleError {
	fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
		match self {
			Self::Read(path, e) => write!(f, "cannot read {}: {e}", path.display()),
			Self::BadLeaf(line, text) => {
				write!(f, "line {line}: a leaf is 32 bytes of hex, got {text:?}")
			},
			Self::Empty => write!(f, "the file has no leaves"),
			Self::IndexOutOfRange(index, count) => {
				write!(f, "index {index} is not below the leaf count {count}")
			},
		}
	}
}

/// Parses the leaves file's content.
pub fn parse_leaves(content: &str) -> Result<Vec<H256>, MerkleError> {
	let mut leaves = Vec::new();
	for (number, line) in content.lines().enumerate() {
		let line = line.trim();
		if line.is_empty() {
			continue;
		}
		let bytes = sp_core::bytes::from_hex(line)
			.ok()
			.filter(|b| b.len() == 32)
			.ok_or_else(|| MerkleError::BadLeaf(number + 1, line.to_string()))?;
		leaves.push(H256::from_slice(&bytes));
	}
	if leaves.is_empty() {
		return Err(MerkleError::Empty);
	}
	Ok(leaves)
}

/// The root and the proof of leaf `index`, as JSON.
pub fn proof_json(leaves: &[H256], index: u32) -> Result<serde_json::Value, MerkleError> {
	if index as usize >= leaves.len() {
		return Err(MerkleError::IndexOutOfRange(index, leaves.len()));
	}
	let proof = binary_merkle_tree::merkle_proof::<BlakeTwo256, _, _>(
		leaves.iter().map(|l| l.as_bytes().to_vec()),
		index,
	);
	Ok(serde_json::json!({
		"root": format!("{:?}", proof.root),
		"leafCount": proof.number_of_leaves,
		"leafIndex": proof.leaf_index,
		"leaf": format!("{:?}", leaves[index as usize]),
		"proof": proof.proof.iter().map(|h| format!("{h:?}")).collect::<Vec<_>>(),
	}))
}

impl MerkleProofCmd {
	/// Reads the leaves and prints the JSON.
	pub fn run(&self) -> Result<(), MerkleError> {
		let content = std::fs::read_to_string(&self.leaves)
			.map_err(|e| MerkleError::Read(self.leaves.clone(), e))?;
		let json = proof_json(&parse_leaves(&content)?, self.index)?;
		println!("{json}");
		Ok(())
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn the_proof_verifies_against_the_root_and_bad_input_is_refused() {
		let content: String =
			(1..=5u64).map(|i| format!("{:?}\n", H256::from_low_u64_be(i))).collect();
		let leaves = parse_leaves(&content).expect("parses");
		let json = proof_json(&leaves, 4).expect("proves");
		let root: H256 = serde_json::from_value(json["root"].clone()).expect("root");
		let proof: Vec<H256> = serde_json::from_value(json["proof"].clone()).expect("proof");
		assert!(binary_merkle_tree::verify_proof::<BlakeTwo256, _, _>(
			&root,
			proof.clone(),
			5,
			4,
			&leaves[4]
		));
		assert!(!binary_merkle_tree::verify_proof::<BlakeTwo256, _, _>(
			&root, proof, 5, 4, &leaves[3]
		));
		assert!(matches!(parse_leaves("0x1234"), Err(MerkleError::BadLeaf(1, _))));
		assert!(matches!(parse_leaves("\n\n"), Err(MerkleError::Empty)));
		assert!(matches!(proof_json(&leaves, 5), Err(MerkleError::IndexOutOfRange(5, 5))));
	}
}
