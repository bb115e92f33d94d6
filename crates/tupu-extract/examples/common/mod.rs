//! What the speed examples share: the clock they time by and how they
//! gather the files to read. (A directory with no `main.rs` is no example of
//! its own; each example includes it with `mod common;`.)

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// The clock the measurements read: this thread's CPU time where the
/// kernel reports it, else wall time since the first call.
pub fn now() -> Duration {
    static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    thread_cpu_time().unwrap_or_else(|| START.get_or_init(Instant::now).elapsed())
}

/// Linux: the first field of `/proc/thread-self/schedstat` is the time the
/// thread has run on a CPU, in nanoseconds.
pub fn thread_cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    Some(Duration::from_nanos(stat.split_whitespace().next()?.parse().ok()?))
}

/// `path` itself, or the `.txt`/`.html`/`.htm` files directly in it.
fn collect(path: &Path, files: &mut Vec<PathBuf>) -> std::io::Result<()> {
    if !path.is_dir() {
        files.push(path.to_path_buf());
        return Ok(());
    }
    for entry in std::fs::read_dir(path)? {
        let file = entry?.path();
        if matches!(file.extension().and_then(|e| e.to_str()), Some("txt" | "html" | "htm")) {
            files.push(file);
        }
    }
    Ok(())
}

/// The articles under `paths` (files, or the `.txt`/`.html`/`.htm` files in
/// a directory), in file-name order; one that cannot be read is left out.
pub fn read_texts(paths: &[PathBuf]) -> std::io::Result<Vec<String>> {
    let mut files = Vec::new();
    for path in paths {
        collect(path, &mut files)?;
    }
    files.sort();
    Ok(files.iter().filter_map(|f| tupu_extract::pipeline::read_article(f, None).ok()).collect())
}
