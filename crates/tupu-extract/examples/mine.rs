//! Words jieba reads as names (person, organization, other proper noun,
//! Latin, or unknown) that no entity of the extraction covers, with how
//! many articles have them: where the dictionary and the patterns miss.
//! `cargo run -p tupu-extract --release --example mine -- FILE... > words.tsv`
use std::collections::{HashMap, HashSet};
use tupu_extract::model::Span;
use tupu_extract::normalize::Document;
use tupu_extract::segment::Segmenter;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let pipeline = tupu_extract::Pipeline::new()?;
    let segmenter = Segmenter::new(pipeline.dictionary());
    let mut df: HashMap<(String, String), (usize, String)> = HashMap::new();
    for file in std::env::args().skip(1) {
        let path = std::path::Path::new(&file);
        let text = tupu_extract::pipeline::read_article(path, None)?;
        let document = Document::new(&text);
        let extraction = pipeline.extract_document(&file, &document);
        let covered: HashSet<usize> = extraction
            .entities
            .iter()
            .flat_map(|e| e.mentions.iter())
            .flat_map(|m| m.chars.start..m.chars.end)
            .collect();
        let mut seen = HashSet::new();
        for s in &document.sentences {
            let mut at = s.span.start;
            for t in segmenter.tag(document.slice(s.span), s.span.start) {
                let n = t.text.chars().count();
                let span = Span::new(at, at + n);
                at += n;
                let pos: &str = &t.pos;
                let candidate = matches!(pos, "nr" | "nrt" | "nt" | "nz" | "nrfg")
                    || pos == "eng" && n >= 3
                    || !t.known && n >= 2 && t.text.chars().all(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c));
                if !candidate {
                    continue;
                }
                let (orig, _) = document.original_span(span);
                if (orig.start..orig.end).any(|c| covered.contains(&c)) {
                    continue;
                }
                let key = (t.text.clone(), pos.to_string());
                if seen.insert(key.clone()) {
                    let e = df.entry(key).or_insert((0, String::new()));
                    e.0 += 1;
                    if e.1.is_empty() {
                        e.1 = path.file_name().unwrap().to_string_lossy().into_owned();
                    }
                }
            }
        }
    }
    let mut rows: Vec<_> = df.into_iter().collect();
    rows.sort_by_key(|r| std::cmp::Reverse(r.1 .0));
    for ((word, pos), (n, first)) in rows {
        println!("{n}\t{word}\t{pos}\t{first}");
    }
    Ok(())
}
