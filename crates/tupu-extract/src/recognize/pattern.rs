//! Names no dictionary has yet: model versions, names introduced by 名为 or
//! set in quotes, organizations by their suffix, partners, persons by title.
//!
//! Each rule is one function with its own rule id, so that provenance says
//! which pattern found a name and tests can pin each rule down.

use super::{is_generic_head, type_of_role_suffix, SentenceView, TITLES};
use crate::dictionary::Dictionary;
use crate::model::{EntityType, Mention, Span};
use crate::rule::Rule;
use crate::segment::is_cjk;
use regex::Regex;
use std::sync::OnceLock;

/// All pattern rules over one sentence. `curated` are the dictionary
/// matches already found there (for families, makers and context).
pub fn find(view: &SentenceView, dictionary: &Dictionary, curated: &[Mention]) -> Vec<Mention> {
    let mut found = Vec::new();
    found.extend(latin_model_names(view, dictionary, curated));
    found.extend(family_versions(view, dictionary, curated));
    found.extend(introduced_names(view, curated));
    found.extend(model_heads(view, dictionary, curated));
    found.extend(made_models(view, curated));
    found.extend(organizations_by_suffix(view, dictionary));
    found.extend(partners(view, curated));
    found.extend(governments(view, curated));
    found.extend(persons_by_title(view, curated));
    found.extend(appositive_companies(view, curated));
    found.extend(latin_names(view, curated));
    found.extend(titled_employers(view, curated));
    found.extend(compound_sectors(view, curated));
    found.extend(field_names(view, curated));
    found.extend(brand_suffix_names(view, dictionary, curated));
    found.extend(acting_companies(view, curated));
    found.extend(brand_products(view, curated));
    found.extend(ticker_names(view, curated));
    found.extend(hardware_names(view, curated));
    found.extend(brand_codes(view, dictionary, curated));
    found.extend(product_editions(view, dictionary, curated));
    found.extend(tiered_apps(view, curated));
    found.extend(podcasts(view, curated));
    found.extend(posting_platforms(view, curated));
    found.extend(described_products(view, curated));
    found.extend(launched_latin_names(view, curated));
    found.extend(latin_headed_names(view, curated));
    found.extend(headed_products(view, curated));
    found.extend(listed_firms(view, curated));
    found.extend(traded_stocks(view, curated));
    found.extend(titled_works(view, curated));
    found.extend(persons_with_original(view, curated));
    found.extend(dotted_persons(view, curated));
    found.extend(headline_speakers(view, curated));
    found.extend(possessed_titled_members(view, curated));
    let models = described_models(view, curated, &found);
    found.extend(models);
    found
}

/// 李声扬：「动物本能」一旦出现, 肖峰：DeepSeek加速…: a headline or a
/// quote's lead names the speaker, then a colon. Two or three chars that
/// open the sentence (or follow a space), open with a surname, and that
/// jieba reads as a person's name, or as a surname and a given name it
/// does not know or guesses as a verb (李/声扬): a common word (商品：,
/// 周/观点：) is a heading, no person.
fn headline_speakers(view: &SentenceView, curated: &[Mention]) -> Vec<Mention> {
    let tokens = view.tokens;
    let mut found = Vec::new();
    for (k, colon) in tokens.iter().enumerate() {
        if !matches!(colon.text.as_str(), "：" | ":") {
            continue;
        }
        // The name's tokens: one, or a surname and one more.
        for n in 1..=2usize {
            let Some(first) = k.checked_sub(n) else { break };
            let words = &tokens[first..k];
            let start = words[0].span.start - view.span.start;
            let opens = start == 0 || matches!(view.chars[start - 1], ' ' | '\u{3000}');
            let text: String = words.iter().map(|w| w.text.as_str()).collect();
            let len = text.chars().count();
            if !opens || !(2..=3).contains(&len) || !text.chars().all(is_cjk) {
                continue;
            }
            let surname = text.chars().next().is_some_and(|c| SURNAMES.contains(c));
            let named = match words {
                [w] => w.pos.starts_with("nr"),
                [s, g] => {
                    s.text.chars().count() == 1
                        && (!g.known || g.pos.starts_with("nr") || g.pos.starts_with('v'))
                        && !crate::cues::NOT_PERSONS.contains(&g.text.as_str())
                }
                _ => false,
            };
            let abs = Span::new(view.abs(start), view.abs(start + len));
            if surname
                && named
                && !crate::cues::NOT_PERSONS.contains(&text.as_str())
                && !curated.iter().any(|c| c.span.overlaps(abs))
            {
                found.push(mention(
                    view,
                    Span::new(start, start + len),
                    EntityType::Person,
                    Rule::PATTERN_PERSON_SPEAKER,
                ));
                break;
            }
        }
    }
    found
}

/// 卡斯帕洛夫（Garry Kasparov）, 阿齐默鲁（Daron Acemoglu）: three or more
/// transliteration chars right before a bracketed Latin name of two to four
/// capitalized words (a given and a family name) are a foreign person's
/// name. A firm's last word (Janus Capital) or a run that a middle dot cuts
/// (瑞·达利欧: where the name starts is not sure) names no one here.
fn persons_with_original(view: &SentenceView, curated: &[Mention]) -> Vec<Mention> {
    static ORIGINAL: OnceLock<Regex> = OnceLock::new();
    let original = regex(&ORIGINAL, r"[（(]([A-Z][a-z]+(?: (?:[A-Z]\.|[A-Z][a-z]+)){1,3})[）)]");
    let is_translit = |c: char| crate::cues::TRANSLITERATION.contains(c);
    let mut found = Vec::new();
    for caps in original.captures_iter(view.text) {
        let latin = caps.get(1).unwrap().as_str();
        if latin.split(' ').any(|w| crate::cues::LATIN_FIRM_WORDS.contains(&w)) {
            continue;
        }
        let end = view.char_span(caps.get(0).unwrap().range()).start;
        let mut start = end;
        while start > 0 && (is_translit(view.chars[start - 1]) || view.chars[start - 1] == '·') {
            start -= 1;
        }
        // The run must start the name: after a char of no transliteration
        // that is no middle dot, and not with one.
        while start < end && view.chars[start] == '·' {
            start += 1;
        }
        let cut_at_dot = start > 0 && view.chars[start - 1] == '·';
        let letters = view.chars[start..end].iter().filter(|&&c| c != '·').count();
        if cut_at_dot || !(3..=8).contains(&letters) {
            continue;
        }
        // Where the name starts must be sure: after no Han char, a
        // function word or the end of a title or a role (首席财务官, 艺术家).
        // After another Han char the run is often the tail of a name whose
        // first chars are no transliteration ones (贾/内尔·盖尔, 海赛/姆·盖斯).
        let before = view.str(Span::new(0, start));
        let opens =
            before.chars().next_back().is_none_or(|c| !is_cjk(c) || crate::cues::BEFORE_ORIGINAL_NAME.contains(c))
                || TITLES.ends(before);
        if !opens {
            continue;
        }
        let rel = Span::new(start, end);
        let abs = Span::new(view.abs(rel.start), view.abs(rel.end));
        if curated.iter().any(|c| c.span.overlaps(abs)) {
            continue;
        }
        found.push(mention(view, rel, EntityType::Person, Rule::PATTERN_PERSON_ORIGINAL));
    }
    found
}

/// 人工智能部长奥马尔·苏丹·奥拉马, 23岁的卢克·法里托是…: runs of chars
/// that spell foreign names, joined by middle dots, are a person's given
/// and family names. Where the name starts must be sure (after a title, a
/// role, a function word or no Han char: 贾/内尔·盖尔 is the tail of a
/// name), and so must where it ends (a pause, a word that follows people,
/// or any other word after a title-anchored name); a body's or a work's
/// word after it (盖茨基金会) makes it that body's name. Brands written
/// with a dot (黑神话·悟空, 书生·浦语) use common chars and are not read.
fn dotted_persons(view: &SentenceView, curated: &[Mention]) -> Vec<Mention> {
    use crate::cues::{NAME_FOLLOWERS, NAME_FOLLOWER_STARTS};
    const MAX_PART: usize = 6;
    let chars = view.chars;
    let is_part = |c: char| crate::cues::TRANSLITERATION.contains(c) || crate::cues::DOTTED_NAME_CHARS.contains(c);
    let mut found = Vec::new();
    let mut d = 0;
    while d < chars.len() {
        if chars[d] != '·' {
            d += 1;
            continue;
        }
        let mut start = d;
        while start > 0 && d - start <= MAX_PART && is_part(chars[start - 1]) {
            start -= 1;
        }
        let before = view.str(Span::new(0, start));
        let titled = TITLES.ends(before) || introduces_person(before);
        let opens = titled
            || before.chars().next_back().is_none_or(|c| !is_cjk(c) || crate::cues::BEFORE_ORIGINAL_NAME.contains(c));
        // (A dot right before the run: the run is a later part of a name
        // whose start was not sure, 艾丽西亚·加西亚·赫雷罗.)
        let mid_name = start > 0 && chars[start - 1] == '·';
        if start == d || d - start > MAX_PART || !opens || mid_name {
            d += 1;
            continue;
        }
        // The later parts, each a run of name chars, up to the last dot.
        let mut dot = d;
        let end = loop {
            let from = dot + 1;
            let mut run = from;
            while run < chars.len() && run - from <= MAX_PART && is_part(chars[run]) {
                run += 1;
            }
            if run == from || run - from > MAX_PART {
                break None;
            }
            if chars.get(run) == Some(&'·') {
                dot = run;
                continue;
            }
            break Some((from, run));
        };
        let Some((last, mut end)) = end else {
            d = dot + 1;
            continue;
        };
        // 威纳提出: the run's last char opens the verb that follows the name.
        let pair: String = chars[end - 1..].iter().take(2).collect();
        if end - 1 > last && crate::cues::DOTTED_NAME_VERB_TAILS.contains(&pair.as_str()) {
            end -= 1;
        }
        let rest = view.str(Span::new(end, chars.len()));
        let bounded = rest.chars().next().is_none_or(|c| !is_cjk(c))
            || NAME_FOLLOWERS.iter().chain(NAME_FOLLOWER_STARTS).any(|w| rest.starts_with(w));
        let tail: String = chars[last..].iter().take(end - last + 4).collect();
        let body = crate::cues::DOTTED_NAME_NOT_BEFORE.iter().any(|w| tail.contains(w));
        let rel = Span::new(start, end);
        let abs = Span::new(view.abs(rel.start), view.abs(rel.end));
        let letters = chars[start..end].iter().filter(|&&c| c != '·').count();
        if (bounded || titled) && !body && letters >= 3 && !curated.iter().any(|c| c.span.overlaps(abs)) {
            found.push(mention(view, rel, EntityType::Person, Rule::PATTERN_PERSON_DOTTED));
        }
        d = end;
    }
    found
}

/// 宣布其灵语智舱系统与DeepSeek完成融合, 雄狮智能座舱系统依托DeepSeek, 基于
/// 星罗平台: a name (a word jieba does not know or tags as proper, or a
/// Latin one) and a noun for a kind of product, where a product stands —
/// after what owns or announces it (其, 旗下, 自研的, 宣布, 推出) or a verb
/// that uses it (基于, 依托, 接入), or before a verb that joins it with a
/// model (与…融合, 依托, 接入, 搭载). Common words alone (智能客服系统) name
/// nothing.
fn headed_products(view: &SentenceView, curated: &[Mention]) -> Vec<Mention> {
    use crate::cues::PRODUCT_PLACE_WORDS as BEFORE;
    use crate::cues::{JOINING_VERBS, PRODUCT_HEADS, USE_VERBS};
    let tokens = view.tokens;
    let mut found = Vec::new();
    for k in 0..tokens.len() {
        let head_token = &tokens[k];
        let Some(head) = PRODUCT_HEADS.iter().find(|h| head_token.text.ends_with(*h)) else { continue };
        if head.ends_with("模型") || head_token.text.chars().count() > head.chars().count() + 4 {
            continue;
        }
        // The run of name words before the head, back to the cue.
        let mut first = k;
        while first > 0 {
            let t = &tokens[first - 1];
            let word = t.text.chars().all(|c| is_cjk(c) || c.is_ascii_alphanumeric())
                && !matches!(t.pos.chars().next(), Some('c' | 'p' | 'u' | 'd' | 'r' | 'v' | 'm' | 't' | 'f' | 'q'))
                && !is_stop_word(&t.text)
                && !BEFORE.contains(&t.text.as_str())
                // 九章平台灵犀座舱: a head ends the name before it.
                && !PRODUCT_HEADS.iter().any(|h| t.text.ends_with(h));
            if !word || k + 1 - first > 4 {
                break;
            }
            first -= 1;
        }
        let words = &tokens[first..=k];
        let glued = head_token.text.len() > head.len();
        if first == k && !glued {
            continue;
        }
        // A name among the words: one jieba does not know (Han), tags as a
        // proper noun other than a place (云 of 云平台 is Yunnan to it), or
        // a Latin word that is no common acronym or kind (AI, Agent, GPU).
        // (The head's own word counts only when the name is glued to it.)
        let name_words = if first == k { words } else { &words[..words.len() - 1] };
        let named = name_words.iter().any(|t| {
            let han = t.text.chars().all(is_cjk);
            han && (!t.known && t.text.chars().count() >= 2 && !t.pos.starts_with('a')
                || matches!(t.pos.as_str(), "nz" | "nr" | "nrt" | "nt"))
                || t.text.is_ascii()
                    && t.text.chars().filter(|c| c.is_ascii_alphabetic()).count() >= 2
                    && !is_common_acronym(&t.text)
                    && !matches!(
                        t.text.to_ascii_lowercase().as_str(),
                        "ai" | "agent" | "gpu" | "cpu" | "npu" | "app" | "studio" | "aigc" | "saas"
                    )
        });
        let chars: usize = words.iter().map(|t| t.text.chars().count()).sum();
        if !named || !(3..=12).contains(&chars) {
            continue;
        }
        // jieba may glue 其 to an unknown name (其灵/语智舱): it is the owner.
        let glued_owner = !words[0].known && words[0].text.starts_with('其') && words[0].text.chars().count() >= 2;
        let start = words[0].span.start - view.span.start + usize::from(glued_owner);
        let rel = Span::new(start, head_token.span.end - view.span.start);
        let name = view.text(rel);
        if is_generic_head(&name) || overlaps_curated(view, rel, curated) {
            continue;
        }
        let before: String = view.chars[rel.start.saturating_sub(4)..rel.start].iter().collect();
        let after: String = view.chars[rel.end..]
            .iter()
            .take(20)
            .take_while(|c| !matches!(c, ',' | '，' | '。' | ';' | '；'))
            .collect();
        let placed = BEFORE.iter().any(|w| before.ends_with(w));
        let joined = USE_VERBS.iter().chain(JOINING_VERBS).any(|v| after.contains(v));
        // 新华e家App, 金太阳APP: a coined word glued to App names an app
        // wherever it stands.
        // (给麦APP: jieba reads 给 as a preposition, and one char left alone
        // is no name.)
        let app = matches!(*head, "App" | "APP" | "app")
            && head_token.text == *head
            && first < k
            && name.chars().count() >= head.len() + 2;
        if placed && (joined || crate::cues::PRODUCT_USE_WORDS.iter().any(|w| before.ends_with(w)))
            || joined && (after.starts_with('与') || after.starts_with("依托") || after.starts_with("已"))
            || app
        {
            found.push(mention(view, rel, EntityType::Product, Rule::PATTERN_HEADED_PRODUCT));
        }
    }
    found
}

/// RTX 5090D显卡, MTT S80游戏显卡, Arise-GT10C0显卡, MLU220加速卡, 麒麟970芯片,
/// JM9系列GPU: a model number (a code with a digit) before a noun for
/// hardware, or a word for its use and then that noun, is a product.
fn hardware_names(view: &SentenceView, curated: &[Mention]) -> Vec<Mention> {
    static HARDWARE: OnceLock<Regex> = OnceLock::new();
    let hardware = regex(
        &HARDWARE,
        r"((?:[A-Z][A-Za-z]{0,7}[ -]?[A-Za-z]{0,3}\d{1,4}[A-Za-z0-9]{0,3}|\p{Han}{2}\d{3,4}[A-Za-z]?)(?:系列)?)(?:游戏|专业|推理|训练|桌面|移动|AI)?(?:显卡|芯片|GPU|CPU|NPU|加速卡|处理器|一体机|算力卡|推理卡|训练卡|计算卡|板卡|智算卡)",
    );
    let mut found = Vec::new();
    for caps in hardware.captures_iter(view.text) {
        // The name is the first group; the hardware noun after it is not.
        let name = caps.get(1).expect("the pattern has one group");
        let rel = view.char_span(name.start()..name.end());
        // Glued to more letters or digits before: part of a longer code.
        let glued = rel.start > 0 && view.chars[rel.start - 1].is_ascii_alphanumeric();
        if !glued && !overlaps_curated(view, rel, curated) {
            found.push(mention(view, rel, EntityType::Product, Rule::PATTERN_HARDWARE));
        }
    }
    found
}

/// 英伟达RTX3060, 华为Pocket 3, 小鹏P7, 努比亚Z70 Ultra: a maker the
/// dictionary knows, then a Latin product code (letters and digits, a
/// trim word after), names one of its products. Codes that are periods
/// (Q4, H1), driving levels (L2), years of an event (GTC 2024) or come
/// before a noun for a model, a drug, an index or a report are no product.
fn brand_codes(view: &SentenceView, dictionary: &Dictionary, curated: &[Mention]) -> Vec<Mention> {
    static CODE: OnceLock<Regex> = OnceLock::new();
    let code =
        regex(&CODE, r"^ ?([A-Z][A-Za-z]{0,6} ?\d{1,4}[A-Za-z0-9]{0,4}(?: (?:Pro|Max|Ultra|Plus|mini|Air|SE))?)");
    static PERIOD: OnceLock<Regex> = OnceLock::new();
    let period = regex(&PERIOD, r"^(?:[QH][1-4]|L[0-5]|FY ?\d+|[A-Za-z]+ ?(?:19|20)\d\d)$");
    let mut found = Vec::new();
    for m in curated.iter().filter(|m| m.kind == EntityType::Company && m.entry.is_some()) {
        let end = m.span.end - view.span.start;
        let rest = view.str(Span::new(end, view.chars.len()));
        let Some(caps) = code.captures(rest) else { continue };
        let g = caps.get(1).expect("the pattern has one group");
        let rel = view.char_span(view.text.len() - rest.len() + g.start()..view.text.len() - rest.len() + g.end());
        let after = view.str(Span::new(rel.end, view.chars.len()));
        // Glued to more of a code (Ryzen 9 7945HX3): the code is longer
        // than the pattern reads.
        // than the pattern reads; so is one that a single capital or a
        // generation follows (地平线J6 M, S3 Gen 2).
        let next_word: String = after
            .strip_prefix(' ')
            .map(|a| a.chars().take_while(|c| c.is_ascii_alphanumeric()).collect())
            .unwrap_or_default();
        let glued = after.starts_with(|c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '/'))
            || next_word.starts_with(|c: char| c.is_ascii_digit())
            || next_word == "Gen"
            || (next_word.len() == 1 && next_word.chars().all(|c| c.is_ascii_uppercase()));
        let code_text = g.as_str();
        if glued
            || period.is_match(code_text)
            || crate::cues::NOT_PRODUCT_CODE_FOLLOWERS.iter().any(|w| after.trim_start().starts_with(w))
            || dictionary.lookup(code_text).is_some()
            || overlaps_curated(view, rel, curated)
        {
            continue;
        }
        found.push(mention(view, rel, EntityType::Product, Rule::PATTERN_BRAND_CODE));
    }
    found
}

/// 据某某专业版数据, 某某专业版预测: a short name and a Chinese tier word
/// (CJK_EDITION_WORDS) make a product, the name's paid tier. The head is one
/// word of 2 to 4 chars that is a name or a noun, opening a clause or after
/// a preposition (not 上线专业版, 使用专业版, 基础版和专业版);
/// a curated model or product before the tier (钉钉专业版) is left to its
/// own entry, a curated firm's short name (a maker's app) is not.
fn tiered_apps(view: &SentenceView, curated: &[Mention]) -> Vec<Mention> {
    let tokens = view.tokens;
    let mut found = Vec::new();
    for word in crate::cues::CJK_EDITION_WORDS {
        let text: String = view.chars.iter().collect();
        for (byte, _) in text.match_indices(word) {
            let at = text[..byte].chars().count();
            let Some(k) = tokens.iter().position(|t| t.span.end - view.span.start == at) else { continue };
            let head = &tokens[k];
            let chars = head.text.chars().count();
            if !(2..=4).contains(&chars) || !head.text.chars().all(is_cjk) {
                continue;
            }
            let noun = !head.known || ["n", "nz", "nr", "nt", "j"].contains(&head.pos.as_str());
            if !noun || is_generic_head(&head.text) {
                continue;
            }
            // The name opens a clause or follows a preposition (据…, 在…):
            // after any other word (上线专业版, 该应用专业版) it is no name.
            if k > 0 && {
                let prev = &tokens[k - 1];
                prev.text.chars().any(is_cjk) && !prev.pos.starts_with('p')
            } {
                continue;
            }
            let start = head.span.start - view.span.start;
            let rel = Span::new(start, at + word.chars().count());
            let abs = Span::new(view.abs(rel.start), view.abs(rel.end));
            if curated.iter().any(|c| c.span.overlaps(abs) && c.kind != EntityType::Company) {
                continue;
            }
            found.push(mention(view, rel, EntityType::Product, Rule::PATTERN_PRODUCT_EDITION));
        }
    }
    found
}

/// 小米15 Ultra, iPhone SE, 酷睿Ultra 9 275HX, 骁龙8295P: an edition or tier
/// word, or a model number, written right after a curated product's name
/// belongs to it; the name ends where they do. The product is a member of
/// the curated line (its family), which gives it the line's maker.
fn product_editions(view: &SentenceView, dictionary: &Dictionary, curated: &[Mention]) -> Vec<Mention> {
    static EDITION: OnceLock<Regex> = OnceLock::new();
    let edition = EDITION.get_or_init(|| {
        let words: Vec<String> = crate::cues::EDITION_WORDS.iter().map(|w| regex::escape(w)).collect();
        let words = words.join("|");
        // An edition word (a generation number may follow: Ultra 3, SE4),
        // or a tier and a model number (9 275HX), or a model number alone
        // (8295P, 14900K): three digits at least and a capital.
        Regex::new(&format!(
            r"^(?:[ ]?(?:{words})(?:[ ]?[0-9]{{1,2}})?(?:[ ](?:{words}))*(?:[ ][0-9]{{3,5}}[A-Z]{{1,3}})?|[ ]?[0-9]{{1,2}}[ ][0-9]{{3,5}}[A-Z]{{0,3}}|[ ]?[0-9]{{3,5}}[A-Z]{{1,3}})"
        ))
        .expect("a literal pattern compiles")
    });
    static WORDS: OnceLock<Regex> = OnceLock::new();
    let words = WORDS.get_or_init(|| {
        let words: Vec<String> = crate::cues::EDITION_WORDS.iter().map(|w| regex::escape(w)).collect();
        Regex::new(&format!(r"^[ ]?(?:{})", words.join("|"))).expect("a literal pattern compiles")
    });
    let ends_in_code = |view: &SentenceView, at: usize| {
        let next = view.chars.get(at).copied();
        next.is_some_and(|ch| ch.is_ascii_alphanumeric())
            || matches!(next, Some('-' | '.' | '_'))
                && view.chars.get(at + 1).is_some_and(|ch| ch.is_ascii_alphanumeric())
    };
    let mut found = Vec::new();
    for c in curated {
        let Some(id) = c.entry else { continue };
        if c.kind != EntityType::Product || dictionary.entry(id).kind != EntityType::Product {
            continue;
        }
        let end = c.span.end - view.span.start;
        let rest = view.str(Span::new(end, view.chars.len()));
        // (小米15 Pro 512GB: the generation number is optional; a longer
        // number after the word is something else.)
        // (16GB, 100W: a figure with its unit is no model number.)
        let unit_last = |m: &regex::Match| {
            let code = m.as_str().trim().rsplit(' ').next().unwrap_or_default();
            let unit = code.trim_start_matches(|ch: char| ch.is_ascii_digit());
            !unit.is_empty()
                && code.starts_with(|ch: char| ch.is_ascii_digit())
                && crate::cues::NOT_MODEL_NUMBER_UNITS.contains(&unit.to_ascii_uppercase().as_str())
        };
        let Some(m) = edition
            .find(rest)
            .filter(|m| !ends_in_code(view, end + m.as_str().chars().count()) && !unit_last(m))
            .or_else(|| words.find(rest))
        else {
            continue;
        };
        let len = m.as_str().chars().count();
        // The word must end where the text's word does (Pro in Prompt is
        // none; B2-W is longer than B2).
        if ends_in_code(view, end + len) {
            continue;
        }
        // iPhone SE4: the whole name may be curated itself, in a spelling
        // the dictionary's keys do not hold.
        let whole = dictionary.lookup(view.str(Span::new(c.span.start - view.span.start, end + len)));
        let start = if whole.is_none() { split_maker(view, dictionary, c, &mut found) } else { c.span.start };
        let rel = Span::new(start - view.span.start, end + len);
        let mut edition_mention = mention(view, rel, EntityType::Product, Rule::PATTERN_PRODUCT_EDITION);
        match whole {
            Some(whole) if whole == id => continue,
            Some(whole) => {
                edition_mention.kind = dictionary.entry(whole).kind;
                edition_mention.entry = Some(whole);
                edition_mention.rule = Rule::DICT;
                edition_mention.confidence = c.confidence;
            }
            None => edition_mention.family = Some(id),
        }
        found.push(edition_mention);
    }
    found
}

/// Lex Fridman Podcast, The MAD Podcast, All-In Podcast: capitalized Latin
/// words closed by Podcast name a show, a service offered to listeners.
fn podcasts(view: &SentenceView, curated: &[Mention]) -> Vec<Mention> {
    static SHOW: OnceLock<Regex> = OnceLock::new();
    // (Small words may join the capitalized ones: More or Less Podcast.)
    let show = regex(&SHOW, r"[A-Z][A-Za-z0-9\-]*(?: (?:[A-Z][A-Za-z0-9\-]*|or|by|and|of|the|&)){0,4} Podcasts?\b");
    let mut found = Vec::new();
    for m in show.find_iter(view.text) {
        let rel = view.char_span(m.range());
        // Glued to a Latin word before: the name starts earlier.
        let glued = rel.start > 0 && view.chars[rel.start - 1].is_ascii_alphanumeric();
        // AI Podcast: a kind of show, no name.
        let generic = m.as_str().split(' ').filter(|w| !w.starts_with("Podcast")).all(is_common_acronym);
        // A host's name inside is part of the show's (Lex Fridman Podcast):
        // the longer span wins when overlaps are settled.
        let abs = Span::new(view.abs(rel.start), view.abs(rel.end));
        let clash =
            curated.iter().any(|c| c.span.overlaps(abs) && !(c.kind == EntityType::Person && abs.contains(c.span)));
        if !glued && !generic && !clash {
            found.push(mention(view, rel, EntityType::Product, Rule::PATTERN_PODCAST));
        }
    }
    found
}

/// 在X上发文, 在X平台表示, 社交媒体X: a one-letter Latin name that people
/// post on, or that a word for social media describes, is a platform, a
/// product. (Letters elsewhere are grades and sides: B端, A股, E平台.)
fn posting_platforms(view: &SentenceView, curated: &[Mention]) -> Vec<Mention> {
    static POSTED: OnceLock<Regex> = OnceLock::new();
    let posted =
        regex(&POSTED, &format!(r"(在 ?|(?:{}) ?)([A-Z])(?: ?)(.?.?.?)", crate::cues::SOCIAL_MEDIA_WORDS.join("|")));
    let mut found = Vec::new();
    for caps in posted.captures_iter(view.text) {
        let (lead, letter, after) = (&caps[1], caps.get(2).expect("a letter"), &caps[3]);
        // The letter stands alone (在X86上, 在A/B测试 are others).
        if after.starts_with(|c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '+' | '-' | '/' | '_')) {
            continue;
        }
        // After 在, the letter is where something is posted: 上 or 平台.
        if lead.starts_with('在') && !crate::cues::POSTED_ON_WORDS.iter().any(|w| after.starts_with(w)) {
            continue;
        }
        let rel = view.char_span(letter.range());
        let abs = Span::new(view.abs(rel.start), view.abs(rel.end));
        if !curated.iter().any(|c| c.span.overlaps(abs)) {
            found.push(mention(view, rel, EntityType::Product, Rule::PATTERN_POSTING_PLATFORM));
        }
    }
    found
}

/// 车机系统DEEPALOS3.0, 智能座舱助手AI Eva, 办公平台WorkBuddy: a Latin name
/// right after a word for a kind of product is that product.
fn described_products(view: &SentenceView, curated: &[Mention]) -> Vec<Mention> {
    static DESCRIBED: OnceLock<Regex> = OnceLock::new();
    let described = regex(
        &DESCRIBED,
        &format!(
            r"(?:{}|{}) ?([A-Za-z][A-Za-z0-9.\-]*(?: [A-Z0-9][A-Za-z0-9.\-]*){{0,2}})",
            crate::cues::DESCRIBED_PRODUCT_KINDS.join("|"),
            crate::cues::MORE_DESCRIBED_PRODUCT_KINDS.join("|")
        ),
    );
    let mut found = Vec::new();
    for caps in described.captures_iter(view.text) {
        let name = caps.get(1).expect("the pattern has one group");
        let text = name.as_str().trim_end_matches(['.', '-']);
        let rel = view.char_span(name.start()..name.start() + text.len());
        // Generic words (AI, API, Agent), short capitals (GMV, TOB), words
        // all in lower case (crash) and a glued continuation are no name; nor
        // is a digit that begins a date (平台Keeta9月上线).
        let generic = text.split(' ').all(is_common_acronym)
            || text.chars().count() < 3
            || (text.len() <= 3 && text.chars().all(|c| c.is_ascii_uppercase()))
            || !text.chars().any(|c| c.is_ascii_uppercase());
        let next = view.chars.get(rel.end).copied();
        let glued = next.is_some_and(|c| c.is_ascii_alphanumeric())
            || (text.ends_with(|c: char| c.is_ascii_digit()) && matches!(next, Some('年' | '月' | '日' | '号')));
        // 运动科技平台Keep创始人…: a title after it makes it the employer, a firm.
        let after = view.str(Span::new(rel.end, view.chars.len())).trim_start();
        // 解决方案BU CEO靳玉志, 大模型Foundation团队: a title or a team in or
        // after the name makes it a unit of a firm.
        // 科技新闻网站 The Next Web: a news site is its outlet, a firm.
        let before = view.str(Span::new(rel.start.saturating_sub(8), rel.start));
        let outlet = ["新闻网站", "媒体网站", "资讯网站"].iter().any(|w| before.trim_end().ends_with(w));
        // 核心产品Keytruda, 在研产品BL-B01D1: in a sentence about drugs a
        // product is a drug, which no type here covers.
        let near = view.str(Span::new(rel.start.saturating_sub(20), rel.end.saturating_add(12).min(view.chars.len())));
        let pharma = crate::cues::PHARMA_CUES.iter().any(|w| near.contains(w));
        let employs = outlet
            || pharma
            || TITLES.starts(after)
            || text.split(' ').any(|w| TITLES.contains(&w))
            || crate::cues::UNIT_WORDS_AFTER_NAME.iter().any(|w| after.starts_with(w));
        if !generic && !glued && !employs && !overlaps_curated(view, rel, curated) {
            found.push(mention(view, rel, EntityType::Product, Rule::PATTERN_DESCRIBED_PRODUCT));
        }
    }
    found
}

/// 研发了Align-DS-V, 推出SemiMind半导体大模型平台, 发布了Magic V3: a
/// Latin name right after a verb of launching is what was launched. Names
/// in capitals only are mostly codes of other things (发布CPI数据, 推出RSP,
/// 上线TST), and a noun after the name may make it a plan, a framework or a
/// report; 模型 after it makes it a model.
fn launched_latin_names(view: &SentenceView, curated: &[Mention]) -> Vec<Mention> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = regex(
        &RE,
        r"(?:推出|发布|上线|研发|开发|打造)(?:了|的|出)?(?:全新的?|新款|一款|新一代)? ?([A-Z][A-Za-z0-9\-]*[a-z][A-Za-z0-9\-]*(?: [A-Z0-9][A-Za-z0-9\-]*){0,2})",
    );
    let mut found = Vec::new();
    for caps in re.captures_iter(view.text) {
        let name = caps.get(1).expect("the pattern has one group");
        let text = name.as_str().trim_end_matches('-');
        let rel = view.char_span(name.start()..name.start() + text.len());
        let glued = view.chars.get(rel.end).is_some_and(|c| c.is_ascii_alphanumeric() || *c == '.');
        let after = view.str(Span::new(rel.end, view.chars.len())).trim_start();
        let other = crate::cues::NAMES31_LATIN_NOT_PRODUCT_HEADS.iter().any(|w| after.starts_with(w));
        let generic = text.split(' ').all(is_common_acronym) || text.chars().count() < 3;
        if glued || other || generic || overlaps_curated(view, rel, curated) {
            continue;
        }
        // Only a noun for a kind of product after the name, past a few
        // describing words (SemiMind半导体大模型平台, DeepalADPRO智驾系统),
        // says what was launched: bare Latin words after these verbs are as
        // often reports, standards, programmes and datasets. (A model noun
        // alone leaves the name to the model patterns, which know where a
        // model's name ends: Kr AI大模型.)
        let head: String = after.chars().take_while(|&c| is_cjk(c)).take(10).collect();
        let product_at = |k: usize| {
            let rest: String = head.chars().skip(k).collect();
            crate::cues::KIND_NOUNS_BEFORE_QUOTES
                .iter()
                .chain(crate::cues::APP_WORDS)
                .chain(crate::cues::NAMES31_LAUNCHED_KINDS)
                .any(|w| rest.starts_with(w))
        };
        // (DeFi, DaaS: short mixed-case words are terms of a trade.)
        let term = text.len() <= 4 && text.chars().filter(|c| c.is_ascii_uppercase()).count() >= 2;
        if term || !(0..=6).any(product_at) {
            continue;
        }
        let kind = EntityType::Product;
        found.push(mention(view, rel, kind, Rule::PATTERN_DESCRIBED_PRODUCT));
    }
    found
}

/// 推理模型Step R-mini, 多模态大模型UniDoc, 世界模型EnerVerse, 开源模型
/// Rnj-1: a Latin name right after a noun for a kind of model is that
/// model. The trade's words (模型API, 大语言模型LLM, 大模型AI), one or two
/// letters (大模型C端) and a team or a unit after the name (大模型Foundation
/// 团队) are no model.
///
/// A model's name that the kind noun closes (瑞智病理大模型RuiPath) has the
/// Latin name as its other spelling, not as a second model.
fn described_models(view: &SentenceView, curated: &[Mention], found: &[Mention]) -> Vec<Mention> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = regex(&RE, r"模型 ?([A-Za-z][A-Za-z0-9\-\.]*(?:[ \-][A-Z0-9][A-Za-z0-9\-\.]*){0,2})");
    let mut out = Vec::new();
    for caps in re.captures_iter(view.text) {
        let name = caps.get(1).expect("the pattern has one group");
        let text = name.as_str().trim_end_matches(['.', '-']);
        let rel = view.char_span(name.start()..name.start() + text.len());
        let glued = view.chars.get(rel.end).is_some_and(|c| c.is_ascii_alphanumeric())
            || !text.starts_with(|c: char| c.is_ascii_uppercase());
        // Where 模型 ends, past the space before the name.
        let kind_end = view.abs(rel.start - usize::from(view.chars[rel.start - 1] == ' '));
        // (A curated model before the kind noun, DeepSeek大模型Align-DS-V, is
        // what the new one was built on, not its other name.)
        let named_before =
            found.iter().find(|m| m.entry.is_none() && m.span.end == kind_end && m.text.ends_with("模型"));
        let after = view.str(Span::new(rel.end, view.chars.len())).trim_start();
        let unit = crate::cues::UNIT_WORDS_AFTER_NAME.iter().any(|w| after.starts_with(w)) || TITLES.starts(after);
        let generic = text.split([' ', '-']).all(is_common_acronym)
            || text.chars().count() < 3
            || crate::cues::NAMES31_LATIN_TRADE_WORDS.contains(&text.to_ascii_lowercase().as_str());
        if glued || unit || generic || overlaps_curated(view, rel, curated) {
            continue;
        }
        let mut m = mention(view, rel, EntityType::Model, Rule::PATTERN_LATIN_MODEL);
        // 瑞智病理大模型RuiPath: the Latin name spells the model the kind noun
        // closes, one entity with two names.
        if let Some(full) = named_before {
            m.alias_of = Some(full.span.start);
            m.kind = full.kind;
        }
        out.push(m);
    }
    out
}

/// Clio系统, AIcare平台, CycloneSEQ平台, aimo智能体: a coined Latin word glued
/// to a noun for an application names it, wherever it stands. The trade's
/// words (Agent平台, SaaS平台, all-in智能体) name none; a word that goes on
/// from Latin before it (Apple Intelligence平台, Claude.ai平台) or a brand
/// right before it (骁龙Elite平台) is part of a longer name.
fn latin_headed_names(view: &SentenceView, curated: &[Mention]) -> Vec<Mention> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = regex(&RE, r"([A-Za-z][A-Za-z0-9\-]*[a-z][A-Za-z0-9\-]*)(?:平台|系统|智能体|助手)");
    let mut found = Vec::new();
    for caps in re.captures_iter(view.text) {
        let name = caps.get(1).expect("the pattern has one group");
        let text = name.as_str();
        let rel = view.char_span(name.range());
        let before: Vec<char> = view.chars[..rel.start].iter().rev().take(2).copied().collect();
        let continues = match before.as_slice() {
            [c, ..] if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | '/' | '@') => true,
            [' ', c, ..] => c.is_ascii_alphanumeric(),
            _ => false,
        };
        let abs_start = view.abs(rel.start);
        let branded = curated.iter().any(|c| c.span.end == abs_start);
        let generic = text.split('-').all(is_common_acronym)
            || crate::cues::NAMES31_LATIN_TRADE_WORDS.contains(&text.to_ascii_lowercase().as_str())
            || text.chars().count() < 3;
        if continues || branded || generic || overlaps_curated(view, rel, curated) {
            continue;
        }
        found.push(mention(view, rel, EntityType::Product, Rule::PATTERN_HEADED_PRODUCT));
    }
    found
}

/// 依米康（300249）, 星河电子(00241.HK), 京东金融（JD.O）: a name with its
/// stock code after it is a listed company.
fn ticker_names(view: &SentenceView, curated: &[Mention]) -> Vec<Mention> {
    static CODE: OnceLock<Regex> = OnceLock::new();
    let code = regex(
        &CODE,
        r"[（(]\s*(?:[036]\d{5}(?:\.(?:SZ|SH|sz|sh))?|[48]\d{5}\.BJ|\d{4,5}\.(?:HK|hk)|0\d{3,4}|[A-Z]{1,5}\.(?:US|O|N)|[1-9]\d{3}|(?:NYSE|NASDAQ|Nasdaq|AMEX)\s*[:：]\s*[A-Z][A-Z.]{0,5})\s*[)）]",
    );
    let mut found = Vec::new();
    for m in code.find_iter(view.text) {
        let mut end = view.char_span(m.start()..m.start()).start;
        // 道明尼能源 (NYSE:D): a space before the bracket.
        if end > 1 && view.chars[end - 1] == ' ' && view.chars[end - 2] != ' ' {
            end -= 1;
        }
        let digits: String = m.as_str().chars().filter(char::is_ascii_digit).collect();
        let hk_board =
            digits.len() == 4 && !digits.starts_with('0') && m.as_str().chars().all(|c| !c.is_ascii_alphabetic());
        // A Hong Kong code without 0 in front (長建（1038）, 經緯天地（2477）)
        // reads as a year as often: only a Chinese name before it, none
        // glued to Latin (A博时港元 is a fund's class), and no year.
        if hk_board && digits.parse::<u32>().is_ok_and(|y| (1949..=2030).contains(&y)) {
            continue;
        }
        // 万国数据-SW(09698), 快手-W: a Hong Kong share-class mark after a
        // hyphen is no part of the name.
        let before: String = view.chars[end.saturating_sub(4)..end].iter().collect();
        let class = ["-SW", "-W", "-S", "-B", "-UW", "-WR", "-R"].iter().find(|c| before.ends_with(*c));
        let end = end - class.map_or(0, |c| c.len());
        let Some(mut rel) = name_before(view, end, 10) else { continue };
        // Meta Platforms(META.US), Sea Limited: the Latin words before the
        // last one, each capitalized and a space apart, are the name too.
        if view.chars[rel.start..rel.end].iter().all(|c| c.is_ascii_alphanumeric()) {
            let mut start = rel.start;
            for _ in 0..3 {
                let word_end = start.saturating_sub(1);
                if word_end == 0 || view.chars[word_end] != ' ' {
                    break;
                }
                let word_start =
                    (0..word_end).rev().find(|&p| !view.chars[p].is_ascii_alphanumeric()).map_or(0, |p| p + 1);
                if word_start == word_end || !view.chars[word_start].is_ascii_uppercase() {
                    break;
                }
                start = word_start;
            }
            rel = Span::new(start, rel.end);
        }
        {
            if hk_board
                && (!view.chars[rel.start..rel.end].iter().all(|c| is_cjk(*c))
                    || rel.start.checked_sub(1).is_some_and(|p| view.chars[p].is_ascii_alphanumeric()))
            {
                continue;
            }
            let abs = Span::new(view.abs(rel.start), view.abs(rel.end));
            if !clashes_with_curated(curated, abs) {
                found.push(mention(view, rel, EntityType::Company, Rule::PATTERN_TICKER));
            }
        }
    }
    found
}

/// Whether a curated name overlaps `span` other than as a field or a place
/// word inside it (广聚能源(000096.SZ): 能源 and a place may stand inside a
/// listed firm's name; any other known name means the span is not one).
fn clashes_with_curated(curated: &[Mention], span: Span) -> bool {
    curated.iter().any(|c| {
        c.span.overlaps(span)
            && !(span.contains(c.span) && c.span != span && matches!(c.kind, EntityType::Sector | EntityType::Place))
    })
}

/// 雅达股份、光线传媒、依米康等公司: the members of a list closed by 等 and a
/// noun for firms are firms. (A list before 等概念股 names themes as often
/// as firms: AI算力、存储等概念股.)
fn listed_firms(view: &SentenceView, curated: &[Mention]) -> Vec<Mention> {
    static HEAD: OnceLock<Regex> = OnceLock::new();
    let head = regex(
        &HEAD,
        // (等多只概念股, 等3只个股: counted stocks are firms, where 等概念股
        // alone may close a list of themes.)
        r"等(?:(?:\d+家|多家|几家|上市|科技|互联网|头部)?(?:公司|企业|厂商|巨头|大厂|车企|券商|私募机构|投资机构|创投机构|基金公司)|(?:\d+只|多只|几只|数只)(?:概念股|个股|股票))",
    );
    // 长盛轴承、五洲新春、福莱新材3家公司: a count of firms after a list
    // closes it as well as 等 does, when it counts the members.
    static COUNTED: OnceLock<Regex> = OnceLock::new();
    let counted = regex(&COUNTED, r"([2-9]|[两三四五六七八九])家(?:上市)?(?:公司|企业)");
    let heads = head.find_iter(view.text).map(|m| (m.start(), None)).chain(counted.captures_iter(view.text).map(|c| {
        let n = c.get(1).expect("the pattern has one group").as_str();
        let n = n
            .parse::<usize>()
            .ok()
            .or_else(|| "两三四五六七八九".chars().position(|d| n.starts_with(d)).map(|p| p + 2));
        (c.get(0).expect("a match").start(), n)
    }));
    let mut found = Vec::new();
    for (at, count) in heads {
        let mut end = view.char_span(at..at).start;
        if count.is_some() && !view.chars.get(end.wrapping_sub(1)).is_some_and(|c| is_cjk(*c)) {
            continue;
        }
        let mut members = Vec::new();
        loop {
            // The member: the words back to the separator before it.
            let start = (0..end)
                .rev()
                .find(|&p| {
                    let c = view.chars[p];
                    !(is_cjk(c) || c.is_ascii_alphanumeric() || c == '.' || c == '-')
                        || crate::cues::ENUMERATION_SEPARATORS.contains(&c)
                })
                .map_or(0, |p| p + 1);
            members.push(Span::new(start, end));
            match start.checked_sub(1).map(|p| view.chars[p]) {
                Some(sep) if ['、', '和', '及'].contains(&sep) && start >= 2 => end = start - 1,
                _ => break,
            }
        }
        if members.len() < 2 || count.is_some_and(|n| n != members.len()) {
            continue;
        }
        // 丰立智能、水晶光电、瑞鹄模具、稳健医疗等公司: in a list of firms
        // the dictionary knows, a member made of common words (稳健/医疗) is
        // a firm too, when it is at least two words of four chars.
        let known_firms = members
            .iter()
            .filter(|m| {
                let abs = Span::new(view.abs(m.start), view.abs(m.end));
                curated.iter().any(|c| c.kind == EntityType::Company && abs.contains(c.span))
            })
            .count();
        let firm_list = members.len() >= 3 && known_firms >= 2 && known_firms * 2 >= members.len();
        for rel in members {
            let plain = || {
                let name = rel;
                let (lo, hi) = (view.abs(name.start), view.abs(name.end));
                let words: Vec<_> = view.tokens.iter().filter(|t| t.span.start >= lo && t.span.end <= hi).collect();
                let chars = name.end - name.start;
                (words.len() >= 2
                    && words.iter().all(|t| !is_function_pos(&t.pos) && !t.pos.starts_with('v'))
                    && !is_generic_head(&view.text(name))
                    && (4..=6).contains(&chars)
                    && view.chars[name.start..name.end].iter().all(|c| is_cjk(*c)))
                .then_some(name)
            };
            let Some(rel) = trim_to_name(view, rel, true).or_else(|| if firm_list { plain() } else { None }) else {
                continue;
            };
            let abs = Span::new(view.abs(rel.start), view.abs(rel.end));
            let free =
                if firm_list { !clashes_with_curated(curated, abs) } else { !overlaps_curated(view, rel, curated) };
            // (汽车制造行业等企业: a field in the list is no firm.)
            let field = crate::cues::NAMES33_NOT_FIRM_ENDINGS.iter().any(|w| view.text(rel).ends_with(w));
            if free && !field {
                found.push(mention(view, rel, EntityType::Company, Rule::PATTERN_LISTED_FIRM));
            }
        }
    }
    found
}

/// 莱绅通灵涨停, 贝仕达克、卓翼科技跟涨, 胜利精密涨超6%: what hits the
/// daily limit or rose by so much in a round-up is a listed firm's stock,
/// named by its short name. Each member is the whole clause before the move
/// (or a member of a 、 list before it), three to five Chinese chars with a
/// coined word in it: 现货黄金 and 黄金盘中 are no stock's name.
fn traded_stocks(view: &SentenceView, curated: &[Mention]) -> Vec<Mention> {
    static MOVE: OnceLock<Regex> = OnceLock::new();
    let moved = regex(
        &MOVE,
        r"(?:等(?:多股|个股|\d+股)?(?:集体|纷纷)?)?(?:触及|一度|盘中)?(?:涨停|跌停|跟涨|跟跌|涨超|跌超|涨近|跌近|涨逾|跌逾|\d+连板|涨幅居前|跌幅居前|涨幅靠前|跌幅靠前)|(?:获)?主力资金净(?:流入|流出|买入|卖出)",
    );
    let mut found = Vec::new();
    for m in moved.find_iter(view.text) {
        // 中国黄金、曼卡龙涨幅居前: stocks that led the gains; 医药、银行等
        // 涨幅居前 are the fields that did (see field_names).
        if m.as_str().starts_with('等') && m.as_str().ends_with(['前']) {
            continue;
        }
        let mut end = view.char_span(m.start()..m.start()).start;
        let mut members = Vec::new();
        loop {
            let start = (0..end).rev().find(|&p| !is_cjk(view.chars[p])).map_or(0, |p| p + 1);
            members.push(Span::new(start, end));
            match start.checked_sub(1).map(|p| view.chars[p]) {
                Some('、') if start >= 2 => end = start - 1,
                // The clause opens the sentence or follows a pause.
                None | Some('，' | ',' | '。' | '；' | ';' | '：' | ':' | ' ') => break,
                _ => {
                    members.clear();
                    break;
                }
            }
        }
        // 光伏设备、通信设备涨幅居前, 算力方向涨幅居前: a ranking lists
        // fields as often as stocks; a field among the members, or a member
        // that names a direction, makes it one of fields.
        let ranked = m.as_str().ends_with('前');
        if ranked
            && members.iter().any(|r| {
                let abs = Span::new(view.abs(r.start), view.abs(r.end));
                let text: String = view.chars[r.start..r.end].iter().collect();
                curated.iter().any(|c| c.kind == EntityType::Sector && c.span.overlaps(abs))
                    || crate::cues::NAMES32_RANKED_FIELD_ENDINGS.iter().any(|w| text.ends_with(w))
            })
        {
            continue;
        }
        // 紫金矿业、胜利精密、省广集团: a member listed with a curated firm
        // is a firm's short name too, though all its words are common ones.
        let curated_mate = members.len() >= 2
            && members.iter().any(|r| {
                let abs = Span::new(view.abs(r.start), view.abs(r.end));
                curated.iter().any(|c| c.span == abs && c.kind == EntityType::Company)
            });
        for rel in members {
            let text: String = view.chars[rel.start..rel.end].iter().collect();
            if !(3..=5).contains(&text.chars().count())
                || crate::cues::MARKET_THEME_ENDINGS.iter().chain(crate::cues::INDEX_ENDINGS).any(|w| text.ends_with(w))
            {
                continue;
            }
            let abs = Span::new(view.abs(rel.start), view.abs(rel.end));
            let words: Vec<&crate::segment::Token> = view.tokens.iter().filter(|t| abs.contains(t.span)).collect();
            // A coined word (one jieba does not know, tags as a name, or
            // reads as a bare morpheme: 昀冢科技) and no function word; verbs
            // may be words of a name (迪安诊断, 双良节能).
            let coined = words
                .iter()
                .any(|t| !t.known || t.is_proper_noun() || matches!(t.pos.as_str(), "j" | "nz" | "g" | "ng"));
            let plain = words.iter().all(|t| !t.known || !is_function_pos(&t.pos));
            if !(coined || curated_mate) || !plain || is_generic_head(&text) {
                continue;
            }
            // 股价盘前上涨超, 黄金盘中涨超: a time, a place or a direction
            // word makes the clause a report on something else.
            // 沪指收盘, 恒生科技暴涨超: an index, a market, or a verb glued
            // before the move.
            let circumstance = view
                .tokens
                .iter()
                .any(|t| abs.contains(t.span) && ["t", "s", "f", "d"].iter().any(|p| t.pos.starts_with(p)))
                || crate::cues::NOT_IN_STOCK_NAMES.iter().any(|w| text.contains(w))
                || text.ends_with(['收', '暴', '大', '再', '又', '均', '齐']);
            if circumstance {
                continue;
            }
            // 北方铜业、中金黄金涨停: a curated firm's short name (中金) that
            // opens a member listed with curated firms is the start of
            // another firm's name.
            let opened_by_short_name = curated_mate
                && curated.iter().any(|c| {
                    c.kind == EntityType::Company
                        && c.span.start == abs.start
                        && c.span.end < abs.end
                        && c.span.end - c.span.start <= 2
                })
                && !curated.iter().any(|c| c.span.overlaps(abs) && c.span.start != abs.start);
            if opened_by_short_name || !clashes_with_curated(curated, abs) {
                found.push(mention(view, rel, EntityType::Company, Rule::PATTERN_TRADED_STOCK));
            }
        }
    }
    found
}

/// 综艺节目《夏日少年派》, 网页游戏《武侠风云》, 《哪吒2》票房: a title in
/// book marks is a show, a film or a game (a Product) when a kind of work
/// stands before it or its box office or screening after it; the titles
/// listed with a marked one are works too (冠名的综艺还包括《A》、《B》和《C》).
/// Unmarked titles are laws, reports and books as often: left alone.
fn titled_works(view: &SentenceView, curated: &[Mention]) -> Vec<Mention> {
    use crate::cues::{WORK_EVENTS_AFTER, WORK_KINDS_BEFORE};
    static TITLE: OnceLock<Regex> = OnceLock::new();
    let title = regex(&TITLE, r"《([^《》\n]{1,24})》");
    // Each title with the chars before its 《 and after its 》.
    let titles: Vec<(Span, String, String)> = title
        .captures_iter(view.text)
        .map(|c| {
            let outer = view.char_span(c.get(0).unwrap().range());
            let inner = view.char_span(c.get(1).unwrap().range());
            let before: String = view.chars[outer.start.saturating_sub(8)..outer.start].iter().collect();
            let after: String = view.chars[outer.end..].iter().take(8).collect();
            (inner, before, after)
        })
        .collect();
    let joined = |before: &str| crate::cues::NAME_JOINTS.iter().any(|j| before.ends_with(j));
    let mut marked: Vec<bool> = titles
        .iter()
        .map(|(_, before, after)| {
            let before = before.trim_end_matches(['“', '"', ' ']);
            // 综艺还包括《…》: the kind, then the words that open a list.
            let before = ["还包括", "包括", "如", "比如", "例如", "有"]
                .iter()
                .find_map(|w| before.strip_suffix(w))
                .unwrap_or(before)
                .trim_end_matches('的');
            WORK_KINDS_BEFORE.iter().any(|k| before.ends_with(k))
                || WORK_EVENTS_AFTER.iter().any(|w| after.starts_with(w))
                || after.strip_prefix('等').is_some_and(|a| WORK_KINDS_BEFORE.iter().any(|k| a.starts_with(k)))
        })
        .collect();
    // A list of titles shares the mark of any member, both ways.
    let linked =
        |i: usize| joined(&view.chars[titles[i - 1].0.end + 1..titles[i].0.start - 1].iter().collect::<String>());
    for i in 1..titles.len() {
        if linked(i) && marked[i - 1] {
            marked[i] = true;
        }
    }
    for i in (1..titles.len()).rev() {
        if linked(i) && marked[i] {
            marked[i - 1] = true;
        }
    }
    let mut found = Vec::new();
    for ((rel, _, _), marked) in titles.iter().zip(marked) {
        let abs = Span::new(view.abs(rel.start), view.abs(rel.end));
        let clash = curated.iter().any(|c| c.span.overlaps(abs) && c.span != abs && !abs.contains(c.span));
        if marked && !clash {
            found.push(mention(view, *rel, EntityType::Product, Rule::PATTERN_TITLED_WORK));
        }
    }
    found
}

/// The name that ends at `end` (sentence-relative): the tokens before it
/// that can be part of a name, at most `max` chars.
fn name_before(view: &SentenceView, end: usize, max: usize) -> Option<Span> {
    let abs_end = view.abs(end);
    let last = view.tokens.iter().rposition(|t| t.span.end == abs_end)?;
    let mut first = last;
    // Words of a coined name may be adjectives or verbs (恒远精密, 澄明智算);
    // function words and numbers end it.
    let nameish = |t: &crate::segment::Token| {
        t.text.chars().all(|c| is_cjk(c) || c.is_ascii_alphanumeric())
            && (!t.known || !is_function_pos(&t.pos))
            && !is_stop_word(&t.text)
    };
    if !nameish(&view.tokens[last]) {
        return None;
    }
    while first > 0
        && nameish(&view.tokens[first - 1])
        && view.tokens[first - 1].span.end == view.tokens[first].span.start
        && abs_end - view.tokens[first - 1].span.start <= max
    {
        first -= 1;
    }
    let rel = Span::new(view.tokens[first].span.start - view.span.start, end);
    // The stock code is evidence enough: 星辰微电子 may be all common words.
    let name = trim_to_name(view, rel, false)?;
    // 根据和辉光电（688538.SH）, 。合景泰富（1813）: a char that reads as a
    // conjunction or a verb opens the name when nothing it could join or
    // govern stands before it, only a preposition or a clause's edge.
    let at = view.tokens.iter().position(|t| t.span.end == view.abs(name.start));
    let opens_name = at.is_some_and(|k| {
        matches!(view.tokens[k].text.as_str(), "和" | "合" | "会")
            && k.checked_sub(1).map(|b| &view.tokens[b]).is_none_or(|b| {
                b.span.start < view.span.start
                    || b.pos.starts_with('p')
                    // A clause's edge; a closing bracket or 、 ends a list
                    // member that 和 joins (（REGN.US）和林德气体).
                    || b.text.chars().all(|c| "，,。；;：:！？ \t".contains(c))
            })
    });
    Some(if opens_name && name.end - name.start <= 5 { Span::new(name.start - 1, name.end) } else { name })
}

/// A list member as a name: leading words that introduce the list (包括,
/// 如, 例如) dropped; none that is a verb, a function word or generic; with
/// `require_coined`, not made of common nouns only.
fn trim_to_name(view: &SentenceView, rel: Span, require_coined: bool) -> Option<Span> {
    let (abs_start, abs_end) = (view.abs(rel.start), view.abs(rel.end));
    let tokens: Vec<&crate::segment::Token> =
        view.tokens.iter().filter(|t| t.span.start >= abs_start && t.span.end <= abs_end).collect();
    let skip = tokens
        .iter()
        .take_while(|t| {
            matches!(
                t.text.as_str(),
                "包括" | "如" | "例如" | "比如" | "像" | "其中" | "有" | "是" | "和" | "及" | "与"
            ) || (t.known && (t.pos.starts_with('v') || t.pos.starts_with('p') || t.pos.starts_with('c')))
        })
        .count();
    let rest = &tokens[skip..];
    let first = rest.first()?;
    let mut from = first.span.start - view.span.start;
    // 而乐信, 如锦龙股份, 旗下堡狮龙: a function word glued to the name.
    let mut end = rel.end;
    if first.text.chars().count() >= 3 && first.text.starts_with(GLUED_FUNCTION_CHARS) {
        from += 1;
    }
    if let Some(lead) = ["旗下", "包括", "客户包括"].iter().find(|w| first.text.starts_with(*w)) {
        from += lead.chars().count();
    }
    if end - from >= 3 && GLUED_FUNCTION_CHARS.contains(&view.chars[end - 1]) {
        end -= 1;
    }
    // A common noun (机械, 存储, 券商) is no firm's name: a coined name has
    // a word jieba does not know, or one it tags as a name.
    let coined = rest.iter().any(|t| !t.known || t.is_proper_noun() || t.pos == "j" || t.pos == "nz");
    if require_coined && !coined {
        return None;
    }
    // 结构件厂商恒铭达, 领军者艾默生电气: a description before the name.
    let text: String = view.chars[from..end].iter().collect();
    if let Some(cut) = crate::cues::FIRM_NOUNS
        .iter()
        .chain(crate::cues::NAME_LEAD_CUTS)
        .filter_map(|w| text.rfind(w).map(|p| p + w.len()))
        .filter(|&p| p < text.len())
        .max()
    {
        from += text[..cut].chars().count();
    }
    let name: String = view.chars[from..end].iter().collect();
    let suffix_only = ["Inc", "Ltd", "Corp", "Co", "Group", "Holdings", "Limited", "LLC", "PLC"]
        .iter()
        .any(|w| name.trim_end_matches('.').eq_ignore_ascii_case(w));
    let ok = (2..=10).contains(&name.chars().count())
        && !suffix_only
        && rest.iter().all(|t| !t.known || !is_function_pos(&t.pos))
        && rest.first().is_some_and(|t| !t.known || t.pos.starts_with('n') || t.is_proper_noun() || t.pos == "j")
        && !is_generic_head(&name)
        && !name.chars().all(|c| c.is_ascii_digit());
    ok.then(|| Span::new(from, end))
}

/// Parts of speech that never belong to a name: prepositions,
/// conjunctions, particles, adverbs, pronouns, numerals, measure words.
fn is_function_pos(pos: &str) -> bool {
    ["p", "c", "u", "d", "r", "m", "q", "y", "e", "o", "t"].iter().any(|p| pos.starts_with(p))
}

/// Function words that jieba's HMM sometimes glues to the unknown name after
/// them (而乐信, 及依米康).
const GLUED_FUNCTION_CHARS: [char; 12] = ['而', '则', '及', '但', '并', '且', '或', '对', '由', '被', '以', '如'];

fn overlaps_curated(view: &SentenceView, rel: Span, curated: &[Mention]) -> bool {
    let abs = Span::new(view.abs(rel.start), view.abs(rel.end));
    curated.iter().any(|c| c.span.overlaps(abs))
}

/// 希沃学习机, 联通云桌面, 红旗九章平台, 中国移动App: a company's name, at
/// most a few more words, and a noun for a kind of product. The head alone
/// after the name (阿里巴巴平台) is a product only when the head names a
/// thing sold (学习机, App, 云桌面), not a generic platform or system.
fn brand_products(view: &SentenceView, curated: &[Mention]) -> Vec<Mention> {
    use crate::cues::PRODUCT_HEADS;
    let mut found = Vec::new();
    for m in curated.iter().filter(|m| m.kind == EntityType::Company) {
        let start = m.span.end - view.span.start;
        let after: String = view.chars[start..].iter().take(10).collect();
        let run: String = after.chars().take_while(|&c| is_cjk(c) || c.is_ascii_alphanumeric()).collect();
        // The heads that the run reaches, within 8 chars, the longest reach
        // first: when the longest fails its checks (商汤大装置万象平台, whose
        // 万象 is a common word before a generic head), a shorter one may
        // pass (商汤大装置). memchr's memmem on these few bytes, not
        // str::find, which sets up a Two-Way searcher for every head and
        // mention.
        let mut heads: Vec<(&str, usize)> = PRODUCT_HEADS
            .iter()
            .filter_map(|h| memchr::memmem::find(run.as_bytes(), h.as_bytes()).map(|p| (*h, run[..p].chars().count())))
            .filter(|(h, at)| at + h.chars().count() <= 8)
            .collect();
        heads.sort_by_key(|(h, at)| std::cmp::Reverse(at + h.chars().count()));
        let Some((end, head)) = heads
            .iter()
            .find_map(|&(head, at)| brand_product_end(view, curated, m, start, &run, head, at).map(|e| (e, head)))
        else {
            continue;
        };
        // 比亚迪高阶智驾系统“天神之眼”: a description set before the quoted
        // name it introduces, not a name of its own.
        if view.chars.get(end).is_some_and(|c| crate::cues::OPENING_QUOTES.contains(c)) {
            continue;
        }
        let rel = Span::new(m.span.start - view.span.start, end);
        let kind = if head.ends_with("模型") { EntityType::Model } else { EntityType::Product };
        found.push(mention(view, rel, kind, Rule::PATTERN_BRAND_PRODUCT));
    }
    found
}

/// The end (sentence-relative) of a brand product whose head `head` stands
/// `at` chars after the company mention `m`, when the words between and the
/// head make a product's name.
fn brand_product_end(
    view: &SentenceView,
    curated: &[Mention],
    m: &Mention,
    start: usize,
    run: &str,
    head: &str,
    at: usize,
) -> Option<usize> {
    use crate::cues::STRONG_PRODUCT_HEADS;
    let name_part = &run[..run.char_indices().nth(at).map_or(run.len(), |(b, _)| b)];
    // 华为手机, 三星手机: a maker's phones are a category of goods, not
    // one product (联通云手机 names one).
    if at == 0 && (!STRONG_PRODUCT_HEADS.contains(&head) || crate::cues::CATEGORY_HEADS.contains(&head)) {
        return None;
    }
    if name_part.contains(['的', '和', '与', '在', '将', '已', '为'])
        || is_generic_head(name_part) && !name_part.is_empty()
    {
        return None;
    }
    // The words between are a name, not a clause (学而思宣布旗下学习机).
    let (lo, hi) = (m.span.end, view.abs(start + at));
    let clause_word = view.tokens.iter().filter(|t| t.span.start >= lo && t.span.end <= hi).any(|t| {
        t.pos == "v"
            || matches!(t.pos.chars().next(), Some('d' | 'c' | 'p' | 'u' | 'r' | 'm' | 'f' | 'q'))
            || crate::cues::BRAND_PRODUCT_CLAUSE_WORDS.contains(&t.text.as_str())
    });
    // 小米绩效系统: before a generic head (平台, 系统) the words must name
    // something (unknown to jieba, proper, or Latin), not describe it.
    let named = view
        .tokens
        .iter()
        .filter(|t| t.span.start >= lo && t.span.end <= hi)
        .any(|t| !t.known || t.is_proper_noun() || t.text.is_ascii());
    if clause_word || (!STRONG_PRODUCT_HEADS.contains(&head) && !named) {
        return None;
    }
    // 阿里Qwen大模型: the dictionary names the product between; the
    // maker's name before it is no part of that name.
    if curated
        .iter()
        .any(|o| matches!(o.kind, EntityType::Model | EntityType::Product) && o.span.start >= lo && o.span.start < hi)
    {
        return None;
    }
    let end = start + at + head.chars().count();
    // 优刻得私有云平台 UCloudStack: the words describe the curated name
    // that follows, which is the product.
    let described = view.abs(end) + usize::from(view.chars.get(end) == Some(&' '));
    if curated.iter().any(|o| matches!(o.kind, EntityType::Model | EntityType::Product) && o.span.start == described) {
        return None;
    }
    Some(end)
}

/// 星河科技宣布完成A轮融资, 格兰菲的第一大股东, 获高瓴投资的星河智能: what
/// a company does marks its name where no dictionary has it. The name is the
/// run of words right before the cue (or after 获…投资的), back to a word
/// boundary, and at least one of its words must be unknown to jieba or a
/// proper noun, so that a common noun phrase never becomes a company.
fn acting_companies(view: &SentenceView, curated: &[Mention]) -> Vec<Mention> {
    use crate::cues::{COMPANY_ACTS_AFTER, FUNDING_SUBJECT_CUES};
    static FUNDED_BY: OnceLock<Regex> = OnceLock::new();
    let funded_by = regex(&FUNDED_BY, r"获(?:得)?[^,，。;；]{1,12}?(?:投资|注资|领投)的");
    let tokens = view.tokens;
    let text = view.text;
    let mut found = Vec::new();
    let name_word = |t: &crate::segment::Token| {
        (t.text.chars().all(|c| is_cjk(c) || c.is_ascii_alphanumeric()))
            && !matches!(t.pos.chars().next(), Some('c' | 'p' | 'u' | 'd' | 'r' | 'v' | 'm' | 't' | 'f' | 'q'))
            && !is_stop_word(&t.text)
    };
    // `strong`: a funding cue, which only firms take, so known words may
    // make the name (星河智能 after 获高瓴投资的).
    let push = |first: usize, last: usize, strong: bool, found: &mut Vec<Mention>| {
        let words = &tokens[first..=last];
        let chars: usize = words.iter().map(|t| t.text.chars().count()).sum();
        let named = strong
            || words.iter().any(|t| !t.known || t.is_proper_noun() && t.pos != "x")
            || suffix_type(&words[words.len() - 1].text).is_some_and(|(k, _)| k == EntityType::Company);
        let rel = Span::new(words[0].span.start - view.span.start, words[words.len() - 1].span.end - view.span.start);
        let name = view.text(rel);
        // 频繁, 成功, 高企: one word jieba knows is no firm, whatever the cue;
        // 中国电信现任, 华为轮值: a firm with the start of a title; 美国科技
        // 行业, MSCI中国指数: a market, an industry or an index.
        let common_word = words.len() == 1 && words[0].known && !words[0].is_proper_noun();
        // 英伟达创始人, 万科新任, 美国籍: a title or a status ends no firm's
        // name; 北京会见苹果公司, AI龙头企业OpenAI: words before a curated
        // firm that ends the phrase are no part of its name.
        // 非营利部门的估值: a part of a body is no firm. 愈发高企的估值,
        // 在短时间内完成: after
        // an adverb, 在 or 的 the words describe or time the act.
        let before = first.checked_sub(1).map(|p| &tokens[p]);
        // (获高瓴投资的星河智能: after a funding cue's 的 the firm stands.)
        let described = !strong
            && before.is_some_and(|b| {
                (b.known && b.pos.starts_with('d')) || matches!(b.text.as_str(), "在" | "的" | "过" | "更")
            });
        let not_a_firm = crate::cues::NOT_FIRM_ENDINGS.iter().any(|w| name.ends_with(w))
            || crate::cues::ACTING_NOT_FIRM_ENDINGS.iter().any(|w| name.ends_with(w))
            || crate::cues::ACTING_NOT_FIRM_PARTS.iter().any(|w| name.ends_with(w))
            || described
            || TITLES.ends(&name)
            || curated.iter().any(|m| {
                // 北京深度求索, 美国OpenAI: a place alone before the firm
                // names its branch or its country, and stays.
                let place_before = curated.iter().any(|p| {
                    p.kind == EntityType::Place && p.span.start == view.abs(rel.start) && p.span.end == m.span.start
                });
                m.kind.is_actor()
                    && m.span.end == view.abs(rel.end)
                    && m.span.start > view.abs(rel.start)
                    && !place_before
            });
        if (2..=12).contains(&chars)
            && named
            && !common_word
            && !not_a_firm
            && !is_generic_head(&name)
            && !covered_by_curated(view, rel, curated)
        {
            found.push(mention(view, rel, EntityType::Company, Rule::PATTERN_ACTING_COMPANY));
        }
    };
    // Cues after the name.
    for (k, t) in tokens.iter().enumerate() {
        // 澄明科技近日宣布完成融资: a word of time between the name and the cue.
        let timed = crate::cues::ACT_TIME_WORDS.contains(&t.text.as_str());
        let cue = if timed { k + 1 } else { k };
        let Some(cue_token) = tokens.get(cue) else { continue };
        let from = cue_token.span.start - view.span.start;
        let after = view.str(Span::new(from, view.chars.len().min(from + 20)));
        let funding = FUNDING_SUBJECT_CUES.starts(after)
            && after.split(['，', ',', '。']).next().is_some_and(|clause| clause.contains("融资"));
        let acts = COMPANY_ACTS_AFTER.starts(after) && !timed;
        if !(funding || acts) || k == 0 {
            continue;
        }
        let last = k - 1;
        // Before a funding cue, a name that ends in a firm's suffix (澄明/v
        // 科技) may open with a word jieba tags as a verb.
        let suffixed = funding
            && (crate::cues::BRAND_SUFFIXES
                .iter()
                .any(|(w, kind)| *kind == EntityType::Company && tokens[last].text == *w)
                || suffix_type(&tokens[last].text).is_some_and(|(kind, _)| kind == EntityType::Company));
        let name_word = |t: &crate::segment::Token| {
            name_word(t) || suffixed && t.pos == "v" && t.text.chars().count() == 2 && t.text.chars().all(is_cjk)
        };
        let mut first = last;
        let mut chars = 0;
        while chars + tokens[first].text.chars().count() <= 10 && name_word(&tokens[first]) {
            chars += tokens[first].text.chars().count();
            if first == 0 {
                break;
            }
            if !name_word(&tokens[first - 1]) {
                break;
            }
            first -= 1;
        }
        if name_word(&tokens[last]) {
            // Leading common words (一众, 国内) do not open a name, when a
            // word that can (unknown, proper) follows them.
            let opens = |t: &crate::segment::Token| !t.known || t.is_proper_noun() || t.pos == "j";
            if let Some(open) = (first..=last).find(|&i| opens(&tokens[i])) {
                first = open;
            }
            push(first, last, funding, &mut found);
        }
    }
    // 获X投资的Y.
    for m in funded_by.find_iter(text) {
        let start = view.char_span(m.range()).end + view.span.start;
        let Some(k) = tokens.iter().position(|t| t.span.start == start) else { continue };
        let mut last = k;
        let mut chars = 0;
        while last < tokens.len() && name_word(&tokens[last]) && chars + tokens[last].text.chars().count() <= 10 {
            chars += tokens[last].text.chars().count();
            last += 1;
        }
        if last > k {
            push(k, last - 1, true, &mut found);
        }
    }
    found
}

/// 资本市场, 恒生科技指数, 科技巨头, 保险公司人士: a firm's suffix that the next
/// word continues into a common noun ends no name.
fn suffix_continues(tokens: &[crate::segment::Token], k: usize) -> bool {
    use crate::cues::SUFFIX_CONTINUATIONS as CONTINUATIONS;
    // (A registered name is whole: …有限公司市场部 is its department.)
    !tokens[k].text.ends_with("有限公司")
        && tokens.get(k + 1).is_some_and(|t| {
            CONTINUATIONS.iter().any(|c| t.text.starts_with(c))
                // 银行部 continues, 基金部分 does not: one char only as a word.
                || crate::cues::MORE_SUFFIX_CONTINUATIONS
                    .iter()
                    .any(|c| if c.chars().count() == 1 { t.text == *c } else { t.text.starts_with(c) })
        })
}

/// 邮储银行, 兴业证券, 岚图汽车, 拓维信息, 北京商报: a short head word and a
/// suffix that names a kind of firm. jieba often tags such heads as common
/// words (兴业/n, 光大/j, 深蓝/b), so the head is judged by its shape: one or
/// two words, 2 to 4 chars, after a word boundary (punctuation, a list
/// separator, a function word or a verb), and not a descriptor (商业银行,
/// 中小银行, 新能源汽车). A place heads a name only for banks and media
/// (北京银行, 北京商报), where that is how such names are made.
fn brand_suffix_names(view: &SentenceView, dictionary: &Dictionary, curated: &[Mention]) -> Vec<Mention> {
    use crate::cues::{BRAND_SUFFIXES, DESCRIPTOR_HEADS, PLACE_HEADED_SUFFIXES, STRONG_BRAND_SUFFIXES};
    let tokens = view.tokens;
    let name_part = |t: &crate::segment::Token| {
        t.text.chars().all(is_cjk) && (!t.known || matches!(t.pos.as_str(), "nr" | "nrt" | "nrfg" | "nz" | "nt" | "j"))
    };
    // 依赖和信任银行, 可以节约银行, 曾在老牌创投, 提供的临时保险: a common
    // noun after a joining word, a preposition, an adverb or 的 is a
    // phrase's word, no firm's head. (After a verb it may be one: 推荐仙鹤股份.)
    let object_of_verb = |i: usize| {
        i > 0 && {
            let prev = &tokens[i - 1];
            prev.text == "的" || ["c", "p", "d"].iter().any(|p| prev.pos.starts_with(p))
        }
    };
    let mut found = Vec::new();
    for k in 1..tokens.len() {
        let suffix = &tokens[k];
        let Some(&(word, kind)) = BRAND_SUFFIXES.iter().find(|(w, _)| suffix.text == *w) else { continue };
        if suffix_continues(tokens, k) {
            continue;
        }
        // 投资 and 汽车 are common words first: 投资成本, 汽车零部件, 对美汽车
        // 关税 run on into a noun phrase, where a firm's name is followed by
        // a pause, a verb, 等 or a title (衍复投资、…, 金杯汽车：).
        if crate::cues::COMMON_WORD_BRAND_SUFFIXES.contains(&word)
            && tokens
                .get(k + 1)
                .is_some_and(|t| t.known && (t.pos.starts_with('n') || t.text == "与" || t.text == "的"))
            && !TITLES.starts(view.str(Span::new(suffix.span.end - view.span.start, view.chars.len())))
        {
            continue;
        }
        let strong = STRONG_BRAND_SUFFIXES.contains(&word);
        // 顺时投资权益投资总监易小斌: a clause that opens with a head, a firm's
        // suffix and a title names a firm, whatever jieba made of the head.
        let titled = TITLES.starts(view.str(Span::new(suffix.span.end - view.span.start, view.chars.len())))
            || tokens.get(k + 1).is_some_and(|t| TITLES.ends(&t.text))
                && tokens.get(k + 2).is_some_and(|t| t.pos.starts_with("nr") || !t.known);
        // (红利资产, 中长期资产: 资产 ends a firm's name only before a title.)
        if crate::cues::TITLED_ONLY_BRAND_SUFFIXES.contains(&word) && !titled {
            continue;
        }
        for width in [1usize, 2] {
            if k < width {
                break;
            }
            let head = &tokens[k - width..k];
            let head_text: String = head.iter().map(|t| t.text.as_str()).collect();
            let chars = head_text.chars().count();
            if !(2..=4).contains(&chars) || !head_text.chars().all(is_cjk) {
                continue;
            }
            // Two words make one head only when they are pieces of an
            // unknown name (苏/商, 杭/钢), never two known words.
            if width == 2 && !head.iter().any(|t| !t.known || t.text.chars().count() == 1) {
                continue;
            }
            let place = head.iter().all(|t| is_place_word(t, dictionary));
            let piece =
                |t: &crate::segment::Token| t.text.chars().count() == 1 && (!t.known || t.pos.starts_with(['n', 'j']));
            let named = head.iter().all(|t| name_part(t) || piece(t))
                || (place && PLACE_HEADED_SUFFIXES.contains(&word))
                || (strong
                    && width == 1
                    && chars == 2
                    && matches!(head[0].pos.as_str(), "n" | "nz" | "j")
                    && !object_of_verb(k - 1));
            let opens_clause = k == width || tokens[k - width - 1].text.chars().all(|ch| !is_cjk(ch));
            let named = named
                || (titled
                    && opens_clause
                    && width == 1
                    && chars == 2
                    && (!head[0].known || matches!(head[0].pos.as_str(), "t" | "nz" | "nr" | "nt" | "j"))
                    && !crate::cues::TIME_HEADS.contains(&head_text.as_str()));
            // The word before must not be part of the same name.
            let boundary = k == width || !name_part(&tokens[k - width - 1]);
            let descriptive = DESCRIPTOR_HEADS.iter().any(|d| head_text == *d || head_text.ends_with(d))
                || is_generic_head(&head_text);
            if !named || !boundary || descriptive || (place && !PLACE_HEADED_SUFFIXES.contains(&word)) {
                continue;
            }
            let rel = Span::new(head[0].span.start - view.span.start, suffix.span.end - view.span.start);
            let abs = Span::new(view.abs(rel.start), view.abs(rel.end));
            // A curated name that covers the head (阿里巴巴集团) is found already.
            if curated.iter().any(|c| c.span.overlaps(abs) && !matches!(c.kind, EntityType::Place | EntityType::Sector))
            {
                break;
            }
            let name = view.text(rel);
            if dictionary.lookup(&name).is_none() {
                found.push(mention(view, rel, kind, Rule::PATTERN_BRAND_SUFFIX));
            }
            break;
        }
    }
    found
}

/// 智慧医疗, 智能制造, 互联网医疗, 数字金融: a field word with a prefix that
/// makes a field of its own. Curated sector words only, so that the head is
/// known to be a field.
fn compound_sectors(view: &SentenceView, curated: &[Mention]) -> Vec<Mention> {
    let mut found = Vec::new();
    // (智能算力, 数字科技: an open field word makes no field with a prefix.)
    for m in curated
        .iter()
        .filter(|m| m.kind == EntityType::Sector && !crate::cues::OPEN_FIELD_WORDS.contains(&m.text.as_str()))
    {
        let start = m.span.start - view.span.start;
        let before: String = view.chars[..start].iter().collect();
        let Some(prefix) = crate::cues::SECTOR_PREFIXES.iter().find(|p| before.ends_with(*p)) else { continue };
        let rel = Span::new(start - prefix.chars().count(), m.span.end - view.span.start);
        found.push(mention(view, rel, EntityType::Sector, Rule::PATTERN_SECTOR_COMPOUND));
    }
    found
}

/// 医药、计算机等领域, 智能客服、文件分析等场景: the members of a list of
/// fields are fields, even those no list knows, when a curated sector among
/// them says what the list is of. (A phrase alone before 领域 is as often a
/// technology or a topic: 在AI芯片领域, 在基座模型领域.) Members that only
/// point (相关, 多个) or name no field of their own (技术, 投资) are not.
fn field_names(view: &SentenceView, curated: &[Mention]) -> Vec<Mention> {
    use crate::cues::{FIELD_GENERIC_ITEMS, FIELD_GENERIC_MODIFIERS, FIELD_LEAD_VERBS, FIELD_SCOPE_DROPPED};
    static FIELD: OnceLock<Regex> = OnceLock::new();
    // 珠宝首饰、贵金属等领涨: a market round-up names its sectors by how they
    // moved, with no field noun at all.
    let field = regex(
        &FIELD,
        r"(等(?:多个|多|诸多|众多)?|等?[两三四五六七八九十]大)?(领域|行业|赛道|场景|板块)|等(?:成长|投资)?方向|等(?:小幅|大幅|集体|纷纷)?(?:领涨|领跌|上涨|下跌|走高|走低|走强|走弱|跌幅居前|涨幅居前)",
    );
    let tokens = view.tokens;
    let nameish = |t: &crate::segment::Token| {
        t.text.chars().all(|c| is_cjk(c) || c.is_ascii_alphanumeric() || c == ' ')
            && !(t.known && is_function_pos(&t.pos) && t.text != " ")
            && !matches!(t.text.as_str(), "在" | "是" | "为" | "将" | "已" | "从" | "向" | "对")
    };
    let mut found = Vec::new();
    for cap in field.captures_iter(view.text) {
        let noun = cap.get(2).map_or("", |m| m.as_str());
        // 餐饮、快消以及特种作业五大领域: a count closes the list but, unlike
        // 等, still lets its last member follow a 以及/和.
        let counted = cap.get(1).is_some_and(|g| g.as_str().ends_with('大'));
        let closed = cap.get(1).is_some() || noun.is_empty();
        // 应用场景, 使用场景: a scene alone is any use, not a field.
        if noun == "场景" && !closed {
            continue;
        }
        // 科研、农业、金融八大场景: a count of the members closes the list
        // as 等 does; the members end where the count starts (or, where the
        // segmenter glued the count to the last member, at the field noun,
        // and the count is cut off the member below).
        let at = |byte: usize| view.abs(view.char_span(byte..byte).start);
        let whole = cap.get(0).unwrap();
        let noun_start = cap.get(2).map_or(whole.start(), |m| m.start());
        let Some((abs_end, mut last)) = [whole.start(), noun_start]
            .into_iter()
            .find_map(|b| tokens.iter().rposition(|t| t.span.end == at(b)).map(|k| (at(b), k)))
        else {
            continue;
        };
        // The members, last first: runs of name-like words between 、.
        let mut items: Vec<(usize, usize)> = Vec::new();
        loop {
            let mut first = last + 1;
            while first > 0
                && nameish(&tokens[first - 1])
                && tokens[first - 1].span.end == tokens.get(first).map_or(abs_end, |t| t.span.start)
                && abs_end.min(tokens[last].span.end) - tokens[first - 1].span.start <= 10
            {
                first -= 1;
            }
            if first > last {
                break;
            }
            items.push((first, last));
            match first.checked_sub(1).map(|p| tokens[p].text.as_str()) {
                Some("、") if first >= 2 => last = first - 2,
                // 增材制造和自动化成套装备领域: the last member joined by 和/及,
                // once the list has 、 before it. A list closed by 等 (服务、
                // 运营和管理等领域) is as often the parts of one field.
                Some(joint)
                    if items.len() == 1
                        && (!closed || counted)
                        && first >= 3
                        && crate::cues::FIELD_LAST_JOINTS.contains(&joint)
                        && tokens[..first - 1].iter().rev().take(8).any(|t| t.text == "、") =>
                {
                    last = first - 2
                }
                _ => break,
            }
        }
        if items.is_empty() {
            continue;
        }
        let span_of = |&(a, b): &(usize, usize)| {
            let mut a = a;
            let mut b = b;
            while a < b && tokens[a].text.trim().is_empty() {
                a += 1;
            }
            while b > a && tokens[b].text.trim().is_empty() {
                b -= 1;
            }
            Span::new(tokens[a].span.start - view.span.start, tokens[b].span.end - view.span.start)
        };
        // 智能客服: a member whose head is a curated field is one too.
        let is_sector = |rel: Span| {
            let abs = Span::new(view.abs(rel.start), view.abs(rel.end));
            curated.iter().any(|c| c.kind == EntityType::Sector && abs.contains(c.span) && c.span.end == abs.end)
        };
        // 汽车整车、航空机场等板块: a list of 板块 is of sectors whatever its
        // members; other lists need a known field among them to say so.
        // A firm's 业务涵盖A、B等板块 are its business units, not sectors: the
        // round-up says how they traded.
        let traded = noun == "板块" && crate::cues::MARKET_MOVE_WORDS.iter().any(|w| view.text.contains(w));
        let listed =
            items.len() >= 2 && if noun == "板块" { traded } else { items.iter().any(|i| is_sector(span_of(i))) };
        if !listed {
            continue;
        }
        for item in &items {
            let mut rel = span_of(item);
            // 模型赋能客服、风控等场景: what comes before the verb that opens
            // the list is no part of its first member.
            let (a, b) = *item;
            let mut from = a;
            if let Some(k) = (a..b).rev().find(|&k| FIELD_LEAD_VERBS.contains(&tokens[k].text.as_str())) {
                from = k + 1;
            }
            // 符合医疗、金融等行业: any verb before the first member.
            while from < b && tokens[from].known && tokens[from].pos == "v" {
                from += 1;
            }
            if from > a {
                rel = Span::new(tokens[from].span.start - view.span.start, rel.end);
            }
            // 装备制造领域、新能源等领域: the field noun repeated on a member.
            if let Some(noun) = ["领域", "行业"].iter().find(|w| view.text(rel).ends_with(*w)) {
                rel = Span::new(rel.start, rel.end - noun.chars().count());
            }
            // 精密连接六大板块: the count of the members is not one of them.
            let text = view.text(rel);
            let tail: Vec<char> = text.chars().rev().take(2).collect();
            if tail.len() == 2 && tail[0] == '大' && "两三四五六七八九十".contains(tail[1]) && text.chars().count() > 2
            {
                rel = Span::new(rel.start, rel.end - 2);
            }
            let text = view.text(rel);
            if let Some(lead) = FIELD_SCOPE_DROPPED.iter().find(|w| text.starts_with(*w) && text.len() > w.len()) {
                rel = Span::new(rel.start + lead.chars().count(), rel.end);
            }
            let text = view.text(rel);
            let abs = Span::new(view.abs(rel.start), view.abs(rel.end));
            let n = text.chars().filter(|c| *c != ' ').count();
            if !(2..=8).contains(&n)
                || text.chars().all(|c| c.is_ascii_digit() || c == ' ')
                // 文本及风控: two members that jieba glued.
                || text.contains(['及', '和', '与', '或', '等'])
                || FIELD_GENERIC_ITEMS.contains(&text.as_str())
                || FIELD_GENERIC_MODIFIERS.iter().any(|w| text.starts_with(w))
                || crate::cues::MARKET_THEME_ENDINGS.iter().any(|w| text.ends_with(w))
                || curated.iter().any(|c| c.span.overlaps(abs) && (c.kind != EntityType::Sector || c.span == abs))
            {
                continue;
            }
            // 具身智能智能驾驶: two curated fields run together are two members.
            let inside: Vec<&Mention> =
                curated.iter().filter(|c| c.kind == EntityType::Sector && abs.contains(c.span)).collect();
            if inside.len() >= 2
                && inside.iter().map(|c| c.span.end - c.span.start).sum::<usize>() >= abs.end - abs.start
            {
                continue;
            }
            found.push(mention(view, rel, EntityType::Sector, Rule::PATTERN_SECTOR_FIELD));
        }
    }
    found
}

/// 新宙邦和铖昌科技: a token jieba does not know that opens with the 和 (及,
/// 与) of a list, right after a member of it (up to three words after a
/// 、 or a pause, one of them a name, a Latin word or a word jieba does not
/// know).
fn conjunction_glued_after_name(tokens: &[crate::segment::Token], i: usize) -> bool {
    let t = &tokens[i];
    if t.known || !t.text.starts_with(['和', '及', '与']) || t.text.chars().count() < 3 || i == 0 {
        return false;
    }
    // The member before: up to three words back to the list's 、 or the
    // clause's start (，Coherent和旭创科技).
    const OPENERS: [&str; 5] = ["、", "，", ",", "：", ":"];
    let member =
        tokens[i.saturating_sub(4)..i].iter().rev().take_while(|w| !OPENERS.contains(&w.text.as_str())).count();
    let listed = member > 0 && (member == i || (member < 4 && OPENERS.contains(&tokens[i - 1 - member].text.as_str())));
    let words = &tokens[i - member..i];
    let latin = |w: &crate::segment::Token| w.text.chars().all(|c| c.is_ascii_alphanumeric());
    let named = words.iter().all(|w| latin(w) || (w.text.chars().all(is_cjk) && !is_function_pos(&w.pos)))
        && words.iter().any(|w| latin(w) || w.is_proper_noun() || !w.known || w.pos == "j" || w.pos == "nz");
    named && listed && t.text.chars().skip(1).all(is_cjk)
}

fn mention(view: &SentenceView, rel: Span, kind: EntityType, rule: Rule) -> Mention {
    view.mention(rel, kind, rule)
}

fn regex(cell: &'static OnceLock<Regex>, pattern: &str) -> &'static Regex {
    cell.get_or_init(|| Regex::new(pattern).expect("pattern compiles"))
}

/// Latin acronyms of the trade that are never names on their own.
fn is_common_acronym(word: &str) -> bool {
    crate::cues::COMMON_ACRONYMS.contains(&word.to_ascii_lowercase().as_str())
}

/// Qwen2.5-VL, QwQ-32B, GLM-4.5, Step-3, Qwen3-235B-A22B, DeepSeek-V4:
/// Latin names with a version or a size, tied to a known family or maker,
/// or marked as models by their size or by the word 模型 after them.
fn latin_model_names(view: &SentenceView, dictionary: &Dictionary, curated: &[Mention]) -> Vec<Mention> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = regex(
        &RE,
        r"[A-Za-z][A-Za-z0-9]*(?:[-_.][A-Za-z0-9]+)*(?:[ ](?:[0-9]{3,5}[A-Z]{2,3}|[0-9][0-9.]*[A-Za-z]?|(?i:turbo|pro|max|plus|mini|lite|flash|ultra|air|omni|preview|vision|audio|video|chat|math)|SE|Sonnet|Opus|Haiku|Instruct|Coder|Thinking|VL|R[0-9]|R-mini|[vV][0-9][0-9.]*|K[0-9][0-9.]*))*",
    );
    let text = view.text;
    let mut found = Vec::new();
    for m in re.find_iter(text) {
        let rel = view.char_span(m.range());
        // Part of a longer alphanumeric run (e.g. after a digit): not a name start.
        if rel.start > 0 && view.chars[rel.start - 1].is_ascii_alphanumeric() {
            continue;
        }
        let mut name = m.as_str().trim_end();
        let mut rel = rel;
        // "a16z 2025": a year after a name is a date, not a version.
        if let Some(space) = name.rfind(' ') {
            let tail = &name[space + 1..];
            if tail.len() == 4
                && (tail.starts_with("19") || tail.starts_with("20"))
                && tail.chars().all(|c| c.is_ascii_digit())
            {
                name = &name[..space];
                rel = Span::new(rel.start, rel.start + name.chars().count());
            }
        }
        // "Zenfone 12 Ultra 512GB": a figure with its unit is no model number.
        while let Some(space) = name.rfind(' ') {
            let tail = &name[space + 1..];
            let unit = tail.trim_start_matches(|c: char| c.is_ascii_digit());
            if unit.len() == tail.len()
                || unit.is_empty()
                || !crate::cues::NOT_MODEL_NUMBER_UNITS.contains(&unit.to_ascii_uppercase().as_str())
            {
                break;
            }
            name = &name[..space];
            rel = Span::new(rel.start, rel.start + name.chars().count());
        }
        // "Step-2 production": an edition word must end where the word does.
        while view.chars.get(rel.end).is_some_and(|c| c.is_ascii_alphabetic()) {
            let Some(space) = name.rfind(' ') else { break };
            name = &name[..space];
            rel = Span::new(rel.start, rel.start + name.chars().count());
        }
        // "Kimi 3月": the number after the space starts a date or a count.
        if let Some(space) = name.rfind(' ') {
            let next = view.chars.get(rel.end).copied();
            // (Meta 600-650亿: a range of amounts runs on past a dash.)
            let ranged = matches!(next, Some('-' | '~' | '～' | '至'))
                && view.chars[rel.end + 1..]
                    .iter()
                    .find(|c| !(c.is_ascii_digit() || **c == '.'))
                    .is_some_and(|c| "年月日个倍万亿%天周号次家款".contains(*c))
                && view.chars.get(rel.end + 1).is_some_and(char::is_ascii_digit);
            if (ranged || next.is_some_and(|c| "年月日个倍万亿%天周号次家款".contains(c)))
                && name[space + 1..].chars().all(|c| c.is_ascii_digit() || c == '.')
            {
                name = &name[..space];
                rel = Span::new(rel.start, rel.start + name.chars().count());
            }
        }
        // "OpenAI2月6日": digits glued to a name and followed by 月/日/年/号
        // start a date; the name before them is no version.
        if view.chars.get(rel.end).is_some_and(|c| "年月日号".contains(*c)) && !name.contains(' ') {
            let stem = name.trim_end_matches(|c: char| c.is_ascii_digit());
            if stem.len() < name.len() && stem.ends_with(|c: char| c.is_ascii_alphabetic()) {
                continue;
            }
        }
        // "Meta13.5万股", "DeepSeek10%的股权": digits glued to a name and
        // followed by a magnitude or a percent are an amount; "95后" is a
        // generation. The name before them is no version.
        let next = view.chars.get(rel.end).copied();
        if next.is_some_and(|c| "万亿%％后".contains(c)) && !name.contains(' ') {
            let stem = name.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
            let digits = name.len() - stem.len();
            if stem.len() < name.len()
                && stem.ends_with(|c: char| c.is_ascii_alphabetic())
                && (next != Some('后') || digits == 2)
            {
                continue;
            }
        }
        // v1.5 alone is an edition whose name came before it (V3 is a name).
        let bare_version = name.starts_with('v') && name[1..].chars().all(|c| c.is_ascii_digit() || c == '.');
        if is_common_acronym(name) || bare_version {
            continue;
        }
        let abs = Span::new(view.abs(rel.start), view.abs(rel.end));
        if curated.iter().any(|c| c.span == abs || c.span.contains(abs)) {
            continue;
        }
        let has_digit = name.chars().any(|c| c.is_ascii_digit());
        let after: String = view.chars[rel.end..].iter().take(3).collect();
        let followed_by_model = after.starts_with("模型") || after.starts_with("大模型") || after.starts_with("系列");
        let prefix = known_prefix(name, dictionary);
        let sized = has_size_suffix(name);
        if has_digit && (prefix.is_some() || sized || followed_by_model) {
            // SU7 Ultra, AirPods Pro 3: a version of a curated product is a
            // product (the family link stays for models only).
            let product_line = prefix.is_some_and(|id| dictionary.entry(id).kind == EntityType::Product);
            // JM5系列…GPU产品, Walker系列人形机器人: a series of an unknown
            // family is hardware when the sentence speaks of hardware; 系列
            // alone says nothing of models.
            let series_only = after.starts_with("系列")
                && !view.str(Span::new(rel.end, view.chars.len())).starts_with("系列模型")
                && !view.str(Span::new(rel.end, view.chars.len())).starts_with("系列大模型");
            let hardware = prefix.is_none()
                && !sized
                && series_only
                && crate::cues::HARDWARE_SENTENCE_WORDS.iter().any(|w| view.text.contains(w));
            let kind =
                if (product_line && !followed_by_model) || hardware { EntityType::Product } else { EntityType::Model };
            // A device series is named with its 系列 (JM5系列).
            let rel = if hardware { Span::new(rel.start, rel.end + 2) } else { rel };
            let mut found_mention = mention(view, rel, kind, Rule::PATTERN_LATIN_VERSION);
            found_mention.family = prefix.filter(|_| kind == EntityType::Model);
            found.push(found_mention);
        } else if !has_digit && followed_by_model && name.chars().count() >= 3 {
            found.push(mention(view, rel, EntityType::Model, Rule::PATTERN_LATIN_MODEL));
        } else if !has_digit
            && (name.to_ascii_lowercase().contains("bench") || name.contains("Arena") || name.ends_with("Eval"))
            // The common word alone (在各种 benchmark 上) names none.
            && !crate::cues::GENERIC_BENCHMARK_WORDS.contains(&name.to_ascii_lowercase().as_str())
        {
            found.push(mention(view, rel, EntityType::Benchmark, Rule::PATTERN_BENCHMARK));
        } else if after.starts_with("公司") && name.chars().count() >= 3 {
            found.push(mention(view, rel, EntityType::Company, Rule::PATTERN_LATIN_COMPANY));
        }
    }
    found
}

/// The curated model, product or company whose name begins `name`, when
/// what follows looks like a version (digits, `-`, `.`).
fn known_prefix(name: &str, dictionary: &Dictionary) -> Option<usize> {
    let chars: Vec<char> = name.chars().collect();
    (2..chars.len()).rev().find_map(|len| {
        let next = chars[len];
        if !(next.is_ascii_digit() || matches!(next, '-' | '.' | ' ' | '_')) {
            return None;
        }
        if chars[len - 1].is_ascii_digit() && next.is_ascii_digit() {
            return None;
        }
        let prefix: String = chars[..len].iter().collect();
        // Step-1o: a stem the maker's curated models share (Step-1, Step-2).
        let Some(id) = dictionary.lookup(&prefix) else {
            return (next == '-').then(|| dictionary.model_stem_maker(&prefix)).flatten();
        };
        matches!(dictionary.entry(id).kind, EntityType::Model | EntityType::Product | EntityType::Company).then_some(id)
    })
}

/// 7B, 32B, 235B-A22B, 1.5B: parameter counts written into a name.
fn has_size_suffix(name: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    regex(&RE, r"(?:^|[-_ ])[0-9]+(?:\.[0-9]+)?[BbMmTt](?:$|[-_ ])").is_match(name)
}

/// 通义万相2.1, 文心4.5 Turbo, 混元T1, 豆包·深度思考模型: a curated model
/// followed by a version or by `·` and a sub-name is a member of that family.
fn family_versions(view: &SentenceView, dictionary: &Dictionary, curated: &[Mention]) -> Vec<Mention> {
    static VERSION: OnceLock<Regex> = OnceLock::new();
    let version = regex(
        &VERSION,
        r"^(?:[ ]?(?:[0-9]+(?:\.[0-9]+)*|[A-Z][0-9]+(?:\.[0-9]+)?)(?:[ ]?(?i:turbo|pro|max|plus|mini|lite|flash|ultra|preview|air|omni|vision|audio|video))*|(?:[ -](?i:turbo|pro|max|plus|mini|lite|flash|ultra|preview|air|omni|vision|audio|video))+|·[\p{Han}]{2,8}?(?:大模型|模型)|[\p{Han}]{2,4}?大模型)",
    );
    let mut found = Vec::new();
    for c in curated {
        let Some(id) = c.entry else { continue };
        if dictionary.entry(id).kind != EntityType::Model || c.text.ends_with("模型") && !c.text.ends_with("大模型")
        {
            continue;
        }
        let rel_end = c.span.end - view.span.start;
        let rest: String = view.chars[rel_end..].iter().collect();
        let Some(m) = version.find(&rest) else {
            continue;
        };
        let len = m.as_str().chars().count();
        // "Qwen3" must not become "Qwen3 2025": a bare number after a space is not a version.
        let second = m.as_str().chars().nth(1);
        let edition = second.is_some_and(|ch| ch.is_ascii_alphabetic());
        if m.as_str().starts_with(' ') && !second.is_some_and(|ch| ch.is_ascii_uppercase()) && !edition {
            continue;
        }
        if view.chars.get(rel_end + len).is_some_and(|ch| ch.is_ascii_alphanumeric()) {
            continue;
        }
        // 文心一言4月起免费: a number that a unit of time follows is a date;
        // 通义千问70亿参数模型: one that a magnitude or 参数 follows is a
        // size or a count.
        let after = view.str(Span::new(rel_end + len, view.chars.len()));
        if m.as_str().chars().last().is_some_and(|ch| ch.is_ascii_digit())
            && (after.starts_with(|ch: char| "年月日号季亿万千百".contains(ch)) || after.starts_with("参数"))
        {
            continue;
        }
        // 谷歌Gemini Ultra: the maker's words before a curated model are no
        // part of its version's name; the version starts at the model's.
        let start = split_maker(view, dictionary, c, &mut found);
        let rel = Span::new(start - view.span.start, rel_end + len);
        // 盘古矿山大模型: a family's model for a field, often a deployment.
        let rule = if m.as_str().ends_with("大模型") && !m.as_str().starts_with('·') {
            Rule::PATTERN_FAMILY_FIELD
        } else {
            Rule::PATTERN_FAMILY_VERSION
        };
        if rule == Rule::PATTERN_FAMILY_FIELD {
            let field = m.as_str().trim_end_matches("大模型");
            let field_span = Span::new(c.span.end, c.span.end + field.chars().count());
            // 文心一言和腾讯的混元大模型 is two names, not one.
            // DeepSeek全系大模型, Qwen系列大模型: the whole family, said in
            // passing, not a member with a name (samples 11 and 12).
            if is_generic_head(field)
                || [
                    "全系",
                    "系列",
                    "全系列",
                    "旗下",
                    "多款",
                    "各类",
                    "全部",
                    "这类",
                    "此类",
                    "这种",
                    "这些",
                    "之类",
                    "一类",
                    "这样",
                ]
                .iter()
                .any(|w| field.contains(w))
                || field.contains(['的', '和', '与', '及', '则', '将', '在', '是', '了', '并', '等', '或'])
                || curated.iter().any(|o| o.span.overlaps(field_span) && o.kind != EntityType::Sector)
            {
                continue;
            }
        }
        let mut variant = mention(view, rel, EntityType::Model, rule);
        variant.family = Some(id);
        found.push(variant);
    }
    found
}

/// 谷歌Gemini Ultra, 华为Mate 70 Pro: where a longer name grows out of a
/// curated spelling that opens with the maker's name, the maker's words
/// become a mention of the maker and the longer name starts after them.
/// The (document) position where the longer name starts.
fn split_maker(view: &SentenceView, dictionary: &Dictionary, c: &Mention, found: &mut Vec<Mention>) -> usize {
    let Some((maker, n)) = c.entry.and_then(|id| maker_prefix(dictionary, id, &c.text)) else {
        return c.span.start;
    };
    let words = view.str(Span::new(c.span.start - view.span.start, c.span.start + n - view.span.start)).trim_end();
    found.push(Mention {
        text: words.to_string(),
        kind: EntityType::Company,
        span: Span::new(c.span.start, c.span.start + words.chars().count()),
        entry: Some(maker),
        family: None,
        alias_of: None,
        ..c.clone()
    });
    c.span.start + n
}

/// 谷歌Gemini, OpenAI o1: a curated spelling of a model or product that
/// opens with its maker's name and whose rest is itself a name of it. The
/// maker and the number of chars its name takes.
pub(crate) fn maker_prefix(dictionary: &Dictionary, id: usize, text: &str) -> Option<(usize, usize)> {
    let entry = dictionary.entry(id);
    if !entry.kind.is_artifact() {
        return None;
    }
    // (小米SU7 is made by 小米汽车, a unit of 小米: the maker's parent
    // firms may open the name too.)
    let lower = text.to_lowercase();
    let mut maker = dictionary.by_label(entry.parent.as_deref()?)?;
    let mut steps = 0;
    let n = loop {
        let maker_entry = dictionary.entry(maker);
        if maker_entry.kind != EntityType::Company {
            return None;
        }
        let n = std::iter::once(&maker_entry.label)
            .chain(&maker_entry.aliases)
            .filter(|n| lower.starts_with(&n.to_lowercase()) && n.len() < text.len())
            .map(|n| n.chars().count())
            .max();
        if let Some(n) = n {
            break n;
        }
        steps += 1;
        if steps > 2 {
            return None;
        }
        maker = dictionary.by_label(maker_entry.parent.as_deref()?)?;
    };
    let rest: String = text.chars().skip(n).collect();
    let glued_latin = rest.starts_with(|c: char| c.is_ascii_alphanumeric())
        && text.chars().nth(n - 1).is_some_and(|c| c.is_ascii_alphanumeric());
    // (华为Mate70 is 华为 and Mate 70: spaces and hyphens aside.)
    let key = |s: &str| s.chars().filter(|c| !matches!(c, ' ' | '-')).collect::<String>().to_lowercase();
    let rest_is_name = std::iter::once(&entry.label).chain(&entry.aliases).any(|a| key(a) == key(&rest));
    let spaces = rest.chars().take_while(|c| *c == ' ').count();
    (rest.trim().chars().count() >= 2 && !glued_latin && rest_is_name).then_some((maker, n + spaces))
}

/// Names introduced by 名为/叫做, or set in quotes next to a role noun
/// (「西小服」AI专员) or after a verb of making (推出了「…」).
fn introduced_names(view: &SentenceView, curated: &[Mention]) -> Vec<Mention> {
    static NAMED: OnceLock<Regex> = OnceLock::new();
    static QUOTED: OnceLock<Regex> = OnceLock::new();
    let named = regex(
        &NAMED,
        r"(名为|名叫|叫做|称为|命名为|取名为|取名|代号为|代号)[「“《\x22]?([\p{Han}A-Za-z0-9·.\-]{2,16}?)[」”》\x22]?(?:[,，。;；、)）]|的|$)",
    );
    // (‘光小e’, 『灵犀』: single and corner quotes mark names in the same way.)
    let quoted = regex(&QUOTED, r#"[「“《"‘『]([^」”》「“《",，。‘’『』]{2,16})[」”》"’』]"#);
    let text = view.text;
    let mut found = Vec::new();
    for caps in named.captures_iter(text) {
        let cue = caps.get(1).unwrap().as_str();
        let g = caps.get(2).unwrap();
        let rel = view.char_span(g.range());
        let name = g.as_str();
        // 名为《…》: title marks name a work (a report, a rule, a paper), an
        // app only when its role noun is in the name.
        let titled = text[..g.start()].ends_with('《');
        // 被称为“聪明钱”, 叫做“大力出奇迹”: these verbs give nicknames and
        // terms far more often than names; they introduce an application
        // only when its role noun is in the name.
        let nicknamed = crate::cues::NICKNAMING_VERBS.contains(&cue);
        // 一片名为AI的乌云: a common acronym is a word, not a name.
        if is_group_nickname(name)
            || is_common_acronym(name)
            || (titled || nicknamed) && type_of_role_suffix(name).is_none()
        {
            continue;
        }
        // 一家名为X的公司, 一个名为X的联盟, 一份名为X的文件: the noun after
        // 的 says what X is; only an application's is a product here.
        let head: String =
            view.chars[rel.end..].iter().skip_while(|c| matches!(c, '」' | '”' | '》' | '"')).take(4).collect();
        if let Some(h) = head.strip_prefix('的') {
            if crate::cues::NAMED_OTHER_HEADS
                .iter()
                .chain(crate::cues::MORE_NAMED_OTHER_HEADS)
                .any(|w| h.starts_with(w))
            {
                continue;
            }
        }
        // 代号将不会像现在一样, 更名为现在的OpenClaw, 点名为需要防范的,
        // 专利名为一种轴承套圈: a clause or a description opens there.
        if crate::cues::NAMED_CLAUSE_OPENERS.iter().any(|w| name.starts_with(w)) {
            continue;
        }
        let kind = type_of_role_suffix(name).unwrap_or(EntityType::Product);
        if !covered_by_curated(view, rel, curated) {
            found.push(mention(view, rel, kind, Rule::PATTERN_NAMED));
        }
    }
    // 数字员工“白小柒”“重小楼”: quotes right after an accepted one name the
    // same kind of thing.
    let mut chained: Option<(usize, EntityType)> = None;
    for caps in quoted.captures_iter(text) {
        let inner = caps.get(1).unwrap();
        let whole = caps.get(0).unwrap();
        // A word jieba knows as a common one (可能, 大杂烩) is a quoted word,
        // not a name, whatever it follows.
        let inner_rel = view.char_span(inner.range());
        let common_word = view.tokens.iter().any(|t| {
            t.span == Span::new(view.abs(inner_rel.start), view.abs(inner_rel.end)) && t.known && !t.is_proper_noun()
        });
        let follows = chained.filter(|(end, _)| {
            let at = view.char_span(whole.range()).start;
            !common_word && *end <= at && matches!(view.str(Span::new(*end, at)), "" | "、" | "和" | "及")
        });
        let rel = view.char_span(inner.range());
        let whole_rel = view.char_span(whole.range());
        let name = inner.as_str();
        if name.chars().all(|c| c.is_ascii_digit() || c.is_ascii_punctuation())
            || is_generic_head(name)
            || name.contains('+')
            // “数据算法、算力、场景”, “一网通办、一网统管”: a list or a slogan.
            || name.contains('、')
            // “AI四小龙”: a group's nickname after its field.
            || is_group_nickname(name.trim_start_matches(|c: char| c.is_ascii_alphanumeric() || c == ' '))
            // “百团大战”, “杀手级”应用: a contest, or a word that grades
            // something, in quotes.
            || crate::cues::QUOTED_NOT_NAME_ENDINGS.iter().any(|w| name.ends_with(w))
            || name.chars().count() <= 3 && name.ends_with(['级', '式'])
            // “DeepSeek版”安全智能体, “数据-模型-业务”的回路: an edition of
            // another thing, or a chain of concepts (天神之眼C高阶智驾三目版
            // is an edition with its own name).
            || name.strip_suffix('版').is_some_and(|n| n.is_ascii())
            || name.split('-').count() > 2 && name.chars().all(|c| is_cjk(c) || c == '-')
        {
            continue;
        }
        // (“云信” 垂直大模型: a space may stand between the quotes and the
        // noun that says what they name.)
        let after: String = view.chars[whole_rel.end..].iter().skip_while(|c| **c == ' ').take(8).collect();
        let before: String =
            view.chars[..whole_rel.start].iter().rev().take(5).collect::<Vec<_>>().into_iter().rev().collect();
        // Single quotes (用‘大杂烩’系统, ‘高性能’) stress words far more often
        // than they name anything: only coined words pass them.
        if whole.as_str().starts_with('‘')
            && (common_word || quoted_phrase(view, inner_rel) || common_words_only(view, inner_rel, curated))
        {
            chained = None;
            continue;
        }
        // A role or kind noun before the quotes vouches for a name only when
        // the quoted words read as one: 助手“更加懂你” quotes a phrase.
        let phrase = quoted_phrase(view, inner_rel);
        let kind_before = (!phrase && kind_noun_before(view, whole_rel.start, &after)).then_some(EntityType::Product);
        // 软件开发商“超数智能”, 服务提供商“小儿方”: a kind of firm before the
        // quotes names a firm (two chars, 让供应商「赛马」, are more often a word).
        let firm_before = (!phrase
            && name.chars().count() >= 3
            && crate::cues::FIRM_NOUNS_BEFORE_QUOTES.iter().any(|w| before.ends_with(w)))
        .then_some(EntityType::Company);
        // (“All in”人形机器人: before a field's name, a phrase or a common
        // word in quotes is a verb taking the field.)
        let field_role = crate::cues::FIELD_ROLE_NOUNS_AFTER.iter().any(|r| after.starts_with(r));
        let role = role_prefix(&after)
            .filter(|_| !field_role || !(common_word || phrase || name.contains(' ')))
            .or_else(|| role_suffix(&before).filter(|_| !phrase))
            .or(kind_before)
            .or(firm_before)
            // (当下的“顶流”国产大模型: after 的 the quotes grade the thing;
            // “All in”人形机器人: a Latin phrase.)
            .or_else(|| {
                described_role(&after)
                    .filter(|_| !phrase && !common_word && !before.ends_with('的') && !name.contains(' '))
            });
        // 发布《生成式人工智能服务管理暂行办法》, 名为《魔鬼在细节》的论文:
        // title marks name a work; a role noun right after (《…》App) is
        // what makes it an application.
        if whole.as_str().starts_with('《') && role_prefix(&after).is_none() {
            chained = None;
            continue;
        }
        let used = crate::cues::USE_VERBS.iter().any(|v| before.ends_with(v));
        let made = used
            || [
                "开发的",
                "推出的",
                "打造的",
                "上线的",
                "发布的",
                "研发的",
                "部署的",
                "推出了",
                "上线了",
                "发布了",
                "打造了",
                "推出",
                "上线",
                "发布",
                "名为",
                "叫做",
                "打造",
            ]
            .iter()
            .any(|v| before.ends_with(v))
            // (研发“AI操作系统”, 开发「空间智慧」: a bare verb of work before
            // common words names a field of work, not a product.)
            || crate::cues::NAMES31_MAKING_BEFORE_QUOTES.iter().any(|v| before.ends_with(v))
                && !common_words_only(view, inner_rel, curated);
        // “小招”已接入DeepSeek-R1, “智慧小苏”基于通义千问打造: quoted words
        // that then use a model the dictionary knows are what uses it.
        let uses_model = {
            let rest = crate::cues::ACT_TIME_WORDS
                .iter()
                .chain(&["也", "还", "已经", "率先", "同时", "目前", "均", "全面"])
                .fold(after.as_str(), |r, w| r.strip_prefix(w).unwrap_or(r));
            // (“官宣”部署, “试水”接入, “智能体方案”接入: a word in quotes,
            // not a name; two chars alone are more often one.)
            !common_word
                && name.chars().count() >= 3
                && !["方案", "模式", "计划", "能力", "功能"].iter().any(|w| name.ends_with(w))
                && crate::cues::USE_VERBS.iter().any(|v| rest.starts_with(v))
                && curated.iter().any(|c| c.kind == EntityType::Model && c.span.start >= view.abs(whole_rel.end))
        };
        // 「京通AI办事助手」, “AI数智员工”: the role noun may be inside the quotes.
        // (机器助手, 拟人化助手, AI全能助手: common words alone before the
        // role noun describe an assistant, they name none.)
        let self_named = name.chars().count() >= 4
            && ["助手", "智能体", "数字员工", "数智员工", "数字人", "专员", "大模型"].iter().any(|r| name.ends_with(r))
            && !common_words_only(view, inner_rel, curated);
        // The checks of the 名为 pattern hold for quotes after the same
        // verbs: 被称为“快钱”, 名为“青禾”的公司.
        let nicknamed = crate::cues::NICKNAMING_VERBS.iter().any(|v| before.ends_with(v));
        let other_head =
            after.strip_prefix('的').is_some_and(|h| crate::cues::NAMED_OTHER_HEADS.iter().any(|w| h.starts_with(w)));
        if role.is_none() && (nicknamed || other_head) && type_of_role_suffix(name).is_none() {
            chained = None;
            continue;
        }
        // Accepted by the verb before it alone (使用“人机协同”, 发布“家庭的
        // 新成员”, 推出“绿波车速”功能), the quoted words must read as a name:
        // no phrase, not only common words, and no noun after them that makes
        // them a plan, a feature or a way of working.
        if role.is_none() && follows.is_none() && !uses_model {
            let kind_after = crate::cues::QUOTED_OTHER_HEADS.iter().any(|w| after.starts_with(w));
            // (A kind of product named right before, AI应用“通义”, right
            // after, “九天”人工智能平台, or in the name, 智能病历收集系统, vouches for the words, whatever
            // jieba tags them: 互动 of AI学术互动助手 is an adverb to it.)
            let near: String = after.chars().take(6).collect();
            let kinded = crate::cues::KIND_NOUNS_BEFORE_QUOTES
                .iter()
                .chain(crate::cues::APP_WORDS)
                .any(|k| near.contains(k) || name.ends_with(k))
                || name.ends_with("解决方案")
                || crate::cues::KIND_NOUNS_BEFORE_QUOTES.iter().any(|k| before.ends_with(k));
            if kind_after || !kinded && (phrase || common_words_only(view, inner_rel, curated)) {
                chained = None;
                continue;
            }
        }
        if role.is_none() && !made && !self_named && !uses_model && follows.is_none() {
            chained = None;
            continue;
        }
        let kind = type_of_role_suffix(name).or(role).or(follows.map(|(_, k)| k)).unwrap_or(EntityType::Product);
        chained = Some((whole_rel.end, kind));
        if covered_by_curated(view, rel, curated) {
            continue;
        }
        let rule = if kind_before.is_some() && role == kind_before && !made {
            Rule::PATTERN_QUOTED_KIND
        } else if role.is_some() {
            Rule::PATTERN_QUOTED_ROLE
        } else {
            Rule::PATTERN_QUOTED
        };
        found.push(mention(view, rel, kind, rule));
    }
    found
}

/// 自研AI芯片“含光”，, 数字普惠金融产品“广赢贷”。: a noun for a kind of
/// product, with words that describe it, right before the quotes, and the
/// quotes closing a phrase. A bare kind noun (模型“善良”, 平台“厂二代”中)
/// is the subject of a quoted remark more often than the name of a product.
fn kind_noun_before(view: &SentenceView, quote: usize, after: &str) -> bool {
    let before = &view.chars[..quote];
    let Some(kind) = crate::cues::KIND_NOUNS_BEFORE_QUOTES.iter().find(|k| {
        let k: Vec<char> = k.chars().collect();
        before.ends_with(&k)
    }) else {
        return false;
    };
    let kind_start = quote - kind.chars().count();
    // The describing words: two name chars at least (AI芯片, 金融产品).
    let described = kind_start >= 2
        && view.chars[kind_start - 2..kind_start].iter().all(|&c| is_cjk(c) || c.is_ascii_alphanumeric())
        // (接受过系统「通识教育」: a verb's aspect before the kind noun makes
        // it a clause's object, not a described product.)
        && !view.chars[kind_start - 2..kind_start].iter().any(|c| "的了是在和与及过着被把将让给".contains(*c));
    let closes = after.is_empty()
        || after.starts_with(|c: char| crate::cues::QUOTED_NAME_CLOSERS.contains(c))
        || after.starts_with(|c: char| c.is_whitespace());
    described && closes
}

/// Whether quoted words are a phrase, not a name: an adverb, pronoun or
/// function word among them (更加懂你, 非常好用), or a known verb opening
/// them (重做一遍). Numerals stay, names count too (飞星二号, 万Chat), but
/// 一 opens phrases (一起玩, 一网通办).
fn quoted_phrase(view: &SentenceView, rel: Span) -> bool {
    let abs = Span::new(view.abs(rel.start), view.abs(rel.end));
    let words: Vec<&crate::segment::Token> = view.tokens.iter().filter(|t| t.span.overlaps(abs)).collect();
    let function = words.iter().any(|t| {
        t.known
            && t.text.chars().all(is_cjk)
            && (matches!(t.pos.as_str(), "d" | "ad" | "r" | "p" | "c" | "u" | "uj" | "ul" | "y" | "e")
                || t.pos == "m" && t.text.starts_with('一'))
    });
    // (A noun closing them makes a name of a verb-tagged opening: 生意管家.)
    let opens_with_verb = words.first().is_some_and(|t| t.known && t.text.chars().all(is_cjk) && t.pos == "v")
        && !words.last().is_some_and(|t| words.len() > 1 && t.pos.starts_with('n'));
    function || opens_with_verb
}

/// Whether quoted words are common words only, to jieba: known words that
/// are no proper nouns, and no Latin but the trade's acronyms (AI智能助手,
/// 人机协同). A name has a coined or proper word (燎元智能助手, 小邮助手), or
/// a maker's or a product's name the dictionary knows (苹果智能, 飞书智能伙伴:
/// jieba reads 苹果 as the fruit).
fn common_words_only(view: &SentenceView, rel: Span, curated: &[Mention]) -> bool {
    let abs = Span::new(view.abs(rel.start), view.abs(rel.end));
    let branded = curated.iter().any(|c| {
        c.span.overlaps(abs) && matches!(c.kind, EntityType::Company | EntityType::Product | EntityType::Model)
    });
    if branded {
        return false;
    }
    let words: Vec<&crate::segment::Token> = view.tokens.iter().filter(|t| t.span.overlaps(abs)).collect();
    // A word cut by the quotes' edge is no word of the name's own.
    let whole = words.iter().all(|t| abs.contains(t.span));
    whole
        && words.iter().filter(|t| !t.text.trim().is_empty()).all(|t| {
            if t.text.is_ascii() {
                is_common_acronym(t.text.trim())
            } else {
                t.known && !t.is_proper_noun() && t.text.chars().all(is_cjk)
            }
        })
}

/// A role noun right before the quotes (政务助手"园小智").
fn role_suffix(before: &str) -> Option<EntityType> {
    crate::cues::ROLE_NOUNS_BEFORE.iter().find(|r| before.ends_with(*r)).and_then(|r| type_of_role_suffix(r))
}

/// 六小虎, 四小龙, 五大厂: nicknames of groups, never one entity.
fn is_group_nickname(name: &str) -> bool {
    let mut chars = name.chars();
    matches!(chars.next(), Some(c) if "一二三四五六七八九十两".contains(c)) && matches!(chars.next(), Some('小' | '大'))
}

/// “光小e”智能服务助手, “云信”垂直大模型: a role noun after a few words
/// that describe it, the phrase ending there, says what the quotes name as
/// much as a bare role noun does. Words of a clause between them (的, 了,
/// 在) make the role noun another thing's.
fn described_role(after: &str) -> Option<EntityType> {
    let chars: Vec<char> = after.chars().collect();
    (1..=4).find_map(|k| {
        let words = chars.get(..k)?;
        if !words.iter().all(|&c| is_cjk(c) || c.is_ascii_alphabetic())
            || words.iter().any(|c| "的了是在和与及等把将被让给也都即为称作像如用".contains(*c))
        {
            return None;
        }
        let rest: String = chars[k..].iter().collect();
        let role = crate::cues::NAMES31_DESCRIBED_ROLES.iter().find(|r| rest.starts_with(*r))?;
        let tail = rest[role.len()..].chars().next();
        // (…助手已上线, …大模型将: an adverb opening the predicate ends the
        // phrase as well as a pause does.)
        let closes = tail.is_none_or(|c| {
            crate::cues::QUOTED_NAME_CLOSERS.contains(c) || c.is_whitespace() || "已将正也于在".contains(c)
        });
        closes.then(|| type_of_role_suffix(role)).flatten()
    })
}

/// The role noun at the start of `after`, with the type it gives.
fn role_prefix(after: &str) -> Option<EntityType> {
    crate::cues::ROLE_NOUNS_AFTER.iter().find(|r| after.starts_with(*r)).and_then(|r| type_of_role_suffix(r))
}

fn covered_by_curated(view: &SentenceView, rel: Span, curated: &[Mention]) -> bool {
    let abs = Span::new(view.abs(rel.start), view.abs(rel.end));
    curated.iter().any(|c| c.span.contains(abs) || c.span == abs)
}

/// 联合发布了瑞智病理大模型: a name made with 大模型 right after a verb
/// of making, or after a dash that names the model a kind noun just
/// described (首个金融大模型——青鸾大模型). Latin words in the name may
/// stand apart (自主研发的Kr AI大模型), never a Latin word and a Chinese one.
fn made_models(view: &SentenceView, curated: &[Mention]) -> Vec<Mention> {
    static RE: OnceLock<Regex> = OnceLock::new();
    static DASHED: OnceLock<Regex> = OnceLock::new();
    const NAME: &str = r"([\p{Han}A-Za-z0-9][\p{Han}A-Za-z0-9 ]{1,9}?大模型)";
    // (Patterns built once, inside the cells: this runs for every sentence.)
    let compile = |pattern: String| Regex::new(&pattern).expect("pattern compiles");
    let re = RE.get_or_init(|| compile(format!("(?:发布|推出|上线|打造|开源|研发|亮相|构建)(?:了|的)?{NAME}")));
    // (Apart: the verb's match may run over the kind noun before the dash.)
    let dashed = DASHED.get_or_init(|| compile(format!("模型——{NAME}")));
    let text = view.text;
    let mut found = Vec::new();
    for caps in re.captures_iter(text).chain(dashed.captures_iter(text)) {
        let g = caps.get(1).unwrap();
        let chars: Vec<char> = g.as_str().chars().collect();
        let latin_space =
            chars.windows(3).all(|w| w[1] != ' ' || w[0].is_ascii_alphanumeric() && w[2].is_ascii_alphanumeric());
        if !latin_space || chars.windows(2).any(|w| w == [' ', ' ']) {
            continue;
        }
        let rel = view.char_span(g.range());
        let abs = Span::new(view.abs(rel.start), view.abs(rel.end));
        let head = g.as_str().trim_end_matches("大模型");
        let first_word = view.tokens.iter().find(|t| t.span.start == abs.start);
        let starts_word = first_word.is_some();
        // (发布中文大模型: a language or a kind alone names no model.)
        let generic = is_generic_head(head)
            || crate::cues::MODEL_HEAD_KINDS.contains(&head)
            || first_word.is_some_and(|t| {
                is_generic_head(&t.text) || t.pos == "m" && is_count_word(&t.text) || t.pos == "r" || t.pos == "d"
            });
        let inside =
            |c: &&Mention| c.span.overlaps(abs) && !matches!(c.kind, EntityType::Sector | EntityType::Technology);
        if !starts_word || generic || curated.iter().any(|c| inside(&c)) {
            continue;
        }
        found.push(mention(view, rel, EntityType::Model, Rule::PATTERN_MADE_MODEL));
    }
    found
}

/// Whether a word jieba tags as a numeral counts or ranks (两款, 首个, 千亿,
/// 多类): numerals, classifiers and the words of amount only. A numeral
/// with another char (九章) may be a name.
fn is_count_word(word: &str) -> bool {
    word.chars().all(|c| {
        crate::cues::COUNT_WORD_CHARS.contains(c) || crate::cues::CLASSIFIERS.contains(&c) || c.is_ascii_digit()
    })
}

/// 九章大模型, 启元重症大模型: a proper-noun word right before 大模型.
fn model_heads(view: &SentenceView, dictionary: &Dictionary, curated: &[Mention]) -> Vec<Mention> {
    let mut found = Vec::new();
    let tokens = view.tokens;
    for (k, token) in tokens.iter().enumerate() {
        // jieba cuts the noun in two (九章/大/模型) unless it knows the whole.
        let end = match token.text.as_str() {
            "大模型" => token.span.end,
            "大" if tokens.get(k + 1).is_some_and(|t| t.text == "模型" && t.span.start == token.span.end) => {
                tokens[k + 1].span.end
            }
            _ => continue,
        };
        if k == 0 {
            continue;
        }
        let head = &tokens[k - 1];
        let head_chars = head.text.chars().count();
        // 一波大模型降价潮, 这波大模型: a count or a pointer, no name; 搭载中文
        // 大模型, 帮助矫正大模型幻觉: a word right after a verb is its object's
        // kind (jieba tags many such words as names).
        let pointer = head.text.starts_with(crate::cues::MODEL_HEAD_POINTERS);
        let after_verb = k >= 2 && tokens[k - 2].known && tokens[k - 2].pos.starts_with('v');
        // A word jieba does not know is no better: 垂域, 全系, 外接 大模型.
        let proper = matches!(head.pos.as_str(), "nz" | "nr" | "nrt" | "nrfg" | "x" | "j");
        if head_chars < 2
            || !head.text.chars().all(is_cjk)
            || !proper
            || pointer
            || after_verb
            || is_generic_head(&head.text)
            || crate::cues::MODEL_HEAD_KINDS.contains(&head.text.as_str())
            || dictionary.lookup(&head.text).is_some()
            || curated.iter().any(|c| c.span.overlaps(head.span))
        {
            continue;
        }
        let rel = Span::new(head.span.start - view.span.start, end - view.span.start);
        found.push(mention(view, rel, EntityType::Model, Rule::PATTERN_MODEL_HEAD));
    }
    found
}

/// 北京智谱华章科技有限公司, 瑞金医院, 之江实验室: proper-noun words
/// followed by an organization suffix.
fn organizations_by_suffix(view: &SentenceView, dictionary: &Dictionary) -> Vec<Mention> {
    let mut found = Vec::new();
    let tokens = view.tokens;
    let mut k = 0;
    while k < tokens.len() {
        let token = &tokens[k];
        // 合伙/企业: jieba cuts a partnership's suffix in two.
        // (律师/事务所 and 会计师/事务所 likewise.)
        let split_firm = crate::cues::SPLIT_FIRM_SUFFIXES
            .iter()
            .find(|(a, b, _)| token.text == *b && k > 0 && tokens[k - 1].text == *a)
            .map(|(_, _, whole)| *whole);
        let partnership = token.text == "企业" && k > 0 && tokens[k - 1].text == "合伙" || split_firm.is_some();
        let suffix_kind = if let Some(whole) = split_firm {
            Some((EntityType::Company, whole))
        } else if partnership {
            Some((EntityType::Company, "合伙企业"))
        } else {
            suffix_type(&token.text)
        };
        let Some((kind, suffix)) = suffix_kind else {
            k += 1;
            continue;
        };
        if suffix_continues(tokens, k) {
            k += 1;
            continue;
        }
        // 诺安基金基金经理: the second 基金 opens a title, it closes no name.
        if token.text == "基金" && tokens.get(k + 1).is_some_and(|t| t.text.starts_with("经理")) {
            k += 1;
            continue;
        }
        // The suffix may be glued to its head in one token (清华大学).
        let glued_head = token.text.chars().count() > suffix.chars().count();
        let mut start = k;
        let mut proper = glued_head && !is_generic_head(token.text.trim_end_matches(suffix));
        let mut total = token.text.chars().count();
        let mut conj_cut = false;
        // (Set when a place or a stem names a field's firm: its field word
        // before the suffix describes nothing then.)
        let mut stem_named = false;
        // A registered name (…有限公司) or a government body (…管理局) is
        // written in full: take the words before it up to a function word,
        // as long as it starts with a name or a place.
        let registered = suffix.ends_with("有限公司")
            || suffix == "合伙企业"
            || suffix.ends_with("事务所")
            || matches!(suffix, "事业群" | "事业部")
            || suffix == "基金"
            || matches!(suffix, "局" | "管理局" | "委员会" | "办公室" | "办公厅" | "中心" | "研究所" | "研究院")
            || crate::cues::ASSOCIATION_SUFFIXES.contains(&suffix);
        if registered {
            let mut s = if partnership { k - 1 } else { k };
            let mut t = total;
            // A place in brackets comes after the firm's own name (字号), so
            // the words before it are that name, common words or not.
            let mut bracketed_place = false;
            // jieba knows some whole names as organizations; one that opens
            // with a place (中国信息协会/nt) is whole: what comes before it
            // (作者…博士系) is not part of the name.
            let whole = glued_head
                && token.pos == "nt"
                && [2, 3].iter().any(|&n| {
                    let head: String = token.text.chars().take(n).collect();
                    dictionary.lookup(&head).is_some_and(|id| dictionary.entry(id).kind == EntityType::Place)
                });
            while s > 0 && !whole {
                let prev = &tokens[s - 1];
                // 星河智能科技（北京）有限公司: a place in brackets inside the name.
                if matches!(prev.text.as_str(), ")" | "）")
                    && s >= 3
                    && matches!(tokens[s - 3].text.as_str(), "(" | "（")
                    && (is_place_word(&tokens[s - 2], dictionary)
                        || matches!(tokens[s - 2].text.as_str(), "集团" | "控股"))
                {
                    t += 2 + tokens[s - 2].text.chars().count();
                    s -= 3;
                    bracketed_place = true;
                    continue;
                }
                // …有限公司及X有限公司: another registered name ends here; so
                // does a post (曾任英特尔副总法律顾问及参议员范士丹办公室).
                if prev.text.ends_with("有限公司")
                    || prev.text == "企业"
                    // (专家委员会, 科学家联合会: a title right before the
                    // suffix is part of the body's name.)
                    || (TITLES.ends(&prev.text) && s < k)
                    || prev.text == "暨"
                    || crate::cues::POST_TAKING_VERBS.iter().any(|v| prev.text.ends_with(v))
                    // 浙大网新旗下浙江汇信科技有限公司, 杭钢股份全资子公司…有限公司:
                    // the parent and the word that joins it are not the unit's name.
                    || crate::cues::UNIT_GLUE_WORDS.iter().any(|w| prev.text.ends_with(w))
                {
                    break;
                }
                let word = prev.text.chars().all(|c| is_cjk(c) || c == '(' || c == ')');
                // 政务服务和数据管理局, 金融与发展实验室: public bodies join their
                // remits with 和, 与 or 及.
                let joins_remits = matches!(prev.text.as_str(), "和" | "与" | "及")
                    && kind == EntityType::Organization
                    && !crate::cues::ASSOCIATION_SUFFIXES.contains(&suffix)
                    && s >= 2
                    && tokens[s - 2].pos.starts_with('n')
                    // 阿里巴巴与达摩院: two names, not one remit; 港口与上海
                    // 国际航运中心 and 顾问及参议员…办公室 join a place or a
                    // title to a name.
                    && !dictionary
                        .lookup(&tokens[s - 2].text)
                        .is_some_and(|id| dictionary.entry(id).kind.is_actor())
                    && !is_place_word(&tokens[s], dictionary)
                    && !TITLES.ends(&tokens[s - 2].text);
                // Single characters of a coined name (曦/言) take any tag.
                let coined = prev.text.chars().count() == 1
                    && !matches!(prev.pos.as_str(), "uj" | "p" | "c" | "u" | "r" | "d" | "m" | "q" | "f");
                let content = coined
                    || prev.pos.starts_with('n')
                    || prev.pos == "vn"
                    || prev.pos == "j"
                    || !prev.known
                    || prev.pos == "x" && prev.text.chars().all(is_cjk)
                    // 上海新一代半导体投资合伙企业: a word jieba reads as a time
                    // (新一代) right after the place that opens the name.
                    || (prev.pos == "t"
                        && prev.text.chars().count() >= 2
                        && s >= 2
                        && is_place_word(&tokens[s - 2], dictionary));
                if joins_remits {
                    t += 1;
                    s -= 1;
                    continue;
                }
                if !word || !content || t + prev.text.chars().count() > 20 || is_stop_word(&prev.text) {
                    break;
                }
                t += prev.text.chars().count();
                s -= 1;
            }
            // The name must open with a place or a proper noun (无锡…, 福田区…),
            // not with the tail of a date (2月7日应… → 日应).
            // (Nor with a classifier after a count, 13个智算中心 → 个智算,
            // nor with a particle jieba glued to a verb, 建了大量智算中心.)
            let after_date = |s: usize| {
                (s > 0
                    && (tokens[s - 1].pos == "m" || tokens[s - 1].text.chars().all(|c| c.is_ascii_digit()))
                    && tokens[s].text.starts_with(['日', '月', '年', '号', '个', '家', '座', '所', '项', '批']))
                    || (!tokens[s].known && tokens[s].pos.starts_with('u'))
            };
            // (国际机器人联合会, 国家人工智能研究院: a national or world
            // body's name opens with 国际, 国家 …; 百度深度学习研究院: a firm's
            // unit opens with the curated firm's name.)
            // (Not before a word that describes: 国际行业协会 is any
            // international trade body.)
            let opens_body = |s: usize| {
                (s + 1 < k || glued_head)
                    && {
                        let words: String = tokens[s + 1..=k].iter().map(|t| t.text.as_str()).collect();
                        let between = words.strip_suffix(suffix).unwrap_or(&words);
                        !crate::cues::DESCRIPTOR_HEADS.contains(&between)
                    }
                    && crate::cues::OPENED_BODY_SUFFIXES.contains(&suffix)
                    && crate::cues::BODY_NAME_OPENERS.contains(&tokens[s].text.as_str())
            };
            let curated_firm = |s: usize| {
                crate::cues::FIRM_UNIT_SUFFIXES.contains(&suffix)
                    && dictionary
                        .lookup(&tokens[s].text)
                        .is_some_and(|id| dictionary.entry(id).kind == EntityType::Company)
            };
            // 「微电子技术联盟」: a body's whole name set in quotes needs no
            // proper noun to open it (the quotes bound it).
            let closed = tokens.get(k + 1).is_some_and(|t| matches!(t.text.as_str(), "」" | "”"));
            let quote_open = (k.saturating_sub(10)..k).rev().find(|&o| matches!(tokens[o].text.as_str(), "「" | "“"));
            let quoted = closed
                && crate::cues::OPENED_BODY_SUFFIXES.contains(&suffix)
                && quote_open.is_some_and(|o| {
                    // (Two words at least before the suffix: 「监督委员会」
                    // alone is a kind of body.)
                    (o + 2 < k || glued_head && o + 1 < k)
                        && tokens[o + 1..k].iter().all(|t| t.text.chars().all(is_cjk))
                        && tokens[o + 1..=k].iter().map(|t| t.text.chars().count()).sum::<usize>() <= 20
                });
            if let Some(o) = quote_open.filter(|_| quoted) {
                s = o + 1;
            }
            while s < k
                && !bracketed_place
                && !quoted
                && (after_date(s)
                    || !(tokens[s].is_proper_noun()
                        || is_place_word(&tokens[s], dictionary)
                        || !tokens[s].known
                        || opens_body(s)
                        || curated_firm(s)))
            {
                s += 1;
            }
            // 官微信息中兴通讯终端事业部: a firm's unit opens with the
            // firm's name; words before the first curated firm are not
            // part of it.
            if let Some(j) = (s..k).find(|&j| curated_firm(j)) {
                s = j;
            }
            // 百度智能云事业群: a curated firm right before the suffix is the
            // unit itself, named as the dictionary has it.
            let before_suffix = (k - usize::from(partnership)).checked_sub(1);
            if before_suffix.is_some_and(|b| b >= s && curated_firm(b) && glued_or_unit(suffix)) {
                s = k;
            }
            if s < k {
                start = s;
                // (The bracketed 有限合伙 after a partnership joins it later.)
                let rel = Span::new(tokens[start].span.start - view.span.start, token.span.end - view.span.start);
                let name = view.text(rel);
                // 中国基金, 加拿大基金: a place and a firm noun describe a kind;
                // 智算中心, 公募基金: so does a generic head.
                let bare = name.trim_end_matches(suffix);
                // 高盛对冲基金, 宽基基金, 偏股型基金: a kind of fund after a firm
                // or a place, no fund's name; 幻方量化旗下基金: the firm's funds.
                let fund_kind = suffix == "基金"
                    && (crate::cues::FUND_KINDS.iter().any(|w| bare.ends_with(w))
                        || crate::cues::FUND_GROUP_WORDS.iter().any(|w| bare.ends_with(w))
                        || bare.contains("旗下"));
                // 美国数据中心, 上海国际航运中心: a place and a kind of hub
                // name a facility or a goal, no organization.
                // 到法国来建设数据中心, 在哥伦比亚布局数据中心: a verb before
                // the hub makes a clause, no name.
                let hub = suffix == "中心"
                    && crate::cues::HUB_KINDS.iter().any(|k| {
                        bare.strip_suffix(k).is_some_and(|place| {
                            place.is_empty()
                                || is_curated_place(place, dictionary)
                                || crate::cues::HUB_BUILD_VERBS.iter().any(|v| place.ends_with(v))
                        })
                    });
                if dictionary.lookup(&name).is_none()
                    && !is_curated_place(bare, dictionary)
                    && !is_generic_head(bare)
                    && !fund_kind
                    && !hub
                {
                    found.push(mention(view, rel, kind, Rule::PATTERN_ORG_REGISTERED));
                }
                k += 1;
                continue;
            }
        }
        // A curated name (联想集团) stands as it is: what comes before it
        // (朱光曾任) is not part of it.
        let curated_token = glued_head && dictionary.lookup(&token.text).is_some();
        while start > 0 && !curated_token {
            let prev = &tokens[start - 1];
            // A word jieba does not know but tags as a verb (曾任) is not a name.
            // (13个智算中心: a classifier after a count, glued to the next
            // word, opens no name.)
            let counted = start >= 2
                && (tokens[start - 2].pos == "m" || tokens[start - 2].text.chars().all(|c| c.is_ascii_digit()))
                && prev.text.starts_with(['个', '家', '座', '所', '项', '批']);
            // (趣睡/v? 科技 after a pause: a word jieba does not know that
            // opens the phrase right before the suffix is the firm's name,
            // whatever jieba guesses its part of speech.)
            // Only before a firm's own suffix word (科技, 集团): before
            // 公司, 大学 or 政府 such a word is a clause's verb (随著公司,
            // 不缺大学).
            // (加仓/v? 科技公司: before a firm noun, 科技 is the kind of
            // firm the verb's object is, no firm's last word.)
            let opening_guess = prev.pos.starts_with('v')
                && start == k
                && matches!(suffix, "科技" | "集团" | "控股")
                && opens_phrase(tokens, start - 1)
                && !tokens.get(k + 1).is_some_and(|t| crate::cues::FIRM_NOUNS.contains(&t.text.as_str()));
            let unknown_name = !prev.known
                && (!prev.pos.starts_with('v') || opening_guess)
                && !counted
                && prev.text.chars().count() >= 2
                && prev.text.chars().all(is_cjk);
            // 巴黎/综合/理工学院: one word that qualifies the body (its scope),
            // between a place and a body word jieba glued whole, is the
            // name's; the body word alone is a kind of body.
            let bridged = start == k
                && glued_head
                && token.pos == "nt"
                && start >= 2
                && prev.known
                && prev.text.chars().count() == 2
                && prev.text.chars().all(is_cjk)
                && matches!(prev.pos.as_str(), "vn" | "a" | "b")
                && is_place_word(&tokens[start - 2], dictionary);
            // 浙江省委/省政府: a body of one level (省委) before another of
            // the same level (省政府) is a second body, not the first
            // one's unit.
            let level_peer = start == k
                && crate::cues::PARTY_COMMITTEE_LEVELS
                    .iter()
                    .any(|w| prev.text.ends_with(w) && token.text.starts_with(w.chars().next().unwrap_or(' ')));
            if level_peer {
                break;
            }
            let ok = (prev.is_proper_noun()
                || unknown_name
                || bridged
                || suffix_type(&prev.text).is_some()
                || is_place_word(prev, dictionary))
                && !is_generic_head(&prev.text)
                && prev.text.chars().all(|c| is_cjk(c) || c.is_ascii_alphanumeric() || c == '(' || c == ')');
            if !ok || total + prev.text.chars().count() > 16 {
                break;
            }
            // 新宙邦和铖昌科技: jieba glued the 和 of a list to the next
            // firm's name; a name before it ends the walk there.
            if conjunction_glued_after_name(tokens, start - 1) {
                conj_cut = true;
                proper = true;
                start -= 1;
                break;
            }
            proper |= prev.is_proper_noun() || unknown_name;
            total += prev.text.chars().count();
            start -= 1;
        }
        // 新疆艺术学院, 星海智能科技: a place or a firm's short stem, then
        // field words, before the suffix.
        if !proper && !curated_token {
            if let Some(first) = field_name_start(tokens, start, suffix, dictionary) {
                start = first;
                proper = true;
                stem_named = true;
            }
        }
        // 深言科技创始人…: an organization named with its founder's title
        // needs no proper-noun head.
        // 星河科技：副总经理… (a listing's colon) reads the same.
        let colon = usize::from(tokens.get(k + 1).is_some_and(|t| matches!(t.text.as_str(), ":" | "：")));
        let titled = tokens.get(k + 1 + colon).is_some_and(|t| TITLES.contains(&t.text.as_str()));
        if titled && !proper && start == k && k > 0 {
            let prev = &tokens[k - 1];
            // BMG360广告公司副总裁: a Latin name glued before is the head;
            // otherwise the word must open its phrase (探索系统办公室主任 is
            // a description).
            let latin_head = k >= 2
                && tokens[k - 2].text.chars().all(|c| c.is_ascii_alphanumeric())
                && tokens[k - 2].span.end == prev.span.start;
            let opens = opens_phrase(tokens, k - 1);
            if prev.text.chars().count() == 2
                && prev.text.chars().all(is_cjk)
                && !is_generic_head(&prev.text)
                && prev.pos.starts_with('n')
                && (opens || latin_head)
            {
                start = if latin_head { k - 2 } else { k - 1 };
                proper = true;
            }
        }
        // 服务公司, 顾问公司: a word jieba knows as a common noun names a
        // kind of firm, not one firm.
        if glued_head && token.known && token.pos == "n" && dictionary.lookup(&token.text).is_none() && start == k {
            proper = false;
        }
        if proper && (start < k || glued_head) {
            let rel = Span::new(
                tokens[start].span.start + usize::from(conj_cut) - view.span.start,
                token.span.end - view.span.start,
            );
            let name = view.text(rel);
            let bare = name.trim_end_matches(suffix);
            // The curated type of the name without its suffix, looked up at
            // most once and only when asked: folding a name is dear.
            let head_kind = std::cell::OnceCell::new();
            let head = || *head_kind.get_or_init(|| dictionary.lookup(bare).map(|id| dictionary.entry(id).kind));
            // 台湾科技, 中国资本: a place and a firm noun describe an industry.
            let place_only = kind == EntityType::Company && head() == Some(EntityType::Place);
            let descriptive = place_only
                || !stem_named && crate::cues::DESCRIPTOR_HEADS.iter().any(|d| bare == *d || bare.ends_with(d));
            // 加拿大网络安全公司Feroot: a place and common nouns before the
            // name that follows describe it (the name stands in apposition).
            // So do known words alone (网络安全公司SailPoint).
            let describes_next = view.chars.get(rel.end).is_some_and(|c| c.is_ascii_alphabetic())
                && (is_place_word(&tokens[start], dictionary) || tokens[start].known && suffix == "公司")
                && tokens[start + 1..=k].iter().all(|t| t.known && !t.pos.starts_with("nr"));
            // Stanford大学, 阿里巴巴公司: the head is already the curated
            // institution's name, or a curated firm before the word 公司; the
            // dictionary reads the whole as that entity.
            // 拜登政府: an administration is named after its leader; the
            // leader is the entity the text names.
            let curated_head = || match head() {
                // (北交所公司: the firms listed there, not one firm.)
                Some(EntityType::Organization) => kind == EntityType::Organization || suffix == "公司",
                Some(EntityType::Company) => suffix == "公司",
                // 马斯克公司: a person's firm, which the text leaves unnamed.
                // (特朗普集团 and its like are the family's named group.)
                Some(EntityType::Person) => matches!(suffix, "政府" | "当局" | "公司"),
                // 生成式AI公司, 医疗科技: a field before the suffix word makes
                // a kind of firm; an alliance is named after its standard
                // (UALink联盟).
                Some(EntityType::Technology | EntityType::Sector) => suffix != "联盟",
                _ => false,
            };
            // 七大航空公司, 多家银行: a count before the suffix word makes a group.
            let counted = crate::cues::COUNT_HEADS.iter().any(|w| bare.starts_with(w));
            // 欧洲政府, 西方政府: a region has no one government.
            let regional = matches!(suffix, "政府" | "当局") && crate::cues::WORLD_REGIONS.contains(&bare);
            // 政府关系副总裁, 高盛科技峰会: the suffix word opens a longer noun
            // (a remit, an event, an index), so it ends no name.
            let compound =
                tokens.get(k + 1).is_some_and(|t| crate::cues::ORG_SUFFIX_COMPOUND_TAILS.contains(&t.text.as_str()));
            if bare.chars().count() >= 2
                && !counted
                && !regional
                && !compound
                && !is_generic_head(bare)
                && !descriptive
                && !describes_next
                && !clause_before_firm_noun(bare, suffix)
                && dictionary.lookup(&name).is_none()
                && !curated_head()
            {
                found.push(mention(view, rel, kind, Rule::PATTERN_ORG_SUFFIX));
            }
        }
        k += 1;
    }
    found
}

/// Whether `suffix` names a firm's business unit (事业群, 事业部), which a
/// curated firm's name right before stands for.
fn glued_or_unit(suffix: &str) -> bool {
    matches!(suffix, "事业群" | "事业部")
}

/// Where a name made of a place and field nouns (新疆/艺术/学院, 深圳市/人民/
/// 医院, 广州/数字/科技/集团) or of a firm's short stem and a field word
/// (星海/智能/科技) starts, when the words from `start` on end in `suffix`:
/// the walk over proper nouns stopped at the common field nouns.
fn field_name_start(
    tokens: &[crate::segment::Token],
    start: usize,
    suffix: &str,
    dictionary: &Dictionary,
) -> Option<usize> {
    let field = |t: &crate::segment::Token| {
        t.known
            // (A field word jieba reads as a verb, 互联, is one still.)
            && (matches!(t.pos.as_str(), "n" | "nz" | "vn") || crate::cues::FIRM_FIELD_WORDS.contains(&t.text.as_str()))
            && (2..=4).contains(&t.text.chars().count())
            && t.text.chars().all(is_cjk)
            // (A field word is a generic head alone: 智能, 数字.)
            && (crate::cues::FIRM_FIELD_WORDS.contains(&t.text.as_str()) || !is_generic_head(&t.text))
            && !is_stop_word(&t.text)
            && !is_place_word(t, dictionary)
            && !crate::cues::NOT_FIRM_STEMS.contains(&t.text.as_str())
    };
    for n in 1..=2usize {
        let head = start.checked_sub(n + 1)?;
        if !tokens[head + 1..start].iter().all(field) {
            return None;
        }
        let stem = &tokens[head];
        if crate::cues::PLACE_FIELD_SUFFIXES.contains(&suffix) && is_place_word(stem, dictionary) {
            return Some(head);
        }
        // A firm's stem opens its phrase (after a pause, a particle, a verb
        // or a preposition, not after another noun) and is a name's word,
        // not a scope (全球智能科技).
        let opens = head == 0 || !(tokens[head - 1].pos.starts_with('n') || tokens[head - 1].pos == "vn");
        let stem_word = stem.text.chars().all(is_cjk)
            && (2..=3).contains(&stem.text.chars().count())
            && (!stem.known || matches!(stem.pos.as_str(), "n" | "nz" | "ns" | "nr" | "nrt" | "nrfg" | "j"))
            && !crate::cues::NOT_FIRM_STEMS.contains(&stem.text.as_str())
            && !crate::cues::FIRM_FIELD_WORDS.contains(&stem.text.as_str())
            && !is_generic_head(&stem.text)
            && !is_stop_word(&stem.text)
            && !is_curated_place(&stem.text, dictionary);
        if n == 1
            && matches!(suffix, "科技" | "集团" | "控股")
            && crate::cues::FIRM_FIELD_WORDS.contains(&tokens[start - 1].text.as_str())
            && opens
            && stem_word
        {
            return Some(head);
        }
    }
    None
}

/// Whether the word at `i` opens its phrase: first in the sentence, or after
/// a pause or a one-char preposition or conjunction (据, 与, 和). After a
/// name (长江证券非银) or any other char (市委副) it continues something.
/// 但全公司, 即大公司, 一人公司, 他拉着公司: a short head before 公司 that
/// opens with a function char, a pronoun or a count, or ends in 大/小 (大公司
/// is any big firm), is the clause's words run into the noun, not a name.
fn clause_before_firm_noun(bare: &str, suffix: &str) -> bool {
    let chars: Vec<char> = bare.chars().collect();
    if suffix != "公司" || chars.len() > 3 || !chars.iter().all(|c| is_cjk(*c)) {
        return false;
    }
    crate::cues::FIRM_HEAD_CLAUSE_OPENERS.contains(&chars[0]) || matches!(chars[chars.len() - 1], '大' | '小')
}

fn opens_phrase(tokens: &[crate::segment::Token], i: usize) -> bool {
    i == 0 || {
        let before = &tokens[i - 1];
        before.pos == "x" || (before.text.chars().count() == 1 && matches!(before.pos.as_str(), "p" | "c"))
    }
}

fn is_stop_word(word: &str) -> bool {
    matches!(
        word,
        "的" | "与"
            | "会同"
            | "和"
            | "由"
            | "在"
            | "是"
            | "为"
            | "及"
            | "等"
            | "将"
            | "已"
            | "从"
            | "向"
            | "对"
            | "本地"
            | "当地"
            | "企业"
            | "公司"
    )
}

fn is_place_word(token: &crate::segment::Token, dictionary: &Dictionary) -> bool {
    token.pos == "ns" || is_curated_place(&token.text, dictionary)
}

fn is_curated_place(word: &str, dictionary: &Dictionary) -> bool {
    dictionary.lookup(word).is_some_and(|id| dictionary.entry(id).kind == EntityType::Place)
}

fn suffix_type(word: &str) -> Option<(EntityType, &'static str)> {
    // This runs for every token, and most end in no suffix's last char:
    // answered without comparing the word with sixty suffixes.
    if !word.chars().next_back().is_some_and(ends_a_suffix) {
        return None;
    }
    // Words that end like an office but are not one.
    if crate::cues::NOT_OFFICES.iter().any(|w| word.ends_with(w))
        && !word.ends_with("研究中心")
        && !word.ends_with("数据中心")
    {
        return None;
    }
    if let Some(s) = crate::cues::COMPANY_SUFFIXES.iter().find(|s| word.ends_with(*s)) {
        return Some((EntityType::Company, s));
    }
    crate::cues::ORGANIZATION_SUFFIXES.iter().find(|s| word.ends_with(*s)).map(|s| (EntityType::Organization, *s))
}

/// Whether `c` is the last char of a word in the lists [`suffix_type`]
/// reads.
fn ends_a_suffix(c: char) -> bool {
    static LAST: OnceLock<Vec<char>> = OnceLock::new();
    LAST.get_or_init(|| {
        let lists = [crate::cues::NOT_OFFICES, crate::cues::COMPANY_SUFFIXES, crate::cues::ORGANIZATION_SUFFIXES];
        let mut last: Vec<char> = lists.iter().flat_map(|l| l.iter()).filter_map(|w| w.chars().next_back()).collect();
        last.sort_unstable();
        last.dedup();
        last
    })
    .binary_search(&c)
    .is_ok()
}

/// 腾讯与明德医疗合作: the unknown name between 与 and 合作 is a partner.
fn partners(view: &SentenceView, curated: &[Mention]) -> Vec<Mention> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = regex(&RE, r"(?:与|和|同|携手|联合)([\p{Han}A-Za-z0-9]{2,10}?)(?:合作|联合|共同|携手|签署|达成|战略合作)");
    let text = view.text;
    let mut found = Vec::new();
    for caps in re.captures_iter(text) {
        let g = caps.get(1).unwrap();
        let mut rel = view.char_span(g.range());
        // A descriptor before the name (连锁诊所集团康汇医疗): keep what follows it.
        let (lo, hi) = (view.abs(rel.start), view.abs(rel.end));
        for t in view.tokens.iter().filter(|t| t.span.start >= lo && t.span.end < hi) {
            if suffix_type(&t.text).is_some()
                || ["诊所", "机构", "企业", "厂商", "平台"].iter().any(|s| t.text.ends_with(s))
            {
                rel.start = t.span.end - view.span.start;
            }
        }
        let name: String = view.chars[rel.start..rel.end].iter().collect();
        let name = name.as_str();
        if name.chars().count() < 2 {
            continue;
        }
        let abs = Span::new(view.abs(rel.start), view.abs(rel.end));
        // A sector word inside the name (明德医疗) does not make it curated.
        if curated.iter().any(|c| c.span.overlaps(abs) && !matches!(c.kind, EntityType::Sector | EntityType::Place)) {
            continue;
        }
        if is_generic_head(name) || name.starts_with(['该', '多', '各', '其', '这', '本', '上', '下']) {
            continue;
        }
        // 与核心客户的深度合作, 与英美烟草的深度合作: a phrase with 的 is a
        // description (the depth of a tie), not a partner's name.
        if name.contains('的') {
            continue;
        }
        // The name must be a whole word sequence, not half of one.
        let starts_word = view.tokens.iter().any(|t| t.span.start == abs.start);
        let ends_word = view.tokens.iter().any(|t| t.span.end == abs.end);
        let words: Vec<_> = view.tokens.iter().filter(|t| abs.contains(t.span)).collect();
        let proper = words.iter().any(|t| t.is_proper_noun())
            || ["医疗", "科技", "智能", "健康", "医药", "汽车", "电子", "网络", "信息", "数据", "软件", "能源", "电力"]
                .iter()
                .any(|s| name.ends_with(s));
        if !(starts_word && ends_word && proper) {
            continue;
        }
        // 英国拒绝(签署), 中国倒是, 一汽在武汉举行: a span that runs into a
        // verb, an adverb or a preposition is a clause, not a name; 中国头部,
        // AI硬件企业: a kind of firm is no name either.
        let wordy = words.iter().any(|t| {
            t.known
                && !t.is_proper_noun()
                && !(t.pos.starts_with('n') || matches!(t.pos.as_str(), "eng" | "j" | "b" | "x"))
        });
        let kind_of_firm =
            ["企业", "头部", "厂商", "制造商", "初创公司", "中国公司", "美国公司"].iter().any(|w| name.ends_with(w));
        if wordy || kind_of_firm {
            continue;
        }
        let kind = suffix_type(name).map_or(EntityType::Company, |(k, _)| k);
        found.push(mention(view, rel, kind, Rule::PATTERN_PARTNER));
    }
    found
}

/// 西湖区依托…开发: a district or county that acts is its government
/// (深圳市福田区 in full when the city is written before it).
fn governments(view: &SentenceView, curated: &[Mention]) -> Vec<Mention> {
    let mut found = Vec::new();
    let text = view.text;
    // Verbs of a government acting; the sentence is searched for them only
    // for a district that could be one (fourteen scans of every sentence up
    // front were most of this pattern's time).
    let doing = [
        "上线",
        "试运行",
        "推出",
        "部署",
        "打造",
        "开发",
        "引入",
        "建设",
        "发布",
        "启用",
        "依托",
        "接入",
        "联合",
        "携手",
    ];
    for (k, token) in view.tokens.iter().enumerate() {
        let chars = token.text.chars().count();
        if !(3..=6).contains(&chars) || !token.text.ends_with(['区', '县', '市', '省', '州', '镇']) {
            continue;
        }
        // jieba tags some districts as person names (徐汇区/nr).
        if !matches!(token.pos.as_str(), "ns" | "nz" | "nt" | "nr") && token.known {
            continue;
        }
        // 大中华区, 亚太区: a firm's sales region, no place that governs;
        // 大城市, 偏远地区, 高新区: a kind of place, no place.
        if crate::cues::SALES_REGIONS.iter().any(|r| token.text.starts_with(r))
            || crate::cues::KINDS_OF_PLACE.contains(&token.text.as_str())
        {
            continue;
        }
        if curated.iter().any(|c| c.span.overlaps(token.span) && c.kind != EntityType::Place) {
            continue;
        }
        // 深圳市福田区: the city in front belongs to the name.
        let mut start = k;
        if k > 0
            && view.tokens[k - 1].text.ends_with('市')
            && view.tokens[k - 1].pos == "ns"
            && token.text.ends_with(['区', '县'])
        {
            start = k - 1;
        }
        let next = view.tokens.get(k + 1);
        // 在上海市闵行区启用新工厂: a district after a word of place is where
        // something is, not who acts.
        let located = start > 0 && crate::cues::LOCATIVE_WORDS.contains(&view.tokens[start - 1].text.as_str());
        let acts = !located
            && next.is_some_and(|n| {
                n.pos.starts_with('v')
                    || ["政府", "人民政府", "联合", "携手", "与", "从", "在", "于", "今年", "去年"]
                        .contains(&n.text.as_str())
            })
            || (!located && doing.iter().any(|v| text.contains(v)) && token.text.ends_with(['区', '县']));
        let rel = Span::new(view.tokens[start].span.start - view.span.start, token.span.end - view.span.start);
        if acts {
            found.push(mention(view, rel, EntityType::Organization, Rule::PATTERN_GOVERNMENT));
        } else if !curated.iter().any(|c| c.span.overlaps(token.span)) {
            found.push(mention(view, rel, EntityType::Place, Rule::PATTERN_GOVERNMENT_PLACE));
        }
    }
    found
}

/// 初创公司深流智算, AI企业云衡: a name right after a word for a company.
fn appositive_companies(view: &SentenceView, curated: &[Mention]) -> Vec<Mention> {
    let mut found = Vec::new();
    let tokens = view.tokens;
    let acts = |t: &crate::segment::Token| {
        t.pos.starts_with('v')
            || matches!(
                t.text.as_str(),
                "基于" | "于" | "在" | "已" | "也" | "则" | "的" | "与" | "和" | "携手" | "联合"
            )
    };
    for k in 1..tokens.len() {
        let head = &tokens[k - 1];
        if !crate::cues::APPOSITIVE_HEADS.iter().any(|h| head.text.ends_with(h)) {
            continue;
        }
        // The name runs to the first verb or conjunction: one word (深流智算)
        // or a few (思汇/智能), at most six characters.
        let mut end = k;
        let mut chars = 0;
        let nounish = |t: &crate::segment::Token| !t.known || t.pos.starts_with('n') || t.pos == "j";
        // 子公司超擎/数智为DeepSeek提供: jieba glued the clause's preposition
        // to the unknown last word of the name; that char ends the name.
        let glued = |t: &crate::segment::Token| {
            !t.known && t.text.chars().count() >= 2 && t.text.ends_with(crate::cues::NAMES33_GLUED_CLAUSE_CHARS)
        };
        while end < tokens.len()
            && end < k + 3
            && !acts(&tokens[end])
            && nounish(&tokens[end])
            && tokens[end].text.chars().all(is_cjk)
        {
            chars += tokens[end].text.chars().count();
            end += 1;
            if glued(&tokens[end - 1]) {
                break;
            }
        }
        let glued_end = end > k && glued(&tokens[end - 1]) && chars > 3;
        let closed = end < tokens.len() && acts(&tokens[end]) || glued_end;
        if end == k
            || end >= tokens.len() && !glued_end
            || !closed
            || !(2..=6).contains(&(chars - usize::from(glued_end)))
        {
            continue;
        }
        let first = &tokens[k];
        let name_like = !first.known || matches!(first.pos.as_str(), "nz" | "nt" | "nrt" | "j" | "nr");
        let rel = Span::new(
            first.span.start - view.span.start,
            tokens[end - 1].span.end - view.span.start - usize::from(glued_end),
        );
        let abs = Span::new(view.abs(rel.start), view.abs(rel.end));
        let name = view.text(rel);
        // 据公司官网, 越来越多的医药公司官宣: a head that names no one firm
        // (after 据, or after a plural) has no name after it; 官宣, 官网,
        // 官方 are the firm's own voice.
        let lead = view.text(Span::new(0, head.span.start - view.span.start));
        let plural = ["据", "多的", "多家", "些", "各家", "不少"].iter().any(|w| lead.ends_with(w));
        // 公司财报显示, 该公司账上, 企业对大模型: the bare noun is the firm
        // the text already talks about, and what follows is its own words;
        // only a described kind (芯片公司, AI企业) stands before a name.
        let bare_noun = matches!(head.text.as_str(), "公司" | "企业" | "机构")
            && !(k >= 2 && {
                let before = &tokens[k - 2];
                before.span.end == head.span.start
                    && before.text.chars().all(|c| is_cjk(c) || c.is_ascii_alphanumeric())
                    && !(before.known && is_function_pos(&before.pos))
                    && !before.pos.starts_with("nr")
            });
        // 科技公司弱于预期, 企业对磁材的需求, 初创公司以远低于: a function
        // word, even one jieba glued to the next char, opens the clause's
        // own words.
        // 有限公司研发的, 公司生产的: a verb jieba tags as an abbreviation (研发/j)
        // is the firm's act, no name.
        let clause_word = (first.known && is_function_pos(&first.pos))
            || name.starts_with(crate::cues::APPOSITIVE_CLAUSE_OPENERS)
            || crate::cues::APPOSITIVE_ACTS.contains(&name.as_ref());
        if !name_like
            || plural
            || bare_noun
            || clause_word
            || name.starts_with('官')
            || is_generic_head(&name)
            || is_generic_head(&first.text)
            || curated.iter().any(|c| c.span.overlaps(abs))
        {
            continue;
        }
        found.push(mention(view, rel, EntityType::Company, Rule::PATTERN_APPOSITIVE));
    }
    found
}

/// Meta副总裁Janelle Gale, 研究员Nikolay Bashlykov和Frank Zhang, 瑞典支付公司
/// Klarna, 据Renaissance Capital统计: a Latin name no list knows is typed by
/// what stands around it. Two or three capitalized words are a person after
/// a title, before a speech verb, or listed after such a person; a name is a
/// firm (or an institution) by its last word, after a noun for a firm, or
/// when the text cites it for figures.
fn latin_names(view: &SentenceView, curated: &[Mention]) -> Vec<Mention> {
    static RE: OnceLock<Regex> = OnceLock::new();
    // (Letters with diacritics belong to the word: Ström, Gödel, Zoë.)
    let re = regex(&RE, r"[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’\-]*\.?(?: [A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’\-]*\.?){0,3}");
    let mut found = Vec::new();
    let mut last_person: Option<usize> = None;
    // Andreessen Horowitz、SV Angel 以及 NFDG: a Latin name listed after a
    // firm (a curated one, or one this list made a firm) is a firm too. (Not
    // one listed before a firm: 旗下Hi Echo、有道智云 lists products of a
    // firm, 银河麒麟KOS、统信软件UOS systems.)
    let joiner = |gap: &str| crate::cues::NAME_JOINTS.contains(&gap.trim());
    let firms: Vec<Span> = curated
        .iter()
        .filter(|c| c.kind == EntityType::Company && c.span.start >= view.span.start)
        .map(|c| Span::new(c.span.start - view.span.start, c.span.end - view.span.start))
        .collect();
    let mut last_firm: Option<usize> = None;
    for m in re.find_iter(view.text) {
        let rel = view.char_span(m.range());
        let glued_before = rel.start > 0 && view.chars[rel.start - 1].is_ascii_alphanumeric();
        let glued_after = view.chars.get(rel.end).is_some_and(|c| c.is_ascii_alphanumeric() || *c == '-');
        let abs = Span::new(view.abs(rel.start), view.abs(rel.end));
        if glued_before || glued_after || curated.iter().any(|c| c.span.overlaps(abs)) {
            continue;
        }
        let name = m.as_str();
        let words: Vec<&str> = name.split(' ').collect();
        let last = words[words.len() - 1];
        let before = view.str(Span::new(0, rel.start)).trim_end();
        let after = view.str(Span::new(rel.end, view.chars.len())).trim_start();
        // Janelle, Bashlykov, J.: a capital and lower case, or an initial.
        let name_word =
            |w: &str| w.chars().nth(1).is_some_and(|c| c.is_ascii_lowercase()) || (w.len() == 2 && w.ends_with('.'));
        let person_shape = (2..=3).contains(&words.len()) && words.iter().all(|w| name_word(w));
        // 主持人 Alex Kantrowitz, 来宾是 Sulaiman Ghori: a host or a guest
        // of a show, named in full.
        let titled = TITLES.ends(before.trim_end_matches('的'))
            || crate::cues::NAMES32_SHOW_ROLES.iter().any(|w| before.ends_with(w));
        let speaks =
            crate::cues::AFTER_PERSON.iter().chain(crate::cues::LATIN_PERSON_ACTS).any(|w| after.starts_with(w));
        // Sam Lessin 是 Slow Ventures 共同创办人, Jeremy Utley曾任…: a name
        // described by its post, or one that a career verb follows.
        let post_clause = after.split(['，', ',', '。', '；', ';', '！', '？', '!', '?']).next().unwrap_or("");
        // (Recursive Intelligence 创办人: a founder noun after a firm; 曾在Jump
        // Trading担任: a workplace after 在.)
        let career = crate::cues::CAREER_VERBS_AFTER_NAME
            .iter()
            .any(|w| after.starts_with(w) && !after[w.len()..].starts_with(['人', '者']));
        let workplace = ["在", "于", "从", "加入", "离开"].iter().any(|w| before.ends_with(w));
        let described = !workplace && ((after.starts_with('是') && TITLES.within(post_clause)) || career);
        let speaks = speaks || described;
        let listed = last_person.is_some_and(|end| {
            end <= rel.start && matches!(view.str(Span::new(end, rel.start)).trim(), "、" | "和" | "与" | "及" | "以及")
        });
        let firm_noun = crate::cues::APPOSITIVE_HEADS.iter().any(|h| before.ends_with(h))
            || crate::cues::FIRM_NOUNS
                .iter()
                .filter(|n| !matches!(**n, "平台" | "品牌" | "政府" | "大学" | "实验室"))
                .any(|n| before.ends_with(n));
        let cited = before.ends_with('据') && crate::cues::CITING_VERBS.iter().any(|v| after.starts_with(v));
        // Scale AI创始人…: a title after a name that is no person's names
        // the employer.
        let employs = !person_shape
            && name.chars().any(|c| c.is_ascii_lowercase())
            && TITLES.starts(after)
            && !crate::cues::AFTER_PERSON.iter().any(|w| after.starts_with(w));
        let firm_listed = firms
            .iter()
            .map(|f| f.end)
            .chain(last_firm)
            .any(|end| end <= rel.start && joiner(view.str(Span::new(end, rel.start))));
        let listed_firm = firm_listed
            && !speaks
            && !is_common_acronym(name)
            && name.chars().filter(|c| c.is_ascii_alphabetic()).count() >= 3
            && listed_firm_fits(name, after);
        let (kind, rule) = if words.len() >= 2 && crate::cues::LATIN_ORGANIZATION_WORDS.contains(&last) {
            (EntityType::Organization, Rule::PATTERN_LATIN_COMPANY)
        } else if words.len() >= 2 && crate::cues::LATIN_FIRM_WORDS.contains(&last) {
            (EntityType::Company, Rule::PATTERN_LATIN_COMPANY)
        } else if person_shape && (titled || speaks || listed) {
            (EntityType::Person, Rule::PATTERN_LATIN_PERSON)
        } else if listed_firm
            || ((firm_noun || cited || employs)
                && name.chars().count() >= 3
                && !is_common_acronym(name)
                // 小米集团ADR, 公司H股: a short code after a firm is its listing.
                && !(name.len() <= 4 && name.chars().all(|c| c.is_ascii_uppercase()) && !employs))
        {
            (EntityType::Company, Rule::PATTERN_LATIN_COMPANY)
        } else {
            last_person = None;
            last_firm = None;
            continue;
        };
        last_person = (kind == EntityType::Person).then_some(rel.end);
        last_firm = (kind == EntityType::Company).then_some(rel.end);
        found.push(mention(view, rel, kind, rule));
    }
    found
}

/// Whether a Latin name listed after a firm, with `after` the text that
/// follows it, is a firm too: not when a person's word follows (Anthropic 和
/// Amodei 本人), not when the list closes on a kind of product (Zoom、Teams
/// 等平台), and a short capital code (TQQQ、NVDL的持仓: a fund's ticker) only
/// when the list closes on a noun for firms (SV Angel 以及 NFDG 这五家投资公司).
fn listed_firm_fits(name: &str, after: &str) -> bool {
    use crate::cues::{LISTED_FIRM_CLOSING_NOUNS, LISTED_NOT_FIRM_CLOSING_NOUNS, LISTED_PERSON_AFTER};
    let closing: String = after.chars().take(12).collect();
    let closed_on = |nouns: &[&str]| {
        (closing.starts_with('等') || closing.starts_with('这')) && nouns.iter().any(|n| closing.contains(n))
    };
    let code = name.chars().count() <= 4 && name.chars().all(|c| c.is_ascii_uppercase());
    !LISTED_PERSON_AFTER.iter().any(|w| after.starts_with(w))
        && !closed_on(LISTED_NOT_FIRM_CLOSING_NOUNS)
        && (!code || closed_on(LISTED_FIRM_CLOSING_NOUNS))
}

/// 素喜智研高级研究员苏筱芮, 招联首席研究员董希淼: a word jieba does not know,
/// then a title and a person's name, is the person's employer. Known words
/// (行业分析师, 天使投资人) describe, they name no one.
fn titled_employers(view: &SentenceView, curated: &[Mention]) -> Vec<Mention> {
    let tokens = view.tokens;
    let mut found = Vec::new();
    for k in 1..tokens.len() {
        // Most words are known: test the head before the titles.
        let head = &tokens[k - 1];
        if head.known || head.pos.starts_with("nr") {
            continue;
        }
        // The title may be one word or two (首席/研究员, 基金/经理).
        let one = TITLES.contains(&tokens[k].text.as_str());
        let two = tokens.get(k + 1).is_some_and(|n| TITLES.contains_joined(&tokens[k].text, &n.text));
        if !one && !two {
            continue;
        }
        let holder = tokens.get(k + if two { 2 } else { 1 });
        let person_like = holder.is_some_and(|t| {
            let chars = t.text.chars().count();
            t.text.chars().all(is_cjk) && (2..=4).contains(&chars) && (t.pos.starts_with("nr") || !t.known)
        });
        // (Unknown and no person's name: tested above.)
        let chars = head.text.chars().count();
        let unknown_name = !head.pos.starts_with('v') && head.text.chars().all(is_cjk) && (2..=6).contains(&chars);
        // The name opens its phrase (after a pause or 据, 与, 和): after a
        // firm's name it is a department (长江证券非银首席分析师), after a
        // char it is a cut word (市委副书记).
        let opens = opens_phrase(tokens, k - 1);
        let cut_title = head.text.ends_with('副') || head.text.starts_with(['原', '前', '副']);
        if !person_like
            || !unknown_name
            || !opens
            || cut_title
            || is_generic_head(&head.text)
            || crate::cues::RANKS_BEFORE_TITLES.contains(&head.text.as_str())
        {
            continue;
        }
        if curated.iter().any(|c| c.span.overlaps(head.span)) {
            continue;
        }
        let rel = Span::new(head.span.start - view.span.start, head.span.end - view.span.start);
        found.push(mention(view, rel, EntityType::Company, Rule::PATTERN_TITLED_EMPLOYER));
    }
    found
}

/// 速腾的邱纯鑫博士、戴盟的王煜教授: a list of at least two people, each
/// after a possessive and before an academic title; what each possessive
/// names is the person's firm, and the person is named too.
fn possessed_titled_members(view: &SentenceView, curated: &[Mention]) -> Vec<Mention> {
    use crate::cues::{POSSESSED_MEMBER_STOPS, POSSESSED_MEMBER_TITLES as TITLES_AFTER};
    let chars = view.chars;
    let text = |a: usize, b: usize| -> String { chars[a..b].iter().collect() };
    let boundary = |c: char| !is_cjk(c) || "、，：（“了和及与括如有是为".contains(c);
    // (org start, 的, person end, item end)
    let mut items: Vec<(usize, usize, usize, usize)> = Vec::new();
    for p in 2..chars.len() {
        if chars[p] != '的' {
            continue;
        }
        let person = (2..=3).find_map(|len| {
            let end = p + 1 + len;
            let name = chars.get(p + 1..end)?;
            let surname = SURNAMES.contains(name[0]);
            let title = TITLES_AFTER.iter().find(|t| text(end, (end + t.chars().count()).min(chars.len())) == **t)?;
            (surname && name.iter().all(|&c| is_cjk(c))).then(|| (end, end + title.chars().count()))
        });
        let Some((person_end, item_end)) = person else { continue };
        let mut start = p;
        while start > 0 && p - start < 5 && !boundary(chars[start - 1]) {
            start -= 1;
        }
        if (start > 0 && !boundary(chars[start - 1])) || !(2..=4).contains(&(p - start)) {
            continue;
        }
        items.push((start, p, person_end, item_end));
    }
    let joined = |a: &(usize, usize, usize, usize), b: &(usize, usize, usize, usize)| {
        b.0 >= a.3 && crate::cues::NAME_JOINTS.contains(&text(a.3, b.0).as_str())
    };
    let mut found = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let listed = (i > 0 && joined(&items[i - 1], item)) || items.get(i + 1).is_some_and(|n| joined(item, n));
        let org = Span::new(item.0, item.1);
        let person = Span::new(item.1 + 1, item.2);
        let name = text(item.0, item.1);
        let abs = |s: Span| Span::new(s.start + view.span.start, s.end + view.span.start);
        if !listed || is_generic_head(&name) || POSSESSED_MEMBER_STOPS.iter().any(|w| name.ends_with(w)) {
            continue;
        }
        if !curated.iter().any(|c| c.span.overlaps(abs(org))) {
            found.push(mention(view, org, EntityType::Company, Rule::PATTERN_TITLED_EMPLOYER));
        }
        if !curated.iter().any(|c| c.span.overlaps(abs(person))) {
            found.push(mention(view, person, EntityType::Person, Rule::PATTERN_PERSON_TITLE));
        }
    }
    found
}

/// Common Chinese surnames: a one-character word after a title followed by
/// a one- or two-character word is a name jieba split (周/启航).
pub(super) const SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝";

/// 创始人梁文锋, 李飞飞团队, 王小川表示: a person name next to a title.
fn persons_by_title(view: &SentenceView, curated: &[Mention]) -> Vec<Mention> {
    let mut found = Vec::new();
    let tokens = view.tokens;
    let mut skip_to = 0;
    for (k, token) in tokens.iter().enumerate() {
        if k < skip_to {
            continue;
        }
        // A transliterated name is one person whatever its parts
        // (班杰明·莱特, 山姆·奥特曼): after a title, take the ·-joined run.
        // (After a word that introduces a person, a word jieba does not
        // tag as a name must open with a surname: 网友晒出, 开发者用脚投票.)
        let surnamed = token.pos.starts_with("nr") || token.text.chars().next().is_some_and(|c| SURNAMES.contains(c));
        // (The name must end cleanly too: before a pause, a word jieba
        // knows or no Han char; 开发者陈云/飞持 is a name jieba cut.)
        let clean_end = tokens.get(k + 1).is_none_or(|t| {
            !t.text.chars().all(is_cjk)
                || t.known
                    && !matches!(t.pos.as_str(), "x" | "zg" | "g" | "ng" | "vg" | "tg" | "ag")
                    // (陈云/飞给出: a lone noun char is the name's last.)
                    && !(t.text.chars().count() == 1 && t.pos.starts_with('n'))
        });
        let strict_title = k > 0 && TITLES.contains(&tokens[k - 1].text.as_str());
        let prev_title = strict_title || k > 0 && introduces_person(&tokens[k - 1].text) && surnamed && clean_end;
        // (A dotted foreign name after such a word is read only when jieba
        // tags its parts as names: 妻子玛丽·乃/雅利丝特 is cut.)
        let starts_name = strict_title || token.pos.starts_with("nr");
        if starts_name && token.text.chars().all(is_cjk) && tokens.get(k + 1).is_some_and(|t| t.text == "·") {
            let mut end = k;
            while tokens.get(end + 1).is_some_and(|t| t.text == "·")
                && tokens.get(end + 2).is_some_and(|t| t.text.chars().all(is_cjk) && t.text.chars().count() <= 4)
            {
                end += 2;
            }
            // 马克·马/哈尼, 埃德·亚德/尼（Ed Yardeni）: jieba cut the last
            // part; a name-tagged word after a one-char part, or any short
            // word before the bracketed original, is its rest.
            let rest = |t: &crate::segment::Token| t.text.chars().all(is_cjk) && t.text.chars().count() <= 4;
            let bracket_after = |i: usize| tokens.get(i).is_some_and(|t| matches!(t.text.as_str(), "(" | "（"));
            if tokens[end].text.chars().count() == 1
                && tokens
                    .get(end + 1)
                    .is_some_and(|t| rest(t) && t.text.chars().count() <= 3 && (t.pos.starts_with("nr") || !t.known))
            {
                end += 1;
            } else if tokens.get(end + 1).is_some_and(|t| rest(t) && t.pos.starts_with("nr"))
                && tokens[end].pos.starts_with("nr")
                && tokens[end].text.chars().count() + tokens[end + 1].text.chars().count() <= 6
            {
                // 提姆·德特/默斯: jieba cut the last part into two names.
                end += 1;
            } else if !bracket_after(end + 1) {
                // Up to three pieces (西米亚/特/科夫斯基), six chars at most.
                let mut chars = 0;
                for (j, piece) in tokens.iter().enumerate().skip(end + 1).take(3) {
                    // 查尔斯·科赫基金会（…）, 罗杰斯法官: a body named after the
                    // person, or a title, is not part of the name.
                    if !rest(piece)
                        || suffix_type(&piece.text).is_some()
                        || TITLES.contains(&piece.text.as_str())
                        || crate::cues::NAMED_AFTER_PERSON.iter().any(|w| piece.text.ends_with(w))
                    {
                        break;
                    }
                    chars += piece.text.chars().count();
                    if chars > 6 {
                        break;
                    }
                    if bracket_after(j + 1) {
                        end = j;
                        break;
                    }
                }
            }
            let translit = |t: &crate::segment::Token| {
                t.text.chars().count() <= 2 && t.text.chars().all(|c| crate::cues::TRANSLITERATION.contains(c))
            };
            // 保罗·麦卡特/尼: a last char of the name jieba left alone.
            // (哈斯/廷斯: two chars more when the name so far is foreign too.)
            if tokens.get(end + 1).is_some_and(|t| {
                (t.text.chars().count() == 1 || t.text.chars().count() == 2 && translit(&tokens[end])) && translit(t)
            }) && tokens.get(end + 2).is_none_or(|t| !t.text.chars().all(is_cjk) || !translit(t))
            {
                end += 1;
            }
            // 尤/瓦尔·哈拉瑞, 阿什/维尼·维什瑙: the first part's head, cut off
            // by jieba, in transliteration chars (not a title: 部长阿什维尼).
            let mut first = k;
            while !prev_title
                && first > 0
                && translit(&tokens[first - 1])
                && tokens[first - 1..=k].iter().map(|t| t.text.chars().count()).sum::<usize>() <= 5
            {
                first -= 1;
            }
            let mut rel = Span::new(tokens[first].span.start - view.span.start, tokens[end].span.end - view.span.start);
            // 格雷格·阿博特于: a function char jieba glued to the last part.
            if view.chars[rel.end - 1] != '·'
                && matches!(view.chars[rel.end - 1], '于' | '在' | '的' | '和' | '与' | '说' | '称' | '等')
                && tokens[end].text.chars().count() > 2
            {
                rel.end -= 1;
            }
            let abs = Span::new(view.abs(rel.start), view.abs(rel.end));
            // Without a title before, a title or a speech verb must follow.
            let next = tokens.get(end + 1).map_or("", |t| t.text.as_str());
            // A name jieba tags as a person's, joined by the middle dot to
            // another (卡洛斯·门多萨在会上发言), is marked by the dot itself:
            // Chinese sets it between the parts of foreign persons' names.
            let dotted = end > k && token.pos.starts_with("nr") && tokens[k + 2].pos.starts_with("nr");
            let marked = strict_title || dotted || TITLES.contains(&next) || crate::cues::AFTER_PERSON.contains(&next);
            if end > k && marked && !curated.iter().any(|c| c.span.overlaps(abs)) {
                found.push(mention(view, rel, EntityType::Person, Rule::PATTERN_PERSON_TITLE));
            }
            skip_to = end + 1;
            continue;
        }
        let chars = token.text.chars().count();
        // 创始人周/启航: a surname split from its given name.
        if strict_title && chars == 1 && SURNAMES.contains(token.text.as_str()) {
            if let Some(given) = tokens.get(k + 1) {
                let given_len = given.text.chars().count();
                let next_ok = tokens.get(k + 2).is_none_or(|n| {
                    crate::cues::AFTER_PERSON.contains(&n.text.as_str()) || n.pos.starts_with('v') || n.pos == "x"
                });
                // 合伙人向记者透露, 研究专家和行业: a surname that jieba
                // reads as a preposition or a joining word (向, 和), before a
                // common word it knows, is that word; the trim would leave
                // the common word standing as a person.
                let function_surname = matches!(token.pos.chars().next(), Some('p' | 'c' | 'u' | 'd' | 'r' | 'm'));
                let common_given = given.known && !given.pos.starts_with("nr") && given_len == 2;
                if (1..=2).contains(&given_len)
                    && given.text.chars().all(is_cjk)
                    && !(function_surname && common_given)
                    && next_ok
                    && !curated.iter().any(|c| c.span.overlaps(given.span))
                {
                    let rel = Span::new(token.span.start - view.span.start, given.span.end - view.span.start);
                    found.push(mention(view, rel, EntityType::Person, Rule::PATTERN_PERSON_TITLE_GIVEN));
                    continue;
                }
            }
        }
        // After a title, a word jieba does not know is a name too (岂凡),
        // unless it opens with no surname and holds a char of adverbs and
        // verbs: 竟称, 不太用, 会想 after a title are words jieba did not
        // know, not names.
        let first_char = token.text.chars().next().unwrap_or(' ');
        let wordy =
            !SURNAMES.contains(first_char) && token.text.chars().any(|c| crate::cues::NON_NAME_CHARS.contains(c));
        let name_like =
            matches!(token.pos.as_str(), "nr" | "nrfg" | "nrt") || (prev_title && !token.known && chars <= 3 && !wordy);
        if !name_like || !(2..=4).contains(&chars) || !token.text.chars().all(is_cjk) {
            continue;
        }
        if curated.iter().any(|c| c.span.overlaps(token.span))
            || crate::cues::NOT_PERSONS.contains(&token.text.as_str())
            || crate::cues::RANKS_BEFORE_TITLES.contains(&token.text.as_str())
        {
            continue;
        }
        let prev = k.checked_sub(1).map(|i| tokens[i].text.as_str()).unwrap_or("");
        let next = tokens.get(k + 1).map(|t| t.text.as_str()).unwrap_or("");
        // 陈云/霁: jieba cut a three-char name after its surname and given
        // char; a lone char tagged as a bound morpheme that a verb or a
        // pause follows is the name's last char.
        let mut end_token = token;
        if chars == 2 && token.pos.starts_with("nr") {
            if let (Some(tail), after) = (tokens.get(k + 1), tokens.get(k + 2)) {
                let closes =
                    after.is_none_or(|a| a.pos.starts_with('v') || a.pos == "x" || a.text.chars().all(|c| !is_cjk(c)));
                // (创始人韩璧/丞，: a char jieba reads as a noun of its own,
                // between a title's name and a pause, is the name's too.)
                // (Not the dot inside a foreign name: 阿拉/文/·斯里尼瓦斯.)
                let paused = after.is_some_and(|a| {
                    a.pos == "x" && a.text.chars().all(|c| !is_cjk(c) && !matches!(c, '·' | '•' | '・'))
                });
                let noun_tail = tail.pos == "n" && paused && TITLES.contains(&prev);
                if tail.text.chars().count() == 1
                    && tail.text.chars().all(is_cjk)
                    && (matches!(tail.pos.as_str(), "vg" | "ng" | "g" | "tg" | "ag") || noun_tail)
                    && closes
                    && (TITLES.contains(&prev)
                        || after.is_some_and(|a| crate::cues::AFTER_PERSON.contains(&a.text.as_str())))
                {
                    end_token = tail;
                }
            }
        }
        let next =
            if std::ptr::eq(end_token, token) { next } else { tokens.get(k + 2).map_or("", |t| t.text.as_str()) };
        // 包括盘石股份的田宁、灵伴科技的祝铭明: in a sentence about people's
        // posts, a name jieba reads as a person's, right after a firm's 的
        // and closed by a list joint, is the person at that firm.
        let firm_before = k >= 2
            && prev == "的"
            && (curated.iter().any(|c| c.kind.is_actor() && c.span.end == tokens[k - 1].span.start)
                || suffix_type(&tokens[k - 2].text).is_some_and(|(kind, _)| kind == EntityType::Company)
                || ["科技", "股份", "集团", "公司"].contains(&tokens[k - 2].text.as_str()));
        let listed_at_firm = firm_before
            && token.pos.starts_with("nr")
            && SURNAMES.contains(first_char)
            && matches!(next, "、" | "，" | "," | "。" | "等" | "")
            && TITLES.within(view.text);
        // 张伟创办的…: a founding verb as a word of its own (创办人 after a
        // firm's name is a title, read elsewhere).
        let founds = ["创办", "创立", "创建"].contains(&next);
        // 首席/策略/官陈果: a title that jieba cut into words.
        // (首席执行官萨蒂/亚·纳德拉, 首席财务官阿什/肯纳齐: jieba cut a
        // transliterated name, whose rest follows; a function word after the
        // name, or a pause, closes it.)
        let split_title = k >= 2 && {
            let words: String = tokens[k.saturating_sub(3)..k].iter().map(|t| t.text.as_str()).collect();
            let after = tokens.get(k + 1);
            let continues = after.is_some_and(|a| {
                a.text.chars().all(is_cjk)
                    && !matches!(a.pos.chars().next(), Some('p' | 'c' | 'u' | 'd'))
                    && (a.text.chars().count() == 1 || a.pos.starts_with("nr") || token.pos == "nrt")
            });
            TITLES.ends(&words) && !prev.is_empty() && prev.chars().all(is_cjk) && !continues
        };
        if TITLES.contains(&prev)
            || introduces_person(prev) && surnamed && clean_end
            || split_title
            || TITLES.contains(&next)
            || crate::cues::AFTER_PERSON.contains(&next)
            || listed_at_firm
            || founds
        {
            let mut rel = Span::new(token.span.start - view.span.start, end_token.span.end - view.span.start);
            // 杨学良发(微博): the HMM glued the next verb's first char.
            let first = token.text.chars().next().map(String::from).unwrap_or_default();
            let last = view.chars.get(rel.end - 1).copied();
            let chars = rel.end - rel.start;
            // 张和君于(2025年), 田丰则(表示): a function word glued to a name
            // that a verb or a number follows is not the name's last char.
            let following = tokens.get(k + 1 + usize::from(!std::ptr::eq(end_token, token)));
            let glued_function = (3..=4).contains(&chars)
                && (last.is_some_and(|c| crate::cues::FUNCTION_TAILS.contains(&c))
                    && following
                        .is_some_and(|t| t.pos.starts_with('v') || t.pos == "m" || t.pos == "p" || t.pos == "ul")
                    // (梁宝俊因工作调动原因: a clause's preposition or adverb
                    // glued on, whatever opens the clause after it.)
                    || last.is_some_and(|c| crate::cues::NAMES33_PERSON_GLUED_TAILS.contains(&c))
                        && following.is_some_and(|t| t.text.chars().all(is_cjk)));
            let glued_verb = chars == 4 && last.is_some_and(|c| crate::cues::VERB_TAILS.contains(&c));
            if SURNAMES.contains(first.as_str()) && (glued_verb || glued_function) {
                rel.end -= 1;
            }
            // 首席营运/官庄伟泉: the HMM glued a title's last char to the name
            // after it.
            let title_glued = rel.end - rel.start >= 3 && {
                let mut before = view.str(Span::new(0, rel.start + 1)).to_string();
                before.retain(|c| c != ' ');
                TITLES.ends(&before)
            };
            if title_glued {
                rel.start += 1;
            }
            found.push(mention(view, rel, EntityType::Person, Rule::PATTERN_PERSON_TITLE));
        }
    }
    // 董事长为方汉: jieba glued the copula to the name.
    for m in found.iter_mut() {
        let mut chars = m.text.chars();
        let (Some(first), Some(second)) = (chars.next(), chars.next()) else { continue };
        if m.text.chars().count() >= 3 && matches!(first, '为' | '是' | '由') && SURNAMES.contains(second) {
            let rel = Span::new(m.span.start + 1 - view.span.start, m.span.end - view.span.start);
            *m = mention(view, rel, EntityType::Person, m.rule);
        }
    }
    names_after_titles(view, curated, &mut found);
    found
}

/// Whether `word` introduces a person by who they are to the story (女生,
/// 90后女生, 博主, 妻子, 奥运冠军): the name after it is a person's.
fn introduces_person(word: &str) -> bool {
    crate::cues::person_intro_words().any(|w| word.ends_with(w))
}

/// The length of a transliterated name at `start`: a run of three to eight
/// of [`crate::cues::TRANSLITERATION`] (and the dot between given and family
/// name) that ends where a speech verb or a pause follows, so that a word
/// that begins with such a char (坦率) is not taken in.
fn transliterated_name(chars: &[char], start: usize) -> Option<usize> {
    let is_part = |c: char| crate::cues::TRANSLITERATION.contains(c) || c == '·';
    let run = chars[start..].iter().take(9).take_while(|&&c| is_part(c)).count();
    (3..=8.min(run)).rev().find(|&len| {
        let rest: String = chars[start + len..].iter().take(3).collect();
        chars[start + len - 1] != '·'
            && chars[start..start + len].iter().filter(|&&c| c != '·').count() >= 3
            && (rest.is_empty()
                || rest.starts_with(|c: char| "，,。、；;：:（(「“".contains(c))
                || crate::cues::NAME_FOLLOWERS.iter().any(|w| rest.starts_with(w)))
    })
}

/// 分析师龚明德在…, 副总理何立峰会面, 副研究员王鹏也表示: jieba's cut often
/// runs across a name after a title (龚/明德, 何立/峰会). Read by chars: a
/// surname, then two or three chars in all, whichever is followed by a word
/// that follows people (a function word, a speech verb). This replaces a
/// token reading of the same place that ends elsewhere.
fn names_after_titles(view: &SentenceView, curated: &[Mention], found: &mut Vec<Mention>) {
    use crate::cues::{NAME_END_CHARS, NAME_FOLLOWERS as AFTER_SHORT, NAME_FOLLOWER_STARTS as AFTER_LONG};
    // 副研究员, 主任医师, 班组长: a word that ends in a title is one.
    // (博主, 网友: a word that introduces a person reads the same.)
    let titled = |t: &&crate::segment::Token| {
        t.text.chars().count() >= 2 && (TITLES.ends(&t.text) || introduces_person(&t.text))
    };
    for (i, token) in view.tokens.iter().enumerate().filter(|(_, t)| titled(t)) {
        let start = token.span.end - view.span.start;
        // After a word that introduces a person (开发者和非开发者), the next
        // word must be a name's: one jieba tags so or does not know.
        if !TITLES.ends(&token.text) && view.tokens.get(i + 1).is_none_or(|t| t.known && !t.pos.starts_with("nr")) {
            continue;
        }
        let chars = view.chars;
        if let Some(len) = transliterated_name(chars, start) {
            let rel = Span::new(start, start + len);
            let abs = Span::new(view.abs(rel.start), view.abs(rel.end));
            if !curated.iter().any(|c| c.span.overlaps(abs)) {
                // It replaces the cut pieces jieba made of it (哈/塞特).
                found.retain(|m| !(m.kind == EntityType::Person && abs.contains(m.span) && m.span != abs));
                if !found.iter().any(|m| m.span == abs) {
                    found.push(mention(view, rel, EntityType::Person, Rule::PATTERN_PERSON_TITLE));
                }
                continue;
            }
        }
        if !chars.get(start).is_some_and(|c| SURNAMES.contains(*c)) {
            continue;
        }
        let rest = |n: usize| view.str(Span::new((start + n).min(chars.len()), chars.len()));
        // A third char that is a function word or a verb's (莫迪前往, 柯南谈)
        // ends the name before it.
        let third_ends = chars.get(start + 2).is_some_and(|c| NAME_END_CHARS.contains(*c));
        let len = if AFTER_SHORT.iter().any(|w| rest(2).starts_with(w)) {
            2
        } else if !third_ends && AFTER_SHORT.iter().chain(AFTER_LONG.iter()).any(|w| rest(3).starts_with(w)) {
            3
        } else {
            continue;
        };
        let rel = Span::new(start, start + len);
        if rel.end > chars.len() || !chars[rel.start..rel.end].iter().all(|&c| is_cjk(c)) {
            continue;
        }
        let abs = Span::new(view.abs(rel.start), view.abs(rel.end));
        if curated.iter().any(|c| c.span.overlaps(abs)) {
            continue;
        }
        let name = view.str(rel);
        // A word jieba knows as something else (周四, 常见, 模型, 包括) inside
        // the span is no name.
        let common_word = view.tokens.iter().any(|t| {
            let t_rel = Span::new(t.span.start - view.span.start, t.span.end - view.span.start);
            t.known
                && t.text.chars().count() >= 2
                && rel.contains(t_rel)
                && !matches!(t.pos.as_str(), "nr" | "nrfg" | "nrt" | "nz")
        });
        // 工程师连/竞争对手: a longer word jieba knows that starts inside the
        // span and runs past it is cut by the name's end (峰会 in 何立峰会面,
        // two chars, is jieba's misreading of a name and a verb).
        let cuts_word = view.tokens.iter().any(|t| {
            let t_rel = Span::new(t.span.start - view.span.start, t.span.end - view.span.start);
            t.known
                && t.text.chars().count() >= 3
                && t_rel.start > rel.start
                && t_rel.start < rel.end
                && t_rel.end > rel.end
        });
        if common_word || cuts_word || crate::cues::NOT_PERSONS.contains(&name) {
            continue;
        }
        found.retain(|m| !(m.kind == EntityType::Person && m.span.start == abs.start && m.span != abs));
        if !found.iter().any(|m| m.span == abs) {
            found.push(mention(view, rel, EntityType::Person, Rule::PATTERN_PERSON_TITLE));
        }
    }
}
