//! The number and period normalizer on arbitrary text: no panic, offsets in
//! bounds, values finite.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tupu_extract::relate::numbers::{find_periods, find_quantities, parse_chinese_integer};

fuzz_target!(|text: &str| {
    let chars = text.chars().count();
    for q in find_quantities(text) {
        assert!(q.start <= q.end && q.end <= chars, "{q:?} out of bounds");
        assert!(q.value.is_finite(), "{q:?} is not finite");
    }
    for dateline in [None, Some("2025-07-23"), Some("2025"), Some(text)] {
        for p in find_periods(text, dateline) {
            assert!(p.start <= p.end && p.end <= chars, "{p:?} out of bounds");
        }
    }
    if let Some(v) = parse_chinese_integer(text) {
        assert!(v.is_finite() && v >= 0.0, "{text:?} → {v}");
    }
});
