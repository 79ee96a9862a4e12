use unicode_bidi::Level;

use super::breakpoints::{NO_LINE_END, NO_LINE_START};
use super::line::RunKind;
use super::*;
use crate::pdf::dom::Rich;
use crate::pdf::fonts::{FaceId, test_fonts};

fn style() -> ParStyle {
    ParStyle {
        object_width: 100.0,
        hyphenate: true,
        ..ParStyle::new(11.0, 1.3)
    }
}

/// The text of a line in visual order, left to right, one entry per run.
fn visual_runs(par: &ParLayout, line: usize) -> Vec<(FaceId, String)> {
    let mut runs: Vec<_> = par.lines[line].runs.iter().collect();
    runs.sort_by(|a, b| a.x.total_cmp(&b.x));
    runs.iter()
        .filter_map(|r| match &r.kind {
            RunKind::Glyphs { face, glyphs, text } => {
                // Clusters in logical order, so that the run's text reads.
                let mut ranges: Vec<_> = glyphs.iter().map(|g| g.text_range.clone()).collect();
                ranges.sort_by_key(|r| r.start);
                ranges.dedup();
                let s: String = ranges.into_iter().map(|r| &text[r]).collect();
                Some((*face, s))
            }
            RunKind::Object => None,
        })
        .collect()
}

#[test]
fn chinese_lines_respect_kinsoku() {
    let text = "ITU-T第17研究组（安全）准备采用WTSA第1号决议（2016年，哈马马特，修订版）第9节所述的传统批准程序在2018年3月20日至29日于日内瓦召开的下一次会议上批准上述ITU-T X.1214（原X.samtn）、ITU-T X.1331（原X.sgsec-2）和ITU-T X.1603（原X.dsms）建议书草案。有关ITU-T第17研究组会议的议程和所有相关信息将在第3/17号集体函中提供。如果70％以上的成员国在回复中支持审议并批准，则将专门召开一次全体会议，适用批准程序。";
    // Many widths, so that some would put punctuation at a line start
    // without the rules.
    let mut lines_checked = 0;
    for w in (120..300).step_by(7) {
        let par = layout(test_fonts(), &Rich::plain(text), &style(), Lang::Zh, false, w as f32).unwrap();
        assert!(par.lines.len() > 2);
        for line in &par.lines {
            let s = &text[line.range.clone()];
            let first = s.chars().next().unwrap();
            let last = s.trim_end().chars().last().unwrap();
            assert!(!NO_LINE_START.contains(first), "line starts with {first:?}: {s}");
            assert!(!NO_LINE_END.contains(last), "line ends with {last:?}: {s}");
            assert!(line.width <= w as f32 + 0.01, "overfull line {s}");
            lines_checked += 1;
        }
    }
    assert!(lines_checked > 100);
}

#[test]
fn latin_inside_arabic_keeps_order_and_uses_noto_sans() {
    let text = "للموافقة على مشروع التوصية \u{2068}ITU-T X.1214\u{2069} في اجتماعها القادم";
    let par = layout(test_fonts(), &Rich::plain(text), &style(), Lang::Ar, true, 400.0).unwrap();
    assert_eq!(par.lines.len(), 1);
    let runs = visual_runs(&par, 0);
    // The Latin isolate reads left to right as one block of Noto Sans.
    let latin: String = runs
        .iter()
        .filter(|(f, _)| *f == FaceId::SansRegular)
        .map(|(_, s)| s.as_str())
        .collect();
    assert_eq!(latin.trim(), "ITU-T X.1214");
    // Arabic comes from Noto Naskh, and the Arabic before the isolate
    // (logically first) is on the right of it.
    let pos_latin = runs.iter().position(|(f, _)| *f == FaceId::SansRegular).unwrap();
    let right_of_latin: String = runs[pos_latin..].iter().map(|(_, s)| s.as_str()).collect();
    assert!(right_of_latin.contains("مشروع التوصية"), "{runs:?}");
    assert!(
        runs.iter()
            .any(|(f, s)| *f == FaceId::NaskhRegular && s.contains("القادم"))
    );
    // No bidi control reaches a glyph.
    for (_, s) in &runs {
        assert!(!s.chars().any(is_bidi_control), "{s:?}");
    }
}

#[test]
fn isolate_with_arabic_inside_latin_matches_unicode_bidi() {
    let text = "بشأن \u{2068}ITU-T X.1214 (سابقاً X.samtn)\u{2069}، و";
    let par = layout(test_fonts(), &Rich::plain(text), &style(), Lang::Ar, true, 400.0).unwrap();
    let ours: String = visual_runs(&par, 0).iter().map(|(_, s)| s.as_str()).collect();
    let info = unicode_bidi::BidiInfo::new(text, Some(Level::rtl()));
    let reference: String = info
        .reorder_line(&info.paragraphs[0], 0..text.len())
        .chars()
        .filter(|&c| !is_bidi_control(c))
        .collect();
    // Within an RTL run each glyph cluster is already reversed by
    // unicode-bidi, so compare word order via the words of both strings.
    let words = |s: &str| {
        s.split([' ', '(', ')', '،'])
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    let mut ref_words = words(&reference);
    for w in ref_words.iter_mut() {
        if w.chars().any(|c| ('\u{600}'..='\u{6FF}').contains(&c)) {
            *w = w.chars().rev().collect();
        }
    }
    assert_eq!(words(&ours), ref_words, "ours {ours:?} reference {reference:?}");
}

#[test]
fn hyphenation_is_sparing_but_helps_narrow_columns() {
    let text = "The recommendation covers telecommunication standardization procedures internationally, \
                describing administrative arrangements between administrations and organizations.";
    let (mut lines, mut hyphenated) = (0, 0);
    for w in (90..240).step_by(10) {
        let par = layout(test_fonts(), &Rich::plain(text), &style(), Lang::En, false, w as f32).unwrap();
        let ends: Vec<bool> = par.lines.iter().map(|l| l.hyphenated).collect();
        for (l, &h) in par.lines.iter().zip(&ends) {
            assert!(l.width <= w as f32 + 0.01, "overfull at {w}");
            let drawn = l
                .runs
                .iter()
                .any(|r| matches!(&r.kind, RunKind::Glyphs { text, .. } if &**text == "-"));
            assert_eq!(drawn, h && !text[l.range.clone()].ends_with('-'), "hyphen drawn at {w}");
        }
        assert!(
            !ends.windows(3).any(|x| x.iter().all(|&h| h)),
            "three hyphens in a row at {w}"
        );
        lines += ends.len();
        hyphenated += ends.iter().filter(|&&h| h).count();
    }
    assert!(hyphenated > 0, "narrow columns never hyphenated");
    assert!(hyphenated * 3 < lines, "{hyphenated} of {lines} lines hyphenated");
}

#[test]
fn chinese_is_justified_with_space_between_han_and_latin() {
    let text = "ITU-T第17研究组准备采用WTSA第1号决议第9节所述的传统批准程序，在2018年3月20日至29日于日内瓦召开的下一次会议上批准上述建议书草案（原X.samtn）、ITU-T X.1331和ITU-T X.1603。";
    let st = ParStyle {
        justify: true,
        ..style()
    };
    let width = 200.0;
    let par = layout(test_fonts(), &Rich::plain(text), &st, Lang::Zh, false, width).unwrap();
    assert!(par.lines.len() >= 3);
    let n = par.lines.len();
    for (i, l) in par.lines.iter().enumerate() {
        if i + 1 < n {
            assert!((l.width - width).abs() < 0.05, "line {i} is {} wide", l.width);
        } else {
            assert!(l.width < width);
        }
    }
    // The last line holds more than one character.
    let last = &text[par.lines[n - 1].range.clone()];
    assert!(last.chars().count() > 2, "{last:?}");
    // "用WTSA第": a quarter em each side of the Latin, none in the text.
    let mut xs: Vec<(usize, f32, f32)> = Vec::new();
    for r in &par.lines[0].runs {
        if let RunKind::Glyphs { glyphs, .. } = &r.kind {
            let mut x = r.x;
            for g in glyphs {
                xs.push((g.text_range.start, x, g.x_advance * r.size));
                x += g.x_advance * r.size;
            }
        }
    }
    let at = |s: &str| xs.iter().find(|g| g.0 == text.find(s).unwrap()).copied().unwrap();
    let (_, x_yong, _) = at("用W");
    let (_, x_w, _) = at("WTSA");
    // 用 is one em wide; W starts a quarter em (plus any justification) after it.
    assert!(x_w - x_yong >= 11.0 + 2.7, "{}", x_w - x_yong);
}

#[test]
fn adjacent_full_width_punctuation_takes_one_and_a_half_em() {
    let text = "草案（原X.samtn）、建议";
    let par = layout(test_fonts(), &Rich::plain(text), &style(), Lang::Zh, false, 400.0).unwrap();
    let mut xs = Vec::new();
    for r in &par.lines[0].runs {
        if let RunKind::Glyphs { glyphs, .. } = &r.kind {
            let mut x = r.x;
            for g in glyphs {
                xs.push((g.text_range.start, x));
                x += g.x_advance * r.size;
            }
        }
    }
    let x_of = |s: &str| xs.iter().find(|g| g.0 == text.find(s).unwrap()).unwrap().1;
    let pair = x_of("建") - x_of("）");
    assert!((pair - 1.5 * 11.0).abs() < 0.1, "the pair takes {pair} pt");
}

#[test]
fn arabic_is_set_larger_than_the_latin_beside_it() {
    let text = "مشروع التوصية \u{2066}ITU-T X.1214\u{2069} في اجتماعها";
    let par = layout(test_fonts(), &Rich::plain(text), &style(), Lang::Ar, true, 400.0).unwrap();
    let sizes: Vec<(FaceId, f32)> = par.lines[0]
        .runs
        .iter()
        .filter_map(|r| match &r.kind {
            RunKind::Glyphs { face, .. } => Some((*face, r.size)),
            RunKind::Object => None,
        })
        .collect();
    assert!(sizes.contains(&(FaceId::SansRegular, 11.0)), "{sizes:?}");
    assert!(sizes.contains(&(FaceId::NaskhRegular, 12.0)), "{sizes:?}");
}

#[test]
fn joiners_vanish_and_narrow_spaces_are_drawn() {
    let text = "du 20–\u{2060}29 mars\u{202F}: «\u{202F}oui\u{202F}»\u{FEFF}";
    let par = layout(test_fonts(), &Rich::plain(text), &style(), Lang::Fr, false, 400.0).unwrap();
    let drawn: String = visual_runs(&par, 0).into_iter().map(|(_, s)| s).collect();
    assert!(!drawn.contains(['\u{2060}', '\u{FEFF}']), "{drawn:?}");
    assert_eq!(drawn.matches('\u{202F}').count(), 3, "{drawn:?}");
    // A narrow space is narrower than a word space.
    for r in &par.lines[0].runs {
        if let RunKind::Glyphs { glyphs, text, .. } = &r.kind {
            for g in glyphs {
                if &text[g.text_range.clone()] == "\u{202F}" {
                    assert!(g.x_advance > 0.0 && g.x_advance < 0.26, "{}", g.x_advance);
                }
            }
        }
    }
}

#[test]
fn enclosing_circle_is_drawn() {
    let par = layout(
        test_fonts(),
        &Rich::plain("select one of the two options \u{20DD}):"),
        &style(),
        Lang::En,
        false,
        400.0,
    )
    .unwrap();
    let runs = visual_runs(&par, 0);
    assert!(
        runs.iter().any(|(f, s)| *f == FaceId::CjkRegular && s == "\u{20DD}"),
        "{runs:?}"
    );
}

#[test]
fn line_separator_leaves_a_word_space_in_the_text_layer() {
    let text = format!("TSB Circular 53{}SG17/XY", crate::pdf::dom::LINE_SEP);
    let par = layout(test_fonts(), &Rich::plain(&text), &style(), Lang::En, false, 400.0).unwrap();
    assert_eq!(par.lines.len(), 2, "the separator forces a break");
    let first: String = visual_runs(&par, 0).into_iter().map(|(_, s)| s).collect();
    assert_eq!(first, "TSB Circular 53 ");
    let added = &par.lines[0].runs.last().unwrap();
    assert!(added.added && added.width == 0.0);
}
