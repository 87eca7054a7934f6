"""Record commitments, exactly as the chain defines them.

    commitment = BLAKE2b-256(salt ‖ document)

`salt` is the 32 random bytes the data holder keeps with the document (never on chain);
`document` the file's bytes exactly as stored; BLAKE2b-256 is BLAKE2b with a 32-byte digest, no
key, no personalization (`blake2_256` in Substrate).
"""

from __future__ import annotations

import hashlib
import os

SALT_BYTES = 32


def commitment(salt: bytes, document: bytes) -> str:
    """The commitment of `document` under `salt`, as 0x-hex."""
    if len(salt) != SALT_BYTES:
        raise ValueError(f"the salt is {SALT_BYTES} bytes, got {len(salt)}")
    return "0x" + hashlib.blake2b(salt + document, digest_size=32).hexdigest()


def parse_salt(text: str) -> bytes:
    """A salt from hex (with or without 0x); `ValueError` unless it is 32 bytes."""
    raw = bytes.fromhex(text[2:] if text.startswith("0x") else text)
    if len(raw) != SALT_BYTES:
        raise ValueError(f"the salt is {SALT_BYTES} bytes, got {len(raw)}")
    return raw


def new_salt() -> bytes:
    """A fresh random salt, for a holder anchoring a new document."""
    return os.urandom(SALT_BYTES)
