//! Analytics over the entity graph: counts, degree, PageRank, connected
//! components, articles per entity ([`stats`]) and the shortest path between
//! two entities with the sentence behind each hop ([`shortest_path`]).
//!
//! PageRank follows the relations' direction: relations point from the
//! dependent to what it depends on (a model `developedBy` its maker, a
//! deployment `usesModel` a model, a company `subsidiaryOf` its parent), so
//! the rank goes to the providers many things rest on. Paths and components
//! ignore direction.
//!
//! ```
//! use tupu::graph::{EntityGraph, GraphEntity, Evidence, analytics};
//! use tupu::{EntityType, Predicate};
//!
//! let mut graph = EntityGraph::default();
//! let a = graph.add_entity(GraphEntity::new("西小服", EntityType::Deployment));
//! let b = graph.add_entity(GraphEntity::new("通义千问", EntityType::Model));
//! let c = graph.add_entity(GraphEntity::new("阿里巴巴", EntityType::Company));
//! graph.add_relation(a, b, Predicate::UsesModel, Evidence::new("x.txt", "西小服依托通义千问。", 0.8));
//! graph.add_relation(b, c, Predicate::DevelopedBy, Evidence::new("x.txt", "阿里巴巴的通义千问。", 0.9));
//! let path = analytics::shortest_path(&graph, a, c).unwrap();
//! assert_eq!(path.len(), 2);
//! assert_eq!(path[1].evidence.sentence, "阿里巴巴的通义千问。");
//! assert_eq!(analytics::stats(&graph, 10).components.count, 1);
//! ```

use super::{EntityGraph, Evidence};
use crate::model::{EntityType, Predicate};
use petgraph::graph::NodeIndex;
use petgraph::unionfind::UnionFind;
use petgraph::visit::EdgeRef;
use petgraph::Direction;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap, VecDeque};

/// The damping factor of PageRank (the usual 0.85).
pub(crate) const DAMPING: f64 = 0.85;
/// Power iterations stop when the ranks change by less than this (L1).
const TOLERANCE: f64 = 1e-10;
const MAX_ITERATIONS: usize = 1000;

/// An entity in a ranking.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ranked {
    pub label: String,
    #[serde(rename = "type")]
    pub kind: EntityType,
    pub(crate) iri: String,
    /// Degree (relations in and out), PageRank, or number of articles.
    pub score: f64,
}

/// Connected components (relations taken in either direction).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Components {
    pub count: usize,
    /// Sizes, largest first.
    pub sizes: Vec<usize>,
    /// Entities with no relation at all.
    pub isolated: usize,
}

/// The numbers of `tupu stats`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stats {
    pub articles: usize,
    pub entities: usize,
    pub relations: usize,
    pub facts: usize,
    pub entities_by_type: BTreeMap<EntityType, usize>,
    pub relations_by_predicate: BTreeMap<Predicate, usize>,
    pub top_degree: Vec<Ranked>,
    pub top_pagerank: Vec<Ranked>,
    pub components: Components,
    /// The entities named by the most articles.
    pub top_articles: Vec<Ranked>,
    /// How many entities are named by 1, 2, 3 … articles.
    pub articles_per_entity: BTreeMap<usize, usize>,
}

/// Computes the statistics of `graph`, with the `top` best of each ranking.
pub fn stats(graph: &EntityGraph, top: usize) -> Stats {
    let g = &graph.graph;
    let nodes = graph.sorted_nodes();
    let ranked = |score: &dyn Fn(NodeIndex) -> f64| -> Vec<Ranked> {
        let mut all: Vec<Ranked> = nodes
            .iter()
            .map(|n| Ranked { label: g[*n].label.clone(), kind: g[*n].kind, iri: g[*n].iri.clone(), score: score(*n) })
            .collect();
        // Stable sort: ties keep the label order of `sorted_nodes`.
        all.sort_by(|a, b| b.score.total_cmp(&a.score));
        all.truncate(top);
        all
    };
    let degree = |n: NodeIndex| {
        (g.edges_directed(n, Direction::Outgoing).count() + g.edges_directed(n, Direction::Incoming).count()) as f64
    };
    let ranks = pagerank(graph);
    let mut articles_per_entity = BTreeMap::new();
    for entity in g.node_weights() {
        *articles_per_entity.entry(entity.articles.len()).or_default() += 1;
    }
    Stats {
        articles: graph.articles.len(),
        entities: graph.entity_count(),
        relations: graph.relation_count(),
        facts: graph.facts.len(),
        entities_by_type: graph.count_by_type(),
        relations_by_predicate: graph.count_by_predicate(),
        top_degree: ranked(&degree).into_iter().filter(|r| r.score > 0.0).collect(),
        top_pagerank: ranked(&|n| ranks[n.index()]),
        components: components(graph),
        top_articles: ranked(&|n| g[n].articles.len() as f64),
        articles_per_entity,
    }
}

/// PageRank of every entity (indexed by node index), summing to 1.
///
/// Power iteration over the relations (each edge once, whatever its
/// evidence); an entity with no outgoing relation spreads its rank evenly,
/// as in the usual definition (NetworkX's). petgraph's `page_rank` is not
/// used: it is quadratic in the entities, and it leaves out the random jump
/// from an entity to the ones it links to, so its ranks differ from the
/// textbook ones. This is linear in the relations per iteration.
pub(crate) fn pagerank(graph: &EntityGraph) -> Vec<f64> {
    let g = &graph.graph;
    let n = g.node_count();
    if n == 0 {
        return Vec::new();
    }
    let size = n as f64;
    let out_degree: Vec<usize> = g.node_indices().map(|v| g.edges_directed(v, Direction::Outgoing).count()).collect();
    let mut ranks = vec![1.0 / size; n];
    for _ in 0..MAX_ITERATIONS {
        let dangling: f64 = (0..n).filter(|v| out_degree[*v] == 0).map(|v| ranks[v]).sum();
        let base = (1.0 - DAMPING) / size + DAMPING * dangling / size;
        let mut next = vec![base; n];
        for edge in g.edge_references() {
            let from = edge.source().index();
            next[edge.target().index()] += DAMPING * ranks[from] / out_degree[from] as f64;
        }
        let change: f64 = next.iter().zip(&ranks).map(|(a, b)| (a - b).abs()).sum();
        ranks = next;
        if change < TOLERANCE {
            break;
        }
    }
    ranks
}

fn components(graph: &EntityGraph) -> Components {
    let g = &graph.graph;
    let mut sets = UnionFind::<usize>::new(g.node_count());
    for edge in g.edge_references() {
        sets.union(edge.source().index(), edge.target().index());
    }
    let mut sizes: HashMap<usize, usize> = HashMap::new();
    for v in 0..g.node_count() {
        *sizes.entry(sets.find(v)).or_default() += 1;
    }
    let mut sizes: Vec<usize> = sizes.into_values().collect();
    sizes.sort_by(|a, b| b.cmp(a));
    let isolated = g.node_indices().filter(|v| g.neighbors_undirected(*v).next().is_none()).count();
    Components { count: sizes.len(), sizes, isolated }
}

/// One hop of a path: a relation, walked forwards (from its subject) or
/// backwards.
#[derive(Debug, Clone, PartialEq)]
pub struct Hop {
    pub from: NodeIndex,
    pub to: NodeIndex,
    pub predicate: Predicate,
    /// Whether the relation reads `from predicate to` (else `to predicate from`).
    pub forward: bool,
    /// The most confident statement of the relation.
    pub evidence: Evidence,
}

/// The shortest path from `from` to `to`, relations taken in either
/// direction; `None` when they are not connected. Among hops between the
/// same two entities the most confident relation is shown. An empty path
/// when `from == to`.
pub fn shortest_path(graph: &EntityGraph, from: NodeIndex, to: NodeIndex) -> Option<Vec<Hop>> {
    let g = &graph.graph;
    // Breadth-first, visiting neighbours in label order so that the path
    // found among equally short ones does not depend on insertion order.
    let rank: HashMap<NodeIndex, usize> = graph.sorted_nodes().into_iter().enumerate().map(|(i, n)| (n, i)).collect();
    let mut previous: HashMap<NodeIndex, NodeIndex> = HashMap::new();
    let mut queue = VecDeque::from([from]);
    previous.insert(from, from);
    while let Some(node) = queue.pop_front() {
        if node == to {
            break;
        }
        let mut neighbours: Vec<NodeIndex> = g.neighbors_undirected(node).collect();
        neighbours.sort_by_key(|n| rank[n]);
        neighbours.dedup();
        for next in neighbours {
            if let std::collections::hash_map::Entry::Vacant(slot) = previous.entry(next) {
                slot.insert(node);
                queue.push_back(next);
            }
        }
    }
    if !previous.contains_key(&to) {
        return None;
    }
    let mut nodes = vec![to];
    while *nodes.last().expect("starts with `to`") != from {
        nodes.push(previous[nodes.last().expect("not empty")]);
    }
    nodes.reverse();
    let hops = nodes
        .windows(2)
        .map(|pair| {
            let (a, b) = (pair[0], pair[1]);
            let forward = g.edges_connecting(a, b).map(|e| (e.id(), true));
            let backward = g.edges_connecting(b, a).map(|e| (e.id(), false));
            let (edge, forward) = forward
                .chain(backward)
                .max_by(|x, y| g[x.0].confidence().total_cmp(&g[y.0].confidence()).then(y.0.cmp(&x.0)))
                .expect("consecutive path nodes are linked");
            let relation = &g[edge];
            let evidence = relation
                .evidence
                .iter()
                .max_by(|x, y| x.confidence.total_cmp(&y.confidence).then(y.article.cmp(&x.article)))
                .cloned()
                .unwrap_or_else(|| Evidence::new("", "", 0.0));
            Hop { from: a, to: b, predicate: relation.predicate, forward, evidence }
        })
        .collect();
    Some(hops)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::GraphEntity;

    #[test]
    fn pagerank_of_a_cycle_is_uniform_and_a_sink_gathers_rank() {
        let mut graph = EntityGraph::default();
        let nodes: Vec<NodeIndex> =
            ["甲", "乙", "丙"].iter().map(|l| graph.add_entity(GraphEntity::new(l, EntityType::Model))).collect();
        for i in 0..3 {
            graph.add_relation(nodes[i], nodes[(i + 1) % 3], Predicate::VariantOf, Evidence::new("x", "s", 1.0));
        }
        for rank in pagerank(&graph) {
            assert!((rank - 1.0 / 3.0).abs() < 1e-9, "{rank}");
        }
        // Two leaves point at a sink s, whose rank is spread evenly. By hand:
        // leaf = (1-d)/3 + d·s/3 and s = (1-d)/3 + d·s/3 + 2·d·leaf, so
        // s = leaf·(1 + 2d).
        let mut star = EntityGraph::default();
        let sink = star.add_entity(GraphEntity::new("汇", EntityType::Company));
        for leaf in ["甲", "乙"] {
            let leaf = star.add_entity(GraphEntity::new(leaf, EntityType::Model));
            star.add_relation(leaf, sink, Predicate::DevelopedBy, Evidence::new("x", "s", 1.0));
        }
        let ranks = pagerank(&star);
        assert!((ranks.iter().sum::<f64>() - 1.0).abs() < 1e-9);
        assert!((ranks[0] / ranks[1] - (1.0 + 2.0 * DAMPING)).abs() < 1e-6, "{ranks:?}");
    }

    #[test]
    fn pagerank_is_the_fixed_point_of_the_textbook_equations() {
        // r(v) = (1-d)/n + d·(rank of dangling entities)/n + d·Σ r(u)/out(u) over u → v
        let graph = crate::graph::tests::chain();
        let g = &graph.graph;
        let ranks = pagerank(&graph);
        let n = ranks.len() as f64;
        let out = |v: NodeIndex| g.edges_directed(v, Direction::Outgoing).count();
        let dangling: f64 = g.node_indices().filter(|v| out(*v) == 0).map(|v| ranks[v.index()]).sum();
        for v in g.node_indices() {
            let inflow: f64 = g
                .edges_directed(v, Direction::Incoming)
                .map(|e| ranks[e.source().index()] / out(e.source()) as f64)
                .sum();
            let expected = (1.0 - DAMPING) / n + DAMPING * dangling / n + DAMPING * inflow;
            assert!((ranks[v.index()] - expected).abs() < 1e-9, "{v:?}: {ranks:?}");
        }
    }

    #[test]
    fn stats_of_the_chain() {
        let graph = crate::graph::tests::chain();
        let stats = stats(&graph, 2);
        assert_eq!((stats.entities, stats.relations), (5, 3));
        assert_eq!(stats.entities_by_type[&EntityType::Model], 4);
        assert_eq!(stats.relations_by_predicate[&Predicate::DevelopedBy], 2);
        // 乙 and 丙 have two relations each; ties go by label, and
        // 丙 (U+4E19) sorts before 乙 (U+4E59).
        let top: Vec<&str> = stats.top_degree.iter().map(|r| r.label.as_str()).collect();
        assert_eq!(top, ["丙", "乙"]);
        assert_eq!(stats.top_pagerank[0].label, "乙");
        assert_eq!(stats.components, Components { count: 2, sizes: vec![4, 1], isolated: 1 });
    }

    #[test]
    fn path_walks_relations_backwards_too() {
        let graph = crate::graph::tests::chain();
        let (a, d) = (graph.find("甲")[0], graph.find("丁")[0]);
        let path = shortest_path(&graph, a, d).unwrap();
        let steps: Vec<(&str, Predicate, bool)> =
            path.iter().map(|h| (graph.graph[h.to].label.as_str(), h.predicate, h.forward)).collect();
        assert_eq!(
            steps,
            [
                ("乙", Predicate::DevelopedBy, true),
                ("丙", Predicate::DevelopedBy, false),
                ("丁", Predicate::VariantOf, false)
            ]
        );
        assert_eq!(path[2].evidence.sentence, "丁丙。");
        assert!(shortest_path(&graph, a, graph.find("戊")[0]).is_none());
        assert_eq!(shortest_path(&graph, a, a), Some(vec![]));
    }
}
