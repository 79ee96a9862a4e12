//! Character classes the typesetter treats specially. A leaf module: the
//! document model and the paragraph layout both ask it, neither owns it.

use harfrust::Script;

/// Stands for an inline object (a drawn mark) in paragraph text.
pub const OBJECT: char = '\u{FFFC}';
/// Stands for `<br>` in paragraph text.
pub const LINE_SEP: char = '\u{2028}';
/// NARROW NO-BREAK SPACE, before French high punctuation and inside « ».
pub const NARROW_NBSP: char = '\u{202F}';
/// Advance of a narrow no-break space drawn with a face that lacks it, in em
/// (a thin space, as French typography sets it).
pub const NARROW_NBSP_EM: f32 = 0.2;

/// Bidi formatting characters. They take part in the bidi algorithm and are
/// removed before shaping, so they never reach the PDF text layer.
pub fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
    )
}

/// Characters that produce no glyph and no text: bidi controls (their job
/// ends with the bidi step), the `<br>` separator, the soft hyphen, zero
/// width space, WORD JOINER and ZERO WIDTH NO-BREAK SPACE (their job ends
/// with line breaking).
pub fn is_invisible(c: char) -> bool {
    is_bidi_control(c) || matches!(c, LINE_SEP | '\u{AD}' | '\u{200B}' | '\u{2060}' | '\u{FEFF}')
}

/// Spaces that hang past the end of a line and do not count for fitting.
pub fn is_hanging_space(c: char) -> bool {
    c == ' ' || c == '\u{3000}' || is_invisible(c)
}

/// Han, kana and bopomofo: the characters Chinese text is made of.
pub fn is_ideograph(c: char) -> bool {
    let script = harfrust::unicode::script(c as u32);
    script == Script::HAN || script == Script::HIRAGANA || script == Script::KATAKANA || script == Script::BOPOMOFO
}

/// Where a full-width CJK punctuation mark leaves its blank half (GB style,
/// as Noto Sans CJK SC draws them; W3C CLREQ §3.1.6).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Blank {
    /// Ink on the left, blank on the right: commas, stops, closing brackets.
    Right,
    /// Ink on the right, blank on the left: opening brackets.
    Left,
}

/// The blank side of a CJK punctuation mark, or `None` for other characters.
/// Curly quotes are CJK punctuation only when a CJK face draws them (they are
/// full width there); the caller says so with `cjk_face`.
pub fn cjk_punct_blank(c: char, cjk_face: bool) -> Option<Blank> {
    match c {
        '，' | '。' | '、' | '；' | '：' | '？' | '！' | '）' | '》' | '」' | '』' | '】' | '〗' | '〕' | '〉'
        | '］' | '｝' | '．' => Some(Blank::Right),
        '（' | '《' | '「' | '『' | '【' | '〖' | '〔' | '〈' | '［' | '｛' => Some(Blank::Left),
        '”' | '’' if cjk_face => Some(Blank::Right),
        '“' | '‘' if cjk_face => Some(Blank::Left),
        _ => None,
    }
}

/// Letters and digits of the western scripts, which Chinese text keeps a
/// quarter em away from its ideographs (CLREQ §3.2.2).
pub fn is_western_alnum(c: char) -> bool {
    if c.is_ascii_alphanumeric() {
        return true;
    }
    if !c.is_alphanumeric() {
        return false;
    }
    let script = harfrust::unicode::script(c as u32);
    script == Script::LATIN || script == Script::GREEK || script == Script::CYRILLIC
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joiners_and_isolates_are_invisible_but_no_break_spaces_are_not() {
        for c in [
            '\u{2060}', '\u{FEFF}', '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}', LINE_SEP,
        ] {
            assert!(is_invisible(c), "{c:?}");
        }
        for c in ['\u{A0}', NARROW_NBSP, ' '] {
            assert!(!is_invisible(c), "{c:?}");
        }
    }

    #[test]
    fn punctuation_sides_follow_gb_style() {
        assert_eq!(cjk_punct_blank('）', false), Some(Blank::Right));
        assert_eq!(cjk_punct_blank('、', false), Some(Blank::Right));
        assert_eq!(cjk_punct_blank('（', false), Some(Blank::Left));
        assert_eq!(cjk_punct_blank('”', false), None);
        assert_eq!(cjk_punct_blank('”', true), Some(Blank::Right));
        assert!(is_ideograph('建') && !is_ideograph('X'));
        assert!(is_western_alnum('X') && is_western_alnum('7') && is_western_alnum('Ж') && !is_western_alnum('建'));
    }
}
