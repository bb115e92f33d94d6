//! Batch ingest at scale: the generated corpus of the scale benchmark, and
//! the parallel, bulk-loading ingest against the one-article-at-a-time path.

#[path = "../../benches/scale/corpus.rs"]
#[allow(dead_code)]
mod corpus;

use super::{path_str, tupu};
use corpus::{Corpus, MAX_CHARS, MIN_CHARS};
use std::collections::BTreeSet;
use tupu::dictionary::Dictionary;
use tupu::store::Store;

#[test]
fn the_generated_corpus_is_deterministic_and_varied() {
    let dictionary = Dictionary::bundled().unwrap();
    let corpus = Corpus::new(&dictionary, 7);
    let again = Corpus::new(&dictionary, 7);
    let other = Corpus::new(&dictionary, 8);
    let articles: Vec<String> = (0..200).map(|i| corpus.article(i)).collect();
    for (i, text) in articles.iter().enumerate() {
        assert_eq!(*text, again.article(i), "article {i} differs between two runs with one seed");
        let chars = text.chars().count();
        assert!((MIN_CHARS..=MAX_CHARS + 400).contains(&chars), "article {i}: {chars} chars");
    }
    assert_ne!(articles[0], other.article(0), "another seed, another corpus");
    // Lengths spread over the range, and a share of traditional articles.
    let lengths: Vec<usize> = articles.iter().map(|t| t.chars().count()).collect();
    assert!(lengths.iter().filter(|&&n| n < 1000).count() > 50, "{lengths:?}");
    assert!(lengths.iter().filter(|&&n| n > 2000).count() > 10, "{lengths:?}");
    let traditional = articles.iter().filter(|t| t.contains('與') || t.contains('發') || t.contains('開')).count();
    assert!((20..=90).contains(&traditional), "{traditional} of 200 in traditional characters");
}

/// The parallel bulk path and the one-transaction-per-article path write
/// exactly the same article and curated graphs (apart from the ingest time
/// stamps).
#[test]
fn parallel_bulk_ingest_writes_what_serial_ingest_writes() {
    let dictionary = Dictionary::bundled().unwrap();
    let corpus = Corpus::new(&dictionary, 11);
    let dir = tempfile::tempdir().unwrap();
    let articles = dir.path().join("articles");
    corpus.write(&articles, 60).unwrap();

    let dump = |args: &[&str], name: &str| -> BTreeSet<String> {
        let store = dir.path().join(name);
        let mut command = vec!["ingest", "--store", path_str(&store)];
        command.extend_from_slice(args);
        command.push(path_str(&articles));
        let run = tupu(&command);
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert!(run.stderr.contains("60 articles: 60 new"), "{}", run.stderr);
        let mut nquads = Vec::new();
        Store::open_existing(&store).unwrap().dump_nquads(&mut nquads).unwrap();
        String::from_utf8(nquads)
            .unwrap()
            .lines()
            // The ontology's blank nodes get new labels in every store.
            .filter(|line| {
                !line.contains("https://tupu.dev/ontology#ingestedAt")
                    && !line.ends_with("<https://tupu.dev/graph/ontology> .")
            })
            .map(str::to_string)
            .collect()
    };
    let parallel = dump(&["--jobs", "2"], "parallel");
    let serial = dump(&["--jobs", "1", "--no-bulk"], "serial");
    assert!(parallel.len() > 60 * 100, "{} quads", parallel.len());
    assert_eq!(parallel.len(), serial.len());
    assert!(parallel == serial, "the two stores differ");

    // The 60 articles (one commit) reach RocksDB as one set of files, one
    // per index — not a set per article, which left a store of 100,000
    // articles with hundreds of thousands of tiny files.
    let sst_files = std::fs::read_dir(dir.path().join("parallel"))
        .unwrap()
        .filter(|entry| entry.as_ref().unwrap().path().extension().is_some_and(|e| e == "sst"))
        .count();
    assert!(sst_files < 60, "{sst_files} SST files for one commit of 60 articles");
}

/// `--verbose` reports each article once, in file order, after it is written.
#[test]
fn verbose_ingest_reports_every_article_once_in_order() {
    let dictionary = Dictionary::bundled().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let articles = dir.path().join("articles");
    Corpus::new(&dictionary, 3).write(&articles, 90).unwrap();
    let store = dir.path().join("store");
    let run = tupu(&["ingest", "-v", "--jobs", "2", "--store", path_str(&store), path_str(&articles)]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let reported: Vec<&str> = run
        .stderr
        .lines()
        .filter_map(|line| line.strip_prefix("tupu: new       "))
        .map(|rest| rest.split(" (").next().unwrap())
        .collect();
    let expected: Vec<String> = (0..90).map(|i| path_str(&corpus::article_path(&articles, i)).to_string()).collect();
    assert_eq!(reported, expected);
}
