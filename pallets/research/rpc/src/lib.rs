//! `healthchain_*` JSON-RPC methods of research studies, served over the `ResearchApi` runtime
//! API at the best block or at the block hash given (paging as in `pallet-organizations-rpc`).
//!
//! | method | params | result |
//! |---|---|---|
//! | `healthchain_studies` | `status?`, `duo?`, `cursor?`, `limit?`, `at?` | `{ items, nextCursor }` |
//! | `healthchain_study` | `id`, `at?` | a study or `null` |
//! | `healthchain_cohortSize` | `id`, `at?` | `{ study, version, cohort }` (patients consenting to the current version) or `null` |
//! | `healthchain_grantsOfStudy` | `id`, `cursor?`, `limit?`, `at?` | `{ items, nextCursor }` |
//! | `healthchain_broadConsentMatches` | `id`, `patient`, `at?` | `{ matches, reason }` |
//!
//! `status` is `Proposed`, `Approved`, `Rejected`, `Active` or `Closed`; `duo` a DUO code: `GRU`,
//! `HMB`, `DS` (any disease) or `DS:<code>`, `POA`, `NRES`.

use std::sync::Arc;

use codec::Codec;
use healthchain_primitives::{DataCategory, DuoModifiers, DuoPermission, Moment, OrganizationId};
use jsonrpsee::{
	core::RpcResult,
	proc_macros::rpc,
	types::error::{ErrorObject, ErrorObjectOwned},
};
use pallet_organizations_rpc::{at_or_best, page_limit, runtime_error, Page};
use pallet_research_runtime_api::{
	DataGrant, GrantId, ResearchApi, Study, StudyFilter, StudyId, StudyStatus,
};
use serde::{de::DeserializeOwned, Deserialize, Serialize};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_core::H256;
use sp_runtime::traits::Block as BlockT;

/// A study as JSON.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StudyView<AccountId> {
	pub id: StudyId,
	pub institution: OrganizationId,
	pub researcher: AccountId,
	pub protocol_hash: H256,
	pub version: u32,
	/// The DUO code: `GRU`, `HMB`, `DS:<disease>`, `POA` or `NRES`.
	pub duo: String,
	/// DUO modifiers the study commits to or declares (e.g. `PUB`).
	pub modifiers: Vec<String>,
	pub commercial: bool,
	pub for_profit: bool,
	pub methods_research: bool,
	pub categories: Vec<DataCategory>,
	pub min_cohort: u32,
	pub cohort: u32,
	pub registered_at: Moment,
	pub ends_at: Moment,
	pub status: String,
	pub ethics_committee: Option<OrganizationId>,
	pub ethics_reviewer: Option<AccountId>,
}

/// A data grant as JSON.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GrantView<AccountId> {
	pub id: GrantId,
	pub study: StudyId,
	pub provider: OrganizationId,
	pub granted_by: AccountId,
	pub dataset: H256,
	pub record_count: u32,
	pub expires_at: Moment,
	pub revoked: bool,
	pub accesses: u32,
}

/// A study's cohort size as JSON.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CohortView {
	pub study: StudyId,
	/// The current protocol version.
	pub version: u32,
	/// Patients consenting to it.
	pub cohort: u32,
}

/// Whether a broad consent matches, as JSON.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MatchView {
	pub matches: bool,
	pub reason: Option<String>,
}

/// The research RPC methods.
#[rpc(client, server, namespace = "healthchain")]
pub trait ResearchRpc<BlockHash, AccountId> {
	/// A page of studies, optionally only those in `status` and with DUO code `duo`.
	#[method(name = "studies")]
	fn studies(
		&self,
		status: Option<String>,
		duo: Option<String>,
		cursor: Option<StudyId>,
		limit: Option<u32>,
		at: Option<BlockHash>,
	) -> RpcResult<Page<StudyView<AccountId>, StudyId>>;

	/// The study `id` (or `null`).
	#[method(name = "study")]
	fn study(&self, id: StudyId, at: Option<BlockHash>) -> RpcResult<Option<StudyView<AccountId>>>;

	/// How many patients consent to the study's current version (or `null`).
	#[method(name = "cohortSize")]
	fn cohort_size(&self, id: StudyId, at: Option<BlockHash>) -> RpcResult<Option<CohortView>>;

	/// A page of the study's data grants.
	#[method(name = "grantsOfStudy")]
	fn grants_of_study(
		&self,
		id: StudyId,
		cursor: Option<GrantId>,
		limit: Option<u32>,
		at: Option<BlockHash>,
	) -> RpcResult<Page<GrantView<AccountId>, GrantId>>;

	/// Whether `patient`'s broad research consent covers the study.
	#[method(name = "broadConsentMatches")]
	fn broad_consent_matches(
		&self,
		id: StudyId,
		patient: AccountId,
		at: Option<BlockHash>,
	) -> RpcResult<MatchView>;
}

/// The methods over a client that provides the runtime API.
pub struct ResearchRpcHandler<C, Block> {
	client: Arc<C>,
	_marker: std::marker::PhantomData<Block>,
}

impl<C, Block> ResearchRpcHandler<C, Block> {
	pub fn new(client: Arc<C>) -> Self {
		Self { client, _marker: Default::default() }
	}
}

fn invalid(message: String) -> ErrorObjectOwned {
	ErrorObject::owned(pallet_organizations_rpc::error::INVALID_PARAMS, message, None::<()>)
}

/// The DUO code of a primary permission.
pub fn duo_code(permission: DuoPermission) -> String {
	match permission {
		DuoPermission::GeneralResearchUse => "GRU".into(),
		DuoPermission::HealthMedicalBiomedical => "HMB".into(),
		DuoPermission::DiseaseSpecific(code) => format!("DS:{code}"),
		DuoPermission::PopulationOriginsAncestry => "POA".into(),
		DuoPermission::NoRestriction => "NRES".into(),
	}
}

/// Parses a listing filter from its RPC parameters.
pub fn parse_filter(status: Option<String>, duo: Option<String>) -> RpcResult<StudyFilter> {
	let status = match status.as_deref() {
		None => None,
		Some("Proposed") => Some(StudyStatus::Proposed),
		Some("Approved") => Some(StudyStatus::Approved),
		Some("Rejected") => Some(StudyStatus::Rejected),
		Some("Active") => Some(StudyStatus::Active),
		Some("Closed") => Some(StudyStatus::Closed),
		Some(other) => return Err(invalid(format!("unknown status {other:?}"))),
	};
	let permission = match duo.as_deref() {
		None => None,
		Some("GRU") => Some(DuoPermission::GeneralResearchUse),
		Some("HMB") => Some(DuoPermission::HealthMedicalBiomedical),
		Some("DS") => Some(DuoPermission::DiseaseSpecific(0)),
		Some("POA") => Some(DuoPermission::PopulationOriginsAncestry),
		Some("NRES") => Some(DuoPermission::NoRestriction),
		Some(code) => match code.strip_prefix("DS:").and_then(|d| d.parse().ok()) {
			Some(disease) => Some(DuoPermission::DiseaseSpecific(disease)),
			None => return Err(invalid(format!("unknown DUO code {code:?}"))),
		},
	};
	Ok(StudyFilter { status, permission })
}

/// A study as JSON.
pub fn study_view<AccountId>(id: StudyId, s: Study<AccountId>) -> StudyView<AccountId> {
	let names = [
		(DuoModifiers::NPU, "NPU"),
		(DuoModifiers::NCU, "NCU"),
		(DuoModifiers::IRB, "IRB"),
		(DuoModifiers::PUB, "PUB"),
		(DuoModifiers::COL, "COL"),
		(DuoModifiers::GS, "GS"),
		(DuoModifiers::TS, "TS"),
		(DuoModifiers::NMDS, "NMDS"),
	];
	let (committee, reviewer) = match s.ethics {
		Some((c, r)) => (Some(c), Some(r)),
		None => (None, None),
	};
	StudyView {
		id,
		institution: s.institution,
		researcher: s.researcher,
		protocol_hash: s.protocol_hash,
		version: s.version,
		duo: duo_code(s.data_use.permission),
		modifiers: names
			.iter()
			.filter(|(bit, _)| s.data_use.modifiers.has(*bit))
			.map(|(_, name)| name.to_string())
			.collect(),
		commercial: s.purpose.commercial,
		for_profit: s.purpose.for_profit,
		methods_research: s.purpose.methods_research,
		categories: s.categories.items().collect(),
		min_cohort: s.min_cohort,
		cohort: s.cohort,
		registered_at: s.registered_at,
		ends_at: s.ends_at,
		status: format!("{:?}", s.status),
		ethics_committee: committee,
		ethics_reviewer: reviewer,
	}
}

fn grant_view<AccountId>(id: GrantId, g: DataGrant<AccountId>) -> GrantView<AccountId> {
	GrantView {
		id,
		study: g.study,
		provider: g.provider,
		granted_by: g.granted_by,
		dataset: g.dataset,
		record_count: g.record_count,
		expires_at: g.expires_at,
		revoked: g.revoked,
		accesses: g.accesses,
	}
}

impl<C, Block, AccountId> ResearchRpcServer<Block::Hash, AccountId> for ResearchRpcHandler<C, Block>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: ResearchApi<Block, AccountId>,
	AccountId: Codec + Clone + Serialize + DeserializeOwned + Send + Sync + 'static,
{
	fn studies(
		&self,
		status: Option<String>,
		duo: Option<String>,
		cursor: Option<StudyId>,
		limit: Option<u32>,
		at: Option<Block::Hash>,
	) -> RpcResult<Page<StudyView<AccountId>, StudyId>> {
		let filter = parse_filter(status, duo)?;
		let limit = page_limit(limit)?;
		let at = at_or_best(&*self.client, at);
		let list =
			self.client.runtime_api().studies(at, filter, cursor, limit).map_err(runtime_error)?;
		let next_cursor =
			if list.len() == limit as usize { list.last().map(|(id, _)| *id) } else { None };
		Ok(Page { items: list.into_iter().map(|(id, s)| study_view(id, s)).collect(), next_cursor })
	}

	fn study(
		&self,
		id: StudyId,
		at: Option<Block::Hash>,
	) -> RpcResult<Option<StudyView<AccountId>>> {
		let at = at_or_best(&*self.client, at);
		let study = self.client.runtime_api().study(at, id).map_err(runtime_error)?;
		Ok(study.map(|s| study_view(id, s)))
	}

	fn cohort_size(&self, id: StudyId, at: Option<Block::Hash>) -> RpcResult<Option<CohortView>> {
		let at = at_or_best(&*self.client, at);
		let study = self.client.runtime_api().study(at, id).map_err(runtime_error)?;
		Ok(study.map(|s| CohortView { study: id, version: s.version, cohort: s.cohort }))
	}

	fn grants_of_study(
		&self,
		id: StudyId,
		cursor: Option<GrantId>,
		limit: Option<u32>,
		at: Option<Block::Hash>,
	) -> RpcResult<Page<GrantView<AccountId>, GrantId>> {
		let limit = page_limit(limit)?;
		let at = at_or_best(&*self.client, at);
		let list = self
			.client
			.runtime_api()
			.grants_of_study(at, id, cursor, limit)
			.map_err(runtime_error)?;
		let next_cursor =
			if list.len() == limit as usize { list.last().map(|(id, _)| *id) } else { None };
		Ok(Page { items: list.into_iter().map(|(id, g)| grant_view(id, g)).collect(), next_cursor })
	}

	fn broad_consent_matches(
		&self,
		id: StudyId,
		patient: AccountId,
		at: Option<Block::Hash>,
	) -> RpcResult<MatchView> {
		let at = at_or_best(&*self.client, at);
		let result = self
			.client
			.runtime_api()
			.broad_consent_matches(at, id, patient)
			.map_err(runtime_error)?;
		Ok(match result {
			Ok(()) => MatchView { matches: true, reason: None },
			Err(why) => MatchView { matches: false, reason: Some(format!("{why:?}")) },
		})
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn filters_parse_and_bad_codes_are_refused() {
		let f = parse_filter(Some("Active".into()), Some("DS:399".into())).expect("parses");
		assert_eq!(f.status, Some(StudyStatus::Active));
		assert_eq!(f.permission, Some(DuoPermission::DiseaseSpecific(399)));
		assert_eq!(
			parse_filter(None, Some("DS".into())).expect("p").permission,
			Some(DuoPermission::DiseaseSpecific(0))
		);
		assert!(parse_filter(Some("Open".into()), None).is_err());
		assert!(parse_filter(None, Some("DS:x".into())).is_err());
		assert_eq!(duo_code(DuoPermission::DiseaseSpecific(7)), "DS:7");
	}
}
