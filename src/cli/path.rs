//! `tupu path`: the shortest chain of relations between two entities.

use super::graph_args::GraphArgs;
use super::ExitStatus;
use anyhow::bail;
use serde::Serialize;
use std::io::Write;
use tupu::graph::analytics::{shortest_path, Hop};
use tupu::graph::{EntityGraph, GraphError};
use tupu::store::Store;

/// The shortest path between two entities (labels or aliases, simplified or
/// traditional), relations taken in either direction, each hop with the
/// sentence and article it was read from.
///
/// Exits with 1 when the two are not connected. The filters of `tupu
/// export` (--types, --predicates, --min-confidence, --graph) narrow the
/// graph first.
///
/// Example: tupu path 西小服 阿里巴巴
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  tupu path 西小服 阿里巴巴\n  tupu path DeepSeek 華為 --format json\n  tupu path 文心一言 通义千问 --predicates developedBy,subsidiaryOf,partnerOf"
)]
pub struct Args {
    /// Where the path starts.
    #[arg(value_name = "FROM")]
    from: String,
    /// Where it ends.
    #[arg(value_name = "TO")]
    to: String,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
    #[command(flatten)]
    graph: GraphArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    /// One line per hop, then its sentence.
    Text,
    /// One JSON object.
    Json,
}

#[derive(Serialize)]
struct PathOut<'a> {
    from: &'a str,
    to: &'a str,
    hops: Vec<HopOut<'a>>,
}

#[derive(Serialize)]
struct HopOut<'a> {
    /// The relation as stated: subject predicate object.
    subject: &'a str,
    predicate: &'a str,
    object: &'a str,
    confidence: f64,
    article: &'a str,
    sentence: &'a str,
}

pub fn run(args: Args) -> anyhow::Result<ExitStatus> {
    let store = Store::open_existing(&args.graph.store)?;
    let graph = EntityGraph::load(&store, &args.graph.filter())?;
    let find = |name: &str| {
        let found = graph.find(name);
        if found.is_empty() {
            return Err(GraphError::UnknownEntity { name: name.to_string(), filtered: false });
        }
        Ok(found)
    };
    let (starts, ends) = (find(&args.from)?, find(&args.to)?);
    // A name may stand for several entities (豆包 the model and the app):
    // the shortest path between any of them wins.
    let best: Option<Vec<Hop>> = starts
        .iter()
        .flat_map(|a| ends.iter().map(move |b| (*a, *b)))
        .filter_map(|(a, b)| shortest_path(&graph, a, b))
        .min_by_key(Vec::len);
    let Some(hops) = best else {
        eprintln!("tupu: no path between {} and {}", args.from, args.to);
        return Ok(ExitStatus::Failure);
    };
    let g = &graph.graph;
    let (first, last) = match (hops.first(), hops.last()) {
        (Some(first), Some(last)) => (&g[first.from], &g[last.to]),
        _ => bail!("{} and {} are the same entity", args.from, args.to),
    };
    let rows: Vec<HopOut> = hops
        .iter()
        .map(|hop| {
            let (subject, object) = if hop.forward { (hop.from, hop.to) } else { (hop.to, hop.from) };
            HopOut {
                subject: &g[subject].label,
                predicate: hop.predicate.as_str(),
                object: &g[object].label,
                confidence: hop.evidence.confidence,
                article: &hop.evidence.article,
                sentence: &hop.evidence.sentence,
            }
        })
        .collect();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match args.format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &PathOut { from: &first.label, to: &last.label, hops: rows })?;
            writeln!(out)?;
        }
        Format::Text => {
            let n = rows.len();
            writeln!(
                out,
                "{} ({}) → {} ({}): {n} hop{}",
                first.label,
                first.kind,
                last.label,
                last.kind,
                if n == 1 { "" } else { "s" }
            )?;
            for (i, row) in rows.iter().enumerate() {
                writeln!(out, "{}. {} —{}→ {}", i + 1, row.subject, row.predicate, row.object)?;
                writeln!(out, "   {}: {}", row.article, row.sentence)?;
            }
        }
    }
    out.flush()?;
    Ok(ExitStatus::Success)
}
