//! Stage 2: word segmentation with jieba-rs, the only user of jieba.
//!
//! Every dictionary name written with Chinese characters is added as a user
//! word with a POS tag for its type, so that curated names are never split.
//! Text is fed one sentence at a time: jieba's DAG search on whole files is
//! needlessly slow, and sentences are the unit every later stage reads.

use crate::dictionary::Dictionary;
use crate::model::{EntityType, Span};
use jieba_rs::Jieba;

/// A word with its part of speech (jieba's ICTCLAS tags: `n`, `nr` person,
/// `ns` place, `nt` organization, `nz` other proper noun, `v`, `eng` …).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub text: String,
    pub pos: Pos,
    /// Char span in the normalized document text.
    pub(crate) span: Span,
    /// Whether the word is in jieba's dictionary. Words that are not were
    /// found by its HMM, and are names more often than not.
    pub known: bool,
}

/// A part-of-speech tag. jieba's tags are a few dozen short strings; they
/// are interned once instead of allocated for every token. Reads like a
/// `&str`: `pos == "v"`, `pos.starts_with('n')`, `pos.as_str()`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Pos(&'static str);

impl Pos {
    pub(crate) fn new(tag: &str) -> Pos {
        Pos(intern(tag))
    }

    pub(crate) fn as_str(&self) -> &'static str {
        self.0
    }
}

impl std::ops::Deref for Pos {
    type Target = str;

    fn deref(&self) -> &str {
        self.0
    }
}

impl PartialEq<str> for Pos {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for Pos {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl std::fmt::Display for Pos {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

/// The one `&'static` copy of `tag`. jieba's tags (those of its dictionary
/// and of its guesses: `eng`, `m`, `x`) and those [`pos_tag`] gives
/// dictionary names are matched; any other (a user dictionary's own) is
/// leaked once and reused: tags come from a finite dictionary, never from
/// the text.
fn intern(tag: &str) -> &'static str {
    macro_rules! known {
        ($($tag:literal)*) => {
            match tag {
                $($tag => return $tag,)*
                _ => {}
            }
        };
    }
    known!(
        "n" "nr" "v" "i" "l" "ns" "m" "nz" "nrt" "zg" "nt" "a" "vn" "z" "d" "t" "j" "b" "g" "r" "s" "c" "nrfg" "x"
        "f" "ng" "o" "q" "vg" "p" "ad" "mq" "y" "ag" "an" "e" "u" "tg" "vq" "vi" "k" "vd" "rr" "mg" "h" "dg" "uz"
        "uv" "ul" "uj" "ug" "ud" "rz" "rg" "df" "eng"
    );
    static OTHERS: std::sync::Mutex<Vec<&'static str>> = std::sync::Mutex::new(Vec::new());
    let mut others = OTHERS.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some(known) = others.iter().find(|t| **t == tag) {
        return known;
    }
    let leaked: &'static str = Box::leak(tag.to_string().into_boxed_str());
    others.push(leaked);
    leaked
}

impl Token {
    pub(crate) fn is_proper_noun(&self) -> bool {
        matches!(self.pos.as_str(), "nr" | "nrt" | "nrfg" | "ns" | "nt" | "nz" | "eng" | "x")
    }
}

pub struct Segmenter {
    jieba: Jieba,
}

impl Segmenter {
    /// jieba's default dictionary plus every CJK name of `dictionary`.
    pub fn new(dictionary: &Dictionary) -> Segmenter {
        let mut jieba = Jieba::new();
        for (name, entry) in dictionary.names() {
            if name.chars().any(is_cjk) && !name.contains(' ') {
                let simplified = crate::normalize::to_simplified(name);
                jieba.add_word(&simplified, Some(50_000), Some(pos_tag(entry.kind)));
            }
        }
        // jieba's dictionary has a few words that glue a name's suffix to the
        // title after it (银行行长, 大学教授, 公司总裁): cut there, they hide
        // the name (澄江银行) from the suffix scan and the title from the
        // person scan.
        let suffixes = crate::cues::COMPANY_SUFFIXES.iter().chain(crate::cues::ORGANIZATION_SUFFIXES);
        for suffix in suffixes {
            for title in crate::cues::TITLES.iter() {
                let glued = format!("{suffix}{title}");
                if jieba.has_word(&glued) {
                    jieba.add_word(&glued, Some(0), None);
                }
            }
        }
        // 联合国产算力: the curated 联合国 (a high count, like every curated
        // name) took the 国 of 国产 (domestic), a word news writes often.
        // Likewise 高通 took the 通 of 通胀 (inflation).
        jieba.add_word("国产", Some(50_000), Some("b"));
        jieba.add_word("通胀", Some(50_000), Some("n"));
        Segmenter { jieba }
    }

    /// Tags one sentence; `offset` is the sentence's char position in the
    /// document, so that token spans are document positions.
    pub fn tag(&self, sentence: &str, offset: usize) -> Vec<Token> {
        self.jieba
            .tag(sentence, true)
            .into_iter()
            .map(|t| Token {
                text: t.word.to_string(),
                pos: Pos::new(t.tag),
                span: Span::new(offset + t.start, offset + t.end),
                known: self.jieba.has_word(t.word),
            })
            .collect()
    }
}

fn pos_tag(kind: EntityType) -> &'static str {
    match kind {
        EntityType::Person => "nr",
        EntityType::Place => "ns",
        EntityType::Company | EntityType::Organization => "nt",
        EntityType::Sector => "n",
        _ => "nz",
    }
}

pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x4E00..=0x9FFF | 0x3400..=0x4DBF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(seg: &Segmenter, text: &str) -> Vec<String> {
        seg.tag(text, 0).into_iter().map(|t| format!("{}/{}", t.text, t.pos)).collect()
    }

    #[test]
    fn curated_names_stay_whole_with_their_tag() {
        let dict = Dictionary::from_tsv(
            "label\ttype\taliases\tparent\tfamily\tplace\n通义千问\tModel\t\t\t\t\n明德医疗\tCompany\t\t\t\t\n",
        )
        .unwrap();
        let seg = Segmenter::new(&dict);
        let got = words(&seg, "腾讯与明德医疗合作,接入通义千问");
        assert!(got.contains(&"明德医疗/nt".to_string()), "{got:?}");
        assert!(got.contains(&"通义千问/nz".to_string()), "{got:?}");
    }

    #[test]
    fn tags_are_interned_and_read_like_strings() {
        let pos = Pos::new("nrt");
        assert!(std::ptr::eq(pos.as_str(), Pos::new(&String::from("nrt")).as_str()));
        assert!(pos == "nrt" && pos.starts_with("nr") && pos != "nr");
        let odd = Pos::new("userTag");
        assert_eq!(odd.as_str(), "userTag");
        assert!(std::ptr::eq(odd.as_str(), Pos::new("userTag").as_str()), "leaked once, then reused");
        assert_eq!(format!("{pos}/{odd}"), "nrt/userTag");
    }

    #[test]
    fn spans_are_document_char_positions() {
        let dict = Dictionary::from_tsv("label\ttype\taliases\tparent\tfamily\tplace\n").unwrap();
        let seg = Segmenter::new(&dict);
        let tokens = seg.tag("百度发布文心", 10);
        assert_eq!(tokens.first().unwrap().span.start, 10);
        assert_eq!(tokens.last().unwrap().span.end, 16);
    }
}
