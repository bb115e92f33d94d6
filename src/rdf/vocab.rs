//! The IRIs tupu writes, as constants: the terms of `ontology/tupu.ttl` and
//! the few external vocabularies it reuses.
//!
//! ```
//! use tupu::rdf::vocab::tupu;
//! assert_eq!(tupu::USES_MODEL.as_str(), "https://tupu.dev/ontology#usesModel");
//! ```

use crate::model::{EntityType, Predicate};
use oxigraph::model::NamedNodeRef;

/// Namespace of the ontology's terms (prefix `tupu:`).
pub(crate) const ONTOLOGY_NS: &str = "https://tupu.dev/ontology#";
/// Entities: `https://tupu.dev/id/{Type}/{percent-encoded label}`.
pub(crate) const ENTITY_NS: &str = "https://tupu.dev/id/";
/// Articles: `https://tupu.dev/article/{percent-encoded file name}`; also the
/// name of the article's graph.
pub(crate) const ARTICLE_NS: &str = "https://tupu.dev/article/";
/// The named graph of the curated dictionary.
pub(crate) const CURATED_GRAPH: NamedNodeRef<'static> = NamedNodeRef::new_unchecked("https://tupu.dev/graph/curated");
/// The named graph holding `ontology/tupu.ttl`.
pub(crate) const ONTOLOGY_GRAPH: NamedNodeRef<'static> = NamedNodeRef::new_unchecked("https://tupu.dev/graph/ontology");

/// Prefixes used when writing Turtle and when printing IRIs in tables and
/// messages. The first match wins, so longer namespaces come first.
pub(crate) const PREFIXES: &[(&str, &str)] = &[
    ("tupu", ONTOLOGY_NS),
    ("id", ENTITY_NS),
    ("article", ARTICLE_NS),
    ("graph", "https://tupu.dev/graph/"),
    ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
    ("owl", "http://www.w3.org/2002/07/owl#"),
    ("skos", "http://www.w3.org/2004/02/skos/core#"),
    ("prov", "http://www.w3.org/ns/prov#"),
    ("schema", "https://schema.org/"),
    ("sh", "http://www.w3.org/ns/shacl#"),
];

/// The `PREFIX` lines of [`PREFIXES`], to put in front of a SPARQL query.
///
/// ```
/// assert!(tupu::rdf::vocab::sparql_prefixes().contains("PREFIX tupu: <https://tupu.dev/ontology#>"));
/// ```
pub fn sparql_prefixes() -> String {
    PREFIXES.iter().map(|(p, ns)| format!("PREFIX {p}: <{ns}>\n")).collect()
}

/// Terms of `ontology/tupu.ttl`.
pub mod tupu {
    use oxigraph::model::NamedNodeRef;

    macro_rules! terms {
        ($($(#[$doc:meta])* $name:ident = $local:literal;)*) => {
            $(
                $(#[$doc])*
                pub const $name: NamedNodeRef<'static> =
                    NamedNodeRef::new_unchecked(concat!("https://tupu.dev/ontology#", $local));
            )*
            /// Every term above, for consistency checks against the ontology file.
            pub(crate) const ALL: &[NamedNodeRef<'static>] = &[$($name),*];
        };
    }

    terms! {
        // Entity classes (ANNOTATION.md).
        ENTITY = "Entity";
        ACTOR = "Actor";
        ARTIFACT = "Artifact";
        COMPANY = "Company";
        ORGANIZATION = "Organization";
        MODEL = "Model";
        PRODUCT = "Product";
        DEPLOYMENT = "Deployment";
        PERSON = "Person";
        BENCHMARK = "Benchmark";
        SECTOR = "Sector";
        PLACE = "Place";
        TECHNOLOGY = "Technology";
        // Relations (ANNOTATION.md).
        DEVELOPED_BY = "developedBy";
        SUBSIDIARY_OF = "subsidiaryOf";
        USES_MODEL = "usesModel";
        VARIANT_OF = "variantOf";
        PARTNER_OF = "partnerOf";
        APPLIED_IN = "appliedIn";
        USES_TECHNOLOGY = "usesTechnology";
        EVALUATED_ON = "evaluatedOn";
        AFFILIATED_WITH = "affiliatedWith";
        LOCATED_IN = "locatedIn";
        INVESTED_IN = "investedIn";
        // Figures.
        FIGURE = "Figure";
        OBSERVATION = "Observation";
        FORECAST = "Forecast";
        SUBJECT = "subject";
        METRIC = "metric";
        VALUE = "value";
        UNIT = "unit";
        PERIOD = "period";
        // Metrics (crate::metric).
        METRIC_CLASS = "Metric";
        USUAL_UNIT = "usualUnit";
        // Sources.
        SOURCE = "Source";
        ARTICLE = "Article";
        CURATED_GRAPH = "CuratedGraph";
        ONTOLOGY_GRAPH = "OntologyGraph";
        PATH = "path";
        TITLE = "title";
        SHA256 = "sha256";
        PUBLISHED = "published";
        INGESTED_AT = "ingestedAt";
        EXTRACTOR_VERSION = "extractorVersion";
        // Provenance (ARCHITECTURE.md, "Provenance"): sentences, the spans
        // in them, and what each span is evidence of.
        SENTENCE = "Sentence";
        SPAN = "Span";
        STATEMENT = "Statement";
        TEXT = "text";
        SENTENCE_INDEX = "sentenceIndex";
        IN_SENTENCE = "inSentence";
        MENTION_OF = "mentionOf";
        EVIDENCE = "evidence";
        RULE = "rule";
        CONFIDENCE = "confidence";
        HEDGED = "hedged";
    }
}

/// What the store leaves unsaid: a value that holds for nearly every
/// node is written only where it does not hold (ARCHITECTURE.md,
/// "Provenance").
pub(crate) mod defaults {
    use tupu_extract::Rule;

    /// `tupu:rule` of a mention's span that has none: the dictionary match,
    /// which finds five mentions in six.
    pub(crate) const RULE: &str = Rule::DICT.id;
    /// `tupu:rule` of a figure that has none: the figure rule, the only
    /// one that finds figures today.
    pub(crate) const FIGURE_RULE: &str = Rule::FACT_CLAUSE_SUBJECT.id;
    /// `tupu:confidence` of an entity in an article graph that has none:
    /// the prior of a dictionary match (seven entities in eight).
    pub(crate) const ENTITY_CONFIDENCE: f32 = Rule::DICT.prior;
    /// `tupu:confidence` of a figure that has none: the prior of the figure
    /// rule (nineteen figures in twenty).
    pub(crate) const FIGURE_CONFIDENCE: f32 = Rule::FACT_CLAUSE_SUBJECT.prior;
    /// The class of a figure that has no `rdf:type`: an observation (a
    /// forecast is typed `tupu:Forecast`).
    pub(crate) const FIGURE_CLASS: oxigraph::model::NamedNodeRef<'static> = super::tupu::OBSERVATION;
    /// `tupu:hedged` of a statement or figure that has none.
    pub(crate) const HEDGED: bool = false;
}

/// Terms of other vocabularies.
pub(crate) mod ext {
    use oxigraph::model::NamedNodeRef;

    pub(crate) use oxigraph::model::vocab::rdf::{
        OBJECT as RDF_OBJECT, PREDICATE as RDF_PREDICATE, SUBJECT as RDF_SUBJECT, TYPE as RDF_TYPE,
    };
    pub(crate) use oxigraph::model::vocab::rdfs::LABEL as RDFS_LABEL;
    pub(crate) use oxigraph::model::vocab::xsd::{
        DATE as XSD_DATE, DATE_TIME as XSD_DATE_TIME, DECIMAL as XSD_DECIMAL, G_YEAR as XSD_G_YEAR,
        G_YEAR_MONTH as XSD_G_YEAR_MONTH, INTEGER as XSD_INTEGER, STRING as XSD_STRING,
    };

    pub(crate) const SKOS_ALT_LABEL: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/2004/02/skos/core#altLabel");
}

/// The class of an entity type.
///
/// ```
/// use tupu::EntityType;
/// assert_eq!(tupu::rdf::vocab::class(EntityType::Deployment).as_str(), "https://tupu.dev/ontology#Deployment");
/// ```
pub fn class(kind: EntityType) -> NamedNodeRef<'static> {
    match kind {
        EntityType::Company => tupu::COMPANY,
        EntityType::Organization => tupu::ORGANIZATION,
        EntityType::Model => tupu::MODEL,
        EntityType::Product => tupu::PRODUCT,
        EntityType::Deployment => tupu::DEPLOYMENT,
        EntityType::Person => tupu::PERSON,
        EntityType::Benchmark => tupu::BENCHMARK,
        EntityType::Sector => tupu::SECTOR,
        EntityType::Place => tupu::PLACE,
        EntityType::Technology => tupu::TECHNOLOGY,
    }
}

/// The property of a relation predicate.
///
/// ```
/// use tupu::Predicate;
/// assert_eq!(tupu::rdf::vocab::property(Predicate::AppliedIn).as_str(), "https://tupu.dev/ontology#appliedIn");
/// ```
pub fn property(predicate: Predicate) -> NamedNodeRef<'static> {
    match predicate {
        Predicate::DevelopedBy => tupu::DEVELOPED_BY,
        Predicate::SubsidiaryOf => tupu::SUBSIDIARY_OF,
        Predicate::UsesModel => tupu::USES_MODEL,
        Predicate::VariantOf => tupu::VARIANT_OF,
        Predicate::PartnerOf => tupu::PARTNER_OF,
        Predicate::AppliedIn => tupu::APPLIED_IN,
        Predicate::UsesTechnology => tupu::USES_TECHNOLOGY,
        Predicate::EvaluatedOn => tupu::EVALUATED_ON,
        Predicate::AffiliatedWith => tupu::AFFILIATED_WITH,
        Predicate::LocatedIn => tupu::LOCATED_IN,
        Predicate::InvestedIn => tupu::INVESTED_IN,
    }
}

/// The term of a metric name (`tupu:dailyActiveUsers`); a name outside the
/// vocabulary is the fallback `tupu:otherMetric` ([`crate::metric`]).
///
/// ```
/// assert_eq!(tupu::rdf::vocab::metric("marketShare").as_str(), "https://tupu.dev/ontology#marketShare");
/// assert_eq!(tupu::rdf::vocab::metric("amount").as_str(), "https://tupu.dev/ontology#otherMetric");
/// ```
pub fn metric(name: &str) -> oxigraph::model::NamedNode {
    oxigraph::model::NamedNode::new_unchecked(format!("{ONTOLOGY_NS}{}", crate::metric::canonical(name)))
}

/// The metric name of a `tupu:metric` value: the local name of its term.
pub(crate) fn metric_name(iri: &str) -> Option<&str> {
    iri.strip_prefix(ONTOLOGY_NS)
}

/// `prefix:local` for an IRI in a known namespace, with the local part
/// percent-decoded for reading (`id:Model/通义千问`); `<iri>` otherwise.
///
/// For display only: the result is not always valid Turtle or SPARQL.
///
/// ```
/// use tupu::rdf::vocab::compact;
/// assert_eq!(compact("https://tupu.dev/ontology#usesModel"), "tupu:usesModel");
/// assert_eq!(compact("https://tupu.dev/id/Model/%E9%80%9A%E4%B9%89%E5%8D%83%E9%97%AE"), "id:Model/通义千问");
/// assert_eq!(compact("http://example.com/x"), "<http://example.com/x>");
/// ```
pub fn compact(iri: &str) -> String {
    for (prefix, ns) in PREFIXES {
        if let Some(local) = iri.strip_prefix(ns) {
            return format!("{prefix}:{}", super::percent_decode(local));
        }
    }
    format!("<{iri}>")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rdf::{parse_turtle, Term};
    use std::collections::HashMap;

    /// Every term tupu writes is declared in `ontology/tupu.ttl` with a
    /// type, Chinese and English labels and a comment; properties have a
    /// domain, and every class and predicate of ANNOTATION.md is there.
    #[test]
    fn ontology_declares_every_term() {
        let triples = parse_turtle(crate::store::ONTOLOGY_TTL).unwrap();
        let mut about: HashMap<String, Vec<(String, Term)>> = HashMap::new();
        for t in triples {
            about.entry(t.subject.to_string()).or_default().push((t.predicate.into_string(), t.object));
        }
        let has = |term: &str, predicate: &str, test: &dyn Fn(&Term) -> bool| {
            about.get(term).is_some_and(|pos| pos.iter().any(|(p, o)| p == predicate && test(o)))
        };
        let label_in = |lang: &'static str| move |o: &Term| matches!(o, Term::Literal(l) if l.language() == Some(lang));
        for term in tupu::ALL {
            let key = term.to_string();
            assert!(has(&key, ext::RDF_TYPE.as_str(), &|_| true), "{term} has no rdf:type");
            assert!(has(&key, ext::RDFS_LABEL.as_str(), &label_in("zh-hans")), "{term} has no @zh-Hans label");
            assert!(has(&key, ext::RDFS_LABEL.as_str(), &label_in("en")), "{term} has no @en label");
            assert!(
                has(&key, "http://www.w3.org/2000/01/rdf-schema#comment", &label_in("en")),
                "{term} has no comment"
            );
            let local = &term.as_str()[ONTOLOGY_NS.len()..];
            if local.starts_with(char::is_lowercase) {
                assert!(
                    has(&key, "http://www.w3.org/2000/01/rdf-schema#domain", &|_| { true }),
                    "{term} has no domain"
                );
            }
        }
        // Every metric of the vocabulary is a tupu:Metric with labels and
        // its usual unit.
        for m in crate::metric::METRICS {
            let key = metric(m.name).to_string();
            assert!(has(&key, ext::RDF_TYPE.as_str(), &|o| o.to_string() == tupu::METRIC_CLASS.to_string()), "{key}");
            assert!(
                has(&key, ext::RDFS_LABEL.as_str(), &|o| matches!(o, Term::Literal(l) if l.value() == m.zh)),
                "{key}"
            );
            assert!(
                has(&key, ext::RDFS_LABEL.as_str(), &|o| matches!(o, Term::Literal(l) if l.value() == m.en)),
                "{key}"
            );
            assert!(
                has(&key, tupu::USUAL_UNIT.as_str(), &|o| matches!(o, Term::Literal(l) if l.value() == m.unit)),
                "{key} has no usual unit {}",
                m.unit
            );
        }
        for kind in EntityType::ALL {
            assert!(about.contains_key(&class(kind).to_string()), "{kind}");
        }
        for predicate in Predicate::ALL {
            let key = property(predicate).to_string();
            assert!(has(&key, "http://www.w3.org/2000/01/rdf-schema#range", &|_| { true }), "{predicate} has no range");
        }
    }
}
