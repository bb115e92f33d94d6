//! Numbers and periods as Chinese news writes them.
//!
//! `3369万` → 33 690 000, `12.7万亿` → 1.27e13, `过亿` → 1e8, `20多倍` → 20
//! (approximate wording is taken at face value), `50兆` → 5e13 (Taiwan
//! usage); `2025年3月` → 2025-03, `2024年第四季度` → 2024-Q4,
//! `2024年底` → 2024, `去年` → the year before the dateline.

use regex::Regex;
use std::sync::OnceLock;

/// A number found in text, with its normalized value.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// Char offsets within the searched text.
    pub start: usize,
    pub end: usize,
    pub value: f64,
    /// Normalized unit: `%`, `x`, `ms`, `CNY`, `USD`, … or the counted noun.
    pub unit: String,
    /// Whether the text gave a unit or magnitude (a bare `12` is no fact).
    pub marked: bool,
    /// 3—5个, 3至5: a range, which is never a fact.
    pub range: bool,
    /// 净利润分别是-0.78亿元: written with a minus sign (`value` stays
    /// the magnitude; the metric says which way it goes).
    pub negative: bool,
}

fn re(cell: &'static OnceLock<Regex>, pattern: &str) -> &'static Regex {
    cell.get_or_init(|| Regex::new(pattern).expect("pattern compiles"))
}

fn magnitude(word: &str) -> f64 {
    match word {
        "万亿" | "兆" => 1e12,
        "千亿" => 1e11,
        "百亿" => 1e10,
        "十亿" => 1e9,
        "亿" => 1e8,
        "千万" => 1e7,
        "百万" => 1e6,
        "十万" => 1e5,
        "万" => 1e4,
        "千" => 1e3,
        _ => 1.0,
    }
}

fn chinese_digit(c: char) -> Option<f64> {
    Some(match c {
        '零' | '〇' => 0.0,
        '一' => 1.0,
        '二' | '两' => 2.0,
        '三' => 3.0,
        '四' => 4.0,
        '五' => 5.0,
        '六' => 6.0,
        '七' => 7.0,
        '八' => 8.0,
        '九' => 9.0,
        _ => return None,
    })
}

/// 三, 十, 十二, 二十, 三百, 一千五百: small numbers in Chinese numerals.
pub fn parse_chinese_integer(s: &str) -> Option<f64> {
    if s.is_empty() {
        return None;
    }
    let mut total = 0.0;
    let mut current = 0.0;
    let mut seen = false;
    for c in s.chars() {
        if let Some(d) = chinese_digit(c) {
            current = d;
            seen = true;
        } else {
            let unit = match c {
                '十' => 10.0,
                '百' => 100.0,
                '千' => 1000.0,
                _ => return None,
            };
            total += if current == 0.0 { 1.0 } else { current } * unit;
            current = 0.0;
            seen = true;
        }
    }
    seen.then_some(total + current)
}

/// Byte offset (on a char boundary) → char offset in `text`, by binary
/// search in the text's char starts: counting chars from the start for
/// every match made long sentences quadratic. The starts are listed on the
/// first call: most sentences have no number or period to place.
fn char_index(text: &str) -> impl Fn(usize) -> usize + '_ {
    let starts: std::cell::OnceCell<Vec<usize>> = std::cell::OnceCell::new();
    move |byte| starts.get_or_init(|| text.char_indices().map(|(b, _)| b).collect()).partition_point(|&b| b < byte)
}

/// Every quantity in `text`.
pub fn find_quantities(text: &str) -> Vec<Quantity> {
    static NUM: OnceLock<Regex> = OnceLock::new();
    static WORDS: OnceLock<Regex> = OnceLock::new();
    let num = re(
        &NUM,
        r"(?P<num>[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?|[一二两三四五六七八九十百千]+)(?P<plus1>\+|多|余|餘)?(?P<mag>万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千|兆)?(?P<plus2>多|余)?",
    );
    let words = re(&WORDS, r"(?:过|超|破|上|逾|近)(?P<mag>千亿|百亿|亿|万亿)|(?P<mag2>万亿|千亿|百亿)参数");
    let chars: Vec<char> = text.chars().collect();
    let char_at = char_index(text);
    let mut found = Vec::new();
    for caps in num.captures_iter(text) {
        let whole = caps.get(0).unwrap();
        let raw = caps.name("num").unwrap().as_str();
        let start = char_at(whole.start());
        let mut end = char_at(whole.end());
        let chinese = !raw.chars().next().unwrap().is_ascii_digit();
        // A digit glued to Latin letters is part of a name or code (Qwen2.5, 3D, H20).
        // A unit of measure (7nm, 40GB, 1.8GHz) is not a name.
        // Asked only of a digit glued to a letter: the scan of every Latin
        // unit for every number was a tenth of the search.
        let latin_unit = || {
            crate::cues::LATIN_UNITS.iter().any(|(w, _)| {
                text[whole.end()..].strip_prefix(w).is_some_and(|r| !r.starts_with(|c: char| c.is_ascii_alphanumeric()))
            })
        };
        // 分别是-0.78亿元: a dash after a word or a list mark is a minus
        // sign; after a letter or digit it joins a code (GPT-4) or a range.
        let negative = !chinese
            && start > 0
            && chars[start - 1] == '-'
            && (start == 1 || !(chars[start - 2].is_ascii_alphanumeric() || chars[start - 2] == '.'));
        if !chinese
            && (start > 0
                && (chars[start - 1].is_ascii_alphabetic()
                    || chars[start - 1] == '.'
                    || chars[start - 1] == '-' && !negative)
                // (18万亿tokens: a magnitude between, the digits are no code.)
                || caps.name("mag").is_none() && chars.get(end).is_some_and(|c| c.is_ascii_alphabetic() && !latin_unit()))
        {
            continue;
        }
        let Some(base) = (if chinese { parse_chinese_integer(raw) } else { raw.replace(',', "").parse::<f64>().ok() })
        else {
            continue;
        };
        let mag = caps.name("mag").map_or("", |m| m.as_str());
        // 位列第三, 排名第八位, kimi第25名: an ordinal that places a name in a
        // ranking is its rank; any other ordinal (第一次, 第三方) no figure.
        if start > 0 && chars[start - 1] == '第' {
            if mag.is_empty() && caps.name("plus1").is_none() && caps.name("plus2").is_none() {
                if let Some(q) = rank(&chars, start, end, base) {
                    found.push(q);
                }
            }
            continue;
        }
        // 6天5板, 五天三板, 六连板: a stock's run of limit-up sessions. The
        // days are the window the boards are counted in, no figure; the
        // boards (and the N of N连板) are the count.
        let after: String = chars[end..].iter().take(6).collect();
        let count_char = |c: char| c.is_ascii_digit() || "一二两三四五六七八九十".contains(c);
        let run_days = |s: &str| {
            let s = s.strip_prefix('天').unwrap_or("");
            let digits = s.chars().take_while(|&c| count_char(c)).count();
            digits > 0 && s.chars().nth(digits) == Some('板')
        };
        if mag.is_empty() && caps.name("plus1").is_none() && run_days(&after) {
            continue;
        }
        let boards_after_days = {
            let before: String = chars[start.saturating_sub(4)..start].iter().collect();
            let before = before.strip_suffix('天').unwrap_or("");
            after.starts_with('板') && before.chars().last().is_some_and(count_char)
        };
        if mag.is_empty() && caps.name("plus1").is_none() && (boards_after_days || after.starts_with("连板")) {
            let unit = if boards_after_days { "limit-up boards" } else { "consecutive limit-ups" };
            let len = if boards_after_days { 1 } else { 2 };
            // 5连板梦网科技：…, 7天5板东方材料: a headline's run before the
            // name it is of; the subject is not found after a figure, so no
            // figure (8连板的美格智能 and 六连板后 are read).
            let named_after = chars.get(end + len).is_some_and(|c| c.is_alphanumeric() && !matches!(c, '的' | '后'));
            if named_after {
                continue;
            }
            found.push(Quantity {
                start,
                end: end + len,
                value: base,
                unit: unit.to_string(),
                marked: true,
                range: false,
                negative: false,
            });
            continue;
        }
        // Chinese numerals are words as often as numbers (十分, 一个月,
        // 数百亿): a lone digit needs 倍/成 or a magnitude after it, and a
        // vague quantifier before one (数, 几, 上) makes it no number.
        // 数以百亿计, 数以万计: countless, no count.
        if uncounted(&chars, start) {
            continue;
        }
        let lone_unit = chinese && matches!(raw, "百" | "千" | "十");
        let bare = mag.is_empty() && caps.name("plus1").is_none() && caps.name("plus2").is_none();
        // 经营超过30年, 长达十年之久: how long something has lasted.
        // (待了 12 年: a space may stand before 年.)
        let nian = if !chinese && chars.get(end) == Some(&' ') { end + 1 } else { end };
        if bare && chars.get(nian) == Some(&'年') && years_lasted(&chars, start, nian, base) {
            let more = usize::from(matches!(chars.get(nian + 1), Some('多' | '余')));
            found.push(Quantity {
                start,
                end: nian + 1 + more,
                value: base,
                unit: "years".to_string(),
                marked: true,
                range: is_range(&chars, start, end),
                negative: false,
            });
            continue;
        }
        if chinese {
            let vague = start > 0 && matches!(chars[start - 1], '数' | '几' | '上' | '成' | '好');
            let next = chars.get(end).copied();
            if vague
                || lone_unit && mag.is_empty()
                || (raw.chars().count() == 1 && mag.is_empty() && !matches!(next, Some('倍' | '成')))
            {
                continue;
            }
        }
        let mut value = round_significant(base * magnitude(mag));
        // 一万多亿, 3万余亿: 多 between two magnitudes keeps both (1e12).
        if mag == "万" && caps.name("plus2").is_some() && chars.get(end) == Some(&'亿') {
            value = round_significant(value * 1e8);
            end += 1;
        }
        // 超过 90 名博士生, 10,000 颗: a space may stand between digits and
        // the Chinese unit after them.
        let gap = usize::from(
            !chinese
                && chars.get(end) == Some(&' ')
                && chars.get(end + 1).is_some_and(|c| !c.is_ascii() && c.is_alphabetic()),
        );
        let rest: String = chars[end + gap..].iter().take(8).collect();
        // 兆瓦, 兆赫 are units of measure, not the Taiwanese 10^12.
        if mag == "兆" && (rest.starts_with('瓦') || rest.starts_with('赫') || rest.starts_with("字节")) {
            continue;
        }
        // 十四分之一, 150万分之四: the denominator of a fraction, no amount
        // (1分之遥 is a distance of one point).
        if rest.starts_with("分之") && !rest.starts_with("分之遥") {
            continue;
        }
        if is_date_part(&rest) || clock_time(&chars, start, &rest) {
            continue;
        }
        let (unit, unit_len, marked_by_unit) = limit_up_count(&rest).unwrap_or_else(|| unit_after(&rest));
        let (end, unit_len) = if unit_len > 0 { (end + gap, unit_len) } else { (end, unit_len) };
        let mut end = end;
        // 百亿级, 10万级车型, 千万级美元: a class of size, no figure.
        if size_class(&chars, start, end, end + unit_len) {
            continue;
        }
        // 年薪百万, 百万特斯拉, 1元/百万token: a magnitude without a digit is
        // a figure only where the text says it was reached or what it measures.
        if lone_unit && !mag.is_empty() && !bare_magnitude_counts(&chars, start, end, &unit) {
            continue;
        }
        // A signed percentage (-0.38%, 同环比+6%/-29%) is most often a
        // market index's or a list of changes' without their names; a
        // signed amount (净利润为-8.69亿元) is a firm's loss.
        if negative && !matches!(unit.as_str(), "CNY" | "USD" | "HKD" | "TWD" | "EUR" | "JPY" | "GBP") {
            continue;
        }
        if unit == "成" {
            value *= 10.0;
        }
        end += unit_len;
        let plus = caps.name("plus1").is_some() || caps.name("plus2").is_some();
        // 得分95.6, 准确率为79.8: a score needs no unit to be a figure.
        let lead: String = chars[start.saturating_sub(4)..start].iter().collect();
        let scored = !chinese
            && ["得分", "得分为", "分数为", "评分", "准确率为", "准确率达", "成绩为"].iter().any(|w| lead.ends_with(w));
        let marked_by_unit = marked_by_unit || scored;
        let range = is_range(&chars, start, end);
        let marked = !mag.is_empty() || marked_by_unit || plus;
        if chinese && !marked {
            continue;
        }
        let unit = if unit == "成" { "%".to_string() } else { unit };
        // 豆包排23名, 排名28位: a place in a ranking, not a count of people.
        let ranked = !chinese
            && mag.is_empty()
            && !plus
            && matches!(unit.as_str(), "名" | "位")
            && ["排", "排名", "排在", "位列", "名列", "位居"].iter().any(|w| lead.ends_with(w));
        let unit = if ranked { "rank".to_string() } else { unit };
        found.push(Quantity { start, end, value, unit, marked, range, negative });
    }
    for caps in words.captures_iter(text) {
        let whole = caps.get(0).unwrap();
        let start = char_at(whole.start());
        if start > 0 && (chars[start - 1].is_ascii_digit() || "一二三四五六七八九十两".contains(chars[start - 1]))
        {
            continue;
        }
        let (value, unit) = match (caps.name("mag"), caps.name("mag2")) {
            (Some(m), _) => (magnitude(m.as_str()), String::new()),
            (_, Some(m)) => (magnitude(m.as_str()), "parameters".to_string()),
            _ => continue,
        };
        let end = char_at(whole.end());
        if found.iter().any(|q| q.start < end && start < q.end) || size_class(&chars, start + 1, end, end) {
            continue;
        }
        let rest: String = chars[end..].iter().take(6).collect();
        let unit = if unit.is_empty() { unit_after(&rest).0 } else { unit };
        found.push(Quantity { start, end, value, unit, marked: true, range: false, negative: false });
    }
    found.sort_by_key(|q| q.start);
    let mut merged = merge_compound_magnitudes(&chars, found);
    drop_per_unit_counts(&chars, &mut merged);
    // Two figures joined by a dash or 至: a range when they measure the same
    // (10%至20%, 150亿至250亿美元, 75万元至100万元, whose second end the check
    // by digits alone does not see); a change and where it ended when they
    // do not (同比增长49%至208.38亿美元, 跌4.8%至3.15元): both figures then.
    for i in 1..merged.len() {
        let (prev, q) = (&merged[i - 1], &merged[i]);
        // 亏损6.80亿元—亏损5.90亿元: the word before the first end may be
        // said again before the second.
        let repeated = |len: usize| {
            prev.start >= len
                && q.start == prev.end + 1 + len
                && chars[prev.start - len..prev.start] == chars[prev.end + 1..q.start]
        };
        // 4.25% - 4.5%: spaces around the dash.
        let gap: String = chars[prev.end.min(q.start)..q.start].iter().filter(|c| **c != ' ').collect();
        let spaced = gap.chars().count() == 1 && gap.chars().all(is_range_dash);
        if prev.end >= chars.len()
            || !is_range_dash(chars[prev.end]) && !spaced
            || !(prev.end + 1 == q.start || spaced || (1..=3).any(repeated))
        {
            continue;
        }
        // 同比增长19%至6.85亿份: a change in percent and the count it ended
        // at (a word the units do not know) are no range either; a range
        // writes its unit on the last end or on both (10至20%, 10%至20%).
        let change_then_count = matches!(prev.unit.as_str(), "%" | "x") && q.unit.is_empty();
        if (prev.unit.is_empty() || q.unit.is_empty() || prev.unit == q.unit) && !change_then_count {
            merged[i - 1].range = true;
            merged[i].range = true;
        } else {
            merged[i - 1].range = false;
        }
    }
    // 750亿和1000亿美元, 151亿、155亿美元: an amount with no unit of its
    // own, joined to the next by 和、及 or 、, is in that one's currency.
    for i in (0..merged.len().saturating_sub(1)).rev() {
        let (q, next) = (&merged[i], &merged[i + 1]);
        let gap: String = chars[q.end.min(next.start)..next.start].iter().collect();
        let currency = matches!(next.unit.as_str(), "CNY" | "USD" | "HKD" | "TWD" | "EUR" | "JPY" | "GBP");
        if q.unit.is_empty() && q.value >= 10_000.0 && currency && matches!(gap.as_str(), "和" | "及" | "、") {
            merged[i].unit = merged[i + 1].unit.clone();
        }
    }
    // A run of 300+ digits overflows f64; no real figure is that large.
    merged.retain(|q| q.value.is_finite());
    merged
}

/// The rank an ordinal 第N gives (`start..end` the digits after 第), when
/// a ranking verb stands before it in its clause (位列国产厂商第三) or 名/位
/// closes it with nothing counted after (第25名，, 第三位、第四位).
fn rank(chars: &[char], start: usize, end: usize, value: f64) -> Option<Quantity> {
    if !(1.0..=500.0).contains(&value) || value.fract() != 0.0 {
        return None;
    }
    let rest: String = chars[end..].iter().take(4).collect();
    let closer = rest.starts_with('名') || rest.starts_with('位');
    let after_closer =
        if closer { &rest[rest.char_indices().nth(1).map_or(rest.len(), |(i, _)| i)..] } else { &rest[..] };
    // 第一次, 第三方, 第四名工程师: the ordinal counts something else.
    if crate::cues::ORDINAL_NOT_RANK.iter().any(|w| rest.starts_with(w))
        || closer && after_closer.starts_with(|c: char| c.is_alphanumeric() && !"和及与的".contains(c))
    {
        return None;
    }
    let lead: String = chars[start.saturating_sub(9)..start - 1].iter().collect();
    let lead = lead.rsplit(|c: char| "，。；：,;:！？!?（）()“”[]\n".contains(c)).next().unwrap_or("");
    // 第9名阿里巴巴收高4.92%: a list's running number names no one before
    // it; 从全国第5降至第40位: where a rank fell from is no rank now.
    let before: String = chars[start.saturating_sub(5)..start - 1].iter().collect();
    // 分别位列第六到第十: a span of places is no one's rank.
    // (跌至第六位 is where it fell to: 至 joins a span only after an ordinal.)
    let dash = |c: char| matches!(c, '到' | '至' | '-' | '—' | '~');
    let next_ordinal = rest.starts_with(dash) && rest.chars().nth(1) == Some('第');
    let prev_ordinal = start >= 3 && dash(chars[start - 2]) && {
        let digits = chars[..start - 2]
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_digit() || "一二两三四五六七八九十百名位".contains(**c))
            .count();
        digits > 0 && start - 2 > digits && chars[start - 3 - digits] == '第'
    };
    let span = next_ordinal || prev_ordinal;
    if lead.trim().is_empty() || before.contains('从') || span {
        return None;
    }
    let verb = crate::cues::RANK_VERBS.iter().any(|w| lead.contains(w));
    // 排名第四和第五, 位列第三位、第四位: the second of a listed pair.
    let listed = start >= 3 && matches!(chars[start - 2], '、' | '和' | '及') && lead.contains('第');
    if !(verb || closer || listed) {
        return None;
    }
    let end = if closer { end + 1 } else { end };
    Some(Quantity { start, end, value, unit: "rank".to_string(), marked: true, range: false, negative: false })
}

/// 经营超过30年, 长达十年之久, 具有14年证券从业经验: N年 (`start..` the
/// number, 年 at `end`) as how long something lasted, said so by a verb of
/// lasting before it (threshold words between) that closes the clause or a
/// 的 phrase, or by what follows it (之久, 历史); never a window (过去十年,
/// 三年内, 近5年人才流动数据) or a date (30年代, 25年底).
fn years_lasted(chars: &[char], start: usize, end: usize, value: f64) -> bool {
    if !(1.0..=200.0).contains(&value) || value.fract() != 0.0 {
        return false;
    }
    let after: String = chars[end + 1..].iter().take(6).collect();
    let after = ["有余", "多", "余"].iter().find_map(|w| after.strip_prefix(w)).unwrap_or(&after);
    // (一家刚成立两年的公司: the age of a firm not named.)
    if crate::cues::YEARS_SPAN_NOT_AFTER.iter().any(|w| after.starts_with(w))
        || after.strip_prefix('的').is_some_and(|a| crate::cues::UNNAMED_FIRM_NOUNS.iter().any(|w| a.starts_with(w)))
    {
        return false;
    }
    let before: String = chars[start.saturating_sub(6)..start].iter().collect();
    let before = before.trim_end_matches(['约', ' ']);
    // (数十年, 几年: no number of years.)
    if crate::cues::YEARS_SPAN_NOT_BEFORE.iter().any(|w| before.ends_with(w))
        || before.ends_with(['数', '几', '多', '好'])
    {
        return false;
    }
    // (近5年人才流动数据, 近1年涨幅: a window over what follows.)
    let closed = after.chars().next().is_none_or(|c| !c.is_alphanumeric() || matches!(c, '的' | '了'));
    // (做了16年 ends with its verb; 待了超过 13 年 after two threshold words.)
    let mut lead = before;
    let mut cue_before = false;
    for _ in 0..3 {
        cue_before |= crate::cues::YEARS_LASTING_VERBS.iter().any(|w| lead.ends_with(w));
        lead = crate::cues::YEARS_THRESHOLD_WORDS.iter().find_map(|w| lead.strip_suffix(w)).unwrap_or(lead).trim_end();
    }
    cue_before && closed || crate::cues::YEARS_SPAN_AFTER.iter().any(|w| after.starts_with(w))
}

/// 数以百亿计, 数以万计: a magnitude that says "countless".
fn uncounted(chars: &[char], start: usize) -> bool {
    start >= 2 && chars[start - 2] == '数' && chars[start - 1] == '以'
}

/// 百亿级, 千万级别, 10万级车型: 级 after a number (or its unit) makes it a
/// class of size, not an amount; one said to be reached (参数规模达到千亿级,
/// 收入提升至千亿美元级别) is the figure it rounds to.
fn size_class(chars: &[char], start: usize, end_of_number: usize, end_of_unit: usize) -> bool {
    let class = chars.get(end_of_number) == Some(&'级') || chars.get(end_of_unit) == Some(&'级');
    class && {
        let lead = reach_lead(chars, start);
        !crate::cues::BARE_MAGNITUDE_REACHED.iter().any(|w| lead.ends_with(w))
    }
}

/// The four chars before `start`, without a 了 that closes a verb
/// (突破了千万: 突破 is what was said).
fn reach_lead(chars: &[char], start: usize) -> String {
    let before = &chars[..start];
    let before = before.strip_suffix(&['了']).unwrap_or(before);
    before[before.len().saturating_sub(4)..].iter().collect()
}

/// Whether a magnitude written without a digit (百万, 千亿, 十亿; `start..end`
/// the magnitude) is a figure: after a word that says it was reached (突破百万),
/// after or before what it measures (估值百亿, 千亿参数), or with a currency
/// (千亿美元); not after 每 or / (1元/百万tokens: the per-unit count of a price).
fn bare_magnitude_counts(chars: &[char], start: usize, end: usize, unit: &str) -> bool {
    if start > 0 && matches!(chars[start - 1], '/' | '每') {
        return false;
    }
    let lead = reach_lead(chars, start);
    let rest: String = chars[end..].iter().take(4).collect();
    crate::cues::CURRENCY_UNITS.iter().any(|(_, code)| *code == unit)
        || crate::cues::BARE_MAGNITUDE_REACHED.iter().any(|w| lead.ends_with(w))
        // 扩张到百万用户 (not 十万到百万, the end of a span).
        || lead.strip_suffix('到').is_some_and(|l| {
            l.chars().last().is_some_and(|c| !c.is_ascii_digit() && !"十百千万亿一二两三四五六七八九".contains(c))
        })
        || crate::cues::BARE_MAGNITUDE_METRICS_BEFORE.iter().any(|w| lead.ends_with(w))
        || crate::cues::BARE_MAGNITUDE_METRICS_AFTER.iter().any(|w| rest.starts_with(w))
}

/// 0.0008元/1000 tokens, 2美元/100万tokens, 每1000 tokens 1元: the count a
/// price is per is no figure of its own (the price keeps its currency).
fn drop_per_unit_counts(chars: &[char], found: &mut Vec<Quantity>) {
    let currency = |unit: &str| crate::cues::CURRENCY_UNITS.iter().any(|(_, code)| *code == unit);
    let mut keep = vec![true; found.len()];
    for i in 0..found.len() {
        let q = &found[i];
        let each = q.start > 0 && chars[q.start - 1] == '每';
        let per = i > 0 && {
            let prev = &found[i - 1];
            let gap: String = chars[prev.end.min(q.start)..q.start].iter().filter(|c| **c != ' ').collect();
            gap == "/" && currency(&prev.unit) && !currency(&q.unit)
        };
        keep[i] = !(each || per);
    }
    let mut flags = keep.into_iter();
    found.retain(|_| flags.next().unwrap_or(true));
}

/// 1兆7730亿 = 1.773e12, 3亿5000万 = 3.5e8: a bigger magnitude followed at
/// once by a number with a smaller one is one number.
fn merge_compound_magnitudes(chars: &[char], found: Vec<Quantity>) -> Vec<Quantity> {
    let mut merged: Vec<Quantity> = Vec::with_capacity(found.len());
    for q in found {
        if let Some(prev) = merged.last_mut() {
            let glued = prev.end == q.start && prev.unit.is_empty() && !prev.range && !q.range;
            let prev_mag: String = chars[prev.start..prev.end]
                .iter()
                .filter(|c| !c.is_ascii_digit() && **c != '.' && **c != ',')
                .collect();
            let bigger = ["兆", "万亿", "亿"].iter().any(|m| prev_mag.ends_with(m));
            if glued && bigger && q.value < prev.value {
                prev.value = round_significant(prev.value + q.value);
                prev.end = q.end;
                prev.unit = q.unit;
                continue;
            }
        }
        merged.push(q);
    }
    merged
}

/// Binary noise away (294.16 × 1e8 is not exactly representable): twelve
/// significant digits are more than any article states.
fn round_significant(value: f64) -> f64 {
    // Whole numbers below 10^12 have at most twelve digits, all exact in
    // f64: the round trip through text gives them back unchanged, and most
    // figures are such numbers (3369万, 50亿).
    if value == 0.0 || !value.is_finite() || value.fract() == 0.0 && value.abs() < 1e12 {
        return value;
    }
    format!("{value:.11e}").parse().unwrap_or(value)
}

fn is_date_part(rest: &str) -> bool {
    ["年", "月", "日", "号", "季度", "财年", "周年", "世纪"].iter().any(|p| rest.starts_with(p))
}

/// 12时51分, 9点30分: the hour and minute of a time of day. Read alone, the
/// minutes were a score (分 is also a point) and the hour a bare figure.
fn clock_time(chars: &[char], start: usize, rest: &str) -> bool {
    let hour_before = start >= 2
        && matches!(chars[start - 1], '时' | '点' | '時' | '點')
        && chars[start - 2].is_ascii_digit()
        && rest.starts_with('分')
        && !rest.starts_with("分之");
    let minutes_after = {
        let mut after = rest.chars();
        matches!(after.next(), Some('时' | '点' | '時' | '點')) && {
            let digits: String = after.by_ref().take_while(|c| c.is_ascii_digit()).collect();
            !digits.is_empty()
                && rest[rest.char_indices().nth(1 + digits.len()).map_or(rest.len(), |(i, _)| i)..].starts_with('分')
        }
    };
    hour_before || minutes_after
}

/// 连收7个涨停, 14个涨停板: a count of limit-up sessions, which stands as
/// of the reporting day as a run of boards (6天5板) does.
fn limit_up_count(rest: &str) -> Option<(String, usize, bool)> {
    let after = rest.strip_prefix("个涨停")?;
    Some(("limit-up boards".to_string(), 3 + usize::from(after.starts_with('板')), true))
}

/// What joins the two ends of a range: 3—5, 3-5, 3至5, 3到5, 3~5.
pub(crate) fn is_range_dash(c: char) -> bool {
    matches!(c, '—' | '–' | '-' | '~' | '～' | '至' | '到')
}

/// 3—5个, 3-5, 3至5, 3到5, 3~5: the number opens or closes a range.
fn is_range(chars: &[char], start: usize, end: usize) -> bool {
    let dash = is_range_dash;
    let digit_or_cn = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit() || "一二三四五六七八九十两".contains(c));
    // 4.25% - 4.5%: a space may stand on either side of the dash.
    let next = |mut i: usize| {
        while chars.get(i) == Some(&' ') {
            i += 1;
        }
        i
    };
    let prev = |mut i: usize| {
        while i > 0 && chars[i - 1] == ' ' {
            i -= 1;
        }
        i
    };
    let after = next(end);
    let before = prev(start);
    (chars.get(after).copied().is_some_and(dash) && digit_or_cn(chars.get(next(after + 1)).copied()))
        || (before >= 2 && dash(chars[before - 1]) && digit_or_cn(chars.get(prev(before - 1).wrapping_sub(1)).copied()))
}

/// The unit written after a number, its length in chars, and whether it
/// marks the number as a measured quantity.
fn unit_after(rest: &str) -> (String, usize, bool) {
    for (word, unit) in crate::cues::CURRENCY_UNITS.iter().chain(crate::cues::MEASURE_UNITS) {
        // 十亿周活跃用户: 周 opens 周活 (weekly active), a count of users.
        if rest.starts_with(word) && !(*word == "周" && rest[word.len()..].starts_with('活')) {
            return (unit.to_string(), word.chars().count(), true);
        }
    }
    // Latin units, also after a space: 40 GB, 1.8 GHz.
    let spaced = rest.strip_prefix(' ').unwrap_or(rest);
    for (word, unit) in crate::cues::LATIN_UNITS {
        if spaced.strip_prefix(word).is_some_and(|r| !r.starts_with(|c: char| c.is_ascii_alphanumeric())) {
            let len = word.chars().count() + usize::from(spaced.len() < rest.len());
            return (unit.to_string(), len, true);
        }
    }
    let mut chars = rest.chars();
    if let Some(c) = chars.next() {
        if crate::cues::CLASSIFIERS.contains(&c) {
            return (c.to_string(), 1, true);
        }
        if rest.starts_with("Token") || rest.starts_with("token") || rest.starts_with("tokens") {
            return ("tokens".into(), 0, true);
        }
        if rest.starts_with("参数") {
            return ("parameters".into(), 0, true);
        }
    }
    (String::new(), 0, false)
}

/// A period named in text, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Period {
    pub start: usize,
    pub end: usize,
    /// `YYYY`, `YYYY-MM` or `YYYY-QN`.
    pub value: String,
    /// Said as a day (2月13日): it dates that day's figures by their
    /// month, not what a model is.
    pub day: bool,
}

/// Every period in `text`; relative ones (今年, 去年) resolve against
/// `dateline` (`YYYY-…`) and are skipped without one.
pub fn find_periods(text: &str, dateline: Option<&str>) -> Vec<Period> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = re(
        &RE,
        r"(?P<y>(?:19|20)[0-9]{2})(?:\s?财年|年)(?:(?:第|前)?(?P<q>[一二三四1-4])个?财?季度?|(?P<h>上半年|下半年)|(?P<m>1[0-2]|0?[1-9])月(?:(?:[0-9]{1,2})日)?(?:(?:至|到|—|-|~)(?P<m2>1[0-2]|0?[1-9])月)?|(?P<end>底|末|年底|年末|全年)?)|(?P<rel>今年|去年|前年|明年)(?:(?:第|前)?(?P<rq>[一二三四1-4])个?(?:季度|财季)|(?P<rm>1[0-2]|0?[1-9])月)?|(?P<bm>1[0-2]|[1-9])月(?:份)?(?:底|末|初|中旬|下旬|上旬)?",
    );
    let base_year: Option<i32> = dateline.and_then(|d| d.get(0..4)).and_then(|y| y.parse().ok());
    let dateline_month: Option<u32> = dateline.and_then(|d| d.get(5..7)).and_then(|m| m.parse().ok());
    let char_at = char_index(text);
    let mut found = Vec::new();
    for caps in re.captures_iter(text) {
        let whole = caps.get(0).unwrap();
        if let Some(bm) = caps.name("bm") {
            // A bare month (截至5月底, 3月的日活) is of the dateline's year; a
            // day after it (4月25日) dates an event, not a figure; a digit
            // or 年 before it belongs to another expression.
            let start = char_at(whole.start());
            let prev = text[..whole.start()].chars().last();
            let next = text[whole.end()..].chars().next();
            let Some(year) = base_year else { continue };
            if prev.is_some_and(|c| c.is_ascii_digit() || c == '年' || c == '.')
                || next.is_some_and(|c| c.is_ascii_digit() || c == '日' || c == '号')
            {
                // 2月13日，…报收10.13元: a day dates the day's figures, by
                // its month. Two digits make it a day; one more, a range
                // or a time (2月1日-3日) leaves it out.
                let day: String = text[whole.end()..].chars().take_while(|c| c.is_ascii_digit()).collect();
                let after_day = text[whole.end() + day.len()..].chars().next();
                let is_day = !day.is_empty() && day.len() <= 2 && matches!(after_day, Some('日' | '号'));
                if !is_day || prev.is_some_and(|c| c.is_ascii_digit() || c == '年' || c == '.') {
                    continue;
                }
            }
            let day = next.is_some_and(|c| c.is_ascii_digit());
            let month: u32 = bm.as_str().parse().unwrap();
            // 截至12月10日 in a February article: a day of a month still to
            // come this year is last year's when the sentence reports, not
            // plans. (A bare month alone may look ahead: 4月交割, 3月议息.)
            let year = if dateline_month.is_some_and(|m| month > m) && day && !crate::relate::is_hedged(text) {
                year - 1
            } else {
                year
            };
            found.push(Period { start, end: char_at(whole.end()), value: format!("{year}-{month:02}"), day });
            continue;
        }
        if whole.as_str().ends_with("财年") && part_of_fiscal_year(&text[whole.end()..]) {
            continue;
        }
        let year: i32 = match (caps.name("y"), caps.name("rel")) {
            (Some(y), _) => y.as_str().parse().unwrap(),
            (None, Some(rel)) => {
                let Some(base) = base_year else { continue };
                match rel.as_str() {
                    "今年" => base,
                    "去年" => base - 1,
                    "前年" => base - 2,
                    _ => base + 1,
                }
            }
            _ => continue,
        };
        let quarter = caps.name("q").or(caps.name("rq")).map(|q| match q.as_str() {
            "一" | "1" => 1,
            "二" | "2" => 2,
            "三" | "3" => 3,
            _ => 4,
        });
        let month = caps.name("m2").or(caps.name("m")).or(caps.name("rm")).and_then(|m| m.as_str().parse::<u32>().ok());
        let value = match (quarter, month, caps.name("h")) {
            (Some(q), _, _) => format!("{year}-Q{q}"),
            (None, Some(m), _) => format!("{year}-{m:02}"),
            (None, None, Some(h)) => half(year, h.as_str()),
            _ => format!("{year}"),
        };
        found.push(Period { start: char_at(whole.start()), end: char_at(whole.end()), value, day: false });
    }
    found.extend(relative_days(text, dateline));
    found.extend(year_to_date(text, dateline));
    bare_periods(text, dateline, &mut found);
    found.sort_by_key(|p| p.start);
    found
}

/// 2025财年前四个月, 2025财年后半期: a part of a fiscal year, which the
/// year does not date (截至今年1月的2025财年前四个月 is January's figure).
fn part_of_fiscal_year(after: &str) -> bool {
    let head: String = after.chars().take(6).collect();
    head.starts_with("后半")
        || head.starts_with("上半")
        || head.starts_with("下半")
        || head.starts_with('前') && head.contains("个月")
}

/// 2024年上半年 → `2024-H1`: a half year is a period (it bounds a subject
/// and dates a list), but no date a figure can carry (YYYY, YYYY-MM or
/// YYYY-QN), so the figures of a half go undated.
fn half(year: i32, word: &str) -> String {
    format!("{year}-{}", if word == "上半年" { "H1" } else { "H2" })
}

/// Periods written short, as earnings reports do: 2024Q3, 24Q4, 24年前三季度,
/// and a quarter, half or month named without a year (第四季度, Q4, 上半年,
/// 本月, 上月). Without a year, a span is the latest one over by the
/// dateline (第四季度 in a February article is last year's); a month is
/// counted from the dateline's.
fn bare_periods(text: &str, dateline: Option<&str>, found: &mut Vec<Period>) {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = re(
        &RE,
        r"(?P<qn>[1-4])Q(?P<qny>(?:20)?[0-9]{2})|(?P<yq>(?:19|20)?[0-9]{2})\s*(?:年|财年)?\s*(?:Q(?P<yqn>[1-4])|第?(?P<yqc>[一二三四])(?:季度|财季))|FY\s?(?P<fy>(?:20)?[0-9]{2})(?:\s?Q(?P<fyq>[1-4]))?|(?P<fyy>[12][0-9])财年|(?P<yy>[12][0-9])年(?:(?:第|前)?(?P<yyq>[一二三四1-4])个?季度|(?P<yyh>上半年|下半年)|(?P<yym>1[0-2]|0?[1-9])月|全年|年底|年末)|Q(?P<bq>[1-4])|(?:第|前三个|前)?(?P<bcq>[一二三四])(?:季度|财季)|(?P<bh>上半年|下半年)|(?P<rel>本月|当月|上月|上个月|本周|上周)|(?P<ago>[一两二三四五六1-6])个月(?:以)?前",
    );
    let now: Option<(i32, u32)> = dateline.and_then(|d| Some((d.get(0..4)?.parse().ok()?, d.get(5..7)?.parse().ok()?)));
    let char_at = char_index(text);
    let quarter = |q: &str| match q {
        "一" | "1" => 1,
        "二" | "2" => 2,
        "三" | "3" => 3,
        _ => 4,
    };
    // The year of a half ending in `end_month` that is over by the dateline.
    let latest = |end_month: u32| now.map(|(y, m)| if m > end_month { y } else { y - 1 });
    let mut more = Vec::new();
    for caps in re.captures_iter(text) {
        let whole = caps.get(0).unwrap();
        let (start, end) = (char_at(whole.start()), char_at(whole.end()));
        let prev = text[..whole.start()].chars().last();
        // H20Q4 is no quarter; Snap第四季度 is one.
        let latin = whole.as_str().starts_with(|c: char| c.is_ascii_alphanumeric());
        if prev.is_some_and(|c| c.is_ascii_digit() || c == '.' || latin && c.is_ascii_alphabetic()) {
            continue;
        }
        // 前一季度, 上一季度: the quarter before another, no first quarter.
        if caps.name("bcq").is_some_and(|q| q.as_str() == "一")
            && (whole.as_str().starts_with('前') || prev == Some('上'))
        {
            continue;
        }
        // 今年下半年, 去年第四季度: the year named right before.
        let year_before =
            found.iter().find(|p| p.end == start && p.value.len() == 4).and_then(|p| p.value.parse::<i32>().ok());
        let full_year = |y: &str| if y.len() == 2 { format!("20{y}") } else { y.to_string() };
        let value = if let (Some(y), Some(q)) = (caps.name("yq"), caps.name("yqn").or(caps.name("yqc"))) {
            format!("{}-Q{}", full_year(y.as_str()), quarter(q.as_str()))
        } else if let (Some(q), Some(y)) = (caps.name("qn"), caps.name("qny")) {
            // 4Q24, 1Q25: the quarter before the year, as brokers write it.
            format!("{}-Q{}", full_year(y.as_str()), quarter(q.as_str()))
        } else if let Some(y) = caps.name("fy").or(caps.name("fyy")) {
            if caps.name("fyq").is_none() && part_of_fiscal_year(&text[whole.end()..]) {
                continue;
            }
            // FY2025, FY25Q1, 25财年: a fiscal year is dated by its number.
            let year = full_year(y.as_str());
            match caps.name("fyq") {
                Some(q) => format!("{year}-Q{}", quarter(q.as_str())),
                None => year,
            }
        } else if let Some(y) = caps.name("yy") {
            let year = full_year(y.as_str());
            match (caps.name("yyq"), caps.name("yym"), caps.name("yyh")) {
                (Some(q), _, _) => format!("{year}-Q{}", quarter(q.as_str())),
                (None, Some(m), _) => format!("{year}-{:02}", m.as_str().parse::<u32>().unwrap_or(1)),
                (None, None, Some(h)) => format!("{year}-{}", if h.as_str() == "上半年" { "H1" } else { "H2" }),
                _ => year,
            }
        } else if let Some(q) = caps.name("bq").or(caps.name("bcq")) {
            let q = quarter(q.as_str());
            // 一季度 in February is the one under way (its guidance);
            // 第四季度, last year's.
            let Some(year) = year_before.or_else(|| now.map(|(y, m)| if m >= 3 * q - 2 { y } else { y - 1 })) else {
                continue;
            };
            format!("{year}-Q{q}")
        } else if let Some(h) = caps.name("bh") {
            let Some(year) = year_before.or_else(|| latest(if h.as_str() == "上半年" { 6 } else { 12 })) else {
                continue;
            };
            half(year, h.as_str())
        } else if let Some(rel) = caps.name("rel") {
            let Some((y, m)) = now else { continue };
            let (y, m) = match rel.as_str() {
                "上月" | "上个月" if m == 1 => (y - 1, 12),
                "上月" | "上个月" => (y, m - 1),
                _ => (y, m),
            };
            format!("{y}-{m:02}")
        } else if let Some(n) = caps.name("ago") {
            // 两个月前 in a February article: December's.
            let Some((y, m)) = now else { continue };
            let n = match n.as_str() {
                "一" | "1" => 1,
                "两" | "二" | "2" => 2,
                "三" | "3" => 3,
                "四" | "4" => 4,
                "五" | "5" => 5,
                _ => 6,
            };
            let months = y * 12 + m as i32 - 1 - n;
            format!("{}-{:02}", months / 12, months % 12 + 1)
        } else {
            continue;
        };
        // 2024年Q4: the short form says more than the year before it.
        if caps.name("yq").is_some() || caps.name("qn").is_some() || caps.name("fy").is_some() || year_before.is_some()
        {
            let start = if year_before.is_some() {
                found.iter().find(|p| p.end == start).map_or(start, |p| p.start)
            } else {
                start
            };
            found.retain(|p| p.end <= start || p.start >= end);
            more.push(Period { start, end, value, day: false });
            continue;
        } else if found.iter().any(|p| p.start < end && start < p.end) {
            continue;
        }
        more.push(Period { start, end, value, day: false });
    }
    found.extend(more);
}

/// 年内, 年初以来: the year so far, the dateline's year (年内共升42% in a
/// February article is that year's figure). A count before 年内 (一年内,
/// 两年内, 半年内) makes it a span of time, no period.
fn year_to_date(text: &str, dateline: Option<&str>) -> Vec<Period> {
    let Some(year) = dateline.and_then(|d| d.get(0..4)) else { return Vec::new() };
    let char_at = char_index(text);
    let mut found = Vec::new();
    for word in crate::cues::YEAR_TO_DATE_WORDS {
        for (at, _) in text.match_indices(word) {
            let prev = text[..at].chars().last();
            if prev
                .is_some_and(|c| c.is_ascii_digit() || "一二两三四五六七八九十百几半多数每去今前明本当年".contains(c))
            {
                continue;
            }
            // 2024年，…并年内累计投入160亿美元: a year named earlier in the
            // sentence is the one 年内 is within.
            // (After the end mark, whatever its width: 。 is three bytes.)
            let from = text[..at]
                .char_indices()
                .rfind(|&(_, c)| matches!(c, '。' | '！' | '？' | '!' | '?' | '\n'))
                .map_or(0, |(i, c)| i + c.len_utf8());
            let sentence = &text[from..at];
            if year_named(sentence) {
                continue;
            }
            found.push(Period {
                start: char_at(at),
                end: char_at(at + word.len()),
                value: year.to_string(),
                day: false,
            });
        }
    }
    found
}

/// A year written out (2024年, 21年) or named relative to the dateline
/// (去年, 前年).
fn year_named(text: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    re(&RE, r"[0-9]{2}\s*(?:财年|年)|去年|前年|明年").is_match(text)
}

/// 昨日, 今天, 周二, 隔晚: a day named relative to the dateline dates that
/// day's figures by its month, as a written day (2月13日) does. Yesterday on
/// the first of a month is in the month before; a weekday is taken to be in
/// the dateline's month.
fn relative_days(text: &str, dateline: Option<&str>) -> Vec<Period> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let Some((year, month, day)) = dateline.and_then(|d| {
        let mut parts = d.splitn(3, '-');
        let year: i32 = parts.next()?.parse().ok()?;
        let month: u32 = parts.next()?.parse().ok()?;
        let day: u32 = parts.next().and_then(|d| d.get(..2)).and_then(|d| d.parse().ok()).unwrap_or(15);
        Some((year, month, day))
    }) else {
        return Vec::new();
    };
    let re = re(
        &RE,
        r"昨日|昨天|昨晚|昨(?:即市|收|盘|早|午|升|跌|涨|飆|飙|一度|曾)|隔晚|今日|今天|今早|今晨|周[一二三四五六日]|星期[一二三四五六日天]",
    );
    let char_at = char_index(text);
    re.find_iter(text)
        .map(|m| {
            let yesterday = m.as_str().starts_with('昨') || m.as_str() == "隔晚";
            let (y, mo) = if yesterday && day == 1 {
                if month == 1 {
                    (year - 1, 12)
                } else {
                    (year, month - 1)
                }
            } else {
                (year, month)
            };
            // 阿里昨即市飆逾9%: a bare 昨 is the day; what follows is the report.
            let end = if m.as_str().starts_with('昨') && !matches!(m.as_str(), "昨日" | "昨天" | "昨晚") {
                char_at(m.start()) + 1
            } else {
                char_at(m.end())
            };
            Period { start: char_at(m.start()), end, value: format!("{y}-{mo:02}"), day: true }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_index_counts_chars_before_a_byte() {
        let text = "营收3.5亿元,增长20%";
        let at = char_index(text);
        for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(at(byte), text[..byte].chars().count(), "{byte}");
        }
    }

    fn values(text: &str) -> Vec<(f64, String, bool)> {
        find_quantities(text).into_iter().map(|q| (q.value, q.unit, q.range)).collect()
    }

    #[test]
    fn magnitudes_and_units() {
        assert_eq!(values("日活达到3369万"), [(33_690_000.0, String::new(), false)]);
        assert_eq!(values("调用量达到12.7万亿次"), [(12.7e12, "次".into(), false)]);
        assert_eq!(values("投入超过3800亿元人民币"), [(3.8e11, "CNY".into(), false)]);
        assert_eq!(values("份额高达46.4%"), [(46.4, "%".into(), false)]);
        assert_eq!(values("低至20毫秒"), [(20.0, "ms".into(), false)]);
        assert_eq!(values("激增了20多倍"), [(20.0, "x".into(), false)]);
        assert_eq!(values("市值3兆美元"), [(3e12, "USD".into(), false)]);
        assert_eq!(values("月活已经过亿"), [(1e8, String::new(), false)]);
        assert_eq!(values("万亿参数大模型"), [(1e12, "parameters".into(), false)]);
        assert_eq!(values("接入700余个业务"), [(700.0, "个".into(), false)]);
        assert_eq!(values("营收增长三成"), [(30.0, "%".into(), false)]);
        assert_eq!(values("融资5亿美元"), [(5e8, "USD".into(), false)]);
        assert_eq!(values("营收达3.26兆元新台币"), [(3.26e12, "TWD".into(), false)]);
        assert_eq!(values("营收1兆7730亿元新台币"), [(1.773e12, "TWD".into(), false)]);
        assert_eq!(values("融资3亿5000万元"), [(3.5e8, "CNY".into(), false)]);
        // 周活: weekly active users, no weeks.
        assert_eq!(values("近十亿周活跃用户"), [(1e9, String::new(), false)]);
        assert_eq!(values("连续5周上涨"), [(5.0, "weeks".into(), false)]);
    }

    #[test]
    fn years_something_lasted() {
        assert_eq!(values("已在美国经营超过30年"), [(30.0, "years".into(), false)]);
        assert_eq!(values("负责公关长达十年之久"), [(10.0, "years".into(), false)]);
        assert_eq!(values("待了 12 年，"), [(12.0, "years".into(), false)]);
        assert_eq!(values("一家155年历史的银行"), [(155.0, "years".into(), false)]);
        // Windows, dates, time a task took and unnamed firms are none.
        assert!(values("过去十年").is_empty());
        assert!(values("调取近5年人才流动数据").is_empty());
        assert!(values("在30年代").is_empty());
        assert!(values("这件事花了三年").is_empty());
        assert!(values("数十年之久").is_empty());
        assert!(values("一家刚成立两年的公司").is_empty());
    }

    #[test]
    fn a_space_may_stand_before_a_chinese_unit() {
        assert_eq!(values("培养了超过 90 名博士生"), [(90.0, "名".into(), false)]);
        assert_eq!(values("共 10,000 颗"), [(10_000.0, "颗".into(), false)]);
        // A year written with a space is still a date.
        assert!(values("他在 1987 年建立").is_empty());
    }

    #[test]
    fn digitless_magnitudes_count_only_when_reached_or_measured() {
        assert!(values("找一份年薪百万的工作").is_empty());
        assert!(values("让百万用户受益").is_empty());
        assert_eq!(values("用户数突破了百万"), [(1e6, String::new(), false)]);
        assert_eq!(values("一个千亿参数的模型"), [(1e11, "parameters".into(), false)]);
        assert_eq!(values("市值超过千亿港元"), [(1e11, "HKD".into(), false)]);
        assert_eq!(values("估值百亿"), [(1e10, String::new(), false)]);
    }

    #[test]
    fn size_classes_and_countless_amounts_are_no_figures() {
        assert!(values("打造百亿级产业").is_empty());
        assert!(values("覆盖10万级车型").is_empty());
        assert!(values("处理千万级订单").is_empty());
        // Said to be reached, the class is the size it rounds to.
        assert_eq!(values("参数规模达到千亿级"), [(1e11, String::new(), false)]);
        assert!(values("数以万计的开发者").is_empty());
        assert!(values("筹集数以十亿美元计的资金").is_empty());
    }

    #[test]
    fn the_count_a_price_is_per_is_no_figure() {
        assert_eq!(values("输入价格为4元/百万tokens"), [(4.0, "CNY".into(), false)]);
        assert_eq!(values("定价2美元/100万tokens"), [(2.0, "USD".into(), false)]);
        assert_eq!(values("每1000次调用收费3元"), [(3.0, "CNY".into(), false)]);
        // Two amounts split by a slash are a list, both figures.
        assert_eq!(values("分别为180亿美元/210亿美元").len(), 2);
    }

    #[test]
    fn more_between_two_magnitudes_keeps_both() {
        assert_eq!(values("市值蒸发一万多亿美元"), [(1e12, "USD".into(), false)]);
        assert_eq!(values("市值涨至3万多亿美元"), [(3e12, "USD".into(), false)]);
        assert_eq!(values("收入三千多万元"), [(3e7, "CNY".into(), false)]);
    }

    #[test]
    fn a_count_of_limit_ups_is_boards() {
        assert_eq!(values("该股已连续收获7个涨停板"), [(7.0, "limit-up boards".into(), false)]);
        assert_eq!(values("连收5个涨停"), [(5.0, "limit-up boards".into(), false)]);
        // The n-th of them is no count.
        assert!(values("收出近7个交易日的第5个涨停").iter().all(|(_, unit, _)| unit != "limit-up boards"));
    }

    #[test]
    fn fiscal_periods() {
        let p = |t: &str| find_periods(t, Some("2025-02-12")).into_iter().map(|p| p.value).collect::<Vec<_>>();
        assert_eq!(p("2024财年营收"), ["2024"]);
        assert_eq!(p("2023 财年收入下降"), ["2023"]);
        assert_eq!(p("25财年投入800亿美元"), ["2025"]);
        assert_eq!(p("FY2025全年营收"), ["2025"]);
        assert_eq!(p("FY25 Q2营收"), ["2025-Q2"]);
        assert_eq!(p("2025财年第一财季营收"), ["2025-Q1"]);
        assert_eq!(p("2025年第一财季营收"), ["2025-Q1"]);
        // Without a year: the last such quarter over by the dateline.
        assert_eq!(p("第四财季营收"), ["2024-Q4"]);
        assert_eq!(p("今年第一财季营收"), ["2025-Q1"]);
        // A part of a fiscal year is not the year.
        assert!(p("2025财年前四个月赤字").is_empty());
        assert!(p("本财季营收").is_empty());
    }

    #[test]
    fn a_day_named_from_the_dateline_dates_by_its_month() {
        let values = |text: &str, dateline: &str| -> Vec<String> {
            find_periods(text, Some(dateline)).into_iter().map(|p| p.value).collect()
        };
        assert_eq!(values("特斯拉周二股价急跌6.3%", "2025-02-12"), ["2025-02"]);
        // Yesterday, said on the first of a month, is in the month before.
        assert_eq!(values("昨日收报131.5港元", "2026-01-01"), ["2025-12"]);
        assert_eq!(values("阿里昨即市升逾9%", "2025-02-14"), ["2025-02"]);
        assert_eq!(values("该股昨收报116.7元", "2025-03-01"), ["2025-02"]);
        assert!(values("昨夜星辰", "2025-03-01").is_empty());
        assert!(find_periods("昨日收报131.5港元", None).is_empty());
    }

    #[test]
    fn ranges_dates_and_codes_are_not_quantities() {
        assert_eq!(values("调用3—5个专家模块"), [(3.0, String::new(), true), (5.0, "个".into(), true)]);
        assert!(values("2025年1月").is_empty());
        assert!(values("Qwen2.5和3D生成").is_empty());
        assert!(values("第3名").is_empty());
        assert!(values("十分重要").is_empty());
        // Both ends of a range whose ends carry their own magnitude and unit.
        assert!(values("销售额达75万元至100万元").iter().all(|(_, _, range)| *range));
        assert!(values("净利润为亏损6.80亿元—亏损5.90亿元").iter().all(|(_, _, range)| *range));
        // A change and where it ended are two figures.
        assert!(values("净利润同比增长49%至208.38亿美元").iter().all(|(_, _, range)| !*range));
        assert!(values("订单量同比增长19%至6.85亿份").iter().all(|(_, _, range)| !*range));
        assert!(values("份额从12%至15%").iter().all(|(_, _, range)| *range));
    }

    #[test]
    fn periods() {
        let p = |t: &str, d: Option<&str>| find_periods(t, d).into_iter().map(|p| p.value).collect::<Vec<_>>();
        assert_eq!(p("在2025年1月的日活", None), ["2025-01"]);
        assert_eq!(p("2024年第四季度增长", None), ["2024-Q4"]);
        assert_eq!(p("2025年第二季中国市场", None), ["2025-Q2"]);
        assert_eq!(p("到2024年底", None), ["2024"]);
        assert_eq!(p("2025年2月至3月期间", None), ["2025-03"]);
        assert_eq!(p("去年营收", Some("2025-07-23")), ["2024"]);
        assert_eq!(p("股价年内累计上涨", Some("2025-02-13")), ["2025"]);
        assert_eq!(p("年初以来净值增长", Some("2025-02-13")), ["2025"]);
        assert!(p("价格在一年内下降", Some("2025-02-13")).is_empty());
        assert_eq!(p("2024年，公司年内回购", Some("2025-02-13")), ["2024"]);
        assert!(p("股价年内累计上涨", None).is_empty());
        assert!(p("去年营收", None).is_empty());
        assert_eq!(p("今年第一季度", Some("2025-05-08")), ["2025-Q1"]);
        // A report's first three quarters end with the third.
        assert_eq!(p("2024年前三个季度", None), ["2024-Q3"]);
        assert_eq!(p("去年前三季度", Some("2025-02-10")), ["2024-Q3"]);
    }

    #[test]
    fn short_and_yearless_periods() {
        let p = |t: &str| find_periods(t, Some("2025-02-12")).into_iter().map(|p| p.value).collect::<Vec<_>>();
        assert_eq!(p("2024Q3营收"), ["2024-Q3"]);
        assert_eq!(p("24Q4销量"), ["2024-Q4"]);
        assert_eq!(p("本季3Q24毛利率"), ["2024-Q3"]);
        assert_eq!(p("预计2Q2025出货"), ["2025-Q2"]);
        assert_eq!(p("2024年Q4营收"), ["2024-Q4"]);
        assert_eq!(p("24年前三季度"), ["2024-Q3"]);
        assert_eq!(p("2025财年第一季度"), ["2025-Q1"]);
        // Without a year: the quarter under way or the last one before it.
        assert_eq!(p("第四季度营收"), ["2024-Q4"]);
        assert_eq!(p("一季度指引"), ["2025-Q1"]);
        assert_eq!(p("上半年营收"), ["2024-H1"]);
        assert_eq!(p("今年下半年"), ["2025-H2"]);
        assert_eq!(p("本月完成融资"), ["2025-02"]);
        assert_eq!(p("上月出口"), ["2025-01"]);
        // The quarter before another, or the n-th of a sequence, is none.
        assert!(p("较前一季度的0.96%").is_empty());
        assert_eq!(p("两个月前获得融资"), ["2024-12"]);
        assert!(p("上任后的第一个季度").is_empty());
        assert!(p("四个季度涨幅分别为").is_empty());
    }

    #[test]
    fn chinese_integers() {
        assert_eq!(parse_chinese_integer("十二"), Some(12.0));
        assert_eq!(parse_chinese_integer("二十"), Some(20.0));
        assert_eq!(parse_chinese_integer("一千五百"), Some(1500.0));
        assert_eq!(parse_chinese_integer("abc"), None);
    }

    #[test]
    fn the_year_so_far_reads_its_sentence_from_after_a_wide_end_mark() {
        // 。 (three bytes) inside quotes before 年内: the sentence after it
        // names no year, so 年内 is the dateline's.
        let found = year_to_date("2023年他说“很好。”年内上涨", Some("2025-02-10"));
        assert_eq!(found.iter().map(|p| p.value.as_str()).collect::<Vec<_>>(), ["2025"]);
        // A year named in the same sentence before it wins.
        assert!(year_to_date("2023年年内上涨", Some("2025-02-10")).is_empty());
    }

    #[test]
    fn a_day_of_a_month_still_to_come_is_last_years_when_reported() {
        let value = |text: &str| find_periods(text, Some("2025-02-13")).first().map(|p| p.value.clone());
        assert_eq!(value("截至12月10日，用户已超600万").as_deref(), Some("2024-12"));
        // A plan keeps it ahead; so does a bare month (a delivery month).
        assert_eq!(value("公司计划于3月18日发布新品").as_deref(), Some("2025-03"));
        assert_eq!(value("4月交割的原油期价下跌1.09美元").as_deref(), Some("2025-04"));
        // A month already past is this year's.
        assert_eq!(value("截至1月31日，用户已超600万").as_deref(), Some("2025-01"));
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Found by `cargo fuzz run numbers` (fuzz/artifacts/numbers/crash-fa1d…):
    /// 千 followed by 400 digits gave an infinite value.
    #[test]
    fn overlong_digit_runs_are_no_figures() {
        let text = format!("千{}", "4".repeat(400));
        assert!(find_quantities(&text).iter().all(|q| q.value.is_finite()));
        assert_eq!(find_quantities(&format!("{}元", "9".repeat(400))), []);
    }

    const MAGNITUDES: [(&str, f64); 5] = [("", 1.0), ("万", 1e4), ("亿", 1e8), ("万亿", 1e12), ("千万", 1e7)];

    proptest! {
        #[test]
        fn a_number_written_out_parses_back(int in 0u64..100_000, frac in 0u32..100, m in 0usize..5) {
            let (word, factor) = MAGNITUDES[m];
            let written = format!("{int}.{frac:02}{word}元");
            let quantities = find_quantities(&format!("营收达到{written}。"));
            prop_assert_eq!(quantities.len(), 1, "{}: {:?}", written, quantities);
            let expected = (int as f64 + frac as f64 / 100.0) * factor;
            prop_assert!((quantities[0].value - expected).abs() <= expected * 1e-9, "{} → {}", written, quantities[0].value);
        }

        #[test]
        fn a_year_and_month_written_out_parse_back(year in 1990u32..2100, month in 1u32..=12) {
            let periods = find_periods(&format!("{year}年{month}月发布"), None);
            prop_assert_eq!(periods.len(), 1);
            prop_assert_eq!(&periods[0].value, &format!("{year:04}-{month:02}"));
        }
    }
}
