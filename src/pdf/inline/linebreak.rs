//! Line-break opportunities (UAX #14 via icu_segmenter, tightened by the
//! Chinese no-break rules) and greedy line filling with hyphenation.

use std::ops::Range;

use icu_segmenter::LineSegmenter;
use icu_segmenter::options::LineBreakOptions;

use super::itemize::is_invisible;
use crate::pdf::dom::LINE_SEP;

/// Characters that must not begin a line (Chinese typesetting rules;
/// ASCII closing punctuation included for mixed text).
pub const NO_LINE_START: &str = "，。、；：？！）」』》〉】”’％,.;:?!)";
/// Characters that must not end a line.
pub const NO_LINE_END: &str = "（「『《〈【“‘";

/// A break opportunity: byte offset and whether the break is forced.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Break {
    pub pos: usize,
    pub mandatory: bool,
}

/// All break opportunities after position 0, the end of text included.
pub fn opportunities(text: &str) -> Vec<Break> {
    let segmenter = LineSegmenter::new_for_non_complex_scripts(LineBreakOptions::default());
    let mut out: Vec<Break> = Vec::new();
    for pos in segmenter.segment_str(text) {
        if pos == 0 {
            continue;
        }
        let before = text[..pos].chars().rev().find(|&c| !super::is_bidi_control(c));
        let mandatory = before == Some(LINE_SEP) || pos == text.len();
        if !mandatory {
            let after = text[pos..].chars().find(|&c| !is_invisible(c));
            if after.is_some_and(|c| NO_LINE_START.contains(c))
                || before.is_some_and(|c| NO_LINE_END.contains(c))
                || short_hyphen_part(text, pos)
            {
                continue;
            }
        }
        out.push(Break { pos, mandatory });
    }
    if out.last().is_none_or(|b| b.pos != text.len()) && !text.is_empty() {
        out.push(Break {
            pos: text.len(),
            mandatory: true,
        });
    }
    out
}

/// Whether `pos` follows a hyphen that joins a short part: "ITU-/T",
/// "E-/mail", "CH-/1211", "X.sgsec-/2" read badly when broken.
fn short_hyphen_part(text: &str, pos: usize) -> bool {
    if !text[..pos].ends_with(['-', '\u{2010}']) {
        return false;
    }
    let before = text[..pos - 1]
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric())
        .count();
    let after = text[pos..].chars().take_while(|c| c.is_alphanumeric()).count();
    before < 3 || after < 3 || in_identifier(text, pos)
}

/// Whether the word around `pos` is a code rather than words: it holds a dot or a digit
/// ("Y.ML-IMT2020-Archi", "IMT-2020"), and a line break inside it would garble it.
fn in_identifier(text: &str, pos: usize) -> bool {
    let delim = |c: char| c.is_whitespace() || "()（）[]«»\"“”,;،؛".contains(c) || super::is_bidi_control(c);
    let start = text[..pos]
        .rfind(delim)
        .map_or(0, |i| i + text[i..].chars().next().map_or(1, char::len_utf8));
    let end = text[pos..].find(delim).map_or(text.len(), |i| pos + i);
    let word = &text[start..end];
    word.contains('.') || word.chars().any(|c| c.is_ascii_digit())
}

/// A line: its byte range and whether it ends in an inserted hyphen.
#[derive(Clone, Debug, PartialEq)]
pub struct LineSpec {
    pub range: Range<usize>,
    pub hyphen: bool,
}

/// Measures text by prefix sums of advances (points) per byte.
pub struct Measure<'a> {
    pub text: &'a str,
    pub cum: Vec<f32>,
}

impl Measure<'_> {
    pub fn width(&self, range: Range<usize>) -> f32 {
        self.cum[range.end] - self.cum[range.start]
    }

    /// End of `range` without trailing spaces, separators and controls:
    /// those hang past the line end and do not count for fitting.
    pub fn trim_end(&self, range: Range<usize>) -> usize {
        let mut end = range.end;
        for (i, c) in self.text[range.clone()].char_indices().rev() {
            if c == ' ' || c == '\u{3000}' || is_invisible(c) {
                end = range.start + i;
            } else {
                break;
            }
        }
        end
    }
}

/// Greedy fill: each line takes as many break opportunities as fit into
/// `avail`. A word that would overflow is hyphenated when `hyphenate` is
/// set; an unbreakable word longer than a line is cut at a character.
pub fn fill(
    m: &Measure,
    breaks: &[Break],
    avail: f32,
    hyphenate: Option<hypher::Lang>,
    hyphen_width: impl Fn(usize) -> f32,
) -> Vec<LineSpec> {
    const EPS: f32 = 0.01;
    let len = m.text.len();
    let mut lines = Vec::new();
    let mut start = 0;
    let mut last_fit: Option<usize> = None;
    let mut i = 0;
    while i < breaks.len() {
        let b = breaks[i];
        if b.pos <= start {
            i += 1;
            continue;
        }
        let w = m.width(start..m.trim_end(start..b.pos));
        if w <= avail + EPS {
            if b.mandatory {
                lines.push(LineSpec {
                    range: start..b.pos,
                    hyphen: false,
                });
                start = b.pos;
                last_fit = None;
            } else {
                last_fit = Some(b.pos);
            }
            i += 1;
            continue;
        }
        // The word ending at `b` overflows.
        let word_start = last_fit.unwrap_or(start);
        if let Some(lang) = hyphenate
            && let Some(p) = hyphen_point(m, start, word_start..b.pos, avail, lang, &hyphen_width)
        {
            lines.push(LineSpec {
                range: start..p,
                hyphen: true,
            });
            start = p;
            last_fit = None;
            continue;
        }
        if let Some(lf) = last_fit {
            lines.push(LineSpec {
                range: start..lf,
                hyphen: false,
            });
            start = lf;
            last_fit = None;
            continue;
        }
        // A single word wider than the line: cut it where it stops fitting,
        // keeping at least one character so that progress is made.
        let mut cut = start + m.text[start..].chars().next().map_or(1, char::len_utf8);
        for (off, _) in m.text[start..b.pos].char_indices().skip(1) {
            if m.width(start..start + off) > avail {
                break;
            }
            cut = start + off;
        }
        lines.push(LineSpec {
            range: start..cut,
            hyphen: false,
        });
        start = cut;
    }
    if start < len {
        lines.push(LineSpec {
            range: start..len,
            hyphen: false,
        });
    }
    lines
}

/// The last hyphenation point of the word in `word` at which the line from
/// `start` plus a hyphen still fits.
fn hyphen_point(
    m: &Measure,
    start: usize,
    word: Range<usize>,
    avail: f32,
    lang: hypher::Lang,
    hyphen_width: &impl Fn(usize) -> f32,
) -> Option<usize> {
    let end = m.trim_end(word.clone());
    let s = &m.text[word.start..end];
    // Hyphenate only the alphabetic core (leading/trailing punctuation such
    // as quotes and commas stays attached).
    let lead = s.find(char::is_alphabetic)?;
    let trail = s.rfind(char::is_alphabetic)?;
    let core_end = trail + s[trail..].chars().next()?.len_utf8();
    let core = &s[lead..core_end];
    if core.chars().count() < 5 || !core.chars().all(char::is_alphabetic) {
        return None;
    }
    let lower = core.to_lowercase();
    if lower.chars().count() != core.chars().count() {
        return None;
    }
    let char_starts: Vec<usize> = core.char_indices().map(|(i, _)| i).collect();
    let mut best = None;
    let mut chars_seen = 0;
    let syllables: Vec<&str> = hypher::hyphenate(&lower, lang).collect();
    for syl in syllables.iter().take(syllables.len().saturating_sub(1)) {
        chars_seen += syl.chars().count();
        let p = word.start + lead + char_starts[chars_seen];
        if m.width(start..p) + hyphen_width(p) <= avail {
            best = Some(p);
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_punctuation_never_starts_a_line() {
        let text = "就已确定并建议在会议（2018年3月20-29日，日内瓦）上批准的建议书草案。与成员国进行磋商！";
        let breaks = opportunities(text);
        for b in &breaks {
            if b.pos < text.len() {
                let next = text[b.pos..].chars().next().unwrap();
                assert!(!NO_LINE_START.contains(next), "break before {next:?} at {}", b.pos);
                let prev = text[..b.pos].chars().next_back().unwrap();
                assert!(!NO_LINE_END.contains(prev), "break after {prev:?} at {}", b.pos);
            }
        }
        // CJK breaks between ideographs.
        assert!(breaks.len() > 20);
    }

    #[test]
    fn short_hyphenated_parts_stay_together() {
        let text = "ITU-T E-mail above-mentioned X.sgsec-2";
        let positions: Vec<usize> = opportunities(text).iter().map(|b| b.pos).collect();
        assert!(!positions.contains(&4), "ITU-/T");
        assert!(!positions.contains(&8), "E-/mail");
        assert!(positions.contains(&19), "above-/mentioned");
        assert!(!positions.contains(&(text.len() - 1)), "X.sgsec-/2");
        let code = "(ex Y.ML-IMT2020-Archi) IMT-2020 well-known";
        let positions: Vec<usize> = opportunities(code).iter().map(|b| b.pos).collect();
        for p in [9, 17, 28] {
            assert!(!positions.contains(&p), "a break inside a code at {p}: {positions:?}");
        }
        assert!(positions.contains(&(code.len() - 5)), "well-/known: {positions:?}");
    }
}
