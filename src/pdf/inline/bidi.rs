//! Visual order of one line (UAX #9 rules L1 and L2), computed over the
//! line alone: the cost of a line is its length, whatever the paragraph's.

use std::ops::Range;

use unicode_bidi::{BidiClass, Level};

use super::prepare::Prepared;

/// The level runs of `line` in visual order, left to right, each with its
/// level (odd: right to left).
pub fn visual_runs(p: &Prepared, line: Range<usize>) -> Vec<(Range<usize>, Level)> {
    if line.is_empty() {
        return Vec::new();
    }
    if p.pure_ltr {
        return vec![(line, p.para_level)];
    }
    let levels = line_levels(p, line.clone());
    // Level runs in logical order.
    let mut runs: Vec<(Range<usize>, Level)> = Vec::new();
    for (i, &level) in levels.iter().enumerate() {
        let pos = line.start + i;
        match runs.last_mut() {
            Some((r, l)) if *l == level => r.end = pos + 1,
            _ => runs.push((pos..pos + 1, level)),
        }
    }
    // L2: from the highest level down to the lowest odd one, reverse every
    // maximal sequence of runs at that level or higher.
    let highest = runs.iter().map(|r| r.1.number()).max().unwrap_or(0);
    let lowest_odd = runs.iter().map(|r| r.1.number()).min().unwrap_or(0) | 1;
    let mut level = highest;
    while level >= lowest_odd {
        let mut i = 0;
        while i < runs.len() {
            if runs[i].1.number() < level {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < runs.len() && runs[j].1.number() >= level {
                j += 1;
            }
            runs[i..j].reverse();
            i = j;
        }
        level -= 1;
    }
    runs
}

/// Rule L1 over one line: trailing white space, and white space before a
/// segment or paragraph separator, returns to the paragraph level; the
/// formatting characters that X9 removed take the level of the character
/// before them, so that they never split a run.
fn line_levels(p: &Prepared, line: Range<usize>) -> Vec<Level> {
    use BidiClass::*;
    let mut levels = p.levels[line.clone()].to_vec();
    let classes = &p.classes[line.clone()];
    let para = p.para_level;
    let removed = |c: BidiClass| matches!(c, BN | LRE | RLE | LRO | RLO | PDF);
    let mut prev = para;
    for i in 0..levels.len() {
        if removed(classes[i]) {
            levels[i] = prev;
        }
        prev = levels[i];
    }
    // Backwards: a run of white space (and isolate controls, and removed
    // characters) is reset when it ends the line or precedes a separator.
    let mut reset = true;
    for i in (0..levels.len()).rev() {
        match classes[i] {
            S | B => {
                levels[i] = para;
                reset = true;
            }
            WS | FSI | LRI | RLI | PDI => {
                if reset {
                    levels[i] = para;
                }
            }
            c if removed(c) => {
                if reset {
                    levels[i] = para;
                }
            }
            _ => reset = false,
        }
    }
    levels
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pdf::dom::{Lang, Rich};
    use crate::pdf::fonts::test_fonts;
    use crate::pdf::inline::ParStyle;
    use crate::pdf::inline::prepare::prepare;

    /// Our visual order against unicode-bidi's own line reordering.
    fn check(text: &str, rtl: bool) {
        let style = ParStyle::new(11.0, 1.25);
        let p = prepare(test_fonts(), &Rich::plain(text), &style, Lang::Ar, rtl, 400.0).unwrap();
        let ours: String = visual_runs(&p, 0..text.len())
            .into_iter()
            .map(|(r, l)| {
                if l.is_rtl() {
                    text[r].chars().rev().collect::<String>()
                } else {
                    text[r].to_string()
                }
            })
            .collect();
        let base = if rtl { Level::rtl() } else { Level::ltr() };
        let info = unicode_bidi::ParagraphBidiInfo::new(text, Some(base));
        let reference = info.reorder_line(0..text.len());
        assert_eq!(ours, reference, "{text:?}");
    }

    #[test]
    fn lines_reorder_as_unicode_bidi_does() {
        check("بشأن \u{2068}ITU-T X.1214 (سابقاً X.samtn)\u{2069}، و", true);
        check("مشروع التوصية \u{2066}ITU-T X.1214\u{2069} في اجتماعها ", true);
        check("Tel: +41 22 730 5111 • مرحبا 123 بكم", false);
        check("abc \u{2067}ابت 12\u{2069} def", false);
    }

    #[test]
    fn a_joiner_does_not_split_an_arabic_run() {
        let text = "جنيف\u{2060} مارس";
        let style = ParStyle::new(11.0, 1.25);
        let p = prepare(test_fonts(), &Rich::plain(text), &style, Lang::Ar, true, 400.0).unwrap();
        let runs = visual_runs(&p, 0..text.len());
        assert_eq!(runs.len(), 1, "{runs:?}");
    }
}
