//! GraphML with typed attributes, as NetworkX (`read_graphml`), Gephi and
//! yEd read it: one `<node>` per entity, one `<edge>` per relation.
//!
//! Node keys: `label`, `type`, `iri` (strings), `aliases` (`;`-separated)
//! and `articles` (int, how many articles name it). Edge keys: `predicate`,
//! `sentence` (the most confident statement's) and `article_list` (strings),
//! `confidence` (double), `articles` (int). Relations between the same two
//! entities with different predicates are parallel edges, so NetworkX reads
//! such a graph as a `MultiDiGraph`.
//!
//! ```
//! use tupu::graph::{EntityGraph, GraphEntity};
//! use tupu::EntityType;
//! let mut graph = EntityGraph::default();
//! graph.add_entity(GraphEntity::new("通义千问", EntityType::Model));
//! let mut out = Vec::new();
//! tupu::export::graphml::write(&graph, &mut out).unwrap();
//! let xml = String::from_utf8(out).unwrap();
//! assert!(xml.contains("<data key=\"label\">通义千问</data>"));
//! ```

use crate::graph::EntityGraph;
use quick_xml::events::{BytesDecl, BytesText, Event};
use quick_xml::Writer;
use std::collections::HashMap;
use std::io::{self, Write};

const NAMESPACE: &str = "http://graphml.graphdrawing.org/xmlns";

/// (id, for, attr.type) of every key.
const KEYS: &[(&str, &str, &str)] = &[
    ("label", "node", "string"),
    ("type", "node", "string"),
    ("iri", "node", "string"),
    ("aliases", "node", "string"),
    ("articles", "node", "int"),
    ("predicate", "edge", "string"),
    ("confidence", "edge", "double"),
    ("articles_e", "edge", "int"),
    ("article_list", "edge", "string"),
    ("sentence", "edge", "string"),
];

/// Writes the graph as GraphML.
pub fn write(graph: &EntityGraph, out: impl Write) -> io::Result<()> {
    let g = &graph.graph;
    let mut xml = Writer::new_with_indent(out, b' ', 2);
    xml.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    xml.create_element("graphml").with_attribute(("xmlns", NAMESPACE)).write_inner_content(|xml| {
        for (id, domain, kind) in KEYS {
            // The edge count of articles shares the name `articles` with the node's.
            let name = if *id == "articles_e" { "articles" } else { id };
            xml.create_element("key")
                .with_attributes([("id", *id), ("for", *domain), ("attr.name", name), ("attr.type", *kind)])
                .write_empty()?;
        }
        xml.create_element("graph")
            .with_attributes([("id", "tupu"), ("edgedefault", "directed")])
            .write_inner_content(|xml| {
                let mut names = HashMap::new();
                for (i, node) in graph.sorted_nodes().into_iter().enumerate() {
                    let name = format!("n{i}");
                    let entity = &g[node];
                    xml.create_element("node").with_attribute(("id", name.as_str())).write_inner_content(|xml| {
                        data(xml, "label", &entity.label)?;
                        data(xml, "type", entity.kind.as_str())?;
                        data(xml, "iri", &entity.iri)?;
                        data(xml, "aliases", &entity.aliases.iter().cloned().collect::<Vec<_>>().join(";"))?;
                        data(xml, "articles", &entity.articles.len().to_string())
                    })?;
                    names.insert(node, name);
                }
                for (i, edge) in graph.sorted_edges().into_iter().enumerate() {
                    let (s, o) = g.edge_endpoints(edge).expect("edge of the graph");
                    let relation = &g[edge];
                    let id = format!("e{i}");
                    xml.create_element("edge")
                        .with_attributes([
                            ("id", id.as_str()),
                            ("source", names[&s].as_str()),
                            ("target", names[&o].as_str()),
                        ])
                        .write_inner_content(|xml| {
                            let articles = relation.articles();
                            let best = relation.evidence.iter().max_by(|a, b| a.confidence.total_cmp(&b.confidence));
                            data(xml, "predicate", relation.predicate.as_str())?;
                            data(xml, "confidence", &relation.confidence().to_string())?;
                            data(xml, "articles_e", &articles.len().to_string())?;
                            data(xml, "article_list", &articles.into_iter().collect::<Vec<_>>().join(";"))?;
                            data(xml, "sentence", best.map_or("", |e| e.sentence.as_str()))
                        })?;
                }
                Ok(())
            })?;
        Ok(())
    })?;
    xml.into_inner().write_all(b"\n")
}

fn data<W: Write>(xml: &mut Writer<W>, key: &str, value: &str) -> io::Result<()> {
    xml.create_element("data").with_attribute(("key", key)).write_text_content(BytesText::new(value))?;
    Ok(())
}
