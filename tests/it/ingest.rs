//! `tupu ingest`: samples, re-ingesting, editing an article, bad files.

use crate::{count, path_str, samples_dir, tupu, QWEN25_TEXT, XIHU_TEXT};
use std::path::Path;
use tupu::store::Store;

const ALL_QUADS: &str = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";

fn sample_count() -> usize {
    std::fs::read_dir(samples_dir())
        .unwrap()
        .filter(|e| e.as_ref().unwrap().path().extension().is_some_and(|x| x == "txt"))
        .count()
}

#[test]
fn ingests_samples_and_reports_a_summary() {
    let dir = tempfile::tempdir().unwrap();
    let store_dir = dir.path().join("store");
    let run = tupu(&["ingest", path_str(&samples_dir()), "--store", path_str(&store_dir)]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout, "", "ingest writes nothing on stdout");
    let n = sample_count();
    assert!(n >= 5, "only {n} samples");
    assert!(
        run.stderr.contains(&format!("tupu: {n} articles: {n} new, 0 changed, 0 unchanged, 0 failed")),
        "{}",
        run.stderr
    );
    let store = Store::open_existing(&store_dir).unwrap();
    let counts = store.counts().unwrap();
    assert_eq!(counts.articles, n);
    assert!(counts.entities > 10 * n / 2, "{counts:?}");
    assert!(counts.statements > counts.entities, "{counts:?}");
    assert!(counts.curated_entities > 100, "{counts:?}");
    // The closing summary totals the store (small: well within its time
    // limit), and the triples written are the articles' graphs.
    assert!(run.stderr.contains(&format!("statements, {} triples", counts.quads)), "{}", run.stderr);
    assert_eq!(store.counts_within(std::time::Duration::from_secs(600)).unwrap(), Some(counts));
    let article_triples =
        count(&store, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?g a tupu:Article . } GRAPH ?g { ?s ?p ?o } }");
    assert!(run.stderr.contains(&format!("0 failed; {article_triples} triples written")), "{}", run.stderr);
    // Named graphs only: one per article, the curated graph, the ontology graph.
    assert_eq!(count(&store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { } }"), n + 2);
    let in_default_graph = match store.query("SELECT * WHERE { ?s ?p ?o } LIMIT 1", false).unwrap() {
        tupu::rdf::QueryResults::Solutions(solutions) => solutions.count(),
        _ => unreachable!(),
    };
    assert_eq!(in_default_graph, 0, "the default graph stays empty");
}

#[test]
fn reingesting_unchanged_articles_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let store_dir = dir.path().join("store");
    let store_arg = path_str(&store_dir);
    let samples = samples_dir();
    assert_eq!(tupu(&["ingest", path_str(&samples), "--store", store_arg]).code, 0);
    let before = count(&Store::open_existing(&store_dir).unwrap(), ALL_QUADS);

    let again = tupu(&["ingest", path_str(&samples), "--store", store_arg]);
    assert_eq!(again.code, 0, "{}", again.stderr);
    let n = sample_count();
    assert!(again.stderr.contains(&format!("0 new, 0 changed, {n} unchanged, 0 failed")), "{}", again.stderr);
    assert_eq!(count(&Store::open_existing(&store_dir).unwrap(), ALL_QUADS), before);

    // Forcing rewrites every graph, and still nothing doubles.
    let forced = tupu(&["ingest", path_str(&samples), "--store", store_arg, "--force"]);
    assert_eq!(forced.code, 0, "{}", forced.stderr);
    assert!(forced.stderr.contains(&format!("0 new, {n} changed, 0 unchanged")), "{}", forced.stderr);
    assert_eq!(count(&Store::open_existing(&store_dir).unwrap(), ALL_QUADS), before);
}

/// The sentences of the statements of one article graph.
fn sentences(store: &Store, doc: &str) -> Vec<String> {
    let query = format!(
        "SELECT DISTINCT ?sentence WHERE {{ GRAPH {} {{ ?st rdf:subject ?s ; tupu:evidence/tupu:inSentence?/tupu:text ?sentence }} }} ORDER BY ?sentence",
        tupu::rdf::article_iri(doc)
    );
    let solutions = store.select(&query).unwrap();
    solutions
        .iter()
        .map(|s| match s.get("sentence") {
            Some(tupu::rdf::Term::Literal(l)) => l.value().to_string(),
            other => panic!("{other:?}"),
        })
        .collect()
}

#[test]
fn editing_an_article_replaces_exactly_its_statements() {
    let dir = tempfile::tempdir().unwrap();
    let articles = dir.path().join("articles");
    std::fs::create_dir(&articles).unwrap();
    std::fs::write(articles.join("xihu.txt"), XIHU_TEXT).unwrap();
    std::fs::write(articles.join("qwen25.txt"), QWEN25_TEXT).unwrap();
    let store_dir = dir.path().join("store");
    let store_arg = path_str(&store_dir);

    let first = tupu(&["ingest", path_str(&articles), "--store", store_arg]);
    assert_eq!(first.code, 0, "{}", first.stderr);
    let (xihu_before, qwen_before) = {
        let store = Store::open_existing(&store_dir).unwrap();
        (sentences(&store, "xihu.txt"), store.article_nquads("qwen25.txt").unwrap())
    };
    let old = "这个助手依托阿里巴巴的通义千问大模型，主要在政务领域为辖区企业答疑！";
    assert!(xihu_before.iter().any(|s| s == old), "{xihu_before:#?}");

    // Rewrite one sentence of one article.
    let new = "这个助手改为接入腾讯的混元大模型，继续在政务领域为辖区企业答疑！";
    std::fs::write(articles.join("xihu.txt"), XIHU_TEXT.replace(old, new)).unwrap();
    let second = tupu(&["ingest", path_str(&articles), "--store", store_arg]);
    assert_eq!(second.code, 0, "{}", second.stderr);
    assert!(second.stderr.contains("2 articles: 0 new, 1 changed, 1 unchanged, 0 failed"), "{}", second.stderr);

    let store = Store::open_existing(&store_dir).unwrap();
    let xihu_after = sentences(&store, "xihu.txt");
    assert!(!xihu_after.iter().any(|s| s == old), "the old sentence is gone: {xihu_after:#?}");
    assert!(xihu_after.iter().any(|s| s == new), "the new sentence is there: {xihu_after:#?}");
    // Sentences the edit did not touch keep their statements.
    let untouched: Vec<&String> = xihu_before.iter().filter(|s| *s != old).collect();
    assert!(untouched.iter().all(|s| xihu_after.contains(s)), "{untouched:#?}\n{xihu_after:#?}");
    // The other article's graph is byte for byte what it was.
    assert_eq!(store.article_nquads("qwen25.txt").unwrap(), qwen_before);
    // No statement anywhere quotes the old sentence.
    let stale = format!("ASK {{ ?s tupu:text \"{old}\" }}");
    assert!(!store.ask(&stale).unwrap());
}

#[test]
fn a_bad_file_does_not_stop_the_batch() {
    let dir = tempfile::tempdir().unwrap();
    let articles = dir.path().join("articles");
    std::fs::create_dir_all(articles.join("more")).unwrap();
    std::fs::write(articles.join("xihu.txt"), XIHU_TEXT).unwrap();
    std::fs::write(articles.join("more").join("qwen25.md"), QWEN25_TEXT).unwrap();
    std::fs::write(articles.join("notes.json"), "{}").unwrap(); // not an article: skipped
    let missing = dir.path().join("missing.txt");
    // Same file name as an article of the folder, different file.
    let twin_dir = dir.path().join("twin");
    std::fs::create_dir(&twin_dir).unwrap();
    std::fs::write(twin_dir.join("xihu.txt"), "另一篇同名文章。").unwrap();
    let store_dir = dir.path().join("store");

    let run = tupu(&[
        "ingest",
        path_str(&missing),
        path_str(&articles),
        path_str(&twin_dir.join("xihu.txt")),
        "--store",
        path_str(&store_dir),
    ]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains(&format!("tupu: {}: ", missing.display())), "{}", run.stderr);
    assert!(run.stderr.contains("same file name as"), "{}", run.stderr);
    assert!(run.stderr.contains("4 articles: 2 new, 0 changed, 0 unchanged, 2 failed"), "{}", run.stderr);
    let store = Store::open_existing(&store_dir).unwrap();
    assert_eq!(store.articles().unwrap(), ["qwen25.md", "xihu.txt"]);
}

#[test]
fn query_and_validate_never_create_a_store() {
    let dir = tempfile::tempdir().unwrap();
    let store_dir = dir.path().join("nothing-here");
    let query = tupu(&["query", "--store", path_str(&store_dir), "ASK {}"]);
    assert_eq!(query.code, 2);
    assert_eq!(
        query.stderr,
        format!(
            "tupu: error: no tupu store at {0} (create one with `tupu ingest PATH --store {0}`)\n",
            store_dir.display()
        )
    );
    let validate = tupu(&["validate", "--store", path_str(&store_dir)]);
    assert_eq!(validate.code, 2);
    assert!(validate.stderr.contains("no tupu store at"), "{}", validate.stderr);
    assert!(!Path::new(&store_dir).exists());
}

/// The article graphs of a store as sorted N-Quads, without
/// `tupu:ingestedAt` (the clock is the only thing two ingests of one text
/// may differ in).
fn article_nquads(store: &Path) -> Vec<String> {
    let run = tupu(&["export", "--store", path_str(store), "--format", "nquads"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let mut lines: Vec<String> =
        run.stdout.lines().filter(|l| !l.contains("#ingestedAt>")).map(str::to_string).collect();
    lines.sort();
    lines
}

#[test]
fn uploads_give_the_same_graph_as_ingest() {
    use crate::serve::{client, reply, Server};
    let dir = tempfile::tempdir().unwrap();
    let files = dir.path().join("files");
    std::fs::create_dir(&files).unwrap();
    // An HTML page (read as HTML by its name) and a GBK text file (detected).
    let page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>腾讯发布混元大模型</title></head>\
        <body><nav>首页 | 科技</nav><article><p>2025年6月2日，腾讯发布了混元大模型。</p>\
        <p>阿里云推出了通义千问，百度推出了文心一言。</p></article></body></html>";
    let gbk_text = "深圳推出企业服务助手「深小服」\n\n深圳市南山区依托百度「文心一言」大模型开发了「深小服」AI专员。\n";
    let (gbk, _, _) = encoding_rs::GBK.encode(gbk_text);
    let articles: [(&str, &[u8]); 2] = [("page.html", page.as_bytes()), ("shen.txt", &gbk)];
    for (name, bytes) in articles {
        std::fs::write(files.join(name), bytes).unwrap();
    }

    // `tupu ingest page.html shen.txt`, run beside the files so that the
    // recorded `tupu:path` is the file name, as an upload's is.
    let ingested = dir.path().join("ingested");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_tupu"))
        .current_dir(&files)
        .args(["ingest", "--store", path_str(&ingested), "page.html", "shen.txt"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));

    // The same bytes uploaded to `tupu serve`.
    let uploaded = dir.path().join("uploaded");
    drop(Store::open(&uploaded).unwrap());
    {
        let server = Server::start(&uploaded, &["--update-token", "s3cret-token"]);
        for (name, bytes) in articles {
            let answer = reply(
                client()
                    .post(&server.url(&format!("/articles?name={name}")))
                    .header("Authorization", "Bearer s3cret-token")
                    .send(bytes),
            );
            assert_eq!(answer.status, 201, "{name}: {}", answer.body);
        }
    }

    let expected = article_nquads(&ingested);
    let text = expected.join("\n");
    assert!(text.contains("混元") && text.contains("深小服"), "{text}");
    assert!(!text.contains("<p>") && !text.contains("<title>"), "the page is read as HTML: {text}");
    assert_eq!(article_nquads(&uploaded), expected);
}

/// Runs `tupu ARGS` and returns its exit code, wall time and peak RSS in
/// MB (its own, from `wait4`, not that of other tests' children).
// The child is reaped by `wait4`, which clippy does not see.
#[allow(clippy::zombie_processes)]
fn measured(args: &[&str]) -> (i32, std::time::Duration, f64) {
    use std::os::unix::process::ExitStatusExt;
    let started = std::time::Instant::now();
    let child = std::process::Command::new(env!("CARGO_BIN_EXE_tupu"))
        .args(args)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut status = 0;
    // SAFETY: `usage` is a plain C struct that wait4 fills in; the child is
    // ours and reaped here (its `Child` is not waited for again).
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let pid = unsafe { libc::wait4(child.id() as libc::pid_t, &mut status, 0, &mut usage) };
    assert_eq!(pid, child.id() as libc::pid_t);
    let code = std::process::ExitStatus::from_raw(status).code().unwrap_or(-1);
    (code, started.elapsed(), usage.ru_maxrss as f64 / 1024.0)
}

/// Issue 15: a line with no sentence end was the `tupu:sentence` of every
/// mention on it, so memory grew with the square of the line (2.5 GB for a
/// 128 KB line; a 1 MiB one was killed at 24 GB). Now the largest article
/// the reader accepts, one 1 MiB line (144,000 triples, 70,000 places),
/// ingests in 5–10 s and about 240 MB: its sentences are stored once, not
/// once per span in them (704 MB before), and the bulk loader is sized on
/// the commit.
#[test]
fn a_long_line_costs_linear_memory() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("line.txt");
    let line = "腾讯发布了混元大模型".repeat(tupu::pipeline::MAX_ARTICLE_BYTES as usize / 30);
    assert!(line.len() as u64 > tupu::pipeline::MAX_ARTICLE_BYTES - 30);
    std::fs::write(&article, line).unwrap();
    let store = dir.path().join("store");
    let (code, took, peak_mb) = measured(&["ingest", "--store", path_str(&store), path_str(&article)]);
    assert_eq!(code, 0);
    assert!(took.as_secs() < 30, "{took:?}");
    assert!(peak_mb < 300.0, "peak RSS {peak_mb:.0} MB");
    let longest = crate::query_rows(&store, "SELECT (MAX(STRLEN(?s)) AS ?n) { GRAPH ?g { ?x tupu:text ?s } }");
    let longest: usize = longest[0][0].parse().unwrap();
    assert!(longest <= tupu::normalize::MAX_SENTENCE_CHARS, "{longest}");
    // Each sentence once: its text is not repeated per span.
    let texts = crate::query_rows(&store, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?x tupu:text ?s } }");
    let sentences = crate::query_rows(&store, "SELECT (COUNT(DISTINCT ?x) AS ?n) { GRAPH ?g { ?x tupu:text ?s } }");
    assert_eq!(texts, sentences);
}

#[test]
fn jobs_are_bounded() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    for (jobs, says) in [("0", "at least 1"), ("100000", "too many")] {
        let run = tupu(&["ingest", "--jobs", jobs, "--store", path_str(&store), path_str(&samples_dir())]);
        assert_eq!(run.code, 2, "{}", run.stderr);
        assert!(run.stderr.contains(says), "{}", run.stderr);
    }
    assert!(!store.exists());
}

#[test]
fn no_bulk_ingest_leaves_no_write_ahead_log() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let run = tupu(&["ingest", "--no-bulk", "--jobs", "1", "--store", path_str(&store), path_str(&samples_dir())]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let log: u64 = std::fs::read_dir(&store)
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".log"))
        .map(|e| e.metadata().unwrap().len())
        .sum();
    // 17 MB before the store was reopened at the end of the run.
    assert!(log < 1024 * 1024, "{log} bytes of write-ahead log");
}

/// Two articles spell one model differently (case, a dash for a space):
/// the names fold alike, so the graph has one entity that both articles
/// add to, each graph keeps its own spelling as the label, and the store
/// still validates.
#[test]
fn spellings_that_fold_alike_are_one_entity() {
    let dir = tempfile::tempdir().unwrap();
    let articles = dir.path().join("articles");
    std::fs::create_dir(&articles).unwrap();
    std::fs::write(articles.join("a.txt"), "星河科技推出了Qiming-7B模型。\n").unwrap();
    std::fs::write(articles.join("b.txt"), "星河科技推出了QIMING 7B模型。\n").unwrap();
    let store_dir = dir.path().join("store");
    let run = tupu(&["ingest", path_str(&articles), "--store", path_str(&store_dir)]);
    assert_eq!(run.code, 0, "{}", run.stderr);

    let store = Store::open_existing(&store_dir).unwrap();
    let labels = "SELECT (COUNT(DISTINCT ?label) AS ?n) WHERE { GRAPH ?g { ?g a tupu:Article . ?m a tupu:Model ; rdfs:label ?label } }";
    assert_eq!(count(&store, labels), 2, "each article keeps its spelling");
    let models = "SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { GRAPH ?g { ?g a tupu:Article . ?m a tupu:Model } }";
    assert_eq!(count(&store, models), 1, "one entity for both spellings");
    let graph = tupu::graph::EntityGraph::load(&store, &tupu::graph::Filter::default()).unwrap();
    let found = graph.find("qiming 7b");
    assert_eq!(found.len(), 1);
    let entity = &graph.graph[found[0]];
    assert_eq!(entity.articles.len(), 2);
    // Ties go to the smaller spelling; the other is an alias.
    assert_eq!(entity.label, "QIMING 7B");
    assert!(entity.aliases.contains("Qiming-7B"), "{:?}", entity.aliases);
    drop(store);

    let validate = tupu(&["validate", "--store", path_str(&store_dir)]);
    assert_eq!(validate.code, 0, "{}{}", validate.stdout, validate.stderr);
}
