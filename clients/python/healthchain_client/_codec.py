"""JSON of the `healthchain_*` methods to and from the typed values of `rpc.py`.

The decoder is strict: a field the node returns that the type does not declare, a declared field
it omits, a value of the wrong kind or an unknown code raises `DecodeError`. A client generated
from an older method list fails loudly instead of silently dropping what it does not know.
"""

from __future__ import annotations

import enum
from typing import Any, Dict, Tuple

_INTS = {"u16": 16, "u32": 32, "u64": 64, "u128": 128}
_STRINGS = {"AccountId", "H256", "Text", "Hash"}


class DecodeError(ValueError):
    """A value does not have the shape its type declares (`path`: where, e.g. `items[3].roles`)."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path or 'result'}: {message}")
        self.path = path


def _inner(ty: str, wrapper: str) -> str | None:
    if ty.startswith(wrapper + "<") and ty.endswith(">"):
        return ty[len(wrapper) + 1 : -1]
    return None


def decode(ty: str, value: Any, types: Dict[str, Tuple[Any, str, Any]], path: str = "") -> Any:
    """`value` (JSON) as the Python value of the Polkadot.js type `ty`."""
    inner = _inner(ty, "Option")
    if inner is not None:
        return None if value is None else decode(inner, value, types, path)
    inner = _inner(ty, "Vec")
    if inner is not None:
        if not isinstance(value, list):
            raise DecodeError(path, f"expected a list ({ty}), got {value!r}")
        return [decode(inner, item, types, f"{path}[{i}]") for i, item in enumerate(value)]
    if ty in _INTS:
        # Balances (u128) come as decimal strings, smaller numbers as JSON numbers.
        if isinstance(value, bool) or not isinstance(value, (int, str)):
            raise DecodeError(path, f"expected an integer ({ty}), got {value!r}")
        try:
            number = int(value) if isinstance(value, int) else int(value, 10)
        except ValueError:
            raise DecodeError(path, f"expected a decimal integer ({ty}), got {value!r}") from None
        if not 0 <= number < 2 ** _INTS[ty]:
            raise DecodeError(path, f"{number} is out of range for {ty}")
        return number
    if ty == "bool":
        if not isinstance(value, bool):
            raise DecodeError(path, f"expected true or false, got {value!r}")
        return value
    if ty in _STRINGS:
        if not isinstance(value, str):
            raise DecodeError(path, f"expected a string ({ty}), got {value!r}")
        return value
    if ty == "Null":
        if value is not None:
            raise DecodeError(path, f"expected null, got {value!r}")
        return None
    if ty not in types:
        raise DecodeError(path, f"unknown type {ty}")
    cls, kind, shape = types[ty]
    if kind == "alias":
        return decode(shape, value, types, path)
    if kind == "enum":
        try:
            return cls(value)
        except ValueError:
            known = ", ".join(member.value for member in cls)
            raise DecodeError(path, f"{value!r} is not a {ty} (one of {known})") from None
    if kind == "struct":
        if not isinstance(value, dict):
            raise DecodeError(path, f"expected an object ({ty}), got {value!r}")
        declared = {json_name for json_name, _, _ in shape}
        unknown = sorted(set(value) - declared)
        if unknown:
            raise DecodeError(path, f"{ty} has no field {', '.join(unknown)}: regenerate the client")
        fields = {}
        for json_name, py_name, field_ty in shape:
            if json_name not in value:
                raise DecodeError(path, f"{ty} misses its field {json_name}")
            fields[py_name] = decode(field_ty, value[json_name], types, f"{path}.{json_name}".lstrip("."))
        return cls(**fields)
    if kind == "tagged":
        variants = dict(shape)
        if isinstance(value, str) and variants.get(value) == "Null":
            return cls(variant=value, value=None)
        if isinstance(value, dict) and len(value) == 1:
            (name, inner_value), = value.items()
            if name in variants:
                return cls(variant=name, value=decode(variants[name], inner_value, types, f"{path}.{name}".lstrip(".")))
        raise DecodeError(path, f"{value!r} is not a {ty} (one of {', '.join(variants)})")
    raise DecodeError(path, f"unknown kind {kind} of {ty}")


def encode(ty: str, value: Any, types: Dict[str, Tuple[Any, str, Any]]) -> Any:
    """A parameter as the JSON the node reads; a code is checked against its type first, so a
    misspelt name fails here with the valid names, before anything is sent."""
    inner = _inner(ty, "Option")
    if inner is not None:
        return None if value is None else encode(inner, value, types)
    inner = _inner(ty, "Vec")
    if inner is not None:
        if isinstance(value, (str, bytes)):
            raise TypeError(f"expected a list for {ty}, got {value!r}")
        return [encode(inner, item, types) for item in value]
    if ty in types and types[ty][1] == "enum":
        cls = types[ty][0]
        if isinstance(value, enum.Enum):
            value = value.value
        try:
            return cls(value).value
        except ValueError:
            known = ", ".join(member.value for member in cls)
            raise ValueError(f"{value!r} is not a {ty} (one of {known})") from None
    if ty in _INTS:
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"expected an integer for {ty}, got {value!r}")
        return value
    return value
