//! Prints jieba's tokens (text/pos, `?` when the word is unknown) of each
//! argument: a quick look at what the recognizers see.
use tupu_extract::dictionary::Dictionary;
use tupu_extract::segment::Segmenter;

fn main() {
    let segmenter = Segmenter::new(&Dictionary::bundled().unwrap());
    for text in std::env::args().skip(1) {
        let line: Vec<String> = segmenter
            .tag(&text, 0)
            .into_iter()
            .map(|t| format!("{}/{}{}", t.text, t.pos, if t.known { "" } else { "?" }))
            .collect();
        println!("{}", line.join(" "));
    }
}
