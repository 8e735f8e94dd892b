"""Reading corpora: text files, folders, CSV, JSON Lines, JSON and zip archives.

``iter_corpus`` streams ``Article`` and ``Problem`` items; ``read_corpus`` collects them.
One bad file, row or line becomes a ``Problem`` naming the input, the problem and the
fix; everything else is still read.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import stat
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path, PurePosixPath

from framing.defaults import (
    BINARY_CONTROL_SHARE,
    MAX_ARTICLE_CHARS,
    MAX_FILE_BYTES,
    MAX_ZIP_MEMBERS,
    MAX_ZIP_RATIO,
    MAX_ZIP_TOTAL_BYTES,
)
from framing.errors import InputError
from framing.records import Article, LoadResult, Problem
from framing.segment import segment_text

SUPPORTED_SUFFIXES = (".txt", ".csv", ".jsonl", ".json", ".zip")
MANIFEST_NAME = "manifest.csv"
_FALLBACK_ENCODINGS = ("cp1252", "latin-1")

csv.field_size_limit(MAX_FILE_BYTES)


@dataclass(frozen=True)
class ColumnMap:
    """Which column or field holds each article attribute in CSV and JSON inputs."""

    text: str = "text"
    id: str = "id"
    outlet: str = "outlet"
    title: str = "title"
    date: str = "date"
    url: str = "url"


#: Article attributes besides id and text, read from a manifest or from CSV/JSON fields.
METADATA_FIELDS = ("outlet", "title", "date", "url")
_Metadata = dict[str, str]


def decode(data: bytes, source: str) -> tuple[str, str]:
    """Decode file content: UTF-8 (with or without BOM), UTF-16 with BOM, then cp1252, then Latin-1.

    Returns the text and the encoding used; raises ``InputError`` for empty or binary data.
    """
    if not data.strip():
        raise InputError(f"{source}: the file is empty; add the article text or remove the file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    if data.startswith(b"\xef\xbb\xbf"):
        return data.decode("utf-8-sig"), "utf-8-sig"
    utf16 = _utf16_without_bom(data)
    if utf16:
        return data.decode(utf16), utf16
    if b"\x00" in data:
        raise InputError(
            f"{source}: binary content ({data.count(0)} NUL bytes), not text; "
            f"supported inputs are {', '.join(SUPPORTED_SUFFIXES)} files of UTF-8 or Latin text"
        )
    try:
        text, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        for encoding in _FALLBACK_ENCODINGS:
            try:
                text = data.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
    controls = sum(1 for char in text if ord(char) < 32 and char not in "\t\n\r\f")
    if controls / len(text) > BINARY_CONTROL_SHARE:
        raise InputError(
            f"{source}: binary content ({controls} control characters), not text; convert it to UTF-8 text"
        )
    return text, encoding


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when the NUL bytes fall on every other byte, as in UTF-16 text
    of Latin script saved without a byte-order mark."""
    sample = data[:4000]
    if len(sample) < 8 or len(sample) % 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    for encoding, zeros, other in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros > 0.7 * half and other == 0:
            try:
                data.decode(encoding)
            except UnicodeDecodeError:
                return None
            return encoding
    return None


def _check_date(value: str, source: str) -> Problem | None:
    if not value:
        return None
    try:
        date.fromisoformat(value)
    except ValueError:
        try:
            datetime.fromisoformat(value)
        except ValueError:
            return Problem(
                source,
                f"date {value!r} is not ISO 8601 (YYYY-MM-DD); it is kept as text and left out of time series",
                "warning",
            )
    return None


def make_article(
    text: str, *, id: str, source: str, outlet: str = "", title: str = "", date: str = "", url: str = ""
) -> Article:
    """Segment ``text`` and build the ``Article``; the title falls back to the detected headline."""
    segmentation = segment_text(text, outlet=outlet, title=title)
    return Article(
        id=id,
        text=text,
        outlet=outlet.strip(),
        title=title.strip() or " ".join(segmentation.headline.split()),
        date=date.strip(),
        url=url.strip(),
        source=source,
        segments=segmentation.segments,
        sentences=segmentation.sentences,
    )


class _Reader:
    """Turns one input (a file's bytes and name) into articles and problems."""

    def __init__(self, columns: ColumnMap) -> None:
        self.columns = columns
        self.seen_ids: dict[str, str] = {}

    def unique_id(self, wanted: str, source: str) -> tuple[str, Problem | None]:
        if wanted not in self.seen_ids:
            self.seen_ids[wanted] = source
            return wanted, None
        number = 2
        while f"{wanted}~{number}" in self.seen_ids:
            number += 1
        new_id = f"{wanted}~{number}"
        self.seen_ids[new_id] = source
        message = (
            f"duplicate id {wanted!r} (first used by {self.seen_ids[wanted]}); this article was loaded as "
            f"{new_id!r}; give every article a unique id"
        )
        return new_id, Problem(source, message, "warning")

    def article(self, text: str, wanted_id: str, source: str, meta: _Metadata) -> Iterator[Article | Problem]:
        if len(text) > MAX_ARTICLE_CHARS:
            yield Problem(
                source,
                f"{len(text):,} characters is over the {MAX_ARTICLE_CHARS:,}-character limit per article; "
                "split it into articles",
            )
            return
        if text.lstrip()[:15].lower().startswith(("<!doctype html", "<html")):
            yield Problem(
                source,
                "looks like an HTML page; it is scored as text, tags included — extract the article text first",
                "warning",
            )
        article_id, duplicate = self.unique_id(wanted_id, source)
        if duplicate:
            yield duplicate
        date_problem = _check_date(meta.get("date", "").strip(), source)
        if date_problem:
            yield date_problem
        yield make_article(text, id=article_id, source=source, **meta)

    def read(self, name: str, data: bytes, manifest: dict[str, _Metadata]) -> Iterator[Article | Problem]:
        suffix = PurePosixPath(name).suffix.lower()
        try:
            text, encoding = decode(data, name)
        except InputError as error:
            yield Problem(name, str(error).removeprefix(f"{name}: "))
            return
        if encoding in ("utf-16-le", "utf-16-be"):
            yield Problem(name, f"UTF-16 without a byte-order mark; read as {encoding}", "warning")
        if encoding in _FALLBACK_ENCODINGS:
            yield Problem(
                name,
                f"not valid UTF-8; decoded as {encoding}. Save the file as UTF-8 to be sure of every character",
                "warning",
            )
        if suffix == ".txt":
            file_name = PurePosixPath(name.split(".zip:", 1)[-1])  # a member of an archive: its own name
            meta = manifest.get(file_name.name, {})
            yield from self.article(text, file_name.stem, name, meta)
        elif suffix == ".csv":
            yield from self.read_csv(name, text)
        elif suffix == ".jsonl":
            yield from self.read_jsonl(name, text)
        else:
            yield from self.read_json(name, text)

    def record(self, name: str, where: str, record: object, default_id: str) -> Iterator[Article | Problem]:
        source = f"{name} {where}"
        if not isinstance(record, dict):
            yield Problem(
                source, f"expected a JSON object with a {self.columns.text!r} field, got {type(record).__name__}"
            )
            return
        text = record.get(self.columns.text)
        if not isinstance(text, str) or not text.strip():
            found = "missing" if text is None else ("empty" if isinstance(text, str) else f"a {type(text).__name__}")
            yield Problem(
                source,
                f"field {self.columns.text!r} is {found}; it must hold the article text. "
                f"Fields here: {sorted(record)}; name the text field with --text-col",
            )
            return
        values = {name: record.get(getattr(self.columns, name)) for name in METADATA_FIELDS}
        meta = {name: "" if value is None else str(value) for name, value in values.items()}
        raw_id = record.get(self.columns.id)
        yield from self.article(text, default_id if raw_id in (None, "") else str(raw_id), source, meta)

    def read_csv(self, name: str, text: str) -> Iterator[Article | Problem]:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        header = reader.fieldnames or []
        if self.columns.text not in header:
            yield Problem(
                name,
                f"column {self.columns.text!r} not found; columns are {header}; "
                f"pass --text-col with the column that holds the article text",
            )
            return
        stem = PurePosixPath(name).stem
        try:
            for number, row in enumerate(reader, start=1):
                yield from self.record(name, f"row {number}", row, f"{stem}-{number}")
        except csv.Error as error:
            yield Problem(name, f"CSV error at line {reader.line_num}: {error}; the rows before it were read")

    def read_jsonl(self, name: str, text: str) -> Iterator[Article | Problem]:
        yield from self.read_jsonl_lines(name, enumerate(text.splitlines(), start=1))

    def read_jsonl_lines(self, name: str, lines: Iterable[tuple[int, str]]) -> Iterator[Article | Problem]:
        stem = PurePosixPath(name).stem
        seen_any = False
        for number, line in lines:
            if not line.strip():
                continue
            seen_any = True
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                yield Problem(
                    f"{name} line {number}",
                    f"malformed JSON ({error.msg} at column {error.colno}); fix or remove the line",
                )
                continue
            yield from self.record(name, f"line {number}", record, f"{stem}-{number}")
        if not seen_any:
            yield Problem(name, "the file is empty; add one JSON object per line or remove the file")

    def read_json(self, name: str, text: str) -> Iterator[Article | Problem]:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            yield Problem(name, f"malformed JSON ({error.msg} at line {error.lineno}, column {error.colno})")
            return
        stem = PurePosixPath(name).stem
        records = data if isinstance(data, list) else [data]
        for number, record in enumerate(records, start=1):
            yield from self.record(
                name, f"item {number}", record, f"{stem}-{number}" if isinstance(data, list) else stem
            )


def read_manifest(name: str, data: bytes) -> tuple[dict[str, _Metadata], Problem | None]:
    """Metadata by file name from a ``manifest.csv`` (columns file, outlet, date, title, url)."""
    try:
        text, _ = decode(data, name)
    except InputError as error:
        return {}, Problem(name, str(error).removeprefix(f"{name}: ") + "; metadata for this folder is ignored")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if "file" not in (reader.fieldnames or []):
        return {}, Problem(
            name, f"no 'file' column (columns are {reader.fieldnames}); metadata for this folder is ignored"
        )
    manifest = {}
    for row in reader:
        manifest[(row.get("file") or "").strip()] = {name: (row.get(name) or "").strip() for name in METADATA_FIELDS}
    return manifest, None


def _folder_items(folder: Path) -> Iterator[tuple[str, Path] | Problem]:
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if any(part.startswith(".") for part in relative.parts) or path.is_dir() or path.name == MANIFEST_NAME:
            continue
        if path.suffix.lower() in SUPPORTED_SUFFIXES:
            yield str(path), path
        else:
            yield Problem(
                str(path),
                f"skipped: {path.suffix or 'no extension'} is not a supported type ({', '.join(SUPPORTED_SUFFIXES)})",
                "warning",
            )


def _stream_lines(path: Path) -> Iterator[tuple[int, str]]:
    """Numbered lines of a text file read one at a time (a JSONL corpus may be larger than
    memory); each line is UTF-8, or else cp1252 / Latin-1."""
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            try:
                yield number, raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError:
                yield number, raw.decode("cp1252", errors="replace")


def _read_file(path: Path, source: str) -> bytes:
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise InputError(
            f"{source}: {size:,} bytes is over the {MAX_FILE_BYTES:,}-byte limit per file; split it into smaller files"
        )
    return path.read_bytes()


def _iter_zip(path: Path, reader: _Reader) -> Iterator[Article | Problem]:
    yield from _iter_zip_archive(path, str(path), reader)


def _iter_zip_archive(file: Path | io.BytesIO, path: str, reader: _Reader) -> Iterator[Article | Problem]:
    try:
        archive = zipfile.ZipFile(file)
    except zipfile.BadZipFile as error:
        yield Problem(path, f"not a readable zip archive ({error})")
        return
    with archive:
        members = [m for m in archive.infolist() if not m.is_dir()]
        if len(members) > MAX_ZIP_MEMBERS:
            yield Problem(
                str(path),
                f"{len(members):,} files is over the limit of {MAX_ZIP_MEMBERS:,} per archive; split the archive",
            )
            return
        total = sum(m.file_size for m in members)
        if total > MAX_ZIP_TOTAL_BYTES:
            yield Problem(
                str(path), f"unpacks to {total:,} bytes, over the {MAX_ZIP_TOTAL_BYTES:,}-byte limit; split the archive"
            )
            return
        manifests: dict[str, dict[str, _Metadata]] = {}
        for member in members:
            member_path = PurePosixPath(member.filename)
            source = f"{path}:{member.filename}"
            if member_path.is_absolute() or ".." in member_path.parts:
                yield Problem(source, "unsafe name in archive (absolute or with '..'); it was not read")
                continue
            if member_path.name == MANIFEST_NAME:
                manifest, problem = read_manifest(source, archive.read(member))
                manifests[str(member_path.parent)] = manifest
                if problem:
                    yield problem
        for member in members:
            member_path = PurePosixPath(member.filename)
            source = f"{path}:{member.filename}"
            if member_path.is_absolute() or ".." in member_path.parts or member_path.name == MANIFEST_NAME:
                continue
            if stat.S_ISLNK(member.external_attr >> 16):
                yield Problem(source, "symbolic link in the archive; links are not followed")
                continue
            if member.compress_size and member.file_size / member.compress_size > MAX_ZIP_RATIO:
                yield Problem(
                    source,
                    f"unpacks to {member.file_size / member.compress_size:,.0f} times its compressed size "
                    f"(limit {MAX_ZIP_RATIO}); not read",
                )
                continue
            if any(part.startswith((".", "__MACOSX")) for part in member_path.parts):
                continue
            suffix = member_path.suffix.lower()
            if suffix == ".zip":
                yield Problem(source, "nested archives are not read; unzip it and pass the inner archive itself")
            elif suffix not in SUPPORTED_SUFFIXES:
                yield Problem(source, f"skipped: {suffix or 'no extension'} is not a supported type", "warning")
            elif member.file_size > MAX_FILE_BYTES:
                yield Problem(source, f"{member.file_size:,} bytes is over the {MAX_FILE_BYTES:,}-byte limit per file")
            else:
                yield from reader.read(source, archive.read(member), manifests.get(str(member_path.parent), {}))


def iter_corpus(paths: Iterable[str | Path], columns: ColumnMap | None = None) -> Iterator[Article | Problem]:
    """Articles and problems from files, folders and archives, in order, as they are read."""
    reader = _Reader(columns or ColumnMap())
    for given in paths:
        path = Path(given)
        if not path.exists():
            yield Problem(str(path), "no such file or folder; check the path")
            continue
        if path.is_dir():
            items: Iterable[tuple[str, Path] | Problem] = _folder_items(path)
        else:
            items = [(str(path), path)]
        manifests: dict[Path, dict[str, _Metadata]] = {}
        for item in items:
            if isinstance(item, Problem):
                yield item
                continue
            source, file_path = item
            if file_path.suffix.lower() == ".zip":
                yield from _iter_zip(file_path, reader)
                continue
            if file_path.parent not in manifests:
                manifest_path = file_path.parent / MANIFEST_NAME
                manifests[file_path.parent] = {}
                if manifest_path.is_file():
                    manifest, problem = read_manifest(str(manifest_path), manifest_path.read_bytes())
                    manifests[file_path.parent] = manifest
                    if problem:
                        yield problem
            if file_path.suffix.lower() == ".jsonl":
                yield from reader.read_jsonl_lines(source, _stream_lines(file_path))
                continue
            try:
                data = _read_file(file_path, source)
            except (InputError, OSError) as error:
                yield Problem(source, str(error).removeprefix(f"{source}: "))
                continue
            yield from reader.read(source, data, manifests[file_path.parent])


def iter_uploads(files: Iterable[tuple[str, bytes]], columns: ColumnMap | None = None) -> Iterator[Article | Problem]:
    """Articles and problems from in-memory files (name, content), as uploaded to the dashboard.

    A ``manifest.csv`` among them gives metadata for the .txt files; zip archives are opened
    in memory with the same checks as on disk.
    """
    reader = _Reader(columns or ColumnMap())
    files = list(files)
    manifest: dict[str, _Metadata] = {}
    for name, data in files:
        if PurePosixPath(name).name == MANIFEST_NAME:
            manifest, problem = read_manifest(name, data)
            if problem:
                yield problem
    for name, data in files:
        suffix = PurePosixPath(name).suffix.lower()
        if PurePosixPath(name).name == MANIFEST_NAME:
            continue
        if suffix == ".zip":
            yield from _iter_zip_archive(io.BytesIO(data), name, reader)
        elif suffix not in SUPPORTED_SUFFIXES:
            yield Problem(
                name, f"skipped: {suffix or 'no extension'} is not a supported type ({', '.join(SUPPORTED_SUFFIXES)})"
            )
        elif len(data) > MAX_FILE_BYTES:
            yield Problem(name, f"{len(data):,} bytes is over the {MAX_FILE_BYTES:,}-byte limit per file; split it")
        else:
            yield from reader.read(name, data, manifest)


def read_corpus(paths: Iterable[str | Path], columns: ColumnMap | None = None) -> LoadResult:
    """Every article and problem from ``paths`` (see ``iter_corpus``)."""
    result = LoadResult()
    for item in iter_corpus(paths, columns):
        if isinstance(item, Problem):
            result.problems.append(item)
        else:
            result.articles.append(item)
    return result


def fingerprint(paths: Iterable[str | Path]) -> str:
    """A hash of the content of every file under ``paths``: the cache key of a corpus."""

    digest = hashlib.sha256()
    for given in paths:
        path = Path(given)
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            digest.update(str(file.relative_to(path) if path.is_dir() else file.name).encode())
            digest.update(file.read_bytes() if file.exists() else b"")
    return digest.hexdigest()
