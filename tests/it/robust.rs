//! Robust input and crash safety: encodings, HTML, bad files in a batch,
//! SIGKILL in the middle of an ingest, reading while ingesting.

use crate::{path_str, samples_dir, tupu, Run};
use encoding_rs::{BIG5, GBK};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use tupu::store::Store;

fn sample(name: &str) -> String {
    std::fs::read_to_string(samples_dir().join(name)).unwrap()
}

/// The articles the store holds, read through a read-only open.
fn stored(store: &Path) -> Vec<String> {
    Store::open_read_only(store).unwrap().articles().unwrap()
}

/// A folder with two good articles; `bad` adds the bad one. Ingests it and
/// checks that the good ones are stored and the run failed.
fn batch_with(bad: impl FnOnce(&Path)) -> (tempfile::TempDir, Run) {
    let dir = tempfile::tempdir().unwrap();
    let articles = dir.path().join("articles");
    std::fs::create_dir(&articles).unwrap();
    std::fs::copy(samples_dir().join("a1_bigtech_cloud.txt"), articles.join("a1.txt")).unwrap();
    std::fs::copy(samples_dir().join("b1_gov_services.txt"), articles.join("z1.txt")).unwrap();
    bad(&articles);
    let store = dir.path().join("store");
    let run = tupu(&["ingest", path_str(&articles), "--store", path_str(&store)]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(stored(&store), ["a1.txt", "z1.txt"], "{}", run.stderr);
    assert!(run.stderr.contains("2 new, 0 changed, 0 unchanged, 1 failed"), "{}", run.stderr);
    (dir, run)
}

fn assert_message(run: &Run, file: &str, problem: &str) {
    let line = run
        .stderr
        .lines()
        .find(|l| l.contains(file))
        .unwrap_or_else(|| panic!("no line names {file}:\n{}", run.stderr));
    assert!(line.contains(problem), "`{line}` does not say `{problem}`");
}

#[test]
fn empty_file() {
    let (_dir, run) = batch_with(|d| std::fs::write(d.join("m_empty.txt"), " \n").unwrap());
    assert_message(&run, "m_empty.txt", "the file is empty");
}

#[test]
fn binary_file() {
    let (_dir, run) = batch_with(|d| std::fs::write(d.join("m_image.txt"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap());
    assert_message(&run, "m_image.txt", "the file looks binary (NUL byte at offset 8)");
}

#[test]
fn invalid_utf8_in_a_declared_utf8_file() {
    let (_dir, run) = batch_with(|d| {
        let mut bytes = "\u{feff}腾讯发布".as_bytes().to_vec();
        bytes.push(0xFF);
        bytes.extend("混元大模型。".as_bytes());
        std::fs::write(d.join("m_bad.txt"), bytes).unwrap();
    });
    assert_message(&run, "m_bad.txt", "not valid UTF-8 (first bad byte at offset 12)");
}

#[test]
fn a_single_100_mb_line() {
    let (_dir, run) = batch_with(|d| {
        std::fs::write(d.join("m_huge.txt"), "腾".repeat(35 << 20)).unwrap();
    });
    assert_message(&run, "m_huge.txt", "the file is too large (105 MiB; articles are read up to 1 MiB)");
}

#[test]
fn unreadable_file() {
    use std::os::unix::fs::PermissionsExt;
    let (_dir, run) = batch_with(|d| {
        let path = d.join("m_locked.txt");
        std::fs::write(&path, "腾讯发布混元大模型。").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
        if std::fs::read(&path).is_ok() {
            // root reads whatever the mode says: make it unreadable as a
            // file another way, a folder under an article's name.
            println!("running as root: chmod 000 does not block reads; a folder named m_locked.txt stands in");
            std::fs::remove_file(&path).unwrap();
            std::fs::create_dir(&path).unwrap();
            std::fs::write(path.join("nested.md"), "").unwrap();
        }
    });
    if run.stderr.contains("nested.md") {
        assert_message(&run, "nested.md", "the file is empty");
    } else {
        assert_message(&run, "m_locked.txt", "cannot read: Permission denied");
    }
}

#[test]
fn symlink_loops() {
    let dir = tempfile::tempdir().unwrap();
    let articles = dir.path().join("articles");
    std::fs::create_dir_all(articles.join("sub")).unwrap();
    std::fs::copy(samples_dir().join("a1_bigtech_cloud.txt"), articles.join("a1.txt")).unwrap();
    std::os::unix::fs::symlink("m_loop.txt", articles.join("m_loop.txt")).unwrap();
    std::os::unix::fs::symlink("..", articles.join("sub/back")).unwrap();
    let store = dir.path().join("store");
    let run = tupu(&["ingest", path_str(&articles), "--store", path_str(&store)]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_message(&run, "m_loop.txt", "cannot read: symlink loop");
    assert_message(&run, "sub/back", "symlink loop (leads back to");
    assert_eq!(stored(&store), ["a1.txt"]);
}

/// `count` copies of the samples under distinct names, `n00_…` onwards.
fn many_articles(dir: &Path, count: usize) -> Vec<String> {
    let mut samples: Vec<PathBuf> = std::fs::read_dir(samples_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    samples.sort();
    std::fs::create_dir_all(dir).unwrap();
    (0..count)
        .map(|i| {
            let name = format!("n{i:02}.txt");
            std::fs::copy(&samples[i % samples.len()], dir.join(&name)).unwrap();
            name
        })
        .collect()
}

fn spawn_ingest(articles: &Path, store: &Path) -> Child {
    Command::new(env!("CARGO_BIN_EXE_tupu"))
        // One article at a time, each in its own transaction: the run the
        // kill and the deletion must land in the middle of.
        .args(["ingest", "--verbose", "--jobs", "1", "--no-bulk", path_str(articles), "--store", path_str(store)])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// The file name of a `--verbose` "done" line (`tupu: new       DIR/x.txt (N quads)`).
fn done_name(line: &str) -> Option<String> {
    let rest = line.strip_prefix("tupu: new")?.trim_start();
    let path = rest.rsplit_once(" (")?.0;
    Some(Path::new(path).file_name()?.to_string_lossy().into_owned())
}

#[test]
fn a_file_deleted_mid_run() {
    let dir = tempfile::tempdir().unwrap();
    let articles = dir.path().join("articles");
    let names = many_articles(&articles, 16);
    let last = articles.join(names.last().unwrap());
    let store = dir.path().join("store");
    let mut child = spawn_ingest(&articles, &store);
    let mut stderr = String::new();
    let mut deleted = false;
    for line in BufReader::new(child.stderr.take().unwrap()).lines() {
        let line = line.unwrap();
        if !deleted && done_name(&line).is_some() {
            std::fs::remove_file(&last).unwrap();
            deleted = true;
        }
        stderr.push_str(&line);
        stderr.push('\n');
    }
    assert_eq!(child.wait().unwrap().code(), Some(1), "{stderr}");
    let run = Run { code: 1, stdout: String::new(), stderr };
    assert_message(&run, names.last().unwrap(), "cannot read: No such file or directory");
    assert!(run.stderr.contains("15 new, 0 changed, 0 unchanged, 1 failed"), "{}", run.stderr);
    assert_eq!(stored(&store), names[..15]);
}

#[test]
fn legacy_encodings_are_detected_and_can_be_forced() {
    let dir = tempfile::tempdir().unwrap();
    let articles = dir.path().join("articles");
    std::fs::create_dir(&articles).unwrap();
    let simplified = sample("b1_gov_services.txt");
    let traditional = sample("a4_taiwan_trad.txt");
    std::fs::write(articles.join("gbk.txt"), GBK.encode(&simplified).0).unwrap();
    std::fs::write(articles.join("big5.txt"), BIG5.encode(&traditional).0).unwrap();
    let le: Vec<u8> = simplified.encode_utf16().flat_map(u16::to_le_bytes).collect();
    std::fs::write(articles.join("utf16le.txt"), &le).unwrap();
    let mut be = vec![0xFE, 0xFF];
    be.extend(simplified.encode_utf16().flat_map(u16::to_be_bytes));
    std::fs::write(articles.join("utf16be.txt"), &be).unwrap();
    std::fs::write(articles.join("utf8.txt"), &simplified).unwrap();

    let extract = |file: &str, encoding: Option<&str>| {
        let path = articles.join(file);
        let mut args = vec!["extract", "--format", "jsonl", path_str(&path)];
        args.extend(encoding.map(|e| ["--encoding", e]).into_iter().flatten());
        tupu(&args)
    };
    let reference = extract("utf8.txt", None);
    assert_eq!(reference.code, 0, "{}", reference.stderr);
    for file in ["gbk.txt", "utf16le.txt", "utf16be.txt"] {
        let run = extract(file, None);
        assert_eq!(run.code, 0, "{file}: {}", run.stderr);
        assert_eq!(run.stdout.replace(file, "utf8.txt"), reference.stdout, "{file} extracts as its UTF-8 original");
    }
    let big5 = extract("big5.txt", Some("big5"));
    assert_eq!(big5.code, 0, "{}", big5.stderr);
    assert!(big5.stdout.contains("\"label\""), "{}", big5.stdout);
    let forced_wrong = extract("gbk.txt", Some("utf-8"));
    assert_eq!(forced_wrong.code, 1);
    assert!(forced_wrong.stderr.contains("gbk.txt: the file is not valid UTF-8"), "{}", forced_wrong.stderr);
    let unknown = extract("gbk.txt", Some("latin1"));
    assert_eq!(unknown.code, 2);
    assert!(unknown.stderr.contains("unsupported encoding `latin1`"), "{}", unknown.stderr);

    let store = dir.path().join("store");
    let run = tupu(&["ingest", path_str(&articles), "--store", path_str(&store)]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(stored(&store), ["big5.txt", "gbk.txt", "utf16be.txt", "utf16le.txt", "utf8.txt"]);
}

#[test]
fn html_body_title_and_published_date() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("page.html");
    std::fs::write(
        &page,
        r#"<!DOCTYPE html><html><head><meta charset="utf-8"><title>腾讯元宝用户增长</title>
        <meta property="article:published_time" content="2025-06-01T09:00:00+08:00">
        <script>var 腾讯元宝 = "不是正文";</script><style>.a{}</style></head>
        <body><nav>首页 科技 财经</nav><article><h1>腾讯元宝用户增长</h1>
        <p>腾讯元宝去年的月活达到2000万。</p></article><footer>版权所有 某网站</footer></body></html>"#,
    )
    .unwrap();
    let run = tupu(&["extract", path_str(&page)]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(json["title"], "腾讯元宝用户增长");
    assert_eq!(json["dateline"], "2025-06-01");
    let fact =
        json["facts"].as_array().unwrap().iter().find(|f| f["subject"] == "腾讯元宝").expect("the figure is read");
    assert_eq!(fact["date"], "2024", "去年 resolves against the page's date: {fact}");
    assert!(!run.stdout.contains("不是正文") && !run.stdout.contains("版权所有"), "{}", run.stdout);
}

#[test]
fn sigkill_mid_batch_loses_nothing_reported_and_resumes() {
    let dir = tempfile::tempdir().unwrap();
    let articles = dir.path().join("articles");
    let names = many_articles(&articles, 24);
    let store = dir.path().join("store");
    let mut child = spawn_ingest(&articles, &store);
    let mut done = Vec::new();
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    for line in lines.by_ref() {
        if let Some(name) = done_name(&line.unwrap()) {
            done.push(name);
            if done.len() == 3 {
                child.kill().unwrap();
                break;
            }
        }
    }
    // Lines written before the kill may still be in the pipe.
    done.extend(lines.map_while(Result::ok).filter_map(|l| done_name(&l)));
    child.wait().unwrap();
    assert!(done.len() >= 3 && done.len() < names.len(), "{done:?}");

    let present = stored(&store);
    for name in &done {
        assert!(present.contains(name), "{name} was reported done but is not in the store: {present:?}");
    }
    let validate = tupu(&["validate", "--store", path_str(&store)]);
    assert_eq!(validate.code, 0, "{}{}", validate.stdout, validate.stderr);

    let again = tupu(&["ingest", "--verbose", path_str(&articles), "--store", path_str(&store)]);
    assert_eq!(again.code, 0, "{}", again.stderr);
    let renewed: Vec<String> = again.stderr.lines().filter_map(done_name).collect();
    let missing: Vec<String> = names.iter().filter(|n| !present.contains(n)).cloned().collect();
    assert_eq!(renewed, missing, "only what was missing is ingested again");
    assert_eq!(stored(&store), names);
}

#[test]
fn reading_while_ingesting_sees_committed_articles_and_a_second_writer_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let articles = dir.path().join("articles");
    let names = many_articles(&articles, 16);
    let store = dir.path().join("store");
    let mut child = spawn_ingest(&articles, &store);
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    let mut done = 0;
    for line in lines.by_ref() {
        if done_name(&line.unwrap()).is_some() {
            done += 1;
            if done == 2 {
                break;
            }
        }
    }
    let query = tupu(&[
        "query",
        "--store",
        path_str(&store),
        "--format",
        "tsv",
        "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?a a <https://tupu.dev/ontology#Article> } }",
    ]);
    let writer = tupu(&["ingest", path_str(&articles), "--store", path_str(&store)]);
    let rest: Vec<String> = lines.map_while(Result::ok).collect();
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(0), "{rest:?}");

    assert_eq!(query.code, 0, "{}", query.stderr);
    let seen: usize = crate::tsv_value(query.stdout.lines().nth(1).unwrap()).parse().unwrap();
    assert!((2..=names.len()).contains(&seen), "the reader saw {seen} articles");
    if writer.code == 2 {
        assert!(writer.stderr.contains("is being written by another process"), "{}", writer.stderr);
    } else {
        // The first ingest ended before the second one opened the store.
        assert_eq!(writer.code, 0, "{}", writer.stderr);
    }
    assert_eq!(stored(&store), names);
}

/// A disk that fills up mid-ingest, bulk and `--no-bulk`: every article
/// is reported (the full disk named), then the summary; nothing of the
/// bulk loader stays behind; once space is back the store opens, validates
/// and takes the next ingest. Also a bulk load killed with the disk full,
/// whose temporary `bulk-*.sst` holds the space: the next ingest removes it.
///
/// The disk is a 40 MB tmpfs in a mount namespace of the test's own
/// (`unshare`; a user namespace too when not root), gone when it ends.
#[test]
fn a_full_disk_leaves_a_store_that_works_once_space_is_back() {
    let dir = tempfile::tempdir().unwrap();
    let (mnt, out) = (dir.path().join("mnt"), dir.path().join("out"));
    std::fs::create_dir_all(&mnt).unwrap();
    std::fs::create_dir_all(&out).unwrap();
    let script = dir.path().join("full.sh");
    std::fs::write(
        &script,
        r#"set -u
T=$1; S=$2; M=$3; O=$4
mount -t tmpfs -o size=40m tmpfs "$M" || exit 90
"$T" ingest --store "$M/store" "$S/a1_bigtech_cloud.txt" 2>"$O/first.err" || exit 91
# Leaves 300 KB free.
fill() { avail=$(df -k --output=avail "$M" | tail -1); dd if=/dev/zero of="$1" bs=1K count=$((avail - 300)) 2>/dev/null; }
run() { name=$1; shift; "$T" "$@" 2>"$O/$name.err"; echo $? >"$O/$name.code"; ls "$M/store" >"$O/$name.ls"; }
fill "$M/filler"
run bulk ingest --store "$M/store" "$S"
rm "$M/filler"; fill "$M/filler"
run nobulk ingest --no-bulk --store "$M/store" "$S"
rm "$M/filler"
run validate validate --store "$M/store"
# A bulk load killed with the disk full: its temporary file holds the space.
fill "$M/store/bulk-1.sst"
run again ingest --store "$M/store" "$S"
run validate2 validate --store "$M/store"
"#,
    )
    .unwrap();
    // SAFETY: geteuid has no preconditions.
    let root = unsafe { libc::geteuid() } == 0;
    let flags: &[&str] = if root { &["--mount"] } else { &["--user", "--map-root-user", "--mount"] };
    let status = Command::new("unshare")
        .args(flags)
        .args(["sh", path_str(&script), env!("CARGO_BIN_EXE_tupu"), path_str(&crate::samples_dir())])
        .args([path_str(&mnt), path_str(&out)])
        .status();
    let Ok(status) = status.map(|s| s.code()) else {
        assert!(std::env::var_os("CI").is_none(), "`unshare` is needed by this test and CI is set");
        return;
    };
    if status != Some(0) {
        // No mount namespace here (a container without the capability).
        assert!(std::env::var_os("CI").is_none(), "cannot mount a tmpfs with unshare {flags:?}: {status:?}");
        eprintln!("skipped: cannot mount a tmpfs in a namespace of our own");
        return;
    }
    let read = |name: &str| std::fs::read_to_string(out.join(name)).unwrap_or_default();
    let code = |name: &str| read(&format!("{name}.code")).trim().to_string();
    for run in ["bulk", "nobulk"] {
        let stderr = read(&format!("{run}.err"));
        // 1: articles failed; 2: the store could not be written out after.
        assert!(matches!(code(run).as_str(), "1" | "2"), "{run}: {stderr}");
        assert!(stderr.contains("No space left on device"), "{run}: {stderr}");
        // Every article reported, then the summary, then what to do.
        assert!(stderr.contains("tupu: 10 articles: 0 new, 0 changed, 1 unchanged, 9 failed"), "{run}: {stderr}");
        assert!(stderr.contains("the disk is full: free some space"), "{run}: {stderr}");
        assert!(!read(&format!("{run}.ls")).contains("bulk-"), "{run}: {}", read(&format!("{run}.ls")));
    }
    assert_eq!(code("validate"), "0", "{}", read("validate.err"));
    assert!(read("validate.err").contains("conforms to the shapes"), "{}", read("validate.err"));
    let again = read("again.err");
    assert_eq!(code("again"), "0", "{again}");
    assert!(again.contains("tupu: 10 articles: 9 new, 0 changed, 1 unchanged, 0 failed"), "{again}");
    assert!(again.contains("/store: 10 articles, "), "{again}");
    assert!(!read("again.ls").contains("bulk-"), "{}", read("again.ls"));
    assert_eq!(code("validate2"), "0", "{}", read("validate2.err"));
}
