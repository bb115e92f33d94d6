//! RDF: the vocabulary ([`vocab`]), the IRIs of entities and articles, and the
//! mapping of an [`Extraction`](crate::Extraction) to quads ([`mapping`]).
//!
//! This module and `store.rs` are the only ones that import oxigraph. The
//! RDF data types other modules need (terms, results formats, serializers)
//! are re-exported from here, so that they name one façade.
//!
//! IRIs are stable: an entity's IRI derives from its type and the folded
//! form of its label ([`fold_name`]: NFKC, simplified script, lower case,
//! no spaces, dashes, dots between names or quotes), so every spelling that
//! folds alike names one entity, in every article and every run. Each
//! article keeps its own spelling as the `rdfs:label` in its graph.
//!
//! ```
//! use tupu::rdf::entity_iri;
//! use tupu::EntityType;
//! assert_eq!(
//!     entity_iri(EntityType::Model, "Qwen2.5-VL").as_str(),
//!     "https://tupu.dev/id/Model/qwen2.5vl"
//! );
//! assert_eq!(entity_iri(EntityType::Model, "QWEN 2.5 VL"), entity_iri(EntityType::Model, "Qwen2.5-VL"));
//! assert_eq!(entity_iri(EntityType::Model, "通義千問"), entity_iri(EntityType::Model, "通义千问"));
//! assert_eq!(
//!     entity_iri(EntityType::Deployment, "西小服").as_str(),
//!     "https://tupu.dev/id/Deployment/%E8%A5%BF%E5%B0%8F%E6%9C%8D"
//! );
//! ```

pub(crate) mod mapping;
pub mod vocab;

use crate::model::EntityType;
use crate::normalize::fold_name;

pub use mapping::{map_article, ArticleMeta, CuratedNames, Mapped};
pub(crate) use mapping::{map_curated, map_ontology};
pub(crate) use oxigraph::io::{RdfFormat, RdfParseError, RdfSerializer};
#[cfg(test)]
pub(crate) use oxigraph::model::BlankNode;
pub(crate) use oxigraph::model::{GraphName, Literal, NamedNode, NamedOrBlankNode, Quad, Triple};
pub(crate) use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
pub(crate) use oxigraph::sparql::{
    CancellationToken, QueryEvaluationError, QuerySolution, UpdateEvaluationError, Variable,
};
/// What [`crate::store::Store::query`] answers and a solution holds.
pub use oxigraph::{model::Term, sparql::QueryResults};

/// Parses Turtle into triples (the default graph of the document).
///
/// ```
/// let triples = tupu::rdf::parse_turtle("<http://a> <http://b> [ <http://c> 1 ] .").unwrap();
/// assert_eq!(triples.len(), 2);
/// ```
pub fn parse_turtle(turtle: &str) -> Result<Vec<Triple>, RdfParseError> {
    oxigraph::io::RdfParser::from_format(RdfFormat::Turtle)
        .for_slice(turtle.as_bytes())
        .map(|quad| Ok(Triple::from(quad?)))
        .collect()
}

/// The IRI of an entity: `https://tupu.dev/id/{Type}/{key}`, where the key
/// is the label folded by [`fold_name`] (the label itself when nothing is
/// left of it), percent-encoded as UTF-8 (only `A-Z a-z 0-9 - . _ ~` stay
/// as they are).
///
/// Identity by folded name is what lets two articles that write `OpenAI`
/// and `Open AI`, or `通義千問` and `通义千问`, add to one node of the graph
/// instead of two that no query connects.
pub fn entity_iri(kind: EntityType, label: &str) -> NamedNode {
    let folded = fold_name(label);
    let key = if folded.is_empty() { label } else { folded.as_str() };
    NamedNode::new_unchecked(format!("{}{}/{}", vocab::ENTITY_NS, kind.as_str(), percent_encode(key)))
}

/// The IRI of an article, which also names its graph:
/// `https://tupu.dev/article/{file name}`, percent-encoded.
///
/// Articles are identified by file name (the `doc` of the extraction and of
/// every provenance), not by path, so the same file ingested from another
/// folder replaces what it said before.
///
/// ```
/// assert_eq!(
///     tupu::rdf::article_iri("b1 政务.txt").as_str(),
///     "https://tupu.dev/article/b1%20%E6%94%BF%E5%8A%A1.txt"
/// );
/// ```
pub fn article_iri(doc: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{}{}", vocab::ARTICLE_NS, percent_encode(doc)))
}

/// The file name an article IRI was made from; `None` for other IRIs.
///
/// ```
/// let iri = tupu::rdf::article_iri("西小服.txt");
/// assert_eq!(tupu::rdf::article_doc(iri.as_str()).as_deref(), Some("西小服.txt"));
/// ```
pub fn article_doc(iri: &str) -> Option<String> {
    let local = iri.strip_prefix(vocab::ARTICLE_NS)?;
    (!local.contains('/')).then(|| percent_decode(local))
}

/// The spelling an entity is shown by, of those its articles give with how
/// many articles give each: the most given, ties to the smaller. Entity
/// IRIs hold folded names, so every reader that names an entity picks its
/// label this way.
pub(crate) fn preferred_spelling<'a>(spellings: impl IntoIterator<Item = (&'a str, usize)>) -> Option<&'a str> {
    spellings.into_iter().max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(a.0))).map(|(label, _)| label)
}

/// The IRI of a solution's term, if it is one.
pub(crate) fn term_iri(term: Option<&Term>) -> Option<&str> {
    match term? {
        Term::NamedNode(node) => Some(node.as_str()),
        _ => None,
    }
}

/// The lexical form of a solution's literal, if it is one.
pub(crate) fn term_text(term: Option<&Term>) -> Option<&str> {
    match term? {
        Term::Literal(literal) => Some(literal.value()),
        _ => None,
    }
}

/// A solution's literal read as a number.
pub(crate) fn term_number(term: Option<&Term>) -> Option<f64> {
    term_text(term)?.parse().ok()
}

/// Percent-encodes every byte of `s` outside `A-Z a-z 0-9 - . _ ~`.
///
/// ```
/// assert_eq!(tupu::rdf::percent_encode("LMSYS Chatbot Arena"), "LMSYS%20Chatbot%20Arena");
/// assert_eq!(tupu::rdf::percent_encode("文心4.5"), "%E6%96%87%E5%BF%834.5");
/// ```
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 3);
    for byte in s.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Decodes `%XX` sequences; returns `s` unchanged when the result would not
/// be UTF-8.
///
/// ```
/// assert_eq!(tupu::rdf::percent_decode("%E8%A5%BF%E5%B0%8F%E6%9C%8D"), "西小服");
/// assert_eq!(tupu::rdf::percent_decode("100%"), "100%");
/// ```
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
            if let Some(value) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(value);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| s.to_string())
}

/// Whether `s` contains a CJK ideograph.
pub(crate) fn has_han(s: &str) -> bool {
    s.chars().any(|c| {
        matches!(c as u32,
            0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
    })
}

/// `rdfs:label` of an entity: `"…"@zh-Hans` when it has Chinese characters
/// (labels are simplified by construction), a plain literal for Latin
/// official names such as `Qwen2.5-VL`.
///
/// ```
/// use tupu::rdf::label_literal;
/// assert_eq!(label_literal("通义千问").to_string(), "\"通义千问\"@zh-hans");
/// assert_eq!(label_literal("GPT-4o").to_string(), "\"GPT-4o\"");
/// ```
pub fn label_literal(label: &str) -> Literal {
    if has_han(label) {
        Literal::new_language_tagged_literal_unchecked(label, "zh-hans")
    } else {
        Literal::new_simple_literal(label)
    }
}

/// `skos:altLabel` of an alias: `"…"@zh` when it has Chinese characters
/// (an alias may be traditional or simplified, so no script is claimed), a
/// plain literal otherwise.
///
/// ```
/// use tupu::rdf::alias_literal;
/// assert_eq!(alias_literal("通義千問").to_string(), "\"通義千問\"@zh");
/// assert_eq!(alias_literal("Qwen").to_string(), "\"Qwen\"");
/// ```
pub fn alias_literal(alias: &str) -> Literal {
    if has_han(alias) {
        Literal::new_language_tagged_literal_unchecked(alias, "zh")
    } else {
        Literal::new_simple_literal(alias)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_round_trip() {
        for s in ["西小服", "Qwen2.5-VL", "a b/c?d#e%f", "混合专家(MoE)", ""] {
            assert_eq!(percent_decode(&percent_encode(s)), s);
        }
        assert_eq!(percent_decode("%zz%4"), "%zz%4");
    }

    #[test]
    fn same_label_and_type_give_same_iri() {
        assert_eq!(entity_iri(EntityType::Model, "通义千问"), entity_iri(EntityType::Model, "通义千问"));
        assert_ne!(entity_iri(EntityType::Model, "豆包"), entity_iri(EntityType::Product, "豆包"));
    }
}
