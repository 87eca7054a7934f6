"""The decoder is strict and the pager follows cursors through empty pages; no node needed."""

import pytest

from healthchain_client import DecodeError, HealthChain, HealthchainRpc, Study
from healthchain_client._codec import decode
from healthchain_client.rpc import TYPES

STUDY = {
    "id": 15, "institution": 2, "researcher": "5FLSigC9HGRKVhB9FiEo4Y3koPsNmBmLJbpXg2mp1hXcS59Y",
    "protocolHash": "0x" + "11" * 32, "version": 1, "duo": "HMB", "modifiers": ["IRB"],
    "commercial": False, "forProfit": False, "methodsResearch": False,
    "categories": ["LabResults", "AllStandard"], "minCohort": 5, "registeredAt": 1, "endsAt": 2,
    "status": "Approved", "ethicsCommittee": 3, "ethicsReviewer": None, "cohort": 0,
    "attested": 0, "deposit": "340282366920938463463374607431768211455",
}


def test_a_result_decodes_to_its_dataclass_with_names():
    study = decode("HcStudy", STUDY, TYPES)
    assert isinstance(study, Study)
    assert study.status.value == "Approved" and study.modifiers[0].value == "IRB"
    assert study.deposit == 2**128 - 1, "balances are decimal strings, read exactly"


@pytest.mark.parametrize(
    "change, where",
    [
        ({"surprise": 1}, "has no field surprise"),
        ({"status": "Paused"}, "is not a HcStudyStatus"),
        ({"deposit": 1.5}, "expected an integer"),
        ({"deposit": str(2**128)}, "out of range"),
        ({"categories": "LabResults"}, "expected a list"),
    ],
)
def test_a_result_of_another_shape_is_refused(change, where):
    with pytest.raises(DecodeError, match=where):
        decode("HcStudy", {**STUDY, **change}, TYPES)
    missing = dict(STUDY)
    del missing["cohort"]
    with pytest.raises(DecodeError, match="misses its field cohort"):
        decode("HcStudy", missing, TYPES)


def test_paging_follows_the_cursor_through_empty_pages():
    """A node's scan window may cut a page short, even to nothing, with a cursor: the pager
    keeps going until the cursor is null (security review L-8)."""
    pages = {
        ("Approved", None): {"items": [], "nextCursor": 9},
        ("Approved", 9): {"items": [{**STUDY, "id": 15}], "nextCursor": 19},
        ("Approved", 19): {"items": [], "nextCursor": None},
    }
    asked = []

    def request(method, params):
        assert method == "healthchain_studies"
        status, _duo, cursor, _limit, _at = params
        asked.append(cursor)
        return pages[(status, cursor)]

    chain = HealthChain.__new__(HealthChain)
    chain.rpc = HealthchainRpc(request)
    assert [s.id for s in chain.studies("Approved")] == [15]
    assert asked == [None, 9, 19]
