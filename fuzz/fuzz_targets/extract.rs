//! The whole extract pipeline on arbitrary bytes: decode (every encoding
//! path, HTML), normalize, segment, recognize, relate, resolve. Any panic
//! is a bug; so is a provenance span that is out of bounds or not on a char
//! boundary of the text it points into.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use tupu_extract::normalize::{decode, is_html, HtmlArticle, TextEncoding};
use tupu_extract::{Pipeline, Provenance};

fn pipeline() -> &'static Pipeline {
    static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
    PIPELINE.get_or_init(|| Pipeline::new().expect("the bundled dictionary loads"))
}

fn check(text: &str, p: &Provenance) {
    assert!(p.bytes.start <= p.bytes.end && p.bytes.end <= text.len(), "{p:?} out of bounds");
    assert!(text.is_char_boundary(p.bytes.start) && text.is_char_boundary(p.bytes.end), "{p:?} splits a char");
    let chars = text[p.bytes.start..p.bytes.end].chars().count();
    assert_eq!(chars, p.chars.end - p.chars.start, "{p:?}: char and byte spans disagree");
}

fuzz_target!(|data: &[u8]| {
    // The first byte picks a forced encoding (or none), as `--encoding` would.
    let (forced, bytes) = match data.split_first() {
        Some((b, rest)) if *b < 6 => (TextEncoding::ALL.get(*b as usize).copied(), rest),
        _ => (None, data),
    };
    let Ok(decoded) = decode(bytes, forced) else { return };
    let text = if is_html(None, &decoded.text) { HtmlArticle::parse(&decoded.text).to_text() } else { decoded.text };
    let extraction = pipeline().extract("fuzz.txt", &text);
    for entity in &extraction.entities {
        entity.mentions.iter().for_each(|p| check(&text, p));
    }
    for relation in &extraction.relations {
        relation.provenance.iter().for_each(|p| check(&text, p));
    }
    for fact in &extraction.facts {
        fact.provenance.iter().for_each(|p| check(&text, p));
    }
});
