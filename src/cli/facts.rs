//! `tupu facts`: the figures of the graph, consolidated over articles.

use super::ExitStatus;
use std::io::{BufWriter, Write};
use std::path::PathBuf;
use tupu::facts::{self, FactsError, FactsFormat, Selection};
use tupu::store::{Store, DEFAULT_PATH};

/// Print the figures of the graph consolidated over articles: one row per
/// entity, metric, unit and period, with the value most articles give
/// (ties: the most confident), how many articles give a figure, their
/// earliest and latest dateline, and the other values when articles
/// disagree.
///
/// Values within 1 % of each other are one value. Only facts count:
/// forecasts and hedged figures (计划, 预计 …) are left out, so they never
/// contradict a fact. A figure with no period is its own row.
///
/// --conflicts lists only the contradictions: the same entity, metric,
/// unit and period, and two articles with values more than 1 % apart (one
/// gives a value the other does not, and the other one the first does
/// not; several values from one article are not a contradiction), each
/// value with its articles and sentences. Undated figures contradict each
/// other only for metrics that do not change (parameters).
///
/// --format csv and json are for pandas and spreadsheets
/// (`pandas.read_csv`, `pandas.json_normalize`).
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  tupu facts\n  tupu facts --entity 豆包 --metric dailyActiveUsers\n  tupu facts --conflicts\n  tupu facts --format csv > figures.csv"
)]
pub struct Args {
    /// Only figures about this entity (label or alias, simplified or traditional).
    #[arg(long, value_name = "NAME")]
    entity: Option<String>,
    /// Only this metric (camelCase, as in the ontology: dailyActiveUsers,
    /// marketShare, revenue …; see `tupu query 'SELECT ?m WHERE { ?m a tupu:Metric }'`).
    #[arg(long, value_name = "METRIC")]
    metric: Option<String>,
    /// List only contradictions, with each value's articles and sentences.
    #[arg(long)]
    conflicts: bool,
    /// Output format.
    #[arg(long, value_enum, value_name = "FORMAT", default_value = "table")]
    format: FactsFormat,
    /// The store directory; it must exist (see `tupu ingest`).
    #[arg(long, value_name = "DIR", default_value = DEFAULT_PATH)]
    store: PathBuf,
}

pub fn run(args: Args) -> anyhow::Result<ExitStatus> {
    if let Some(metric) = &args.metric {
        if tupu::metric::canonical(metric) != metric {
            let names: Vec<&str> = tupu::metric::METRICS.iter().map(|m| m.name).collect();
            anyhow::bail!("unknown metric `{metric}`; the metrics are {}", names.join(", "));
        }
    }
    let store = Store::open_read_only(&args.store)?;
    let selection = Selection { entity: args.entity.clone(), metric: args.metric.clone(), subject: None };
    let figures = facts::consolidate(facts::load(&store, &selection)?);
    if figures.is_empty() {
        if let Some(entity) = &args.entity {
            eprintln!("tupu: no figures about `{entity}` in {}", args.store.display());
        }
    }
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let result = if args.conflicts {
        facts::write_conflicts(&figures, args.format, &mut out)
    } else {
        facts::write_table(&figures, args.format, &mut out)
    };
    match result.and_then(|()| Ok(out.flush()?)) {
        Ok(()) => {}
        Err(FactsError::Io(err)) if err.kind() == std::io::ErrorKind::BrokenPipe => {}
        Err(FactsError::Csv(err)) if matches!(err.kind(), csv::ErrorKind::Io(io) if io.kind() == std::io::ErrorKind::BrokenPipe) =>
            {}
        Err(err) => return Err(err.into()),
    }
    if args.conflicts && args.format == FactsFormat::Table {
        let n = figures.iter().filter(|f| f.is_conflict()).count();
        eprintln!("{n} conflicting figure{} of {}", if n == 1 { "" } else { "s" }, figures.len());
    }
    Ok(ExitStatus::Success)
}
