//! Writes the extraction of each article to `OUT_DIR/<stem>.json`:
//! `cargo run -p tupu-extract --release --example dump -- OUT_DIR FILE...`.
use std::path::Path;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((out, files)) = args.split_first() else {
        eprintln!("usage: dump OUT_DIR FILE...");
        std::process::exit(2);
    };
    std::fs::create_dir_all(out)?;
    let pipeline = tupu_extract::Pipeline::new()?;
    for file in files {
        let path = Path::new(file);
        let name = tupu_extract::pipeline::doc_name(path);
        let text = tupu_extract::pipeline::read_article(path, None)?;
        let extraction = pipeline.extract(&name, &text);
        let stem = name.rsplit_once('.').map_or(name.as_str(), |(s, _)| s);
        std::fs::write(Path::new(out).join(format!("{stem}.json")), serde_json::to_string_pretty(&extraction)?)?;
    }
    Ok(())
}
