//! `tupu extract` and `tupu eval` end to end, on samples/ and, where it is
//! present, the development article in ../shared/eval.

use crate::{crate_dir, path_str, samples_dir, tupu};
use std::path::{Path, PathBuf};
use tupu::Extraction;

fn sample_articles() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(samples_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    assert!(files.len() >= 8, "samples/ holds {} articles", files.len());
    files
}

#[test]
fn extract_prints_annotation_json_with_provenance_into_the_original_text() {
    let article = samples_dir().join("a4_taiwan_trad.txt");
    let run = tupu(&["extract", path_str(&article)]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let extraction: Extraction = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(extraction.doc, "a4_taiwan_trad.txt");
    assert!(extraction.entities.len() >= 10);
    let original = std::fs::read_to_string(&article).unwrap();
    for entity in &extraction.entities {
        assert!(!entity.mentions.is_empty(), "{} has no provenance", entity.label);
        for mention in &entity.mentions {
            // Byte offsets slice the file as written (traditional script),
            // and the slice is a name of the entity.
            let surface = &original[mention.bytes.start..mention.bytes.end];
            assert_eq!(surface.chars().count(), mention.chars.len());
            let names: Vec<String> = std::iter::once(entity.label.clone()).chain(entity.aliases.clone()).collect();
            assert!(names.iter().any(|n| n == surface), "{surface} is not a name of {}", entity.label);
        }
        assert!(entity.confidence > 0.0 && entity.confidence <= 1.0);
    }
    // Labels are simplified even though the article is traditional.
    assert!(extraction.entities.iter().any(|e| e.label == "台积电"), "no 台积电");
    for relation in &extraction.relations {
        assert!(!relation.provenance.is_empty());
        assert!(relation.provenance.iter().all(|p| !p.rule.is_empty()));
    }
}

#[test]
fn extract_jsonl_gives_one_line_per_article_and_a_bad_file_does_not_stop_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, "").unwrap();
    let good = samples_dir().join("b2_healthcare.txt");
    let run = tupu(&["extract", "--format", "jsonl", path_str(&empty), path_str(&good)]);
    assert_eq!(run.code, 1, "a failed article makes the exit code 1");
    assert!(run.stderr.contains("empty.txt") && run.stderr.contains("empty"), "{}", run.stderr);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 1);
    let extraction: Extraction = serde_json::from_str(lines[0]).unwrap();
    assert_eq!(extraction.doc, "b2_healthcare.txt");
}

#[test]
fn extract_of_many_files_keeps_their_order_and_matches_one_file_at_a_time() {
    // Files are extracted on all cores; the output must still follow the
    // arguments. Reversed sample order with two bad files among them, so
    // that neither name order nor completion order would pass.
    let dir = tempfile::tempdir().unwrap();
    let mut files: Vec<PathBuf> = sample_articles().into_iter().rev().collect();
    for (at, name) in [(1, "missing-1.txt"), (5, "missing-2.txt")] {
        files.insert(at, dir.path().join(name));
    }
    let args: Vec<&str> = files.iter().map(|f| path_str(f)).collect();
    let run = tupu(&[&["extract", "--format", "jsonl"], &args[..]].concat());
    assert_eq!(run.code, 1, "{}", run.stderr);
    let errors: Vec<&str> = run.stderr.lines().collect();
    assert_eq!(errors.len(), 2, "{}", run.stderr);
    assert!(errors[0].contains("missing-1.txt") && errors[1].contains("missing-2.txt"), "{}", run.stderr);
    let docs: Vec<String> =
        run.stdout.lines().map(|line| serde_json::from_str::<Extraction>(line).unwrap().doc).collect();
    let expected: Vec<String> =
        files.iter().filter(|f| f.exists()).map(|f| f.file_name().unwrap().to_string_lossy().into_owned()).collect();
    assert_eq!(docs, expected);
    // Each line is what extracting that file alone prints.
    let alone = tupu(&["extract", "--format", "jsonl", args[0]]);
    assert_eq!(run.stdout.lines().next(), alone.stdout.lines().next());
    // The JSON array follows the same order.
    let run = tupu(&[&["extract"], &args[..]].concat());
    let all: Vec<Extraction> = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(all.into_iter().map(|e| e.doc).collect::<Vec<_>>(), expected);
}

#[test]
fn eval_on_the_samples_reports_every_score_and_stays_in_its_range() {
    let mut args = vec![
        "eval".to_string(),
        "--gold".into(),
        path_str(&samples_dir().join("gold")).into(),
        "--format".into(),
        "json".into(),
    ];
    args.extend(sample_articles().iter().map(|p| path_str(p).to_string()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let run = tupu(&args);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let total = &report["total"];
    let f1 = |score: &str| total[score]["f1"].as_f64().unwrap_or_else(|| panic!("no {score} in {total}"));
    // A floor well under today's numbers (see README): a regression alarm,
    // not a target.
    assert!(f1("entities_typed") >= 0.90, "entities {}", f1("entities_typed"));
    assert!(f1("relations") >= 0.75, "relations {}", f1("relations"));
    assert!(f1("facts") >= 0.62, "facts {}", f1("facts"));
    assert_eq!(report["documents"].as_array().unwrap().len(), sample_articles().len());
}

#[test]
fn eval_table_and_missing_gold_error() {
    let article = samples_dir().join("b1_gov_services.txt");
    let gold = samples_dir().join("gold");
    let run = tupu(&["eval", "--gold", path_str(&gold), path_str(&article)]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("b1_gov_services.txt") && run.stdout.contains("TOTAL"), "{}", run.stdout);

    let dir = tempfile::tempdir().unwrap();
    let run = tupu(&["eval", "--gold", path_str(dir.path()), path_str(&article)]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("b1_gov_services.gold.json"), "{}", run.stderr);
}

/// The development article, scored in CI where ../shared is laid beside
/// the clone. The thresholds are those of issue 2. The real articles that
/// share its folder have their own floor (`real_articles_hold_their_floor`).
#[test]
fn development_set_meets_the_bar() {
    let shared = crate_dir().join("../shared/eval");
    let article = shared.join("articles/000_c47ead0c47adb238.txt");
    if !article.is_file() {
        eprintln!("../shared/eval is not here; the development-set check needs it");
        return;
    }
    let report = eval_report(&shared, &[article]);
    let f1 = |score: &str| report["total"][score]["f1"].as_f64().unwrap();
    assert!(f1("entities_typed") >= 0.85, "entities typed F1 {}", f1("entities_typed"));
    assert!(f1("relations") >= 0.70, "relations F1 {}", f1("relations"));
    assert!(f1("facts") >= 0.80, "facts F1 {}", f1("facts"));
}

/// The 25 real articles of ../shared/eval and the 12 held out in
/// tests/real-gold (text in ../shared/corpus), scored in CI where ../shared
/// is laid beside the clone. The floors sit a little under today's scores
/// (README, "Evaluate"), so that a rule change that loses real-world
/// quality fails here, not in a user's graph.
#[test]
fn real_articles_hold_their_floor() {
    let shared = crate_dir().join("../shared");
    let eval = shared.join("eval");
    let real: Vec<PathBuf> = match std::fs::read_dir(eval.join("articles")) {
        Ok(entries) => entries
            .map(|e| e.unwrap().path())
            .filter(|p| p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('d')))
            .collect(),
        Err(_) => {
            eprintln!("../shared/eval is not here; the real-article floor needs it");
            return;
        }
    };
    let report = eval_report(&eval, &real);
    let f1 = |report: &serde_json::Value, score: &str| report["total"][score]["f1"].as_f64().unwrap();
    assert!(f1(&report, "entities_typed") >= 0.82, "entities typed F1 {}", f1(&report, "entities_typed"));
    assert!(f1(&report, "relations") >= 0.66, "relations F1 {}", f1(&report, "relations"));
    assert!(f1(&report, "facts") >= 0.70, "facts F1 {}", f1(&report, "facts"));

    // Eleven batches of real articles (tests/real-gold*/README.md):
    // (folder, floors of entities typed, relations, facts).
    for (folder, floors) in [
        ("tests/real-gold", [0.78, 0.55, 0.72]),
        ("tests/real-gold-2", [0.83, 0.63, 0.73]),
        // (facts 0.510 → 0.427 when a dictionary round made one firm's
        // name lose its legal suffix (CVS Health Corp); 0.587 since the
        // suffix is kept.)
        ("tests/real-gold-3", [0.81, 0.74, 0.64]),
        // (facts 0.452 → 0.440 when a figure measuring an index or an
        // economy stopped being a firm's: 2 right ones lost here, 517 wrong
        // ones gone from the corpus.)
        ("tests/real-gold-4", [0.80, 0.66, 0.50]),
        // (relations 0.500 → 0.468 when names26 was merged: one relation
        // of the batch's 31 lost; facts 0.272 → 0.266 when facts27 was;
        // the batch was not looked into.)
        // (relations 0.468 → 0.458 when names30 was merged, read only as
        // the batch's total.)
        ("tests/real-gold-5", [0.70, 0.51, 0.26]),
        ("tests/real-gold-6", [0.77, 0.57, 0.27]),
        ("tests/real-gold-7", [0.72, 0.50, 0.35]),
        ("tests/real-gold-8", [0.73, 0.47, 0.42]),
        ("tests/real-gold-9", [0.66, 0.38, 0.32]),
        ("tests/real-gold-10", [0.75, 0.53, 0.43]),
        ("tests/real-gold-11", [0.75, 0.51, 0.63]),
    ] {
        let gold = crate_dir().join(folder);
        let held_out: Vec<PathBuf> = std::fs::read_dir(&gold)
            .unwrap()
            .filter_map(|e| {
                let name = e.unwrap().file_name().into_string().unwrap();
                let stem = name.strip_suffix(".gold.json")?;
                Some(shared.join("corpus").join(format!("{stem}.txt")))
            })
            .collect();
        assert!(held_out.len() >= 10, "{folder} holds {} gold files", held_out.len());
        if !held_out.iter().all(|p| p.is_file()) {
            eprintln!("../shared/corpus is not here; the held-out floor needs it");
            return;
        }
        let report = eval_report(&gold, &held_out);
        for (score, floor) in ["entities_typed", "relations", "facts"].into_iter().zip(floors) {
            assert!(f1(&report, score) >= floor, "{folder}: {score} F1 {} under {floor}", f1(&report, score));
        }
    }
}

/// The samples written for the project score no worse than before the
/// recall work on real articles (issue 12): rules that generalize must not
/// lose what the samples already got right.
#[test]
fn samples_keep_their_scores() {
    let samples = samples_dir();
    let articles: Vec<PathBuf> = std::fs::read_dir(&samples)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    let report = eval_report(&samples.join("gold"), &articles);
    let f1 = |score: &str| report["total"][score]["f1"].as_f64().unwrap();
    // Before: 0.9659, 0.8429, 0.7229 (shown rounded as 0.966, 0.843, 0.723).
    assert!(f1("entities_typed") >= 0.9659, "entities typed F1 {}", f1("entities_typed"));
    assert!(f1("relations") >= 0.8429, "relations F1 {}", f1("relations"));
    assert!(f1("facts") >= 0.7228, "facts F1 {}", f1("facts"));
}

/// `tupu eval --format json` of `articles` against the gold in `gold`.
fn eval_report(gold: &Path, articles: &[PathBuf]) -> serde_json::Value {
    let mut args = vec!["eval".to_string(), "--gold".into(), path_str(gold).into(), "--format".into(), "json".into()];
    args.extend(articles.iter().map(|a| path_str(a).to_string()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let run = tupu(&args);
    assert_eq!(run.code, 0, "{}", run.stderr);
    serde_json::from_str(&run.stdout).unwrap()
}

/// What tupu reads in two samples (one traditional), as reviewable text:
/// a change to any rule shows here as a diff.
#[test]
fn extraction_snapshots() {
    for name in ["b1_gov_services", "a4_taiwan_trad"] {
        let article = samples_dir().join(format!("{name}.txt"));
        let run = tupu(&["extract", path_str(&article)]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        let e: Extraction = serde_json::from_str(&run.stdout).unwrap();
        let mut lines = Vec::new();
        for entity in &e.entities {
            lines.push(format!("entity   {} ({}) {:?}", entity.label, entity.kind, entity.aliases));
        }
        for r in &e.relations {
            lines.push(format!(
                "relation {} {} {}{}",
                r.subject,
                r.predicate,
                r.object,
                if r.hedged { " (hedged)" } else { "" }
            ));
        }
        for f in &e.facts {
            lines.push(format!(
                "fact     {} {} = {} {} @ {}",
                f.subject,
                f.metric,
                f.value,
                f.unit,
                f.date.as_deref().unwrap_or("-")
            ));
        }
        for f in &e.forecasts {
            lines.push(format!("forecast {} {} = {} {}", f.subject, f.metric, f.value, f.unit));
        }
        insta::assert_snapshot!(name, lines.join("\n"));
    }
}

#[test]
fn home_names_the_place_of_domestic_words_and_an_unknown_place_is_refused_before_the_store_is_touched() {
    let dir = tempfile::tempdir().unwrap();
    // Our own sentence; the file name has no outlet prefix, so `auto` reads
    // the simplified script as a mainland article.
    let article = dir.path().join("home.txt");
    std::fs::write(&article, "台湾与中国的服务器产业都在增长。广达、纬创等国内厂商持续扩产。\n").unwrap();
    let placed_in = |run: &crate::Run| -> Vec<String> {
        assert_eq!(run.code, 0, "{}", run.stderr);
        let extraction: Extraction = serde_json::from_str(&run.stdout).unwrap();
        extraction
            .relations
            .iter()
            .filter(|r| r.subject == "广达" && r.predicate == tupu::Predicate::LocatedIn)
            .map(|r| r.object.clone())
            .collect()
    };
    assert_eq!(placed_in(&tupu(&["extract", path_str(&article)])), ["中国"]);
    // Either script names the place; the label is the curated one.
    assert_eq!(placed_in(&tupu(&["extract", "--home", "臺灣", path_str(&article)])), ["台湾"]);
    assert!(placed_in(&tupu(&["extract", "--home", "none", path_str(&article)])).is_empty());

    for run in [
        tupu(&["extract", "--home", "火星", path_str(&article)]),
        tupu(&["eval", "--gold", path_str(dir.path()), "--home", "火星", path_str(&article)]),
    ] {
        assert_eq!(run.code, 2, "{}", run.stderr);
        assert!(run.stderr.contains("--home") && run.stderr.contains("火星"), "{}", run.stderr);
    }
    let store = dir.path().join("store");
    let run = tupu(&["ingest", "--store", path_str(&store), "--home", "火星", path_str(&article)]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("火星"), "{}", run.stderr);
    assert!(!store.exists(), "a refused --home must not create the store");
}
