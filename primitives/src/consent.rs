//! Consent vocabulary: purposes of use (HL7 PurposeOfUse), data categories, actions, the
//! decision of a consent evaluation, and the [`ConsentInspect`] trait other pallets ask.

use crate::{
	bit_set::{bit_set, code_enum},
	OrganizationId,
};

/// The identifier of a consent, assigned in order of granting.
pub type ConsentId = u64;

code_enum! {
	/// Why data is used: HL7 v3 PurposeOfUse codes.
	pub enum Purpose {
		/// `TREAT`: treatment.
		Treatment,
		/// `ETREAT`: emergency treatment.
		EmergencyTreatment,
		/// `HPAYMT`: healthcare payment (claims).
		Payment,
		/// `HOPERAT`: healthcare operations.
		Operations,
		/// `HRESCH`: healthcare research.
		Research,
		/// `PUBHLTH`: public health.
		PublicHealth,
	}
}

impl Purpose {
	/// The role a member needs to read a patient's data for this purpose: Clinician for
	/// treatment and emergency treatment (clinical reads), Billing for payment, Researcher for
	/// research; `None` (any member) for operations and public health.
	pub const fn reader_role(self) -> Option<crate::Role> {
		match self {
			Purpose::Treatment | Purpose::EmergencyTreatment => Some(crate::Role::Clinician),
			Purpose::Payment => Some(crate::Role::Billing),
			Purpose::Research => Some(crate::Role::Researcher),
			Purpose::Operations | Purpose::PublicHealth => None,
		}
	}

	/// Every purpose, in bit order.
	pub const ALL: [Purpose; 6] = [
		Purpose::Treatment,
		Purpose::EmergencyTreatment,
		Purpose::Payment,
		Purpose::Operations,
		Purpose::Research,
		Purpose::PublicHealth,
	];

	/// The purpose's bit in a [`PurposeSet`].
	pub const fn bit(self) -> u8 {
		1 << (self as u8)
	}

	/// The HL7 v3 PurposeOfUse code.
	pub const fn hl7_code(self) -> &'static str {
		match self {
			Purpose::Treatment => "TREAT",
			Purpose::EmergencyTreatment => "ETREAT",
			Purpose::Payment => "HPAYMT",
			Purpose::Operations => "HOPERAT",
			Purpose::Research => "HRESCH",
			Purpose::PublicHealth => "PUBHLTH",
		}
	}
}

bit_set!(
	/// A set of [`Purpose`]s, one bit each.
	PurposeSet(u8) of Purpose, valid = (1 << 6) - 1
);

code_enum! {
	/// What kind of data: a fixed set of categories. Categories from [`DataCategory::Genomics`]
	/// on are *sensitive*: a consent covers them only when it names them, never through "all
	/// standard categories".
	pub enum DataCategory {
		/// Administrative and demographic data.
		Demographics,
		/// Problems and diagnoses.
		Conditions,
		/// Medications and prescriptions.
		Medications,
		/// Allergies and intolerances.
		Allergies,
		/// Laboratory results.
		LabResults,
		/// Imaging studies and reports.
		Imaging,
		/// Clinical notes.
		ClinicalNotes,
		/// Immunizations.
		Immunizations,
		/// Procedures.
		Procedures,
		/// Vital signs.
		VitalSigns,
		/// Genomic data (sensitive).
		Genomics,
		/// Mental health (sensitive).
		MentalHealth,
		/// Substance use, e.g. 42 CFR Part 2 records (sensitive).
		SubstanceUse,
		/// Sexual and reproductive health (sensitive).
		SexualReproductiveHealth,
	}
}

impl DataCategory {
	/// Every category, in bit order.
	pub const ALL: [DataCategory; 14] = [
		DataCategory::Demographics,
		DataCategory::Conditions,
		DataCategory::Medications,
		DataCategory::Allergies,
		DataCategory::LabResults,
		DataCategory::Imaging,
		DataCategory::ClinicalNotes,
		DataCategory::Immunizations,
		DataCategory::Procedures,
		DataCategory::VitalSigns,
		DataCategory::Genomics,
		DataCategory::MentalHealth,
		DataCategory::SubstanceUse,
		DataCategory::SexualReproductiveHealth,
	];

	/// The category's bit in a [`CategorySet`].
	pub const fn bit(self) -> u32 {
		1 << (self as u32)
	}

	/// Whether a consent must name this category explicitly.
	pub const fn is_sensitive(self) -> bool {
		(self as u8) >= (DataCategory::Genomics as u8)
	}
}

bit_set!(
	/// A set of [`DataCategory`]s, one bit each, plus [`CategorySet::ALL_STANDARD`]: every
	/// non-sensitive category, present and future.
	CategorySet(u32) of DataCategory, valid = ((1 << 14) - 1) | CategorySet::ALL_STANDARD,
	extra = "AllStandard" => CategorySet::ALL_STANDARD
);

impl CategorySet {
	/// "All standard categories": every non-sensitive category. Sensitive ones stay excluded
	/// unless named.
	pub const ALL_STANDARD: u32 = 1 << 31;

	/// The set of every standard category, present and future ("all standard"), and nothing
	/// sensitive.
	pub const fn all_standard() -> Self {
		CategorySet(Self::ALL_STANDARD)
	}

	/// Whether the set holds "all standard categories".
	pub const fn has_all_standard(self) -> bool {
		self.0 & Self::ALL_STANDARD != 0
	}

	/// Whether data of `category` is covered: named, or standard and "all standard" is set.
	pub const fn covers(self, category: DataCategory) -> bool {
		self.names(category) || (!category.is_sensitive() && self.has_all_standard())
	}
}

code_enum! {
	/// What is done with the data.
	pub enum Action {
		/// Read (access, disclose).
		Read,
		/// Write (create, amend records).
		Write,
	}
}

impl Action {
	/// Every action, in bit order.
	pub const ALL: [Action; 2] = [Action::Read, Action::Write];

	/// The action's bit in an [`ActionSet`].
	pub const fn bit(self) -> u8 {
		1 << (self as u8)
	}
}

bit_set!(
	/// A set of [`Action`]s.
	ActionSet(u8) of Action, valid = 0b11
);

code_enum! {
	/// Why an evaluation denies. Ordered by how far a consent got through the checks, so that the
	/// most specific reason among several consents can be reported. Pallets carry it in their
	/// errors (a `PalletError`).
	#[derive(frame_support::PalletError)]
	pub enum DenyReason {
		/// The patient has no consent for this organization.
		NoConsent,
		/// The consent's validity window has not begun.
		NotYetValid,
		/// The consent's validity window has ended.
		Expired,
		/// The data was to be erased by now: no use after the erase-by deadline.
		PastEraseBy,
		/// The consent does not cover this purpose.
		PurposeNotCovered,
		/// The consent does not cover this data category (sensitive ones must be named).
		CategoryNotCovered,
		/// The consent does not cover this action.
		ActionNotCovered,
		/// The consent's maximum number of accesses is used up.
		AccessLimitReached,
	}
}

crate::scale_codes! {
	/// The result of evaluating a patient's consents for one use of their data. In JSON:
	/// `{ "permitted": true, "consent": id, "reason": null }` or
	/// `{ "permitted": false, "consent": null, "reason": "Expired" }`.
	pub enum Decision {
		/// Allowed by this consent.
		Permit(ConsentId),
		/// Not allowed, and why.
		Deny(DenyReason),
	}
}

impl serde::Serialize for Decision {
	fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
		use serde::ser::SerializeStruct;
		let (consent, reason) = match self {
			Decision::Permit(id) => (Some(*id), None),
			Decision::Deny(reason) => (None, Some(*reason)),
		};
		let mut out = serializer.serialize_struct("Decision", 3)?;
		out.serialize_field("permitted", &consent.is_some())?;
		out.serialize_field("consent", &consent)?;
		out.serialize_field("reason", &reason)?;
		out.end()
	}
}

crate::client_types! {
	/// The one evaluation's [`Decision`] for one category, in [`CategoryDecisions`]. In JSON:
	/// `{ "category": "LabResults", "decision": { "permitted": true, "consent": 0, "reason": null } }`.
	#[derive(Copy)]
	pub struct CategoryDecision {
		/// The category asked about.
		pub category: DataCategory,
		/// The evaluation's decision for it.
		pub decision: Decision,
	}

	/// The one evaluation for several categories at once (`ConsentApi::evaluate_categories`):
	/// each category asked about, in category order, with its decision. What a decision
	/// service needs for a request that spans several classes of data, read at one block.
	pub struct CategoryDecisions {
		/// One decision per category asked about.
		pub items: alloc::vec::Vec<CategoryDecision>,
	}
}

/// The consent registry's answer to "may this organization do this with this patient's data
/// now?", for the other pallets. One evaluation, used everywhere (records, claims, research,
/// the runtime API and the RPC).
pub trait ConsentInspect<AccountId> {
	/// Evaluates the patient's consents for `organization` doing `action` on data of
	/// `category` for `purpose`, at the current block's time. Bounded work: at most
	/// [`Self::max_consents_read`] consents are read.
	fn evaluate(
		patient: &AccountId,
		organization: OrganizationId,
		purpose: Purpose,
		category: DataCategory,
		action: Action,
	) -> Decision {
		Self::evaluate_counted(patient, organization, purpose, category, action).0
	}

	/// [`Self::evaluate`], and how many of the patient's consents it read. A call whose weight
	/// assumed the worst case (every consent read) reports the difference as unused
	/// ([`Self::unused_evaluation_weight`]): a patient with one consent costs the chain one
	/// consent, not the maximum.
	fn evaluate_counted(
		patient: &AccountId,
		organization: OrganizationId,
		purpose: Purpose,
		category: DataCategory,
		action: Action,
	) -> (Decision, u32);

	/// The most consents one evaluation reads (the patient's maximum number of consents).
	fn max_consents_read() -> u32;

	/// The weight of an evaluation that read `read` consents, from the consent registry's
	/// benchmark of its evaluation.
	fn evaluation_weight(read: u32) -> frame_support::weights::Weight;

	/// What a call that declared the worst-case evaluation did not use, once its evaluation
	/// read `read` consents.
	fn unused_evaluation_weight(read: u32) -> frame_support::weights::Weight {
		Self::evaluation_weight(Self::max_consents_read())
			.saturating_sub(Self::evaluation_weight(read))
	}

	/// The organization that onboarded `patient` (registered them with their signature), if
	/// any: the provider whose patient they are.
	fn registered_by(patient: &AccountId) -> Option<OrganizationId>;

	/// For benchmarks: makes `evaluate` permit exactly this use (e.g. by granting a consent).
	#[cfg(feature = "runtime-benchmarks")]
	fn benchmark_permit(
		patient: &AccountId,
		organization: OrganizationId,
		purpose: Purpose,
		category: DataCategory,
		action: Action,
	);

	/// For benchmarks: the worst case of `evaluate` for a write by `organization`. Fills
	/// `patient`'s consents with consents to `organization` that `evaluate` reads to the last
	/// check and that permit no write, until exactly one more consent fits (the patient's
	/// maximum less one); a `benchmark_permit` afterwards is then the last consent read.
	#[cfg(feature = "runtime-benchmarks")]
	fn benchmark_fill(patient: &AccountId, organization: OrganizationId);
}

/// Told by the Consent pallet when a patient revokes a consent, so that what rests on it ends at
/// once (a research cohort counted on the patient's broad research consent). `()` ignores it.
pub trait ConsentRevoked<AccountId> {
	/// `patient` revoked a consent to `organization` for `purposes`. Returns the weight it
	/// used (at most [`Self::weight`]), which the revoking call reports as its actual weight.
	fn consent_revoked(
		patient: &AccountId,
		organization: OrganizationId,
		purposes: PurposeSet,
	) -> frame_support::weights::Weight;

	/// The most weight [`Self::consent_revoked`] takes, added to the revoking call's declared
	/// weight.
	fn weight() -> frame_support::weights::Weight;
}

impl<AccountId> ConsentRevoked<AccountId> for () {
	fn consent_revoked(
		_: &AccountId,
		_: OrganizationId,
		_: PurposeSet,
	) -> frame_support::weights::Weight {
		frame_support::weights::Weight::zero()
	}

	fn weight() -> frame_support::weights::Weight {
		frame_support::weights::Weight::zero()
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn all_standard_never_covers_sensitive_categories() {
		let all = CategorySet::all_standard();
		for category in DataCategory::ALL {
			assert_eq!(all.covers(category), !category.is_sensitive(), "{category:?}");
		}
		let with_genomics = CategorySet(CategorySet::ALL_STANDARD | DataCategory::Genomics.bit());
		assert!(with_genomics.covers(DataCategory::Genomics));
		assert!(!with_genomics.covers(DataCategory::MentalHealth));
	}

	#[test]
	fn sets_reject_unknown_bits() {
		assert!(CategorySet(CategorySet::VALID_BITS).is_valid());
		assert!(!CategorySet(1 << 20).is_valid());
		assert!(PurposeSet::from_items(&Purpose::ALL).is_valid());
		assert!(!PurposeSet(1 << 6).is_valid());
		assert!(!ActionSet(0b100).is_valid());
	}

	#[test]
	fn sets_are_lists_of_names_in_json() {
		let set = CategorySet(CategorySet::ALL_STANDARD | DataCategory::Genomics.bit());
		let json = serde_json::to_value(set).unwrap();
		assert_eq!(json, serde_json::json!(["AllStandard", "Genomics"]));
		assert_eq!(serde_json::from_value::<CategorySet>(json).unwrap(), set);
		let actions = ActionSet::from_items(&[Action::Read, Action::Write]);
		assert_eq!(serde_json::to_value(actions).unwrap(), serde_json::json!(["Read", "Write"]));
		assert_eq!(serde_json::from_value::<ActionSet>(serde_json::json!(3)).unwrap(), actions);
		assert!(serde_json::from_value::<ActionSet>(serde_json::json!(["Delete"])).is_err());
	}

	#[test]
	fn decisions_say_permitted_and_why_in_json() {
		assert_eq!(
			serde_json::to_value(Decision::Permit(4)).unwrap(),
			serde_json::json!({ "permitted": true, "consent": 4, "reason": null })
		);
		assert_eq!(
			serde_json::to_value(Decision::Deny(DenyReason::Expired)).unwrap(),
			serde_json::json!({ "permitted": false, "consent": null, "reason": "Expired" })
		);
	}

	#[test]
	fn sensitive_categories_are_the_last_four() {
		let sensitive: Vec<_> =
			DataCategory::ALL.into_iter().filter(|c| c.is_sensitive()).collect();
		assert_eq!(
			sensitive,
			vec![
				DataCategory::Genomics,
				DataCategory::MentalHealth,
				DataCategory::SubstanceUse,
				DataCategory::SexualReproductiveHealth
			]
		);
		assert_eq!(Purpose::Research.hl7_code(), "HRESCH");
	}
}
