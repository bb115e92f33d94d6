//! Chinese sentences written for these tests (the facts may be real) →
//! numeric facts, one check per mechanism of the fact work on real news:
//! the day a market report speaks of, lists of periods, signed figures.

use std::sync::OnceLock;
use tupu_extract::{Extraction, Pipeline};

fn pipeline() -> &'static Pipeline {
    static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
    PIPELINE.get_or_init(|| Pipeline::new().expect("the bundled dictionary loads"))
}

fn extract(text: &str) -> Extraction {
    pipeline().extract("t.txt", text)
}

/// `subject value date` lines of the facts.
fn facts(text: &str) -> Vec<String> {
    extract(text)
        .facts
        .iter()
        .map(|f| format!("{} {} {}", f.subject, f.value, f.date.as_deref().unwrap_or("-")))
        .collect()
}

fn has(text: &str, fact: &str) {
    let got = facts(text);
    assert!(got.iter().any(|f| f == fact), "{fact} not in {got:?}\n  from {text}");
}

/// A trading-day report dates its moves by its dateline's month.
#[test]
fn a_market_report_dates_its_moves_by_the_dateline() {
    let report = "美股收市\n2025年3月5日\n\n特斯拉股价升3.1%，英伟达及苹果分别跌2.4%及1.2%。";
    has(report, "特斯拉 3.1 2025-03");
    has(report, "英伟达 2.4 2025-03");
    has(report, "苹果 1.2 2025-03");
}

/// A gain in anything else, or a move over a span, is no day's price move.
#[test]
fn other_gains_and_moves_over_a_span_keep_no_date() {
    let text = "行业观察\n2025年3月5日\n\n港股板块走强。百度使得模型精度提升了6%。蛇年以来小米股价涨逾三成。";
    has(text, "百度 6 -");
    has(text, "小米 30 -");
}

/// 发行价：23美元: the label before a colon names the figure, a price.
#[test]
fn a_label_before_a_colon_names_the_figure() {
    let text = "新股速递\n2025年3月5日\n\n相关资讯：小米 发行价：23 美元 上市首日收盘：26 美元（+13%）";
    has(text, "小米 23 2025-03");
    has(text, "小米 13 2025-03");
}
