//! Stage two of paragraph layout: every place a line may end, found once
//! and up front. UAX #14 opportunities (icu_segmenter) tightened by the
//! house rules (Chinese punctuation, codes and their prefixes), mandatory
//! breaks at `<br>`, breaks after a hyphen of the text, and hyphenation
//! points of long Latin and Cyrillic words (hypher) that draw a hyphen.

use icu_segmenter::LineSegmenter;
use icu_segmenter::options::LineBreakOptions;

use super::prepare::Prepared;
use super::shape::{self, ShapedGlyph};
use crate::pdf::chars::{LINE_SEP, OBJECT, is_bidi_control, is_hanging_space, is_invisible};
use crate::pdf::fonts::{FaceId, Family, FontSet};

/// Characters that must not begin a line (Chinese typesetting rules;
/// ASCII closing punctuation included for mixed text).
pub const NO_LINE_START: &str = "，。、；：？！）」』》〉】〗〕］｝”’％,.;:?!)";
/// Characters that must not end a line.
pub const NO_LINE_END: &str = "（「『《〈【〖〔［｛“‘";
/// Prefixes that stay on the line of the code they introduce ("原X.dsms").
const CODE_PREFIXES: [char; 1] = ['原'];
/// Shortest word that may be hyphenated, and the fewest letters left on
/// either side of the hyphen: ITU texts hyphenate lightly.
pub const MIN_HYPHENATED_WORD: usize = 7;
pub const MIN_HYPHEN_SIDE: usize = 3;
/// How far a word is searched for a dot or digit that makes it a code.
const CODE_SCAN: usize = 128;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// The start of the paragraph (the first entry only).
    Start,
    /// An ordinary opportunity, after a space or between ideographs.
    Normal,
    /// A line must end here (`<br>`, end of text).
    Mandatory,
    /// After a hyphen of the text ("above-/mentioned"): the line ends in a
    /// hyphen the reader sees, so it costs like a hyphenation.
    Explicit,
    /// After a hyphen inside a code ("Y.CCDaaS-/reqts"): only when the code
    /// is wider than what is left of a narrow column.
    CodeHyphen,
    /// Inside a word, drawing a hyphen (hyphenation point, soft hyphen).
    Hyphen,
    /// Inside an unbreakable stretch wider than the line, at a cluster
    /// boundary: only when nothing else fits.
    Emergency,
}

impl Kind {
    /// Whether a line ending here ends in a visible hyphen.
    pub fn hyphenated(self) -> bool {
        matches!(self, Kind::Explicit | Kind::Hyphen | Kind::CodeHyphen)
    }
}

/// A place where a line may end (and the next begin).
#[derive(Clone, Debug)]
pub struct Break {
    pub pos: usize,
    pub kind: Kind,
    /// End of the visible content of a line ending here: spaces and
    /// invisible characters before `pos` hang past the line end.
    pub trim: usize,
    /// First visible character of a line starting here.
    pub next_vis: usize,
    /// That character is an inline object (a fill-in line): a line ending
    /// here ends because the field goes below, and is set like a last line.
    pub before_object: bool,
    /// The hyphen drawn at the end of the line (`Kind::Hyphen`).
    pub hyphen: Option<Hyphen>,
}

/// A hyphen to draw: its face, its glyphs (clusters index `"-"`), its
/// width in points.
#[derive(Clone, Debug)]
pub struct Hyphen {
    pub face: FaceId,
    pub glyphs: Vec<ShapedGlyph>,
    pub width: f32,
}

impl Break {
    pub fn hyphen_width(&self) -> f32 {
        self.hyphen.as_ref().map_or(0.0, |h| h.width)
    }
}

/// All breaks of the paragraph, in text order, the start first and the end
/// of text last. `hyphenate` names the hyphenation patterns, if any.
pub fn collect(fonts: &FontSet, p: &Prepared, hyphenate: Option<hypher::Lang>) -> Vec<Break> {
    let text = &*p.text;
    let segmenter = LineSegmenter::new_for_non_complex_scripts(LineBreakOptions::default());
    let mut out = vec![Break {
        pos: 0,
        kind: Kind::Start,
        trim: 0,
        next_vis: 0,
        before_object: false,
        hyphen: None,
    }];
    let mut prev = 0;
    for pos in segmenter.segment_str(text) {
        if pos == 0 {
            continue;
        }
        let before = text[..pos].chars().rev().take(CODE_SCAN).find(|&c| !is_bidi_control(c));
        let mandatory = before == Some(LINE_SEP) || pos == text.len();
        let verdict = if mandatory {
            Verdict::Yes
        } else {
            allowed(text, pos, before)
        };
        if verdict == Verdict::No {
            continue;
        }
        if let Some(lang) = hyphenate {
            hyphenation_points(fonts, p, prev..pos, lang, &mut out);
        }
        let kind = if mandatory {
            Kind::Mandatory
        } else if verdict == Verdict::LastResort {
            Kind::CodeHyphen
        } else if before == Some('\u{AD}') {
            Kind::Hyphen
        } else if matches!(before, Some('-' | '\u{2010}')) {
            Kind::Explicit
        } else {
            Kind::Normal
        };
        let hyphen = (kind == Kind::Hyphen).then(|| hyphen_at(fonts, p, pos)).flatten();
        out.push(Break {
            pos,
            kind,
            trim: pos,
            next_vis: pos,
            before_object: false,
            hyphen,
        });
        prev = pos;
    }
    // A code the text binds with word joiners ("Y.CCDaaS-\u{2060}reqts") may
    // still break after a hyphen when nothing else fits a narrow column.
    for (i, _) in text.match_indices("-\u{2060}") {
        let pos = i + "-\u{2060}".len();
        let before = hyphen_parts(text, i + 1).map_or(0, |(a, _)| a);
        let after = text[pos..]
            .chars()
            .take(CODE_SCAN)
            .take_while(|c| c.is_alphanumeric())
            .count();
        if before >= 3 && after >= 3 && in_identifier(text, i + 1) {
            out.push(Break {
                pos,
                kind: Kind::CodeHyphen,
                trim: pos,
                next_vis: pos,
                before_object: false,
                hyphen: None,
            });
        }
    }
    out.sort_by_key(|b| b.pos);
    if out.last().is_none_or(|b| b.pos != text.len() || b.kind == Kind::Start) {
        out.push(Break {
            pos: text.len(),
            kind: Kind::Mandatory,
            trim: text.len(),
            next_vis: text.len(),
            before_object: false,
            hyphen: None,
        });
    }
    set_trims(text, &mut out);
    out
}

/// Fills `trim` and `next_vis` of every break in one pass each way, so that
/// long runs of spaces or invisible characters cost no more than their length.
fn set_trims(text: &str, breaks: &mut [Break]) {
    let mut chars = text.char_indices().peekable();
    let mut last_visible_end = 0;
    for b in breaks.iter_mut() {
        while let Some(&(i, c)) = chars.peek() {
            if i >= b.pos {
                break;
            }
            if !is_hanging_space(c) {
                last_visible_end = i + c.len_utf8();
            }
            chars.next();
        }
        b.trim = last_visible_end;
    }
    let mut rev = text.char_indices().rev().peekable();
    let mut next_visible = (text.len(), false);
    for b in breaks.iter_mut().rev() {
        while let Some(&(i, c)) = rev.peek() {
            if i < b.pos {
                break;
            }
            if !is_invisible(c) {
                next_visible = (i, c == OBJECT);
            }
            rev.next();
        }
        (b.next_vis, b.before_object) = next_visible;
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Verdict {
    Yes,
    No,
    LastResort,
}

/// The house rules on top of UAX #14: Chinese punctuation that may not
/// begin or end a line, and codes that stay whole (a long one may break
/// after one of its hyphens when nothing else fits).
fn allowed(text: &str, pos: usize, before: Option<char>) -> Verdict {
    let after = text[pos..].chars().take(CODE_SCAN).find(|&c| !is_invisible(c));
    if after.is_some_and(|c| NO_LINE_START.contains(c)) || before.is_some_and(|c| NO_LINE_END.contains(c)) {
        return Verdict::No;
    }
    if before.is_some_and(|c| CODE_PREFIXES.contains(&c)) && after.is_some_and(|c| c.is_ascii_alphanumeric()) {
        return Verdict::No;
    }
    match hyphen_parts(text, pos) {
        Some((a, b)) if a < 3 || b < 3 => Verdict::No,
        Some(_) if in_identifier(text, pos) => Verdict::LastResort,
        Some(_) => Verdict::Yes,
        None if inside_code(text, pos) || after_sector_name(text, pos) => Verdict::No,
        None => Verdict::Yes,
    }
}

/// The letters and digits on each side of a hyphen that `pos` follows:
/// "ITU-/T", "E-/mail", "CH-/1211", "X.sgsec-/2" read badly when broken.
fn hyphen_parts(text: &str, pos: usize) -> Option<(usize, usize)> {
    // U+2010 HYPHEN takes three bytes, the ASCII one one.
    let head = text[..pos].strip_suffix(['-', '\u{2010}'])?;
    let before = head
        .chars()
        .rev()
        .take(CODE_SCAN)
        .take_while(|c| c.is_alphanumeric())
        .count();
    let after = text[pos..]
        .chars()
        .take(CODE_SCAN)
        .take_while(|c| c.is_alphanumeric())
        .count();
    Some((before, after))
}

fn is_code_delimiter(c: char) -> bool {
    c.is_whitespace()
        || "()（）[]«»\"“”,;،؛、，。".contains(c)
        || is_bidi_control(c)
        || super::super::chars::is_ideograph(c)
}

/// Whether the word around `pos` is a code rather than words: it holds a dot or a digit
/// ("Y.ML-IMT2020-Archi", "IMT-2020", "E.164.3"), and a line break inside it would garble it.
fn in_identifier(text: &str, pos: usize) -> bool {
    let lo = text[..pos]
        .char_indices()
        .rev()
        .take(CODE_SCAN)
        .take_while(|&(_, c)| !is_code_delimiter(c))
        .last()
        .map_or(pos, |(i, _)| i);
    let hi = text[pos..]
        .char_indices()
        .take(CODE_SCAN)
        .take_while(|&(_, c)| !is_code_delimiter(c))
        .last()
        .map_or(pos, |(i, c)| pos + i + c.len_utf8());
    let word = &text[lo..hi];
    word.contains('.') || word.chars().any(|c| c.is_ascii_digit())
}

/// A break between two characters of one code (no delimiter on either side).
fn inside_code(text: &str, pos: usize) -> bool {
    let before = text[..pos].chars().next_back();
    let after = text[pos..].chars().next();
    match (before, after) {
        (Some(a), Some(b)) if !is_code_delimiter(a) && !is_code_delimiter(b) => {
            // Latin codes and number ranges ("20–29") only; Chinese text
            // breaks between its characters.
            (a.is_ascii() || matches!(a, '–' | '\u{2010}')) && b.is_ascii() && in_identifier(text, pos)
        }
        _ => false,
    }
}

/// The space after "ITU-T" (or "UIT-T", "МСЭ-Т") and before the code it
/// names: "ITU-T X.1214" is one unit everywhere.
fn after_sector_name(text: &str, pos: usize) -> bool {
    let head = text[..pos].trim_end_matches(|c: char| c == ' ' || is_invisible(c));
    if head.len() == pos || !(head.ends_with("-T") || head.ends_with("-Т")) {
        return false;
    }
    let rest = text[pos..].trim_start_matches(is_invisible);
    let code: String = rest
        .chars()
        .take_while(|c| !c.is_whitespace())
        .take(CODE_SCAN)
        .collect();
    code.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && (code.contains('.') || code.chars().any(|c| c.is_ascii_digit()))
}

/// The hyphen for a line ending at `pos`, in the face of the letter before
/// it (or Noto Sans, when that face has no hyphen), at that run's size.
fn hyphen_at(fonts: &FontSet, p: &Prepared, pos: usize) -> Option<Hyphen> {
    let run = p.run_at(pos.checked_sub(1)?).or_else(|| p.run_at(pos))?;
    let r = &p.runs[run];
    let mut face = r.item.face;
    if !fonts.face(face).has_char('-') {
        face = FaceId::of(Family::Sans, face.is_bold(), face.is_italic());
    }
    let glyphs = fonts
        .face(face)
        .hyphen
        .get_or_init(|| shape::shape_str(fonts, face, "-", 0..1, false, "und").ok())
        .clone()?;
    let width = glyphs.iter().map(|g| g.x_advance).sum::<f32>() * r.size;
    Some(Hyphen { face, glyphs, width })
}

/// Hyphenation points of the word in `segment` (text between two break
/// opportunities), appended to `out`. Only long lower-case words of letters
/// alone: names and the start of sentences begin with a capital, codes hold
/// digits or dots, and each side keeps at least three letters.
fn hyphenation_points(
    fonts: &FontSet,
    p: &Prepared,
    segment: std::ops::Range<usize>,
    lang: hypher::Lang,
    out: &mut Vec<Break>,
) {
    let s = &p.text[segment.clone()];
    let s = s.trim_end_matches(|c: char| is_hanging_space(c) || c == '\u{A0}' || c == '\u{202F}');
    let (Some(lead), Some(trail)) = (s.find(char::is_alphabetic), s.rfind(char::is_alphabetic)) else {
        return;
    };
    let Some(last) = s[trail..].chars().next() else {
        return;
    };
    let core = &s[lead..trail + last.len_utf8()];
    let count = core.chars().count();
    if count < MIN_HYPHENATED_WORD
        || !core.chars().all(char::is_alphabetic)
        || !core.chars().next().is_some_and(char::is_lowercase)
        || core.chars().any(char::is_uppercase)
        || p.text[..segment.start + lead].ends_with(['.', '-', '\u{2010}'])
    {
        return;
    }
    let start = segment.start + lead;
    let mut offset = start;
    let mut seen = 0;
    for syllable in hypher::hyphenate(core, lang) {
        offset += syllable.len();
        seen += syllable.chars().count();
        if seen < MIN_HYPHEN_SIDE || count - seen < MIN_HYPHEN_SIDE || offset >= start + core.len() {
            continue;
        }
        out.push(Break {
            pos: offset,
            kind: Kind::Hyphen,
            trim: offset,
            next_vis: offset,
            before_object: false,
            hyphen: hyphen_at(fonts, p, offset),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pdf::dom::{Lang, Rich};
    use crate::pdf::fonts::test_fonts;
    use crate::pdf::inline::prepare::prepare;

    fn breaks(text: &str, lang: Lang, hyphenate: Option<hypher::Lang>) -> Vec<Break> {
        let fonts = test_fonts();
        let style = crate::pdf::inline::ParStyle::new(11.0, 1.25);
        let p = prepare(fonts, &Rich::plain(text), &style, lang, false, 400.0).unwrap();
        collect(fonts, &p, hyphenate)
    }

    fn positions(text: &str) -> Vec<usize> {
        breaks(text, Lang::En, None).iter().map(|b| b.pos).collect()
    }

    #[test]
    fn the_three_byte_hyphen_is_measured_as_a_character() {
        // U+2010 HYPHEN before a Japanese character: found by the property tests.
        assert_eq!(hyphen_parts("\u{2010}\u{3012}", 3), Some((0, 0)));
        assert_eq!(hyphen_parts("abc\u{2010}def", 6), Some((3, 3)));
        breaks("\u{2010}\u{3044} and practices", Lang::En, None);
    }

    #[test]
    fn chinese_punctuation_never_starts_a_line() {
        let text = "就已确定并建议在会议（2018年3月20-29日，日内瓦）上批准的建议书草案。与成员国进行磋商！";
        let all = breaks(text, Lang::Zh, None);
        for b in &all[1..] {
            if b.pos < text.len() {
                let next = text[b.pos..].chars().next().unwrap();
                assert!(!NO_LINE_START.contains(next), "break before {next:?} at {}", b.pos);
                let prev = text[..b.pos].chars().next_back().unwrap();
                assert!(!NO_LINE_END.contains(prev), "break after {prev:?} at {}", b.pos);
            }
        }
        // CJK breaks between ideographs.
        assert!(all.len() > 20);
    }

    #[test]
    fn short_hyphenated_parts_stay_together() {
        let text = "ITU-T E-mail above-mentioned X.sgsec-2";
        let positions = positions(text);
        assert!(!positions.contains(&4), "ITU-/T");
        assert!(!positions.contains(&8), "E-/mail");
        assert!(positions.contains(&19), "above-/mentioned");
        assert!(!positions.contains(&(text.len() - 1)), "X.sgsec-/2");
        let code = "(ex Y.ML-IMT2020-Archi) IMT-2020 well-known";
        let all = breaks(code, Lang::En, None);
        assert!(!all.iter().any(|b| b.pos == 9), "Y.ML-/IMT2020");
        for p in [17, 28] {
            // Only as a last resort, in a column narrower than the code.
            assert!(
                all.iter().all(|b| b.pos != p || b.kind == Kind::CodeHyphen),
                "a break inside a code at {p}"
            );
        }
        assert!(
            all.iter().any(|b| b.pos == code.len() - 5 && b.kind == Kind::Explicit),
            "well-/known"
        );
    }

    #[test]
    fn codes_and_their_sector_stay_whole_in_chinese_too() {
        let text = "采用ITU-T E.164.3建议书和ITU-T X.sgsec-2（原X.dsms）草案";
        let all = breaks(text, Lang::Zh, None);
        let inside = |needle: &str| {
            let at = text.find(needle).unwrap();
            all.iter().any(|b| b.pos > at && b.pos < at + needle.len())
        };
        assert!(!inside("ITU-T E.164.3"), "a break inside ITU-T E.164.3");
        assert!(!inside("ITU-T X.sgsec-2"), "a break inside ITU-T X.sgsec-2");
        assert!(!inside("原X.dsms"), "a break between 原 and its code");
        // Ideographs still break.
        assert!(inside("建议书"));
    }

    #[test]
    fn a_code_bound_with_joiners_breaks_only_as_a_last_resort() {
        let text = "草案（原\u{2060}Y.CCDaaS-\u{2060}reqts）和ITU-\u{2060}T\u{A0}X.sgsec-\u{2060}2";
        let all = breaks(text, Lang::Zh, None);
        let inside = |needle: &str| {
            let at = text.find(needle).unwrap();
            all.iter()
                .filter(|b| b.pos > at && b.pos < at + needle.len())
                .map(|b| (b.kind, &text[at..b.pos]))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            inside("Y.CCDaaS-\u{2060}reqts"),
            [(Kind::CodeHyphen, "Y.CCDaaS-\u{2060}")]
        );
        assert!(inside("ITU-\u{2060}T\u{A0}X.sgsec-\u{2060}2").is_empty());
        assert!(inside("原\u{2060}Y").is_empty());
    }

    #[test]
    fn no_break_spaces_and_joiners_hold() {
        let text = "le 11\u{A0}octobre, du 20–\u{2060}29 mars\u{202F}; «\u{202F}texte\u{202F}»";
        let positions = positions(text);
        for needle in ["11\u{A0}", "20–\u{2060}", "mars\u{202F}", "«\u{202F}", "texte\u{202F}"] {
            let at = text.find(needle).unwrap() + needle.len();
            assert!(!positions.contains(&at), "a break after {needle:?}: {positions:?}");
            let before = at - needle.chars().last().unwrap().len_utf8();
            assert!(!positions.contains(&before), "a break before the end of {needle:?}");
        }
    }

    #[test]
    fn only_long_lowercase_words_are_hyphenated_three_letters_each_side() {
        let text = "The telecommunication standardization Telecommunication number X.standardization recommendations";
        let all = breaks(text, Lang::En, Some(hypher::Lang::English));
        let hyph: Vec<&str> = all
            .iter()
            .filter(|b| b.kind == Kind::Hyphen)
            .map(|b| {
                let start = text[..b.pos].rfind(' ').map_or(0, |i| i + 1);
                &text[start..b.pos]
            })
            .collect();
        assert!(hyph.iter().any(|h| h.starts_with("tele")), "{hyph:?}");
        assert!(hyph.iter().any(|h| h.starts_with("rec")), "{hyph:?}");
        for h in &hyph {
            assert!(
                !h.starts_with('T') && !h.starts_with('X') && !h.starts_with("num"),
                "{h}"
            );
            assert!(h.chars().count() >= MIN_HYPHEN_SIDE, "{h}");
        }
        for b in all.iter().filter(|b| b.kind == Kind::Hyphen) {
            let end = text[b.pos..].find(' ').map_or(text.len(), |i| b.pos + i);
            assert!(text[b.pos..end].chars().count() >= MIN_HYPHEN_SIDE);
            assert!(b.hyphen_width() > 0.0);
        }
    }

    #[test]
    fn trims_skip_hanging_spaces_and_invisible_characters() {
        let text = "one  \u{2069}two\u{2028}three";
        let all = breaks(text, Lang::En, None);
        let after_one = all.iter().find(|b| b.pos > 0 && b.pos <= 8).unwrap();
        assert_eq!(after_one.trim, 3);
        assert_eq!(&text[after_one.next_vis..after_one.next_vis + 3], "two");
        assert!(all.iter().any(|b| b.kind == Kind::Mandatory && b.pos < text.len()));
    }
}
