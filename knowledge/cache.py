"""A local cache of objects that are slow to build and depend only on files and code.

The dialog engine's prepared tables (the knowledge base parsed and validated, the recogniser's
feature tables, the interpreter's ~6,000 prepared phrases) take most of a second to build and
are the same at every start until a data file or the code changes. `cached` builds such an
object once and keeps it in a file named by a fingerprint of everything it depends on: the
bytes of its source files (knowledge-base YAML and the code that reads it), Python's version and
the versions of the libraries whose objects it holds. Editing any of them gives another
fingerprint, so a stale object is never loaded; nothing is ever downloaded.

Safety: a file is written under a temporary name and renamed into place, so two processes
starting at once each build and write a whole file (the later rename wins) and a reader never
sees half of one. Every file carries a digest of its content and is loaded only when the digest
matches, the file belongs to this user and nobody else may write it; anything else is logged
and rebuilt. The cache folder is `POSBOT_CACHE_DIR`, else `$XDG_CACHE_HOME/posbot`, else
`~/.cache/posbot`; `POSBOT_CACHE_DIR=off` builds at every start. A folder that cannot be
written only costs the build.
"""

from __future__ import annotations

import functools
import gc
import hashlib
import importlib
import io
import logging
import os
import pickle
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterable, Iterator, TypeVar

# Pickles lambdas and closures by value (the interpreter's prepared readers are closures over
# its word patterns); the standard pickle refuses them.
import cloudpickle

log = logging.getLogger("posbot.cache")

T = TypeVar("T")
MAGIC = b"posbot-cache-1\n"
DIGEST_SIZE = 32
KEEP = 3  # files kept per name: a few checkouts or versions side by side do not evict each other
FROM_ENVIRONMENT = object()  # `cached(directory=...)` unset: cache_dir()
STALE_TEMP_SECONDS = 3600  # a temporary file this old was left by a process that died writing it
# Not part of anything a build reads: compiled bytecode and the evaluation sets.
SKIPPED_PARTS = frozenset({"__pycache__", "eval"})
SKIPPED_SUFFIXES = frozenset({".pyc", ".pyo"})


def cache_dir(env=None) -> Path | None:
    """Where prepared objects are kept; None when caching is switched off."""
    env = os.environ if env is None else env
    configured = env.get("POSBOT_CACHE_DIR", "").strip()
    if configured.lower() in ("off", "0", "no", "false", "none"):
        return None
    if configured:
        return Path(configured).expanduser()
    base = env.get("XDG_CACHE_HOME", "").strip()
    return (Path(base) if base else Path.home() / ".cache") / "posbot"


def source_files(roots: Iterable[Path]) -> list[tuple[str, Path]]:
    """Every file under the roots that a build may read, named relative to its root's parent
    (so a moved checkout keeps its fingerprint), sorted so the order is stable."""
    found = {}
    for root in map(Path, roots):
        if root.is_file():
            found[root.name] = root
            continue
        for path in root.rglob("*"):
            relative = path.relative_to(root)
            if path.suffix not in SKIPPED_SUFFIXES and not SKIPPED_PARTS.intersection(relative.parts) \
                    and path.is_file():
                found[f"{root.name}/{relative.as_posix()}"] = path
    return sorted(found.items())


def library_versions(modules: Iterable[str]) -> list[str]:
    versions = []
    for name in modules:
        module = importlib.import_module(name)
        version = getattr(module, "__version__", None) or getattr(module, "VERSION", None)
        versions.append(f"{name}={version}")
    return versions


def fingerprint(roots: Iterable[Path], libraries: Iterable[str] = ()) -> str:
    """A digest of the files' paths and bytes, Python's version and the libraries' versions."""
    digest = hashlib.blake2b(digest_size=16)
    for line in (sys.version, cloudpickle.__version__, *library_versions(libraries)):
        digest.update(line.encode() + b"\0")
    for name, path in source_files(roots):
        digest.update(name.encode() + b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def _lru_again(function, maxsize, typed):
    return functools.lru_cache(maxsize=maxsize, typed=typed)(function)


class _Pickler(cloudpickle.Pickler):
    """cloudpickle, plus `functools.lru_cache` wrappers made per object (`self._f =
    lru_cache(...)(...)`): stored as the wrapped function and rebuilt empty."""

    def reducer_override(self, obj):
        if isinstance(obj, functools._lru_cache_wrapper) and not _importable(obj):
            parameters = obj.cache_parameters()
            return _lru_again, (obj.__wrapped__, parameters["maxsize"], parameters["typed"])
        return super().reducer_override(obj)


def _importable(obj) -> bool:
    module = sys.modules.get(getattr(obj, "__module__", None) or "")
    target = module
    for part in getattr(obj, "__qualname__", "<").split("."):
        target = getattr(target, part, None)
    return target is obj


def dumps(obj) -> bytes:
    payload = io.BytesIO()
    _Pickler(payload, protocol=pickle.HIGHEST_PROTOCOL).dump(obj)
    data = payload.getvalue()
    return MAGIC + hashlib.blake2b(data, digest_size=DIGEST_SIZE).digest() + data


class CorruptCache(ValueError):
    """The file is not one this module wrote whole."""


def loads(blob: bytes):
    head = len(MAGIC) + DIGEST_SIZE
    if not blob.startswith(MAGIC) or len(blob) <= head:
        raise CorruptCache("not a posbot cache file, or cut short")
    data = blob[head:]
    if hashlib.blake2b(data, digest_size=DIGEST_SIZE).digest() != blob[len(MAGIC):head]:
        raise CorruptCache("its content does not match its digest")
    return pickle.loads(data)


def _read_trusted(path: Path) -> bytes | None:
    """The file's bytes if it is this user's own and no one else may write it (only such files
    are unpickled); None otherwise. Checked on the open file, so it cannot be swapped between."""
    with open(path, "rb") as handle:
        info = os.fstat(handle.fileno())
        if (hasattr(os, "getuid") and info.st_uid != os.getuid()) or info.st_mode & 0o022:
            return None
        return handle.read()


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Building or loading the tables makes ~10^5 objects and no garbage worth collecting; the
    cycle collector would walk the growing heap again and again meanwhile (~0.1 s of a build,
    ~0.04 s of a load)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def cached(name: str, build: Callable[[], T], roots: Iterable[Path], libraries: Iterable[str] = (),
           directory: Path | None | object = FROM_ENVIRONMENT) -> T:
    """`build()`, or what an earlier `build()` made from the same files, code and libraries.
    `roots`: the files and folders the build reads (code included); `directory`: where to keep
    it (None: nowhere; default: `cache_dir()`)."""
    folder = cache_dir() if directory is FROM_ENVIRONMENT else directory
    if folder is None:
        with _collector_paused():
            return build()
    folder = Path(folder)
    path = folder / f"{name}-{fingerprint(roots, libraries)}.pickle"
    try:
        blob = _read_trusted(path)
        if blob is None:
            log.warning("prepared %s: %s is writable by others or not ours; rebuilding", name, path)
        else:
            with _collector_paused():
                return loads(blob)
    except FileNotFoundError:
        pass
    except Exception as problem:  # a damaged or foreign file is rebuilt, never trusted
        log.warning("prepared %s: %s unreadable (%s); rebuilding", name, path, problem)
    started = time.perf_counter()
    with _collector_paused():
        value = build()
    built = time.perf_counter() - started
    try:
        _write(folder, path, dumps(value))
        log.info("prepared %s built in %.2f s and kept in %s", name, built, path)
    except Exception as problem:  # read-only folder, full disk, an object that cannot be pickled
        log.warning("prepared %s built in %.2f s but not kept (%s)", name, built, problem)
    return value


def _write(folder: Path, path: Path, blob: bytes) -> None:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=".pickle")  # mode 0600
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(blob)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)  # atomic: readers see the old file or the whole new one
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _prune(folder, path)


def _prune(folder: Path, kept: Path) -> None:
    """Drop older files of the same name beyond KEEP, and temporary files of dead writers."""
    prefix = kept.name.rsplit("-", 1)[0] + "-"
    now = time.time()
    siblings = []
    for other in folder.iterdir():
        try:
            if other.name.startswith(".tmp-"):
                if now - other.stat().st_mtime > STALE_TEMP_SECONDS:
                    other.unlink()
            elif other.name.startswith(prefix) and other.suffix == ".pickle" and other != kept:
                siblings.append((other.stat().st_mtime, other))
        except FileNotFoundError:
            continue  # another process pruned it first
    for _, other in sorted(siblings, reverse=True)[KEEP - 1:]:
        other.unlink(missing_ok=True)
