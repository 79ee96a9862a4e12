//! How an inserted value reads in the sentence around it, decided where the value is made.
//!
//! Fluent's own isolation is off (it wraps every placeable in FSI…PDI, and first-strong is the
//! wrong rule for a list that starts with "ITU-T" but must read right to left). Instead each
//! value is given the direction it must read in, by its type, the same for the web page and
//! the PDF (the typesetter honours the isolates; browsers do natively):
//!
//! - codes, numbers with separators, e-mail addresses and telephone numbers read left to right
//!   ([`Value::code`]): "ITU-T X.1214" is one left-to-right unit everywhere;
//! - lists, dates and phrases read in the document's direction ([`Value::phrase`]): a list of
//!   Recommendations inside Arabic reads right to left, each code inside it left to right.
//!
//! Isolates are only needed where the document's direction differs from a value's, so only
//! right-to-left documents carry them; left-to-right documents get none.
//!
//! The same place keeps units together: a code and its prefix ("ITU-T X.1214", "ex X.dsms"),
//! a date, both ends of a date range. Spaces inside become no-break spaces and a word joiner
//! follows dashes and hyphens inside them, so neither a browser nor the typesetter breaks a
//! line there.

use icu_segmenter::LineSegmenter;
use icu_segmenter::options::LineBreakOptions;

use crate::lang::{Dir, Lang};

/// Left-to-right isolate, right-to-left isolate, pop directional isolate.
const LRI: char = '\u{2066}';
const RLI: char = '\u{2067}';
const PDI: char = '\u{2069}';
/// Prevents a line break at its position; invisible.
pub const WORD_JOINER: char = '\u{2060}';
pub const NBSP: char = '\u{00A0}';

/// Bidi embedding, override and isolate controls, and the marks.
pub fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
    )
}

/// `s` without bidi controls and word joiners: for titles and attributes, where a reader's
/// tool shows text without laying it out.
pub fn plain(s: &str) -> String {
    s.chars().filter(|&c| !is_bidi_control(c) && c != WORD_JOINER).collect()
}

/// Makes `s` one unit for line breaking: its spaces become no-break spaces, and a word joiner
/// goes wherever a line could still break (after a dash or a hyphen, between an ideograph and
/// a Latin letter: "20–29", "ITU-T", "原X.samtn"), by the rules of UAX #14 that browsers and
/// the typesetter follow.
pub fn unbreakable(s: &str) -> String {
    let spaced: String = s.chars().map(|c| if c == ' ' { NBSP } else { c }).collect();
    let segmenter = LineSegmenter::new_for_non_complex_scripts(LineBreakOptions::default());
    let mut out = String::with_capacity(spaced.len() + 8);
    let mut last = 0;
    // Browsers tailor UAX #14 (Chromium breaks "X.sgsec-2" after its hyphen in Chinese
    // text): a joiner after every dash and hyphen too.
    let after_dash = spaced
        .char_indices()
        .filter(|(_, c)| matches!(c, '-' | '\u{2010}' | '\u{2011}' | '\u{2013}' | '\u{2014}' | '/'))
        .map(|(i, c)| i + c.len_utf8());
    let mut breaks: Vec<usize> = segmenter.segment_str(&spaced).chain(after_dash).collect();
    breaks.sort_unstable();
    breaks.dedup();
    for pos in breaks {
        if pos == 0 || pos == spaced.len() {
            continue;
        }
        out.push_str(&spaced[last..pos]);
        if !spaced[pos..].starts_with(WORD_JOINER) && !spaced[..pos].ends_with(WORD_JOINER) {
            out.push(WORD_JOINER);
        }
        last = pos;
    }
    out.push_str(&spaced[last..]);
    out
}

/// The prefixes that bind to the Recommendation number after them in every language ("ITU-T
/// X.1214", "UIT-T X.1214", "МСЭ-Т X.1214").
const CODE_PREFIXES: [&str; 3] = ["ITU-T ", "UIT-T ", "МСЭ-Т "];

/// In an editor's text (a summary, a title), keeps each code on one line with its prefix:
/// "ITU-T X.sgsec-2" becomes one unbreakable unit, wherever it stands in the sentence.
pub fn bind_codes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some((i, prefix)) = CODE_PREFIXES
        .iter()
        .filter_map(|p| rest.find(p).map(|i| (i, *p)))
        .min_by_key(|(i, _)| *i)
    {
        let after = &rest[i + prefix.len()..];
        let mut chars = after.chars();
        let is_code = matches!((chars.next(), chars.next()), (Some(l), Some('.')) if l.is_ascii_uppercase());
        if !is_code {
            out.push_str(&rest[..i + prefix.len()]);
            rest = after;
            continue;
        }
        // The code is made of Latin letters, digits, dots, hyphens and slashes ("X.1214",
        // "Y.ML-IMT2020-Archi"); a final full stop is the sentence's.
        let end = after
            .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '/')))
            .unwrap_or(after.len());
        let code = after[..end].trim_end_matches('.');
        out.push_str(&rest[..i]);
        out.push_str(&unbreakable(&format!("{prefix}{code}")));
        rest = &after[code.len()..];
    }
    out.push_str(rest);
    out
}

/// Text values made for one document language.
#[derive(Debug, Clone, Copy)]
pub struct Value {
    pub lang: Lang,
}

impl Value {
    pub fn new(lang: Lang) -> Value {
        Value { lang }
    }

    fn isolate(&self, open: char, s: &str) -> String {
        if self.lang.dir() == Dir::Rtl && !s.is_empty() {
            format!("{open}{s}{PDI}")
        } else {
            s.to_string()
        }
    }

    /// A code, number with separators, e-mail address or telephone number: left to right
    /// and unbreakable.
    pub fn code(&self, s: &str) -> String {
        self.isolate(LRI, &unbreakable(s))
    }

    /// A phrase that reads in the document's direction (a list, a title made of messages).
    pub fn phrase(&self, s: &str) -> String {
        let dir = self.lang.dir();
        self.isolate(if dir == Dir::Rtl { RLI } else { LRI }, s)
    }

    /// A unit in the document's direction that must not break: a date, a date range, a code
    /// with its prefix ("ex X.dsms").
    pub fn unit(&self, s: &str) -> String {
        self.phrase(&unbreakable(s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn left_to_right_documents_get_no_isolates() {
        for lang in [Lang::En, Lang::Fr, Lang::Es, Lang::Ru, Lang::Zh] {
            let v = Value::new(lang);
            assert!(!v.code("X.1214").chars().any(is_bidi_control), "{lang}");
            assert!(!v.phrase("A, B").chars().any(is_bidi_control), "{lang}");
        }
    }

    #[test]
    fn arabic_isolates_codes_left_to_right_and_lists_right_to_left() {
        let v = Value::new(Lang::Ar);
        assert_eq!(v.code("ITU-T X.1214"), "\u{2066}ITU-\u{2060}T\u{a0}X.1214\u{2069}");
        assert_eq!(v.phrase("a و b"), "\u{2067}a و b\u{2069}");
        assert_eq!(v.code(""), "");
    }

    #[test]
    fn units_do_not_break_at_spaces_or_dashes() {
        assert_eq!(unbreakable("20–29 March 2018"), "20–\u{2060}29\u{a0}March\u{a0}2018");
        assert_eq!(unbreakable("原X.samtn"), "原\u{2060}X.samtn");
        assert_eq!(plain(&Value::new(Lang::Ar).code("ITU-T X.1")), "ITU-T\u{a0}X.1");
        // Nothing left to break at, by the rules that browsers and the typesetter follow.
        let segmenter = LineSegmenter::new_for_non_complex_scripts(LineBreakOptions::default());
        for s in [
            "1 May – 2 June 2018",
            "ITU-T X.sgsec-2",
            "原X.sgsec-2",
            "20–29 марта 2018 г.",
        ] {
            let u = unbreakable(s);
            let breaks: Vec<usize> = segmenter.segment_str(&u).filter(|p| *p > 0 && *p < u.len()).collect();
            assert!(breaks.is_empty(), "{s:?}: breaks at {breaks:?} in {u:?}");
        }
    }

    #[test]
    fn codes_in_running_text_keep_their_prefix() {
        let t = bind_codes("Draft Recommendation ITU-T X.sgsec-2 analyses. See UIT-T X.1214, and ITU-T's work.");
        assert!(t.contains(&unbreakable("ITU-T X.sgsec-2")), "{t:?}");
        assert!(
            t.contains(&format!("{} analyses.", unbreakable("ITU-T X.sgsec-2"))),
            "{t:?}"
        );
        assert!(t.contains(&format!("{},", unbreakable("UIT-T X.1214"))), "{t:?}");
        assert!(t.ends_with("and ITU-T's work."), "{t:?}");
        assert_eq!(bind_codes("no codes here"), "no codes here");
        let zh = bind_codes("ITU-T X.sgsec-2建议书草案将对");
        assert!(zh.ends_with("建议书草案将对"), "{zh:?}");
    }
}
