//! `tupu validate`: the store against the SHACL shapes.

use super::ExitStatus;
use anyhow::Context;
use std::io::{BufWriter, Write};
use std::path::PathBuf;
use tupu::store::{Store, DEFAULT_PATH, ONTOLOGY_TTL};
use tupu::validate::{Severity, Shapes};

/// Check the knowledge graph against the SHACL shapes of the ontology.
///
/// Every constraint of ontology/shapes.ttl (domains and ranges of the
/// relations, the shape of figures, articles, statements, spans and
/// sentences, and that every entity has a mention, every relation a
/// statement and every figure its evidence) is checked
/// over the union of the store's graphs. Results are listed on stdout, one
/// per line, with the graphs they were found in; the exit code is 1 when
/// there is any violation.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The store directory; it must exist (see `tupu ingest`).
    #[arg(long, value_name = "DIR", default_value = DEFAULT_PATH)]
    store: PathBuf,
    /// Validate against this shapes file (Turtle) instead of the bundled
    /// ontology/shapes.ttl.
    #[arg(long, value_name = "FILE")]
    shapes: Option<PathBuf>,
    /// Print the SPARQL query generated for each constraint, and exit.
    #[arg(long)]
    print_queries: bool,
}

pub fn run(args: Args) -> anyhow::Result<ExitStatus> {
    let shapes = match &args.shapes {
        Some(path) => {
            let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
            Shapes::parse(&text, ONTOLOGY_TTL).with_context(|| format!("compiling {}", path.display()))?
        }
        None => Shapes::bundled().context("compiling the bundled shapes")?,
    };
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    if args.print_queries {
        for query in shapes.queries() {
            writeln!(out, "{query}\n")?;
        }
        out.flush()?;
        return Ok(ExitStatus::Success);
    }

    let store = Store::open_read_only(&args.store)?;
    let results = shapes.validate(&store)?;
    for result in &results {
        writeln!(out, "{result}")?;
    }
    out.flush()?;
    let violations = results.iter().filter(|r| r.severity == Severity::Violation).count();
    let others = results.len() - violations;
    if violations == 0 {
        eprintln!(
            "tupu: store {} conforms to the shapes ({} checks{})",
            args.store.display(),
            shapes.len(),
            if others > 0 { format!(", {others} warnings") } else { String::new() }
        );
        Ok(ExitStatus::Success)
    } else {
        eprintln!(
            "tupu: store {}: {violations} violation{}{} ({} checks)",
            args.store.display(),
            if violations == 1 { "" } else { "s" },
            if others > 0 { format!(", {others} warnings") } else { String::new() },
            shapes.len()
        );
        Ok(ExitStatus::Failure)
    }
}
