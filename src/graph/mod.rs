//! The entity graph: what the articles in the store say, as a petgraph
//! graph of entities (nodes) and relations (edges) with their evidence,
//! plus the figures (facts) about the entities.
//!
//! It is read from the store with SPARQL ([`EntityGraph::load`]) and is the
//! common input of the exports (`crate::export`) and the analytics
//! ([`analytics`]). Only what articles say is in it: the curated graph and
//! the ontology are not, so the picture shows the corpus, not the
//! dictionary.
//!
//! *Invariant:* one node per entity IRI, one edge per (subject, predicate,
//! object); an edge carries every unhedged statement of its triple, from
//! every article. Hedged relations (reported, not asserted) are left out.
//!
//! ```
//! use tupu::graph::{EntityGraph, Filter, GraphEntity, GraphRelation, Evidence};
//! use tupu::{EntityType, Predicate};
//!
//! let mut graph = EntityGraph::default();
//! let model = graph.add_entity(GraphEntity::new("通义千问", EntityType::Model));
//! let maker = graph.add_entity(GraphEntity::new("阿里巴巴", EntityType::Company));
//! graph.add_relation(model, maker, Predicate::DevelopedBy, Evidence::new("a.txt", "阿里巴巴的通义千问。", 0.9));
//! let focused = graph.filter(&Filter { focus: Some("通義千問".into()), depth: 1, ..Filter::default() })?;
//! assert_eq!(focused.entity_count(), 2);
//! # Ok::<_, tupu::graph::GraphError>(())
//! ```

pub mod analytics;

use crate::model::{EntityType, Predicate};
use crate::normalize::fold_name;
use crate::rdf::vocab::{self, ONTOLOGY_NS};
use crate::rdf::{
    article_doc, article_iri, entity_iri, preferred_spelling, term_iri as iri, term_number as number, term_text as text,
};
use crate::store::{Store, StoreError};
use petgraph::graph::{DiGraph, EdgeIndex, NodeIndex};
use petgraph::visit::EdgeRef;
use petgraph::Direction;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};
use thiserror::Error;

#[derive(Debug, Error)]
#[non_exhaustive]
pub enum GraphError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("no entity is named `{name}` (label or alias, simplified or traditional){}", hint(.filtered))]
    UnknownEntity { name: String, filtered: bool },
    #[error("no article `{name}` in the store (articles are named by file name, e.g. b1_gov_services.txt)")]
    UnknownArticle { name: String },
}

fn hint(filtered: &bool) -> &'static str {
    if *filtered {
        " among the entities the other filters keep"
    } else {
        ""
    }
}

/// An entity: a node of the graph.
#[derive(Debug, Clone, PartialEq)]
pub struct GraphEntity {
    /// The entity's IRI (`https://tupu.dev/id/{Type}/{folded label}`).
    pub(crate) iri: String,
    pub label: String,
    pub kind: EntityType,
    /// Other names the articles use, sorted.
    pub aliases: BTreeSet<String>,
    /// The articles (file names) that name it, sorted.
    pub articles: BTreeSet<String>,
}

impl GraphEntity {
    /// An entity with its IRI derived from type and label, no aliases, no articles.
    pub fn new(label: &str, kind: EntityType) -> Self {
        GraphEntity {
            iri: entity_iri(kind, label).as_str().to_string(),
            label: label.to_string(),
            kind,
            aliases: BTreeSet::new(),
            articles: BTreeSet::new(),
        }
    }

    /// Whether `name` (folded: traditional → simplified, width, case) is its
    /// label or one of its aliases.
    pub(crate) fn is_named(&self, folded: &str) -> bool {
        fold_name(&self.label) == folded || self.aliases.iter().any(|a| fold_name(a) == folded)
    }
}

/// A confidence to 3 decimals: the store holds the extractor's `f32`
/// widened to a decimal (`0.96000004`), which exports would carry as noise.
fn rounded(confidence: f64) -> f64 {
    (confidence * 1000.0).round() / 1000.0
}

/// One statement behind a relation: where it was read.
#[derive(Debug, Clone, PartialEq)]
pub struct Evidence {
    /// The article's file name.
    pub article: String,
    pub sentence: String,
    pub confidence: f64,
}

impl Evidence {
    pub fn new(article: &str, sentence: &str, confidence: f64) -> Self {
        Evidence { article: article.into(), sentence: sentence.into(), confidence }
    }
}

/// A relation: an edge, from subject to object.
#[derive(Debug, Clone, PartialEq)]
pub struct GraphRelation {
    pub(crate) predicate: Predicate,
    /// Every unhedged statement of the triple, sorted by article.
    pub(crate) evidence: Vec<Evidence>,
}

impl GraphRelation {
    /// The highest confidence of its statements.
    pub(crate) fn confidence(&self) -> f64 {
        self.evidence.iter().map(|e| e.confidence).fold(0.0, f64::max)
    }

    /// The articles that state it, sorted, each once.
    pub(crate) fn articles(&self) -> BTreeSet<&str> {
        self.evidence.iter().map(|e| e.article.as_str()).collect()
    }
}

/// A figure an article gives about an entity (`tupu:Observation`).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct GraphFact {
    /// The IRI of the entity it is about.
    pub(crate) subject: String,
    pub(crate) metric: String,
    pub(crate) value: f64,
    pub(crate) unit: String,
    /// YYYY, YYYY-MM or YYYY-QN.
    pub(crate) period: Option<String>,
    pub(crate) confidence: f64,
    pub(crate) article: String,
    /// The sentence of the figure, when the store has its statement.
    pub(crate) sentence: Option<String>,
}

/// What to keep of the graph. The default keeps everything.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Keep the neighbourhood of the entities with this label or alias.
    pub focus: Option<String>,
    /// How many hops around the focus (relations in either direction).
    pub depth: usize,
    /// Keep only entities of these types (all when empty).
    pub types: Vec<EntityType>,
    /// Keep only relations with these predicates (all when empty).
    pub predicates: Vec<Predicate>,
    /// Keep only relations with a statement at least this confident.
    pub min_confidence: Option<f64>,
    /// Read only this article (file name or article IRI).
    pub article: Option<String>,
}

impl Filter {
    /// Whether the filter keeps less than the whole of the chosen articles.
    pub fn narrows(&self) -> bool {
        self.focus.is_some() || !self.types.is_empty() || !self.predicates.is_empty() || self.min_confidence.is_some()
    }
}

/// The entity graph; see the module documentation.
#[derive(Debug, Clone, Default)]
pub struct EntityGraph {
    /// Entities and relations, directed from subject to object.
    pub graph: DiGraph<GraphEntity, GraphRelation>,
    /// Figures about the entities of the graph.
    pub(crate) facts: Vec<GraphFact>,
    /// The articles the graph was read from, sorted.
    pub(crate) articles: Vec<String>,
    index: HashMap<String, NodeIndex>,
}

/// The label of `?e` in the article graph `?g`, as `?label`: its own, else
/// the curated graph's (an article graph leaves out a dictionary entity's
/// label when it spells it the dictionary's way). Goes after a pattern
/// that binds `?g` and `?e`.
pub(crate) const ARTICLE_LABEL: &str = "OPTIONAL { GRAPH ?g { ?e rdfs:label ?own } } \
     OPTIONAL { GRAPH graph:curated { ?e rdfs:label ?curated } } BIND(COALESCE(?own, ?curated) AS ?label)";

impl EntityGraph {
    /// Reads the graph of the articles in the store and applies `filter`.
    pub fn load(store: &Store, filter: &Filter) -> Result<Self, GraphError> {
        let mut graph = Self::read(store, filter.article.as_deref())?;
        graph = graph.filter(filter)?;
        Ok(graph)
    }

    /// Reads every article (or only `article`) without filtering.
    fn read(store: &Store, article: Option<&str>) -> Result<Self, GraphError> {
        let mut articles = store.articles()?;
        let values = match article {
            Some(name) => {
                let doc = article_doc(name).unwrap_or_else(|| name.to_string());
                if !articles.contains(&doc) {
                    return Err(GraphError::UnknownArticle { name: name.to_string() });
                }
                articles = vec![doc.clone()];
                format!("VALUES ?g {{ <{}> }}", article_iri(&doc).as_str())
            }
            None => String::new(),
        };
        let classes: String = EntityType::ALL.iter().map(|k| format!("<{}> ", vocab::class(*k).as_str())).collect();
        let predicates: String =
            Predicate::ALL.iter().map(|p| format!("<{}> ", vocab::property(*p).as_str())).collect();
        let mut graph = EntityGraph { articles, ..EntityGraph::default() };

        // The entities an article names, with their type and its spelling:
        // its graph has them, except what the curated graph says (the type
        // and the label of a dictionary entity, not repeated per article).
        // Each (article, entity) once before the rest: from the mentions
        // themselves it took 3.7 s on the corpus, 1.5 s this way (2.1 s
        // with mapping version 3).
        let entities = store.select(&format!(
            "SELECT DISTINCT ?g ?e ?c ?label WHERE {{ {values} VALUES ?c {{ {classes} }} \
             {{ SELECT DISTINCT ?g ?e WHERE {{ {values} GRAPH ?g {{ ?g a tupu:Article . ?m tupu:mentionOf ?e }} }} }} \
             {{ GRAPH ?g {{ ?e a ?c }} }} UNION {{ GRAPH graph:curated {{ ?e a ?c }} }} \
             {ARTICLE_LABEL} }}"
        ))?;
        let mut votes: HashMap<NodeIndex, BTreeMap<String, usize>> = HashMap::new();
        for row in &entities {
            let (Some(g), Some(e), Some(c), Some(label)) =
                (iri(row.get("g")), iri(row.get("e")), iri(row.get("c")), text(row.get("label")))
            else {
                continue;
            };
            let Some(kind) = c.strip_prefix(ONTOLOGY_NS).and_then(|local| local.parse::<EntityType>().ok()) else {
                continue;
            };
            let node = match graph.index.get(e) {
                Some(node) => *node,
                None => graph.add_entity(GraphEntity {
                    iri: e.to_string(),
                    label: label.to_string(),
                    kind,
                    aliases: BTreeSet::new(),
                    articles: BTreeSet::new(),
                }),
            };
            graph.graph[node].articles.extend(article_doc(g));
            *votes.entry(node).or_default().entry(label.to_string()).or_default() += 1;
        }
        // Articles may spell one entity differently (its IRI is the folded
        // name): the spelling most articles use is the label, ties to the
        // smallest; the others are aliases.
        for (node, spellings) in votes {
            let best = preferred_spelling(spellings.iter().map(|(l, n)| (l.as_str(), *n))).map(str::to_string);
            let entity = &mut graph.graph[node];
            if let Some(best) = best {
                entity.label = best;
            }
            for spelling in spellings.into_keys() {
                if spelling != entity.label {
                    entity.aliases.insert(spelling);
                }
            }
        }

        let aliases = store.select(&format!(
            "SELECT DISTINCT ?e ?alias WHERE {{ {values} GRAPH ?g {{ ?g a tupu:Article . ?e skos:altLabel ?alias }} }}"
        ))?;
        for row in &aliases {
            if let (Some(e), Some(alias)) = (iri(row.get("e")), text(row.get("alias"))) {
                if let Some(node) = graph.index.get(e) {
                    let entity = &mut graph.graph[*node];
                    if entity.label != alias {
                        entity.aliases.insert(alias.to_string());
                    }
                }
            }
        }

        // Statements first: on a large store this order is several times
        // faster than starting from the direct triples.
        let relations = store.select(&format!(
            "SELECT ?g ?s ?p ?o ?sentence ?confidence WHERE {{ {values} VALUES ?p {{ {predicates} }} \
             GRAPH ?g {{ ?st rdf:predicate ?p ; rdf:subject ?s ; rdf:object ?o ; \
                   tupu:evidence/tupu:inSentence?/tupu:text ?sentence ; tupu:confidence ?confidence . \
               ?s ?p ?o . \
               OPTIONAL {{ ?st tupu:hedged ?hedged }} FILTER(!BOUND(?hedged) || !?hedged) }} }}"
        ))?;
        for row in &relations {
            let (Some(g), Some(s), Some(p), Some(o), Some(sentence)) =
                (iri(row.get("g")), iri(row.get("s")), iri(row.get("p")), iri(row.get("o")), text(row.get("sentence")))
            else {
                continue;
            };
            let Some(predicate) = p.strip_prefix(ONTOLOGY_NS).and_then(|local| local.parse::<Predicate>().ok()) else {
                continue;
            };
            let (Some(&from), Some(&to), Some(doc)) = (graph.index.get(s), graph.index.get(o), article_doc(g)) else {
                continue;
            };
            let confidence = rounded(number(row.get("confidence")).unwrap_or(0.0));
            graph.add_relation(
                from,
                to,
                predicate,
                Evidence { article: doc, sentence: sentence.to_string(), confidence },
            );
        }
        // The store's order is not the reader's: evidence by article and sentence.
        for relation in graph.graph.edge_weights_mut() {
            relation.evidence.sort_by(|a, b| {
                (&a.article, &a.sentence).cmp(&(&b.article, &b.sentence)).then(b.confidence.total_cmp(&a.confidence))
            });
        }

        // Figures and the sentences of their values, joined here: one
        // query with OPTIONAL and GROUP BY is much slower.
        let mut sentences: HashMap<String, String> = HashMap::new();
        for row in store.select(&format!(
            "SELECT ?f ?sentence WHERE {{ {values} GRAPH ?g {{ ?f tupu:metric ?metric ; tupu:evidence/tupu:inSentence?/tupu:text ?sentence }} }}"
        ))? {
            if let (Some(f), Some(sentence)) = (iri(row.get("f")), text(row.get("sentence"))) {
                let slot = sentences.entry(f.to_string()).or_insert_with(|| sentence.to_string());
                if sentence < slot.as_str() {
                    *slot = sentence.to_string();
                }
            }
        }
        let observation = crate::facts::OBSERVATION;
        let facts = store.select(&format!(
            "SELECT ?g ?f ?e ?metric ?value ?unit ?period ?confidence WHERE {{ {values} \
             GRAPH ?g {{ ?f tupu:subject ?e ; tupu:metric ?m ; tupu:value ?value . {observation} BIND(STRAFTER(STR(?m), \"#\") AS ?metric) \
               OPTIONAL {{ ?f tupu:unit ?unit }} OPTIONAL {{ ?f tupu:period ?period }} OPTIONAL {{ ?f tupu:confidence ?confidence }} }} }}"
        ))?;
        for row in &facts {
            let (Some(g), Some(f), Some(e), Some(metric), Some(value)) = (
                iri(row.get("g")),
                iri(row.get("f")),
                iri(row.get("e")),
                text(row.get("metric")),
                number(row.get("value")),
            ) else {
                continue;
            };
            let Some(article) = article_doc(g) else {
                continue;
            };
            if !graph.index.contains_key(e) {
                continue;
            }
            graph.facts.push(GraphFact {
                subject: e.to_string(),
                metric: metric.to_string(),
                value,
                unit: text(row.get("unit")).unwrap_or("").to_string(),
                period: text(row.get("period")).map(str::to_string),
                // No confidence written: the figure rule's default.
                confidence: rounded(
                    number(row.get("confidence")).unwrap_or(f64::from(crate::rdf::vocab::defaults::FIGURE_CONFIDENCE)),
                ),
                article,
                sentence: sentences.get(f).cloned(),
            });
        }
        graph.facts.sort_by(|a, b| {
            (&a.article, &a.subject, &a.metric, &a.period, &a.unit)
                .cmp(&(&b.article, &b.subject, &b.metric, &b.period, &b.unit))
                .then(a.value.total_cmp(&b.value))
        });
        Ok(graph)
    }

    /// Adds an entity (or returns the node of the entity with the same IRI).
    pub fn add_entity(&mut self, entity: GraphEntity) -> NodeIndex {
        if let Some(node) = self.index.get(&entity.iri) {
            return *node;
        }
        let iri = entity.iri.clone();
        let node = self.graph.add_node(entity);
        self.index.insert(iri, node);
        node
    }

    /// Adds a statement of `from predicate to`: to the edge of that triple
    /// when there is one, else on a new edge.
    pub fn add_relation(
        &mut self,
        from: NodeIndex,
        to: NodeIndex,
        predicate: Predicate,
        evidence: Evidence,
    ) -> EdgeIndex {
        let existing =
            self.graph.edges_connecting(from, to).find(|e| e.weight().predicate == predicate).map(|e| e.id());
        let edge = existing
            .unwrap_or_else(|| self.graph.add_edge(from, to, GraphRelation { predicate, evidence: Vec::new() }));
        let relation = &mut self.graph[edge];
        if !relation.evidence.contains(&evidence) {
            relation.evidence.push(evidence);
        }
        edge
    }

    pub fn entity_count(&self) -> usize {
        self.graph.node_count()
    }

    pub fn relation_count(&self) -> usize {
        self.graph.edge_count()
    }

    /// The node of the entity with this IRI.
    pub(crate) fn node(&self, iri: &str) -> Option<NodeIndex> {
        self.index.get(iri).copied()
    }

    /// The entities named `name` (label or alias; traditional, full-width
    /// or differently cased spellings match too), sorted by label and type.
    pub fn find(&self, name: &str) -> Vec<NodeIndex> {
        let folded = fold_name(name);
        let mut found: Vec<NodeIndex> =
            self.graph.node_indices().filter(|n| self.graph[*n].is_named(&folded)).collect();
        found.sort_by(|a, b| {
            (&self.graph[*a].label, self.graph[*a].kind).cmp(&(&self.graph[*b].label, self.graph[*b].kind))
        });
        found
    }

    /// The entities of the graph, by label then type: a stable order for
    /// every export.
    pub(crate) fn sorted_nodes(&self) -> Vec<NodeIndex> {
        let mut nodes: Vec<NodeIndex> = self.graph.node_indices().collect();
        nodes.sort_by(|a, b| {
            (&self.graph[*a].label, self.graph[*a].kind).cmp(&(&self.graph[*b].label, self.graph[*b].kind))
        });
        nodes
    }

    /// The relations, by subject, predicate and object (in [`Self::sorted_nodes`] order).
    pub(crate) fn sorted_edges(&self) -> Vec<EdgeIndex> {
        let rank: HashMap<NodeIndex, usize> =
            self.sorted_nodes().into_iter().enumerate().map(|(i, n)| (n, i)).collect();
        let mut edges: Vec<EdgeIndex> = self.graph.edge_indices().collect();
        edges.sort_by_key(|e| {
            let (s, o) = self.graph.edge_endpoints(*e).expect("edge of the graph");
            (rank[&s], self.graph[*e].predicate, rank[&o])
        });
        edges
    }

    /// The facts about one entity.
    pub(crate) fn facts_of(&self, node: NodeIndex) -> impl Iterator<Item = &GraphFact> {
        let iri = self.graph[node].iri.clone();
        self.facts.iter().filter(move |f| f.subject == iri)
    }

    /// Keeps what `filter` asks for: first types, predicates and confidence,
    /// then the focus neighbourhood within what is left. (The article was
    /// chosen when reading.)
    pub fn filter(&self, filter: &Filter) -> Result<Self, GraphError> {
        let kept = self.graph.filter_map(
            |_, entity| (filter.types.is_empty() || filter.types.contains(&entity.kind)).then(|| entity.clone()),
            |_, relation| {
                let predicate_ok = filter.predicates.is_empty() || filter.predicates.contains(&relation.predicate);
                let confident = filter.min_confidence.is_none_or(|min| relation.confidence() >= min);
                (predicate_ok && confident).then(|| relation.clone())
            },
        );
        let mut graph = self.with_graph(kept);
        if let Some(name) = &filter.focus {
            let seeds = graph.find(name);
            if seeds.is_empty() {
                let filtered = filter.narrows() && !self.find(name).is_empty();
                return Err(GraphError::UnknownEntity { name: name.clone(), filtered });
            }
            let distance = graph.distances(&seeds);
            let kept = graph.graph.filter_map(
                |n, entity| distance.get(&n).is_some_and(|d| *d <= filter.depth).then(|| entity.clone()),
                |_, relation| Some(relation.clone()),
            );
            graph = graph.with_graph(kept);
        }
        Ok(graph)
    }

    /// Hops from the nearest of `seeds` to every reachable entity, relations
    /// taken in either direction.
    pub(crate) fn distances(&self, seeds: &[NodeIndex]) -> HashMap<NodeIndex, usize> {
        let mut distance: HashMap<NodeIndex, usize> = seeds.iter().map(|s| (*s, 0)).collect();
        let mut queue: VecDeque<NodeIndex> = seeds.iter().copied().collect();
        while let Some(node) = queue.pop_front() {
            let next = distance[&node] + 1;
            for neighbour in self.graph.neighbors_undirected(node) {
                if let std::collections::hash_map::Entry::Vacant(slot) = distance.entry(neighbour) {
                    slot.insert(next);
                    queue.push_back(neighbour);
                }
            }
        }
        distance
    }

    /// Keeps at most `max` entities, grown along relations so that what is
    /// kept stays connected: from `seeds` (the focus) when given, else from
    /// the best connected entity, always adding the best connected neighbour
    /// of what is kept (ties by label); when a component is used up, the
    /// next starts at the best connected entity left. Returns the smaller
    /// graph and what was left out.
    pub fn limit(&self, max: usize, seeds: &[NodeIndex]) -> (Self, Omitted) {
        if self.entity_count() <= max {
            return (self.clone(), Omitted::default());
        }
        let degree = |n: NodeIndex| {
            self.graph.edges_directed(n, Direction::Outgoing).count()
                + self.graph.edges_directed(n, Direction::Incoming).count()
        };
        // Best connected first, then by label.
        let mut order = self.sorted_nodes();
        order.sort_by_key(|n| std::cmp::Reverse(degree(*n)));
        let rank: HashMap<NodeIndex, usize> = order.iter().enumerate().map(|(i, n)| (*n, i)).collect();
        let mut keep: HashSet<NodeIndex> = HashSet::new();
        let mut frontier: BTreeSet<usize> = BTreeSet::new();
        let mut pending: VecDeque<NodeIndex> = seeds.iter().copied().collect();
        let mut next_start = order.iter();
        while keep.len() < max {
            let node = match pending.pop_front() {
                Some(node) => node,
                None => match frontier.pop_first() {
                    Some(r) => order[r],
                    None => match next_start.find(|n| !keep.contains(n)) {
                        Some(node) => *node,
                        None => break,
                    },
                },
            };
            if !keep.insert(node) {
                continue;
            }
            frontier.remove(&rank[&node]);
            for neighbour in self.graph.neighbors_undirected(node) {
                if !keep.contains(&neighbour) {
                    frontier.insert(rank[&neighbour]);
                }
            }
        }
        let mut left_out: Vec<String> =
            order.iter().filter(|n| !keep.contains(n)).map(|n| self.graph[*n].label.clone()).collect();
        left_out.sort();
        let relations = self
            .graph
            .edge_indices()
            .filter(|e| {
                let (s, o) = self.graph.edge_endpoints(*e).expect("edge of the graph");
                !(keep.contains(&s) && keep.contains(&o))
            })
            .count();
        let kept = self.graph.filter_map(|n, entity| keep.contains(&n).then(|| entity.clone()), |_, r| Some(r.clone()));
        (self.with_graph(kept), Omitted { entities: left_out, relations })
    }

    /// The same articles and the facts about the entities of `graph`.
    fn with_graph(&self, graph: DiGraph<GraphEntity, GraphRelation>) -> Self {
        let index: HashMap<String, NodeIndex> = graph.node_indices().map(|n| (graph[n].iri.clone(), n)).collect();
        let facts = self.facts.iter().filter(|f| index.contains_key(&f.subject)).cloned().collect();
        EntityGraph { graph, facts, articles: self.articles.clone(), index }
    }

    /// Counts of entities by type (every type, zeros included).
    pub(crate) fn count_by_type(&self) -> BTreeMap<EntityType, usize> {
        let mut counts: BTreeMap<EntityType, usize> = EntityType::ALL.iter().map(|k| (*k, 0)).collect();
        for node in self.graph.node_weights() {
            *counts.entry(node.kind).or_default() += 1;
        }
        counts
    }

    /// Counts of relations by predicate (every predicate, zeros included).
    pub(crate) fn count_by_predicate(&self) -> BTreeMap<Predicate, usize> {
        let mut counts: BTreeMap<Predicate, usize> = Predicate::ALL.iter().map(|p| (*p, 0)).collect();
        for edge in self.graph.edge_weights() {
            *counts.entry(edge.predicate).or_default() += 1;
        }
        counts
    }
}

/// What [`EntityGraph::limit`] left out.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Omitted {
    /// Labels of the entities left out, sorted.
    pub entities: Vec<String>,
    /// How many relations went with them.
    pub relations: usize,
}

impl Omitted {
    pub fn is_empty(&self) -> bool {
        self.entities.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// a → b → c → d, and e alone; b is a Company, the rest Models.
    pub(crate) fn chain() -> EntityGraph {
        let mut graph = EntityGraph::default();
        let a = graph.add_entity(GraphEntity::new("甲", EntityType::Model));
        let b = graph.add_entity(GraphEntity::new("乙", EntityType::Company));
        let c = graph.add_entity(GraphEntity::new("丙", EntityType::Model));
        let d = graph.add_entity(GraphEntity::new("丁", EntityType::Model));
        graph.add_entity(GraphEntity::new("戊", EntityType::Model));
        graph.add_relation(a, b, Predicate::DevelopedBy, Evidence::new("x.txt", "甲乙。", 0.9));
        graph.add_relation(c, b, Predicate::DevelopedBy, Evidence::new("x.txt", "丙乙。", 0.5));
        graph.add_relation(d, c, Predicate::VariantOf, Evidence::new("y.txt", "丁丙。", 0.7));
        graph
    }

    fn labels(graph: &EntityGraph) -> Vec<String> {
        let mut labels: Vec<String> = graph.graph.node_weights().map(|e| e.label.clone()).collect();
        labels.sort();
        labels
    }

    #[test]
    fn focus_keeps_the_neighbourhood_in_either_direction() {
        let graph = chain();
        let focus = |name: &str, depth| Filter { focus: Some(name.into()), depth, ..Filter::default() };
        assert_eq!(labels(&graph.filter(&focus("乙", 0)).unwrap()), ["乙"]);
        assert_eq!(labels(&graph.filter(&focus("乙", 1)).unwrap()), ["丙", "乙", "甲"]);
        assert_eq!(labels(&graph.filter(&focus("乙", 2)).unwrap()), ["丁", "丙", "乙", "甲"]);
        assert_eq!(graph.filter(&focus("乙", 2)).unwrap().relation_count(), 3);
        assert!(matches!(graph.filter(&focus("己", 1)), Err(GraphError::UnknownEntity { .. })));
    }

    #[test]
    fn filters_by_type_predicate_and_confidence() {
        let graph = chain();
        let models = graph.filter(&Filter { types: vec![EntityType::Model], ..Filter::default() }).unwrap();
        assert_eq!((models.entity_count(), models.relation_count()), (4, 1));
        let confident = graph.filter(&Filter { min_confidence: Some(0.6), ..Filter::default() }).unwrap();
        assert_eq!((confident.entity_count(), confident.relation_count()), (5, 2));
        let variants = graph.filter(&Filter { predicates: vec![Predicate::VariantOf], ..Filter::default() }).unwrap();
        assert_eq!(variants.relation_count(), 1);
        // 乙 is there, but not among the Models.
        let err = graph
            .filter(&Filter { focus: Some("乙".into()), types: vec![EntityType::Model], ..Filter::default() })
            .unwrap_err();
        assert!(err.to_string().contains("among the entities the other filters keep"), "{err}");
    }

    #[test]
    fn one_edge_per_triple_with_all_its_evidence() {
        let mut graph = chain();
        let (a, b) = (graph.find("甲")[0], graph.find("乙")[0]);
        graph.add_relation(a, b, Predicate::DevelopedBy, Evidence::new("y.txt", "又说甲乙。", 0.95));
        graph.add_relation(a, b, Predicate::DevelopedBy, Evidence::new("y.txt", "又说甲乙。", 0.95));
        assert_eq!(graph.relation_count(), 3);
        let edge = graph.graph.find_edge(a, b).unwrap();
        assert_eq!(graph.graph[edge].evidence.len(), 2);
        assert_eq!(graph.graph[edge].confidence(), 0.95);
        assert_eq!(graph.graph[edge].articles().into_iter().collect::<Vec<_>>(), ["x.txt", "y.txt"]);
    }

    #[test]
    fn finds_traditional_spellings_of_labels_and_aliases() {
        let mut graph = EntityGraph::default();
        let mut qwen = GraphEntity::new("通义千问", EntityType::Model);
        qwen.aliases.insert("Qwen".into());
        graph.add_entity(qwen);
        assert_eq!(graph.find("通義千問").len(), 1);
        assert_eq!(graph.find("ＱＷＥＮ").len(), 1);
        assert!(graph.find("千问").is_empty());
    }

    #[test]
    fn limit_keeps_the_best_connected_and_says_what_it_left_out() {
        let graph = chain();
        let (small, omitted) = graph.limit(2, &[]);
        assert_eq!(labels(&small), ["丙", "乙"]);
        assert_eq!(omitted.entities, ["丁", "戊", "甲"]);
        assert_eq!(omitted.relations, 2);
        let near_d = graph.find("丁");
        let (small, _) = graph.limit(2, &near_d);
        assert_eq!(labels(&small), ["丁", "丙"]);
        assert!(graph.limit(5, &[]).1.is_empty());
    }
}
