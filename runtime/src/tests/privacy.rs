//! What the chain publishes: a scan of the runtime metadata for free text and for 32-byte hashes
//! that are not of a declared, salted or non-document kind (security review H-4).

use std::collections::BTreeSet;

use frame_metadata::{v14::StorageEntryType, RuntimeMetadata};
use scale_info::{PortableRegistry, TypeDef, TypeDefPrimitive};

/// What the scan looks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
	/// A byte string or `str`: room for free text.
	Bytes,
	/// A 32-byte hash (`H256`, `[u8; 32]`) that is not an account.
	Hash,
}

/// One byte string or hash found in a call argument, event field or storage item.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Finding {
	/// `Pallet.call.argument…`, `Pallet.event.Variant.field…`, `Pallet.storage.Item…`.
	place: String,
	kind: Kind,
	/// The type as the source wrote it at the nearest named field (aliases included).
	type_name: String,
}

struct Scan<'a> {
	types: &'a PortableRegistry,
	found: BTreeSet<Finding>,
}

impl Scan<'_> {
	fn walk(&mut self, id: u32, place: &str, type_name: &str, depth: u32) {
		let ty = self.types.resolve(id).expect("type in registry");
		let path = ty.path.segments.join("::");
		// Accounts, calls (each pallet's calls are scanned on their own) and the recursion guard.
		if path.ends_with("AccountId32") || path.ends_with("RuntimeCall") || depth > 12 {
			return;
		}
		if path.ends_with("H256") || path.ends_with("H160") {
			self.found.insert(Finding {
				place: place.into(),
				kind: Kind::Hash,
				type_name: type_name.into(),
			});
			return;
		}
		let is_u8 = |id: u32| {
			matches!(
				self.types.resolve(id).map(|t| &t.type_def),
				Some(TypeDef::Primitive(TypeDefPrimitive::U8))
			)
		};
		match &ty.type_def {
			TypeDef::Primitive(TypeDefPrimitive::Str) => {
				self.found.insert(Finding {
					place: place.into(),
					kind: Kind::Bytes,
					type_name: type_name.into(),
				});
			},
			TypeDef::Sequence(seq) if is_u8(seq.type_param.id) => {
				self.found.insert(Finding {
					place: place.into(),
					kind: Kind::Bytes,
					type_name: type_name.into(),
				});
			},
			TypeDef::Array(array) if is_u8(array.type_param.id) => {
				if array.len == 32 {
					self.found.insert(Finding {
						place: place.into(),
						kind: Kind::Hash,
						type_name: type_name.into(),
					});
				}
			},
			TypeDef::Sequence(seq) => self.walk(seq.type_param.id, place, type_name, depth + 1),
			TypeDef::Array(array) => self.walk(array.type_param.id, place, type_name, depth + 1),
			TypeDef::Compact(compact) => {
				self.walk(compact.type_param.id, place, type_name, depth + 1)
			},
			TypeDef::Tuple(tuple) => {
				for (i, field) in tuple.fields.iter().enumerate() {
					self.walk(field.id, &format!("{place}.{i}"), type_name, depth + 1);
				}
			},
			TypeDef::Composite(composite) => {
				for (i, field) in composite.fields.iter().enumerate() {
					let name = field.name.clone().unwrap_or_else(|| i.to_string());
					// A wrapper (`BoundedVec<u8, _>`, a newtype) keeps the outer field's name.
					let inner = match (&field.type_name, composite.fields.len()) {
						(_, 1) if field.name.is_none() => type_name.to_string(),
						(Some(t), _) => t.clone(),
						(None, _) => type_name.to_string(),
					};
					self.walk(field.ty.id, &format!("{place}.{name}"), &inner, depth + 1);
				}
			},
			TypeDef::Variant(variant) => {
				for v in &variant.variants {
					for (i, field) in v.fields.iter().enumerate() {
						let name = field.name.clone().unwrap_or_else(|| i.to_string());
						let inner = field.type_name.clone().unwrap_or_else(|| type_name.into());
						self.walk(
							field.ty.id,
							&format!("{place}.{}.{name}", v.name),
							&inner,
							depth + 1,
						);
					}
				}
			},
			_ => {},
		}
	}

	/// Walks the variants of a call or event enum: each variant's fields, named by their
	/// source type names.
	fn walk_enum(&mut self, id: u32, place: &str) {
		let ty = self.types.resolve(id).expect("type in registry");
		let TypeDef::Variant(variant) = &ty.type_def else { panic!("{place} is not an enum") };
		for v in &variant.variants {
			for (i, field) in v.fields.iter().enumerate() {
				let name = field.name.clone().unwrap_or_else(|| i.to_string());
				let type_name = field.type_name.clone().unwrap_or_default();
				self.walk(field.ty.id, &format!("{place}.{}.{name}", v.name), &type_name, 0);
			}
		}
	}
}

/// Every byte string and 32-byte hash in a call argument, event field or storage item (key or
/// value) of the runtime.
fn scan() -> BTreeSet<Finding> {
	let RuntimeMetadata::V14(metadata) = crate::Runtime::metadata().1 else {
		panic!("V14 metadata")
	};
	let mut scan = Scan { types: &metadata.types, found: BTreeSet::new() };
	for pallet in &metadata.pallets {
		if let Some(calls) = &pallet.calls {
			scan.walk_enum(calls.ty.id, &format!("{}.call", pallet.name));
		}
		if let Some(event) = &pallet.event {
			scan.walk_enum(event.ty.id, &format!("{}.event", pallet.name));
		}
		for entry in pallet.storage.iter().flat_map(|s| &s.entries) {
			// The block's events: scanned above, pallet by pallet.
			if pallet.name == "System" && entry.name == "Events" {
				continue;
			}
			let place = format!("{}.storage.{}", pallet.name, entry.name);
			match &entry.ty {
				StorageEntryType::Plain(ty) => scan.walk(ty.id, &place, "", 0),
				StorageEntryType::Map { key, value, .. } => {
					scan.walk(key.id, &format!("{place}.key"), "", 0);
					scan.walk(value.id, &place, "", 0);
				},
			}
		}
	}
	scan.found
}

/// HealthChain's own pallets: every 32-byte hash in them is of a named kind.
const HEALTHCHAIN_PALLETS: &[&str] = &[
	"ValidatorSet",
	"ConsortiumNodes",
	"Organizations",
	"Consent",
	"Records",
	"Claims",
	"Research",
];

/// The names (`healthchain_primitives::hashes`) under which a HealthChain pallet may keep a
/// 32-byte hash: salted document commitments, Merkle roots of them, digests of on-chain data.
const HASH_KINDS: &[&str] = &["SaltedHash", "MerkleRoot", "OnChainDigest"];

/// Byte strings and hashes that are neither free text nor a hash of a document, by where they
/// are (a prefix of the finding's place), with the reason.
const DECLARED: &[(&str, Kind, &str)] = &[
	("System.call.remark", Kind::Bytes, "free text: refused by the call filter (tested below)"),
	("System.call.remark_with_event", Kind::Bytes, "free text: refused by the call filter"),
	("System.call.set_code", Kind::Bytes, "runtime code; Root only"),
	("System.call.set_code_without_checks", Kind::Bytes, "runtime code; Root only"),
	("System.call.apply_authorized_upgrade", Kind::Bytes, "runtime code whose hash governance authorized"),
	("System.call.set_storage", Kind::Bytes, "raw storage items; Root only"),
	("System.call.kill_storage", Kind::Bytes, "raw storage keys; Root only"),
	("System.call.kill_prefix", Kind::Bytes, "a raw storage prefix; Root only"),
	("System.storage.Digest", Kind::Bytes, "consensus digests: slots, authority sets, seals"),
	("System.storage.ExtrinsicData", Kind::Bytes, "the executing block's extrinsics, cleared with it"),
	("System.storage.LastRuntimeUpgrade", Kind::Bytes, "the runtime's name"),
	("System.", Kind::Hash, "block, code and event-topic hashes"),
	("Preimage.call.note_preimage", Kind::Bytes, "only a preimage governance requested (the call filter)"),
	("Preimage.storage.PreimageFor", Kind::Bytes, "preimages governance requested"),
	("Preimage.", Kind::Hash, "hashes of governance calls"),
	("Session.call.set_keys.proof", Kind::Bytes, "a signature proving the session keys, checked on set"),
	("Session.storage.KeyOwner.key", Kind::Bytes, "key type ids"),
	("Session.", Kind::Hash, "validators' public session keys"),
	("Aura.", Kind::Hash, "validators' public keys"),
	("Grandpa.", Kind::Hash, "validators' public keys and block hashes"),
	("Council.", Kind::Hash, "hashes of council motions (calls)"),
	("Whitelist.", Kind::Hash, "hashes of whitelisted calls"),
	("Multisig.", Kind::Hash, "hashes of multisig calls"),
	("Proxy.", Kind::Hash, "hashes of announced calls"),
	("ConsortiumNodes.", Kind::Bytes, "libp2p peer ids, checked to be multihashes of node keys"),
	(
		"Claims.storage.ClaimedServices.key",
		Kind::Hash,
		"a de-duplication key hashed from the claim's own fields (patient, provider, service code, \
		 day), which the claim shows in clear: it reveals nothing the claim does not",
	),
	("Claims.storage.DeniedServices.key", Kind::Hash, "as ClaimedServices"),
	("Records.storage.RecordByCommitment.key", Kind::Hash, "index by a record's SaltedHash commitment"),
	(
		"Organizations.",
		Kind::Bytes,
		"an organization's gateway URL (setEndpoint, EndpointSet, Endpoints), set by its admin or \
		 governance: checked to be an http(s) base URL in printable ASCII without spaces, at most \
		 256 bytes; an organization's address, never a person's",
	),
	(
		"Consent.event.Disclosed.request",
		Kind::Hash,
		"the id of a disclosure request: the BLAKE2b-256 of the request, which is in the call in \
		 clear (accounts, codes, a commitment already on chain); it reveals nothing the call does not",
	),
	("Consent.storage.Disclosures.key", Kind::Hash, "the ids of recorded disclosure requests"),
	("Consent.storage.DisclosureRing", Kind::Hash, "the ids of recorded disclosure requests"),	("Records.storage.BatchByRoot.key", Kind::Hash, "index by a batch's MerkleRoot"),
];

/// Whether a finding is an account address in one of `MultiAddress`'s other forms (`Raw`,
/// `Address32`, `Address20`): the runtime's lookup (`AccountIdLookup<AccountId, ()>`) refuses
/// them, so the call fails. Like any 32-byte account id, the sender chooses those bytes; no
/// field invites text.
fn is_other_address_form(place: &str) -> bool {
	[".Raw.", ".Address32.", ".Address20."].iter().any(|form| place.contains(form))
}

/// Why a finding is acceptable, or why not.
fn classify(finding: &Finding) -> Result<&'static str, String> {
	if is_other_address_form(&finding.place) {
		return Ok("an account address form the lookup refuses");
	}
	let pallet = finding.place.split('.').next().unwrap_or_default();
	if finding.kind == Kind::Hash && HEALTHCHAIN_PALLETS.contains(&pallet) {
		if HASH_KINDS.contains(&finding.type_name.as_str()) {
			return Ok("a hash of a named kind");
		}
	}
	DECLARED
		.iter()
		.find(|(prefix, kind, _)| finding.place.starts_with(prefix) && *kind == finding.kind)
		.map(|(_, _, why)| *why)
		.ok_or_else(|| {
			format!("{:?} at {} (type `{}`)", finding.kind, finding.place, finding.type_name)
		})
}

#[test]
fn no_call_argument_event_field_or_storage_item_is_free_text_or_an_unsalted_document_hash() {
	let found = scan();
	// The scan sees what it must: the salted commitments of consents and records.
	assert!(found.iter().any(|f| f.place == "Consent.call.grant_consent.terms.document_hash"
		&& f.type_name == "SaltedHash"));
	assert!(found.iter().any(|f| f.place == "Records.call.anchor_record.commitment"));

	let refused: Vec<String> = found.iter().filter_map(|f| classify(f).err()).collect();
	assert!(
		refused.is_empty(),
		"free text or a hash of no declared kind (declare it as SaltedHash, MerkleRoot or \
		 OnChainDigest, or in DECLARED with the reason):\n{}",
		refused.join("\n")
	);
	// Every declaration is still needed: the list is not a blanket pass.
	for (prefix, kind, _) in DECLARED {
		assert!(
			found.iter().any(|f| f.place.starts_with(prefix)
				&& f.kind == *kind
				&& !is_other_address_form(&f.place)),
			"DECLARED entry {prefix} ({kind:?}) matches nothing: remove it"
		);
	}
}

/// Types that name a sensitive fact about a patient: a data category (some are sensitive:
/// mental health, substance use, genomics …), an emergency's reason, a research data-use
/// profile (DUO codes, disease-specific ones included).
const SENSITIVE_TYPES: &[&str] =
	&["DataCategory", "CategorySet", "EmergencyReason", "DataUse", "DuoPermission", "DuoModifiers"];

/// The sensitive type an event field reaches, if any (through structs, enums, options, lists).
fn reaches_sensitive(types: &PortableRegistry, id: u32, depth: u32) -> Option<String> {
	let ty = types.resolve(id)?;
	if let Some(last) = ty.path.segments.last() {
		if SENSITIVE_TYPES.contains(&last.as_str()) {
			return Some(last.clone());
		}
	}
	if depth > 8 {
		return None;
	}
	let children: Vec<u32> = match &ty.type_def {
		TypeDef::Composite(c) => c.fields.iter().map(|f| f.ty.id).collect(),
		TypeDef::Variant(v) => {
			v.variants.iter().flat_map(|v| v.fields.iter().map(|f| f.ty.id)).collect()
		},
		TypeDef::Sequence(s) => vec![s.type_param.id],
		TypeDef::Array(a) => vec![a.type_param.id],
		TypeDef::Tuple(t) => t.fields.iter().map(|f| f.id).collect(),
		TypeDef::Compact(c) => vec![c.type_param.id],
		_ => vec![],
	};
	children.into_iter().find_map(|child| reaches_sensitive(types, child, depth + 1))
}

/// Events stay in the blocks forever, so they carry ids only: an observer of events learns
/// that something happened to a patient, never which category was read, why an emergency was
/// opened, which service was claimed or which research use a patient allows.
#[test]
fn attack_reading_sensitive_facts_from_events() {
	let RuntimeMetadata::V14(metadata) = crate::Runtime::metadata().1 else {
		panic!("V14 metadata")
	};
	let mut leaks = Vec::new();
	for pallet in metadata.pallets.iter().filter(|p| HEALTHCHAIN_PALLETS.contains(&p.name.as_str()))
	{
		let Some(event) = &pallet.event else { continue };
		let Some(TypeDef::Variant(variants)) =
			metadata.types.resolve(event.ty.id).map(|t| &t.type_def)
		else {
			panic!("{} events are not an enum", pallet.name)
		};
		for variant in &variants.variants {
			for field in &variant.fields {
				let name = field.name.clone().unwrap_or_default();
				let place = format!("{}.{}.{name}", pallet.name, variant.name);
				if field.type_name.as_deref().is_some_and(|t| t.contains("ServiceCode")) {
					leaks.push(format!("{place}: a service code"));
				}
				if let Some(sensitive) = reaches_sensitive(&metadata.types, field.ty.id, 0) {
					leaks.push(format!("{place}: {sensitive}"));
				}
			}
		}
	}
	assert!(leaks.is_empty(), "events that name sensitive facts:\n{}", leaks.join("\n"));
}

mod call_filter {
	use codec::Encode;
	use frame_support::assert_ok;
	use sp_keyring::Sr25519Keyring::{Alice, Bob};
	use sp_runtime::{
		traits::{BlakeTwo256, Dispatchable, Hash},
		DispatchError,
	};

	use super::super::build;
	use crate::{
		genesis_config_presets::local_config_genesis, Preimage, Runtime, RuntimeCall,
		RuntimeOrigin, System,
	};

	const TEXT: &[u8] = b"Jane Doe, MRN 0012345, HIV positive, seen 2026-11-02";

	fn filtered() -> Result<(), DispatchError> {
		Err(frame_system::Error::<Runtime>::CallFiltered.into())
	}

	fn dispatch(call: RuntimeCall, who: sp_keyring::Sr25519Keyring) -> Result<(), DispatchError> {
		call.dispatch(RuntimeOrigin::signed(who.to_account_id())).map(|_| ()).map_err(|e| e.error)
	}

	#[test]
	fn attack_publishing_free_text_with_a_remark() {
		build(local_config_genesis()).execute_with(|| {
			let remark = RuntimeCall::System(frame_system::Call::remark { remark: TEXT.to_vec() });
			let with_event = RuntimeCall::System(frame_system::Call::remark_with_event {
				remark: TEXT.to_vec(),
			});
			assert_eq!(dispatch(remark.clone(), Alice), filtered());
			assert_eq!(dispatch(with_event, Alice), filtered());
			// Wrapped in a batch, the inner call meets the same filter.
			let batch = RuntimeCall::Utility(pallet_utility::Call::batch_all {
				calls: alloc::vec![remark],
			});
			assert_eq!(dispatch(batch, Alice), filtered());
		});
	}

	#[test]
	fn attack_publishing_free_text_as_a_preimage() {
		build(local_config_genesis()).execute_with(|| {
			let note = |bytes: &[u8]| {
				RuntimeCall::Preimage(pallet_preimage::Call::note_preimage {
					bytes: bytes.to_vec(),
				})
			};
			assert_eq!(dispatch(note(TEXT), Alice), filtered());
			assert!(pallet_preimage::RequestStatusFor::<Runtime>::get(BlakeTwo256::hash(TEXT))
				.is_none());

			// A preimage governance asked for (here the call of a motion) is accepted.
			let call = RuntimeCall::System(frame_system::Call::authorize_upgrade {
				code_hash: sp_core::H256::repeat_byte(7),
			})
			.encode();
			let hash = BlakeTwo256::hash(&call);
			assert_ok!(Preimage::request_preimage(RuntimeOrigin::root(), hash));
			assert_eq!(dispatch(note(&call), Bob), Ok(()));
			System::assert_has_event(pallet_preimage::Event::Noted { hash }.into());
		});
	}
}
