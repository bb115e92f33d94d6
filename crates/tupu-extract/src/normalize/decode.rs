//! Bytes of an article file → its text: which encoding, and is it text at all.
//!
//! Detection, in order (the first that applies decides):
//! 1. `--encoding` (the caller's [`TextEncoding`]) — a BOM of the same
//!    encoding is dropped;
//! 2. a byte-order mark: UTF-8, UTF-16 LE or BE;
//! 3. BOM-less UTF-16: NUL bytes nearly all at even (BE) or odd (LE)
//!    positions, and the sample decodes to text without control chars —
//!    so this is checked before the NUL test for binary files;
//! 4. any other NUL byte in the first 8 KiB: binary;
//! 5. an HTML `<meta charset>` in the first 2 KiB;
//! 6. valid UTF-8;
//! 7. chardetng's guess, when it is GB18030/GBK or Big5 and the bytes
//!    decode without error.
//!
//! A declared encoding (1, 2, 5) is trusted: bytes that are not valid in it
//! are an error with their offset, never replaced. Mostly-UTF-8 bytes with a
//! few bad sequences are reported as invalid UTF-8 rather than guessed at.

use super::NormalizeError;
use encoding_rs::{DecoderResult, Encoding, BIG5, GB18030, GBK, UTF_16BE, UTF_16LE, UTF_8};
use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

/// The encodings tupu reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TextEncoding {
    Utf8,
    Utf16Le,
    Utf16Be,
    /// GB18030, a superset of GBK and GB2312.
    Gb18030,
    Big5,
}

impl TextEncoding {
    pub const ALL: [TextEncoding; 5] =
        [TextEncoding::Utf8, TextEncoding::Utf16Le, TextEncoding::Utf16Be, TextEncoding::Gb18030, TextEncoding::Big5];

    /// The name `--encoding` takes and messages show.
    pub(crate) fn name(self) -> &'static str {
        match self {
            TextEncoding::Utf8 => "utf-8",
            TextEncoding::Utf16Le => "utf-16le",
            TextEncoding::Utf16Be => "utf-16be",
            TextEncoding::Gb18030 => "gb18030",
            TextEncoding::Big5 => "big5",
        }
    }

    pub(crate) fn encoding(self) -> &'static Encoding {
        match self {
            TextEncoding::Utf8 => UTF_8,
            TextEncoding::Utf16Le => UTF_16LE,
            TextEncoding::Utf16Be => UTF_16BE,
            TextEncoding::Gb18030 => GB18030,
            TextEncoding::Big5 => BIG5,
        }
    }

    /// The encoding_rs encoding as one of ours; GBK (and so GB2312) reads
    /// as GB18030, its superset.
    pub(crate) fn from_encoding(encoding: &'static Encoding) -> Option<TextEncoding> {
        Some(match encoding {
            e if e == UTF_8 => TextEncoding::Utf8,
            e if e == UTF_16LE => TextEncoding::Utf16Le,
            e if e == UTF_16BE => TextEncoding::Utf16Be,
            e if e == GB18030 || e == GBK => TextEncoding::Gb18030,
            e if e == BIG5 => TextEncoding::Big5,
            _ => return None,
        })
    }
}

impl fmt::Display for TextEncoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for TextEncoding {
    type Err = String;

    /// Any WHATWG label of a supported encoding: `utf-8`, `utf8`,
    /// `utf-16le`, `utf-16be`, `gb18030`, `gbk`, `gb2312`, `big5` …
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let label = s.trim();
        // WHATWG maps a bare "utf-16" to LE; say so rather than guess.
        if label.eq_ignore_ascii_case("utf-16") || label.eq_ignore_ascii_case("utf16") {
            return Err("say utf-16le or utf-16be".into());
        }
        let label = if label.eq_ignore_ascii_case("utf16le") {
            "utf-16le"
        } else if label.eq_ignore_ascii_case("utf16be") {
            "utf-16be"
        } else {
            label
        };
        Encoding::for_label(label.as_bytes()).and_then(TextEncoding::from_encoding).ok_or_else(|| {
            let names: Vec<&str> = TextEncoding::ALL.iter().map(|e| e.name()).collect();
            format!("unknown or unsupported encoding `{s}` (tupu reads {})", names.join(", "))
        })
    }
}

/// How the encoding was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detection {
    /// Named by the caller.
    Forced,
    /// A byte-order mark.
    Bom,
    /// An HTML `<meta charset>`.
    Declared,
    /// Valid UTF-8, the NUL pattern of UTF-16, or chardetng's guess.
    Detected,
}

/// A decoded article file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text, without a byte-order mark.
    pub text: String,
    pub encoding: TextEncoding,
    pub detection: Detection,
}

/// Bytes of an article file → its text (see the module documentation for
/// how the encoding is chosen). `forced` overrides detection.
///
/// ```
/// use tupu_extract::normalize::{decode, TextEncoding};
/// let (gbk, _, _) = encoding_rs::GBK.encode("腾讯发布混元大模型。");
/// let decoded = decode(&gbk, None)?;
/// assert_eq!(decoded.text, "腾讯发布混元大模型。");
/// assert_eq!(decoded.encoding, TextEncoding::Gb18030);
/// # Ok::<_, tupu_extract::normalize::NormalizeError>(())
/// ```
pub fn decode(bytes: &[u8], forced: Option<TextEncoding>) -> Result<Decoded, NormalizeError> {
    let decoded = detect_and_decode(bytes, forced)?;
    if decoded.text.chars().all(char::is_whitespace) {
        return Err(NormalizeError::Empty);
    }
    if let Some(offset) = decoded.text.find('\0') {
        return Err(NormalizeError::Binary { offset });
    }
    Ok(decoded)
}

fn detect_and_decode(bytes: &[u8], forced: Option<TextEncoding>) -> Result<Decoded, NormalizeError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(NormalizeError::Empty);
    }
    if let Some(encoding) = forced {
        let body = match Encoding::for_bom(bytes) {
            Some((bom, len)) if bom == encoding.encoding() => &bytes[len..],
            _ => bytes,
        };
        return decoded(body, encoding, Detection::Forced);
    }
    if let Some((bom, len)) = Encoding::for_bom(bytes) {
        let encoding = TextEncoding::from_encoding(bom).expect("BOMs are UTF-8 or UTF-16");
        return decoded(&bytes[len..], encoding, Detection::Bom);
    }
    if let Some(encoding) = utf16_by_nuls(bytes) {
        return decoded(bytes, encoding, Detection::Detected);
    }
    if let Some(offset) = bytes.iter().take(8192).position(|&b| b == 0) {
        return Err(NormalizeError::Binary { offset });
    }
    if let Some(label) = meta_charset(bytes) {
        let encoding = Encoding::for_label(label.as_bytes())
            .and_then(TextEncoding::from_encoding)
            .ok_or(NormalizeError::UnsupportedCharset { label })?;
        return decoded(bytes, encoding, Detection::Declared);
    }
    let utf8_error = match std::str::from_utf8(bytes) {
        Ok(text) => {
            return Ok(Decoded { text: text.to_string(), encoding: TextEncoding::Utf8, detection: Detection::Detected })
        }
        Err(e) => e,
    };
    let invalid_utf8 = NormalizeError::InvalidUtf8 { offset: utf8_error.valid_up_to() };
    if mostly_utf8(bytes) {
        return Err(invalid_utf8);
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let guess = detector.guess(None, chardetng::Utf8Detection::Deny);
    match TextEncoding::from_encoding(guess) {
        Some(encoding @ (TextEncoding::Gb18030 | TextEncoding::Big5)) => {
            decoded(bytes, encoding, Detection::Detected).map_err(|_| invalid_utf8)
        }
        _ => Err(invalid_utf8),
    }
}

fn decoded(bytes: &[u8], encoding: TextEncoding, detection: Detection) -> Result<Decoded, NormalizeError> {
    Ok(Decoded { text: decode_strict(bytes, encoding)?, encoding, detection })
}

/// Decodes without replacement: the first malformed sequence is an error
/// with its byte offset in `bytes`.
fn decode_strict(bytes: &[u8], encoding: TextEncoding) -> Result<String, NormalizeError> {
    if encoding == TextEncoding::Utf8 {
        return std::str::from_utf8(bytes)
            .map(str::to_string)
            .map_err(|e| NormalizeError::InvalidUtf8 { offset: e.valid_up_to() });
    }
    let mut decoder = encoding.encoding().new_decoder_without_bom_handling();
    let capacity = decoder
        .max_utf8_buffer_length_without_replacement(bytes.len())
        .ok_or(NormalizeError::Malformed { encoding, offset: 0 })?;
    let mut text = String::with_capacity(capacity);
    let (result, read) = decoder.decode_to_string_without_replacement(bytes, &mut text, true);
    match result {
        DecoderResult::InputEmpty => Ok(text),
        DecoderResult::Malformed(bad, after) => {
            let offset = read.saturating_sub(after as usize + bad as usize);
            Err(NormalizeError::Malformed { encoding, offset })
        }
        DecoderResult::OutputFull => Err(NormalizeError::Malformed { encoding, offset: read }),
    }
}

/// UTF-16 without a BOM: ASCII chars (digits, Latin letters, line breaks)
/// have a NUL high byte, so NULs cluster on one parity. Text without any
/// ASCII char is not recognized (it needs a BOM or `--encoding`).
fn utf16_by_nuls(bytes: &[u8]) -> Option<TextEncoding> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    let (mut even, mut odd) = (0usize, 0usize);
    for (i, b) in sample.iter().enumerate() {
        if *b == 0 {
            if i % 2 == 0 {
                even += 1;
            } else {
                odd += 1;
            }
        }
    }
    let encoding = if even >= 2 && even >= 8 * odd {
        TextEncoding::Utf16Be
    } else if odd >= 2 && odd >= 8 * even {
        TextEncoding::Utf16Le
    } else {
        return None;
    };
    let mut decoder = encoding.encoding().new_decoder_without_bom_handling();
    let mut text = String::with_capacity(sample.len() * 2);
    // `last: false`: the sample may end inside a surrogate pair.
    let (result, _) = decoder.decode_to_string_without_replacement(sample, &mut text, false);
    let is_text = matches!(result, DecoderResult::InputEmpty)
        && text.chars().all(|c| !c.is_control() || matches!(c, '\n' | '\r' | '\t'));
    is_text.then_some(encoding)
}

/// The `charset` of an HTML `<meta>` near the start of the file.
fn meta_charset(bytes: &[u8]) -> Option<String> {
    static RE: OnceLock<regex::bytes::Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        regex::bytes::Regex::new(r#"(?i)<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]{1,40})"#)
            .expect("pattern compiles")
    });
    let head = &bytes[..bytes.len().min(2048)];
    let label = re.captures(head)?.get(1)?.as_bytes();
    Some(String::from_utf8_lossy(label).into_owned())
}

/// Whether the bytes are UTF-8 with a few bad sequences rather than another
/// encoding: valid multi-byte sequences outnumber the invalid bytes. (GBK
/// and Big5 text rarely forms valid UTF-8 sequences by chance.)
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut valid, mut invalid) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        valid += chunk.valid().bytes().filter(|b| !b.is_ascii()).count();
        invalid += chunk.invalid().len();
    }
    (valid > 0 && valid >= 4 * invalid) || (valid == 0 && invalid <= 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "騰訊發布混元大模型\n2025年6月12日\n\n腾讯今天发布了混元大模型，参数规模达到3890亿。\n";

    fn check(bytes: &[u8], forced: Option<TextEncoding>, expect: TextEncoding, detection: Detection) {
        let decoded = decode(bytes, forced).unwrap();
        assert_eq!((decoded.encoding, decoded.detection), (expect, detection));
        assert!(decoded.text.contains("混元大模型"), "{}", decoded.text);
    }

    fn utf16(text: &str, big_endian: bool, bom: bool) -> Vec<u8> {
        let mut out = Vec::new();
        if bom {
            out.extend(if big_endian { [0xFE, 0xFF] } else { [0xFF, 0xFE] });
        }
        for unit in text.encode_utf16() {
            out.extend(if big_endian { unit.to_be_bytes() } else { unit.to_le_bytes() });
        }
        out
    }

    #[test]
    fn every_supported_encoding_is_detected() {
        let simplified = TEXT.replace("騰訊發布", "腾讯发布");
        check(TEXT.as_bytes(), None, TextEncoding::Utf8, Detection::Detected);
        check(format!("\u{feff}{TEXT}").as_bytes(), None, TextEncoding::Utf8, Detection::Bom);
        check(&utf16(TEXT, false, true), None, TextEncoding::Utf16Le, Detection::Bom);
        check(&utf16(TEXT, true, true), None, TextEncoding::Utf16Be, Detection::Bom);
        check(&utf16(TEXT, false, false), None, TextEncoding::Utf16Le, Detection::Detected);
        check(&utf16(TEXT, true, false), None, TextEncoding::Utf16Be, Detection::Detected);
        check(&GBK.encode(&simplified).0, None, TextEncoding::Gb18030, Detection::Detected);
        check(&GB18030.encode(&simplified).0, None, TextEncoding::Gb18030, Detection::Detected);
        check(&BIG5.encode(TEXT).0, None, TextEncoding::Big5, Detection::Detected);
        check(&BIG5.encode(TEXT).0, Some(TextEncoding::Big5), TextEncoding::Big5, Detection::Forced);
        assert_eq!(decode(&utf16(TEXT, false, true), None).unwrap().text, TEXT, "the BOM is dropped");
    }

    #[test]
    fn html_meta_charset_is_trusted() {
        let page = format!("<html><head><meta charset=\"gbk\"><title>t</title></head><body>{TEXT}</body></html>");
        let bytes = GBK.encode(&page.replace("騰訊發布", "腾讯发布")).0.into_owned();
        check(&bytes, None, TextEncoding::Gb18030, Detection::Declared);
        let page = "<meta charset=\"shift_jis\"><p>x</p>";
        assert!(
            matches!(decode(page.as_bytes(), None), Err(NormalizeError::UnsupportedCharset { label }) if label == "shift_jis")
        );
    }

    #[test]
    fn bad_input_is_named() {
        assert!(matches!(decode(b"", None), Err(NormalizeError::Empty)));
        assert!(matches!(decode(b"  \n", None), Err(NormalizeError::Empty)));
        assert!(matches!(decode(b"\xEF\xBB\xBF \n", None), Err(NormalizeError::Empty)));
        assert!(matches!(decode(b"ab\0cd", None), Err(NormalizeError::Binary { offset: 2 })));
        assert!(matches!(decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", None), Err(NormalizeError::Binary { .. })));
        assert!(matches!(decode(b"ok\xff", None), Err(NormalizeError::InvalidUtf8 { offset: 2 })));
        let mut bad = "腾讯发布了混元大模型。".repeat(3).into_bytes();
        bad.insert(9, 0xFF);
        assert!(matches!(decode(&bad, None), Err(NormalizeError::InvalidUtf8 { offset: 9 })));
        let mut declared = b"\xEF\xBB\xBF".to_vec();
        declared.extend(GBK.encode("腾讯发布混元大模型").0.iter());
        assert!(matches!(decode(&declared, None), Err(NormalizeError::InvalidUtf8 { offset: 0 })));
        assert!(matches!(
            decode(&[0x41, 0x00, 0x42], Some(TextEncoding::Utf16Le)),
            Err(NormalizeError::Malformed { encoding: TextEncoding::Utf16Le, offset: 2 })
        ));
    }

    #[test]
    fn encoding_names_parse() {
        assert_eq!("GBK".parse::<TextEncoding>(), Ok(TextEncoding::Gb18030));
        assert_eq!("utf8".parse::<TextEncoding>(), Ok(TextEncoding::Utf8));
        assert_eq!("utf16be".parse::<TextEncoding>(), Ok(TextEncoding::Utf16Be));
        assert_eq!("big5".parse::<TextEncoding>(), Ok(TextEncoding::Big5));
        assert!("utf-16".parse::<TextEncoding>().is_err());
        assert!("latin1".parse::<TextEncoding>().unwrap_err().contains("latin1"));
        for encoding in TextEncoding::ALL {
            assert_eq!(encoding.name().parse::<TextEncoding>(), Ok(encoding));
        }
    }
}
