//! The metric vocabulary: what a figure measures, as a closed list of
//! terms (`tupu:dailyActiveUsers` … in `ontology/tupu.ttl`), and the
//! units figures are written in.
//!
//! The camelCase names are those of ANNOTATION.md where one fits, plus the
//! money and quality metrics it allows (valuation, revenue, netLoss …).
//! [`canonical`] maps every other name to the one fallback,
//! [`OTHER`] (`tupu:otherMetric`): the extractor's generic names for a sum
//! of money (`amount`) or a percentage (`share`) whose cue words say
//! nothing more end up there, and so does any name a gold file or an older
//! extraction invents. So a figure's metric is always a term of the
//! ontology, never a free string.
//!
//! [`normalize_unit`] names units one way, so that values compare: money
//! keeps its ISO 4217 code (CNY, USD, HKD …), percentages `%`, multiples
//! `x`, and counted things an English plural (`users`, `tokens`,
//! `parameters`, `people`, `companies`, `vehicles` …) in place of the
//! Chinese classifier (人, 家, 辆 …).
//!
//! ```
//! use tupu_extract::metric::{canonical, normalize_unit, term};
//! assert_eq!(canonical("dailyActiveUsers"), "dailyActiveUsers");
//! assert_eq!(canonical("amount"), "otherMetric");
//! assert_eq!(term("marketShare").en, "market share");
//! assert_eq!(normalize_unit("家"), "companies");
//! assert_eq!(normalize_unit("CNY"), "CNY");
//! ```

/// One metric of the vocabulary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Metric {
    /// The camelCase name: the local name of the ontology term.
    pub name: &'static str,
    /// The `@zh-Hans` label.
    pub zh: &'static str,
    /// The `@en` label.
    pub en: &'static str,
    /// The unit its figures usually have (`tupu:usualUnit`): a unit of
    /// [`normalize_unit`], `currency` for an ISO 4217 code, or empty when
    /// any unit goes.
    pub unit: &'static str,
}

/// The fallback for figures no term fits.
pub const OTHER: &str = "otherMetric";

macro_rules! metrics {
    ($(($name:literal, $zh:literal, $en:literal, $unit:literal),)*) => {
        /// Every metric term, the fallback last.
        pub const METRICS: &[Metric] = &[$(Metric { name: $name, zh: $zh, en: $en, unit: $unit }),*];
    };
}

metrics! {
    ("dailyActiveUsers", "日活跃用户数", "daily active users", "users"),
    ("monthlyActiveUsers", "月活跃用户数", "monthly active users", "users"),
    ("users", "用户数", "users", "users"),
    ("dailyTokens", "日均Token调用量", "daily tokens", "tokens"),
    ("dailyCalls", "日均调用次数", "daily calls", "calls"),
    ("downloads", "下载量", "downloads", "downloads"),
    ("derivativeModels", "衍生模型数", "derivative models", "models"),
    ("parameters", "参数量", "parameters", "parameters"),
    ("activeParameters", "激活参数量", "active parameters", "parameters"),
    ("latency", "延迟", "latency", "ms"),
    ("score", "得分", "score", "points"),
    ("accuracy", "准确率", "accuracy", "%"),
    ("marketShare", "市场份额", "market share", "%"),
    ("growth", "增长", "growth", "%"),
    ("revenueGrowth", "营收增长率", "revenue growth", "%"),
    ("costReduction", "成本降幅", "cost reduction", "%"),
    ("investment", "投资额", "investment", "currency"),
    ("valuation", "估值", "valuation", "currency"),
    ("revenue", "营收", "revenue", "currency"),
    ("profit", "利润", "profit", "currency"),
    ("netLoss", "净亏损", "net loss", "currency"),
    ("marketCap", "市值", "market capitalization", "currency"),
    ("sharePrice", "股价", "share price", "currency"),
    ("stockPriceChange", "股价涨跌幅", "share price change", "%"),
    ("marketSize", "市场规模", "market size", "currency"),
    ("rides", "出行次数", "rides", "rides"),
    ("employees", "员工数", "employees", "people"),
    ("count", "数量", "count", ""),
    ("otherMetric", "其他指标", "other metric", ""),
}

/// The term of a name; the fallback [`OTHER`] for a name not in the list.
pub fn term(name: &str) -> &'static Metric {
    METRICS.iter().find(|m| m.name == name).unwrap_or(&METRICS[METRICS.len() - 1])
}

/// The vocabulary's name for a metric name: itself when it is a term,
/// [`OTHER`] otherwise.
pub fn canonical(name: &str) -> &'static str {
    term(name).name
}

/// Chinese classifiers and unit words the extractor may leave as a unit,
/// and their one English name.
const UNIT_NAMES: &[(&str, &str)] = &[
    ("个", "items"),
    ("项", "items"),
    ("件", "items"),
    ("条", "items"),
    ("只", "items"),
    ("支", "items"),
    ("张", "items"),
    ("部", "items"),
    ("座", "items"),
    ("枚", "items"),
    ("颗", "items"),
    ("块", "items"),
    ("套", "sets"),
    ("种", "kinds"),
    ("種", "kinds"),
    ("家", "companies"),
    ("所", "institutions"),
    ("人", "people"),
    ("名", "people"),
    ("位", "people"),
    ("户", "households"),
    ("辆", "vehicles"),
    ("台", "units"),
    ("卡", "cards"),
    ("款", "products"),
    ("篇", "articles"),
    ("次", "times"),
    ("场", "events"),
    ("笔", "transactions"),
    ("单", "orders"),
    ("吨", "tonnes"),
    ("度", "kWh"),
    ("亩", "mu"),
    ("轮", "rounds"),
    ("分", "points"),
    ("成", "%"),
    ("％", "%"),
    ("employees", "people"),
];

/// The one name of a unit: Chinese classifiers become English plurals,
/// everything else (ISO 4217 codes, `%`, `x`, `ms`, `users` …) is kept.
pub fn normalize_unit(unit: &str) -> String {
    let unit = unit.trim();
    UNIT_NAMES.iter().find(|(word, _)| *word == unit).map_or_else(|| unit.to_string(), |(_, name)| name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_camel_case_and_the_fallback_is_last() {
        let mut names: Vec<&str> = METRICS.iter().map(|m| m.name).collect();
        assert_eq!(names.last(), Some(&OTHER));
        for name in &names {
            assert!(
                name.chars().next().unwrap().is_ascii_lowercase() && name.chars().all(|c| c.is_ascii_alphanumeric())
            );
        }
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), METRICS.len());
    }

    #[test]
    fn every_name_the_extractor_writes_is_a_term_or_the_fallback() {
        // The names of relate::facts::metric_and_unit: all but the two
        // generic ones are terms.
        for name in ["dailyActiveUsers", "marketShare", "netLoss", "accuracy", "users", "marketCap", "count"] {
            assert_eq!(canonical(name), name);
        }
        for name in ["amount", "share", "rank", ""] {
            assert_eq!(canonical(name), OTHER);
        }
    }

    #[test]
    fn units_have_one_name() {
        assert_eq!(normalize_unit("人"), "people");
        assert_eq!(normalize_unit("名"), "people");
        assert_eq!(normalize_unit(" USD "), "USD");
        assert_eq!(normalize_unit(""), "");
    }
}
