//! Word lists that are asked "is this word in the list?" once per token.
//!
//! A `&[&str]` answers `contains` by comparing with every entry; for the
//! 90 job titles, asked two or three times for every token of every
//! sentence, that was a tenth of extraction time. [`Words`] keeps the list
//! as written (it derefs to the slice, so iteration and the other slice
//! methods are unchanged) and answers `contains` from a hash set built on
//! first use. `contains` is an inherent method, so it takes precedence over
//! the slice's own: call sites read the same.
//!
//! Most words asked about are in no list, and a hash look-up still hashes
//! and probes for them: a bitmap of the lists' last chars turns nearly all
//! of them away first (the titles are asked about every token several
//! times; the hashing alone was two per cent of extraction time).

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

pub struct Words {
    list: &'static [&'static str],
    set: OnceLock<Lookup>,
    /// All the words in one automaton, for [`Words::within`].
    any: OnceLock<aho_corasick::AhoCorasick>,
}

/// The set, and a filter that answers "no" for most words without it.
struct Lookup {
    set: HashSet<&'static str, BuildHasherDefault<Fnv>>,
    last_chars: LastChars,
    first_chars: LastChars,
    /// The words' distinct lengths in bytes, for [`Words::ends`] and
    /// [`Words::starts`].
    lengths: Vec<usize>,
}

/// A 4096-bit Bloom filter of one hash over the last (or the first) char
/// of every word: a word whose last char's bit is clear is in no list.
/// Exact for "no"; "maybe" goes on to the set.
struct LastChars {
    bits: [u64; 64],
    first: bool,
}

impl LastChars {
    #[inline]
    fn bit(&self, word: &str) -> Option<usize> {
        let c = if self.first { word.chars().next() } else { word.chars().next_back() };
        // Fibonacci hashing: the top 12 bits of the product spread nearby
        // code points (a run of CJK ideographs) over the whole map.
        c.map(|c| ((c as u32).wrapping_mul(0x9E37_79B9) >> 20) as usize)
    }

    fn new(list: &[&str], first: bool) -> LastChars {
        let mut chars = LastChars { bits: [0u64; 64], first };
        for word in list {
            if let Some(bit) = chars.bit(word) {
                chars.bits[bit / 64] |= 1 << (bit % 64);
            }
        }
        chars
    }

    #[inline]
    fn may_contain(&self, word: &str) -> bool {
        // The empty word has no last char: the set decides.
        self.bit(word).is_none_or(|bit| self.bits[bit / 64] & (1 << (bit % 64)) != 0)
    }
}

impl Words {
    pub const fn new(list: &'static [&'static str]) -> Words {
        Words { list, set: OnceLock::new(), any: OnceLock::new() }
    }

    /// Whether `word` is one of the list's words (the slice's `contains`,
    /// in constant time).
    pub fn contains(&self, word: &&str) -> bool {
        let lookup = self.lookup();
        lookup.last_chars.may_contain(word) && lookup.set.contains(*word)
    }

    /// Whether `a` and `b` written together are one of the list's words,
    /// without writing them together unless one could be.
    pub fn contains_joined(&self, a: &str, b: &str) -> bool {
        let last = if b.is_empty() { a } else { b };
        self.lookup().last_chars.may_contain(last) && self.contains(&[a, b].concat().as_str())
    }

    /// Whether `text` ends with one of the list's words
    /// (`list.iter().any(|w| text.ends_with(w))`): a look-up of the tail of
    /// each length the words have, not a comparison with every word.
    pub fn ends(&self, text: &str) -> bool {
        let lookup = self.lookup();
        if !lookup.last_chars.may_contain(text) && !lookup.lengths.contains(&0) {
            return false;
        }
        lookup.lengths.iter().any(|&len| {
            len <= text.len()
                && text.is_char_boundary(text.len() - len)
                && lookup.set.contains(&text[text.len() - len..])
        })
    }

    /// Whether `text` starts with one of the list's words
    /// (`list.iter().any(|w| text.starts_with(w))`), the same way as
    /// [`Words::ends`].
    pub fn starts(&self, text: &str) -> bool {
        let lookup = self.lookup();
        if !lookup.first_chars.may_contain(text) && !lookup.lengths.contains(&0) {
            return false;
        }
        lookup.lengths.iter().any(|&len| text.get(..len).is_some_and(|head| lookup.set.contains(head)))
    }

    /// Whether one of the list's words occurs in `text`
    /// (`list.iter().any(|w| text.contains(w))`): one pass of an
    /// Aho-Corasick automaton instead of a substring search per word, each
    /// of which sets up a searcher of its own when the text is short.
    pub fn within(&self, text: &str) -> bool {
        self.any
            .get_or_init(|| aho_corasick::AhoCorasick::new(self.list).expect("a word list fits an automaton"))
            .is_match(text)
    }

    fn lookup(&self) -> &Lookup {
        self.set.get_or_init(|| {
            let mut lengths: Vec<usize> = self.list.iter().map(|w| w.len()).collect();
            lengths.sort_unstable();
            lengths.dedup();
            Lookup {
                set: self.list.iter().copied().collect(),
                last_chars: LastChars::new(self.list, false),
                first_chars: LastChars::new(self.list, true),
                lengths,
            }
        })
    }
}

impl std::ops::Deref for Words {
    type Target = [&'static str];

    fn deref(&self) -> &[&'static str] {
        self.list
    }
}

impl<'a> IntoIterator for &'a Words {
    type Item = &'a &'static str;
    type IntoIter = std::slice::Iter<'a, &'static str>;

    fn into_iter(self) -> Self::IntoIter {
        self.list.iter()
    }
}

/// FNV-1a: the words are a few bytes long, where SipHash's set-up costs
/// more than the hashing; the keys are fixed, so there is nothing to defend
/// against.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut hash = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = hash;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static LIST: Words = Words::new(&["创始人", "CEO", "总裁"]);

    #[test]
    fn contains_agrees_with_the_slice() {
        for word in ["创始人", "CEO", "总裁", "副总裁", "ceo", "", "创始", "创始人兼"] {
            assert_eq!(LIST.contains(&word), LIST.list.contains(&word), "{word}");
        }
        assert!(LIST.contains(&"总裁") && !LIST.contains(&"副总裁"));
    }

    #[test]
    fn joined_ends_and_starts_agree_with_the_slice() {
        for (a, b) in
            [("首席", "执行官"), ("首席", "研究员"), ("首", "席"), ("", "CEO"), ("CEO", ""), ("", ""), ("总", "裁")]
        {
            assert_eq!(LIST.contains_joined(a, b), LIST.list.contains(&format!("{a}{b}").as_str()), "{a}{b}");
        }
        for text in ["公司创始人", "副总裁", "总裁的", "CEO", "xCEO", "CEOx", "", "创始", "人", "创始人梁文锋", "总裁"]
        {
            assert_eq!(LIST.ends(text), LIST.list.iter().any(|w| text.ends_with(w)), "{text}");
            assert_eq!(LIST.starts(text), LIST.list.iter().any(|w| text.starts_with(w)), "{text}");
            assert_eq!(LIST.within(text), LIST.list.iter().any(|w| text.contains(w)), "{text}");
        }
    }

    /// The last-char filter never turns a listed word away.
    #[test]
    fn every_title_is_found() {
        let titles = &crate::cues::TITLES;
        assert!(titles.iter().all(|t| titles.contains(t)));
        assert!(!titles.contains(&"的") && !titles.contains(&"公司"));
    }

    #[test]
    fn derefs_to_the_list_in_order() {
        assert_eq!(LIST.iter().copied().collect::<Vec<_>>(), ["创始人", "CEO", "总裁"]);
        assert_eq!(LIST.len(), 3);
        assert!(LIST.iter().any(|t| "联合创始人".ends_with(t)));
    }
}
