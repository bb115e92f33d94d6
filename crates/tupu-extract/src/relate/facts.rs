//! Numeric facts: a number, its unit and period, and the entity the clause
//! is about.
//!
//! The subject of a clause is the last entity named before its first number
//! or period (百度自动驾驶出行服务平台Apollo Go在2024年第四季度… → Apollo
//! Go), skipping places used as modifiers, bracketed asides and the
//! comparand of 高于/超越. A clause with no entity of its own continues the
//! clause before it; a pronoun (其, 该模型, 这款应用) points back to the last
//! entity of its kind; a sentence with no entity at all continues the one
//! before it.

use super::numbers::{find_periods, find_quantities, Period, Quantity};
use super::rules::is_clause_break;
use super::{hedged_beyond, is_hedged, FactCandidate};
use crate::model::{EntityType, Mention, Span};
use crate::normalize::Document;
use crate::rule::Rule;
use crate::segment::Token;

pub fn extract(doc: &Document, tokens: &[Vec<Token>], mentions: &[Mention], out: &mut Vec<FactCandidate>) {
    let mut topic: Option<usize> = None;
    // 2022年至2024年9月（以下简称"报告期"）: the periods that later
    // sentences' 报告期内…分别为a、b、c refer to.
    let mut report_periods: Vec<String> = Vec::new();
    // The last list of periods 分别 paired figures with, and its sentence:
    // 同期，公司净利润分别亏损a、b、c in the next sentence pairs with it too.
    let mut last_list: Option<(usize, Vec<String>)> = None;
    // The last figure read, its sentence and who got it: 其中N counts a part
    // of it, and the part is the whole's owner's.
    let mut last_figure: Option<(usize, Option<usize>)> = None;
    // X第四季度营收超预期。公司报告当季每股收益为0.33美元: the quarter a
    // firm's results were named for, and the firm; sentences after that name
    // no period of their own go on about that quarter's results.
    let mut results_quarter: Option<(usize, String)> = None;
    // 2025年第一季度中国云基础设施服务支出达到116亿美元。阿里云以33%的市场
    // 份额继续领跑: the period a market's statistic was named for, and its
    // sentence; the shares and ranks of the sentence right after are that
    // period's.
    let mut market_period: Option<(usize, String)> = None;
    // 格兰菲2023年实现营业收入2.1亿元。…亏损金额为0.2亿元: the one period a
    // sentence dated a subject's figures by, and the paragraph; see
    // `carried_period`.
    let mut carried: Option<Carried> = None;
    // 某公司-688000-年度业绩点评: a research note whose headline opens with
    // a listed firm and its code is about that firm; a sentence of its body
    // that names no one and follows no subject goes on about it.
    let covered = covered_firm(doc, mentions);
    for sentence in &doc.sentences {
        carried = carried.filter(|c| c.paragraph == sentence.paragraph);
        if sentence.boilerplate {
            topic = None;
            continue;
        }
        let members: Vec<usize> = super::sentence_members(mentions, sentence.index).collect();
        let words = tokens.get(sentence.index).map_or(&[][..], |t| t.as_slice());
        let text = doc.slice(sentence.span);
        let chars: Vec<char> = text.chars().collect();
        // Digits inside a name (Claude Opus 4.1, 文心4.5) are part of it.
        let quantities: Vec<_> = find_quantities(text)
            .into_iter()
            .filter(|q| {
                let span = Span::new(sentence.span.start + q.start, sentence.span.start + q.end);
                !members.iter().any(|&i| mentions[i].span.overlaps(span))
            })
            // 同一年, 另一家, 一个: 一 before a measure word is an article, not
            // a figure, and must not end the run of a clause's subjects.
            .filter(|q| !(q.value == 1.0 && text[..].chars().nth(q.start) == Some('一')))
            .collect();
        // 中国电信(7.600, 0.47, 6.59%): a quote a site inserts after a listed
        // name (price, change, change in percent) is no figure the text states.
        let quantities: Vec<_> =
            quantities.into_iter().filter(|q| !in_ticker_quote(&chars, q) && !memory_config(&chars, q)).collect();
        // 长盛轴承、五洲新春、福莱新材3家公司: a count right after a list of
        // names counts the list, no figure of its last name.
        let quantities: Vec<_> = quantities
            .into_iter()
            .filter(|q| !counts_a_list(&chars, &members, mentions, sentence.span.start, q))
            .collect();
        let periods = find_periods(text, doc.dateline.as_deref());
        // (A sentence whose only names are goods listed with their counts,
        // - H20：30,000颗, goes on about the holder before it.)
        let goods_only =
            !members.is_empty() && members.iter().all(|&i| goods_listed(&chars, &mentions[i], sentence.span.start));
        let mut head: Option<usize> = if members.is_empty() || goods_only { topic.or(covered) } else { None };
        let mut period: Option<&Period> = None;
        let mut sentence_has_head = false;
        let mut after_subset_word = false;
        let mut reporter: Option<usize> = None;
        // The members the last clause paired its figures with (分别), and
        // the last two or more a clause listed.
        let mut paired_members: Vec<usize> = Vec::new();
        let mut listed_before: Vec<usize> = Vec::new();
        let mut target_price_before = false;
        // The clause of forecasting said before in the sentence, and who
        // forecasts when the clause names them.
        let mut forecast_before: Option<Option<usize>> = None;
        // Whether a clause before in the sentence set a goal (力争到2030年，).
        let mut goal_before = false;
        for clause in clauses(&chars) {
            let abs = |rel: usize| sentence.span.start + rel;
            // Borrowed from the document, as every slice of the text below:
            // collecting chars into a new String for each clause, candidate
            // and figure was a tenth of the figures' time.
            let clause_text = doc.slice(Span::new(abs(clause.start), abs(clause.end)));
            // A period bounds the subject only after a name (Apollo Go在2024年
            // 第四季度…); one that opens the clause (2024年英伟达营收…, 周五…
            // 英伟达收高…) comes before it.
            let named_before = |at: usize| {
                members.iter().any(|&i| mentions[i].span.start >= abs(clause.start) && mentions[i].span.end <= abs(at))
            };
            // (A rank, 位居第二的豆包, bounds no subject: the name it places
            // may follow it.)
            let respective_clause = clause_text.contains("分别") || clause_text.contains("分別");
            let first_number = quantities
                .iter()
                .filter(|q| q.start >= clause.start && q.start < clause.end && q.unit != "rank")
                // 医渡科技(02158.HK)、金山云…分别上涨: a stock code inside a
                // list the figures pair with bounds no subject.
                .filter(|q| !(respective_clause && in_stock_code(&chars, q)))
                // 成立3年的幻方管理资金约45亿: how old the name after it is
                // bounds no subject.
                .filter(|q| !(q.unit == "years" && !is_age(&chars, q) && chars.get(q.end) == Some(&'的')))
                .map(|q| q.start)
                .chain(
                    periods
                        .iter()
                        .filter(|p| p.start >= clause.start && p.start < clause.end && named_before(p.start))
                        .map(|p| p.start),
                )
                .min()
                .unwrap_or(clause.end);
            // Tests that only some clauses need are closures, run when asked:
            // most clauses have no place to judge and no figure to hedge.
            let market =
                || ["市场规模", "市场总规模", "支出", "市场达到", "产业规模"].iter().any(|w| clause_text.contains(w));
            // 马钢股份预计2024年净亏损45亿元, said in 2025: the firm estimates
            // its own figure of a year already over (a pre-announcement).
            // 马钢股份预计2024年净亏损45亿元，重庆钢铁则预计亏损约32亿元: a
            // clause that names no period of its own goes on with the year
            // an earlier clause of the sentence estimated for.
            let clause_has_period = periods.iter().any(|p| p.start >= clause.start && p.start < clause.end);
            let past_year_before =
                !clause_has_period && period.is_some_and(|p| is_past_year(&p.value, doc.dateline.as_deref()));
            let own_estimate = |end: usize| {
                let after: String = chars[end..clause.end.max(end)].iter().take(6).collect();
                let after = ["则", "也", "方面"].iter().find_map(|w| after.strip_prefix(w)).unwrap_or(&after);
                // Nothing named between the estimate and its figure
                // (高盛预计2024年英伟达营收…: the figure is 英伟达's).
                let named_after = members.iter().any(|&o| {
                    mentions[o].span.start >= sentence.span.start + end && mentions[o].span.start < abs(clause.end)
                });
                // A market's figure (Counterpoint预计2024年全球…市场出货量) is the
                // market's, and 亏损6.8亿元—亏损5.9亿元 a range.
                let rest = doc.slice(Span::new(sentence.span.start + end, abs(clause.end)));
                crate::cues::ESTIMATE_WORDS.iter().any(|w| after.starts_with(w))
                    && !named_after
                    && !["市场", "行业", "全球", "全国"].iter().any(|w| rest.contains(w))
                    && !rest.chars().any(crate::relate::numbers::is_range_dash)
                    && (past_year_before
                        || periods.iter().any(|p| {
                            p.start >= clause.start
                                && p.start < clause.end
                                && is_past_year(&p.value, doc.dateline.as_deref())
                        }))
            };
            let candidates: Vec<usize> = members
                .iter()
                .copied()
                .filter(|&i| {
                    let m = &mentions[i];
                    m.span.start >= abs(clause.start)
                        && m.span.end <= abs(first_number)
                        && (can_be_subject(m, market())
                            || m.kind == EntityType::Place
                                && place_heads(
                                    &chars,
                                    clause.start,
                                    m.span.start - sentence.span.start,
                                    m.span.end - sentence.span.start,
                                )
                            || m.kind == EntityType::Person && {
                                // 陈天石以700亿元身家登顶, 梁文锋的持股价值达到…: a
                                // person's own wealth, holding or age.
                                let personal =
                                    |text: &str| crate::cues::PERSONAL_METRICS.iter().any(|w| text.contains(w));
                                let from_figure = doc.slice(Span::new(abs(first_number), abs(clause.end)));
                                personal(doc.slice(Span::new(m.span.end, abs(first_number))))
                                    || from_figure.starts_with(|c: char| c.is_ascii_digit()) && personal(from_figure)
                            })
                        && !inside_brackets(&chars, m.span.start - sentence.span.start)
                        && !after_comparison(&chars, clause.start, m.span.start - sentence.span.start)
                        && !base_frame(&doc.chars, m.span.start, m.span.end)
                        && !beaten(
                            &chars,
                            clause.start,
                            m.span.start - sentence.span.start,
                            m.span.end - sentence.span.start,
                            |at| {
                                members.iter().any(|&o| {
                                    mentions[o].span.start >= abs(clause.start) && mentions[o].span.end <= abs(at)
                                })
                            },
                        )
                        && (!plays_another_role(
                            &chars[m.span.end - sentence.span.start..clause.end.max(m.span.end - sentence.span.start)],
                        ) || own_estimate(m.span.end - sentence.span.start)
                            || invests_in_no_one(&chars, &members, mentions, sentence.span.start, i, first_number))
                        && (!before_source(&chars, m.span.start - sentence.span.start)
                            || own_accounts_after(&chars, m.span.end - sentence.span.start))
                        && !agent_of_passive(&chars, clause.start, m.span.start - sentence.span.start)
                        && !learned_from(
                            &chars,
                            clause.start,
                            m.span.start - sentence.span.start,
                            m.span.end - sentence.span.start,
                        )
                        && !goods_listed(&chars, m, sentence.span.start)
                        && !joined_kin(&chars, clause.start, m.span.start - sentence.span.start)
                        && !quotes_next(&chars, m.span.end - sentence.span.start)
                        && !stake_in(
                            &chars,
                            clause.start,
                            m.span.start - sentence.span.start,
                            m.span.end - sentence.span.start,
                        )
                        && !goods_brand(
                            &chars,
                            clause.start,
                            m.span.start - sentence.span.start,
                            m.span.end - sentence.span.start,
                        )
                        && !comparand(
                            &chars,
                            clause.start,
                            m.span.start - sentence.span.start,
                            m.span.end - sentence.span.start,
                            first_number,
                        )
                        && !object_of_verb(
                            &chars,
                            clause.start,
                            m.span.start - sentence.span.start,
                            m.span.end - sentence.span.start,
                        )
                })
                .collect();
            // 通义千问在Hugging Face和魔搭社区的下载量: what follows 在 after
            // the subject is where, not who; 上线魔搭社区: where it went live.
            let candidates: Vec<usize> = candidates
                .iter()
                .enumerate()
                .filter(|&(n, &i)| {
                    let m = &mentions[i];
                    let rel = m.span.start - sentence.span.start;
                    let lead = doc.slice(Span::new(abs(clause.start), abs(rel)));
                    // …在科创板上市的另一家公司格灵深瞳: a 在 inside a relative
                    // clause (one closed by 的 before the name) says nothing.
                    let located = n > 0 && {
                        let prev_end = mentions[candidates[0]].span.end - sentence.span.start;
                        let gap = &chars[prev_end.min(rel)..rel];
                        gap.iter().rposition(|&c| c == '在').is_some_and(|at| !gap[at..].contains(&'的'))
                    };
                    let platform = m.kind == EntityType::Product
                        && ["上线", "登陆", "入驻", "发布在", "发布于"].iter().any(|v| lead.ends_with(v));
                    // Qwen2.5-Max是阿里云通义团队的最新成果，预训练数据…: what
                    // follows the copula says what the subject is, not who.
                    let complement = n > 0 && {
                        let prev_end = mentions[candidates[0]].span.end - sentence.span.start;
                        let gap: String = chars[prev_end.min(rel)..rel].iter().collect();
                        let gap = ["但是", "可是", "还是", "是否", "于是", "要是", "若是", "凡是", "而是"]
                            .iter()
                            .fold(gap, |g, w| g.replace(w, ""));
                        gap.contains('是') && !gap.contains("的") || gap.starts_with('是')
                    };
                    // 在英伟达 H800 晶片上训练了278.8万GPU小时: the hardware or
                    // platform work ran on is no subject of its figures (not
                    // 在科创板上市, 上线; 在1688上，… sets the topic).
                    let run_on = {
                        let end = (m.span.end - sentence.span.start).min(chars.len());
                        let before: String =
                            chars[clause.start.max(rel.saturating_sub(8)).min(rel)..rel].iter().collect();
                        let after: String = chars[end..(end + 12).min(chars.len())].iter().collect();
                        let after =
                            after.trim_start_matches(|c: char| c.is_ascii_alphanumeric() || c == '-' || c == ' ');
                        let after = ["芯片", "晶片", "GPU", "显卡", "集群", "服务器", "平台"]
                            .iter()
                            .fold(after, |a, w| a.strip_prefix(w).unwrap_or(a));
                        before
                            .rsplit('在')
                            .next()
                            .is_some_and(|b| b.len() < before.len() && !b.contains(['的', '，', ',']))
                            && after.starts_with('上')
                            && !["上市", "上线", "上涨", "上升", "上调", "上半年", "上述", "上，", "上,"]
                                .iter()
                                .any(|w| after.starts_with(w))
                    };
                    !located && !platform && !complement && !run_on
                })
                .map(|(_, &i)| i)
                .collect();
            // 目标价62.70港元，上涨31%: the move a target price implies, in
            // the clause after it, is no more a figure than the target.
            let after_target_price = std::mem::take(&mut target_price_before)
                && crate::cues::FACT_IMPLIED_MOVE_OPENERS.iter().any(|w| clause_text.trim_start().starts_with(w));
            target_price_before = crate::cues::FACT_TARGET_PRICE_WORDS.iter().any(|w| clause_text.contains(w));
            // 华泰证券预测，阿里巴巴第四季度收入同比增8.8%: what the clauses
            // after a clause of forecasting (X预测，分析师估计，) state is the
            // forecast's, not a figure reached; a clause that says where
            // things stand now (目前, 当前) is not.
            let forecast_here =
                forecast_before.filter(|_| !crate::cues::FACT_PRESENT_WORDS.iter().any(|w| clause_text.contains(w)));
            let goal_here = goal_before && !crate::cues::FACT_PRESENT_WORDS.iter().any(|w| clause_text.contains(w));
            goal_before |= crate::cues::FACT_GOAL_OPENERS.iter().any(|w| clause_text.contains(w));
            // 2024年中国的生成式AI软件收入已达到18亿美元: a figure said as
            // reached (已, 了 before it) is an estimate of the past, a figure;
            // so is the year-ago one a forecast is compared with (比去年同期的
            // 0.34美元).
            let reached = |q: &Quantity| {
                let before: String = chars[clause.start..q.start].iter().collect();
                let before = before.trim_end_matches(['的', '约', ' ']);
                before.contains('已') || before.contains('了') || before.ends_with("同期")
            };
            if !quantities.iter().any(|q| q.start >= clause.start && q.start < clause.end) {
                if let Some(who) = forecasting(clause_text) {
                    forecast_before = Some(
                        who.then(|| {
                            members.iter().copied().rfind(|&i| {
                                mentions[i].span.start >= abs(clause.start) && mentions[i].span.end <= abs(clause.end)
                            })
                        })
                        .flatten(),
                    );
                }
            }
            // A clause with a subject of its own that names no entity
            // (大模型API的价格在一年内下降了90%) does not continue the last one.
            let lead = doc.slice(Span::new(abs(clause.start), abs(first_number)));
            let lead = lead.trim_start();
            let owner = lead.split('的').next().unwrap_or("");
            let own_subject = lead.contains('的')
                && ["大模型", "行业", "市场", "全球", "国内", "全国", "用户", "企业", "厂商", "平均", "整个"]
                    .iter()
                    .any(|w| owner.contains(w))
                && ![
                    "在", "其", "该", "这", "并", "但", "且", "而", "同时", "较", "相", "按", "截至", "于", "其中",
                    "将", "已", "还", "也", "此外", "目前",
                ]
                .iter()
                .any(|w| lead.starts_with(w));
            // 生成了237个候选分子，其中5个…: the part's owner is the whole's
            // (no one's when no one got the whole: 全球AI企业近3万家，其中…).
            // A whole said in a sentence before is judged as before.
            let subset =
                (std::mem::take(&mut after_subset_word) || lead.starts_with("其中")) && first_number < clause.end;
            if clause_text.trim() == "其中" {
                after_subset_word = true;
            }
            let whole_owner = last_figure.filter(|&(at, _)| subset && at == sentence.index).map(|(_, owner)| owner);
            let has_figure = quantities.iter().any(|q| q.start >= clause.start && q.start < clause.end);
            if let Some(&last) = candidates.last() {
                // Canalys发布的数据显示，…, 华创证券研究发现，…: a firm that
                // reports, in a clause of its own, is what the figures after
                // are about only where they point back to it (该公司, 其).
                // A firm speaking (表示, 介绍) often speaks of its own work, and
                // its own accounts (财报显示) are its figures: only research
                // and data it publishes are of others.
                // The reporter heads its clause (X向SEC提交的数据显示: X).
                let first = candidates[0];
                let reports = !has_figure && {
                    let tail = doc.slice(Span::new(mentions[first].span.end, abs(clause.end)));
                    let tail = tail.trim_end_matches([' ', '：', ':']);
                    let ending = crate::cues::FACT_REPORT_ENDINGS.iter().find(|w| tail.ends_with(*w));
                    // 麦当劳周一报告称: 报告 the verb, of its own results.
                    let verb = ending.map(|w| &tail[..tail.len() - w.len()]).is_some_and(|rest| {
                        rest.strip_suffix("报告").is_some_and(|before| before.chars().count() <= 3)
                    });
                    // 国家电影局2月5日发布数据，: data released with no verb
                    // of saying after it still reports the figures that follow.
                    // Only a body's: a firm or an app that publishes data
                    // (小猿口算公布的数据，每天批改作业达5亿题) most often
                    // publishes its own.
                    let released = mentions[first].kind == EntityType::Organization
                        && crate::cues::FACT_DATA_RELEASE_ENDINGS.iter().any(|w| tail.ends_with(w));
                    // 根据国家移民管理局公告，即日起，…: a body's notice that
                    // a clause of its own cites (根据, 据) sets rules for others;
                    // the figures after are theirs.
                    let notice = mentions[first].kind == EntityType::Organization && {
                        let before = doc.slice(Span::new(abs(clause.start), mentions[first].span.start)).trim();
                        let notice = tail.trim_start().trim_start_matches('的');
                        crate::cues::FACT_CITING_OPENERS.contains(&before)
                            && crate::cues::FACT_BODY_NOTICES.contains(&notice)
                    };
                    (ending.is_some() && !verb || released)
                        && crate::cues::FACT_RESEARCH_NOUNS.iter().any(|w| tail.contains(w))
                        && !crate::cues::FACT_OWN_ACCOUNTS.iter().any(|w| tail.contains(w))
                        // 中国钢铁工业协会初步统计: an association's count of its
                        // members is its figure.
                        && !crate::cues::FACT_MEMBER_BODIES.iter().any(|w| mentions[first].text.ends_with(w))
                        || notice
                };
                // 他与Google研究总监合著的《人工智能：现代方法》是…: a name
                // in a relative clause before a title (…的《X》) the
                // dictionary does not know modifies it; the title is the
                // topic, and no one named takes the figures after.
                let titled_after = !has_figure && {
                    let from = mentions[last].span.end - sentence.span.start;
                    let to = clause.end;
                    from < to
                        && chars[from..to].windows(2).any(|w| w == ['的', '《'])
                        && untold_title(&chars, from, to, |a, b| {
                            members.iter().any(|&i| mentions[i].span.start <= abs(a) && abs(b) <= mentions[i].span.end)
                        })
                };
                if reports {
                    reporter = Some(first);
                    head = None;
                } else if titled_after {
                    reporter = None;
                    head = None;
                } else {
                    reporter = None;
                    head = Some(last);
                }
            } else if let Some(r) = reporter.filter(|_| points_back(lead)) {
                reporter = None;
                head = Some(r);
            } else if reporter.is_some() {
                head = None;
            } else if let Some(owner) = whole_owner {
                head = owner;
            } else if first_number < clause.end && scoped_lead(lead) {
                // 2024年全球服务器出货量增长10%: a clause about a country or a
                // trade has its own subject, not the firm named before.
                head = None;
            } else if crate::cues::AGGREGATE_SUBJECTS
                .iter()
                .chain(crate::cues::MORE_AGGREGATE_SUBJECTS)
                .any(|w| lead.contains(w) && !place_statistic(head.map(|h| &mentions[h]), w))
                || first_number < clause.end && market_lead(lead)
            {
                // 道指收市报44593，升123点或0.28%: a clause about an index has
                // its own subject, not the firm named before.
                head = None;
            } else if names_a_listed_firm({
                // Up to the first figure: the code's own digits are none.
                let figure = quantities
                    .iter()
                    .find(|q| q.start >= clause.start && q.start < clause.end && q.marked)
                    .map_or(clause.end, |q| q.start);
                doc.slice(Span::new(abs(clause.start), abs(figure)))
            }) {
                // 理想（2015）收報99.8元: a firm named by its stock code is the
                // clause's own subject, one the dictionary does not know; the
                // firm quoted before it is not.
                head = None;
            } else if (first_number < clause.end || opens_with_title(&chars, clause.start))
                && untold_title(&chars, clause.start, first_number, |from, to| {
                    members.iter().any(|&i| mentions[i].span.start <= abs(from) && abs(to) <= mentions[i].span.end)
                })
            {
                // 《封神第二部》票房9.98亿元, 《蛟龙行动》（2.74亿元）: a title
                // the dictionary does not know, before a figure, is the
                // clause's own subject, not the film or firm named before it.
                // (A title in a clause with no figure, 超过《海王》，进入…前30名
                // or 收到《服务协议》, is an object: the subject goes on; one
                // that opens it, 《人工智能：现代方法》是…教科书, is its topic.)
                head = None;
            } else if own_subject
                && pronoun(clause_text, mentions, None, mentions_before(mentions, abs(clause.start))).is_none()
            {
                head = None;
            } else if let Some(referent) = pronoun(
                clause_text,
                mentions,
                // 万国数据表示，其国际业务…: 其 is the firm this sentence named
                // (even as the one who speaks), before any earlier sentence's.
                head.or_else(|| {
                    members
                        .iter()
                        .rev()
                        .copied()
                        .find(|&i| mentions[i].span.end <= abs(clause.start) && can_be_subject(&mentions[i], false))
                })
                .or(topic),
                // (该模型 is not the model the last one was built on.)
                mentions_before(mentions, abs(clause.start))
                    .filter(|&i| !base_frame(&doc.chars, mentions[i].span.start, mentions[i].span.end)),
            ) {
                head = Some(referent);
            }
            // The period of this clause, or the last one of the sentence. A
            // span of periods (自2020年至2024年) dates no single figure: what
            // is said of it is a sum, and has no period.
            // 2022年和2023年…分别是11.6%和11.41%；最近5年，研发投入复合增长率
            // 接近21%: a clause over a span of years is dated by no year
            // before it.
            // (An as-of date, 截至2月12日，该基金近一年净值增长率…, still holds.)
            let as_of = period.is_some_and(|p| {
                let before: String = chars[p.start.saturating_sub(2)..p.start].iter().collect();
                before == "截至" || before == "截止"
            });
            if spans_years(clause_text) && !as_of {
                period = None;
            }
            // 年初至今，甲股价上涨35%；节后三天，乙上涨5%: the year so far
            // dates its own ；-clause, not the clauses after a ；, unless they
            // point back to it (…；同一时期，乙上涨5%).
            let after_semicolon = clause.start > 0 && matches!(chars[clause.start - 1], '；' | ';');
            let same_span = || crate::cues::SAME_SPAN_WORDS.iter().any(|w| clause_text.contains(w));
            if after_semicolon && period.is_some_and(|p| is_year_to_date(&chars, p)) && !same_span() {
                period = None;
            }
            for p in periods.iter().filter(|p| p.start >= clause.start && p.start < clause.end) {
                // 2019年以来累计亏损50亿元: a sum since a past year; 2022年和
                // 2023年裁减21000名: a sum over both, unless 分别 pairs them.
                // 创去年12月18日以来最大单日跌幅, 创1月21日以来新高: the day a
                // record runs from (a day after a month read alone) is a
                // baseline too, of any year.
                let since = {
                    let rest = &chars[p.end.min(chars.len())..];
                    let digits = rest.iter().take_while(|c| c.is_ascii_digit()).count();
                    let rest = match rest.get(digits) {
                        Some('日' | '号') if digits > 0 => &rest[digits + 1..],
                        _ => rest,
                    };
                    // (2022年初以來: the part of the year it runs from.)
                    let rest = match rest.first() {
                        Some('初' | '底' | '末') => &rest[1..],
                        _ => rest,
                    };
                    let next: String = rest.iter().take(3).collect();
                    let before: String = chars[p.start.saturating_sub(3)..p.start].iter().collect();
                    let record = crate::cues::FACT_RECORD_OPENERS.iter().any(|w| before.ends_with(w));
                    let since_word = next.starts_with("以来") || next.starts_with("以來");
                    (since_word || ["起", "开始", "開始"].iter().any(|w| next.starts_with(w)))
                        && (is_past_year(&p.value, doc.dateline.as_deref()) || record && since_word)
                };
                let joined_years = !clause_text.contains("分别")
                    && periods.iter().any(|o| {
                        o.end <= p.start
                            && o.start >= clause.start
                            && matches!(
                                chars[o.end..p.start].iter().collect::<String>().as_str(),
                                "和" | "及" | "与" | "、" | "以及"
                            )
                    });
                match founding(&chars, p) {
                    // 自2016年成立以来管理规模近50亿: a sum since the founding.
                    Some(true) => period = None,
                    // 2015年创立X，现管理近5亿美元: the founding year dates no figure.
                    Some(false) => {}
                    None if range_start(&chars, &periods, p) || since || joined_years => period = None,
                    None if !is_baseline(&chars, p) => period = Some(p),
                    None => {}
                }
            }
            // An opinion about the future (分析人士认为…将…) is a forecast.
            // The clause first: scanning the whole sentence for every clause
            // made long sentences quadratic.
            // IDC预测，2025年，将有55%的企业…: a forecast said before the
            // clause's 将 (a 预计 after it is of another figure: 可以将精度
            // 提高5%，…预计每年…).
            let forecast_before = || {
                let upto = clause_text.find('将').map_or(0, |at| clause.start + clause_text[..at].chars().count());
                let before: String = chars[..upto].iter().collect();
                crate::cues::FORECAST_WORDS.iter().any(|w| before.contains(w))
            };
            let opinion =
                clause_text.contains('将') && (text.contains("认为") || text.contains("判断") || forecast_before());
            // 预计2024年净亏损45亿元, said in 2025, is a firm's estimate of a
            // year already over (an earnings pre-announcement), not a forecast.
            let estimate_only = || {
                candidates.iter().any(|&i| own_estimate(mentions[i].span.end - sentence.span.start))
                    && !clause_text.contains('将')
                    && !hedged_beyond(clause_text, crate::cues::ESTIMATE_WORDS)
            };
            // 计划今年投资600亿美元: a firm's stated plan to spend is its
            // figure; a forecast of others (预计, 有望) stays hedged.
            let stated_plan = || {
                crate::cues::PLAN_WORDS.iter().any(|w| clause_text.contains(w))
                    && crate::cues::PLAN_SPENDING_WORDS.iter().any(|w| clause_text.contains(w))
                    && !hedged_beyond(clause_text, crate::cues::PLAN_WORDS)
                    && !crate::cues::DENIALS.iter().any(|w| text.contains(w))
            };
            let hedged = || {
                (is_hedged(&beneficiary_plans_named(clause_text)) && !estimate_only() && !stated_plan())
                    || opinion
                    || clause_text.contains("将突破")
                    || clause_text.contains("将达到")
            };
            // The figures after 分别, and where it stands: they pair in order
            // with what is listed before it.
            let respectively: Option<(usize, Vec<usize>)> =
                clause_text.find("分别").map(|at| clause.start + clause_text[..at].chars().count()).map(|at| {
                    let figures = quantities
                        .iter()
                        .filter(|q| q.start > at && q.start < clause.end && q.marked && !q.range)
                        .map(|q| q.start)
                        .collect();
                    (at, figures)
                });
            // 2022年、2023年及2024年前三季，…分别为75.4%、71.7%及66.3%: the
            // n-th figure after 分别 is of the n-th period before it.
            let mut respective_periods: Vec<(usize, String)> = Vec::new();
            if let Some((at, figures)) = &respectively {
                // 报告期 defines the list, or stands for the one defined.
                let mut listed = period_list(&chars, &periods, *at);
                if text.contains("报告期") {
                    if listed.is_empty() {
                        listed = report_periods.clone();
                    } else {
                        report_periods = listed.clone();
                    }
                }
                if listed.is_empty() && clause_text.contains("同期") || text.starts_with("同期") {
                    if let Some((at, list)) = &last_list {
                        if sentence.index <= at + 2 && listed.is_empty() {
                            listed = list.clone();
                        }
                    }
                } else if !listed.is_empty() {
                    last_list = Some((sentence.index, listed.clone()));
                }
                if figures.len() == listed.len() {
                    respective_periods = figures.iter().copied().zip(listed).collect();
                }
            }
            // A、B和C的营收分别为1、2和3亿元: the n-th figure after 分别 is
            // the n-th member's, not all the last one's.
            // (华为云和腾讯云分别以18%和10%位列第二、第三: figures of each
            // kind pair on their own.)
            let unit_of = |start: usize| quantities.iter().find(|q| q.start == start).map_or("", |q| q.unit.as_str());
            let by_unit = |figures: &[usize], members: &[usize]| -> Vec<(usize, usize)> {
                if figures.len() == members.len() {
                    return figures.iter().copied().zip(members.iter().copied()).collect();
                }
                let mut units: Vec<&str> = figures.iter().map(|&f| unit_of(f)).collect();
                units.dedup();
                units
                    .iter()
                    .flat_map(|u| {
                        let group: Vec<usize> = figures.iter().copied().filter(|&f| unit_of(f) == *u).collect();
                        if group.len() == members.len() {
                            group.into_iter().zip(members.iter().copied()).collect()
                        } else {
                            Vec::new()
                        }
                    })
                    .collect()
            };
            // 东风、长安是头部车企，2024年销量分别位列国内第5和第7: a 分别
            // clause that lists no members pairs with those the clause before
            // listed, when periods do not take the figures.
            // 中国电信、中国移动…，电信、移动涨幅分别为5.89%、1.17%: a list of
            // short names, each the end of a name said before, stands for
            // those names.
            let short_listed: Vec<usize> = respectively
                .as_ref()
                .filter(|_| candidates.is_empty() && respective_periods.is_empty())
                .map(|(at, figures)| {
                    let listed = short_names(&chars[clause.start..*at], mentions, abs(clause.start));
                    if listed.len() == figures.len() {
                        listed
                    } else {
                        Vec::new()
                    }
                })
                .unwrap_or_default();
            let listed_members: &[usize] = if short_listed.len() >= 2 {
                &short_listed
            } else if !candidates.is_empty() || respective_periods.len() >= 2 {
                &candidates
            } else {
                &listed_before
            };
            let listed_count = listed_members.len();
            let mut respective: Vec<(usize, usize)> = respectively
                .as_ref()
                .filter(|_| listed_members.len() >= 2)
                .map(|(_, figures)| by_unit(figures, listed_members))
                .unwrap_or_default();
            // (A list: names joined by 、, 和, 及 or 与, not 高通骁龙8.)
            let joined = candidates.windows(2).all(|pair| {
                let (a, b) = (&mentions[pair[0]], &mentions[pair[1]]);
                b.span.start >= a.span.end && {
                    let gap = doc.slice(Span::new(a.span.end, b.span.start));
                    // 医渡科技(02158.HK)、金山云: a stock code after a name
                    // stands outside the list's joints.
                    let gap = without_stock_code(gap);
                    gap.chars().count() <= 3 && gap.contains(['、', '和', '及', '与', ','])
                }
            });
            if candidates.len() >= 2 && joined {
                listed_before = candidates.clone();
            } else if !candidates.is_empty() {
                listed_before.clear();
            }
            // Figures paired without 分别, from the clause's figures read once.
            let chains = candidates.len() >= 2 && joined;
            if respective.is_empty() && respectively.is_none() && (chains || candidates.is_empty()) {
                let figures: Vec<(usize, usize)> = quantities
                    .iter()
                    .filter(|q| q.start >= clause.start && q.start < clause.end && q.marked && !q.range)
                    .map(|q| (q.start, q.end))
                    .collect();
                if chains {
                    // 谷歌和亚马逊的预期上升至750亿和1000亿美元: as many figures
                    // joined by 和、及 or 、 as names joined before them pair
                    // in order, as after 分别.
                    let chained = figures.len() == candidates.len()
                        && figures.windows(2).all(|pair| {
                            let gap: String = chars[pair[0].1.min(pair[1].0)..pair[1].0].iter().collect();
                            matches!(gap.as_str(), "和" | "及" | "、" | "与")
                        });
                    if chained {
                        respective = figures.iter().map(|f| f.0).zip(candidates.iter().copied()).collect();
                    }
                } else if figures.len() >= 2 && paired_members.len() >= 2 {
                    // A、B的份额分别为13%、9%，位列第三位、第四位: a clause of its
                    // own that names no one and lists as many figures goes
                    // on pairing them with the same members.
                    let starts: Vec<usize> = figures.iter().map(|f| f.0).collect();
                    respective = by_unit(&starts, &paired_members);
                }
            }
            // 涂鸦智能、玄武云、地平线、医渡科技分别下跌19.97%、13.11%、8.65%、
            // 6.29: when 分别 lists as many names as figures but they do not
            // pair (a figure or a name not read), which figure is whose is
            // not known; none goes to one member.
            let unpaired_after = respectively
                .as_ref()
                .filter(|(_, figures)| {
                    figures.len() >= 2
                        && listed_count >= 2
                        // (OpenAI的o1模型…分别是55元、110元、438元: an owner and
                        // its thing are no list; the thing has them all.)
                        && (candidates.is_empty() || joined)
                        && respective.is_empty()
                        && respective_periods.is_empty()
                })
                .map(|(at, _)| *at);
            paired_members.clear();
            for &(_, s) in &respective {
                if !paired_members.contains(&s) {
                    paired_members.push(s);
                }
            }
            for q in quantities.iter().filter(|q| q.start >= clause.start && q.start < clause.end) {
                // 每100万token 60美元: the amount a price is per is no figure.
                let per = q.start > 0 && chars[q.start - 1] == '每';
                // 创52周高, 创3个月新低: the span a price's high is measured
                // over, no figure of the firm.
                let window = matches!(q.unit.as_str(), "days" | "weeks" | "months" | "years") && {
                    let next: String = chars[q.end.min(chars.len())..].iter().take(3).collect();
                    ["高", "低", "新高", "新低", "最高", "最低"].iter().any(|w| next.starts_with(w))
                };
                // 近5个交易日累涨超110%, 共5个交易日内: the trading days a
                // move is measured over, no figure; 连续6个交易日涨停 counts
                // the limit-up sessions.
                let trading_days = {
                    let from_figure: String = chars[q.start..].iter().take(16).collect();
                    let counted = from_figure.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
                    let counted = counted.trim_start_matches(|c: char| "一二两三四五六七八九十百".contains(c));
                    // 连续17个交易日上涨, 连续收涨15个交易日: a streak of moves is
                    // the stock's record; 连续20个交易日收盘价低于 a listing rule's
                    // test, 涨幅偏离值 a notice's.
                    let before: String = chars[q.start.saturating_sub(6)..q.start].iter().collect();
                    let streak = (before.contains("连续") || before.ends_with('连'))
                        && ["上涨", "收涨", "涨停", "下跌", "收跌", "跌停"]
                            .iter()
                            .any(|w| before.contains(w) || from_figure.contains(w))
                        && !from_figure.contains("偏离");
                    (counted.starts_with("个交易日") || counted.starts_with("交易日")) && !streak
                };
                // 在过去18个月下降90%, 自…之日起12个月内, 上线20天后: a span of
                // time a change or a term is measured over, or that places an
                // event, is no figure.
                let span_of_time = matches!(q.unit.as_str(), "days" | "weeks" | "months" | "hours" | "minutes") && {
                    let before: String = chars[q.start.saturating_sub(5).max(clause.start)..q.start].iter().collect();
                    // 逼近上线600天的ChatGPT: 近 of nearing, not of recent.
                    let before = ["逼近", "接近", "将近", "靠近"].iter().fold(before, |b, w| b.replace(w, ""));
                    let next: String = chars[q.end.min(chars.len())..].iter().take(3).collect();
                    crate::cues::FACT_SPAN_BEFORE.iter().any(|w| before.contains(w))
                        || crate::cues::FACT_SPAN_AFTER.iter().any(|w| next.starts_with(w))
                };
                // “1+2+N”方案, “8+4”经济政策: numbers joined by + name a
                // scheme, no figure (1200+项目 and +13.17% are figures).
                let formula = q.unit.is_empty() && {
                    let joined = |c: Option<&char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
                    let plus_at = if q.end > 0 && chars.get(q.end - 1) == Some(&'+') { q.end - 1 } else { q.end };
                    (chars.get(plus_at) == Some(&'+') && joined(chars.get(plus_at + 1)))
                        || (q.start >= 2 && chars[q.start - 1] == '+' && joined(chars.get(q.start - 2)))
                };
                // 除了英伟达…，其他5家都有…, 其余48%暂未…: the others' count,
                // not the subject's.
                let the_others = {
                    let before: String = chars[q.start.saturating_sub(3).max(clause.start)..q.start].iter().collect();
                    ["其他", "其余", "其它", "另外"].iter().any(|w| before.ends_with(w))
                };
                // 将降息0.25个百分点, 可能让生产力成长1.8个百分点, 比对手高出10个
                // 百分点: a change in percentage points is the subject's own only
                // when the clause reports it, not a forecast, a scenario or a
                // gap to someone else.
                let pp_unreported = q.unit == "pp" && {
                    let before: String = chars[clause.start..q.start].iter().collect();
                    crate::cues::PP_UNREPORTED_WORDS.iter().any(|w| before.contains(w))
                };
                if q.range
                    || !q.marked
                    || per
                    || pp_unreported
                    || the_others
                    || formula
                    || span_of_time
                    || window
                    || trading_days
                    || compared_away(&chars, clause.start, q)
                {
                    continue;
                }
                if unpaired_after.is_some_and(|at| q.start > at) {
                    continue;
                }
                last_figure = Some((sentence.index, None));
                let respective_subject = respective.iter().find(|(start, _)| *start == q.start).map(|(_, s)| *s);
                let respective_period =
                    respective_periods.iter().find(|(start, _)| *start == q.start).map(|(_, p)| p.clone());
                // 超过60家企业宣布接入DeepSeek: how many firms took a model
                // up is a figure of the model.
                let cx = ClauseContext {
                    chars: &chars,
                    members: &members,
                    mentions,
                    offset: sentence.span.start,
                    start: clause.start,
                    end: clause.end,
                };
                let adopted = adopted_by(&cx, q)
                    .or_else(|| acquired(&cx, q))
                    .or_else(|| caused(&cx, q))
                    .or_else(|| made_model(&cx, q));
                let modified = modified_name(&chars, &members, mentions, words, sentence.span.start, q);
                // 排名第二的是乐事的广告: a rank that 的 ties to what follows is
                // that name's or no one's.
                if q.unit == "rank" && chars.get(q.end) == Some(&'的') && modified.is_none() {
                    continue;
                }
                let Some(subject) = respective_subject
                    .or_else(|| bracket_named(&chars, &members, mentions, sentence.span.start, q))
                    .or(adopted)
                    .or(modified)
                    .or_else(|| counted_name(&chars, &members, mentions, sentence.span.start, q))
                    .or_else(|| {
                        named_after_figure(
                            &chars,
                            &quantities,
                            &members,
                            mentions,
                            sentence.span.start,
                            clause.start,
                            q,
                        )
                    })
                    .or(head)
                else {
                    continue;
                };
                // 国泰君安、广发证券等9家券商, 发布了A、B共计17款大模型: a
                // figure right after a list counts the list, not its last
                // member; it is the clause's subject's when one stands
                // before the list, and no one's otherwise.
                let subject = match list_total_owner(&chars, mentions, &candidates, sentence.span.start, subject, q) {
                    _ if adopted.is_some() => subject,
                    Some(owner) => owner,
                    None => continue,
                };
                // 嘉兴蓝驰持有青云科技289万股, 桥水持有的拼多多股票市值1.21亿
                // 美元: shares, stake and value after a firm held are the
                // holder's, named before it in the clause; a holder not known
                // (清控银杏持有…) or a group (A和B合计持有…) gets none. The
                // firm's own price (均价73元/股, 每股1.75港元) stays its own.
                let per_share = {
                    let after: String = chars[q.end.min(chars.len())..].iter().take(2).collect();
                    let before: String = chars[clause.start..q.start].iter().collect();
                    after.starts_with("/股")
                        || ["股价", "均价", "每股", "收报", "收盘"].iter().any(|w| before.contains(w))
                };
                let subject = match holder_of(&chars, mentions, &members, sentence.span.start, subject) {
                    _ if per_share => subject,
                    Some(holder) => holder,
                    None => continue,
                };
                let subject =
                    rated_firm(&chars, mentions, &members, sentence.span.start, subject, q, topic).unwrap_or(subject);
                // (No one named to hold the post: the firm worked at is no
                // subject of it either.)
                let subject = match tenure_holder(&chars, mentions, &members, sentence.span.start, clause.start, q) {
                    Some(Some(person)) => person,
                    Some(None) => continue,
                    None => subject,
                };
                // 恒生指数过去一个月累计上涨15%, 沪深两市全天成交额1.73万亿, 降息的
                // 概率为8.6%: what the clause measures after its subject is a
                // market aggregate or an economy's statistic, no entity's figure.
                let from = mentions[subject].span.start.max(abs(clause.start));
                if from < abs(q.start)
                    && crate::cues::AGGREGATE_SUBJECTS.iter().any(|w| {
                        doc.slice(Span::new(from, abs(q.start))).contains(w)
                            && !place_statistic(Some(&mentions[subject]), w)
                    })
                {
                    continue;
                }
                // 微软(MSFT.US)位列第三，持仓约6.84亿股，持仓市值约2883亿美元;
                // 基金对特斯拉的持股量从5.62万股增至12.15万股: a fund's position
                // in a stock it lists by ticker, or holds (对X的持股), is the
                // fund's, not the stock's.
                if held_position(&chars, mentions, sentence.span.start, clause.start, subject, q) {
                    continue;
                }
                // 三星和SK海力士合计占HBM市场超过90%: a pair's joint figure is
                // neither member's.
                if joint_figure(&chars, mentions, &members, sentence.span.start, subject, q) {
                    continue;
                }
                // 28岁的年轻人负责Meta的实验室, 享年95岁: an age is a person's,
                // and no firm's or body's the clause names.
                if is_age(&chars, q) && mentions[subject].kind != EntityType::Person {
                    continue;
                }
                // 该厂商的6nm、12nm芯片主要由台积电代工, 高通芯片推理能力可达50TOPS:
                // a process node, compute or clock is what a chip is; the firm
                // the clause names makes, uses or sells it and has no such figure.
                if mentions[subject].kind == EntityType::Company
                    && crate::cues::CHIP_SPEC_UNITS.contains(&q.unit.as_str())
                {
                    continue;
                }
                // (这家公司估计，它在2024年亏损50亿美元: a firm's own estimate
                // of a period already over is its figure.)
                let forecast = !reached(q)
                    && forecast_here.is_some_and(|who| {
                        !(who.is_some_and(|w| same_name(&mentions[w], &mentions[subject]))
                            && period.is_some_and(|p| is_past_year(&p.value, doc.dateline.as_deref())))
                    });
                let hedged = hedged()
                    || aimed_at(&chars, clause.start, q)
                    || after_target_price
                    || forecast
                    || goal_here
                    // (阿里巴巴宣布未来三年将投入超过3800亿元: a firm's stated
                    // plan to spend is its figure.)
                    || ahead_of_span(&chars, clause.start, q)
                        && !crate::cues::PLAN_SPENDING_WORDS.iter().any(|w| clause_text.contains(w))
                    || room_to_move(&chars, q);
                sentence_has_head = true;
                // 发行价：116.2港元: a label before a colon names what the
                // figure after it measures.
                let label_start = if chars[clause.start..q.start].iter().all(|c| c.is_whitespace())
                    && clause.start > 0
                    && matches!(chars[clause.start - 1], '：' | ':')
                {
                    let colon = clause.start - 1;
                    chars[..colon]
                        .iter()
                        .rposition(|&c| is_clause_break(c) || c.is_whitespace())
                        .map_or(0, |at| at + 1)
                        .max(colon.saturating_sub(8))
                } else {
                    clause.start
                };
                let context = doc.slice(Span::new(abs(label_start), abs(q.start)));
                let after = doc.slice(Span::new(abs(q.end.min(chars.len())), abs((q.end + 6).min(chars.len()))));
                let (metric, unit) = metric_and_unit(context, after, q);
                // 深流智算基于Qwen3-8B微调出问诊模型MedFlow-8B，…下载量超过3万次:
                // a product's measure (downloads, users, accuracy) after a
                // maker that made it in the sentence is the product's.
                let subject = if crate::cues::PRODUCT_METRICS.contains(&metric.as_str()) {
                    made_product(&chars, &members, mentions, sentence.span.start, subject, q).unwrap_or(subject)
                } else {
                    subject
                };
                // 净利润分别是-0.78亿元、0.32亿元: a profit below zero is a
                // loss of its size.
                let metric = if q.negative && metric == "profit" { "netLoss".to_string() } else { metric };
                // How big a model is holds whenever it is said; a release
                // month in the sentence is not its period.
                let static_metric = matches!(metric.as_str(), "parameters" | "activeParameters")
                    // A chip's memory, speed or process (80GB, 312 TFLOPS,
                    // 7nm) is what the chip is, not a period's figure.
                    || crate::cues::SPEC_UNITS.contains(&unit.as_str())
                    // and its bandwidth (600GB/s, 3.35TB/s).
                    || unit.strip_suffix("/s").is_some_and(|u| crate::cues::SPEC_UNITS.contains(&u))
                    // A context window (400万token的上下文) is what the model is.
                    || unit == "tokens" && (after.starts_with("的上下文") || after.starts_with("上下文"))
                    // An age (27岁的田丰今年…) or how long something has
                    // lasted (经营超过30年) is no period's figure.
                    || is_age(&chars, q)
                    || q.unit == "years";
                // 股价升2.2%, 贝达药业跌10.49%, 收盘报131.5港元: a trading-day
                // report's move or price is the reporting day's, which the
                // article names only in its dateline.
                // A run of limit-up sessions (六连板, 8天6板) stands as of the
                // reporting day too, as the gold files date it.
                let boards = matches!(q.unit.as_str(), "limit-up boards" | "consecutive limit-ups");
                let price_move = boards
                    || q.unit == "%"
                        && mentions[subject].kind == EntityType::Company
                        && moves_right_after(&chars, mentions[subject].span, sentence.span.start, q)
                    || (crate::cues::MARKET_DAY_WORDS.iter().any(|w| text.contains(w))
                        || listed_move(&chars, clause.start, q))
                        && (matches!(metric.as_str(), "stockPriceChange" | "sharePrice")
                            || q.unit == "%" && after_price_move(&chars, &quantities, clause.start, q));
                let metric = if price_move && q.unit == "%" { "stockPriceChange".to_string() } else { metric };
                // 蛇年以来股价涨逾三成: a move over a span is no day's.
                let day_of_report = doc
                    .dateline
                    .as_deref()
                    .filter(|_| price_move && !clause_text.contains("以来"))
                    .and_then(|d| d.get(0..7))
                    .map(str::to_string);
                let date = match own_period(&chars, &periods, clause.start, q).or(period) {
                    _ if static_metric => None,
                    _ if respective_period.is_some() => respective_period,
                    // (How many use it that day is that month's figure.)
                    Some(p)
                        if p.day
                            && mentions[subject].kind == EntityType::Model
                            && (matches!(metric.as_str(), "score" | "accuracy")
                                || matches!(unit.as_str(), "%" | "points" | "CNY" | "USD" | "HKD" | "TWD" | "EUR")) =>
                    {
                        None
                    }
                    // CVS升10%，第四季度收入超出预期，股价盘前上涨超8%: a move is
                    // the day's, not the quarter's an earlier clause reported.
                    // (截至第四季度末, an as-of date, dates what follows.)
                    Some(p)
                        if price_move
                            && p.value.contains("-Q")
                            && p.start < clause.start
                            && !chars[p.start.saturating_sub(2)..p.start]
                                .iter()
                                .collect::<String>()
                                .starts_with("截") =>
                    {
                        day_of_report
                    }
                    Some(p) => Some(p.value.clone()),
                    None if periods.is_empty()
                        && !price_move
                        && !crate::cues::RESULTS_OTHER_SPANS.iter().any(|w| text.contains(w)) =>
                    {
                        results_quarter
                            .as_ref()
                            .filter(|&&(firm, _)| same_name(&mentions[firm], &mentions[subject]))
                            .map(|(_, quarter)| quarter.clone())
                    }
                    None => day_of_report,
                };
                // 净亏损3550万美元，较上年同期的7830万美元: the figure of the same
                // period a year before.
                // (A multiple or a change against it, 为上年同期的2倍, is this
                // period's.)
                let year_ago = !matches!(q.unit.as_str(), "x" | "%") && {
                    let before: String = chars[q.start.saturating_sub(12).max(clause.start)..q.start].iter().collect();
                    ["上年同期", "去年同期", "上年度同期"].iter().any(|w| before.contains(w))
                };
                let date = match date {
                    None if periods.is_empty()
                        && (metric == "marketShare"
                            || unit == "rank"
                            || unit == "%" && (text.contains("份额") || text.contains("市占率"))) =>
                    {
                        market_period
                            .as_ref()
                            .filter(|(at, _)| at + 1 == sentence.index && !text.contains("一年前"))
                            .map(|(_, p)| p.clone())
                    }
                    date => date,
                };
                let date = match date {
                    None if periods.is_empty()
                        && !static_metric
                        && !price_move
                        && !latest_quote_of(&metric)
                        && unit != "rank" =>
                    {
                        carried_period(carried.as_ref(), mentions, subject, text)
                    }
                    date => date,
                };
                let date = match date {
                    Some(d) if year_ago => {
                        d.get(0..4).and_then(|y| y.parse::<i32>().ok()).map(|y| format!("{}{}", y - 1, &d[4..]))
                    }
                    date => date,
                };
                // 当前报收于43.28元, 最新市值为589.7亿元: the latest quote is the
                // dateline's, not the month an earlier clause named.
                let latest_quote = matches!(metric.as_str(), "sharePrice" | "marketCap") && {
                    let lead: String = chars[clause.start..q.start].iter().collect();
                    crate::cues::LATEST_QUOTE_WORDS.iter().any(|w| lead.contains(w))
                        && !periods.iter().any(|p| p.start >= clause.start && p.start < q.start)
                };
                let date = match doc.dateline.as_deref().and_then(|d| d.get(0..7)) {
                    Some(month) if latest_quote => Some(month.to_string()),
                    _ => date,
                };
                // 到2030年市场规模有望达到5155.9亿元, 2027年营收冲至345亿美元: a
                // figure for a year after the dateline's is a forecast or a
                // target, unless a firm states it as its plan to spend.
                let future = date
                    .as_deref()
                    .and_then(|d| d.get(0..4))
                    .zip(doc.dateline.as_deref().and_then(|d| d.get(0..4)))
                    .is_some_and(|(year, now)| year > now)
                    && crate::cues::LOOKING_AHEAD_WORDS.iter().any(|w| text.contains(w));
                let hedged = hedged || future && !stated_plan();
                // A half year (2024-H1) has no date a figure can carry.
                let date = date.filter(|d| !d.contains("-H"));
                last_figure = Some((sentence.index, Some(subject)));
                // 长盛轴承、五洲新春、福莱新材3家公司紧随其后，涨幅均超50%: a
                // figure said of each (均, 都) is every listed member's.
                // (Not a chip's process or memory, 三星和台积电都会在7nm节点….)
                let sharers = if static_metric {
                    Vec::new()
                } else {
                    each_of_list(&chars, mentions, &members, sentence.span.start, clause.start, subject, q)
                };
                for &other in &sharers {
                    out.push(FactCandidate {
                        subject: other,
                        metric: metric.clone(),
                        value: q.value,
                        unit: unit.clone(),
                        date: date.clone(),
                        sentence: sentence.index,
                        evidence: Span::new(abs(q.start), abs(q.end)),
                        rule: Rule::FACT_CLAUSE_SUBJECT,
                        confidence: if hedged { 0.4 } else { 0.75 },
                        hedged,
                    });
                }
                out.push(FactCandidate {
                    subject,
                    metric,
                    value: q.value,
                    unit,
                    // A model's score or price on the day it came out is
                    // what the model is, not that month's figure.
                    date,
                    sentence: sentence.index,
                    evidence: Span::new(abs(q.start), abs(q.end)),
                    rule: Rule::FACT_CLAUSE_SUBJECT,
                    confidence: if hedged { 0.4 } else { 0.75 },
                    hedged,
                });
            }
        }
        // The quarter goes on while sentences name no period; any other
        // period ends it. It starts where a clause names a quarter's results
        // as news with no figure of its own (第四季度营收超出预期): the
        // figures follow. A quarter that dates a figure of its clause
        // (2024年第四季度，营收占比超70%) dates that one only.
        if !periods.is_empty() {
            carried = carry_from(&periods, out, sentence.index, sentence.paragraph, doc.dateline.as_deref());
        }
        if !periods.is_empty() {
            let one_period = periods.iter().all(|p| p.value == periods[0].value && !p.day);
            // (Not a forecast's year: 预计到明年将有约100个设计进入市场.)
            let ahead = is_hedged(text)
                || doc
                    .dateline
                    .as_deref()
                    .and_then(|d| d.get(0..4))
                    .is_some_and(|now| periods[0].value.get(0..4).is_some_and(|year| year > now));
            market_period =
                (one_period && !ahead && crate::cues::MARKET_STATISTIC_WORDS.iter().any(|w| text.contains(w)))
                    .then(|| (sentence.index, periods[0].value.clone()));
            let quarters: Vec<&Period> = periods.iter().filter(|p| p.value.contains("-Q")).collect();
            let one_quarter = quarters.len() == periods.len()
                && quarters.iter().all(|p| p.value == quarters[0].value && !is_baseline(&chars, p));
            let headline = one_quarter
                && clauses(&chars).into_iter().any(|c| {
                    c.start <= quarters[0].start
                        && quarters[0].start < c.end
                        && !quantities.iter().any(|q| q.start >= c.start && q.start < c.end)
                        && {
                            let clause: String = chars[c.start..c.end].iter().collect();
                            crate::cues::RESULTS_WORDS.iter().any(|w| clause.contains(w))
                                && !crate::cues::RESULTS_GUIDANCE_WORDS.iter().any(|w| clause.contains(w))
                        }
                })
                && recently_closed(&quarters[0].value, doc.dateline.as_deref());
            results_quarter = head.filter(|_| headline).map(|firm| (firm, quarters[0].value.clone()));
        } else if crate::cues::RESULTS_OTHER_SPANS.iter().any(|w| text.contains(w)) {
            // 全年来自中国区的收入占比89.1%。…分别为8.9%、2%: the talk has
            // left the quarter.
            results_quarter = None;
        }
        // A sentence that names nothing passes its subject on only when it
        // said something about it (so a chain of figures stays with one
        // subject, but a paragraph of generalities does not).
        // A place is what a clause measures only where the clause opens
        // with it; the next sentence (商品：WTI原油期货…) is not its own.
        topic = if members.is_empty() && !sentence_has_head
            || head.is_some_and(|h| mentions[h].kind == EntityType::Place)
        {
            None
        } else {
            head
        };
    }
}

/// The firm a headline opens with when its stock code follows it
/// (`某科技-688001-…`, `某科技(00001.HK)：…`): the one the article covers.
fn covered_firm(doc: &Document, mentions: &[Mention]) -> Option<usize> {
    doc.title.as_ref()?;
    let first = doc.sentences.first()?;
    let i = super::sentence_members(mentions, first.index).next()?;
    let m = &mentions[i];
    let lead = doc.slice(Span::new(first.span.start, m.span.start));
    if m.kind != EntityType::Company || !lead.trim().is_empty() {
        return None;
    }
    let rest: Vec<char> = doc.slice(Span::new(m.span.end, first.span.end)).chars().take(12).collect();
    let code = |from: usize| rest.iter().skip(from).take_while(|c| c.is_ascii_digit()).count();
    let coded = match rest.first() {
        Some('-' | '－') => code(1) == 6 && matches!(rest.get(7), Some('-' | '－')),
        Some('(' | '（') => code(1) >= 4,
        _ => false,
    };
    coded.then_some(i)
}

/// `clause` without the 计划 that name a programme something is given to
/// (为“机器人行动计划”拨款, 为研发资助计划提供): a noun, no plan of the giver.
fn beneficiary_plans_named(clause: &str) -> std::borrow::Cow<'_, str> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        regex::Regex::new(r"(为[^，。；,;为将拟]{1,24})计划([”》」]?(?:提供|拨款|拨付|资助))")
            .expect("the pattern compiles")
    });
    re.replace_all(clause, "$1项目$2")
}

/// A股成交额接近两万亿, 全市场ETF净流出: a lead that opens with a whole
/// market; not a firm's listing (港股上涨3.69%, 港股的股价).
fn market_lead(lead: &str) -> bool {
    let rest = after_time_words(lead);
    crate::cues::FACT_MARKET_LEADS.iter().any(|w| {
        rest.strip_prefix(w).is_some_and(|after| {
            !["的股价", "股价", "上涨", "下跌", "涨", "跌", "开盘", "收报", "报", "累计", "年内"]
                .iter()
                .any(|v| after.starts_with(v))
        })
    })
}

/// What follows the time words that open a lead (2024年Q4, 截至目前, 去年全年).
fn after_time_words(lead: &str) -> &str {
    let mut rest = lead.trim_start();
    loop {
        let before = rest.len();
        rest = rest
            .trim_start_matches(|c: char| c.is_ascii_digit() || c.is_whitespace() || "年月日号底末初第".contains(c));
        if let Some(q) = rest.strip_prefix(['Q', 'H']).filter(|r| r.starts_with(|c: char| c.is_ascii_digit())) {
            rest = q;
        }
        if let Some(w) = crate::cues::FACT_LEADING_TIME_WORDS.iter().find(|w| rest.starts_with(*w)) {
            rest = &rest[w.len()..];
        }
        rest = rest.trim_start_matches(['，', ',', '、']);
        if rest.len() == before {
            return rest;
        }
    }
}

/// 该公司第四季度营收…, 目前公司的…, 但其海外…: a lead that points back to
/// the firm that reports.
fn points_back(lead: &str) -> bool {
    let rest = after_time_words(lead);
    let rest = ["但", "而", "并", "且", "同时", "此外"].iter().find_map(|w| rest.strip_prefix(w)).unwrap_or(rest);
    let rest = after_time_words(rest);
    // 其中, 其他, 其余: a part or the rest of something, no pointer.
    !["其中", "其他", "其余", "其它"].iter().any(|w| rest.starts_with(w))
        && crate::cues::FACT_REPORTER_POINTERS.iter().any(|w| rest.starts_with(w))
}

/// A lead that opens (after its time words) with a scope (全球, 我国, 行业)
/// and goes on with something other than a firm's own measure over it:
/// 我国数据中心…, 全球折叠屏手机市场出货量…, but not 全球销量, 海外APP端DAU.
fn scoped_lead(lead: &str) -> bool {
    let rest = after_time_words(lead);
    let Some(scope) = crate::cues::FACT_SCOPE_OPENERS.iter().find(|w| rest.starts_with(*w)) else { return false };
    let after = &rest[scope.len()..];
    // 全球总下载量, 中国区售价, 海外APP端DAU: a few letters or a word of
    // region may stand between.
    let own = crate::cues::FACT_SCOPED_OWN_METRICS.iter().any(|m| {
        after.find(m).is_some_and(|at| {
            let gap = &after[..at];
            gap.chars().count() <= 4
                && gap
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c.is_whitespace() || "总区端的地范围累计".contains(c))
        })
    });
    !own
}

/// Equinix宣布投资10亿美元, 微软向印尼投资17亿美元: an investor whose
/// money goes to no one named (a place, a project) spends it as its own
/// figure; 向OpenAI投资, 向其投资, 领投 give it to the one invested in.
fn invests_in_no_one(
    chars: &[char],
    members: &[usize],
    mentions: &[Mention],
    offset: usize,
    investor: usize,
    first_number: usize,
) -> bool {
    let end = mentions[investor].span.end - offset;
    if end >= first_number {
        return false;
    }
    let rest: String = chars[end..first_number].iter().collect();
    // The verb right after the name, or after 宣布 / 已 / a place it goes to
    // (向印尼): 投资人, 投资基金, 总投资 are nouns, and an investor named
    // further off is one of many.
    let place_after = members.iter().find(|&&o| {
        let m = &mentions[o];
        m.kind == EntityType::Place && m.span.start >= offset + end && m.span.start <= offset + end + 2
    });
    let lead = match place_after {
        Some(&p) => {
            let skip = mentions[p].span.end - offset - end;
            let head: String = chars[end..end + (mentions[p].span.start - offset - end)].iter().collect();
            if !["向", "在", "对"].contains(&head.as_str()) {
                return false;
            }
            rest.chars().skip(skip).collect::<String>()
        }
        None => rest.clone(),
    };
    let lead =
        ["宣布", "已", "将", "再次", "也", "还", "计划"].iter().find_map(|w| lead.strip_prefix(w)).unwrap_or(&lead);
    let Some(after) = ["投资", "注资", "出资", "投入"].iter().find_map(|v| lead.strip_prefix(v)) else {
        return false;
    };
    !after.starts_with(['人', '者', '方', '机', '基', '组', '公', '收', '回', '额', '项', '计', '的'])
}

/// A figure of a holding (持仓, 持股) whose subject is a stock listed by its
/// ticker (微软(MSFT.US)) or held (对特斯拉的持股).
fn held_position(
    chars: &[char],
    mentions: &[Mention],
    offset: usize,
    clause_start: usize,
    subject: usize,
    q: &Quantity,
) -> bool {
    let lead: String = chars[clause_start..q.start].iter().collect();
    if !["持仓", "持股"].iter().any(|w| lead.contains(w)) || lead.contains("持股价值") {
        return false;
    }
    let m = &mentions[subject];
    let (Some(start), Some(end)) = (m.span.start.checked_sub(offset), m.span.end.checked_sub(offset)) else {
        return false;
    };
    if end > chars.len() || end > q.start {
        return false;
    }
    let after: String = chars[end..].iter().take(12).collect();
    let ticker = after.starts_with(['(', '（'])
        && after.chars().skip(1).take_while(|c| !matches!(c, ')' | '）')).any(|c| c.is_ascii_uppercase())
        && (after.contains(".US") || after.contains(".HK") || after.contains(".N") || after.contains(".O"));
    let held = start > 0 && chars[start - 1] == '对' && after.starts_with("的持");
    ticker || held
}

/// A和B合计…N: the subject is the last of names joined by 和/与/及/、, and
/// a word of summing stands between it and the figure.
fn joint_figure(
    chars: &[char],
    mentions: &[Mention],
    members: &[usize],
    offset: usize,
    subject: usize,
    q: &Quantity,
) -> bool {
    let m = &mentions[subject];
    let (Some(start), Some(end)) = (m.span.start.checked_sub(offset), m.span.end.checked_sub(offset)) else {
        return false;
    };
    if end > q.start || start == 0 {
        return false;
    }
    let joined = matches!(chars[start - 1], '和' | '与' | '及' | '、' | '跟')
        || start >= 2 && chars[start - 1] == ' ' && matches!(chars[start - 2], '和' | '与' | '及' | '、' | '跟');
    let paired = joined
        && members.iter().any(|&o| {
            let e = mentions[o].span.end;
            o != subject && e <= m.span.start && m.span.start - e <= 2
        });
    let between: String = chars[end..q.start].iter().collect();
    paired && !between.contains(is_clause_break) && crate::cues::JOINT_WORDS.iter().any(|w| between.contains(w))
}

/// 纳科诺尔、易点天下和铖昌科技等公司…均被调研至少27次, 杭钢股份、梦网科技7连板: the other members of
/// the list the subject closes, when an adverb of "each" (均, 都, 皆) stands
/// between the subject and the figure.
fn each_of_list(
    chars: &[char],
    mentions: &[Mention],
    members: &[usize],
    offset: usize,
    clause_start: usize,
    subject: usize,
    q: &Quantity,
) -> Vec<usize> {
    let Some(n) = members.iter().position(|&m| m == subject) else { return Vec::new() };
    let Some(end) = mentions[subject].span.end.checked_sub(offset).filter(|&e| e <= q.start) else {
        return Vec::new();
    };
    // Between the subject and the figure: the adverb, as a word of its own
    // (not 平均, 人均, 均价, 都市), in the figure's clause.
    let from = end.max(clause_start.min(q.start));
    let between: Vec<char> = chars[from..q.start].to_vec();
    let each = between.iter().enumerate().any(|(i, &c)| {
        let prev = i.checked_sub(1).map(|j| between[j]);
        let next = between.get(i + 1).copied();
        crate::cues::EACH_ADVERBS.contains(&c)
            && !prev.is_some_and(|p| crate::cues::EACH_NOT_AFTER.contains(&p))
            && !next.is_some_and(|n| crate::cues::EACH_NOT_BEFORE.contains(&n))
    });
    // 杭钢股份、梦网科技7连板: a run of limit-ups right after a list is
    // each member's run.
    let boards = matches!(q.unit.as_str(), "limit-up boards" | "consecutive limit-ups");
    let each = each || boards && between.len() <= 4 && !between.iter().any(|&c| is_clause_break(c));
    // 分别尝试…, 其余公募…均少于80只: the figure is not each member's.
    let clause: String = chars[clause_start.min(q.start)..q.start].iter().collect();
    if !each || crate::cues::EACH_NOT_IN_CLAUSE.iter().any(|w| clause.contains(w)) {
        return Vec::new();
    }
    let mut run = Vec::new();
    let mut next = mentions[subject].span.start;
    for &o in members[..n].iter().rev() {
        let m = &mentions[o];
        if m.kind != mentions[subject].kind || m.span.end > next {
            break;
        }
        let gap: String = chars[m.span.end - offset..next - offset].iter().collect();
        if !crate::cues::LIST_SEPARATORS.contains(&gap.as_str()) {
            break;
        }
        run.push(o);
        next = m.span.start;
    }
    run
}

/// 27岁, 81歲: a figure of years of age.
/// 朱光是百度公关负责人，负责…长达十年之久; 他在OpenAI待了近十年: how many
/// years someone worked somewhere (a tenure word before the span) is the
/// person's, the last one the sentence names before it or, after 他/她
/// opening the clause, the last one named before (`Some(None)`: a tenure
/// whose person is not named).
fn tenure_holder(
    chars: &[char],
    mentions: &[Mention],
    members: &[usize],
    offset: usize,
    clause_start: usize,
    q: &Quantity,
) -> Option<Option<usize>> {
    if q.unit != "years" || is_age(chars, q) {
        return None;
    }
    let lead: String = chars[clause_start..q.start].iter().collect();
    if !crate::cues::TENURE_WORDS.iter().any(|w| lead.contains(w)) {
        return None;
    }
    let person = |i: &usize| mentions[*i].kind == EntityType::Person;
    let named = members.iter().copied().filter(|&i| mentions[i].span.end <= offset + q.start).rfind(|i| person(i));
    let pointed = || {
        lead.trim_start()
            .starts_with(['他', '她'])
            .then(|| mentions_before(mentions, offset + clause_start).find(person))
    };
    Some(named.or_else(|| pointed().flatten()))
}

fn is_age(chars: &[char], q: &Quantity) -> bool {
    matches!(chars[q.start..q.end.min(chars.len())].last(), Some('岁' | '歲'))
}

/// The clause a figure stands in, as the subject finders ([`adopted_by`],
/// [`acquired`], [`caused`], [`made_model`]) read it: the sentence's chars
/// and the names in it, where the sentence starts in the document
/// (`offset`), and the clause's bounds in the sentence's chars.
struct ClauseContext<'a> {
    chars: &'a [char],
    members: &'a [usize],
    mentions: &'a [Mention],
    offset: usize,
    start: usize,
    end: usize,
}

/// 超过60家企业宣布接入DeepSeek, 9家券商完成DeepSeek本土化部署: a count of
/// firms whose verb is taking up what is named next (in the same clause,
/// words apart) counts that thing's adopters.
fn adopted_by(cx: &ClauseContext, q: &Quantity) -> Option<usize> {
    let &ClauseContext { chars, members, mentions, offset, end: clause_end, .. } = cx;
    let rest = &chars[q.end.min(chars.len())..clause_end.max(q.end).min(chars.len())];
    let counted = rest.iter().skip_while(|c| "余多".contains(**c)).collect::<String>();
    let figure: String = chars[q.start..q.end.min(chars.len())].iter().collect();
    if !crate::cues::ADOPTER_MEASURES.iter().any(|w| counted.starts_with(w) || figure.ends_with(w)) {
        return None;
    }
    let next = members.iter().copied().find(|&i| {
        let at = mentions[i].span.start;
        at >= offset + q.end && at < offset + clause_end
    })?;
    if !matches!(mentions[next].kind, EntityType::Model | EntityType::Product | EntityType::Company) {
        return None;
    }
    // 采用了阿里云的AI基础模型通义千问: the owner's thing named after 的.
    let owned = members.iter().copied().find(|&i| {
        let (at, end) = (mentions[i].span.start, mentions[next].span.end);
        at > end
            && at < offset + clause_end
            && chars.get(end - offset) == Some(&'的')
            && at - end <= 12
            && matches!(mentions[i].kind, EntityType::Model | EntityType::Product)
    });
    let between: String = chars[q.end..mentions[next].span.start - offset].iter().collect();
    let between = between.trim_end().trim_end_matches('了');
    let after: String = chars[(mentions[next].span.end - offset).min(clause_end)..clause_end].iter().take(8).collect();
    // 9家券商完成DeepSeek本土化部署: the verb may close the object.
    let verb = crate::cues::ADOPTION_VERBS.iter().any(|v| between.ends_with(v))
        || between.ends_with("完成") && crate::cues::ADOPTION_VERBS.iter().any(|v| after.contains(v));
    (verb && between.chars().count() <= 16).then_some(owned.unwrap_or(next))
}

/// 阿斯利康以12亿美元收购亘喜生物, 提出以974亿美元收购控制OpenAI的非营利
/// 组织: the price of a takeover is the deal's for the firm taken over,
/// named after the verb in the clause, not the buyer's figure.
fn acquired(cx: &ClauseContext, q: &Quantity) -> Option<usize> {
    let &ClauseContext { chars, members, mentions, offset, end: clause_end, .. } = cx;
    // 以974亿美元（近7600亿港元）提出全购OpenAI: the figure in brackets
    // converts the price before it, and stands where that one does.
    let (start, end) = converted_price(chars, q).unwrap_or((q.start, q.end));
    let before: String = chars[start.saturating_sub(5)..start].iter().collect();
    let before = before.trim_end();
    if !crate::cues::TAKEOVER_PRICE_OPENERS.iter().any(|w| before.ends_with(w)) {
        return None;
    }
    // (A bracketed conversion after the price stands outside its words.)
    let end = aside_end(chars, end).unwrap_or(end);
    let after: String = chars[end.min(clause_end)..clause_end.max(end)].iter().take(10).collect();
    let verb_at = crate::cues::TAKEOVER_VERBS.iter().filter_map(|v| after.find(v).map(|at| at + v.len())).min()?;
    // Only a price's words between (的价格, 的天价, 现金, 组团), and
    // adverbs (的交易再次进行收购).
    let words = ["再次", "进行", "再度"].iter().fold(after[..verb_at].to_string(), |a, w| a.replace(w, ""));
    if words.chars().count() > 7 {
        return None;
    }
    let verb_end = end + after[..verb_at].chars().count();
    let firm = |from: usize, within: usize| {
        members.iter().copied().find(|&i| {
            let m = &mentions[i];
            m.span.start >= offset + from
                && m.span.start < offset + clause_end
                && m.span.start - (offset + from) <= within
                && matches!(m.kind, EntityType::Company | EntityType::Organization | EntityType::Product)
        })
    };
    // 之后X以69亿美元的交易再次进行收购并私有化了该公司: the firm taken
    // over is the one the pronoun points back to, named first in the
    // sentence before the buyer.
    let Some(taken) = firm(verb_end, 14) else {
        let rest: String = chars[verb_end.min(clause_end)..clause_end.max(verb_end)].iter().take(12).collect();
        if !crate::cues::TAKEN_FIRM_PRONOUNS.iter().any(|w| rest.contains(w)) {
            return None;
        }
        let company = |i: usize| mentions[i].kind == EntityType::Company;
        let buyer = members.iter().copied().rfind(|&i| company(i) && mentions[i].span.end <= offset + start)?;
        // (The sentence's first firm, its topic: SailPoint曾在纽约证券交易所
        // 交易，之后…收购了该公司.)
        return members.iter().copied().find(|&i| {
            company(i)
                && mentions[i].span.end <= mentions[buyer].span.start
                && !same_name(&mentions[i], &mentions[buyer])
        });
    };
    // 收购ChatGPT的母公司OpenAI: the name after 的 and a word of kin heads.
    let end = mentions[taken].span.end - offset;
    if chars.get(end) == Some(&'的') {
        if let Some(head) = firm(end + 1, 6) {
            return Some(head);
        }
    }
    Some(taken)
}

/// Where a bracket right at `at` closes (spaces before it allowed):
/// 974亿美元（近7600亿港元）… → after the `）`.
fn aside_end(chars: &[char], at: usize) -> Option<usize> {
    let open = at + chars.get(at..)?.iter().take_while(|c| **c == ' ').count();
    if !matches!(chars.get(open), Some('（' | '(')) {
        return None;
    }
    let close = chars[open..].iter().take(24).position(|&c| matches!(c, '）' | ')'))?;
    Some(open + close + 1)
}

/// 974亿美元（近7600亿港元）: where the figure that a bracketed figure
/// converts starts, and where the bracket closes.
fn converted_price(chars: &[char], q: &Quantity) -> Option<(usize, usize)> {
    let open = chars[q.start.saturating_sub(3)..q.start]
        .iter()
        .rposition(|&c| matches!(c, '（' | '('))
        .map(|at| q.start.saturating_sub(3) + at)?;
    if !chars[open + 1..q.start].iter().all(|c| "近约約逾超~ ".contains(*c)) {
        return None;
    }
    let figure_char = |c: char| c.is_ascii_digit() || ".,，亿億万萬千百美元港台币幣人民欧歐日 ".contains(c);
    let walked = chars[open.saturating_sub(14)..open].iter().rev().take_while(|c| figure_char(**c)).count();
    if walked == 0 || !chars[open - walked..open].iter().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let close = aside_end(chars, open)?;
    // (The price's first digit: walk on over what is no figure's char.)
    let start = open - walked + chars[open - walked..open].iter().take_while(|c| !c.is_ascii_digit()).count();
    Some((start, close))
}

/// DeepSeek的流行使得英伟达的市值缩水了近6000亿美元, 令苹果股价下跌3%: the
/// name right after a causative word, before the figure in its clause, is
/// what the figure is about.
fn caused(cx: &ClauseContext, q: &Quantity) -> Option<usize> {
    let &ClauseContext { chars, members, mentions, offset, start: clause_start, .. } = cx;
    members.iter().copied().rev().find(|&i| {
        let m = &mentions[i];
        let Some(rel) = m.span.start.checked_sub(offset) else { return false };
        if rel < clause_start || m.span.end > offset + q.start || !can_be_subject(m, false) {
            return false;
        }
        let before: String = chars[clause_start..rel].iter().collect();
        let before = before.trim_end();
        crate::cues::CAUSATIVE_WORDS.iter().any(|w| {
            before.strip_suffix(w).is_some_and(|rest| {
                !rest.ends_with(crate::cues::CAUSATIVE_FALSE_BEFORE)
                    // (促使 holds 使: the word is 促使, not 促 + 使.)
                    && (*w != "使" || !rest.ends_with(['促', '致']))
            })
        })
    })
}

/// 以不到50美元的价格训练出的新模型s1-32B, 耗资600万美元开发的GPT-X: the
/// figures of a phrase that a verb of making and 的 close before a model's
/// name (a short word of kind between) are the model's.
fn made_model(cx: &ClauseContext, q: &Quantity) -> Option<usize> {
    let &ClauseContext { chars, members, mentions, offset, end: clause_end, .. } = cx;
    members.iter().copied().find(|&i| {
        let m = &mentions[i];
        let Some(rel) = m.span.start.checked_sub(offset) else { return false };
        if m.kind != EntityType::Model || rel < q.end || rel >= clause_end {
            return false;
        }
        let gap: String = chars[q.end..rel].iter().collect();
        let gap = gap.trim_end();
        let gap = ["新模型", "大模型", "模型", "新"].iter().find_map(|w| gap.strip_suffix(w)).unwrap_or(gap);
        // (拥有30亿用户的Meta推出的…: a name between owns the figure.)
        let named_between = members.iter().any(|&o| {
            let n = &mentions[o];
            o != i && n.span.start >= offset + q.end && n.span.end <= m.span.start
        });
        gap.strip_suffix('的').is_some_and(|g| {
            crate::cues::MAKING_VERBS.iter().any(|v| g.ends_with(v) && !["上线", "发表", "亮相", "面世"].contains(v))
        }) && !gap.contains(is_clause_break)
            && !named_between
    })
}

/// 取得NVIDIA 6万余枚高阶晶片, 采购华为2000台服务器: a maker between a verb
/// of getting and a count of its goods names their brand; who gets them is
/// the subject.
fn goods_brand(chars: &[char], clause_start: usize, rel: usize, end: usize) -> bool {
    let before: String = chars[clause_start..rel].iter().collect();
    let before = before.trim_end().trim_end_matches('了');
    crate::cues::GOODS_GETTING_VERBS.iter().any(|v| before.ends_with(v)) && goods_count_after(chars, end, false)
}

/// Whether a count of pieces of hardware follows `end` (20万颗, `：10,000
/// 颗` after a colon when `colon`).
fn goods_count_after(chars: &[char], end: usize, colon: bool) -> bool {
    let after: String = chars[end.min(chars.len())..].iter().take(16).collect();
    let mut after = after.trim_start();
    if colon {
        let Some(rest) = after.strip_prefix(['：', ':']) else { return false };
        after = rest.trim_start();
    }
    let count =
        after.trim_start_matches(|c: char| c.is_ascii_digit() || ",.万千百亿余多一二两三四五六七八九十 ".contains(c));
    count.len() < after.len() && crate::cues::GOODS_MEASURES.iter().any(|w| count.starts_with(w))
}

/// 在阿里巴巴的持股比例增加了18%: the firm a stake is in (after 在 that
/// opens the clause) is what is held; the holder named before goes on.
fn stake_in(chars: &[char], clause_start: usize, rel: usize, end: usize) -> bool {
    let before: String = chars[clause_start..rel].iter().collect();
    let after: String = chars[end.min(chars.len())..].iter().take(4).collect();
    before.trim() == "在" && crate::cues::STAKE_WORDS.iter().any(|w| after.starts_with(w))
}

/// 美国银行援引EPFR的数据: who quotes another's data reports it; neither
/// the quoter nor the source is what the figures are about.
fn quotes_next(chars: &[char], end: usize) -> bool {
    let after: String = chars[end.min(chars.len())..].iter().take(4).collect();
    crate::cues::FACT_QUOTING_VERBS.iter().any(|w| after.trim_start().starts_with(w))
}

/// 这家科技公司及其母公司Thoma Bravo将出售6000万股: the kin joined to the
/// subject after 及其 acts with it; the figure is the subject's.
fn joined_kin(chars: &[char], clause_start: usize, rel: usize) -> bool {
    let before: String = chars[clause_start..rel].iter().collect();
    crate::cues::KIN_JOINERS.iter().any(|w| before.trim_end().ends_with(w))
}

/// A list line `- A100：10,000颗`: a chip or product listed with how many
/// of it are held is what is counted; the holder is the one the text was
/// about.
fn goods_listed(chars: &[char], m: &Mention, offset: usize) -> bool {
    matches!(m.kind, EntityType::Product | EntityType::Model)
        && m.span.end >= offset
        && goods_count_after(chars, m.span.end - offset, true)
}

/// 参数量达720亿的Qwen2.5-72B, 日活超过3000万的元宝App: a figure in a
/// phrase that 的 closes before a name (a short descriptor such as 新模型
/// may stand between) is that name's.
/// The name must head its phrase: 73%的iPhone用户 is about users, 1.7亿的
/// 美国用户 about a place's users (a noun after the name makes it a
/// modifier; 模型 after V3 is its kind).
fn modified_name(
    chars: &[char],
    members: &[usize],
    mentions: &[Mention],
    words: &[Token],
    offset: usize,
    q: &Quantity,
) -> Option<usize> {
    members.iter().copied().find(|&i| {
        let m = &mentions[i];
        if matches!(m.kind, EntityType::Sector | EntityType::Place | EntityType::Technology)
            || m.span.start < offset + q.end
        {
            return false;
        }
        let next = words.iter().find(|t| t.span.start >= m.span.end && !t.text.trim().is_empty());
        let modifier = next.is_some_and(|t| {
            t.span.start - m.span.end <= 1
                && (t.pos.starts_with('n') || t.pos == "eng" || t.pos == "vn")
                && !matches!(t.text.as_str(), "模型" | "大模型" | "新模型" | "系列")
        });
        if modifier {
            return false;
        }
        let between = &chars[q.end..(m.span.start - offset).min(chars.len())];
        let Some(de) = between.iter().position(|&c| c == '的') else { return false };
        let descriptor: String = between[de + 1..].iter().collect();
        // 16384块更强的H100, 140个国家和地区的App Store: a count of pieces
        // or of another noun is not a figure of the name after it.
        let counted = chars[q.start..q.end.min(chars.len())]
            .last()
            .into_iter()
            .chain(between.first())
            .any(|c| "块张颗枚台个".contains(*c));
        // 27岁的开发工程师田丰: a person's age, a post between.
        let age = m.kind == EntityType::Person
            && de == 0
            && between.len() <= 9
            && is_age(chars, q)
            // (38 岁的 Sutskever: a space may stand before a Latin name.)
            && between[1..].iter().all(|c| c.is_whitespace() || ('\u{4e00}'..='\u{9fff}').contains(c) && *c != '的');
        if age {
            return true;
        }
        between.len() <= 10
            && de <= 5
            && !counted
            && !between.iter().any(|c| matches!(c, ',' | '，' | '。' | ';' | '；' | ':' | '：' | '、' | ')' | '）'))
            && (crate::cues::DESCRIPTORS_BEFORE_NAME.contains(&descriptor.as_str())
                // 支持100万Tokens的长文本模型Qwen2.5-1M: a kind of model.
                || descriptor.ends_with("模型") && descriptor.chars().count() <= 6)
    })
}

/// The members a list of short names before 分别 stands for (电信、移动、
/// 联通涨幅 → 中国电信, 中国移动, 中国联通): each item is the end of a
/// name said before `before`, the latest (the last item runs on into the
/// metric). Empty unless every item names a member, two or more.
fn short_names(lead: &[char], mentions: &[Mention], before: usize) -> Vec<usize> {
    let items: Vec<&[char]> = lead.split(|c| matches!(c, '、' | '和' | '及' | '与')).collect();
    if items.len() < 2 {
        return Vec::new();
    }
    let mut out: Vec<usize> = Vec::new();
    for (n, item) in items.iter().enumerate() {
        let last = n + 1 == items.len();
        let found = (0..mentions.len()).filter(|&i| mentions[i].span.end <= before).rfind(|&i| {
            let name: Vec<char> = mentions[i].text.chars().collect();
            (2..name.len()).any(|k| {
                let tail = &name[name.len() - k..];
                if last {
                    item.starts_with(tail) && item.len() > k
                } else {
                    *item == tail
                }
            })
        });
        match found {
            Some(i) if !out.iter().any(|&o| mentions[o].text == mentions[i].text) => out.push(i),
            _ => return Vec::new(),
        }
    }
    out
}

fn clauses(chars: &[char]) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut start = 0;
    let mut depth = 0i32;
    for (i, &c) in chars.iter().enumerate() {
        match c {
            // 《封神第二部：战火西岐》: a colon inside a title splits no
            // clause (the title is one name).
            '(' | '（' | '《' => depth += 1,
            ')' | '）' | '》' => depth -= 1,
            _ if depth <= 0 && is_clause_break(c) => {
                spans.push(Span::new(start, i));
                start = i + 1;
            }
            _ => {}
        }
    }
    if start < chars.len() {
        spans.push(Span::new(start, chars.len()));
    }
    spans
}

/// 2025年目标生产1万台, 目标估值3400亿美元, 销量目标突破2万台: a goal a
/// firm or a plan sets is no figure the text states as reached. 目标 before
/// the figure in its clause (not 此目标, which points back to a goal met, nor
/// 达到目标). An analyst's target price (目标价430美元) is a figure the gold
/// files keep: it states the analyst's rating now, not a goal.
fn aimed_at(chars: &[char], clause_start: usize, q: &Quantity) -> bool {
    let before: String = chars[clause_start..q.start].iter().collect();
    before.match_indices("目标").any(|(at, w)| {
        let pointed = ["此", "该", "这一", "这个", "人生"].iter().any(|p| before[..at].ends_with(p));
        let reached = ["达到", "实现", "完成", "达成"].iter().any(|v| before[..at].ends_with(v));
        let price = ["价", "股价"].iter().any(|p| before[at + w.len()..].starts_with(p));
        !pointed && !reached && !price
    })
}

/// 未来3年将推出35款, 未来五年将投入: what a firm will do over a span of
/// time still to come is a plan, whatever year the clause names.
fn ahead_of_span(chars: &[char], clause_start: usize, q: &Quantity) -> bool {
    let before: String = chars[clause_start..q.start].iter().collect();
    before.match_indices("未来").any(|(at, w)| {
        let rest = before[at + w.len()..]
            .trim_start_matches(|c: char| c.is_ascii_digit() || "一二两三四五六七八九十几数个".contains(c));
        ["年", "月", "季度", "周", "天"].iter().any(|u| rest.starts_with(u)) && rest.contains('将')
    })
}

fn opens_with_title(chars: &[char], clause_start: usize) -> bool {
    chars[clause_start..].iter().find(|c| !c.is_whitespace()) == Some(&'《')
}

/// Whether the lead of a clause (up to its first figure) holds a whole
/// title in 《》 that no mention covers whole (`named(from, to)`, sentence
/// positions): 机器学习 inside 《机器学习：概率视角》 does not name it.
fn untold_title(
    chars: &[char],
    clause_start: usize,
    first_number: usize,
    named: impl Fn(usize, usize) -> bool,
) -> bool {
    let end = first_number.min(chars.len());
    let mut at = clause_start;
    while let Some(open) = chars[at..end].iter().position(|&c| c == '《').map(|p| at + p) {
        let Some(close) = chars[open..end].iter().position(|&c| c == '》').map(|p| open + p) else {
            return false;
        };
        if close > open + 1 && !named(open + 1, close) {
            return true;
        }
        at = close + 1;
    }
    false
}

/// 暗示了接近23%的下行空间: the room a price has to move is no move made.
fn room_to_move(chars: &[char], q: &Quantity) -> bool {
    let after: String = chars[q.end.min(chars.len())..].iter().take(6).collect();
    let after = after.strip_prefix('的').unwrap_or(&after);
    crate::cues::FACT_POTENTIAL_ROOM.iter().any(|w| after.starts_with(w))
}

/// 华泰证券预测，/ 分析师普遍预计：/ 市场预期，: a clause that ends with
/// a word of forecasting (not 超预期, 低于预期: a comparison with one).
/// `Some(true)` when the clause may name who forecasts.
fn forecasting(clause: &str) -> Option<bool> {
    let t = clause.trim().trim_end_matches([':', '：', ' ']);
    let t = ["称", "显示", "认为", "指出", "表示"].iter().find_map(|w| t.strip_suffix(w)).unwrap_or(t);
    let verb = crate::cues::FACT_FORECAST_VERBS.iter().find(|v| t.ends_with(*v))?;
    let before = &t[..t.len() - verb.len()];
    // 好于市场预期, 超出了预期, 超出该行预期: the comparison stands a few
    // words before.
    let near: String = before.chars().rev().take(6).collect::<Vec<_>>().into_iter().rev().collect();
    let compared = crate::cues::FACT_EXPECTATION_COMPARISONS.iter().any(|w| near.contains(w));
    (!compared).then_some(!before.is_empty())
}

fn can_be_subject(m: &Mention, market: bool) -> bool {
    // (The platform a figure is posted on, 在X平台发文称, is not what it is
    // about.)
    if m.rule == Rule::PATTERN_POSTING_PLATFORM {
        return false;
    }
    match m.kind {
        EntityType::Place => market,
        // People say figures; the figures are about what they run.
        EntityType::Sector | EntityType::Technology | EntityType::Benchmark | EntityType::Person => false,
        _ => true,
    }
}

/// What follows a name once its stock code in brackets is dropped:
/// `(02158.HK)、` → `、`, `（00241）及` → `及`.
fn without_stock_code(text: &str) -> &str {
    // 涂鸦智能-W(02391.HK): a share-class mark may stand before the code.
    let t = text.trim_start();
    let t = t
        .strip_prefix('-')
        .map(|r| r.trim_start_matches(|c: char| c.is_ascii_uppercase()))
        .filter(|r| r.len() + 3 >= t.len())
        .unwrap_or(t);
    let Some(rest) = t.strip_prefix(['(', '（']) else { return text };
    let Some(close) = rest.find([')', '）']) else { return text };
    let code = &rest[..close];
    if code.is_empty() || !code.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | ' ' | ':' | '-')) {
        return text;
    }
    &rest[close + rest[close..].chars().next().map_or(0, char::len_utf8)..]
}

/// 02158 in 医渡科技(02158.HK)、金山云: the digits of a stock code in
/// brackets after a name that a list goes on from. (A code that closes the
/// clause's only name, 理士國際（0842）獲聯交所批准…, still bounds the
/// subject: the firm quoted is what the clause is about.)
fn in_stock_code(chars: &[char], q: &Quantity) -> bool {
    bracketed_code(chars, q)
        .is_some_and(|close| chars.get(close + 1).is_some_and(|n| matches!(n, '、' | '和' | '及' | '与')))
}

/// Whether `q` is a count (家, 个, 款…) right after a name that closes a
/// list (A、B、C3家公司): it counts the names listed.
fn counts_a_list(chars: &[char], members: &[usize], mentions: &[Mention], offset: usize, q: &Quantity) -> bool {
    let counted = chars[q.start..q.end.min(chars.len())]
        .iter()
        .rev()
        .find(|c| !c.is_whitespace())
        .is_some_and(|c| "家个只款位名项所".contains(*c));
    let mut at = q.start.min(chars.len());
    while at > 0 && chars[at - 1].is_whitespace() {
        at -= 1;
    }
    counted
        && members.iter().any(|&i| {
            let m = &mentions[i];
            m.span.end >= offset
                && m.span.start >= offset
                && m.span.end - offset == at
                && (m.span.start - offset).checked_sub(1).is_some_and(|b| matches!(chars[b], '、' | '和' | '及' | '与'))
        })
}

/// 12GB+256GB, 16GB+1TB, 20GB内存+24GB显存: memory and storage joined by a
/// plus name one configuration a product is sold or run in, not figures the
/// text states about it (a chip's own 80GB HBM3 stands alone).
fn memory_config(chars: &[char], q: &Quantity) -> bool {
    if !matches!(q.unit.as_str(), "GB" | "TB" | "MB") {
        return false;
    }
    let end = q.end.min(chars.len());
    let after: String = chars[end..].iter().take(8).collect();
    let after = after.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '内' | '存' | '显' | '运'));
    let plus_after =
        after.strip_prefix(['+', '＋']).is_some_and(|a| a.trim_start().starts_with(|c: char| c.is_ascii_digit()));
    let before: String = chars[..q.start.min(chars.len())].iter().collect();
    let before = before.trim_end();
    let plus_before = before.strip_suffix(['+', '＋']).is_some_and(|b| {
        let b = b.trim_end().trim_end_matches(['内', '存', '显', '运']);
        b.ends_with("GB") || b.ends_with("TB") || b.ends_with(|c: char| c.is_ascii_digit())
    });
    plus_after || plus_before
}

/// Whether `q` stands inside a ticker quote a site inserts after a listed
/// name: a bracket of three numbers, the last a percent (7.600, 0.47, 6.59%).
fn in_ticker_quote(chars: &[char], q: &Quantity) -> bool {
    let Some(open) = chars[..q.start.min(chars.len())].iter().rposition(|c| matches!(c, '(' | '（' | ')' | '）'))
    else {
        return false;
    };
    if !matches!(chars[open], '(' | '（') {
        return false;
    }
    let Some(close) = chars[open..].iter().position(|c| matches!(c, ')' | '）')).map(|p| open + p) else {
        return false;
    };
    if q.start >= close {
        return false;
    }
    let inside: String = chars[open + 1..close].iter().filter(|c| !c.is_whitespace()).collect();
    let parts: Vec<&str> = inside.split([',', '，']).collect();
    let number = |p: &str| {
        let p = p.trim_start_matches(['+', '-', '−']);
        !p.is_empty() && p.chars().all(|c| c.is_ascii_digit() || c == '.') && p.contains('.')
    };
    parts.len() == 3 && number(parts[0]) && number(parts[1]) && parts[2].strip_suffix('%').is_some_and(number)
}

/// Where the bracket closes when `q` is the digits of a code in brackets
/// (萬科（2202）, 医渡科技(02158.HK)).
fn bracketed_code(chars: &[char], q: &Quantity) -> Option<usize> {
    let code = |c: &char| c.is_ascii_alphanumeric() || matches!(c, '.' | ':' | ' ' | '-');
    let open = chars[..q.start].iter().rposition(|c| !code(c))?;
    let close = chars[q.start..].iter().position(|c| !code(c)).map(|p| q.start + p)?;
    (matches!(chars[open], '(' | '（') && matches!(chars[close], ')' | '）') && !q.marked).then_some(close)
}

/// 医脉通（+21%）、医渡科技（+19%）, 思科大升6% AppLovin飙升29%, 微软的560亿
/// 美元和Alphabet的530亿美元: a name that stands after an earlier figure of
/// the clause and right before this one (a bracket, 的 or a word of moving
/// between) is what this figure is about, not the clause's first name.
fn named_after_figure(
    chars: &[char],
    quantities: &[Quantity],
    members: &[usize],
    mentions: &[Mention],
    offset: usize,
    clause_start: usize,
    q: &Quantity,
) -> Option<usize> {
    // (A stock code, 萬科（2202）獲深鐵集團28億元, is no earlier figure.)
    let prev_end = quantities
        .iter()
        .filter(|p| p.start >= clause_start && p.end <= q.start && bracketed_code(chars, p).is_none())
        .map(|p| p.end)
        .max()?;
    let m = members.iter().copied().rfind(|&i| {
        let m = &mentions[i];
        m.span.start >= offset + prev_end && m.span.end <= offset + q.start && can_be_subject(m, false)
    })?;
    let (start, end) = (mentions[m].span.start - offset, mentions[m].span.end - offset);
    // The name follows the earlier figure as the next item of a run (、,
    // 和, a space, a closing bracket) or heads a relative clause (连续8天涨停
    // 的美格智能); not one deep in another phrase (推出媲美GPT-4的千亿参数…).
    let lead: String = chars[prev_end..start].iter().collect();
    let lead = lead.trim_matches(|c: char| "）)%％、，,;；和及与 ".contains(c));
    if lead.chars().count() > 2 && !lead.ends_with('的') {
        return None;
    }
    let before: String = chars[start.saturating_sub(3)..start].iter().collect();
    if ["比", "较", "于", "对", "向", "从", "给", "被", "据"].iter().any(|w| before.ends_with(w)) {
        return None;
    }
    let gap: String = chars[end..q.start].iter().collect();
    let gap = without_stock_code(&gap).trim();
    let gap = gap.trim_end_matches(['+', '＋', '-', '−']).trim_end();
    let ok = matches!(gap, "" | "（" | "(" | "的") || {
        let g = crate::cues::FACT_MOVE_LEADS.iter().find_map(|w| gap.strip_prefix(w)).unwrap_or(gap);
        let g = crate::cues::FACT_MOVE_TAILS.iter().find_map(|w| g.strip_suffix(w)).unwrap_or(g);
        crate::cues::FACT_MOVE_VERBS.contains(&g)
    };
    ok.then_some(m)
}

/// A、B和C上周走强，涨幅最低的也有16.36%（B）: a name alone in the brackets
/// right after a figure, one the sentence named before, is what the figure
/// is about (a source there, 年增8%（欧睿）, is named only there).
fn bracket_named(
    chars: &[char],
    members: &[usize],
    mentions: &[Mention],
    offset: usize,
    q: &Quantity,
) -> Option<usize> {
    if !matches!(chars.get(q.end), Some('（' | '(')) {
        return None;
    }
    members.iter().copied().find(|&i| {
        let m = &mentions[i];
        m.span.start == offset + q.end + 1
            && can_be_subject(m, false)
            && matches!(chars.get(m.span.end - offset), Some('）' | ')'))
            && members.iter().any(|&j| mentions[j].span.end <= offset + q.start && mentions[j].text == m.text)
    })
}

fn inside_brackets(chars: &[char], rel: usize) -> bool {
    // On the chars, not a String of everything before: this runs for every
    // candidate subject of every clause.
    chars[..rel].iter().rposition(|&c| c == '(').is_some_and(|open| !chars[open..rel].contains(&')'))
}

/// The subject a figure goes to when `subject` is a firm held in this
/// clause: the holder before it, or none; `subject` itself otherwise.
fn holder_of(
    chars: &[char],
    mentions: &[Mention],
    members: &[usize],
    sentence_start: usize,
    subject: usize,
) -> Option<usize> {
    // Only a firm named in this sentence: one carried over from before is
    // the topic, held or not.
    let Some(start) = mentions[subject].span.start.checked_sub(sentence_start).filter(|&s| s < chars.len()) else {
        return Some(subject);
    };
    // The clause the held firm is named in; the figure may follow in the
    // next (…持有青云科技289万股，占公司总股本的6.07%).
    let clause_start = chars[..start].iter().rposition(|&c| is_clause_break(c)).map_or(0, |at| at + 1);
    if !held(chars, clause_start, start) {
        return Some(subject);
    }
    let holder = members.iter().copied().rev().find(|&c| {
        let m = &mentions[c];
        m.span.end <= mentions[subject].span.start
            && m.span.start >= sentence_start + clause_start
            && can_be_subject(m, false)
    })?;
    let holder_start = mentions[holder].span.start - sentence_start;
    let holder_end = mentions[holder].span.end - sentence_start;
    let between: String = chars[holder_end..start].iter().collect();
    let grouped = between.contains("合计")
        || between.contains("共同")
        || holder_start > 0 && matches!(chars[holder_start - 1], '和' | '、' | '与' | '及');
    (!grouped).then_some(holder)
}

/// 持有青云科技, 增持了阿里巴巴, 持有的拼多多: the name is what is held.
fn held(chars: &[char], clause_start: usize, rel: usize) -> bool {
    let before: String = chars[clause_start..rel].iter().collect();
    let before = before.trim_end_matches(['了', '的']);
    crate::cues::FACT_HOLDING_VERBS.iter().any(|w| before.ends_with(w))
}

/// A name followed by its stock code in brackets: （0285）, (AAPL.US),
/// （688256.SH）.
fn names_a_listed_firm(lead: &str) -> bool {
    let chars: Vec<char> = lead.chars().collect();
    chars.iter().enumerate().any(|(i, &open)| {
        if i == 0 || !matches!(open, '（' | '(') || !chars[i - 1].is_alphanumeric() {
            return false;
        }
        let Some(len) = chars[i + 1..].iter().position(|&c| matches!(c, '）' | ')')) else { return false };
        let code: String = chars[i + 1..i + 1 + len].iter().collect();
        let (body, market) = code.split_once('.').unwrap_or((&code, ""));
        let digits = (4..=6).contains(&body.len()) && body.chars().all(|c| c.is_ascii_digit());
        let ticker =
            (1..=5).contains(&body.len()) && body.chars().all(|c| c.is_ascii_uppercase()) && !market.is_empty();
        (digits || ticker) && market.chars().all(|c| c.is_ascii_uppercase()) && market.len() <= 2
    })
}

/// The owner of a figure given right after a list (…等9家, …共计17款)
/// whose last member `subject` is: the clause's first candidate if it
/// stands outside the list, else none. Any other figure keeps `subject`.
fn list_total_owner(
    chars: &[char],
    mentions: &[Mention],
    candidates: &[usize],
    sentence_start: usize,
    subject: usize,
    q: &Quantity,
) -> Option<usize> {
    let lead: String = chars[..q.start].iter().collect();
    let lead = ["超过", "超", "逾", "近", "约", "多达"].iter().find_map(|w| lead.strip_suffix(w)).unwrap_or(&lead);
    let Some(closer) = ["等", "共计", "合计", "总计", "共"].iter().find(|w| lead.ends_with(*w)) else {
        return Some(subject);
    };
    let closer_at = lead.chars().count() - closer.chars().count();
    let m = &mentions[subject];
    let (start, end) = (m.span.start.saturating_sub(sentence_start), m.span.end.saturating_sub(sentence_start));
    if end > closer_at || closer_at - end > 6 || chars[end..closer_at].iter().any(|&c| is_clause_break(c)) {
        return Some(subject);
    }
    let joined = |at: usize| at > 0 && matches!(chars[at - 1], '、' | '和' | '及' | '与');
    let next_is_list = chars.get(end) == Some(&'、');
    if !joined(start) && !next_is_list {
        return Some(subject);
    }
    // 腾讯、华为等25家龙头企业, 石基信息等10余股: a list of firms counts
    // firms, which nothing before it in the clause owns.
    let counted =
        chars[q.start..].iter().find(|&&c| !(c.is_ascii_digit() || ".,+余多一二两三四五六七八九十百千万".contains(c)));
    if counted.is_some_and(|c| "家只所股位名".contains(*c)) {
        return None;
    }
    candidates
        .iter()
        .copied()
        .find(|&c| c != subject && !joined(mentions[c].span.start.saturating_sub(sentence_start)))
        .filter(|&c| {
            let c_end = mentions[c].span.end.saturating_sub(sentence_start);
            c_end < start && chars.get(c_end) != Some(&'、')
        })
}

/// 跌6.3%, 分别下跌1.3%及2.2%, 涨幅高达45.6%: a price-move word right before
/// the figure, or before the first figure of the list it closes.
fn after_price_move(chars: &[char], quantities: &[Quantity], clause_start: usize, q: &Quantity) -> bool {
    let mut start = q.start;
    while let Some(prev) = quantities.iter().rev().find(|p| p.end < start && p.start >= clause_start) {
        let gap: String = chars[prev.end..start].iter().collect();
        if !["、", "及", "和", "与"].contains(&gap.as_str()) {
            break;
        }
        start = prev.start;
    }
    let lead: String = chars[clause_start..start].iter().collect();
    // 涨幅分别为5.89%、1.17%, 跌幅为3%: a link word between the move and its
    // figure says no more than 涨5.89%.
    let mut lead = lead.as_str();
    while let Some(rest) = crate::cues::PRICE_MOVE_LINKS.iter().find_map(|w| lead.strip_suffix(w)) {
        lead = rest;
    }
    let lead =
        ["高达", "超过", "超", "逾", "近", "约", "达", "了"].iter().find_map(|w| lead.strip_suffix(w)).unwrap_or(lead);
    // 精度提升了6%: 提升 is a gain in anything; 股价升 a price's.
    // （+13.17%）: a signed change in a market report is the price's.
    (crate::cues::PRICE_MOVE_WORDS.iter().chain(crate::cues::FACT_MORE_PRICE_MOVE_WORDS).any(|w| lead.ends_with(w))
        || lead.ends_with('+'))
        && !lead.ends_with("提升")
}

/// 反观杭州，其GDP构成中…, 美国有1539家, 南京的制造业…集聚了1500余家企业:
/// a place that opens its clause and goes on with what it has or is is
/// what the clause measures; one after 在, or naming whose firms or users
/// (中国企业, 美国用户), is a modifier.
fn place_heads(chars: &[char], clause_start: usize, rel: usize, end: usize) -> bool {
    let lead: String = chars[clause_start..rel].iter().collect();
    let mut lead = after_time_words(lead.trim());
    while let Some(rest) = crate::cues::PLACE_LEAD_OPENERS.iter().find_map(|w| lead.strip_prefix(w)) {
        lead = after_time_words(rest);
    }
    let after: String = chars[end.min(chars.len())..].iter().take(6).collect();
    // 美国1月核心CPI: a period may follow; 英国15英镑以下的服装 is a
    // figure of goods there, and 日本：287亿美元 a label in someone's list.
    let dated = after.trim_start_matches(|c: char| c.is_ascii_digit()).starts_with(['年', '月']);
    lead.is_empty()
        && (after.is_empty()
            || dated
            || after.starts_with(is_clause_break) && !after.starts_with([':', '：'])
            || crate::cues::PLACE_OWN_STARTS.iter().any(|w| after.starts_with(w))
            || place_measure(chars, end))
}

/// 南京规上工业总产值突破1.5万亿元, 苏州生物医药产值…, 南京以1.85万亿GDP总量
/// 位列第10: a place that heads its clause and goes straight on with a
/// measure of its economy (or 以 and the figure) owns the figure. Not when
/// the words name whose firms or users are measured (美国科技公司投资…).
fn place_measure(chars: &[char], end: usize) -> bool {
    let rest = &chars[end.min(chars.len())..];
    let Some(figure) = rest.iter().take(16).position(|c| c.is_ascii_digit()) else {
        return false;
    };
    let words: String = rest[..figure].iter().collect();
    if words.chars().any(|c| is_clause_break(c) || c.is_whitespace()) {
        return false;
    }
    if words.starts_with('以') && words.chars().count() <= 2 {
        return true;
    }
    crate::cues::PLACE_MEASURE_NOUNS.iter().any(|w| words.contains(w))
        && !crate::cues::PLACE_MODIFIED_NOUNS.iter().any(|w| words.contains(w))
}

/// 美国1月核心CPI环比上涨0.4%, 杭州GDP构成中: an economy's statistic is
/// no firm's figure, but it is the figure of the place whose economy it is.
fn place_statistic(subject: Option<&Mention>, word: &str) -> bool {
    subject.is_some_and(|m| m.kind == EntityType::Place) && crate::cues::PLACE_STATISTICS.contains(&word)
}

/// A quarter over by the dateline, and ended at most half a year before
/// it: the results a firm reports now. (Q2 in a February article is the
/// next quarter's guidance or a fiscal quarter, not the one reported.)
fn recently_closed(quarter: &str, dateline: Option<&str>) -> bool {
    let parse = |d: &str| -> Option<i32> {
        let year: i32 = d.get(0..4)?.parse().ok()?;
        let month: i32 = match d.get(5..7)?.strip_prefix('Q') {
            Some(q) => q.parse::<i32>().ok()? * 3,
            None => d.get(5..7)?.parse().ok()?,
        };
        Some(year * 12 + month)
    };
    let (Some(end), Some(now)) = (parse(quarter), dateline.and_then(parse)) else { return false };
    end < now && now - end <= 6
}

/// Two mentions of one name (or of one dictionary entry).
fn same_name(a: &Mention, b: &Mention) -> bool {
    a.text == b.text || a.entry.is_some() && a.entry == b.entry
}

/// Biogen Inc (NASDAQ:BIIB)跌2%: a firm named with its exchange and ticker
/// is quoted as a stock, and a move after it is its price's on the day.
fn listed_move(chars: &[char], clause_start: usize, q: &Quantity) -> bool {
    let lead: String = chars[clause_start..q.start].iter().collect();
    lead.rfind([')', '）']).is_some_and(|close| {
        let inside = &lead[..close];
        inside.rfind(['(', '（']).is_some_and(|open| {
            let code = &inside[open..];
            code.contains([':', '：']) && code.chars().any(|c| c.is_ascii_uppercase())
                // 阿里健康(00241)涨8.64%, 寒武纪(688256.SH)跌5%: a bare
                // exchange code right before the move.
                || numeric_code(&code[code.chars().next().map_or(0, char::len_utf8)..])
                    && lead[close..].chars().count() <= 4
        })
    })
}

/// 安凯微跌超10%, 小鹏汽车盘前跌逾5%, 第2名特斯拉收跌3.39%: a percentage
/// right after a firm's name and a word a price moves by, and nothing else,
/// is its shares' move that trading day, even where the sentence names no
/// session (收盘, 盘中).
fn moves_right_after(chars: &[char], name: Span, offset: usize, q: &Quantity) -> bool {
    if name.start < offset || name.end > offset + q.start {
        return false;
    }
    let gap: String = chars[name.end - offset..q.start].iter().collect();
    let gap = without_stock_code(&gap).trim();
    let gap = crate::cues::FACT_MOVE_LEADS.iter().find_map(|w| gap.strip_prefix(w)).unwrap_or(gap);
    let gap = crate::cues::FACT_MOVE_TAILS.iter().find_map(|w| gap.strip_suffix(w)).unwrap_or(gap);
    crate::cues::PRICE_MOVE_WORDS.iter().chain(crate::cues::FACT_MORE_PRICE_MOVE_WORDS).any(|w| gap == *w)
}

/// 00241, 688256, 0700.HK: a stock code of four to six digits, with or
/// without its exchange.
fn numeric_code(code: &str) -> bool {
    let digits = code.split_once('.').map_or(code, |(digits, exchange)| {
        if crate::cues::EXCHANGE_SUFFIXES.contains(&exchange.to_ascii_uppercase().as_str()) {
            digits
        } else {
            ""
        }
    });
    (4..=6).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit())
}

/// 年内, 年初至今: a period of the year so far
/// ([`crate::cues::YEAR_TO_DATE_WORDS`]), not a year written out.
fn is_year_to_date(chars: &[char], p: &Period) -> bool {
    let word: String = chars[p.start.min(chars.len())..p.end.min(chars.len())].iter().collect();
    crate::cues::YEAR_TO_DATE_WORDS.contains(&word.as_str())
}

/// A period of a year before the dateline's (`2024` or `2024-Q3` in an
/// article of 2025).
fn is_past_year(period: &str, dateline: Option<&str>) -> bool {
    dateline.and_then(|d| d.get(0..4)).zip(period.get(0..4)).is_some_and(|(now, year)| year < now)
}

/// Mentions that are not what the clause measures: the founder in
/// 由杨植麟创立的公司, the investor in 由阿里巴巴领投, the source in
/// Canalys数据显示.
fn plays_another_role(after: &[char]) -> bool {
    let rest: String = after.iter().collect();
    // Investors anywhere before the figure (华发集团也向其投资5亿元), and
    // what a model is built on (以DeepSeek-V3为基座).
    let figure_at = rest.find(|c: char| c.is_ascii_digit()).unwrap_or(rest.len());
    if ["领投", "参投", "跟投", "投资", "注资", "共同参与", "出资", "加注"]
        .iter()
        .any(|v| rest[..figure_at].contains(v))
        || ["为基座", "为基础", "为底座"].iter().any(|w| rest.starts_with(w))
    {
        return true;
    }
    let after: String = after.iter().take(12).collect();
    // The role verb, right after the name or after one adverb (近日, 也, 又).
    let verb = ["近日", "也", "又"].iter().find_map(|adverb| after.strip_prefix(adverb));
    crate::cues::FACT_OTHER_ROLES.iter().any(|r| {
        let rest = after.strip_prefix(r).or_else(|| verb.and_then(|v| v.strip_prefix(r)));
        // 百川智能表示完成A轮融资: a firm that tells of its own deal is what
        // the deal's figures are about.
        rest.is_some_and(|rest| {
            !(["表示", "透露", "披露", "介绍", "称"].contains(r)
                && crate::cues::OWN_ACT_WORDS
                    .iter()
                    .any(|w| rest.trim_start_matches(['，', ',', '已', '其']).starts_with(w)))
        })
    })
}

/// 梁溪小智基于Qwen2.5-72B…: what comes after a verb of using is its
/// object (after a verb of making, the made thing is what figures describe), unless it heads a relative clause (…开发的「西小服」).
///
/// 基于DeepSeek-R1打造的临床决策系统…准确率提升42%: a model that what the
/// clause is about was built on, when that thing has no name, stands for it.
fn object_of_verb(chars: &[char], clause_start: usize, rel: usize, end: usize) -> bool {
    let before: String = chars[clause_start..rel].iter().collect();
    let relative_head = before.trim_end_matches(['「', '“', '"', '《']).ends_with('的');
    let after: String = chars[end.min(chars.len())..(end + 4).min(chars.len())].iter().collect();
    let built_on = ["基于", "依托"].iter().any(|v| before.ends_with(v))
        && ["打造的", "开发的", "构建的", "研发的", "训练的", "推出的"].iter().any(|w| after.starts_with(w));
    !relative_head && !built_on && crate::cues::FACT_OBJECT_VERBS.within(&before)
}

/// 能力与OpenAI的o1相当, 这是ChatGPT日活的41.6%, 营收是英伟达的3倍: what
/// a figure is measured against is not what it is about; the clause's
/// subject is named before (or carried over).
fn comparand(chars: &[char], clause_start: usize, rel: usize, end: usize, first_number: usize) -> bool {
    let before: String = chars[clause_start..rel].iter().collect();
    let before = before.trim_end();
    let end = end.min(chars.len());
    let clause_end = chars[end..].iter().position(|&c| is_clause_break(c)).map_or(chars.len(), |p| end + p);
    // Up to the clause's figure: 跟GPT-3的千亿参数相比 states GPT-3's own.
    let after: String = chars[end..clause_end.min(end + 32).min(first_number.max(end))].iter().collect();
    // 与OpenAI的o1相当, 与GPT-4o和Claude相媲美: the joiner may stand before
    // the comparand's owner or the list it ends.
    let joined = crate::cues::COMPARAND_JOINERS.iter().any(|w| {
        before.rsplit_once(w).is_some_and(|(_, tail)| {
            tail.is_empty()
                || tail.chars().count() <= 12
                    && !tail.contains(is_clause_break)
                    && (tail.ends_with('的') || tail.ends_with('和') || tail.ends_with('、'))
        })
    });
    let paired = joined && crate::cues::EQUIVALENCE_WORDS.iter().any(|w| after.contains(w));
    // 是X…的41.6%: a share or multiple of X's figure.
    let upto: String = chars[end..first_number.max(end)].iter().collect();
    let figure: String = chars[first_number.min(chars.len())..].iter().take(12).collect();
    let figure = figure.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ' ');
    let ratio = crate::cues::RATIO_COPULAS.iter().any(|w| before.ends_with(w))
        && upto.trim_end().ends_with('的')
        && !upto.contains(['，', ','])
        && (figure.starts_with(['%', '％', '倍']) || figure.starts_with("分之"));
    // 计算量比Grok 2高10倍, 比OpenAI同类模型o1便宜90%: what 比 measures
    // against, a comparative word between it and the figure.
    let than = before.rfind('比').is_some_and(|at| {
        let tail = &before[at + '比'.len_utf8()..];
        !tail.starts_with(['例', '重', '率', '分', '赛', '特', '较', '如'])
            && tail.chars().count() <= 12
            && !tail.contains(is_clause_break)
    }) && !upto.contains(['，', ','])
        && crate::cues::FACT_COMPARATIVES.iter().any(|w| upto.contains(w));
    paired || ratio || than
}

/// 长虹电视销量已被海信、小米等厂商超越，份额跌至10%: who does it to the
/// clause's subject (after 被) is not the subject.
fn agent_of_passive(chars: &[char], clause_start: usize, rel: usize) -> bool {
    let before: String = chars[clause_start..rel].iter().collect();
    before.rfind('被').is_some_and(|at| {
        let gap = &before[at + '被'.len_utf8()..];
        // 被誉为, 被称为: a name after it is what the subject is called.
        gap.chars().count() <= 12
            && !["誉为", "称为", "评为", "视为", "列为", "认为"].iter().any(|w| gap.starts_with(w))
    })
}

/// 据IDC统计: a source introduced by 据.
///
/// 据《福布斯》估算, 据 Axios 获悉: a title mark or a space may stand between.
///
/// 援引华尔街日报的文章, 引述彭博社报道: the outlet quoted is no subject.
/// 记者从排排网获悉，…; 从1688处了解到: the name between 从 and a verb of
/// learning is the figures' source, not their subject; nor is the outlet
/// whose reporter learned them (财联社记者从…获悉).
fn learned_from(chars: &[char], clause_start: usize, rel: usize, end: usize) -> bool {
    // (This runs for every candidate subject: the texts are built once
    // each, and the rest of the sentence only when it decides.)
    let tail = &chars[end.min(chars.len())..];
    let next: String = tail.iter().take(6).collect();
    if next.trim_start().starts_with("记者") && next.contains(['从', '自']) {
        let rest: String = tail.iter().take(30).collect();
        let clause = rest.split(['，', ',', '。']).next().unwrap_or_default();
        if crate::cues::FACT_LEARNED_VERBS.iter().any(|w| clause.contains(w)) {
            return true;
        }
    }
    let lead: String = chars[clause_start.min(rel)..rel].iter().collect();
    let from = lead.rfind(['从', '自']).is_some_and(|at| lead[at..].chars().count() <= 12);
    let after: String = tail.iter().take(8).collect();
    let after = after.trim_start().trim_start_matches('处').trim_start_matches("方面");
    // 记者从众安保险获悉，目前该公司…: a source the text goes on about is
    // the subject after all.
    from && crate::cues::FACT_LEARNED_VERBS.iter().any(|w| after.starts_with(w)) && {
        let rest: String = tail.iter().collect();
        !crate::cues::TAKEN_FIRM_PRONOUNS.iter().any(|p| rest.contains(p))
    }
}

fn before_source(chars: &[char], rel: usize) -> bool {
    let before: String = chars[rel.saturating_sub(4)..rel].iter().collect();
    let before = before.trim_end_matches([' ', '《', '「', '“']);
    before.ends_with('据') || crate::cues::FACT_QUOTING_VERBS.iter().any(|w| before.ends_with(w))
}

/// Baird对英特尔股票评级为中性，目标价20美元; 奥本海默将优步目标价上调至
/// 100美元; 摩根士丹利仍看好其长期前景，维持增持评级，目标价430美元: a
/// target price is the rated stock's, not the broker's that sets it. The
/// rated firm follows 对/对于/将, or is what 其 points back to (a firm named
/// before the broker, or the sentence before's subject).
fn rated_firm(
    chars: &[char],
    mentions: &[Mention],
    members: &[usize],
    offset: usize,
    subject: usize,
    q: &Quantity,
    topic: Option<usize>,
) -> Option<usize> {
    let window: String = chars[q.start.saturating_sub(12)..(q.end + 6).min(chars.len())].iter().collect();
    if !crate::cues::TARGET_PRICE_WORDS.iter().any(|w| window.contains(w)) {
        return None;
    }
    let company = |i: usize| matches!(mentions[i].kind, EntityType::Company);
    let firm = |i: usize| company(i) && i != subject;
    // 对谷歌母公司Alphabet(GOOGL.US): the last name after 对 before the
    // figure heads the phrase; 对于Udemy…给予…目标价 may come after it.
    let objects: Vec<usize> = members
        .iter()
        .copied()
        .filter(|&i| {
            let Some(start) = mentions[i].span.start.checked_sub(offset) else { return false };
            let before: String = chars[start.saturating_sub(10)..start].iter().collect();
            company(i)
                && ["对于", "对", "将"]
                    .iter()
                    .any(|w| before.rfind(w).is_some_and(|at| !before[at..].contains(is_clause_break)))
        })
        .collect();
    let object = objects
        .iter()
        .copied()
        .rfind(|&i| mentions[i].span.end <= offset + q.start)
        .or_else(|| objects.first().copied());
    if object.is_some() {
        return object;
    }
    {
        let end = mentions[subject].span.end.checked_sub(offset)?;
        let after: String = chars[end.min(chars.len())..q.start.max(end).min(chars.len())].iter().collect();
        if !after.contains('其') {
            return None;
        }
        let named_before =
            members.iter().copied().rfind(|&i| firm(i) && mentions[i].span.end <= mentions[subject].span.start);
        named_before.or(topic.filter(|&t| firm(t)))
    }
}

/// 最近5年, 近三年, 过去十年: a span of years counted back.
fn spans_years(clause: &str) -> bool {
    crate::cues::YEAR_SPAN_OPENERS.iter().any(|w| {
        clause.match_indices(w).any(|(at, _)| {
            let rest = &clause[at + w.len()..];
            let count = rest.trim_start_matches(|c: char| c.is_ascii_digit() || "一二两三四五六七八九十几".contains(c));
            count.len() < rest.len() && (count.starts_with('年') || count.starts_with("个年"))
        })
    })
}

/// 据麦格米特2024年半年报, 据该公司财报: a firm's own accounts as the
/// source give the firm's figures (据IDC统计 gives no one's).
fn own_accounts_after(chars: &[char], end: usize) -> bool {
    let after: String = chars[end.min(chars.len())..].iter().take(12).collect();
    let after = after.trim_start_matches(|c: char| c.is_ascii_digit() || c.is_whitespace() || "年的最新".contains(c));
    crate::cues::FACT_OWN_ACCOUNTS.iter().any(|w| after.starts_with(w))
        || ["半年报", "中报", "三季报", "一季报"].iter().any(|w| after.starts_with(w))
}

/// An entity after 高于/超越 in the clause is the comparand, not the subject.
/// Qwen2.5-Max以1332分，超过DeepSeek V3等强手，获得全球第七名, Qwen
/// 2.5-Max力压DeepSeek-V3等模型位列第七: whom the subject beat (after a
/// verb that opens the clause or follows a name) is not what its figures are
/// about. (超过60家 is "more than"; 超过微软（43.4%）gives the comparand's
/// own figure.)
fn beaten(chars: &[char], clause_start: usize, rel: usize, end: usize, named_before: impl Fn(usize) -> bool) -> bool {
    // 超越DeepSeek V3, o1-mini和Claude等模型: a Latin comma inside a list
    // of names ends no clause here.
    let mut clause_start = clause_start;
    while clause_start >= 2
        && chars[clause_start - 1] == ','
        && clause_start + 30 > rel
        && chars[clause_start - 2].is_ascii_alphanumeric()
        && chars.get(clause_start).is_some_and(|c| *c == ' ' || c.is_ascii_alphanumeric())
    {
        clause_start = chars[..clause_start - 1].iter().rposition(|&c| is_clause_break(c)).map_or(0, |at| at + 1);
    }
    let before: String = chars[clause_start..rel].iter().collect();
    // (超过豆包的日活用户1695万: the figure of what is named is its own.)
    if chars.get(end).is_some_and(|c| matches!(c, '（' | '(' | '的')) {
        return false;
    }
    crate::cues::BEATING_VERBS.iter().any(|w| {
        before.match_indices(w).any(|(at, _)| {
            let rest = &before[at + w.len()..];
            let opens = before[..at].trim_start().trim_start_matches(['并', '还', '也', '更', '已', '均']).is_empty();
            let verb_at = clause_start + before[..at].chars().count();
            !rest.starts_with(|c: char| c.is_ascii_digit() || "一二两三四五六七八九十百千万亿数".contains(c))
                && rest.chars().count() <= 24
                && (opens || named_before(verb_at))
        })
    })
}

/// The model, product or deployment the maker `subject` made (发布, 推出,
/// 微调出…) later in the sentence and before the figure `q`; none that it
/// only builds on (基于Qwen3-8B, 以DeepSeek-V3为基座) or that modifies
/// another noun (X的).
fn made_product(
    chars: &[char],
    members: &[usize],
    mentions: &[Mention],
    offset: usize,
    subject: usize,
    q: &Quantity,
) -> Option<usize> {
    if !matches!(mentions[subject].kind, EntityType::Company | EntityType::Organization) {
        return None;
    }
    let from = mentions[subject].span.end.checked_sub(offset)?;
    members.iter().copied().rev().find(|&i| {
        let m = &mentions[i];
        if !matches!(m.kind, EntityType::Model | EntityType::Product | EntityType::Deployment)
            || m.span.start < offset + from
            || m.span.end > offset + q.start
        {
            return false;
        }
        let (rel, end) = (m.span.start - offset, m.span.end - offset);
        let between: String = chars[from..rel].iter().collect();
        let before: String = chars[rel.saturating_sub(4)..rel].iter().collect();
        let after: String = chars[end..(end + 4).min(chars.len())].iter().collect();
        let made = crate::cues::MAKING_VERBS.iter().any(|v| between.contains(v))
            && !crate::cues::FACT_OBJECT_VERBS.within(&before)
            && !["上线", "登陆", "入驻", "发布在", "发布于", "在"].iter().any(|w| before.ends_with(w));
        // X在应用商店下载DSR1时，下载量仅1600次: the app fetched is what
        // its downloads count, not who fetched it.
        let fetched = crate::cues::APP_FETCH_VERBS.iter().any(|v| before.ends_with(v));
        (made || fetched)
            && !["为基", "为底", "的基础", "的", "等", "和", "、"].iter().any(|w| after.starts_with(w))
            && !between.contains(['。', ';', '；'])
    })
}

/// 以Meta的Llama 3.1为基础, 它在阿里云通义千问开源模型的基础上: a name
/// inside the frame that says what a model is built on (`start..end` in
/// the document's chars) is its base, not what the clause or a later 该模型
/// is about.
fn base_frame(chars: &[char], start: usize, end: usize) -> bool {
    let opened = chars[start.saturating_sub(12)..start]
        .iter()
        .rposition(|c| is_clause_break(*c) || matches!(c, '以' | '在' | '于'))
        .map(|at| start.saturating_sub(12) + at)
        .is_some_and(|at| matches!(chars[at], '以' | '在' | '于'));
    if !opened {
        return false;
    }
    let after: String =
        chars[end.min(chars.len())..(end + 32).min(chars.len())].iter().take_while(|c| !is_clause_break(**c)).collect();
    crate::cues::BASE_FRAME_ENDS.iter().any(|w| after.contains(w))
}

/// 上线70名“AI数智员工”, 让16台H1人形机器人登台: a count of units or
/// staff right before the name of a deployment or a product counts that
/// thing. (16块H100, 120颗GPU: chips a model is trained on are the
/// model's, not counted here.)
fn counted_name(chars: &[char], members: &[usize], mentions: &[Mention], offset: usize, q: &Quantity) -> Option<usize> {
    let measure = chars[q.start..q.end.min(chars.len())].last()?;
    // 需要1.25台H100, 使用2000台服务器: what a thing runs on is what it
    // uses, not a count of the thing named.
    let before: String = chars[q.start.saturating_sub(4)..q.start].iter().collect();
    if !crate::cues::UNIT_MEASURES.contains(measure)
        || ["需要", "需", "使用", "用", "采用", "搭载", "配备", "或"].iter().any(|w| before.ends_with(w))
    {
        return None;
    }
    let mut at = q.end;
    while chars.get(at).is_some_and(|c| matches!(c, '“' | '"' | '「' | '《' | ' ')) {
        at += 1;
    }
    members.iter().copied().find(|&i| {
        let m = &mentions[i];
        m.span.start == offset + at && matches!(m.kind, EntityType::Deployment | EntityType::Product)
    })
}

fn after_comparison(chars: &[char], clause_start: usize, rel: usize) -> bool {
    let before: String = chars[clause_start..rel].iter().collect();
    crate::cues::COMPARISON_VERBS.within(&before)
}

/// 显著高于中国模型的72.0分: a number after a comparison marker (with words
/// between) belongs to the comparand.
fn compared_away(chars: &[char], clause_start: usize, q: &Quantity) -> bool {
    let before: String = chars[clause_start..q.start].iter().collect();
    crate::cues::COMPARISON_VERBS
        .iter()
        .any(|c| before.find(c).is_some_and(|p| before[p + c.len()..].chars().count() >= 2))
}

/// 相较于2023年末, 与去年同期相比: the period of the baseline, not of the figure.
/// The periods listed before `at` in the sentence, in order, two at least or
/// none: 2022年、2023年及2024年前三季 (joined by 、 和 及 与), or a range of
/// years 2022年至2024年9月 spelled out (a range that ends in a month ends in
/// that quarter, as reports count to a quarter's end).
fn period_list(chars: &[char], periods: &[Period], at: usize) -> Vec<String> {
    let before: Vec<&Period> = periods.iter().filter(|p| p.end <= at).collect();
    let Some(last) = before.last() else { return Vec::new() };
    // Walk back from the last period while the gaps are list joiners.
    let mut run = vec![*last];
    for pair in before.windows(2).rev() {
        let gap: String = chars[pair[0].end..pair[1].start].iter().collect();
        match gap.as_str() {
            "、" | "和" | "及" | "与" | "以及" => run.push(pair[0]),
            // 2019年至2023年及2024年前三季度: a span of years that opens
            // the list, each of its years one member.
            "至" | "到" | "-" | "—" | "~" if run.len() > 1 => {
                let (Ok(from), Ok(to)) = (pair[0].value.parse::<i32>(), pair[1].value.parse::<i32>()) else {
                    return Vec::new();
                };
                if to <= from || to - from > 5 {
                    return Vec::new();
                }
                let mut years: Vec<String> = (from..to).map(|y| y.to_string()).collect();
                run.reverse();
                years.extend(run.into_iter().map(|p| p.value.clone()));
                return years;
            }
            "至" | "到" | "-" | "—" | "~" if run.len() == 1 => {
                let (Ok(from), Ok(to)) = (pair[0].value[..4].parse::<i32>(), pair[1].value[..4].parse::<i32>()) else {
                    return Vec::new();
                };
                if to <= from || to - from > 5 || pair[0].value.len() != 4 {
                    return Vec::new();
                }
                let mut years: Vec<String> = (from..to).map(|y| y.to_string()).collect();
                let end = &pair[1].value;
                let last = match end.get(5..).and_then(|m| m.parse::<u32>().ok()) {
                    Some(month) if month % 3 == 0 && month < 12 => format!("{to}-Q{}", month / 3),
                    _ => to.to_string(),
                };
                years.push(last);
                return years;
            }
            _ => break,
        }
    }
    run.reverse();
    if run.len() < 2 {
        return Vec::new();
    }
    run.into_iter().map(|p| p.value.clone()).collect()
}

/// 2016年成立, 成立于2016年, 自2015年创立以来: the year a body was founded,
/// which dates none of its figures. `Some(true)` when the clause counts
/// since then (以来, 至今: a sum over the years since), `Some(false)` for the
/// founding alone, `None` for any other period.
fn founding(chars: &[char], p: &Period) -> Option<bool> {
    let after: String = chars[p.end.min(chars.len())..].iter().take(6).collect();
    let before: String = chars[p.start.saturating_sub(4)..p.start].iter().collect();
    let verb_after = crate::cues::FOUNDED_YEAR_VERBS.iter().find_map(|w| after.strip_prefix(w));
    let verb_before = crate::cues::FOUNDED_YEAR_VERBS.iter().any(|w| before.ends_with(&format!("{w}于")));
    match verb_after {
        Some(rest) => Some(["以来", "来", "至今", "到现在"].iter().any(|w| rest.starts_with(w))),
        None if verb_before => Some(false),
        None => None,
    }
}

/// The one period a sentence dated a subject's figures by: the sentences
/// after it in its paragraph that name no period go on about that period
/// when they give the same subject a figure.
struct Carried {
    paragraph: usize,
    /// None when no figure of the sentence took the period: then only 当年
    /// and 同年 refer back to it.
    subject: Option<usize>,
    period: String,
}

/// What a sentence with periods passes on: its one period (a year, quarter
/// or month already begun, not a day's) when a figure of the sentence took
/// it, with that figure's subject.
fn carry_from(
    periods: &[Period],
    out: &[FactCandidate],
    sentence: usize,
    paragraph: usize,
    dateline: Option<&str>,
) -> Option<Carried> {
    let first = periods.first()?;
    if periods.iter().any(|p| p.value != first.value || p.day) || first.value.contains("-H") {
        return None;
    }
    // (Not a year or month ahead of the dateline's: 4月黄金期货 in February
    // is a contract, no period over.)
    let now = dateline.and_then(|d| d.get(0..7));
    let month = first.value.len() == 7 && !first.value.contains('Q');
    if now
        .is_some_and(|now| first.value.get(0..4).is_some_and(|y| y > &now[..4]) || month && first.value.as_str() > now)
    {
        return None;
    }
    let fact = out
        .iter()
        .rev()
        .take_while(|f| f.sentence == sentence)
        .find(|f| !f.hedged && f.date.as_deref() == Some(first.value.as_str()));
    Some(Carried { paragraph, subject: fact.map(|f| f.subject), period: first.value.clone() })
}

/// The carried period for a figure of `subject` in a sentence that names
/// no period: the same subject's (当年, 同年 refer back whoever it is).
fn carried_period(carried: Option<&Carried>, mentions: &[Mention], subject: usize, text: &str) -> Option<String> {
    let carried = carried?;
    // 目前已覆盖20个渠道, 十年前净利润就达到470亿元, 开市报3.07元: a
    // sentence that speaks of now, of another time or of a span goes on
    // about no earlier period.
    if crate::cues::CARRY_STOP_WORDS.iter().any(|w| text.contains(w)) || spans_years(text) {
        return None;
    }
    let back = ["当年", "同年", "当季", "同季"].iter().any(|w| text.contains(w));
    let same = carried.subject.is_some_and(|c| same_name(&mentions[c], &mentions[subject]));
    (back || same).then(|| carried.period.clone())
}

/// A latest quote (当前报收于43.28元) is the dateline's, not a carried period's.
fn latest_quote_of(metric: &str) -> bool {
    matches!(metric, "sharePrice" | "marketCap" | "stockPriceChange")
}

/// 自2020年至2024年: a period that opens a span closed by the next one.
fn range_start(chars: &[char], periods: &[Period], p: &Period) -> bool {
    periods.iter().any(|next| {
        next.start > p.end
            && next.start <= p.end + 2
            && matches!(
                chars[p.end..next.start].iter().collect::<String>().as_str(),
                "至" | "到" | "-" | "—" | "~" | "至到"
            )
    })
}

/// A period right before the figure it dates, in the same clause: 从2020年
/// 年底的1798人缩减至2023年年底的801人 (each figure its own year), 到2024年
/// 6月底为4672人. Closer than the clause's period, and a 至 before it is the
/// figure's own time, not a target.
fn own_period<'a>(chars: &[char], periods: &'a [Period], clause_start: usize, q: &Quantity) -> Option<&'a Period> {
    // 提高至2025年的10倍: a multiple is of the baseline period's figure.
    if q.unit == "x" {
        return None;
    }
    let p = periods.iter().rev().find(|p| p.start >= clause_start && p.end <= q.start)?;
    let between: String = chars[p.end..q.start].iter().collect();
    let between = ["年底", "年末", "底", "末", "末期"].iter().find_map(|w| between.strip_prefix(w)).unwrap_or(&between);
    let linked = matches!(between, "的" | "为" | "时为" | "达" | "达到" | "已达" | "时的");
    (linked && !p.day).then_some(p)
}

fn is_baseline(chars: &[char], p: &Period) -> bool {
    let before: String = chars[p.start.saturating_sub(4)..p.start].iter().collect();
    let after: String = chars[p.end..(p.end + 3).min(chars.len())].iter().collect();
    // 截至 (as of) dates the figure; 至/到 alone open a target.
    if before.ends_with("截至") || before.ends_with("截止") {
        return false;
    }
    // 而到2024年6月底，…: 到 opening a clause is "by then", the time of what
    // follows.
    let opener = before.trim_end_matches(['到', '至']);
    if opener.len() < before.len() {
        let opener = opener.trim_end_matches(['而', '直', '等', '但']);
        if opener.is_empty() && p.start < 4 || opener.ends_with([',', '，', '。', ';', '；', ':', '：']) {
            return false;
        }
    }
    // 估值达到66亿美元——五个月前的三倍: the period of what a multiple is of.
    let further: String = chars[p.end..(p.end + 6).min(chars.len())].iter().collect();
    if further.starts_with('的') && further.contains('倍') {
        return true;
    }
    // 由三季度末的62.5万股增加到68万股: the period a change starts from.
    ["较", "相较于", "相比", "比", "较于", "到", "至", "从", "由"].iter().any(|w| before.ends_with(w))
        || after.starts_with("相比")
        || after.starts_with("同期")
}

fn mentions_before(mentions: &[Mention], pos: usize) -> impl Iterator<Item = usize> + Clone + '_ {
    (0..mentions.len()).rev().filter(move |&i| mentions[i].span.end <= pos)
}

/// 其 → the current subject; 该模型/这个模型 → the last model; 这款应用 →
/// the last product or deployment; 该公司 → the last company.
fn pronoun(
    clause: &str,
    mentions: &[Mention],
    current: Option<usize>,
    before: impl Iterator<Item = usize> + Clone,
) -> Option<usize> {
    let t = clause.trim_start_matches(['但', '而', '并', '且', '同', '时']);
    // Every pointing word below has one of these chars; most clauses have
    // none, and this runs for every clause of every article.
    if !t.contains(['其', '该', '这', '此', '新', '公', '它']) {
        return None;
    }
    if t.contains("向其") || t.contains("对其") || t.contains("了其") {
        return current;
    }
    let kinds: &[EntityType] = if ["该模型", "这个模型", "这款模型", "此模型", "该大模型"].iter().any(|p| t.contains(p))
    {
        &[EntityType::Model]
    } else if [
        "这款应用",
        "该应用",
        "这款产品",
        "该产品",
        "该平台",
        "这款App",
        "该App",
        "该助手",
        "这一助手",
        "该智能体",
        "这一智能体",
        "该系统",
        "这个助手",
    ]
    .iter()
    .any(|p| t.contains(p))
    {
        &[EntityType::Product, EntityType::Deployment]
    } else if ["该系列", "这一系列", "该版本", "新模型"].iter().any(|p| t.contains(p)) {
        &[EntityType::Model]
    } else if crate::cues::FACT_BANK_PRONOUNS.iter().any(|p| t.starts_with(p))
        && !crate::cues::FACT_BANK_PRONOUN_FALSE.iter().any(|w| t.starts_with(w))
    {
        // 该行不良贷款率0.50%: the last bank named (not 人民银行, a body).
        return before.clone().find(|&i| {
            mentions[i].kind == EntityType::Company
                && crate::cues::BANK_ENDINGS.iter().any(|w| mentions[i].text.contains(w))
        });
    } else if ["该公司", "这家公司", "这公司", "该企业", "公司"].iter().any(|p| t.starts_with(p)) || t.contains("这家")
    {
        &[EntityType::Company]
    } else if (t.starts_with('其') || t.starts_with("它"))
        && !["它们", "其余", "其他", "其它", "其后", "其實", "其实", "其次", "其後"].iter().any(|w| t.starts_with(w))
    {
        // (它们…分别 points to a list, not to one of its members; 其余,
        // 其后, 其实, 其次 are no pronoun.)
        return current;
    } else {
        return None;
    };
    before.clone().find(|&i| kinds.contains(&mentions[i].kind))
}

/// The metric a figure measures, from the words before it and its unit.
/// The scorer ignores metric names; they are for people reading the graph.
fn metric_and_unit(context: &str, after: &str, q: &Quantity) -> (String, String) {
    let has = |words: &[&str]| words.iter().any(|w| context.contains(w) || after.starts_with(w));
    let unit = q.unit.as_str();
    let metric = match unit {
        "rank" => "rank",
        "%" if has(&["份额", "占比", "市占", "占据", "市场占有"]) => "marketShare",
        "%" if has(&["成本"]) && has(&["降低", "下降", "减少", "节省"]) => "costReduction",
        "%" if has(&["收入", "营收"]) => "revenueGrowth",
        "%" if has(&["准确率", "精度", "准确度"]) => "accuracy",
        "%" if has(&["得分", "分数", "通过率", "成绩"]) => "score",
        "%" if has(&["股价", "收市", "收报", "收盘", "报收", "开盘", "盘中", "收高", "收低", "收涨", "收跌"]) => {
            "stockPriceChange"
        }
        "%" if has(&["增长", "提升", "提高", "增加", "上涨", "增幅", "年增", "成长"]) => "growth",
        "%" => "share",
        "x" => "growth",
        // 毛利率同比增长2.1个百分点: a rate's change.
        "pp" => "growth",
        "ms" | "s" => "latency",
        "CNY" | "USD" | "HKD" | "TWD" | "EUR" | "JPY" | "GBP" => {
            if has(&["市场规模"]) {
                "marketSize"
            } else if has(&["估值"]) {
                "valuation"
            } else if has(&["融资", "投资", "投入", "注资"]) {
                "investment"
            } else if has(&["营收", "收入"]) {
                "revenue"
            } else if has(&["利润", "净利"]) {
                "profit"
            } else if has(&["亏损"]) {
                "netLoss"
            } else if has(&["市值"]) {
                "marketCap"
            } else if has(&["股价", "收报", "报收", "收市报", "收盘价", "发行价", "每股"]) && !has(&["每股收益"])
            {
                "sharePrice"
            } else {
                "amount"
            }
        }
        _ if has(&["日活", "DAU", "日均活跃", "日活跃"]) => "dailyActiveUsers",
        _ if has(&["月活", "MAU", "月活跃"]) => "monthlyActiveUsers",
        _ if has(&["Token", "token"]) => "dailyTokens",
        _ if has(&["调用"]) => "dailyCalls",
        _ if has(&["激活"]) && has(&["参数"]) => "activeParameters",
        _ if has(&["参数"]) || unit == "parameters" => "parameters",
        _ if has(&["下载"]) => "downloads",
        _ if has(&["衍生"]) => "derivativeModels",
        _ if has(&["乘车", "出行", "订单"]) => "rides",
        _ if has(&["员工", "人员", "工程师"]) => "employees",
        _ if unit == "分" || has(&["得分", "分数"]) => "score",
        _ if has(&["用户"]) => "users",
        _ if has(&["市场规模"]) => "marketSize",
        _ => "count",
    };
    let unit = match (metric, unit) {
        ("dailyActiveUsers" | "monthlyActiveUsers" | "users", _) => "users".to_string(),
        ("dailyTokens", _) => "tokens".to_string(),
        ("dailyCalls", _) => "calls".to_string(),
        ("parameters" | "activeParameters", _) => "parameters".to_string(),
        ("downloads", _) => "downloads".to_string(),
        ("derivativeModels", _) => "models".to_string(),
        ("rides", _) => "rides".to_string(),
        ("employees", _) => "people".to_string(),
        ("score", _) => "points".to_string(),
        (_, "") => String::new(),
        (_, u) => u.to_string(),
    };
    (metric.to_string(), unit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numeric_stock_codes() {
        assert!(numeric_code("00241"));
        assert!(numeric_code("688256.SH"));
        assert!(!numeric_code("7.600, 0.47, 6.59%"));
        assert!(!numeric_code("202"));
        assert!(!numeric_code("1234567"));
    }

    #[test]
    fn clauses_keep_brackets_whole() {
        let chars: Vec<char> = "阿里云(包含通义千问,Qwen)在中国,约占19.3%".chars().collect();
        let spans = clauses(&chars);
        assert_eq!(spans.len(), 2);
        assert!(inside_brackets(&chars, 6));
        assert!(!inside_brackets(&chars, 0));
    }

    #[test]
    fn comparison_hands_the_number_to_the_comparand() {
        let chars: Vec<char> = "得分达87.3分,显著高于中国模型的72.0分".chars().collect();
        let qs = find_quantities(&chars.iter().collect::<String>());
        assert_eq!(qs.len(), 2);
        let second_clause = chars.iter().position(|&c| c == ',').unwrap() + 1;
        assert!(!compared_away(&chars, 0, &qs[0]));
        assert!(compared_away(&chars, second_clause, &qs[1]));
    }
}
