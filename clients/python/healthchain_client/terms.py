"""Consent terms from names: the call arguments `Consent.grant_consent` takes, without bit masks.

On chain a set of purposes, categories or actions is one integer, a bit per code in the runtime's
order (the order of the enums in `rpc.py`, checked against the runtime by
`cargo test -p healthchain-rpc every_code_is_the_runtimes`); `AllStandard` is every standard
category, present and future, and never a sensitive one (genomics, mental health, substance use,
sexual and reproductive health must be named).
"""

from __future__ import annotations

import enum
from typing import Any, Dict, Iterable, Optional, Type, TypeVar, Union

from .rpc import Action, CategoryName, Purpose

ALL_STANDARD_BIT = 1 << 31
E = TypeVar("E", bound=enum.Enum)


def bits(names: Iterable[Union[E, str]], codes: Type[E]) -> int:
    """The set of `names` (members of `codes` or their names) as the chain's bit mask."""
    members = list(codes)
    mask = 0
    for name in names:
        try:
            member = name if isinstance(name, codes) else codes(name)
        except ValueError:
            known = ", ".join(m.value for m in members)
            raise ValueError(f"{name!r} is not a {codes.__name__} (one of {known})") from None
        mask |= ALL_STANDARD_BIT if member.value == "AllStandard" else 1 << members.index(member)
    if mask == 0:
        raise ValueError(f"an empty set of {codes.__name__}: name at least one")
    return mask


def consent_terms(
    *,
    purposes: Iterable[Union[Purpose, str]],
    categories: Iterable[Union[CategoryName, str]],
    document_hash: str,
    actions: Iterable[Union[Action, str]] = (Action.Read,),
    valid_from: Optional[int] = None,
    valid_until: Optional[int] = None,
    max_accesses: Optional[int] = None,
    erase_by: Optional[int] = None,
) -> Dict[str, Any]:
    """`ConsentTerms` for `Consent.grant_consent(organization, terms)`.

    `document_hash` is the salted hash (0x-hex, 32 bytes) of the consent document the patient
    signed, kept off chain; times are ms since the Unix epoch."""
    if not (isinstance(document_hash, str) and document_hash.startswith("0x") and len(document_hash) == 66):
        raise ValueError("document_hash is 32 bytes as 0x-hex")
    return {
        "purposes": bits(purposes, Purpose),
        "categories": bits(categories, CategoryName),
        "actions": bits(actions, Action),
        "valid_from": valid_from,
        "valid_until": valid_until,
        "max_accesses": max_accesses,
        "erase_by": erase_by,
        "document_hash": document_hash,
    }
