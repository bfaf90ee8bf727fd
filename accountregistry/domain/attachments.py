"""Signed scans attached to agreements: what a file is, told by its content, never by its name.

A PDF, PNG or JPEG of at most MAX_BYTES is accepted; anything else, or a file whose structure is
broken (cut off in a download, a renamed other file), is refused with a code the caller raises.
The checks read the bytes only (standard library): the PDF's header and end-of-file marker, the
PNG's signature and header chunk with its checksum, the JPEG's start and end markers.
"""

from __future__ import annotations

import struct
import zlib

__all__ = ["MAX_BYTES", "MEDIA_TYPES", "kind_of"]

MAX_BYTES = 20 * 1024 * 1024  # 20 MB
MEDIA_TYPES = {"pdf": "application/pdf", "png": "image/png", "jpeg": "image/jpeg"}
_PNG = b"\x89PNG\r\n\x1a\n"


def _pdf_whole(content: bytes) -> bool:
    # Every PDF ends in "%%EOF" (possibly followed by a line break or a little padding).
    return b"%%EOF" in content[-2048:]


def _png_whole(content: bytes) -> bool:
    # The first chunk is IHDR, 13 bytes, with a CRC over its type and data; the last is IEND.
    if len(content) < 33 or content[12:16] != b"IHDR":
        return False
    (length,) = struct.unpack(">I", content[8:12])
    (crc,) = struct.unpack(">I", content[29:33])
    return length == 13 and zlib.crc32(content[12:29]) == crc and content.rstrip(b"\x00")[-8:-4] == b"IEND"


def _jpeg_whole(content: bytes) -> bool:
    return content.rstrip(b"\x00")[-2:] == b"\xff\xd9"


def kind_of(content: bytes) -> tuple[str | None, str | None]:
    """("pdf" | "png" | "jpeg", None) for a file that may be attached, or (None, refusal code)."""
    if len(content) > MAX_BYTES:
        return None, "attachment_too_big"
    if content.startswith(b"%PDF-"):
        return ("pdf", None) if _pdf_whole(content) else (None, "attachment_unreadable")
    if content.startswith(_PNG):
        return ("png", None) if _png_whole(content) else (None, "attachment_unreadable")
    if content.startswith(b"\xff\xd8\xff"):
        return ("jpeg", None) if _jpeg_whole(content) else (None, "attachment_unreadable")
    return None, "attachment_type_refused"
