//! GA4GH Data Use Ontology (DUO): what a study does with data and what a patient's consent
//! allows, and the one matching rule between them, after the Broad Institute's Data Use Oversight
//! System (DUOS). Shared by the research pallet (studies, opt-ins) and broad research consents.
//!
//! | consent permits | studies it matches |
//! |---|---|
//! | NRES (no restriction), GRU (general research use) | every study |
//! | HMB (health, medical, biomedical) | HMB and DS-X studies |
//! | DS-X (disease X) | DS-X studies, for the same disease X |
//! | POA (population origins or ancestry) | POA studies |
//!
//! and each consent modifier adds a condition on the study: NCU — not commercial; NPU — neither
//! commercial nor by a for-profit; NMDS — no methods research; IRB — ethics approval; PUB — the
//! study commits to publish; COL — the study commits to collaborate; GS — the study commits to the
//! geographic restriction; TS — the study's duration fits the time limit.

use crate::{
	bit_set::{code_enum, deserialize_bits, deserialize_name},
	Moment,
};

crate::scale_codes! {
	/// The primary permission of a GA4GH Data Use Ontology (DUO) statement. In JSON it is its DUO
	/// code ([`DuoPermission::code`]): `"GRU"`, `"HMB"`, `"DS:<disease>"`, `"POA"` or `"NRES"`.
	#[derive(PartialOrd, Ord)]
	pub enum DuoPermission {
		/// DUO:0000042 general research use.
		GeneralResearchUse,
		/// DUO:0000006 health or medical or biomedical research.
		HealthMedicalBiomedical,
		/// DUO:0000007 disease-specific research, for the disease with this code (e.g. a MONDO id).
		DiseaseSpecific(u32),
		/// DUO:0000011 population origins or ancestry research only.
		PopulationOriginsAncestry,
		/// DUO:0000004 no restriction.
		NoRestriction,
	}
}

impl DuoPermission {
	/// The DUO codes of the permissions without a parameter, and the prefix of disease codes.
	const CODES: [(&'static str, DuoPermission); 4] = [
		("GRU", DuoPermission::GeneralResearchUse),
		("HMB", DuoPermission::HealthMedicalBiomedical),
		("POA", DuoPermission::PopulationOriginsAncestry),
		("NRES", DuoPermission::NoRestriction),
	];
	/// The prefix of a disease-specific code: `DS:<disease>`.
	const DISEASE_PREFIX: &'static str = "DS:";

	/// The DUO code, as [`core::fmt::Display`] writes it: `GRU`, `HMB`, `DS:<disease>`, `POA`,
	/// `NRES`.
	pub fn code(self) -> alloc::string::String {
		alloc::format!("{self}")
	}

	/// The term's id in the Data Use Ontology (`DUO:0000042` for GRU), as FHIR codings and
	/// GA4GH tools name it (`http://purl.obolibrary.org/obo/DUO_0000042`).
	pub const fn duo_id(self) -> &'static str {
		match self {
			DuoPermission::GeneralResearchUse => "DUO:0000042",
			DuoPermission::HealthMedicalBiomedical => "DUO:0000006",
			DuoPermission::DiseaseSpecific(_) => "DUO:0000007",
			DuoPermission::PopulationOriginsAncestry => "DUO:0000011",
			DuoPermission::NoRestriction => "DUO:0000004",
		}
	}

	/// The permission a DUO code names (the inverse of [`DuoPermission::code`]).
	pub fn from_code(code: &str) -> Option<Self> {
		if let Some(disease) = code.strip_prefix(Self::DISEASE_PREFIX) {
			return disease.parse().ok().map(DuoPermission::DiseaseSpecific);
		}
		Self::CODES.iter().find(|(name, _)| *name == code).map(|(_, permission)| *permission)
	}
}

impl core::fmt::Display for DuoPermission {
	fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
		match self {
			DuoPermission::DiseaseSpecific(disease) => {
				write!(f, "{}{disease}", Self::DISEASE_PREFIX)
			},
			other => {
				let code = Self::CODES.iter().find(|(_, p)| p == other).map_or("", |(c, _)| *c);
				f.write_str(code)
			},
		}
	}
}

impl serde::Serialize for DuoPermission {
	fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
		serializer.collect_str(self)
	}
}

impl<'de> serde::Deserialize<'de> for DuoPermission {
	fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
		deserialize_name(
			deserializer,
			"a DUO code: GRU, HMB, DS:<disease>, POA or NRES",
			DuoPermission::from_code,
		)
	}
}

crate::scale_codes! {
	/// DUO modifiers, one bit each. In JSON the list of their codes (`["IRB", "PUB"]`).
	#[derive(Default)]
	pub struct DuoModifiers(pub u16);
}

impl DuoModifiers {
	/// DUO:0000018 not for profit use only.
	pub const NPU: u16 = 1 << 0;
	/// DUO:0000046 non-commercial use only.
	pub const NCU: u16 = 1 << 1;
	/// DUO:0000021 ethics approval required.
	pub const IRB: u16 = 1 << 2;
	/// DUO:0000019 publication required.
	pub const PUB: u16 = 1 << 3;
	/// DUO:0000020 collaboration required.
	pub const COL: u16 = 1 << 4;
	/// DUO:0000022 geographical restriction.
	pub const GS: u16 = 1 << 5;
	/// DUO:0000025 time limit on use (the duration is in [`DataUse::time_limit`]).
	pub const TS: u16 = 1 << 6;
	/// DUO:0000015 no general methods research.
	pub const NMDS: u16 = 1 << 7;
	/// Every defined bit.
	pub const VALID: u16 = (1 << 8) - 1;

	/// Each modifier's bit and DUO code, in bit order.
	pub const NAMES: [(u16, &'static str); 8] = [
		(Self::NPU, "NPU"),
		(Self::NCU, "NCU"),
		(Self::IRB, "IRB"),
		(Self::PUB, "PUB"),
		(Self::COL, "COL"),
		(Self::GS, "GS"),
		(Self::TS, "TS"),
		(Self::NMDS, "NMDS"),
	];

	/// Each modifier's bit and id in the Data Use Ontology, in bit order.
	pub const DUO_IDS: [(u16, &'static str); 8] = [
		(Self::NPU, "DUO:0000018"),
		(Self::NCU, "DUO:0000046"),
		(Self::IRB, "DUO:0000021"),
		(Self::PUB, "DUO:0000019"),
		(Self::COL, "DUO:0000020"),
		(Self::GS, "DUO:0000022"),
		(Self::TS, "DUO:0000025"),
		(Self::NMDS, "DUO:0000015"),
	];

	/// Whether `bit` is set.
	pub const fn has(self, bit: u16) -> bool {
		self.0 & bit != 0
	}

	/// Whether every bit is a defined modifier (a value decoded from a transaction may carry
	/// others).
	pub const fn is_valid(self) -> bool {
		self.0 & !Self::VALID == 0
	}

	/// The code and DUO id of each modifier set, in bit order.
	pub fn terms(self) -> impl Iterator<Item = (&'static str, &'static str)> {
		Self::NAMES
			.into_iter()
			.zip(Self::DUO_IDS)
			.filter(move |((bit, _), _)| self.has(*bit))
			.map(|((_, code), (_, id))| (code, id))
	}

	/// The codes of the modifiers set, in bit order.
	pub fn codes(self) -> impl Iterator<Item = &'static str> {
		Self::NAMES.into_iter().filter(move |(bit, _)| self.has(*bit)).map(|(_, code)| code)
	}
}

impl serde::Serialize for DuoModifiers {
	fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
		serializer.collect_seq(self.codes())
	}
}

impl<'de> serde::Deserialize<'de> for DuoModifiers {
	fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
		deserialize_bits(
			deserializer,
			"a list of DUO modifier codes or their bits",
			"a DUO modifier code such as IRB",
			|name| DuoModifiers::NAMES.iter().find(|(_, code)| *code == name).map(|(bit, _)| *bit),
		)
		.map(DuoModifiers)
	}
}

crate::scale_codes! {
	/// A data use statement in DUO terms: what a study does with data, or what a patient's broad
	/// consent allows.
	#[derive(serde::Serialize, serde::Deserialize)]
	#[serde(rename_all = "camelCase")]
	pub struct DataUse {
		/// The primary permission.
		pub permission: DuoPermission,
		/// The modifiers.
		pub modifiers: DuoModifiers,
		/// For the TS modifier: how long (ms) data may be used.
		pub time_limit: Option<Moment>,
	}

	/// What a study does that DUO restrictions may forbid.
	#[derive(serde::Serialize, serde::Deserialize)]
	#[serde(rename_all = "camelCase")]
	pub struct StudyPurpose {
		/// Commercial use (forbidden by NCU).
		pub commercial: bool,
		/// A for-profit organization uses the data (forbidden by NPU).
		pub for_profit: bool,
		/// Methods development (forbidden by NMDS).
		pub methods_research: bool,
	}
}

code_enum! {
	/// Why a consent does not match a study.
	#[derive(frame_support::PalletError)]
	pub enum DuoMismatch {
		/// The consent's primary permission does not cover the study's research purpose.
		Permission,
		/// NCU or NPU: the study is commercial.
		Commercial,
		/// NPU: the study is run for profit.
		ForProfit,
		/// NMDS: the study does methods research.
		MethodsResearch,
		/// IRB: the study has no ethics approval.
		NoEthicsApproval,
		/// PUB: the study does not commit to publish.
		NoPublication,
		/// COL: the study does not commit to collaborate.
		NoCollaboration,
		/// GS: the study does not commit to the geographic restriction.
		Geography,
		/// TS: the study lasts longer than the consent's time limit (or the limit is missing).
		TimeLimit,
	}
}

/// Whether a patient's `consent` allows a study with data use `study`, research purpose
/// `purpose`, `approved` by an ethics committee and lasting `duration` ms.
pub fn duo_match(
	consent: &DataUse,
	study: &DataUse,
	purpose: &StudyPurpose,
	approved: bool,
	duration: Moment,
) -> Result<(), DuoMismatch> {
	use DuoPermission::*;
	let permitted = match (consent.permission, study.permission) {
		(NoRestriction | GeneralResearchUse, _) => true,
		(HealthMedicalBiomedical, HealthMedicalBiomedical | DiseaseSpecific(_)) => true,
		(DiseaseSpecific(x), DiseaseSpecific(y)) => x == y,
		(PopulationOriginsAncestry, PopulationOriginsAncestry) => true,
		_ => false,
	};
	if !permitted {
		return Err(DuoMismatch::Permission);
	}
	let requires = |bit| consent.modifiers.has(bit);
	let commits = |bit| study.modifiers.has(bit);
	if (requires(DuoModifiers::NCU) || requires(DuoModifiers::NPU)) && purpose.commercial {
		return Err(DuoMismatch::Commercial);
	}
	if requires(DuoModifiers::NPU) && purpose.for_profit {
		return Err(DuoMismatch::ForProfit);
	}
	if requires(DuoModifiers::NMDS) && purpose.methods_research {
		return Err(DuoMismatch::MethodsResearch);
	}
	if requires(DuoModifiers::IRB) && !approved {
		return Err(DuoMismatch::NoEthicsApproval);
	}
	if requires(DuoModifiers::PUB) && !commits(DuoModifiers::PUB) {
		return Err(DuoMismatch::NoPublication);
	}
	if requires(DuoModifiers::COL) && !commits(DuoModifiers::COL) {
		return Err(DuoMismatch::NoCollaboration);
	}
	if requires(DuoModifiers::GS) && !commits(DuoModifiers::GS) {
		return Err(DuoMismatch::Geography);
	}
	if requires(DuoModifiers::TS) && consent.time_limit.is_none_or(|limit| duration > limit) {
		return Err(DuoMismatch::TimeLimit);
	}
	Ok(())
}

#[cfg(test)]
mod tests {
	use super::*;
	use DuoPermission::*;

	const HD: u32 = 399; // a disease code
	const CF: u32 = 1_234;

	#[test]
	fn each_term_has_its_duo_id() {
		assert_eq!(GeneralResearchUse.duo_id(), "DUO:0000042");
		assert_eq!(DiseaseSpecific(HD).duo_id(), "DUO:0000007");
		assert!(DuoModifiers::NAMES
			.iter()
			.zip(DuoModifiers::DUO_IDS)
			.all(|((bit, _), (id_bit, _))| *bit == id_bit));
		let modifiers = DuoModifiers(DuoModifiers::IRB | DuoModifiers::PUB);
		assert_eq!(
			modifiers.terms().collect::<Vec<_>>(),
			[("IRB", "DUO:0000021"), ("PUB", "DUO:0000019")]
		);
	}

	fn use_of(permission: DuoPermission, modifiers: u16) -> DataUse {
		DataUse { permission, modifiers: DuoModifiers(modifiers), time_limit: None }
	}

	fn plain() -> StudyPurpose {
		StudyPurpose { commercial: false, for_profit: false, methods_research: false }
	}

	fn matches(consent: DuoPermission, study: DuoPermission) -> bool {
		duo_match(&use_of(consent, 0), &use_of(study, 0), &plain(), true, 0).is_ok()
	}

	/// Every (consent, study) pair of primary permissions, case by case.
	#[test]
	fn the_permission_table() {
		let studies = [
			GeneralResearchUse,
			HealthMedicalBiomedical,
			DiseaseSpecific(HD),
			DiseaseSpecific(CF),
			PopulationOriginsAncestry,
		];
		let table: [(DuoPermission, [bool; 5]); 6] = [
			(NoRestriction, [true, true, true, true, true]),
			(GeneralResearchUse, [true, true, true, true, true]),
			(HealthMedicalBiomedical, [false, true, true, true, false]),
			(DiseaseSpecific(HD), [false, false, true, false, false]),
			(DiseaseSpecific(CF), [false, false, false, true, false]),
			(PopulationOriginsAncestry, [false, false, false, false, true]),
		];
		for (consent, expected) in table {
			for (study, want) in studies.iter().zip(expected) {
				assert_eq!(matches(consent, *study), want, "consent {consent:?}, study {study:?}");
			}
		}
		// The example: a DS-X study matches GRU, HMB or DS-X.
		for consent in [GeneralResearchUse, HealthMedicalBiomedical, DiseaseSpecific(HD)] {
			assert!(matches(consent, DiseaseSpecific(HD)));
		}
	}

	#[test]
	fn a_commercial_study_needs_neither_npu_nor_ncu() {
		let commercial = StudyPurpose { commercial: true, ..plain() };
		let study = use_of(GeneralResearchUse, 0);
		let check = |modifiers| {
			duo_match(&use_of(GeneralResearchUse, modifiers), &study, &commercial, true, 0)
		};
		assert_eq!(check(DuoModifiers::NCU), Err(DuoMismatch::Commercial));
		assert_eq!(check(DuoModifiers::NPU), Err(DuoMismatch::Commercial));
		assert_eq!(check(0), Ok(()));
		assert_eq!(check(DuoModifiers::PUB | DuoModifiers::IRB), Err(DuoMismatch::NoPublication));
		// A for-profit but non-commercial study: NCU allows it, NPU does not.
		let for_profit = StudyPurpose { for_profit: true, ..plain() };
		let fp = |m| duo_match(&use_of(GeneralResearchUse, m), &study, &for_profit, true, 0);
		assert_eq!(fp(DuoModifiers::NCU), Ok(()));
		assert_eq!(fp(DuoModifiers::NPU), Err(DuoMismatch::ForProfit));
	}

	#[test]
	fn each_modifier_adds_its_condition() {
		let consent = |m| use_of(HealthMedicalBiomedical, m);
		let study = |m| use_of(HealthMedicalBiomedical, m);
		let methods = StudyPurpose { methods_research: true, ..plain() };
		assert_eq!(
			duo_match(&consent(DuoModifiers::NMDS), &study(0), &methods, true, 0),
			Err(DuoMismatch::MethodsResearch)
		);
		assert_eq!(duo_match(&consent(DuoModifiers::NMDS), &study(0), &plain(), true, 0), Ok(()));
		assert_eq!(
			duo_match(&consent(DuoModifiers::IRB), &study(0), &plain(), false, 0),
			Err(DuoMismatch::NoEthicsApproval)
		);
		assert_eq!(duo_match(&consent(DuoModifiers::IRB), &study(0), &plain(), true, 0), Ok(()));
		for (bit, why) in [
			(DuoModifiers::PUB, DuoMismatch::NoPublication),
			(DuoModifiers::COL, DuoMismatch::NoCollaboration),
			(DuoModifiers::GS, DuoMismatch::Geography),
		] {
			assert_eq!(duo_match(&consent(bit), &study(0), &plain(), true, 0), Err(why));
			assert_eq!(duo_match(&consent(bit), &study(bit), &plain(), true, 0), Ok(()));
		}
	}

	#[test]
	fn a_time_limit_bounds_the_study_duration() {
		let year = 365 * 86_400_000;
		let mut consent = use_of(GeneralResearchUse, DuoModifiers::TS);
		let study = use_of(GeneralResearchUse, 0);
		assert_eq!(
			duo_match(&consent, &study, &plain(), true, year),
			Err(DuoMismatch::TimeLimit),
			"no limit given"
		);
		consent.time_limit = Some(2 * year);
		assert_eq!(duo_match(&consent, &study, &plain(), true, year), Ok(()));
		assert_eq!(
			duo_match(&consent, &study, &plain(), true, 2 * year + 1),
			Err(DuoMismatch::TimeLimit)
		);
	}
}
