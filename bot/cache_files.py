"""The bot's cache files: a format that cannot run code, a place nobody else can write, and
whole writes.

The caches hold frozen dataclasses of numbers, texts, tuples, dicts and `array`s. They are
stored as MessagePack: a dataclass as its class name and field values, an array as its type code
and bytes. Reading one back constructs only the dataclasses the caller allows, by name, from
plain values; nothing in a file can name a function to call (as a pickle can). A file that does
not decode into that shape raises `CacheFormatError`, and the caller rebuilds it.

A cache folder (or file) that others may write to, or that lies inside the seeds folder, is not
used at all: whoever can write a cache decides what the bot quotes.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import stat
import sys
import tempfile
from array import array
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import msgpack

log = logging.getLogger(__name__)

_DATACLASS, _ARRAY, _FROZENSET = 1, 2, 3
# Arrays are stored in this machine's byte order; a cache from another machine is rebuilt.
BYTE_ORDER = sys.byteorder


class CacheFormatError(Exception):
    """A cache file that is not what the bot writes: ignored and rebuilt."""


def encode(value: object) -> bytes:
    """`value` (dataclasses, arrays, frozensets, tuples, dicts, texts, numbers) as bytes."""
    return _Encoder().encode(value)


class _Encoder:
    """One `encode`: each dataclass, array or frozenset is packed on its own (an extension's
    bytes), by a packer kept per nesting depth: making a packer for each of a cache's tens of
    thousands of values cost more than packing them."""

    def __init__(self) -> None:
        self.packers: list[msgpack.Packer] = []
        self.depth = 0
        # A dataclass's field names by class (None: no dataclass): a few classes, each
        # written thousands of times.
        self.fields: dict[type, tuple[str, ...] | None] = {}

    def encode(self, value: object) -> bytes:
        if self.depth == len(self.packers):
            self.packers.append(msgpack.Packer(default=self.other, use_bin_type=True))
        packer = self.packers[self.depth]
        self.depth += 1
        try:
            return packer.pack(value)
        finally:
            self.depth -= 1

    def other(self, value: object) -> msgpack.ExtType:
        cls = type(value)
        if cls not in self.fields:
            found = dataclasses.fields(cls) if dataclasses.is_dataclass(cls) else None
            self.fields[cls] = None if found is None else tuple(f.name for f in found)
        names = self.fields[cls]
        if names is not None:
            values = [getattr(value, name) for name in names]
            return msgpack.ExtType(_DATACLASS, self.encode([cls.__qualname__, *values]))
        if isinstance(value, array):
            return msgpack.ExtType(_ARRAY, value.typecode.encode() + value.tobytes())
        if isinstance(value, frozenset):
            return msgpack.ExtType(_FROZENSET, self.encode(list(value)))
        raise TypeError(f"cannot store {type(value).__name__} in a cache file")


def decoder(classes: Iterable[type]) -> Callable[[bytes | memoryview], Any]:
    """A function turning `encode`'s bytes back into values, making only these dataclasses."""
    allowed = {cls.__qualname__: cls for cls in classes}

    def ext_hook(code: int, data: bytes) -> object:
        if code == _ARRAY:
            values = array(data[:1].decode("ascii"))
            values.frombytes(data[1:])
            return values
        if code == _FROZENSET:
            return frozenset(decode(data))
        if code == _DATACLASS:
            name, *fields = decode(data)
            cls = allowed.get(name) if isinstance(name, str) else None
            if cls is None:
                raise CacheFormatError(f"a {name!r} is not allowed here")
            return cls(*fields)
        raise CacheFormatError(f"unknown extension {code}")

    def decode(data: bytes | memoryview) -> Any:
        try:
            return msgpack.unpackb(
                data, ext_hook=ext_hook, use_list=False, raw=False, strict_map_key=False
            )
        except CacheFormatError:
            raise
        except Exception as error:  # truncated, not MessagePack, wrong number of fields …
            raise CacheFormatError(f"{type(error).__name__}: {error}") from None

    return decode


def writable_by_others(path: Path) -> str | None:
    """Why others than the bot's own user could change `path` (a folder or file), or None."""
    info = path.stat()
    if info.st_uid != os.geteuid():
        return "it belongs to another user"
    if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return "others may write to it (chmod go-w)"
    return None


def refusal(folder: Path, seeds: Path) -> str | None:
    """Why the cache folder must not be used (inside the seeds folder, or writable by others);
    None if it may (also when it does not exist yet: it is made private)."""
    place = folder.resolve()
    if place == seeds.resolve() or seeds.resolve() in place.parents:
        return f"{folder}: the cache folder lies inside the seeds folder; not used"
    if not place.exists():
        return None
    if not place.is_dir():
        return f"{folder}: the cache folder is not a folder; not used"
    why = writable_by_others(place)
    return f"{folder}: cache folder not used: {why}" if why else None


def read_private(path: Path) -> bytes | None:
    """The bytes of a cache file, None if there is none; CacheFormatError if it is not a
    regular file of the bot's own that only the bot may write."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except FileNotFoundError:
        return None
    except OSError as error:
        raise CacheFormatError(f"cannot be opened ({error.strerror})") from None
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise CacheFormatError("not a regular file")
        if info.st_uid != os.geteuid() or info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
            raise CacheFormatError("others may write to it")
        return handle.read()


def write_whole(path: Path, parts: Iterable[bytes]) -> bool:
    """Write `parts` to `path` atomically (a private temp file, then a rename); on failure log
    it, remove the temp file and return False. A crash mid-write leaves the old file."""
    tmp: str | None = None
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-")
        with os.fdopen(fd, "wb") as handle:
            for part in parts:
                handle.write(part)
        os.replace(tmp, path)
        tmp = None
        return True
    except (OSError, TypeError, ValueError, OverflowError) as error:
        log.warning("%s: could not write the cache (%s)", path, error)
        return False
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
