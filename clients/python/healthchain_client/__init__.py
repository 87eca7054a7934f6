"""HealthChain for Python: typed queries, full error reasons, document verification.

    from healthchain_client import HealthChain

    with HealthChain("ws://127.0.0.1:9944") as chain:
        for study in chain.approved_studies(duo="GRU"):
            print(study.id, study.status.value, chain.cohort_size(study.id))

Generated from the runtime whose `spec_version` is `SPEC_VERSION` (the package's major version).
"""

from ._codec import DecodeError
from ._metadata import METADATA_BLAKE2_256, SPEC_NAME, SPEC_VERSION
from .client import DEFAULT_URL, HealthChain, Outcome, Verification
from .commitment import commitment, new_salt, parse_salt
from .errors import ChainError, HealthchainError, RpcError, RuntimeMismatch
from .rpc import *  # noqa: F401,F403 (the result types and codes)
from .rpc import HealthchainRpc
from .terms import bits, consent_terms

__all__ = [
    "ChainError",
    "DEFAULT_URL",
    "DecodeError",
    "HealthChain",
    "HealthchainError",
    "HealthchainRpc",
    "METADATA_BLAKE2_256",
    "Outcome",
    "RpcError",
    "RuntimeMismatch",
    "SPEC_NAME",
    "SPEC_VERSION",
    "Verification",
    "bits",
    "consent_terms",
    "commitment",
    "new_salt",
    "parse_salt",
]
