"""The client against a real `healthchain-node --dev` (its demo registry, patients, records,
plan and study): typed queries, paging, consent granted by name and evaluated, the access log,
documents verified, and refused transactions raised with their whole typed reason."""

import os

import pytest
from substrateinterface import Keypair

from healthchain_client import (
    AccessLogItem,
    Action,
    ChainError,
    DataCategory,
    HealthChain,
    Organization,
    OrganizationKind,
    Outcome,
    Purpose,
    Role,
    RpcError,
    StudyStatus,
    consent_terms,
    parse_salt,
)

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "../../.."))
LAB = os.path.join(ROOT, "scripts/demo/records/ferdie-hba1c.json")
LAB_SALT = "0xe2e97864989595f643de5f5352047c96f7f319a6f2e5864cd70818f5a028790a"
FERDIE = Keypair.create_from_uri("//Ferdie")  # a demo patient of the hospital
DAVE = Keypair.create_from_uri("//Dave")  # a clinician of the hospital
HOSPITAL = 0


def test_organizations_page_by_page_are_the_whole_registry(chain: HealthChain):
    everything = chain.rpc.organizations().items
    assert len(everything) >= 4
    one_by_one = list(chain.pages(lambda cursor: chain.rpc.organizations(cursor, 1)))
    assert one_by_one == everything
    hospital = everything[0]
    assert isinstance(hospital, Organization)
    assert hospital.kind is OrganizationKind.Provider
    assert chain.rpc.organization(HOSPITAL) == hospital
    assert chain.rpc.organization(10_000) is None


def test_roles_are_names_not_bits(chain: HealthChain):
    memberships = chain.rpc.roles_of(DAVE.ss58_address).memberships
    hospital = next(m for m in memberships if m.organization == HOSPITAL)
    assert Role.Clinician in hospital.roles
    assert hospital.kind is OrganizationKind.Provider


def test_studies_by_duo_code_with_cohort_sizes(chain: HealthChain):
    studies = chain.approved_studies()
    assert [(s.id, s.status, s.duo) for s in studies] == [(0, StudyStatus.Active, "DS:5148")]
    assert DataCategory.Genomics.value in [c.value for c in studies[0].categories]
    assert chain.cohort_size(0) == 1, "Grace counts on her broad consent, attested"
    assert [s.id for s in chain.studies(duo="DS")] == [0]
    assert list(chain.studies(duo="POA")) == []
    assert chain.cohort_size(10_000) is None
    assert list(chain.grants_of_study(0)) == []


def test_a_consent_granted_by_name_permits_a_read_that_the_log_records(chain: HealthChain):
    ferdie = FERDIE.ss58_address
    before = chain.evaluate_consent(ferdie, HOSPITAL, Purpose.PublicHealth, DataCategory.Immunizations)
    assert not before.permitted and before.reason is not None

    terms = consent_terms(
        purposes=["PublicHealth"], categories=["Immunizations"], document_hash="0x" + "ab" * 32
    )
    chain.submit("Consent", "grant_consent", {"organization": HOSPITAL, "terms": terms}, FERDIE)
    granted = chain.consents_of(ferdie)[-1]
    assert granted.purposes == [Purpose.PublicHealth]
    assert [c.value for c in granted.categories] == ["Immunizations"]
    assert granted.actions == [Action.Read]

    after = chain.evaluate_consent(ferdie, HOSPITAL, "PublicHealth", "Immunizations", "Read")
    assert after.permitted and after.consent == granted.id and after.reason is None

    chain.submit("Consent", "record_access", {
        "organization": HOSPITAL, "patient": ferdie, "purpose": "PublicHealth",
        "category": "Immunizations", "emergency": None,
    }, DAVE)
    read = list(chain.access_log(ferdie))[-1]
    assert isinstance(read, AccessLogItem)
    assert (read.accessor, read.purpose, read.category, read.consent) == (
        DAVE.ss58_address, Purpose.PublicHealth, DataCategory.Immunizations, granted.id)

    chain.submit("Consent", "revoke_consent", {"consent": granted.id}, FERDIE)
    revoked = chain.evaluate_consent(ferdie, HOSPITAL, "PublicHealth", "Immunizations")
    assert not revoked.permitted


def test_a_refused_transaction_raises_its_whole_typed_reason(chain: HealthChain):
    # Ferdie is nobody's member: the consent pallet refuses with AccessDenied(NotAMember),
    # which substrate-interface alone reports as "AccessDenied".
    with pytest.raises(ChainError) as refused:
        chain.submit("Consent", "record_access", {
            "organization": HOSPITAL, "patient": DAVE.ss58_address, "purpose": "Treatment",
            "category": "LabResults", "emergency": None,
        }, FERDIE)
    error = refused.value
    assert (error.pallet, error.path) == ("Consent", ["AccessDenied", "NotAMember"])
    assert error.reason == "NotAMember"
    assert str(error).startswith("Consent.AccessDenied(NotAMember): ")
    # The pallet's error comes with its documentation; the codes nested in it are named only
    # (the runtime's metadata carries no docs for types outside the pallets' own).
    assert len(error.docs) == 2 and "not a member" in error.docs[0]
    assert error.block_hash is not None


def test_a_misspelt_code_is_refused_before_anything_is_sent(chain: HealthChain):
    with pytest.raises(ValueError, match="one of Treatment"):
        chain.evaluate_consent(FERDIE.ss58_address, HOSPITAL, "Tretment", "LabResults")
    with pytest.raises(ValueError, match="is not a Purpose"):
        consent_terms(purposes=["Marketing"], categories=["LabResults"], document_hash="0x" + "00" * 32)


def test_a_node_error_is_an_rpc_error(chain: HealthChain):
    with pytest.raises(RpcError) as refused:
        chain.rpc.organizations(None, 0)
    assert refused.value.code == -32602
    assert "limit" in refused.value.message


def test_a_document_verifies_and_a_changed_byte_does_not(chain: HealthChain):
    with open(LAB, "rb") as f:
        document = f.read()
    salt = parse_salt(LAB_SALT)
    found = chain.verify_document(document, salt, FERDIE.ss58_address)
    assert found.outcome is Outcome.Verified and found.verified
    assert found.record is not None and found.record.category is DataCategory.LabResults
    changed = bytearray(document)
    changed[100] ^= 1
    assert chain.verify_document(bytes(changed), salt, FERDIE.ss58_address).outcome is Outcome.NotFound
    assert chain.verify_document(document, salt, DAVE.ss58_address).outcome is Outcome.NotFound


def test_bounded_vectors_are_plain_lists(chain: HealthChain):
    """substrate-interface alone refuses a plain list for a BoundedVec (it reads the list as the
    tuple struct's fields, so `[0, 1]` is "two fields"): it wants `[[0, 1]]`. The client takes
    the plain list."""
    lines = [{"service_code": 99213, "amount": 12_000, "service_date": 1_700_000_000_000, "prior_auth": None}]
    params = {"provider": HOSPITAL, "plan": 0, "patient": FERDIE.ss58_address, "evidence": [0, 1], "lines": lines}
    with pytest.raises(ValueError, match="not a list|Element count of value"):
        chain.substrate.compose_call("Claims", "submit_claim", params)
    call = chain.compose("Claims", "submit_claim", params)
    decoded = chain.substrate.create_scale_object("Call", data=call.data).decode()
    args = {a["name"]: a["value"] for a in decoded["call_args"]}
    assert args["evidence"] == [0, 1]
    assert args["lines"] == lines
    with pytest.raises(ValueError, match="takes provider, plan, patient, evidence, lines"):
        chain.compose("Claims", "submit_claim", {**params, "line": lines})
