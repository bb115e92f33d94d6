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
//! - each entity: `a tupu:{Type}; rdfs:label; skos:altLabel*;
//!   tupu:confidence?` — the type and label of a dictionary entity only
//!   when `graph:curated` does not say them ([`CuratedNames`]) — and each
//!   span where the article names it says
//!   `span tupu:mentionOf entity` (below). The mentions are the provenance
//!   of the entity's type and names (a name's evidence is a mention written
//!   that way, or in the other script);
//! - each relation the article asserts: the direct triple `s tupu:{predicate} o`.
//!   A hedged relation (计划, 拟, 传闻 …) is *not* asserted: only its
//!   statement exists, with `tupu:hedged true`;
//! - each fact (forecast): a figure node, a `tupu:Observation` by default (no
//!   `rdf:type`; a forecast is typed `tupu:Forecast`), with
//!   `tupu:subject`, `tupu:metric` (a `tupu:Metric` term), `tupu:value`
//!   (xsd:decimal), `tupu:unit` (normalized),
//!   `tupu:period?`, `tupu:confidence?`, `tupu:hedged?`, `tupu:rule?` and
//!   `tupu:evidence` (its spans);
//! - provenance of relations: one statement per relation (no `rdf:type`:
//!   `rdf:subject` says it), naming the triple with
//!   `rdf:subject/rdf:predicate/rdf:object`, with its `tupu:confidence`,
//!   `tupu:rule` (each rule that found it), `tupu:hedged?` and
//!   `tupu:evidence` (its spans);
//! - the places, named by their chars in the article as read (RFC 5147,
//!   `{article}#char=a,b`: the offsets are in the name and nowhere else):
//!   a *sentence* the extractor read, `tupu:text` and `tupu:sentenceIndex`,
//!   once per article however much evidence it holds; a *span* of evidence,
//!   `tupu:inSentence` its sentence(s) (none when it is a whole sentence:
//!   then it is the sentence's node), and `tupu:mentionOf` each entity it
//!   names, with `tupu:rule?` of the mention. Byte offsets are not stored:
//!   they follow from the
//!   chars and the article's text.
//!
//! `?` marks what is left out when it has its default
//! ([`vocab::defaults`]): `hedged false`, the dictionary's rule for a
//! mention, the figure rule for a figure, the dictionary's confidence for
//! an entity and the figure rule's for a figure.
//! Why this shape, and what each piece costs: ARCHITECTURE.md, "Provenance".
//!
//! # The sentence
//!
//! [`Provenance::chars`] indexes the original text. A sentence is exactly
//! the sentence the extractor read — a [`Document`]'s sentence (split by
//! `normalize`, at most [`crate::normalize::MAX_SENTENCE_CHARS`] chars) in
//! the original text, trimmed. A span covering two sentences is in both; a
//! span in the white space between sentences is its own sentence.
//!
//! ```
//! use tupu::normalize::Document;
//! use tupu::rdf::{map_article, ArticleMeta, CuratedNames};
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
//!     curated: &CuratedNames::default(),
//! };
//! let mapped = map_article(&meta, &Document::new(text), &extraction);
//! assert!(mapped.warnings.is_empty());
//! assert!(mapped.quads.iter().all(|q| q.graph_name.to_string() == "<https://tupu.dev/article/a.txt>"));
//! ```

use super::vocab::{self, defaults, ext, tupu};
use super::{alias_literal, article_iri, entity_iri, label_literal};
use crate::dictionary::Dictionary;
use crate::model::{Entity, EntityId, EntityType, Extraction, Fact, Provenance, Relation, Span};
use crate::normalize::Document;
use oxigraph::io::{RdfFormat, RdfParseError, RdfParser};
use oxigraph::model::{GraphName, Literal, NamedNode, NamedNodeRef, Quad, Term};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashSet};

/// The version of the RDF model, part of the extractor version every
/// article graph records ([`crate::ingest::extractor_version`]): bump it
/// when the mapping's output changes, so stores re-map their articles.
pub(crate) const MAPPING_VERSION: &str = "5";

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
    /// What `graph:curated` says of the dictionary's entities: the article
    /// graph leaves it out ([`CuratedNames`]).
    pub curated: &'a CuratedNames,
}

/// The type and label `graph:curated` gives each dictionary entity, by
/// IRI. An article graph does not repeat them: 87 % of the entities an
/// article names are the dictionary's, and their type and label were a
/// tenth of the store (ARCHITECTURE.md, "Provenance"). A label of the
/// article's own stays in its graph, and so do its aliases (the spellings
/// it used) and every mention (`tupu:mentionOf`): what the article says of
/// the entity is still in its graph. [`CuratedNames::default`] knows no
/// entity, so the article graph says everything.
#[derive(Debug, Clone, Default)]
pub struct CuratedNames {
    /// IRI → label, as [`map_curated`] writes them.
    names: std::collections::HashMap<String, Literal>,
}

impl CuratedNames {
    /// The names of `dictionary`'s entries, as its curated graph has them.
    pub fn new(dictionary: &Dictionary) -> Self {
        let mut names = std::collections::HashMap::new();
        for entry in dictionary.entries() {
            names
                .entry(entity_iri(entry.kind, &entry.label).as_str().to_string())
                .or_insert(label_literal(&entry.label));
        }
        CuratedNames { names }
    }
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
    // aliases. `iris[i]` is the IRI of `extraction.entities[i]`: relations
    // and figures name their entities by id, so a label two entities share
    // (豆包 the model and the app) is never a question.
    let mut entities: BTreeMap<(EntityType, String), Vec<&Entity>> = BTreeMap::new();
    let mut iris: Vec<Option<NamedNode>> = Vec::with_capacity(extraction.entities.len());
    for entity in &extraction.entities {
        if entity.label.trim().is_empty() {
            out.warn("an entity with an empty label; left out".to_string());
            iris.push(None);
            continue;
        }
        let iri = entity_iri(entity.kind, &entity.label);
        entities.entry((entity.kind, iri.as_str().to_string())).or_default().push(entity);
        iris.push(Some(iri));
    }
    for ((kind, _), group) in &mut entities {
        group.sort_by(|a, b| a.label.cmp(&b.label));
        map_entity(&mut out, &article, &source, meta.curated, *kind, &group[0].label, group);
    }
    let iri_of = |id: EntityId| iris.get(id.index()).cloned().flatten();

    // Relations.
    for relation in &extraction.relations {
        map_relation(&mut out, &article, &source, extraction, &iri_of, relation);
    }

    // Figures.
    for (fact, class) in extraction
        .facts
        .iter()
        .map(|f| (f, tupu::OBSERVATION))
        .chain(extraction.forecasts.iter().map(|f| (f, tupu::FORECAST)))
    {
        map_figure(&mut out, &article, &source, &iri_of, fact, class);
    }

    out.finish()
}

fn map_entity(
    out: &mut Writer,
    article: &NamedNode,
    source: &Source<'_>,
    curated: &CuratedNames,
    kind: EntityType,
    label: &str,
    group: &[&Entity],
) {
    let iri = entity_iri(kind, label);
    // The curated graph's type and label are not repeated (the IRI holds
    // the type, so a curated IRI has the curated type).
    let said = curated.names.get(iri.as_str());
    let confidence = group.iter().map(|e| e.confidence).fold(f32::NAN, f32::max);
    let mut mentions: Vec<&Provenance> = group.iter().flat_map(|e| &e.mentions).collect();
    mentions.sort();
    mentions.dedup();

    if said.is_none() {
        out.add(&iri, ext::RDF_TYPE, vocab::class(kind));
    }
    let own = label_literal(label);
    if said != Some(&own) {
        out.add(&iri, ext::RDFS_LABEL, own);
    }
    let mut aliases: Vec<&str> = group
        .iter()
        .flat_map(|e| std::iter::once(&e.label).chain(&e.aliases))
        .map(|a| a.trim())
        .filter(|a| !a.is_empty() && *a != label)
        .collect();
    aliases.sort_unstable();
    aliases.dedup();
    // Aliases stay, even the dictionary's: they are the spellings this
    // article used, which the curated graph does not say.
    for alias in aliases {
        out.add(&iri, ext::SKOS_ALT_LABEL, alias_literal(alias));
    }
    // The confidence of the entity in this article, unless it is the
    // default (a dictionary match): the old per-mention copy was the same
    // number on every mention.
    if let Some(c) = confidence_literal(confidence).filter(|_| !is_default(confidence, defaults::ENTITY_CONFIDENCE)) {
        out.add(&iri, tupu::CONFIDENCE, c);
    }
    // The mentions are the evidence for the entity's type and names.
    if mentions.is_empty() {
        out.unplaced_mention(article, &iri, label);
    }
    for mention in mentions {
        let span = out.span(article, source, mention);
        // The rule that found the name, on the place it names: a relation's
        // or figure's rule goes on its statement or figure instead.
        if !mention.rule.is_empty() && mention.rule != defaults::RULE {
            out.add(&span, tupu::RULE, Literal::new_simple_literal(&mention.rule));
        }
        out.add(&span, tupu::MENTION_OF, iri.clone());
    }
}

fn map_relation(
    out: &mut Writer,
    article: &NamedNode,
    source: &Source<'_>,
    extraction: &Extraction,
    iri_of: &dyn Fn(EntityId) -> Option<NamedNode>,
    relation: &Relation,
) {
    let what = format!("{} {} {}", relation.subject, relation.predicate, relation.object);
    let ends = relation.ends.and_then(|(s, o)| {
        let (subject, object) = (extraction.entity(s)?, extraction.entity(o)?);
        Some(((subject.kind, iri_of(s)?), (object.kind, iri_of(o)?)))
    });
    let Some(((subject_kind, subject), (object_kind, object))) = ends else {
        out.warn(format!("relation `{what}` names an entity the extraction does not have; left out"));
        return;
    };
    if !relation.predicate.accepts(subject_kind, object_kind) {
        out.warn(format!(
            "relation `{what}` breaks the domain or range of {} ({subject_kind} → {object_kind}); left out",
            relation.predicate
        ));
        return;
    }
    let property = vocab::property(relation.predicate);
    if !relation.hedged {
        out.add(&subject, property, object.clone());
    }
    // One statement per relation and article; each piece of evidence is a
    // span it points to (the confidence and hedging are the relation's,
    // the same for all of them).
    let key = format!("{subject} {property} {object} {} {}", relation.hedged, relation.confidence);
    let node = NamedNode::new_unchecked(format!("{}/statement/{}", article.as_str(), short_hash(&key)));
    // No `a tupu:Statement`: `rdf:subject` says it (its domain is
    // rdf:Statement), and the type was 6 triples an article.
    out.add(&node, ext::RDF_SUBJECT, subject);
    out.add(&node, ext::RDF_PREDICATE, property);
    out.add(&node, ext::RDF_OBJECT, object);
    if let Some(confidence) = confidence_literal(relation.confidence) {
        out.add(&node, tupu::CONFIDENCE, confidence);
    }
    if relation.hedged != defaults::HEDGED {
        out.add(&node, tupu::HEDGED, Literal::from(relation.hedged));
    }
    // The rules are the relation's, not its places': a sentence that is
    // evidence of two relations found by two rules says which found which.
    let mut rules: Vec<&str> = relation.provenance.iter().map(|p| p.rule.as_str()).filter(|r| !r.is_empty()).collect();
    rules.sort_unstable();
    rules.dedup();
    for rule in rules {
        out.add(&node, tupu::RULE, Literal::new_simple_literal(rule));
    }
    for provenance in &relation.provenance {
        let span = out.span(article, source, provenance);
        out.add(&node, tupu::EVIDENCE, span);
    }
}

fn map_figure(
    out: &mut Writer,
    article: &NamedNode,
    source: &Source<'_>,
    iri_of: &dyn Fn(EntityId) -> Option<NamedNode>,
    fact: &Fact,
    class: NamedNodeRef<'static>,
) {
    let what = format!("{} {} = {} {}", fact.subject, fact.metric, fact.value, fact.unit);
    let Some(subject) = fact.entity.and_then(iri_of) else {
        out.warn(format!("figure `{what}` is about an entity the extraction does not have; left out"));
        return;
    };
    let Some(value) = decimal(fact.value) else {
        out.warn(format!("figure `{what}` has no finite value; left out"));
        return;
    };
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
    // A figure is an observation unless it is typed a forecast
    // (`defaults::FIGURE_CLASS`: nineteen figures in twenty).
    if class != defaults::FIGURE_CLASS {
        out.add(&node, ext::RDF_TYPE, class);
    }
    out.add(&node, tupu::SUBJECT, subject);
    // Metrics and units of the vocabulary, whatever the extraction says
    // (crate::metric): a name outside it is tupu:otherMetric.
    out.add(&node, tupu::METRIC, vocab::metric(&fact.metric));
    out.add(&node, tupu::VALUE, value.clone());
    // A bare count has no unit: nothing is written rather than "".
    let unit = crate::metric::normalize_unit(&fact.unit);
    if !unit.is_empty() {
        out.add(&node, tupu::UNIT, Literal::new_simple_literal(unit));
    }
    if let Some(date) = &fact.date {
        out.add(&node, tupu::PERIOD, Literal::new_simple_literal(date));
    }
    if let Some(confidence) =
        confidence_literal(fact.confidence).filter(|_| !is_default(fact.confidence, defaults::FIGURE_CONFIDENCE))
    {
        out.add(&node, tupu::CONFIDENCE, confidence);
    }
    if fact.hedged != defaults::HEDGED {
        out.add(&node, tupu::HEDGED, Literal::from(fact.hedged));
    }
    // The figure is its own statement: its rule and evidence hang off it.
    let mut rules: Vec<&str> = fact
        .provenance
        .iter()
        .map(|p| p.rule.as_str())
        .filter(|r| !r.is_empty() && *r != defaults::FIGURE_RULE)
        .collect();
    rules.sort_unstable();
    rules.dedup();
    for rule in rules {
        out.add(&node, tupu::RULE, Literal::new_simple_literal(rule));
    }
    for provenance in &fact.provenance {
        let span = out.span(article, source, provenance);
        out.add(&node, tupu::EVIDENCE, span);
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
pub(crate) fn map_curated(dictionary: &Dictionary, source_path: &str, loaded_at: &str) -> Mapped {
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
pub(crate) fn map_ontology(turtle: &str, source_path: &str, loaded_at: &str) -> Result<Mapped, RdfParseError> {
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

/// Collects the quads of one graph.
struct Writer {
    graph: GraphName,
    quads: Vec<Quad>,
    warnings: Vec<String>,
    /// The sentences written so far (chars and index): a sentence's text
    /// goes in once, not once per span in it — on a line without end
    /// marks, 70,000 spans each copied their 600-char sentence (126 MB).
    sentences: HashSet<(usize, usize, usize)>,
}

impl Writer {
    fn new(graph: GraphName) -> Self {
        Writer { graph, quads: Vec::new(), warnings: Vec::new(), sentences: HashSet::new() }
    }

    fn add(&mut self, subject: &NamedNode, predicate: NamedNodeRef<'_>, object: impl Into<Term>) {
        self.quads.push(Quad::new(subject.clone(), predicate, object, self.graph.clone()));
    }

    fn warn(&mut self, message: String) {
        self.warnings.push(message);
    }

    /// The node of a place in the article, `{article}#char=a,b` (RFC 5147:
    /// the chars `[a, b)` of the article as read — the offsets are stored
    /// in the name and nowhere else), with the sentence(s) it is in.
    /// Everything found at the same place shares the node. A place that is
    /// a whole sentence (a relation's evidence always is) is that sentence's
    /// node: it has the text itself, and no `tupu:inSentence` to itself.
    fn span(&mut self, article: &NamedNode, source: &Source<'_>, p: &Provenance) -> NamedNode {
        let node = span_iri(article, p.chars);
        match source.sentences_of(p.chars) {
            Some(sentences) => {
                for sentence in sentences {
                    let sentence_node = span_iri(article, sentence.chars);
                    let index = sentence.index.unwrap_or(p.sentence);
                    if self.sentences.insert((sentence.chars.start, sentence.chars.end, index)) {
                        self.add(&sentence_node, tupu::TEXT, Literal::new_simple_literal(sentence.text));
                        self.add(&sentence_node, tupu::SENTENCE_INDEX, integer(index));
                    }
                    if sentence_node != node {
                        self.add(&node, tupu::IN_SENTENCE, sentence_node);
                    }
                }
            }
            None => self.warn(format!(
                "provenance {}..{} (rule `{}`) is outside the text ({} chars); sentence left out",
                p.chars.start,
                p.chars.end,
                p.rule,
                source.char_count()
            )),
        }
        node
    }

    /// A mention the extraction gives no place for: a node of its own
    /// (`{article}#mention-{hash}`), so that the entity still has one.
    fn unplaced_mention(&mut self, article: &NamedNode, entity: &NamedNode, label: &str) {
        let node = NamedNode::new_unchecked(format!("{}#mention-{}", article.as_str(), short_hash(label)));
        self.add(&node, tupu::MENTION_OF, entity.clone());
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

    /// Sorted by N-Quads text (each quad formatted once, the quads sorted
    /// in place) and without duplicates (equal text, equal quad).
    fn finish(mut self) -> Mapped {
        self.quads.sort_by_cached_key(ToString::to_string);
        self.quads.dedup();
        // Held until written: no spare room (up to half of the vector).
        self.quads.shrink_to_fit();
        Mapped { quads: self.quads, warnings: self.warnings }
    }
}

/// The name of the chars `[start, end)` of an article (RFC 5147 fragment).
fn span_iri(article: &NamedNode, chars: Span) -> NamedNode {
    NamedNode::new_unchecked(format!("{}#char={},{}", article.as_str(), chars.start, chars.end))
}

/// Whether a confidence is the default, at the precision it is written in.
fn is_default(confidence: f32, default: f32) -> bool {
    confidence_literal(confidence).map(|l| l.value().to_string())
        == confidence_literal(default).map(|l| l.value().to_string())
}

/// One sentence a span lies in.
#[derive(Debug, Clone, PartialEq)]
struct SentenceAt<'a> {
    /// The document's index of the sentence; `None` for the text of a span
    /// that touches no sentence (white space between them).
    index: Option<usize>,
    /// Its (trimmed) text and where that is in the article.
    text: &'a str,
    chars: Span,
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

    /// The extractor's sentences that a char span touches, first to
    /// last; the span's own text when it touches none (white space between
    /// sentences). `None` when it is outside the text.
    fn sentences_of(&self, span: Span) -> Option<Vec<SentenceAt<'a>>> {
        let own = self.slice(span)?;
        let (start, end) = (self.chars[span.start], self.chars[span.end]);
        let first = self.sentences.partition_point(|s| s.end <= start);
        let last = self.sentences.partition_point(|s| s.start < end.max(start + 1));
        if first >= last {
            let lead = own.len() - own.trim_start().len();
            return Some(vec![self.at(None, self.chars[span.start] + lead, own.trim())]);
        }
        Some(
            (first..last)
                .map(|i| {
                    let sentence = self.sentences[i];
                    let raw = &self.text[sentence.start..sentence.end];
                    let lead = raw.len() - raw.trim_start().len();
                    self.at(Some(i), sentence.start + lead, raw.trim())
                })
                .collect(),
        )
    }

    /// A sentence of `text` starting at byte `byte_start`.
    fn at(&self, index: Option<usize>, byte_start: usize, text: &'a str) -> SentenceAt<'a> {
        let char_start = self.chars.partition_point(|b| *b < byte_start);
        let chars = Span::new(char_start, char_start + text.chars().count());
        SentenceAt { index, text, chars }
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
                    ends: Some((EntityId(0), EntityId(2))),
                    confidence: 0.8,
                    hedged: false,
                    provenance: vec![provenance(TEXT, "依托通义千问大模型开发了「西小服", 1, "rel.based_on")],
                },
                Relation {
                    subject: "西小服".into(),
                    predicate: Predicate::DevelopedBy,
                    object: "通义千问".into(),
                    ends: Some((EntityId(0), EntityId(2))),
                    confidence: 0.5,
                    hedged: false,
                    provenance: vec![],
                },
            ],
            facts: vec![Fact {
                subject: "西小服".into(),
                entity: Some(EntityId(0)),
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
            curated: Box::leak(Box::new(CuratedNames::default())),
        }
    }

    fn nquads(mapped: &Mapped) -> String {
        mapped.quads.iter().map(|q| format!("{q} .\n")).collect()
    }

    #[test]
    fn sentence_is_the_extractors() {
        let document = Document::new(TEXT);
        let source = Source::new(&document);
        let texts = |chars| source.sentences_of(chars).map(|s| s.iter().map(|s| s.text).collect::<Vec<_>>());
        let (chars, _) = span_of(TEXT, "通义千问");
        assert_eq!(texts(chars), Some(vec!["在政务领域，西湖区依托通义千问大模型开发了「西小服」。"]));
        let (chars, _) = span_of(TEXT, "上万家");
        assert_eq!(texts(chars), Some(vec!["它已服务上万家企业！"]));
        let (chars, _) = span_of(TEXT, "杭州");
        assert_eq!(texts(chars), Some(vec!["杭州报道"]));
        // A span over two sentences is in both.
        let (chars, _) = span_of(TEXT, "」。它已");
        assert_eq!(texts(chars).map(|t| t.len()), Some(2));
        assert_eq!(source.sentences_of(Span::new(3, 200)), None);
        // The sentence's offsets are those of its text in the article.
        let (chars, _) = span_of(TEXT, "在政务领域");
        let at = &source.sentences_of(chars).unwrap()[0];
        assert_eq!((at.index, at.chars.start), (Some(1), chars.start));
        assert_eq!(at.chars.end - at.chars.start, at.text.chars().count());
    }

    #[test]
    fn maps_entities_relations_figures_with_provenance() {
        let mapped = map_article(&meta(), &Document::new(TEXT), &extraction());
        let nq = nquads(&mapped);
        let g = "<https://tupu.dev/article/a.txt>";
        let deployment = "<https://tupu.dev/id/Deployment/%E8%A5%BF%E5%B0%8F%E6%9C%8D>";
        let model = "<https://tupu.dev/id/Model/%E9%80%9A%E4%B9%89%E5%8D%83%E9%97%AE>";
        let (relation, _) = span_of(TEXT, "依托通义千问大模型开发了「西小服");
        let (sentence, _) = span_of(TEXT, "在政务领域，西湖区依托通义千问大模型开发了「西小服」。");
        let span = |chars: Span| format!("<https://tupu.dev/article/a.txt#char={},{}>", chars.start, chars.end);
        for expected in [
            format!("{deployment} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://tupu.dev/ontology#Deployment> {g}"),
            format!("{deployment} <https://tupu.dev/ontology#usesModel> {model} {g}"),
            format!("{model} <http://www.w3.org/2004/02/skos/core#altLabel> \"通義千問\"@zh {g}"),
            format!("{model} <http://www.w3.org/2004/02/skos/core#altLabel> \"Qwen\" {g}"),
            format!("{model} <http://www.w3.org/2000/01/rdf-schema#label> \"通义千问\"@zh-hans {g}"),
            format!("{g} <https://tupu.dev/ontology#published> \"2025-07\"^^<http://www.w3.org/2001/XMLSchema#gYearMonth> {g}"),
            "<https://tupu.dev/ontology#value> \"10000\"^^<http://www.w3.org/2001/XMLSchema#decimal>".to_string(),
            format!("{} <https://tupu.dev/ontology#text> \"在政务领域，西湖区依托通义千问大模型开发了「西小服」。\" {g}", span(sentence)),
            format!("{} <https://tupu.dev/ontology#sentenceIndex> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> {g}", span(sentence)),
            format!("{} <https://tupu.dev/ontology#inSentence> {} {g}", span(relation), span(sentence)),
            format!("<https://tupu.dev/ontology#rule> \"rel.based_on\" {g}"),
            format!("<https://tupu.dev/ontology#evidence> {} {g}", span(relation)),
        ] {
            assert!(nq.contains(&expected), "missing {expected}\n{nq}");
        }
        // The rules of a relation and a figure are on the statement and the
        // figure, not on their places; a statement has no rdf:type.
        assert!(!nq.contains(&format!("{} <https://tupu.dev/ontology#rule>", span(relation))), "{nq}");
        assert!(nq.contains("/figure/") && nq.contains("#rule> \"fact.count\""), "{nq}");
        assert!(!nq.contains("#Statement>"), "{nq}");
        // Defaults are not written: the dictionary's rule, hedged false; the
        // figure's 0.7 is not the default 0.75, so it is written. No
        // sentence text is written twice.
        assert!(!nq.contains("\"dict\""), "{nq}");
        assert_eq!(nq.matches("#confidence> \"0.7\"^^").count(), 1, "{nq}");
        assert!(!nq.contains("hedged"), "{nq}");
        assert_eq!(nq.matches("#text>").count(), 2, "{nq}");
        // The entities' confidence (0.9, not the dictionary's 0.95) is said once each.
        assert_eq!(nq.matches("#confidence> \"0.9\"").count(), 4, "{nq}");
        // developedBy Model breaks the range: left out, with a warning.
        assert!(!nq.contains("developedBy"), "{nq}");
        assert_eq!(mapped.warnings.len(), 1, "{:?}", mapped.warnings);
        assert!(mapped.warnings[0].contains("breaks the domain or range"));
        // Every quad is in the article's graph, once.
        assert!(mapped.quads.iter().all(|q| q.graph_name.to_string() == g));
    }

    #[test]
    fn curated_type_and_label_stay_in_the_curated_graph() {
        let dictionary = Dictionary::bundled().unwrap();
        let curated = CuratedNames::new(&dictionary);
        let meta = ArticleMeta { curated: &curated, ..meta() };
        let nq = nquads(&map_article(&meta, &Document::new(TEXT), &extraction()));
        let model = "<https://tupu.dev/id/Model/%E9%80%9A%E4%B9%89%E5%8D%83%E9%97%AE>";
        let deployment = "<https://tupu.dev/id/Deployment/%E8%A5%BF%E5%B0%8F%E6%9C%8D>";
        // 通义千问 is the dictionary's: its type and label are not repeated,
        // its aliases (the article's spellings) and mentions are.
        assert!(!nq.contains(&format!("{model} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>")), "{nq}");
        assert!(!nq.contains(&format!("{model} <http://www.w3.org/2000/01/rdf-schema#label>")), "{nq}");
        assert!(
            nq.contains(&format!("{model} <http://www.w3.org/2004/02/skos/core#altLabel> \"通義千問\"@zh")),
            "{nq}"
        );
        assert!(nq.contains(&format!("<https://tupu.dev/ontology#mentionOf> {model}")), "{nq}");
        // 西小服 is not: the article says everything.
        assert!(nq.contains(&format!("{deployment} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>")), "{nq}");
        assert!(nq.contains(&format!("{deployment} <http://www.w3.org/2000/01/rdf-schema#label>")), "{nq}");
    }

    #[test]
    fn a_whole_sentence_of_evidence_is_the_sentence() {
        let mut ex = extraction();
        let (sentence, bytes) = span_of(TEXT, "在政务领域，西湖区依托通义千问大模型开发了「西小服」。");
        ex.relations[0].provenance[0].chars = sentence;
        ex.relations[0].provenance[0].bytes = bytes;
        let nq = nquads(&map_article(&meta(), &Document::new(TEXT), &ex));
        let node = format!("<https://tupu.dev/article/a.txt#char={},{}>", sentence.start, sentence.end);
        assert!(nq.contains(&format!("<https://tupu.dev/ontology#evidence> {node}")), "{nq}");
        assert!(nq.contains(&format!("{node} <https://tupu.dev/ontology#text>")), "{nq}");
        assert!(!nq.contains(&format!("{node} <https://tupu.dev/ontology#inSentence>")), "{nq}");
    }

    #[test]
    fn each_mention_is_one_span_and_entities_have_no_statements() {
        let mut ex = extraction();
        // 通义千问 named twice: two mentions of one entity.
        let second = provenance(TEXT, "通义千问", 1, "dict");
        ex.entities[2].mentions.push(Provenance { chars: Span::new(0, 2), bytes: Span::new(0, 6), ..second });
        let mapped = map_article(&meta(), &Document::new(TEXT), &ex);
        let model = "<https://tupu.dev/id/Model/%E9%80%9A%E4%B9%89%E5%8D%83%E9%97%AE>";
        let mut of_model: Vec<String> = mapped
            .quads
            .iter()
            .filter(|q| q.predicate == tupu::MENTION_OF && q.object.to_string() == model)
            .map(|q| q.subject.to_string())
            .collect();
        of_model.sort();
        let (chars, _) = span_of(TEXT, "通义千问");
        assert_eq!(
            of_model,
            [
                "<https://tupu.dev/article/a.txt#char=0,2>".to_string(),
                format!("<https://tupu.dev/article/a.txt#char={},{}>", chars.start, chars.end)
            ]
        );
        for node in &of_model {
            let props: Vec<String> = mapped
                .quads
                .iter()
                .filter(|q| q.subject.to_string() == *node)
                .map(|q| q.predicate.to_string())
                .collect();
            // A dictionary mention: its entity and its sentence, nothing else.
            assert_eq!(props.len(), 2, "{node}: {props:?}");
            assert!(props.iter().any(|x| x.contains("#inSentence")), "{node} lacks its sentence: {props:?}");
        }
        // Statements are about relations only; figures carry their evidence.
        let statement_predicates: Vec<String> =
            mapped.quads.iter().filter(|q| q.predicate == ext::RDF_PREDICATE).map(|q| q.object.to_string()).collect();
        assert_eq!(statement_predicates, ["<https://tupu.dev/ontology#usesModel>"]);
        assert_eq!(mapped.quads.iter().filter(|q| q.predicate == tupu::EVIDENCE).count(), 2);
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
    fn relations_and_figures_name_their_entities_by_id_not_label() {
        // 豆包 the model and 豆包 the app in one article: the app uses the
        // model, and the figure is the app's. By label, both ends could be
        // either (the model uses itself, the figure is the model's).
        const TEXT: &str = "豆包App接入豆包大模型，月活跃用户超过1亿。";
        let doubao = |kind, needle| entity("豆包", kind, &[], vec![provenance(TEXT, needle, 0, "dict")]);
        let ex = Extraction {
            doc: "a.txt".into(),
            entities: vec![doubao(EntityType::Model, "豆包大模型"), doubao(EntityType::Product, "豆包App")],
            relations: vec![Relation {
                subject: "豆包".into(),
                predicate: Predicate::UsesModel,
                object: "豆包".into(),
                ends: Some((EntityId(1), EntityId(0))),
                confidence: 0.8,
                hedged: false,
                provenance: vec![provenance(TEXT, "豆包App接入豆包大模型", 0, "rel.uses-model")],
            }],
            facts: vec![Fact {
                subject: "豆包".into(),
                entity: Some(EntityId(1)),
                metric: "monthlyActiveUsers".into(),
                value: 1e8,
                unit: "".into(),
                date: None,
                confidence: 0.8,
                hedged: false,
                provenance: vec![provenance(TEXT, "月活跃用户超过1亿", 0, "fact.count")],
            }],
            ..Extraction::default()
        };
        let mapped = map_article(&meta(), &Document::new(TEXT), &ex);
        assert!(mapped.warnings.is_empty(), "{:?}", mapped.warnings);
        let nq = nquads(&mapped);
        let model = "<https://tupu.dev/id/Model/%E8%B1%86%E5%8C%85>";
        let product = "<https://tupu.dev/id/Product/%E8%B1%86%E5%8C%85>";
        let g = "<https://tupu.dev/article/a.txt>";
        assert!(nq.contains(&format!("{product} <https://tupu.dev/ontology#usesModel> {model} {g}")), "{nq}");
        assert!(!nq.contains(&format!("{model} <https://tupu.dev/ontology#usesModel>")), "{nq}");
        let about: Vec<String> = mapped
            .quads
            .iter()
            .filter(|q| q.predicate == tupu::SUBJECT || q.predicate == ext::RDF_SUBJECT)
            .map(|q| q.object.to_string())
            .collect();
        assert_eq!(about, [product, product], "{nq}");

        // Without ids (an extraction read back from JSON) nothing is guessed:
        // the relation and the figure are left out, with warnings.
        let json = serde_json::to_string(&ex).unwrap();
        let read: Extraction = serde_json::from_str(&json).unwrap();
        assert_eq!((read.relations[0].ends, read.facts[0].entity), (None, None));
        let mapped = map_article(&meta(), &Document::new(TEXT), &read);
        assert_eq!(mapped.warnings.len(), 2, "{:?}", mapped.warnings);
        assert!(!nquads(&mapped).contains("usesModel"));
        // An id past the end is no entity either.
        let mut dangling = ex.clone();
        dangling.relations[0].ends = Some((EntityId(1), EntityId(2)));
        assert_eq!(map_article(&meta(), &Document::new(TEXT), &dangling).warnings.len(), 1);
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
