//! `tupu eval`: extract articles and score them against gold files.

use super::ExitStatus;
use anyhow::{bail, Context};
use std::io::Write;
use std::path::{Path, PathBuf};
use tupu::eval::{load_extraction, score_document, Report};
use tupu::Extraction;

/// Extract articles and score the result against gold files
/// (precision, recall and F1 by the rules of ANNOTATION.md).
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Directory of gold files: `<stem>.gold.json` for the article `<stem>.txt`
    #[arg(long, value_name = "DIR")]
    gold: PathBuf,

    /// Articles to extract and score
    #[arg(required = true, value_name = "FILE")]
    files: Vec<PathBuf>,

    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,

    /// Also list the missed and spurious items of each article
    #[arg(long, short)]
    verbose: bool,

    /// Score saved extractions `DIR/<stem>.json` instead of running the
    /// extractor (tests the scorer on its own)
    #[arg(long, value_name = "DIR", hide = true)]
    predicted: Option<PathBuf>,

    #[command(flatten)]
    home: super::home_arg::HomeArg,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    /// Aligned columns, one row per article and a TOTAL row
    Table,
    /// The full report, with counts and missed/spurious items
    Json,
}

pub fn run(args: Args) -> anyhow::Result<ExitStatus> {
    // The extractor loads its dictionary once, and only when it is needed.
    let pipeline = match args.predicted {
        Some(_) => None,
        None => {
            let pipeline = tupu::Pipeline::new().context("cannot set up the extractor")?;
            let home = args.home.resolve_with(pipeline.dictionary())?;
            Some(pipeline.with_home(home))
        }
    };
    let mut documents = Vec::with_capacity(args.files.len());
    for file in &args.files {
        let name = file_name(file)?;
        let stem = name.rsplit_once('.').map_or(name.as_str(), |(stem, _)| stem);
        let gold_path = args.gold.join(format!("{stem}.gold.json"));
        if !gold_path.is_file() {
            bail!("no gold file {} for {}", gold_path.display(), file.display());
        }
        let gold = load_extraction(&gold_path)?;
        let predicted: Extraction = match (&pipeline, &args.predicted) {
            (Some(pipeline), _) => {
                // The same reader as `tupu ingest`: encodings, HTML, size cap.
                let text = tupu::pipeline::read_article(file, None)?;
                pipeline.extract(&name, &text)
            }
            (None, Some(dir)) => load_extraction(&dir.join(format!("{stem}.json")))?,
            (None, None) => unreachable!("a pipeline is built when no predictions are given"),
        };
        let mut score = score_document(&gold, &predicted);
        score.doc = name;
        documents.push(score);
    }
    let report = Report::new(documents);

    let mut out = std::io::stdout().lock();
    match args.format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &report)?;
            writeln!(out)?;
        }
        Format::Table => {
            report.write_table(&mut out)?;
            if args.verbose {
                report.write_items(&mut out)?;
            }
        }
    }
    out.flush()?;
    Ok(ExitStatus::Success)
}

fn file_name(file: &Path) -> anyhow::Result<String> {
    match file.file_name().and_then(|n| n.to_str()) {
        Some(name) => Ok(name.to_string()),
        None => bail!("{} has no usable file name", file.display()),
    }
}
