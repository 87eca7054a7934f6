"""`HealthChain`: a connection to a node, its typed queries, and transactions whose failures are
raised with their whole typed reason."""

from __future__ import annotations

import enum
import warnings
from dataclasses import dataclass
from typing import Any, Callable, Dict, Iterator, List, Optional, Sequence, Union

from substrateinterface import Keypair, SubstrateInterface
from substrateinterface.exceptions import SubstrateRequestException
from scalecodec.base import ScaleBytes

from . import _metadata
from .commitment import commitment
from .errors import ChainError, RpcError, RuntimeMismatch
from .rpc import (
    AccessLogItem,
    Action,
    Consent,
    DataCategory,
    DataGrant,
    Decision,
    HealthchainRpc,
    Purpose,
    Record,
    Study,
    StudyStatus,
)

DEFAULT_URL = "ws://127.0.0.1:9944"


class Outcome(str, enum.Enum):
    """What the chain says of a document's commitment."""

    Verified = "Verified"
    """Anchored for the patient, and the current version."""
    NotFound = "NotFound"
    """The patient has no record with this commitment: the document, the salt or the patient
    differs from what was anchored."""
    Superseded = "Superseded"
    """Anchored, but a newer version replaces it (`record.superseded_by`)."""
    EnteredInError = "EnteredInError"
    """Anchored, but marked as entered in error."""
    Erased = "Erased"
    """The holder erased this version: the data and its salt are destroyed."""


@dataclass(frozen=True)
class Verification:
    """A document checked against the chain."""

    commitment: str
    outcome: Outcome
    record: Optional[Record]

    @property
    def verified(self) -> bool:
        return self.outcome is Outcome.Verified


class HealthChain:
    """A connection to a HealthChain node.

    `rpc` has every `healthchain_*` method, typed (results are the dataclasses of
    `healthchain_client.rpc`); the methods below page for you and read as a researcher or a
    patient app would. `submit` sends a transaction and raises `ChainError` with the full
    reason when the chain refuses it.

    By default the node's runtime is checked against the one this client was generated from:
    another chain raises `RuntimeMismatch`; another `spec_version` of HealthChain warns (and
    raises with `strict=True`).
    """

    def __init__(
        self,
        url: str = DEFAULT_URL,
        *,
        substrate: Optional[SubstrateInterface] = None,
        check_runtime: bool = True,
        strict: bool = False,
    ) -> None:
        self.substrate = substrate if substrate is not None else SubstrateInterface(url=url)
        self.rpc = HealthchainRpc(self._request)
        if check_runtime:
            self.check_runtime(strict=strict)

    # --- connection ------------------------------------------------------------------------

    def close(self) -> None:
        self.substrate.close()

    def __enter__(self) -> "HealthChain":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def runtime_version(self) -> tuple[str, int]:
        """The node's runtime: `(spec_name, spec_version)` at the best block."""
        version = self._request("state_getRuntimeVersion", [])
        return version["specName"], int(version["specVersion"])

    def check_runtime(self, strict: bool = False) -> None:
        expected = (_metadata.SPEC_NAME, _metadata.SPEC_VERSION)
        found = self.runtime_version()
        if found[0] != expected[0] or (strict and found != expected):
            raise RuntimeMismatch(expected, found)
        if found != expected:
            warnings.warn(str(RuntimeMismatch(expected, found)), stacklevel=3)

    def _request(self, method: str, params: List[Any]) -> Any:
        try:
            response = self.substrate.rpc_request(method, params)
        except SubstrateRequestException as e:
            error = e.args[0] if e.args and isinstance(e.args[0], dict) else {"message": str(e)}
            raise RpcError(method, error.get("code"), error.get("message", ""), error.get("data")) from None
        if "error" in response:
            error = response["error"]
            raise RpcError(method, error.get("code"), error.get("message", ""), error.get("data"))
        return response["result"]

    # --- paging ----------------------------------------------------------------------------

    @staticmethod
    def pages(fetch: Callable[[Any], Any]) -> Iterator[Any]:
        """Every item of a paged method: `fetch(cursor)` returns a page (`items`,
        `next_cursor`); pages until `next_cursor` is `None`."""
        cursor = None
        while True:
            page = fetch(cursor)
            yield from page.items
            if page.next_cursor is None:
                return
            cursor = page.next_cursor

    # --- research --------------------------------------------------------------------------

    def studies(
        self,
        status: Union[StudyStatus, str, None] = None,
        duo: Optional[str] = None,
        at: Optional[str] = None,
    ) -> Iterator[Study]:
        """Studies in id order, optionally in one status and with one DUO code (`GRU`, `HMB`,
        `DS`, `DS:<code>`, `POA`, `NRES`)."""
        return self.pages(lambda cursor: self.rpc.studies(status, duo, cursor, None, at))

    def approved_studies(self, duo: Optional[str] = None) -> List[Study]:
        """The studies an ethics committee approved (`Approved` and `Active`), in id order."""
        found = [s for status in (StudyStatus.Approved, StudyStatus.Active) for s in self.studies(status, duo)]
        return sorted(found, key=lambda s: s.id)

    def cohort_size(self, study: int, at: Optional[str] = None) -> Optional[int]:
        """Patients consenting to the study's current version whom a data holder attested;
        `None` for an unknown study."""
        cohort = self.rpc.cohort_size(study, at)
        return None if cohort is None else cohort.cohort

    def grants_of_study(self, study: int, at: Optional[str] = None) -> Iterator[DataGrant]:
        """A study's data grants, in id order."""
        return self.pages(lambda cursor: self.rpc.grants_of_study(study, cursor, None, at))

    # --- consent ---------------------------------------------------------------------------

    def evaluate_consent(
        self,
        patient: str,
        organization: int,
        purpose: Union[Purpose, str],
        category: Union[DataCategory, str],
        action: Union[Action, str] = Action.Read,
        at: Optional[str] = None,
    ) -> Decision:
        """The chain's one consent evaluation: may `organization` do `action` on the patient's
        `category` data for `purpose` now? (`decision.permitted`, `.consent`, `.reason`)."""
        return self.rpc.evaluate_consent(patient, organization, purpose, category, action, at)

    def consents_of(self, patient: str, at: Optional[str] = None) -> List[Consent]:
        """A patient's consents, in the order granted."""
        return self.rpc.consents_of(patient, at).consents

    def access_log(self, patient: str, at: Optional[str] = None) -> Iterator[AccessLogItem]:
        """A patient's access log, oldest first: who read which category, why, when."""
        return self.pages(lambda cursor: self.rpc.access_log(patient, cursor, None, at))

    # --- records ---------------------------------------------------------------------------

    def verify_document(
        self, document: bytes, salt: bytes, patient: str, at: Optional[str] = None
    ) -> Verification:
        """Computes the document's commitment and asks the chain whether the patient's record
        with it is anchored, and whether it is the current version."""
        value = commitment(salt, document)
        record = self.rpc.record_by_commitment(patient, value, at)
        if record is None:
            return Verification(value, Outcome.NotFound, None)
        outcome = {
            "Current": Outcome.Verified,
            "Superseded": Outcome.Superseded,
            "EnteredInError": Outcome.EnteredInError,
            "Erased": Outcome.Erased,
        }[record.status.value]
        return Verification(value, outcome, record)

    # --- transactions ----------------------------------------------------------------------

    def submit(
        self,
        pallet: str,
        call: str,
        params: Dict[str, Any],
        signer: Keypair,
        *,
        wait_for_finalization: bool = False,
    ) -> Any:
        """Signs and sends `pallet.call(params)` and waits for its block (or its finality).
        Returns the receipt; raises `ChainError` with the whole typed reason when the chain
        refused the call."""
        composed = self.compose(pallet, call, params)
        extrinsic = self.substrate.create_signed_extrinsic(call=composed, keypair=signer)
        receipt = self.substrate.submit_extrinsic(
            extrinsic, wait_for_inclusion=True, wait_for_finalization=wait_for_finalization
        )
        if not receipt.is_success:
            raise self.error_of(receipt)
        return receipt

    def compose(self, pallet: str, call: str, params: Dict[str, Any]) -> Any:
        """`pallet.call(params)` as a call to sign, arguments as plain Python values: a bounded
        vector is a list (substrate-interface alone wants it wrapped as the one field of a
        tuple struct, `[[...]]`), a set of codes an int (see `terms.bits`)."""
        function = self.substrate.get_metadata_call_function(pallet, call)
        if function is None:
            raise ValueError(f"the runtime has no call {pallet}.{call}")
        fields = {f["name"]: f["type"] for f in function.value["fields"]}
        unknown = sorted(set(params) - set(fields))
        if unknown:
            raise ValueError(f"{pallet}.{call} takes {', '.join(fields)}; not {', '.join(unknown)}")
        types = self._registry()
        shaped = {name: _shape(types, fields[name], value) for name, value in params.items()}
        return self.substrate.compose_call(call_module=pallet, call_function=call, call_params=shaped)

    def error_of(self, receipt: Any) -> ChainError:
        """The `ChainError` of a failed transaction's receipt (its `ExtrinsicFailed` event)."""
        for event in receipt.triggered_events:
            value = event.value
            if value["module_id"] == "System" and value["event_id"] == "ExtrinsicFailed":
                attributes = value["attributes"]
                error = attributes["dispatch_error"] if isinstance(attributes, dict) else attributes[0]
                return self.dispatch_error(error, receipt.block_hash, receipt.extrinsic_hash)
        return ChainError(None, ["Unknown"], ["the transaction failed without an ExtrinsicFailed event"],
                          receipt.block_hash, receipt.extrinsic_hash)

    def dispatch_error(
        self, error: Any, block_hash: Optional[str] = None, extrinsic_hash: Optional[str] = None
    ) -> ChainError:
        """A decoded `DispatchError` (as substrate-interface shows it) as a `ChainError`: a
        pallet's error is decoded from its 4 bytes with the pallet's error type, nested enums
        included, each variant with its documentation."""
        if isinstance(error, dict) and "Module" in error:
            module = error["Module"]
            index, raw = (module[0], module[1]) if isinstance(module, (list, tuple)) else (module["index"], module["error"])
            raw_bytes = bytes.fromhex(raw[2:]) if isinstance(raw, str) else bytes([raw, 0, 0, 0])
            pallet = self.substrate.metadata.get_pallet_by_index(index)
            type_id = pallet.value["error"]["ty"]
            decoded = self.substrate.create_scale_object(f"scale_info::{type_id}", ScaleBytes(raw_bytes))
            path, docs = self._variant_path(type_id, decoded.decode(check_remaining=False))
            return ChainError(pallet.name, path, docs, block_hash, extrinsic_hash)
        path, _ = self._variant_path(None, error)
        return ChainError(None, path, [], block_hash, extrinsic_hash)

    def _variant_path(self, type_id: Optional[int], value: Any) -> tuple[List[str], List[str]]:
        """The variants of a decoded enum value from the outside in, and each one's docs."""
        path: List[str] = []
        docs: List[str] = []
        types = self._registry()
        while value is not None:
            if isinstance(value, str):
                name, inner = value, None
            elif isinstance(value, dict) and len(value) == 1:
                (name, inner), = value.items()
            else:
                break
            path.append(name)
            variant = self._variant(types, type_id, name)
            docs.append(" ".join(variant.get("docs", [])).strip() if variant else "")
            fields = variant.get("fields", []) if variant else []
            type_id = fields[0]["type"] if len(fields) == 1 else None
            value = inner
        return path or ["Unknown"], docs

    def _registry(self) -> Dict[int, Any]:
        """The metadata's types by id (read once per metadata)."""
        metadata = self.substrate.metadata
        cached = getattr(self, "_types", None)
        if cached is None or cached[0] is not metadata:
            registry = metadata.portable_registry
            types = {t["id"]: t["type"] for t in registry.value["types"]} if registry else {}
            self._types = cached = (metadata, types)
        return cached[1]

    @staticmethod
    def _variant(types: Dict[int, Any], type_id: Optional[int], name: str) -> Optional[Dict[str, Any]]:
        if type_id is None or type_id not in types:
            return None
        definition = types[type_id].get("def", {})
        for variant in definition.get("variant", {}).get("variants", []):
            if variant["name"] == name:
                return variant
        return None


def _shape(types: Dict[int, Any], type_id: int, value: Any) -> Any:
    """`value` as substrate-interface encodes the type `type_id`: a list for a tuple struct of
    one sequence (a `BoundedVec`) wrapped as its one field, the rest walked through."""
    definition = types.get(type_id, {}).get("def", {})
    if "composite" in definition:
        fields = definition["composite"].get("fields", [])
        if len(fields) == 1 and fields[0].get("name") is None:
            inner = fields[0]["type"]
            if "sequence" in types.get(inner, {}).get("def", {}) and isinstance(value, (list, tuple)):
                return [_shape(types, inner, value)]
            return _shape(types, inner, value)
        if isinstance(value, dict):
            by_name = {f.get("name"): f["type"] for f in fields}
            return {k: _shape(types, by_name[k], v) if k in by_name else v for k, v in value.items()}
        return value
    if "sequence" in definition and isinstance(value, (list, tuple)):
        element = definition["sequence"]["type"]
        return [_shape(types, element, v) for v in value]
    if "variant" in definition:
        path = types[type_id].get("path", [])
        variants = {v["name"]: v for v in definition["variant"].get("variants", [])}
        if path == ["Option"]:
            some = variants.get("Some", {}).get("fields", [])
            return None if value is None or not some else _shape(types, some[0]["type"], value)
        if isinstance(value, dict) and len(value) == 1:
            (name, inner), = value.items()
            fields = variants.get(name, {}).get("fields", [])
            if len(fields) == 1 and fields[0].get("name") is None:
                return {name: _shape(types, fields[0]["type"], inner)}
            if isinstance(inner, dict):
                by_name = {f.get("name"): f["type"] for f in fields}
                return {name: {k: _shape(types, by_name[k], v) if k in by_name else v for k, v in inner.items()}}
        return value
    return value
