//! Graphviz: the entity graph as a DOT model (graphviz-rust's
//! `dot_structures`, printed by its printer), rendered to SVG or PNG by the
//! system `dot`.
//!
//! Each type has its own shape and colour, each edge is labelled with its
//! predicate (and carries its sentence as a tooltip in SVG), and a legend
//! lists the types shown and what `--max-nodes` left out. Text is set in
//! Noto Sans CJK SC so that Chinese labels render (package
//! `fonts-noto-cjk`); Graphviz falls back to another font when it is
//! missing.
//!
//! ```
//! use tupu::graph::{EntityGraph, GraphEntity, Omitted};
//! use tupu::EntityType;
//! let mut graph = EntityGraph::default();
//! graph.add_entity(GraphEntity::new("通义千问", EntityType::Model));
//! let mut dot = Vec::new();
//! tupu::export::dot::write_dot(&graph, &Omitted::default(), &mut dot).unwrap();
//! let dot = String::from_utf8(dot).unwrap();
//! assert!(dot.starts_with("digraph tupu {"));
//! assert!(dot.contains("label=\"通义千问\""));
//! ```

use super::{ExportError, ExportFormat};
use crate::graph::{EntityGraph, Omitted};
use crate::model::EntityType;
use graphviz_rust::cmd::{CommandArg, Format};
use graphviz_rust::dot_structures::{
    Attribute, Edge, EdgeTy, Graph, GraphAttributes, Id, Node, NodeId, Stmt, Subgraph, Vertex,
};
use graphviz_rust::printer::{DotPrinter, PrinterContext};
use std::collections::{BTreeSet, HashMap};
use std::io::{ErrorKind, Write};

/// The font of every label: a CJK font, so that Chinese renders.
pub(crate) const FONT: &str = "Noto Sans CJK SC";

/// How many left-out labels the legend names before "…".
const NAMED_LEFT_OUT: usize = 12;

/// Shape, fill colour and Chinese name of each type.
pub(crate) fn style(kind: EntityType) -> (&'static str, &'static str, &'static str) {
    match kind {
        EntityType::Company => ("box", "#9ecae1", "公司"),
        EntityType::Organization => ("house", "#a1d99b", "机构"),
        EntityType::Model => ("ellipse", "#fdae6b", "模型"),
        EntityType::Product => ("tab", "#fdd0a2", "产品"),
        EntityType::Deployment => ("note", "#dadaeb", "应用落地"),
        EntityType::Person => ("egg", "#fcbba1", "人物"),
        EntityType::Benchmark => ("cylinder", "#d9d9d9", "评测基准"),
        EntityType::Sector => ("hexagon", "#c7e9c0", "行业"),
        EntityType::Place => ("octagon", "#c6dbef", "地点"),
        EntityType::Technology => ("parallelogram", "#fee391", "技术"),
    }
}

/// A quoted DOT string: the printer writes `Id::Escaped` as given.
fn quoted(text: &str) -> Id {
    let mut escaped = String::with_capacity(text.len() + 2);
    escaped.push('"');
    for c in text.chars() {
        match c {
            '"' => escaped.push_str("\\\""),
            '\\' => escaped.push_str("\\\\"),
            '\n' | '\r' => escaped.push(' '),
            c => escaped.push(c),
        }
    }
    escaped.push('"');
    Id::Escaped(escaped)
}

fn attr(name: &str, value: Id) -> Attribute {
    Attribute(Id::Plain(name.to_string()), value)
}

fn plain(value: &str) -> Id {
    Id::Plain(value.to_string())
}

fn node_id(name: &str) -> NodeId {
    NodeId(Id::Plain(name.to_string()), None)
}

/// The Graphviz layout engine (`-K`), written into the DOT as the graph's
/// `layout` attribute so that `dot -Tsvg` on the file uses it too.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Layout {
    /// Layered, left to right (the default).
    #[default]
    Dot,
    /// Spring model.
    Neato,
    /// Force-directed.
    Fdp,
    /// Force-directed, multiscale: for large graphs.
    Sfdp,
    /// Circular.
    Circo,
    /// Radial.
    Twopi,
}

impl Layout {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Layout::Dot => "dot",
            Layout::Neato => "neato",
            Layout::Fdp => "fdp",
            Layout::Sfdp => "sfdp",
            Layout::Circo => "circo",
            Layout::Twopi => "twopi",
        }
    }
}

/// The DOT model of the graph for a layout engine. For `dot` the legend is
/// a cluster of sample nodes; the other engines place cluster members
/// among the graph's own nodes (the frame then encloses real entities), so
/// there it is one node whose label is a table, packed beside the graph.
pub(crate) fn to_dot_with(graph: &EntityGraph, omitted: &Omitted, layout: Layout) -> Graph {
    let g = &graph.graph;
    let font = || quoted(FONT);
    let mut graph_attributes = vec![
        attr("rankdir", plain("LR")),
        attr("fontname", font()),
        attr("overlap", plain("false")),
        attr("splines", plain("true")),
    ];
    if layout != Layout::Dot {
        graph_attributes.push(attr("layout", plain(layout.as_str())));
        graph_attributes.push(attr("pack", plain("true")));
    }
    let mut stmts = vec![
        Stmt::GAttribute(GraphAttributes::Graph(graph_attributes)),
        Stmt::GAttribute(GraphAttributes::Node(vec![
            attr("fontname", font()),
            attr("style", quoted("filled")),
            attr("fontsize", plain("12")),
        ])),
        Stmt::GAttribute(GraphAttributes::Edge(vec![
            attr("fontname", font()),
            attr("fontsize", plain("9")),
            attr("color", quoted("#555555")),
        ])),
    ];
    let mut names = HashMap::new();
    for (i, node) in graph.sorted_nodes().into_iter().enumerate() {
        let name = format!("n{i}");
        let entity = &g[node];
        let (shape, colour, _) = style(entity.kind);
        let mut tooltip = format!("{} ({})", entity.label, entity.kind);
        if !entity.aliases.is_empty() {
            tooltip.push_str(&format!(" 又名 {}", entity.aliases.iter().cloned().collect::<Vec<_>>().join("、")));
        }
        stmts.push(Stmt::Node(Node::new(
            node_id(&name),
            vec![
                attr("label", quoted(&entity.label)),
                attr("shape", plain(shape)),
                attr("fillcolor", quoted(colour)),
                attr("tooltip", quoted(&tooltip)),
            ],
        )));
        names.insert(node, name);
    }
    for edge in graph.sorted_edges() {
        let (s, o) = g.edge_endpoints(edge).expect("edge of the graph");
        let relation = &g[edge];
        let mut attributes = vec![attr("label", quoted(relation.predicate.as_str()))];
        if let Some(evidence) = relation.evidence.first() {
            attributes.push(attr("tooltip", quoted(&format!("{}: {}", evidence.article, evidence.sentence))));
        }
        if relation.predicate.is_symmetric() {
            attributes.push(attr("dir", plain("both")));
        }
        stmts.push(Stmt::Edge(Edge {
            ty: EdgeTy::Pair(Vertex::N(node_id(&names[&s])), Vertex::N(node_id(&names[&o]))),
            attributes,
        }));
    }
    if layout == Layout::Dot {
        stmts.push(Stmt::Subgraph(legend(graph, omitted)));
    } else {
        stmts.push(Stmt::Node(legend_node(graph, omitted)));
    }
    Graph::DiGraph { id: plain("tupu"), strict: false, stmts }
}

/// The legend: one sample node per type shown, and a note of what was left out.
fn legend(graph: &EntityGraph, omitted: &Omitted) -> Subgraph {
    let kinds: BTreeSet<EntityType> = graph.graph.node_weights().map(|e| e.kind).collect();
    let mut stmts = vec![Stmt::GAttribute(GraphAttributes::Graph(vec![
        attr("label", quoted("图例 Legend")),
        attr("style", quoted("rounded")),
        attr("color", quoted("#999999")),
    ]))];
    let mut previous: Option<String> = None;
    for kind in kinds {
        let (shape, colour, chinese) = style(kind);
        let name = format!("legend_{}", kind.as_str());
        stmts.push(Stmt::Node(Node::new(
            node_id(&name),
            vec![
                attr("label", quoted(&format!("{chinese} {kind}"))),
                attr("shape", plain(shape)),
                attr("fillcolor", quoted(colour)),
            ],
        )));
        // Invisible edges keep the legend a column.
        if let Some(previous) = previous.replace(name.clone()) {
            stmts.push(Stmt::Edge(Edge {
                ty: EdgeTy::Pair(Vertex::N(node_id(&previous)), Vertex::N(node_id(&name))),
                attributes: vec![attr("style", plain("invis"))],
            }));
        }
    }
    if let Some(note) = omitted_note(omitted) {
        stmts.push(Stmt::Node(Node::new(
            node_id("legend_omitted"),
            vec![
                attr("label", Id::Escaped(format!("\"{}\"", note.replace('"', "\\\"").replace('\n', "\\n")))),
                attr("shape", plain("plaintext")),
                attr("style", quoted("")),
            ],
        )));
    }
    Subgraph { id: plain("cluster_legend"), stmts }
}

/// The note of what `--max-nodes` left out, if anything was.
fn omitted_note(omitted: &Omitted) -> Option<String> {
    if omitted.is_empty() {
        return None;
    }
    let mut named: Vec<&str> = omitted.entities.iter().take(NAMED_LEFT_OUT).map(String::as_str).collect();
    if omitted.entities.len() > NAMED_LEFT_OUT {
        named.push("…");
    }
    Some(format!(
        "未显示 {} 个实体、{} 条关系 (--max-nodes):\n{}",
        omitted.entities.len(),
        omitted.relations,
        named.join("、")
    ))
}

/// Text for a Graphviz HTML-like label.
fn html_text(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The legend as one node (for the engines other than `dot`): a table of
/// the types shown, each in its colour, and the note of what was left out.
fn legend_node(graph: &EntityGraph, omitted: &Omitted) -> Node {
    let kinds: BTreeSet<EntityType> = graph.graph.node_weights().map(|e| e.kind).collect();
    let mut table = String::from(
        "<<TABLE BORDER=\"1\" COLOR=\"#999999\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"3\">\
         <TR><TD COLSPAN=\"2\">图例 Legend</TD></TR>",
    );
    for kind in kinds {
        let (_, colour, chinese) = style(kind);
        table.push_str(&format!("<TR><TD BGCOLOR=\"{colour}\">{chinese}</TD><TD ALIGN=\"LEFT\">{kind}</TD></TR>"));
    }
    if let Some(note) = omitted_note(omitted) {
        let lines: Vec<String> = note.lines().map(html_text).collect();
        table.push_str(&format!(
            "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\">{}</TD></TR>",
            lines.join("<BR ALIGN=\"LEFT\"/>")
        ));
    }
    table.push_str("</TABLE>>");
    Node::new(
        node_id("legend"),
        vec![attr("label", Id::Html(table)), attr("shape", plain("plain")), attr("style", quoted(""))],
    )
}

/// Writes the DOT source.
pub fn write_dot(graph: &EntityGraph, omitted: &Omitted, out: impl Write) -> Result<(), ExportError> {
    write_dot_with(graph, omitted, Layout::Dot, out)
}

/// Writes the DOT source for a layout engine.
pub(crate) fn write_dot_with(
    graph: &EntityGraph,
    omitted: &Omitted,
    layout: Layout,
    mut out: impl Write,
) -> Result<(), ExportError> {
    let text = to_dot_with(graph, omitted, layout).print(&mut PrinterContext::default());
    out.write_all(text.as_bytes())?;
    out.write_all(b"\n")?;
    Ok(())
}

/// Renders SVG or PNG with the system `dot` and a layout engine.
pub(crate) fn render_with(
    graph: &EntityGraph,
    omitted: &Omitted,
    layout: Layout,
    format: ExportFormat,
    mut out: impl Write,
) -> Result<(), ExportError> {
    let target = match format {
        ExportFormat::Png => Format::Png,
        _ => Format::Svg,
    };
    let dot = to_dot_with(graph, omitted, layout);
    let bytes =
        graphviz_rust::exec(dot, &mut PrinterContext::default(), vec![CommandArg::Format(target)]).map_err(|err| {
            if err.kind() == ErrorKind::NotFound {
                ExportError::DotMissing { format }
            } else {
                ExportError::Dot(err.to_string().trim().to_string())
            }
        })?;
    out.write_all(&bytes)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::{Evidence, GraphEntity};
    use crate::model::Predicate;

    #[test]
    fn quotes_and_backslashes_are_escaped() {
        assert_eq!(quoted(r#"a"b\c"#), Id::Escaped(r#""a\"b\\c""#.to_string()));
    }

    #[test]
    fn dot_has_nodes_edges_legend_and_note() {
        let mut graph = EntityGraph::default();
        let a = graph.add_entity(GraphEntity::new("西小服", EntityType::Deployment));
        let b = graph.add_entity(GraphEntity::new("通义千问", EntityType::Model));
        graph.add_relation(a, b, Predicate::UsesModel, Evidence::new("x.txt", "西小服依托\"通义千问\"。", 0.8));
        let omitted = Omitted { entities: vec!["阿里巴巴".into()], relations: 1 };
        let mut out = Vec::new();
        write_dot(&graph, &omitted, &mut out).unwrap();
        let dot = String::from_utf8(out).unwrap();
        let parsed = graphviz_rust::parse(&dot).expect("the printed DOT parses");
        let Graph::DiGraph { stmts, .. } = parsed else { panic!("not a digraph") };
        let nodes = stmts.iter().filter(|s| matches!(s, Stmt::Node(_))).count();
        let edges = stmts.iter().filter(|s| matches!(s, Stmt::Edge(_))).count();
        assert_eq!((nodes, edges), (2, 1), "{dot}");
        assert!(dot.contains("label=usesModel") || dot.contains("label=\"usesModel\""), "{dot}");
        assert!(dot.contains("legend_Deployment") && dot.contains("legend_Model"), "{dot}");
        assert!(dot.contains("未显示 1 个实体、1 条关系"), "{dot}");
    }
}
