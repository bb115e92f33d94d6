//! Word lists that are asked "is this word in the list?" once per token.
//!
//! A `&[&str]` answers `contains` by comparing with every entry; for the
//! 90 job titles, asked two or three times for every token of every
//! sentence, that was a tenth of extraction time. [`Words`] keeps the list
//! as written (it derefs to the slice, so iteration and the other slice
//! methods are unchanged) and answers `contains` from a hash set built on
//! first use. `contains` is an inherent method, so it takes precedence over
//! the slice's own: call sites read the same.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

pub struct Words {
    list: &'static [&'static str],
    set: OnceLock<HashSet<&'static str, BuildHasherDefault<Fnv>>>,
}

impl Words {
    pub const fn new(list: &'static [&'static str]) -> Words {
        Words { list, set: OnceLock::new() }
    }

    /// Whether `word` is one of the list's words (the slice's `contains`,
    /// in constant time).
    pub fn contains(&self, word: &&str) -> bool {
        self.set.get_or_init(|| self.list.iter().copied().collect()).contains(*word)
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
    fn derefs_to_the_list_in_order() {
        assert_eq!(LIST.iter().copied().collect::<Vec<_>>(), ["创始人", "CEO", "总裁"]);
        assert_eq!(LIST.len(), 3);
        assert!(LIST.iter().any(|t| "联合创始人".ends_with(t)));
    }
}
