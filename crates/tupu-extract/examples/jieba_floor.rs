//! What jieba-rs itself costs, on one core, against bare `cut` over the same
//! text in the same run: the floor under the extractor's segmentation stage.
//! `cargo run -p tupu-extract --release --example jieba_floor -- DIR_OR_FILE... [--rounds N]`.
//!
//! Times, each by the thread's CPU time (`/proc/thread-self/schedstat`, wall
//! time where Linux does not report it), min / median / max of the rounds:
//!
//! - on the files' lines, as `speed` feeds `cut`, with jieba's own dictionary
//!   (`Jieba::new()`, as `speed`): `cut` and `tag`, each with and without
//!   the HMM;
//! - the same with tupu's dictionary (every CJK name of the bundled
//!   dictionary a user word, as `segment::Segmenter::new` adds them; the
//!   few glued suffix+title words it also re-weights are private to the
//!   crate and left out, so the tokens are compared with the segmenter's);
//! - on the normalized sentences the extractor tags (`normalize::Document`,
//!   built before the clock starts): `cut` with the HMM, jieba's `tag` with
//!   the HMM and tupu's dictionary, and `Segmenter::tag` itself (jieba's
//!   `tag` plus a `Token` per word: the extractor's "segment" stage).
//!
//! Every ratio is to the first line, `cut` with the HMM on lines: the
//! baseline of the `speed` example.
//!
//! `--cut-threads N` instead times only bare `cut` (HMM, jieba's dictionary,
//! by line) on N threads taking articles in turn, by wall time, as the
//! `scale` bench's step a does: the baseline of `tupu ingest -j N`.
mod common;

use common::{now, read_texts, thread_cpu_time};
use std::path::PathBuf;
use std::time::Instant;

use jieba_rs::Jieba;
use tupu_extract::{normalize::Document, segment::Segmenter, Span};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut rounds = 3usize;
    let mut cut_threads = None;
    let mut paths = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--rounds" {
            rounds = args.next().and_then(|n| n.parse().ok()).ok_or("--rounds needs a number")?;
        } else if arg == "--cut-threads" {
            cut_threads = Some(args.next().and_then(|n| n.parse().ok()).ok_or("--cut-threads needs a number")?);
        } else {
            paths.push(PathBuf::from(arg));
        }
    }
    if paths.is_empty() || rounds == 0 {
        eprintln!("usage: jieba_floor DIR_OR_FILE... [--rounds N] [--cut-threads N]");
        std::process::exit(2);
    }
    let texts = read_texts(&paths)?;
    let mb = texts.iter().map(String::len).sum::<usize>() as f64 / 1e6;
    if let Some(threads) = cut_threads {
        return cut_on_threads(&texts, mb, threads, rounds);
    }
    let lines: Vec<&str> = texts.iter().flat_map(|t| t.lines()).collect();
    let documents: Vec<Document> = texts.iter().map(|t| Document::new(t)).collect();
    let sentences: Vec<(&str, usize)> =
        documents.iter().flat_map(|d| d.sentences.iter().map(move |s| (d.slice(s.span), s.span.start))).collect();
    println!(
        "{} articles, {mb:.1} MB, {} lines, {} sentences, {rounds} round(s), one thread, {} time",
        texts.len(),
        lines.len(),
        sentences.len(),
        if thread_cpu_time().is_some() { "CPU" } else { "wall" }
    );

    let dictionary = tupu_extract::dictionary::Dictionary::bundled()?;
    let stock = Jieba::new();
    let tupu = with_dictionary(&dictionary);
    let segmenter = Segmenter::new(&dictionary);
    let differing = sentences
        .iter()
        .filter(|(s, at)| {
            let ours = tupu.tag(s, true);
            let theirs = segmenter.tag(s, *at);
            ours.len() != theirs.len() || ours.iter().zip(&theirs).any(|(a, b)| a.word != b.text || a.tag != &*b.pos)
        })
        .count();
    println!(
        "tupu-dictionary jieba vs Segmenter::tag: {differing} of {} sentences tokenized differently",
        sentences.len()
    );
    // Warm-up: the tagger's tables are built on first use.
    std::hint::black_box((stock.tag("腾讯发布混元大模型", true), tupu.tag("腾讯发布混元大模型", true)));

    let sentences = &sentences;
    let jobs: Vec<(&str, Job)> = vec![
        ("lines, jieba dict: cut HMM (baseline)", on_lines(&stock, &lines, cut)),
        ("lines, jieba dict: cut no HMM", on_lines(&stock, &lines, cut_plain)),
        ("lines, jieba dict: tag HMM", on_lines(&stock, &lines, tag)),
        ("lines, jieba dict: tag no HMM", on_lines(&stock, &lines, tag_plain)),
        ("lines, tupu dict: cut HMM", on_lines(&tupu, &lines, cut)),
        ("lines, tupu dict: cut no HMM", on_lines(&tupu, &lines, cut_plain)),
        ("lines, tupu dict: tag HMM", on_lines(&tupu, &lines, tag)),
        ("lines, tupu dict: tag no HMM", on_lines(&tupu, &lines, tag_plain)),
        ("sentences, jieba dict: cut HMM", Box::new(|| sentences.iter().for_each(|(s, _)| cut(&stock, s)))),
        ("sentences, tupu dict: tag HMM", Box::new(|| sentences.iter().for_each(|(s, _)| tag(&tupu, s)))),
        (
            "sentences: Segmenter::tag (stage)",
            Box::new(|| {
                sentences.iter().for_each(|(s, at)| {
                    std::hint::black_box(segmenter.tag(s, *at));
                })
            }),
        ),
    ];
    let mut times = vec![Vec::with_capacity(rounds); jobs.len()];
    for round in 1..=rounds {
        for ((name, job), time) in jobs.iter().zip(&mut times) {
            let start = now();
            job();
            let t = now() - start;
            eprintln!("round {round}: {name:<40} {:6.3} s", t.as_secs_f64());
            time.push(t.as_secs_f64());
        }
    }
    for time in &mut times {
        time.sort_by(f64::total_cmp);
    }
    let base = times[0][rounds / 2];
    println!("{:<40} {:>7} {:>7} {:>7} {:>8} {:>8}", "", "min s", "med s", "max s", "med MB/s", "med / a1");
    for ((name, _), time) in jobs.iter().zip(&times) {
        let median = time[rounds / 2];
        println!(
            "{name:<40} {:7.3} {median:7.3} {:7.3} {:8.2} {:8.3}",
            time[0],
            time[rounds - 1],
            mb / median,
            median / base
        );
    }
    Ok(())
}

/// Bare `cut` on `threads` threads, by wall time, `rounds` times.
fn cut_on_threads(texts: &[String], mb: f64, threads: usize, rounds: usize) -> Result<(), Box<dyn std::error::Error>> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let jieba = Jieba::new();
    cut(&jieba, "腾讯发布混元大模型");
    println!("{} articles, {mb:.1} MB, bare cut on {threads} thread(s), wall time", texts.len());
    let mut walls = Vec::with_capacity(rounds);
    for round in 1..=rounds {
        let next = AtomicUsize::new(0);
        let start = Instant::now();
        std::thread::scope(|scope| {
            for _ in 0..threads {
                scope.spawn(|| {
                    while let Some(text) = texts.get(next.fetch_add(1, Ordering::Relaxed)) {
                        text.lines().for_each(|line| cut(&jieba, line));
                    }
                });
            }
        });
        let wall = start.elapsed().as_secs_f64();
        println!("round {round}: {wall:.3} s wall, {:.2} MB/s", mb / wall);
        walls.push(wall);
    }
    walls.sort_by(f64::total_cmp);
    println!("min / median / max: {:.3} / {:.3} / {:.3} s", walls[0], walls[rounds / 2], walls[rounds - 1]);
    Ok(())
}

type Job<'a> = Box<dyn Fn() + 'a>;

/// `step` on every line, with `jieba`.
fn on_lines<'a>(jieba: &'a Jieba, lines: &'a [&'a str], step: fn(&Jieba, &str)) -> Job<'a> {
    Box::new(move || lines.iter().for_each(|line| step(jieba, line)))
}

fn cut(jieba: &Jieba, text: &str) {
    std::hint::black_box(jieba.cut(text, true));
}

fn cut_plain(jieba: &Jieba, text: &str) {
    std::hint::black_box(jieba.cut(text, false));
}

fn tag(jieba: &Jieba, text: &str) {
    std::hint::black_box(jieba.tag(text, true));
}

fn tag_plain(jieba: &Jieba, text: &str) {
    std::hint::black_box(jieba.tag(text, false));
}

/// jieba's dictionary plus every CJK name of `dictionary`, simplified, as
/// `Segmenter::new` adds them (and its two fixes, 国产 and 通胀).
fn with_dictionary(dictionary: &tupu_extract::dictionary::Dictionary) -> Jieba {
    use tupu_extract::EntityType;
    let mut jieba = Jieba::new();
    for entry in dictionary.entries() {
        let tag = match entry.kind {
            EntityType::Person => "nr",
            EntityType::Place => "ns",
            EntityType::Company | EntityType::Organization => "nt",
            EntityType::Sector => "n",
            _ => "nz",
        };
        for name in std::iter::once(&entry.label).chain(&entry.aliases) {
            if name.chars().any(is_cjk) && !name.contains(' ') {
                jieba.add_word(&simplified(name), Some(50_000), Some(tag));
            }
        }
    }
    jieba.add_word("国产", Some(50_000), Some("b"));
    jieba.add_word("通胀", Some(50_000), Some("n"));
    jieba
}

/// `name` in simplified script, through the public normalizer (NFKC too,
/// which leaves CJK names as they are).
fn simplified(name: &str) -> String {
    let document = Document::new(name);
    match (document.sentences.first(), document.sentences.last()) {
        (Some(first), Some(last)) => document.slice(Span::new(first.span.start, last.span.end)).to_string(),
        _ => name.to_string(),
    }
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x4E00..=0x9FFF | 0x3400..=0x4DBF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}
