//! `tupu extract`: articles in, the extraction JSON out.

use super::ExitStatus;
use anyhow::Context;
use std::io::Write;
use std::path::PathBuf;
use tupu::normalize::TextEncoding;
use tupu::Pipeline;

/// Extract entities, relations and facts from articles and print them as
/// JSON (the shape of ANNOTATION.md, with provenance and confidence).
///
/// A file that cannot be read is reported on stderr, the others are still
/// extracted, and the exit code is 1.
///
/// Example: tupu extract --encoding gbk old-article.txt
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Article files: plain text, Markdown or HTML, in UTF-8, UTF-16,
    /// GB18030/GBK or Big5 (detected).
    #[arg(required = true, value_name = "FILE")]
    files: Vec<PathBuf>,
    /// Read every file in this encoding instead of detecting it: utf-8,
    /// utf-16le, utf-16be, gb18030 (or gbk, gb2312), big5.
    #[arg(long, value_name = "ENCODING")]
    encoding: Option<TextEncoding>,
    /// `json`: one pretty JSON document per article (an array when there
    /// are several); `jsonl`: one compact line per article.
    #[arg(long, value_enum, default_value_t = Format::Json)]
    format: Format,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum Format {
    Json,
    Jsonl,
}

pub fn run(args: Args) -> anyhow::Result<ExitStatus> {
    let pipeline = Pipeline::new().context("loading the bundled dictionary")?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut status = ExitStatus::Success;
    let mut extractions = Vec::new();
    for path in &args.files {
        match pipeline.extract_file(path, args.encoding) {
            Ok(extraction) => match args.format {
                Format::Jsonl => {
                    serde_json::to_writer(&mut out, &extraction)?;
                    writeln!(out)?;
                }
                Format::Json => extractions.push(extraction),
            },
            Err(err) => {
                eprintln!("tupu: {err}");
                status = ExitStatus::Failure;
            }
        }
    }
    if matches!(args.format, Format::Json) && !extractions.is_empty() {
        if extractions.len() == 1 && args.files.len() == 1 {
            serde_json::to_writer_pretty(&mut out, &extractions[0])?;
        } else {
            serde_json::to_writer_pretty(&mut out, &extractions)?;
        }
        writeln!(out)?;
    }
    out.flush()?;
    Ok(status)
}
