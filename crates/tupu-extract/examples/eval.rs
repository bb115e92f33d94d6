//! `tupu eval` without the store: extract articles and score them against
//! gold files. Builds in a fraction of the time of the `tupu` binary, so rule
//! work iterates here:
//!
//! ```text
//! cargo run -p tupu-extract --release --example eval -- GOLD_DIR FILE... [--verbose]
//! ```

use std::path::Path;
use tupu_extract::eval::{load_extraction, score_document, Report};
use tupu_extract::pipeline::{doc_name, read_article};
use tupu_extract::Pipeline;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let verbose = args.iter().any(|a| a == "--verbose" || a == "-v");
    args.retain(|a| a != "--verbose" && a != "-v");
    let Some((gold_dir, files)) = args.split_first() else {
        eprintln!("usage: eval GOLD_DIR FILE... [--verbose]");
        std::process::exit(2);
    };
    let pipeline = Pipeline::new()?;
    let mut documents = Vec::new();
    for file in files {
        let path = Path::new(file);
        let name = doc_name(path);
        let stem = name.rsplit_once('.').map_or(name.as_str(), |(stem, _)| stem);
        let gold = load_extraction(&Path::new(gold_dir).join(format!("{stem}.gold.json")))?;
        let predicted = pipeline.extract(&name, &read_article(path, None)?);
        let mut score = score_document(&gold, &predicted);
        score.doc = name;
        documents.push(score);
    }
    let report = Report::new(documents);
    let mut out = std::io::stdout().lock();
    report.write_table(&mut out)?;
    if verbose {
        report.write_items(&mut out)?;
    }
    Ok(())
}
