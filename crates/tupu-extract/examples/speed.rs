//! The extractor's speed on one core, as a ratio to bare jieba-rs `cut`
//! over the same text in the same run:
//! `cargo run -p tupu-extract --release --example speed -- DIR_OR_FILE... [--rounds N]`.
//!
//! The machine this runs on is shared and noisy, so absolute MB/s drift from
//! run to run; the ratio is what to compare. Time is the thread's CPU time
//! where Linux reports it (`/proc/thread-self/schedstat`), so that waiting
//! for a core that other work holds is not counted; wall time otherwise.
//! Each round times `cut` and then the extractor back to back, and the best
//! round of each is reported: noise only ever adds time, so the minimum is
//! the closest to the true cost.
//! `cut` is fed line by line, as the extractor feeds jieba (by sentence).
//!
//! `--stages` also times each stage of the pipeline on its own (normalize,
//! segment, recognize, relate: rules and figures, resolve) in the last
//! round, as shares of the extractor's time: where to look first.
mod common;

use common::{now, read_texts, thread_cpu_time};
use std::path::PathBuf;
use std::time::Duration;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut rounds = 3usize;
    let mut stages = false;
    let mut paths = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--rounds" {
            rounds = args.next().and_then(|n| n.parse().ok()).ok_or("--rounds needs a number")?;
        } else if arg == "--stages" {
            stages = true;
        } else {
            paths.push(PathBuf::from(arg));
        }
    }
    if paths.is_empty() || rounds == 0 {
        eprintln!("usage: speed DIR_OR_FILE... [--rounds N] [--stages]");
        std::process::exit(2);
    }
    let texts = read_texts(&paths)?;
    let bytes: usize = texts.iter().map(String::len).sum();
    let mb = bytes as f64 / 1e6;
    println!(
        "{} articles, {mb:.1} MB, {rounds} round(s), one thread, {} time",
        texts.len(),
        if thread_cpu_time().is_some() { "CPU" } else { "wall" }
    );

    let jieba = jieba_rs::Jieba::new();
    let pipeline = tupu_extract::Pipeline::new()?;
    // Tables loaded on first use (jieba's tagger, OpenCC) are a one-time cost.
    std::hint::black_box(pipeline.extract("warm-up.txt", "騰訊發布混元大模型，营收增长10%。"));
    let (mut cut, mut extract) = (Duration::MAX, Duration::MAX);
    for round in 1..=rounds {
        let start = now();
        for text in &texts {
            for line in text.lines() {
                std::hint::black_box(jieba.cut(line, true));
            }
        }
        let c = now() - start;
        let start = now();
        for text in &texts {
            std::hint::black_box(pipeline.extract("speed.txt", text));
        }
        let e = now() - start;
        eprintln!("round {round}: cut {:.2} MB/s, extract {:.2} MB/s", mb / c.as_secs_f64(), mb / e.as_secs_f64());
        cut = cut.min(c);
        extract = extract.min(e);
    }
    let (cut_mb_s, extract_mb_s) = (mb / cut.as_secs_f64(), mb / extract.as_secs_f64());
    println!("bare cut   {cut_mb_s:7.2} MB/s");
    println!("extract    {extract_mb_s:7.2} MB/s");
    println!("ratio      {:7.3}", extract_mb_s / cut_mb_s);
    if stages {
        print_stages(&texts)?;
    }
    Ok(())
}

/// Runs the stages one by one, as [`tupu_extract::Pipeline::extract`] chains
/// them, and prints the time of each.
fn print_stages(texts: &[String]) -> Result<(), Box<dyn std::error::Error>> {
    use tupu_extract::{normalize::Document, recognize, relate, resolve, segment::Segmenter};
    let dictionary = tupu_extract::dictionary::Dictionary::bundled()?;
    let lexicon = recognize::Lexicon::new(&dictionary);
    let segmenter = Segmenter::new(&dictionary);
    let mut time = [Duration::ZERO; 6];
    let mut lap = |slot: usize, since: &mut Duration| {
        let at = now();
        time[slot] += at - *since;
        *since = at;
    };
    for text in texts {
        let mut at = now();
        let doc = Document::new(text);
        lap(0, &mut at);
        let tokens: Vec<_> = doc.sentences.iter().map(|s| segmenter.tag(doc.slice(s.span), s.span.start)).collect();
        lap(1, &mut at);
        let mentions = recognize::recognize(&doc, &tokens, &dictionary, &lexicon);
        lap(2, &mut at);
        let mut related = relate::Related::default();
        relate::rules::apply(&doc, &mentions, &dictionary, Some("中国"), &mut related.relations);
        relate::distribute_over_lists(&doc, &mentions, &dictionary, &mut related.relations);
        lap(3, &mut at);
        relate::facts::extract(&doc, &tokens, &mentions, &mut related.facts);
        lap(4, &mut at);
        std::hint::black_box(resolve::resolve("speed.txt", &doc, &mentions, &related, &dictionary));
        lap(5, &mut at);
    }
    let total: f64 = time.iter().map(Duration::as_secs_f64).sum();
    let names = ["normalize", "segment", "recognize", "relations", "figures", "resolve"];
    for (name, t) in names.iter().zip(time) {
        println!("  {name:<10} {:6.2} s  {:5.1} %", t.as_secs_f64(), 100.0 * t.as_secs_f64() / total);
    }
    Ok(())
}
