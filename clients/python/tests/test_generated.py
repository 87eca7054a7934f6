"""The client is generated from the runtime the node runs: its stamp (spec_version, BLAKE2b-256 of
the V16 metadata) equals what the node serves, and its package version starts with the
spec_version. A runtime change without regenerating the client fails here (and in
`cargo test -p healthchain-runtime the_clients`)."""

import hashlib
import os
import re

from healthchain_client import METADATA_BLAKE2_256, SPEC_NAME, SPEC_VERSION

HERE = os.path.dirname(__file__)


def compact_length(raw: bytes) -> tuple[int, int]:
    """A SCALE compact integer: (value, bytes it took)."""
    mode = raw[0] & 0b11
    if mode == 0:
        return raw[0] >> 2, 1
    if mode == 1:
        return int.from_bytes(raw[:2], "little") >> 2, 2
    if mode == 2:
        return int.from_bytes(raw[:4], "little") >> 2, 4
    size = (raw[0] >> 2) + 4
    return int.from_bytes(raw[1 : 1 + size], "little"), 1 + size


def test_the_node_runs_the_runtime_the_client_was_generated_from(chain):
    assert chain.runtime_version() == (SPEC_NAME, SPEC_VERSION)
    # Metadata_metadata_at_version(16) -> Option<OpaqueMetadata>: 0x01, compact length, bytes.
    answer = chain.substrate.rpc_request("state_call", ["Metadata_metadata_at_version", "0x10000000"])
    raw = bytes.fromhex(answer["result"][2:])
    assert raw[0] == 1, "the node serves V16 metadata"
    length, used = compact_length(raw[1:])
    metadata = raw[1 + used :]
    assert len(metadata) == length
    assert metadata[:4] == b"meta"
    digest = "0x" + hashlib.blake2b(metadata, digest_size=32).hexdigest()
    assert digest == METADATA_BLAKE2_256, "the runtime changed: regenerate the client"


def test_the_package_version_is_the_spec_version():
    with open(os.path.join(HERE, "../pyproject.toml")) as f:
        version = re.search(r'^version = "(\d+)\.\d+\.\d+"', f.read(), re.M)
    assert version is not None
    assert int(version.group(1)) == SPEC_VERSION
