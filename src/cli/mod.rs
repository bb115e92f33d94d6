//! Command-line interface: argument definitions and one module per subcommand.
//!
//! Exit codes: 0 ok, 1 ran but found problems, 2 error.

use clap::{Parser, Subcommand};
use std::process::ExitCode;

mod eval;
mod export;
mod extract;
mod facts;
mod graph_args;
mod home_arg;
mod ingest;
mod path;
mod push;
mod query;
mod serve;
mod stats;
mod validate;

/// tupu (图谱) builds a knowledge graph of the Chinese AI ecosystem from
/// Chinese news articles (simplified or traditional), with every statement
/// traceable to the sentence it came from.
#[derive(Debug, Parser)]
#[command(
    name = "tupu",
    version,
    propagate_version = true,
    after_help = "Examples:\n  tupu ingest samples/                      build the graph in ./tupu-data\n  tupu query 'SELECT ?m WHERE { ?m a tupu:Model }'\n  tupu extract article.txt                  what one article says, as JSON\n  tupu eval --gold gold/ articles/*.txt     score against gold annotations\n  tupu export -o graph.svg --max-nodes 60   a picture of the graph\n  tupu facts --entity 豆包                   figures over time, one row per period\n  tupu serve                                browse and query at http://127.0.0.1:7878/"
)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    Extract(extract::Args),
    Eval(eval::Args),
    Ingest(ingest::Args),
    Query(query::Args),
    Validate(validate::Args),
    Export(export::Args),
    Facts(facts::Args),
    Stats(stats::Args),
    Path(path::Args),
    Serve(serve::Args),
    Push(push::Args),
}

/// How a subcommand ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitStatus {
    /// Everything worked.
    Success,
    /// It ran, but found problems (a failed article, a violation).
    Failure,
    /// It could not run (bad arguments, unreadable store …).
    Error,
}

impl From<ExitStatus> for ExitCode {
    fn from(status: ExitStatus) -> ExitCode {
        match status {
            ExitStatus::Success => ExitCode::SUCCESS,
            ExitStatus::Failure => ExitCode::from(1),
            ExitStatus::Error => ExitCode::from(2),
        }
    }
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => extract::run(args),
        Command::Eval(args) => eval::run(args),
        Command::Ingest(args) => ingest::run(args),
        Command::Query(args) => query::run(args),
        Command::Validate(args) => validate::run(args),
        Command::Export(args) => export::run(args),
        Command::Facts(args) => facts::run(args),
        Command::Stats(args) => stats::run(args),
        Command::Path(args) => path::run(args),
        Command::Serve(args) => serve::run(args),
        Command::Push(args) => push::run(args),
    };
    match result {
        Ok(status) => status.into(),
        Err(err) => {
            if is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            eprintln!("tupu: error: {err:#}");
            ExitStatus::Error.into()
        }
    }
}

/// A closed pipe (`tupu … | head`) is the reader's choice, not an error.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
