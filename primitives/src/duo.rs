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

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

use crate::{bit_set::code_enum, Moment};

code_enum! {
	/// The primary permission of a GA4GH Data Use Ontology (DUO) statement.
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

/// DUO modifiers, one bit each.
#[derive(
	Clone,
	Copy,
	Debug,
	Default,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	serde::Serialize,
	serde::Deserialize,
)]
pub struct DuoModifiers(pub u16);

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

	/// Whether `bit` is set.
	pub const fn has(self, bit: u16) -> bool {
		self.0 & bit != 0
	}
}

/// A data use statement in DUO terms: what a study does with data, or what a patient's broad
/// consent allows.
#[derive(
	Clone,
	Copy,
	Debug,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	serde::Serialize,
	serde::Deserialize,
)]
pub struct DataUse {
	/// The primary permission.
	pub permission: DuoPermission,
	/// The modifiers.
	pub modifiers: DuoModifiers,
	/// For the TS modifier: how long (ms) data may be used.
	pub time_limit: Option<Moment>,
}

/// What a study does that DUO restrictions may forbid.
#[derive(
	Clone,
	Copy,
	Debug,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	serde::Serialize,
	serde::Deserialize,
)]
pub struct StudyPurpose {
	/// Commercial use (forbidden by NCU).
	pub commercial: bool,
	/// A for-profit organization uses the data (forbidden by NPU).
	pub for_profit: bool,
	/// Methods development (forbidden by NMDS).
	pub methods_research: bool,
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
