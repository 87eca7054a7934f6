"""Errors: a failed transaction's full typed reason, a JSON-RPC error, a runtime mismatch."""

from __future__ import annotations

from typing import Any, List, Optional, Tuple


class HealthchainError(Exception):
    """Every error this package raises derives from it."""


class ChainError(HealthchainError):
    """A transaction the chain executed and refused, with its whole typed reason.

    `pallet` is the pallet that refused (`Consent`), `path` the error's variants from the outside
    in (`["AccessDenied", "NotAMember"]` for `Consent::AccessDenied(NotAMember)`), `docs` the
    runtime's documentation of each of them, and `block_hash`/`extrinsic_hash` where it happened.
    For errors outside a pallet (`BadOrigin`, `Token(FundsUnavailable)`, ...) `pallet` is `None`
    and `path` starts with the `DispatchError` variant.
    """

    def __init__(
        self,
        pallet: Optional[str],
        path: List[str],
        docs: List[str],
        block_hash: Optional[str] = None,
        extrinsic_hash: Optional[str] = None,
    ) -> None:
        self.pallet = pallet
        self.path = path
        self.docs = docs
        self.block_hash = block_hash
        self.extrinsic_hash = extrinsic_hash
        super().__init__(self.describe())

    @property
    def name(self) -> str:
        """The outer error's name (`AccessDenied`): all that most clients show."""
        return self.path[0] if self.path else "Unknown"

    @property
    def reason(self) -> str:
        """The innermost variant (`NotAMember`): why, in the runtime's words."""
        return self.path[-1] if self.path else "Unknown"

    def describe(self) -> str:
        """`Consent.AccessDenied(NotAMember): <the inner variant's documentation>`."""
        typed = self.path[0] if self.path else "Unknown"
        for inner in self.path[1:]:
            typed += f"({inner}"
        typed += ")" * (len(self.path) - 1)
        prefix = f"{self.pallet}." if self.pallet else ""
        doc = next((d for d in reversed(self.docs) if d), "")
        return f"{prefix}{typed}" + (f": {doc}" if doc else "")


class RpcError(HealthchainError):
    """The node answered a JSON-RPC request with an error (`code`, `message`, `data`), e.g. an
    invalid parameter (a limit of 0, an unknown code) or a runtime API failure."""

    def __init__(self, method: str, code: Optional[int], message: str, data: Any = None) -> None:
        self.method, self.code, self.message, self.data = method, code, message, data
        detail = f": {data}" if data else ""
        super().__init__(f"{method}: {message} (code {code}){detail}")


class RuntimeMismatch(HealthchainError):
    """The node runs a runtime other than the one this client was generated from."""

    def __init__(self, expected: Tuple[str, int], found: Tuple[str, int]) -> None:
        self.expected, self.found = expected, found
        super().__init__(
            f"the node runs {found[0]} spec_version {found[1]}; this client was generated from "
            f"{expected[0]} {expected[1]}: regenerate it (see clients/python/README.md)"
        )
