//! [`Extraction`] → quads, with provenance; the curated dictionary and the
//! ontology → quads.
//!
//! Pure and deterministic: no I/O, no clock (the caller passes the time),
//! quads sorted and without duplicates. Odd input is not an error: what
//! cannot be mapped (a relation naming an unknown entity, a relation whose
//! types break the ontology's domain or range, offsets outside the text) is
//! left out and reported in [`Mapped::warnings`].
//!
//! # The model, for one article
//!
//! Everything goes into the article's named graph, `https://tupu.dev/article/{file}`:
//!
//! - the article: `a tupu:Article; tupu:path; tupu:sha256; tupu:extractorVersion;
//!   tupu:ingestedAt; tupu:title?; tupu:published?`;
//! - each entity: `a tupu:{Type}; rdfs:label; skos:altLabel*`, and one
//!   `tupu:Mention` node per place the article names it: `tupu:mentionOf`
//!   the entity, with the evidence below. The mentions are the provenance of
//!   the entity's type and names (a name's evidence is the mention written
//!   that way, or in the other script);
//! - each relation the article asserts: the direct triple `s tupu:{predicate} o`.
//!   A hedged relation (计划, 拟, 传闻 …) is *not* asserted: only its
//!   statements exist, with `tupu:hedged true`;
//! - each fact (forecast): a `tupu:Observation` (`tupu:Forecast`) node with
//!   `tupu:subject`, `tupu:metric` (a `tupu:Metric` term), `tupu:value`
//!   (xsd:decimal), `tupu:unit` (normalized),
//!   `tupu:period?`, `tupu:confidence`, `tupu:hedged`, `prov:wasDerivedFrom`;
//! - provenance of relations and figures: one `tupu:Statement` node per
//!   triple and piece of evidence, naming the triple with
//!   `rdf:subject/rdf:predicate/rdf:object`, with `tupu:confidence`,
//!   `tupu:hedged` and `prov:wasDerivedFrom` the article: each relation
//!   (one per provenance) and the `tupu:value` of each figure (one per
//!   provenance);
//! - the evidence, on statements and mentions alike: `tupu:sentence` (the
//!   whole sentence), `tupu:spanText`, `tupu:sentenceIndex`,
//!   `tupu:charStart/charEnd`, `tupu:byteStart/byteEnd` and `tupu:rule`.
//!
//! Entities have mentions rather than a statement per typing and per name:
//! that reified the same mention two or three times over (14 triples each)
//! and made up most of a store — 2,100 triples an article where it is now
//! about 1,200.
//!
//! # The sentence
//!
//! [`Provenance::chars`] indexes the original text. The node keeps the
//! span's own text (`tupu:spanText`) and the whole sentence around it
//! (`tupu:sentence`): exactly the sentence the extractor read — a
//! [`Document`]'s sentence (split by `normalize`, at most
//! [`crate::normalize::MAX_SENTENCE_CHARS`] chars) in the original text.
//! A span covering two sentences gives both.
//!
//! ```
//! use tupu::normalize::Document;
//! use tupu::rdf::{map_article, ArticleMeta};
//! use tupu::{Entity, EntityType, Extraction};
//!
//! let text = "西小服上线了。";
//! let extraction = Extraction {
//!     doc: "a.txt".into(),
//!     entities: vec![Entity {
//!         label: "西小服".into(),
//!         kind: EntityType::Deployment,
//!         aliases: vec![],
//!         confidence: 0.9,
//!         curated: false,
//!         mentions: vec![],
//!     }],
//!     ..Extraction::default()
//! };
//! let meta = ArticleMeta {
//!     doc: "a.txt",
//!     path: "a.txt",
//!     sha256: "0000000000000000000000000000000000000000000000000000000000000000",
//!     extractor_version: "test",
//!     ingested_at: "2025-01-01T00:00:00Z",
//! };
//! let mapped = map_article(&meta, &Document::new(text), &extraction);
//! assert!(mapped.warnings.is_empty());
//! assert!(mapped.quads.iter().all(|q| q.graph_name.to_string() == "<https://tupu.dev/article/a.txt>"));
//! ```

use super::vocab::{self, ext, tupu};
use super::{alias_literal, article_iri, entity_iri, label_literal};
use crate::dictionary::Dictionary;
use crate::model::{Entity, EntityType, Extraction, Fact, Provenance, Relation, Span};
use crate::normalize::Document;
use oxigraph::io::{RdfFormat, RdfParseError, RdfParser};
use oxigraph::model::{GraphName, Literal, NamedNode, NamedNodeRef, Quad, Term};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashMap};

/// The version of the RDF model, part of the extractor version every
/// article graph records ([`crate::ingest::extractor_version`]): bump it
/// when the mapping's output changes, so stores re-map their articles.
pub const MAPPING_VERSION: &str = "2";

/// What describes an article besides its text and extraction.
#[derive(Debug, Clone, Copy)]
pub struct ArticleMeta<'a> {
    /// The article's document name: its file name.
    pub doc: &'a str,
    /// The path as given when ingesting.
    pub path: &'a str,
    /// SHA-256 of the text, lower-case hex.
    pub sha256: &'a str,
    /// Version of the extractor (and mapping) that produced the graph.
    pub extractor_version: &'a str,
    /// `xsd:dateTime` lexical form, e.g. `2025-07-23T10:00:00Z`.
    pub ingested_at: &'a str,
}

/// Quads of one named graph, sorted and unique, with what was left out.
#[derive(Debug, Clone, Default)]
pub struct Mapped {
    pub quads: Vec<Quad>,
    pub warnings: Vec<String>,
}

/// Maps one article's extraction to the quads of its named graph.
///
/// `document` is the article the extraction was made from: provenance
/// offsets index its original (decoded) text, and its sentences are the
/// `tupu:sentence` of each evidence node.
pub fn map_article(meta: &ArticleMeta<'_>, document: &Document, extraction: &Extraction) -> Mapped {
    let article = article_iri(meta.doc);
    let mut out = Writer::new(GraphName::NamedNode(article.clone()));
    let source = Source::new(document);

    // The article.
    out.add(&article, ext::RDF_TYPE, tupu::ARTICLE);
    out.add(&article, tupu::PATH, Literal::new_simple_literal(meta.path));
    out.add(&article, tupu::SHA256, Literal::new_simple_literal(meta.sha256));
    out.add(&article, tupu::EXTRACTOR_VERSION, Literal::new_simple_literal(meta.extractor_version));
    out.add(&article, tupu::INGESTED_AT, Literal::new_typed_literal(meta.ingested_at, ext::XSD_DATE_TIME));
    if let Some(title) = extraction.title.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        out.add(&article, tupu::TITLE, Literal::new_simple_literal(title));
    }
    if let Some(dateline) = &extraction.dateline {
        match date_literal(dateline) {
            Some(date) => out.add(&article, tupu::PUBLISHED, date),
            None => out.warn(format!("dateline `{dateline}` is not YYYY-MM-DD, YYYY-MM or YYYY; left out")),
        }
    }

    // Entities: merge those of one type whose labels fold alike (one IRI);
    // the first label in order is the graph's `rdfs:label`, the others
    // aliases.
    let mut entities: BTreeMap<(EntityType, String), Vec<&Entity>> = BTreeMap::new();
    for entity in &extraction.entities {
        if entity.label.trim().is_empty() {
            out.warn("an entity with an empty label; left out".to_string());
            continue;
        }
        entities.entry((entity.kind, entity_iri(entity.kind, &entity.label).into_string())).or_default().push(entity);
    }
    let mut by_label: HashMap<&str, Vec<EntityType>> = HashMap::new();
    for ((kind, _), group) in &mut entities {
        group.sort_by(|a, b| a.label.cmp(&b.label));
        for entity in group.iter() {
            let kinds = by_label.entry(entity.label.as_str()).or_default();
            if !kinds.contains(kind) {
                kinds.push(*kind);
            }
        }
        map_entity(&mut out, &article, &source, *kind, &group[0].label, group);
    }

    // Relations.
    for relation in &extraction.relations {
        map_relation(&mut out, &article, &source, &by_label, relation);
    }

    // Figures.
    for (fact, class) in extraction
        .facts
        .iter()
        .map(|f| (f, tupu::OBSERVATION))
        .chain(extraction.forecasts.iter().map(|f| (f, tupu::FORECAST)))
    {
        map_figure(&mut out, &article, &source, &by_label, fact, class);
    }

    out.finish()
}

fn map_entity(
    out: &mut Writer,
    article: &NamedNode,
    source: &Source<'_>,
    kind: EntityType,
    label: &str,
    group: &[&Entity],
) {
    let iri = entity_iri(kind, label);
    let confidence = group.iter().map(|e| e.confidence).fold(f32::NAN, f32::max);
    let mut mentions: Vec<&Provenance> = group.iter().flat_map(|e| &e.mentions).collect();
    mentions.sort();
    mentions.dedup();

    out.add(&iri, ext::RDF_TYPE, vocab::class(kind));
    out.add(&iri, ext::RDFS_LABEL, label_literal(label));
    let mut aliases: Vec<&str> = group
        .iter()
        .flat_map(|e| std::iter::once(&e.label).chain(&e.aliases))
        .map(|a| a.trim())
        .filter(|a| !a.is_empty() && *a != label)
        .collect();
    aliases.sort_unstable();
    aliases.dedup();
    for alias in aliases {
        out.add(&iri, ext::SKOS_ALT_LABEL, alias_literal(alias));
    }
    // The mentions are the evidence for the entity's type and names.
    if mentions.is_empty() {
        out.mention(article, source, &iri, None, confidence);
    }
    for mention in mentions {
        out.mention(article, source, &iri, Some(mention), confidence);
    }
}

fn map_relation(
    out: &mut Writer,
    article: &NamedNode,
    source: &Source<'_>,
    by_label: &HashMap<&str, Vec<EntityType>>,
    relation: &Relation,
) {
    let what = format!("{} {} {}", relation.subject, relation.predicate, relation.object);
    let (Some(subjects), Some(objects)) =
        (by_label.get(relation.subject.as_str()), by_label.get(relation.object.as_str()))
    else {
        out.warn(format!("relation `{what}` names an entity the extraction does not have; left out"));
        return;
    };
    // A label may have two types (豆包 the model and the app): take the
    // pair the predicate accepts.
    let pair = subjects
        .iter()
        .flat_map(|s| objects.iter().map(move |o| (*s, *o)))
        .find(|(s, o)| relation.predicate.accepts(*s, *o));
    let Some((subject_kind, object_kind)) = pair else {
        out.warn(format!(
            "relation `{what}` breaks the domain or range of {} ({:?} → {:?}); left out",
            relation.predicate, subjects, objects
        ));
        return;
    };
    let subject = entity_iri(subject_kind, &relation.subject);
    let object = entity_iri(object_kind, &relation.object);
    let property = vocab::property(relation.predicate);
    if !relation.hedged {
        out.add(&subject, property, object.clone());
    }
    let evidence = Evidence { confidence: relation.confidence, hedged: relation.hedged };
    if relation.provenance.is_empty() {
        out.statement(article, source, &subject, property, object.clone().into(), None, evidence);
    }
    for provenance in &relation.provenance {
        out.statement(article, source, &subject, property, object.clone().into(), Some(provenance), evidence);
    }
}

fn map_figure(
    out: &mut Writer,
    article: &NamedNode,
    source: &Source<'_>,
    by_label: &HashMap<&str, Vec<EntityType>>,
    fact: &Fact,
    class: NamedNodeRef<'static>,
) {
    let what = format!("{} {} = {} {}", fact.subject, fact.metric, fact.value, fact.unit);
    let Some(kinds) = by_label.get(fact.subject.as_str()) else {
        out.warn(format!("figure `{what}` is about an entity the extraction does not have; left out"));
        return;
    };
    let Some(value) = decimal(fact.value) else {
        out.warn(format!("figure `{what}` has no finite value; left out"));
        return;
    };
    let subject = entity_iri(kinds[0], &fact.subject);
    let key = format!(
        "{}|{}|{}|{}|{}|{}",
        class.as_str(),
        subject.as_str(),
        fact.metric,
        value,
        fact.unit,
        fact.date.as_deref().unwrap_or("")
    );
    let node = NamedNode::new_unchecked(format!("{}/figure/{}", article.as_str(), short_hash(&key)));
    let value = Literal::new_typed_literal(value, ext::XSD_DECIMAL);
    out.add(&node, ext::RDF_TYPE, class);
    out.add(&node, tupu::SUBJECT, subject);
    // Metrics and units of the vocabulary, whatever the extraction says
    // (crate::metric): a name outside it is tupu:otherMetric.
    out.add(&node, tupu::METRIC, vocab::metric(&fact.metric));
    out.add(&node, tupu::VALUE, value.clone());
    out.add(&node, tupu::UNIT, Literal::new_simple_literal(crate::metric::normalize_unit(&fact.unit)));
    if let Some(date) = &fact.date {
        out.add(&node, tupu::PERIOD, Literal::new_simple_literal(date));
    }
    if let Some(confidence) = confidence_literal(fact.confidence) {
        out.add(&node, tupu::CONFIDENCE, confidence);
    }
    out.add(&node, tupu::HEDGED, Literal::from(fact.hedged));
    out.add(&node, ext::PROV_WAS_DERIVED_FROM, article.clone());
    let evidence = Evidence { confidence: fact.confidence, hedged: fact.hedged };
    if fact.provenance.is_empty() {
        out.statement(article, source, &node, tupu::VALUE, value.clone().into(), None, evidence);
    }
    for provenance in &fact.provenance {
        out.statement(article, source, &node, tupu::VALUE, value.clone().into(), Some(provenance), evidence);
    }
}

/// Maps the curated dictionary to the quads of the curated graph: each
/// entry's type, label and aliases, and each link (subsidiaries, developers,
/// families, home countries) as a direct triple. The graph as a whole is
/// the provenance: it has no statement nodes.
///
/// The graph's own description (`tupu:CuratedGraph`, `tupu:sha256` of its
/// content, `tupu:ingestedAt`) is included; the digest does not depend on
/// `loaded_at`.
pub fn map_curated(dictionary: &Dictionary, source_path: &str, loaded_at: &str) -> Mapped {
    let mut out = Writer::new(GraphName::NamedNode(vocab::CURATED_GRAPH.into_owned()));
    let entries = dictionary.entries();
    for entry in entries {
        let iri = entity_iri(entry.kind, &entry.label);
        out.add(&iri, ext::RDF_TYPE, vocab::class(entry.kind));
        out.add(&iri, ext::RDFS_LABEL, label_literal(&entry.label));
        for alias in entry.aliases.iter().filter(|a| **a != entry.label) {
            out.add(&iri, ext::SKOS_ALT_LABEL, alias_literal(alias));
        }
    }
    for link in dictionary.links() {
        let (subject, object) = (&entries[link.subject], &entries[link.object]);
        if !link.predicate.accepts(subject.kind, object.kind) {
            out.warn(format!(
                "curated `{} {} {}` breaks the domain or range ({} → {}); left out",
                subject.label, link.predicate, object.label, subject.kind, object.kind
            ));
            continue;
        }
        out.add(
            &entity_iri(subject.kind, &subject.label),
            vocab::property(link.predicate),
            entity_iri(object.kind, &object.label),
        );
    }
    let digest = out.digest();
    describe_source(&mut out, vocab::CURATED_GRAPH, tupu::CURATED_GRAPH, source_path, &digest, loaded_at);
    out.finish()
}

/// Parses the ontology (Turtle) into the quads of the ontology graph, with
/// the graph's description (`tupu:OntologyGraph`, `tupu:sha256` of the text).
pub fn map_ontology(turtle: &str, source_path: &str, loaded_at: &str) -> Result<Mapped, RdfParseError> {
    let mut out = Writer::new(GraphName::NamedNode(vocab::ONTOLOGY_GRAPH.into_owned()));
    for quad in
        RdfParser::from_format(RdfFormat::Turtle).with_default_graph(vocab::ONTOLOGY_GRAPH).for_slice(turtle.as_bytes())
    {
        out.quads.push(quad?);
    }
    let digest = hex(&Sha256::digest(turtle.as_bytes()));
    describe_source(&mut out, vocab::ONTOLOGY_GRAPH, tupu::ONTOLOGY_GRAPH, source_path, &digest, loaded_at);
    Ok(out.finish())
}

fn describe_source(
    out: &mut Writer,
    graph: NamedNodeRef<'static>,
    class: NamedNodeRef<'static>,
    source_path: &str,
    digest: &str,
    loaded_at: &str,
) {
    let graph = graph.into_owned();
    out.add(&graph, ext::RDF_TYPE, class);
    out.add(&graph, tupu::PATH, Literal::new_simple_literal(source_path));
    out.add(&graph, tupu::SHA256, Literal::new_simple_literal(digest));
    out.add(&graph, tupu::INGESTED_AT, Literal::new_typed_literal(loaded_at, ext::XSD_DATE_TIME));
}

/// The parts of a statement that do not come from its provenance.
#[derive(Debug, Clone, Copy)]
struct Evidence {
    confidence: f32,
    hedged: bool,
}

/// Collects the quads of one graph.
struct Writer {
    graph: GraphName,
    quads: Vec<Quad>,
    warnings: Vec<String>,
}

impl Writer {
    fn new(graph: GraphName) -> Self {
        Writer { graph, quads: Vec::new(), warnings: Vec::new() }
    }

    fn add(&mut self, subject: &NamedNode, predicate: NamedNodeRef<'_>, object: impl Into<Term>) {
        self.quads.push(Quad::new(subject.clone(), predicate, object, self.graph.clone()));
    }

    fn warn(&mut self, message: String) {
        self.warnings.push(message);
    }

    /// Adds one `tupu:Statement` for `subject predicate object`.
    #[allow(clippy::too_many_arguments)]
    fn statement(
        &mut self,
        article: &NamedNode,
        source: &Source<'_>,
        subject: &NamedNode,
        predicate: NamedNodeRef<'_>,
        object: Term,
        provenance: Option<&Provenance>,
        evidence: Evidence,
    ) {
        let key = format!("{subject} {predicate} {object}");
        let node = self.evidence(article, source, tupu::STATEMENT, &key, provenance, evidence.confidence);
        self.add(&node, ext::RDF_SUBJECT, subject.clone());
        self.add(&node, ext::RDF_PREDICATE, predicate.into_owned());
        self.add(&node, ext::RDF_OBJECT, object);
        self.add(&node, tupu::HEDGED, Literal::from(evidence.hedged));
    }

    /// Adds one `tupu:Mention` of `entity`: where the article names it.
    fn mention(
        &mut self,
        article: &NamedNode,
        source: &Source<'_>,
        entity: &NamedNode,
        provenance: Option<&Provenance>,
        confidence: f32,
    ) {
        let node = self.evidence(article, source, tupu::MENTION, &entity.to_string(), provenance, confidence);
        self.add(&node, tupu::MENTION_OF, entity.clone());
    }

    /// The node of one piece of evidence (a statement or a mention) with
    /// what both kinds have: class, article, confidence, and where it is.
    /// `about` names what it is evidence for; with the provenance it names
    /// the node (`{article}/statement/{hash}`, `{article}/mention/{hash}`).
    fn evidence(
        &mut self,
        article: &NamedNode,
        source: &Source<'_>,
        class: NamedNodeRef<'static>,
        about: &str,
        provenance: Option<&Provenance>,
        confidence: f32,
    ) -> NamedNode {
        let key = format!("{about} {}", provenance_key(provenance));
        let kind = if class == tupu::MENTION { "mention" } else { "statement" };
        let node = NamedNode::new_unchecked(format!("{}/{kind}/{}", article.as_str(), short_hash(&key)));
        self.add(&node, ext::RDF_TYPE, class);
        self.add(&node, ext::PROV_WAS_DERIVED_FROM, article.clone());
        if let Some(confidence) = confidence_literal(confidence) {
            self.add(&node, tupu::CONFIDENCE, confidence);
        }
        if let Some(p) = provenance {
            self.provenance(&node, source, p);
        }
        node
    }

    /// Where in the article a statement's or mention's evidence is.
    fn provenance(&mut self, node: &NamedNode, source: &Source<'_>, p: &Provenance) {
        self.add(node, tupu::SENTENCE_INDEX, integer(p.sentence));
        self.add(node, tupu::CHAR_START, integer(p.chars.start));
        self.add(node, tupu::CHAR_END, integer(p.chars.end));
        self.add(node, tupu::BYTE_START, integer(p.bytes.start));
        self.add(node, tupu::BYTE_END, integer(p.bytes.end));
        if !p.rule.is_empty() {
            self.add(node, tupu::RULE, Literal::new_simple_literal(&p.rule));
        }
        match (source.slice(p.chars), source.sentence(p.chars)) {
            (Some(span), Some(sentence)) => {
                self.add(node, tupu::SPAN_TEXT, Literal::new_simple_literal(span));
                self.add(node, tupu::SENTENCE, Literal::new_simple_literal(sentence));
            }
            _ => self.warn(format!(
                "provenance {}..{} (rule `{}`) is outside the text ({} chars); sentence left out",
                p.chars.start,
                p.chars.end,
                p.rule,
                source.chars.len()
            )),
        }
    }

    /// SHA-256 of the sorted N-Quads of what was added so far.
    fn digest(&self) -> String {
        let mut lines: Vec<String> = self.quads.iter().map(|q| format!("{q} .\n")).collect();
        lines.sort_unstable();
        lines.dedup();
        let mut hasher = Sha256::new();
        for line in &lines {
            hasher.update(line.as_bytes());
        }
        hex(&hasher.finalize())
    }

    fn finish(self) -> Mapped {
        let mut keyed: Vec<(String, Quad)> = self.quads.into_iter().map(|q| (q.to_string(), q)).collect();
        keyed.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        keyed.dedup_by(|a, b| a.0 == b.0);
        Mapped { quads: keyed.into_iter().map(|(_, q)| q).collect(), warnings: self.warnings }
    }
}

/// What tells two pieces of evidence apart, for node names.
fn provenance_key(provenance: Option<&Provenance>) -> String {
    provenance.map_or(String::new(), |p| {
        format!("{} {}..{} {}..{} {}", p.sentence, p.chars.start, p.chars.end, p.bytes.start, p.bytes.end, p.rule)
    })
}

/// The article text, by chars, and the extractor's sentences in it.
struct Source<'a> {
    text: &'a str,
    /// Byte offset of each char, plus the text length at the end.
    chars: Vec<usize>,
    /// The document's sentences as byte spans of `text`, in order.
    sentences: Vec<Span>,
}

impl<'a> Source<'a> {
    fn new(document: &'a Document) -> Self {
        let text = document.original.as_str();
        let mut chars: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        chars.push(text.len());
        // `chars.len()` is the number of chars plus one; keep it as a bound.
        let sentences = document.sentences.iter().map(|s| document.original_span(s.span).1).collect();
        Source { text, chars, sentences }
    }

    fn char_count(&self) -> usize {
        self.chars.len() - 1
    }

    /// The text of a char span; `None` when it is outside the text.
    fn slice(&self, span: Span) -> Option<&'a str> {
        (span.start <= span.end && span.end <= self.char_count())
            .then(|| &self.text[self.chars[span.start]..self.chars[span.end]])
    }

    /// The extractor's sentence(s) that a char span lies in, from the first
    /// to the last it touches; the span's own text when it touches none
    /// (white space between sentences). `None` when it is outside the text.
    fn sentence(&self, span: Span) -> Option<&'a str> {
        let own = self.slice(span)?;
        let (start, end) = (self.chars[span.start], self.chars[span.end]);
        let first = self.sentences.partition_point(|s| s.end <= start);
        let last = self.sentences.partition_point(|s| s.start < end.max(start + 1));
        if first >= last {
            return Some(own.trim());
        }
        Some(self.text[self.sentences[first].start..self.sentences[last - 1].end].trim())
    }
}

/// `2025-03-18` → xsd:date, `2025-03` → xsd:gYearMonth, `2025` → xsd:gYear.
fn date_literal(dateline: &str) -> Option<Literal> {
    let parts: Vec<&str> = dateline.trim().split('-').collect();
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    let number = |s: &str| s.parse::<u32>().unwrap_or(0);
    let datatype = match parts.as_slice() {
        [y] if digits(y, 4) => ext::XSD_G_YEAR,
        [y, m] if digits(y, 4) && digits(m, 2) && (1..=12).contains(&number(m)) => ext::XSD_G_YEAR_MONTH,
        [y, m, d]
            if digits(y, 4)
                && digits(m, 2)
                && digits(d, 2)
                && (1..=12).contains(&number(m))
                && (1..=31).contains(&number(d)) =>
        {
            ext::XSD_DATE
        }
        _ => return None,
    };
    Some(Literal::new_typed_literal(dateline.trim(), datatype))
}

/// The xsd:decimal lexical form of a finite number (Rust never writes an
/// exponent when displaying floats).
fn decimal(value: f64) -> Option<String> {
    value.is_finite().then(|| format!("{value}"))
}

/// A confidence as an `xsd:decimal` of at most three places: the f32 the
/// extractor computes has binary noise (0.96000004) that no reader wants,
/// and three places are more than a prior or a noisy-or can claim.
fn confidence_literal(confidence: f32) -> Option<Literal> {
    confidence.is_finite().then(|| {
        let rounded = (f64::from(confidence.clamp(0.0, 1.0)) * 1000.0).round() / 1000.0;
        Literal::new_typed_literal(format!("{rounded}"), ext::XSD_DECIMAL)
    })
}

fn integer(n: usize) -> Literal {
    Literal::new_typed_literal(n.to_string(), ext::XSD_INTEGER)
}

fn short_hash(key: &str) -> String {
    hex(&Sha256::digest(key.as_bytes())[..8])
}

/// Lower-case hex.
pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Predicate, Span};

    const TEXT: &str = "杭州报道\n在政务领域，西湖区依托通义千问大模型开发了「西小服」。它已服务上万家企业！";

    fn span_of(text: &str, needle: &str) -> (Span, Span) {
        let byte = text.find(needle).unwrap();
        let char_start = text[..byte].chars().count();
        let chars = Span::new(char_start, char_start + needle.chars().count());
        (chars, Span::new(byte, byte + needle.len()))
    }

    fn provenance(text: &str, needle: &str, sentence: usize, rule: &str) -> Provenance {
        let (chars, bytes) = span_of(text, needle);
        Provenance { doc: "a.txt".into(), sentence, chars, bytes, rule: rule.into() }
    }

    fn entity(label: &str, kind: EntityType, aliases: &[&str], mentions: Vec<Provenance>) -> Entity {
        Entity {
            label: label.into(),
            kind,
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            confidence: 0.9,
            curated: false,
            mentions,
        }
    }

    fn extraction() -> Extraction {
        Extraction {
            doc: "a.txt".into(),
            title: Some("杭州报道".into()),
            dateline: Some("2025-07".into()),
            entities: vec![
                entity("西小服", EntityType::Deployment, &[], vec![provenance(TEXT, "西小服", 1, "pattern.quoted")]),
                entity("西湖区", EntityType::Organization, &[], vec![provenance(TEXT, "西湖区", 1, "dict")]),
                entity(
                    "通义千问",
                    EntityType::Model,
                    &["通義千問", "Qwen"],
                    vec![provenance(TEXT, "通义千问", 1, "dict")],
                ),
                entity("政务", EntityType::Sector, &[], vec![provenance(TEXT, "政务", 1, "dict")]),
            ],
            relations: vec![
                Relation {
                    subject: "西小服".into(),
                    predicate: Predicate::UsesModel,
                    object: "通义千问".into(),
                    confidence: 0.8,
                    hedged: false,
                    provenance: vec![provenance(TEXT, "依托通义千问大模型开发了「西小服", 1, "rel.based_on")],
                },
                Relation {
                    subject: "西小服".into(),
                    predicate: Predicate::DevelopedBy,
                    object: "通义千问".into(),
                    confidence: 0.5,
                    hedged: false,
                    provenance: vec![],
                },
            ],
            facts: vec![Fact {
                subject: "西小服".into(),
                metric: "count".into(),
                value: 10000.0,
                unit: "companies".into(),
                date: None,
                confidence: 0.7,
                hedged: false,
                provenance: vec![provenance(TEXT, "上万家企业", 2, "fact.count")],
            }],
            forecasts: vec![],
        }
    }

    fn meta() -> ArticleMeta<'static> {
        ArticleMeta {
            doc: "a.txt",
            path: "in/a.txt",
            sha256: "ab",
            extractor_version: "test",
            ingested_at: "2025-07-23T00:00:00Z",
        }
    }

    fn nquads(mapped: &Mapped) -> String {
        mapped.quads.iter().map(|q| format!("{q} .\n")).collect()
    }

    #[test]
    fn sentence_is_the_extractors() {
        let document = Document::new(TEXT);
        let source = Source::new(&document);
        let (chars, _) = span_of(TEXT, "通义千问");
        assert_eq!(source.sentence(chars), Some("在政务领域，西湖区依托通义千问大模型开发了「西小服」。"));
        let (chars, _) = span_of(TEXT, "上万家");
        assert_eq!(source.sentence(chars), Some("它已服务上万家企业！"));
        let (chars, _) = span_of(TEXT, "杭州");
        assert_eq!(source.sentence(chars), Some("杭州报道"));
        assert_eq!(source.sentence(Span::new(3, 200)), None);
    }

    #[test]
    fn maps_entities_relations_figures_with_provenance() {
        let mapped = map_article(&meta(), &Document::new(TEXT), &extraction());
        let nq = nquads(&mapped);
        let g = "<https://tupu.dev/article/a.txt>";
        let deployment = "<https://tupu.dev/id/Deployment/%E8%A5%BF%E5%B0%8F%E6%9C%8D>";
        let model = "<https://tupu.dev/id/Model/%E9%80%9A%E4%B9%89%E5%8D%83%E9%97%AE>";
        for expected in [
            format!("{deployment} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://tupu.dev/ontology#Deployment> {g}"),
            format!("{deployment} <https://tupu.dev/ontology#usesModel> {model} {g}"),
            format!("{model} <http://www.w3.org/2004/02/skos/core#altLabel> \"通義千問\"@zh {g}"),
            format!("{model} <http://www.w3.org/2004/02/skos/core#altLabel> \"Qwen\" {g}"),
            format!("{model} <http://www.w3.org/2000/01/rdf-schema#label> \"通义千问\"@zh-hans {g}"),
            format!("{g} <https://tupu.dev/ontology#published> \"2025-07\"^^<http://www.w3.org/2001/XMLSchema#gYearMonth> {g}"),
            "<https://tupu.dev/ontology#value> \"10000\"^^<http://www.w3.org/2001/XMLSchema#decimal>".to_string(),
            "<https://tupu.dev/ontology#sentence> \"在政务领域，西湖区依托通义千问大模型开发了「西小服」。\"".to_string(),
            "<https://tupu.dev/ontology#spanText> \"依托通义千问大模型开发了「西小服\"".to_string(),
            "<https://tupu.dev/ontology#rule> \"rel.based_on\"".to_string(),
        ] {
            assert!(nq.contains(&expected), "missing {expected}\n{nq}");
        }
        // developedBy Model breaks the range: left out, with a warning.
        assert!(!nq.contains("developedBy"), "{nq}");
        assert_eq!(mapped.warnings.len(), 1, "{:?}", mapped.warnings);
        assert!(mapped.warnings[0].contains("breaks the domain or range"));
        // Every quad is in the article's graph, once.
        assert!(mapped.quads.iter().all(|q| q.graph_name.to_string() == g));
    }

    #[test]
    fn each_mention_is_one_node_and_entities_have_no_statements() {
        let mut ex = extraction();
        // 通义千问 named twice: two mentions of one entity.
        let second = provenance(TEXT, "通义千问", 1, "dict");
        ex.entities[2].mentions.push(Provenance { chars: Span::new(0, 2), bytes: Span::new(0, 6), ..second });
        let mapped = map_article(&meta(), &Document::new(TEXT), &ex);
        let model = "<https://tupu.dev/id/Model/%E9%80%9A%E4%B9%89%E5%8D%83%E9%97%AE>";
        let of_model: Vec<String> = mapped
            .quads
            .iter()
            .filter(|q| q.predicate == tupu::MENTION_OF && q.object.to_string() == model)
            .map(|q| q.subject.to_string())
            .collect();
        assert_eq!(of_model.len(), 2, "{of_model:?}");
        for node in &of_model {
            let props: Vec<String> = mapped
                .quads
                .iter()
                .filter(|q| q.subject.to_string() == *node)
                .map(|q| q.predicate.to_string())
                .collect();
            for p in ["#charStart", "#charEnd", "#sentence>", "#spanText", "#rule", "wasDerivedFrom", "#confidence"] {
                assert!(props.iter().any(|x| x.contains(p)), "{node} lacks {p}: {props:?}");
            }
        }
        // Statements are about relations and figures only.
        let statement_predicates: Vec<String> =
            mapped.quads.iter().filter(|q| q.predicate == ext::RDF_PREDICATE).map(|q| q.object.to_string()).collect();
        assert!(
            statement_predicates.iter().all(|p| p.ends_with("#usesModel>") || p.ends_with("#value>")),
            "{statement_predicates:?}"
        );
        // Four entities, five mentions.
        assert_eq!(mapped.quads.iter().filter(|q| q.predicate == tupu::MENTION_OF).count(), 5);
    }

    #[test]
    fn mapping_is_deterministic_and_hedged_relations_are_not_asserted() {
        let mut ex = extraction();
        assert_eq!(
            nquads(&map_article(&meta(), &Document::new(TEXT), &ex)),
            nquads(&map_article(&meta(), &Document::new(TEXT), &ex))
        );
        ex.relations[0].hedged = true;
        let nq = nquads(&map_article(&meta(), &Document::new(TEXT), &ex));
        assert!(!nq.contains("%9C%8D> <https://tupu.dev/ontology#usesModel> <https://tupu.dev/id/Model/"), "{nq}");
        assert!(
            nq.contains("<http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> <https://tupu.dev/ontology#usesModel>")
        );
        assert!(nq.contains("<https://tupu.dev/ontology#hedged> \"true\"^^<http://www.w3.org/2001/XMLSchema#boolean>"));
    }

    #[test]
    fn dates_and_decimals() {
        assert_eq!(date_literal("2025-03-18").unwrap().datatype(), ext::XSD_DATE);
        assert_eq!(date_literal("2025").unwrap().datatype(), ext::XSD_G_YEAR);
        assert!(date_literal("2025-13").is_none());
        assert!(date_literal("2025年").is_none());
        assert_eq!(decimal(12.7e12).as_deref(), Some("12700000000000"));
        assert_eq!(decimal(46.4).as_deref(), Some("46.4"));
        assert_eq!(decimal(f64::NAN), None);
        assert_eq!(confidence_literal(0.85).unwrap().value(), "0.85");
        // Issue 15, item 13: no float noise in RDF either.
        assert_eq!(confidence_literal(0.96).unwrap().value(), "0.96");
        assert_eq!(confidence_literal(1.0 - 0.04 * 0.6).unwrap().value(), "0.976");
        assert_eq!(confidence_literal(0.909_999_97).unwrap().value(), "0.91");
    }
}
