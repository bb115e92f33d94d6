//! `tupu extract`: articles in, the extraction JSON out.

use super::ExitStatus;
use anyhow::Context;
use rayon::prelude::*;
use std::io::Write;
use std::path::PathBuf;
use tupu::normalize::TextEncoding;
use tupu::pipeline::PipelineError;
use tupu::{Extraction, Pipeline};

/// Extract entities, relations and facts from articles and print them as
/// JSON (the shape of ANNOTATION.md, with provenance and confidence).
///
/// A file that cannot be read is reported on stderr, the others are still
/// extracted, and the exit code is 1. Files are extracted on all cores;
/// the output is in the order the files are given.
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
    #[command(flatten)]
    home: super::home_arg::HomeArg,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum Format {
    Json,
    Jsonl,
}

/// One file's result: its JSON line, or the extraction for the one JSON
/// document written at the end.
enum Extracted {
    Line(serde_json::Result<Vec<u8>>),
    Whole(Extraction),
}

/// Files extracted at once per thread: enough to keep every core busy
/// between two writes, few enough that `--format jsonl` streams in bounded
/// memory.
const BATCH_PER_THREAD: usize = 16;

pub fn run(args: Args) -> anyhow::Result<ExitStatus> {
    let pipeline = Pipeline::new().context("loading the bundled dictionary")?;
    let home = args.home.resolve_with(pipeline.dictionary())?;
    let pipeline = pipeline.with_home(home);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut status = ExitStatus::Success;
    let mut extractions = Vec::new();
    // rayon (already the ingest's thread pool): work stealing evens out
    // articles of very different lengths, and `collect` on an indexed
    // parallel iterator keeps the files' order. Each batch is written before
    // the next starts, so output order and error order are those of a
    // serial run.
    let batch_size = BATCH_PER_THREAD * rayon::current_num_threads();
    for batch in args.files.chunks(batch_size) {
        let results: Vec<Result<Extracted, PipelineError>> = batch
            .par_iter()
            .map(|path| {
                let extraction = pipeline.extract_file(path, args.encoding)?;
                Ok(match args.format {
                    // Serializing is a good part of the work: done on the pool.
                    Format::Jsonl => Extracted::Line(serde_json::to_vec(&extraction)),
                    Format::Json => Extracted::Whole(extraction),
                })
            })
            .collect();
        for result in results {
            match result {
                Ok(Extracted::Line(line)) => {
                    out.write_all(&line?)?;
                    writeln!(out)?;
                }
                Ok(Extracted::Whole(extraction)) => extractions.push(extraction),
                Err(err) => {
                    eprintln!("tupu: {err}");
                    status = ExitStatus::Failure;
                }
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
