//! `tupu eval`: extract articles and score them against gold files.

use super::ExitStatus;
use anyhow::{bail, Context};
use std::io::Write;
use std::path::{Path, PathBuf};
use tupu::eval::{load_extraction, score_document, Counts, DocScore, Report};
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
        None => Some(tupu::Pipeline::new().context("cannot set up the extractor")?),
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
                let text = std::fs::read_to_string(file)
                    .with_context(|| format!("cannot read {}", file.display()))?;
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
            write_table(&mut out, &report)?;
            if args.verbose {
                write_items(&mut out, &report.documents)?;
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

/// Doc names are file names, so the columns line up without regard to
/// wide characters.
fn write_table(out: &mut impl Write, report: &Report) -> std::io::Result<()> {
    let rows: Vec<&DocScore> = report.documents.iter().chain([&report.total]).collect();
    let width = rows.iter().map(|d| d.doc.chars().count()).max().unwrap_or(0);
    let groups = report.total.scores().map(|(name, _)| name);

    let mut names = format!("{:width$}", "");
    let mut columns = names.clone();
    for name in groups {
        names.push_str(&format!("  {name:^17}"));
        columns.push_str(&format!("  {:>5} {:>5} {:>5}", "P", "R", "F1"));
    }
    writeln!(out, "{}\n{columns}", names.trim_end())?;
    for row in rows {
        write!(out, "{:width$}", row.doc)?;
        for (_, counts) in row.scores() {
            write!(out, "  {}", cells(counts))?;
        }
        writeln!(out)?;
    }
    Ok(())
}

/// P, R and F1 to three places; dashes when there was nothing to score.
fn cells(c: Counts) -> String {
    if c.is_empty() {
        format!("{:>5} {:>5} {:>5}", "-", "-", "-")
    } else {
        format!("{:>5.3} {:>5.3} {:>5.3}", c.precision(), c.recall(), c.f1())
    }
}

fn write_items(out: &mut impl Write, documents: &[DocScore]) -> std::io::Result<()> {
    for d in documents.iter().filter(|d| !d.missed.is_empty() || !d.spurious.is_empty()) {
        writeln!(out, "\n{}", d.doc)?;
        for item in &d.missed {
            writeln!(out, "  missed    {item}")?;
        }
        for item in &d.spurious {
            writeln!(out, "  spurious  {item}")?;
        }
    }
    Ok(())
}
