//! `tupu export`: the graph in Graphviz, Neo4j, NetworkX/Gephi, pandas and
//! RDF formats.

use super::graph_args::GraphArgs;
use super::ExitStatus;
use anyhow::{bail, Context};
use std::io::{BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use tupu::export::dot::Layout;
use tupu::export::{self, ExportError, ExportFormat};
use tupu::graph::{EntityGraph, Filter};
use tupu::store::Store;

/// Export the knowledge graph (what the ingested articles say) for other
/// tools: Graphviz (dot, svg, png), GraphML for NetworkX and Gephi, CSV for
/// `neo4j-admin database import`, JSON Lines for pandas and polars, and RDF
/// (N-Quads and TriG with the named graphs, Turtle, JSON-LD).
///
/// The format is guessed from -o's extension (.dot .svg .png .graphml .jsonl
/// .nq .trig .ttl .jsonld); it is required for stdout. CSV writes a
/// directory: -o DIR --format csv. SVG and PNG need Graphviz's `dot`.
///
/// Filters apply to every format: --focus keeps the entities within
/// --depth relations of an entity (label or alias, simplified or
/// traditional); --types, --predicates, --min-confidence and --graph narrow
/// further. Large graphs: --max-nodes keeps a connected part around the
/// focus or the best connected entity, and says what it left out.
///
/// Example: tupu export --focus 通义千问 --depth 2 -o qwen.svg
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  tupu export -o graph.svg --max-nodes 80\n  tupu export -o graph.svg --layout sfdp\n  tupu export --focus 通義千問 --depth 2 --format dot | dot -Tpng -o qwen.png\n  tupu export --format csv -o neo4j/\n  tupu export -o graph.graphml --types Company,Model\n  tupu export --format nquads --graph b1_gov_services.txt"
)]
pub struct Args {
    /// Output format [default: from -o's extension].
    #[arg(long, value_enum, value_name = "FORMAT")]
    format: Option<ExportFormat>,
    /// Write to PATH (a directory for csv) instead of stdout.
    #[arg(short = 'o', long = "output", value_name = "PATH")]
    output: Option<PathBuf>,
    /// Keep the neighbourhood of this entity (label or alias).
    #[arg(long, value_name = "ENTITY")]
    focus: Option<String>,
    /// How many relations away from --focus to go.
    #[arg(long, value_name = "N", default_value_t = 1, requires = "focus")]
    depth: usize,
    /// Keep at most N entities, grown from the focus (or the best connected
    /// entity) along relations, best connected first; what is left out is
    /// named on stderr (and in the legend of dot, svg and png).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    max_nodes: Option<u64>,
    /// Graphviz layout engine for dot, svg and png: dot (layered), neato,
    /// fdp, sfdp (large graphs), circo, twopi. Other than dot, the legend
    /// is one table node beside the graph.
    #[arg(long, value_enum, value_name = "ENGINE", default_value = "dot")]
    layout: Layout,
    #[command(flatten)]
    graph: GraphArgs,
}

pub fn run(args: Args) -> anyhow::Result<ExitStatus> {
    let guessed = args
        .output
        .as_ref()
        .and_then(|o| o.extension())
        .and_then(|e| ExportFormat::from_extension(&e.to_string_lossy()));
    let format = match (args.format, guessed, &args.output) {
        (Some(format), _, _) => format,
        (None, Some(format), _) => format,
        (None, None, Some(output)) => {
            bail!("cannot tell the format from `{}`: give --format (dot, svg, png, graphml, csv, jsonld, nquads, trig, turtle, jsonl)", output.display())
        }
        (None, None, None) => {
            bail!("give --format when writing to stdout, or -o FILE with a known extension")
        }
    };
    if format == ExportFormat::Csv && args.output.is_none() {
        return Err(ExportError::CsvNeedsDirectory.into());
    }
    if format.is_binary() && args.output.is_none() && std::io::stdout().is_terminal() {
        bail!("{format} is binary: write it with -o FILE or redirect stdout");
    }

    if matches!(format, ExportFormat::Svg | ExportFormat::Png) && !chinese_font_installed() {
        eprintln!(
            "tupu: warning: fontconfig knows no font for Chinese (`fc-list :lang=zh` is empty): Chinese labels will \
             render as empty boxes; install one (`apt-get install fonts-noto-cjk`)"
        );
    }

    let store = Store::open_existing(&args.graph.store)?;
    let filter = Filter { focus: args.focus.clone(), depth: args.depth, ..args.graph.filter() };
    let full = EntityGraph::load(&store, &filter)?;
    let (graph, omitted) = match args.max_nodes {
        Some(max) => {
            let seeds = args.focus.as_deref().map(|name| full.find(name)).unwrap_or_default();
            full.limit(usize::try_from(max).unwrap_or(usize::MAX), &seeds)
        }
        None => (full, Default::default()),
    };
    if !omitted.is_empty() {
        let mut named: Vec<&str> = omitted.entities.iter().take(20).map(String::as_str).collect();
        if omitted.entities.len() > 20 {
            named.push("…");
        }
        eprintln!(
            "tupu: --max-nodes kept {} entities and left out {} entities and {} relations: {}",
            graph.entity_count(),
            omitted.entities.len(),
            omitted.relations,
            named.join("、")
        );
    }
    let narrowed = filter.narrows() || !omitted.is_empty();

    match (&args.output, format) {
        (Some(dir), ExportFormat::Csv) => {
            let mut files = export::csv::write_dir(&graph, dir)?;
            files.push(export::csv::write_figures(&export::consolidated(&store, &graph)?, dir)?);
            let names: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
            eprintln!("tupu: wrote {}", names.join(", "));
        }
        (Some(path), format) => {
            if matches!(format, ExportFormat::Svg | ExportFormat::Png) {
                // Rendered in memory first, so that a missing or failing
                // `dot` leaves no empty file behind.
                let mut bytes = Vec::new();
                export::write_laid_out(format, &store, &graph, &omitted, narrowed, args.layout, &mut bytes)?;
                std::fs::write(path, bytes).with_context(|| format!("writing {}", path.display()))?;
            } else {
                let file = std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?;
                export::write_laid_out(format, &store, &graph, &omitted, narrowed, args.layout, BufWriter::new(file))
                    .with_context(|| format!("writing {}", path.display()))?;
            }
            eprintln!(
                "tupu: wrote {} ({} entities, {} relations)",
                path.display(),
                graph.entity_count(),
                graph.relation_count()
            );
        }
        (None, format) => {
            let stdout = std::io::stdout();
            let mut out = BufWriter::new(stdout.lock());
            let written = export::write_laid_out(format, &store, &graph, &omitted, narrowed, args.layout, &mut out)
                .and_then(|()| Ok(out.flush()?));
            match written {
                Err(ExportError::Io(err)) if err.kind() == std::io::ErrorKind::BrokenPipe => {
                    return Ok(ExitStatus::Success)
                }
                other => other?,
            }
        }
    }
    if graph.entity_count() == 0 {
        eprintln!("tupu: the graph is empty (no article in the store, or the filters keep nothing)");
    }
    Ok(ExitStatus::Success)
}

/// Whether fontconfig (which Graphviz uses) has a font that covers Chinese;
/// `true` when that cannot be told (no `fc-list`).
fn chinese_font_installed() -> bool {
    match std::process::Command::new("fc-list").args([":lang=zh", "family"]).output() {
        Ok(output) if output.status.success() => !output.stdout.iter().all(u8::is_ascii_whitespace),
        _ => true,
    }
}
