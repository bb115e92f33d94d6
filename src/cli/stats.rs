//! `tupu stats`: counts, rankings and components of the entity graph.

use super::graph_args::GraphArgs;
use super::ExitStatus;
use std::io::Write;
use tupu::graph::analytics::{stats, Ranked, Stats};
use tupu::graph::{EntityGraph, Filter};
use tupu::store::Store;
use unicode_width::UnicodeWidthStr;

/// Statistics of the knowledge graph (what the ingested articles say):
/// entities by type, relations by predicate, the top entities by degree
/// (relations in and out) and by PageRank (rank flows along relations, from
/// a model to its maker, a deployment to its model: providers rank high),
/// connected components, and how many articles name each entity.
///
/// The filters of `tupu export` (--types, --predicates, --min-confidence,
/// --graph) narrow the graph first.
///
/// Example: tupu stats --top 5
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  tupu stats\n  tupu stats --format json --top 20\n  tupu stats --types Company,Model --graph a1_bigtech_cloud.txt"
)]
pub struct Args {
    /// Output format.
    #[arg(long, value_enum, default_value = "table")]
    format: Format,
    /// How many entities each ranking lists.
    #[arg(long, value_name = "N", default_value_t = 10)]
    top: usize,
    #[command(flatten)]
    graph: GraphArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    /// Sections of aligned columns, for reading.
    Table,
    /// One JSON object.
    Json,
}

pub fn run(args: Args) -> anyhow::Result<ExitStatus> {
    let store = Store::open_existing(&args.graph.store)?;
    let filter: Filter = args.graph.filter();
    let graph = EntityGraph::load(&store, &filter)?;
    let stats = stats(&graph, args.top);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match args.format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &stats)?;
            writeln!(out)?;
        }
        Format::Table => write_table(&stats, &mut out)?,
    }
    out.flush()?;
    Ok(ExitStatus::Success)
}

fn write_table(stats: &Stats, out: &mut impl Write) -> std::io::Result<()> {
    writeln!(
        out,
        "{} articles, {} entities, {} relations, {} facts",
        stats.articles, stats.entities, stats.relations, stats.facts
    )?;
    let counts = |out: &mut dyn Write, title: &str, rows: Vec<(String, usize)>| -> std::io::Result<()> {
        writeln!(out, "\n{title}")?;
        let width = rows.iter().map(|(k, _)| k.width()).max().unwrap_or(0);
        for (key, n) in rows.into_iter().filter(|(_, n)| *n > 0) {
            writeln!(out, "  {key}{}  {n:>5}", " ".repeat(width - key.width()))?;
        }
        Ok(())
    };
    counts(out, "Entities by type", stats.entities_by_type.iter().map(|(k, n)| (k.to_string(), *n)).collect())?;
    counts(
        out,
        "Relations by predicate",
        stats.relations_by_predicate.iter().map(|(k, n)| (k.to_string(), *n)).collect(),
    )?;
    ranking(out, "Top entities by degree", &stats.top_degree, |s| format!("{s:.0}"))?;
    ranking(out, "Top entities by PageRank", &stats.top_pagerank, |s| format!("{s:.4}"))?;
    let c = &stats.components;
    writeln!(out, "\nConnected components")?;
    let sizes: Vec<String> = c.sizes.iter().take(10).map(usize::to_string).collect();
    writeln!(
        out,
        "  {} components; sizes {}{}; {} entities without relations",
        c.count,
        sizes.join(", "),
        if c.sizes.len() > 10 { ", …" } else { "" },
        c.isolated
    )?;
    ranking(out, "Entities named by the most articles", &stats.top_articles, |s| format!("{s:.0}"))?;
    writeln!(out, "\nArticles per entity")?;
    for (articles, entities) in &stats.articles_per_entity {
        writeln!(out, "  {articles:>3} article{}  {entities:>5} entities", if *articles == 1 { " " } else { "s" })?;
    }
    Ok(())
}

fn ranking(out: &mut impl Write, title: &str, rows: &[Ranked], score: impl Fn(f64) -> String) -> std::io::Result<()> {
    writeln!(out, "\n{title}")?;
    let width = rows.iter().map(|r| r.label.width()).max().unwrap_or(0);
    for (i, row) in rows.iter().enumerate() {
        writeln!(
            out,
            "  {:>2}. {}{}  {:<12}  {}",
            i + 1,
            row.label,
            " ".repeat(width - row.label.width()),
            row.kind.as_str(),
            score(row.score)
        )?;
    }
    Ok(())
}
