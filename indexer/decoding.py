"""Turn the bytes of a source file into text, or say clearly why that is impossible.

Bulgarian sources come as UTF-8 (with or without a BOM), UTF-16 with a BOM, or the older
windows-1251. The rule is *detect, don't guess*: a Bulgarian text decoded with the wrong
codec is worse than no text, because it gets indexed as gibberish. So:

1. a BOM decides (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE);
2. NUL bytes without a BOM mean binary content, unless the bytes are clean UTF-16 text
   in one byte order (exports saved without a BOM);
3. strict UTF-8 wins when it decodes; a multibyte sequence cut at the very end is an error
   ("truncated UTF-8"), not silently dropped; UTF-8 that was itself decoded as
   windows-1251 and re-encoded ("РћР±С‰РёРЅР°") is repaired when the repair is exact;
4. otherwise windows-1251, but only if the result is plausible Bulgarian (see
   :mod:`indexer.cyrillic_plausibility`); KOI8-R and ISO-8859-5 bytes are recognised the
   same way and decoded with their own codec, never as windows-1251 mojibake.

An HTML ``<meta charset>`` is deliberately ignored: pages are often re-saved in another
encoding without updating it, and the checks above are validated against the bytes.

charset-normalizer is not used: tried on short Bulgarian texts it answered Shift JIS or
Big5 for KOI8-R and for short windows-1251 samples, and it takes ~10 ms per page. The
Bulgarian-specific test below is narrower and therefore more reliable for this corpus,
and it refuses (rather than guesses) when a text is too short to tell codecs apart.

>>> decode_bytes("Община Бургас".encode("cp1251"))
'Община Бургас'
>>> decode_bytes(b"\\xef\\xbb\\xbfHello")
'Hello'
"""
from __future__ import annotations

import codecs

from indexer.cyrillic_plausibility import bulgarian_plausibility, looks_double_encoded


class DecodeError(ValueError):
    """Raised when bytes cannot be turned into trustworthy text.

    ``reason`` says why, in words a user can act on; ``str()`` is the reason alone, so a
    caller that reports the file path beside it does not repeat the name; ``name`` is the
    file name given to :func:`decode_bytes`, if any.

    >>> error = DecodeError("empty file", name="a.txt")
    >>> str(error), error.reason, error.name
    ('empty file', 'empty file', 'a.txt')
    """

    def __init__(self, reason: str, *, name: str = ""):
        super().__init__(reason)
        self.reason = reason
        self.name = name


# Longest BOMs first: the UTF-32 LE BOM starts with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Single-byte Cyrillic codecs tried when the bytes are not UTF-8, best-known first.
_SINGLE_BYTE_CYRILLIC = ("cp1251", "koi8-r", "iso-8859-5")

# Score (0..1) a single-byte decoding needs to be accepted; see bulgarian_plausibility.
_PLAUSIBLE = 0.5
# When two codecs score within this margin the text is too short to tell them apart, and
# a wrong guess would index gibberish: refuse instead. Texts with only a handful of
# Cyrillic letters carry too little evidence to rank two plausible readings at all.
_MARGIN = 0.05
_FEW_LETTERS = 20
_LETTER_BYTES = bytes(range(0xC0, 0x100))
_HALF_PLAUSIBLE = 0.3


def _decode_with_bom(data: bytes, name: str) -> str | None:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(codec)
            except UnicodeDecodeError as error:
                raise DecodeError(f"byte order mark says {codec} but the content is not "
                                  f"valid {codec} ({error.reason} at byte "
                                  f"{error.start + len(bom)})", name=name) from None
            if "\x00" in text:
                raise DecodeError("binary content (NUL characters)", name=name)
            return text
    return None


def _decode_utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 saved without a BOM (some Windows exports): every other byte of ASCII text
    is NUL. Accepted only when one byte order gives clean, plausible text; anything else
    with NUL bytes is binary."""
    if len(data) % 2:
        return None
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if any(ord(c) < 0x20 and c not in "\t\n\r\f" for c in text):
            continue
        if bulgarian_plausibility(text) >= _PLAUSIBLE:
            return text
    return None


def _decode_utf8(data: bytes, name: str) -> str | None:
    """Strict UTF-8, or None when the bytes are not UTF-8 at all."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        # A sequence cut by the end of the file: everything before it is UTF-8, so this
        # is a truncated download or copy, not another encoding.
        if error.reason == "unexpected end of data" and error.end == len(data):
            raise DecodeError(f"truncated UTF-8: a multibyte sequence is cut at the end "
                              f"of the file (byte {error.start})", name=name) from None
        return None
    if looks_double_encoded(text):
        try:
            return text.encode("cp1251").decode("utf-8")
        except UnicodeError:
            raise DecodeError("UTF-8 text that looks double-encoded (windows-1251 "
                              "mojibake) and cannot be repaired", name=name) from None
    return text


def _decode_single_byte(data: bytes, name: str) -> str:
    scored: list[tuple[float, str, str]] = []
    for codec in _SINGLE_BYTE_CYRILLIC:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        scored.append((bulgarian_plausibility(text), codec, text))
    # Stable sort: on equal scores windows-1251, the common case, stays first.
    scored.sort(key=lambda item: -item[0])
    if not scored or scored[0][0] < _PLAUSIBLE:
        raise DecodeError("not valid UTF-8 and not plausible windows-1251 text", name=name)
    # Cyrillic letters in all three: bytes 0xC0-0xFF, counted in C (a generator over
    # every byte of the file cost more than decoding it three times)
    letters = len(data) - len(data.translate(None, _LETTER_BYTES))
    if letters < _FEW_LETTERS:
        # A handful of letters: even a half-plausible second reading makes it ambiguous.
        ambiguous = len(scored) > 1 and scored[1][0] >= _HALF_PLAUSIBLE
    else:
        ambiguous = (len(scored) > 1 and scored[1][0] >= _PLAUSIBLE
                     and scored[0][0] - scored[1][0] < _MARGIN)
    if ambiguous:
        raise DecodeError(f"not valid UTF-8, and too little text to tell "
                          f"{scored[0][1]} from {scored[1][1]}", name=name)
    return scored[0][2]


def decode_bytes(data: bytes, *, name: str = "") -> str:
    """Decode a source file's bytes; raise :class:`DecodeError` rather than guess.

    ``name`` (the file name) is carried by the :class:`DecodeError`, for messages.

    >>> decode_bytes("Резултати".encode("utf-16"))
    'Резултати'
    >>> decode_bytes(b"")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ...
    indexer.decoding.DecodeError: empty file
    >>> decode_bytes("Статус".encode("koi8-r"))
    'Статус'
    """
    if not data:
        raise DecodeError("empty file", name=name)
    text = _decode_with_bom(data, name)
    if text is not None:
        return text
    if b"\x00" in data:
        text = _decode_utf16_without_bom(data)
        if text is None:
            raise DecodeError("binary content (NUL bytes)", name=name)
        return text
    text = _decode_utf8(data, name)
    if text is not None:
        return text
    return _decode_single_byte(data, name)
