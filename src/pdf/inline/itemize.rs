//! Font itemisation: every character gets a face chosen by script, with a
//! per-character fallback through the other families when the chosen face
//! has no glyph; characters are then grouped into runs that share bidi
//! level, face and style span, ready to be shaped.

use std::ops::Range;

use harfrust::Script;
use unicode_bidi::Level;

use crate::pdf::chars::{OBJECT, is_invisible};
use crate::pdf::fonts::{FaceId, Family, FontSet};

/// A maximal range of text shaped as a unit.
#[derive(Clone, Debug)]
pub struct Item {
    pub range: Range<usize>,
    pub level: Level,
    pub face: FaceId,
    /// Index of the style span the range lies in.
    pub span: usize,
    /// An inline object (fill line) rather than text.
    pub object: bool,
}

/// The family a character asks for by itself, or `None` for characters
/// shared between scripts (spaces, punctuation, marks) that follow their
/// neighbours.
fn strong_family(c: char) -> Option<Family> {
    if c.is_ascii_alphanumeric() {
        // Latin letters and European digits always come from Noto Sans, also
        // inside Arabic or Chinese sentences ("X.1214", dates).
        return Some(Family::Sans);
    }
    let cp = c as u32;
    // CJK punctuation, fullwidth forms and compatibility ideographs are
    // script Common but belong to the CJK face (full-width metrics).
    if (0x3000..=0x303F).contains(&cp)
        || (0xFF00..=0xFFEF).contains(&cp)
        || (0xF900..=0xFAFF).contains(&cp)
        || (0xFE30..=0xFE4F).contains(&cp)
    {
        return Some(Family::Cjk);
    }
    let script = harfrust::unicode::script(cp);
    if script == Script::ARABIC {
        Some(Family::Naskh)
    } else if script == Script::HAN
        || script == Script::HIRAGANA
        || script == Script::KATAKANA
        || script == Script::BOPOMOFO
    {
        Some(Family::Cjk)
    } else if script == Script::COMMON || script == Script::INHERITED {
        None
    } else {
        Some(Family::Sans)
    }
}

/// Replacement used for shaping characters that no face draws well on their
/// own. U+20DD COMBINING ENCLOSING CIRCLE appears alone in the reply form
/// ("select one of the options ⃝") where it stands for the radio circle: a
/// spacing WHITE CIRCLE renders it; the text layer keeps the original.
pub fn display_char(c: char) -> char {
    match c {
        '\u{20DD}' => '\u{25CB}',
        _ => c,
    }
}

fn family_order(first: Family) -> [Family; 3] {
    match first {
        Family::Sans => [Family::Sans, Family::Cjk, Family::Naskh],
        Family::Naskh => [Family::Naskh, Family::Sans, Family::Cjk],
        Family::Cjk => [Family::Cjk, Family::Sans, Family::Naskh],
    }
}

/// Splits `text` into shaping items.
///
/// `spans` cover the text: `(range, bold, italic)`. `levels` are the bidi
/// levels per byte.
pub fn itemize(
    fonts: &FontSet,
    text: &str,
    levels: &[Level],
    spans: &[(Range<usize>, bool, bool)],
    default_family: Family,
) -> Vec<Item> {
    // First pass: the family each character asks for, with shared
    // characters taking the previous strong family (or the next one at the
    // start of the paragraph).
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut fam: Vec<Option<Family>> = chars.iter().map(|&(_, c)| strong_family(c)).collect();
    let first_strong = fam.iter().flatten().next().copied().unwrap_or(default_family);
    let mut prev = first_strong;
    for f in fam.iter_mut() {
        match f {
            Some(x) => prev = *x,
            None => *f = Some(prev),
        }
    }

    let mut items: Vec<Item> = Vec::new();
    let mut span_idx = 0;
    let mut prev_face: Option<FaceId> = None;
    for (i, &(pos, c)) in chars.iter().enumerate() {
        while span_idx + 1 < spans.len() && spans[span_idx].0.end <= pos {
            span_idx += 1;
        }
        let (_, bold, italic) = spans[span_idx];
        let end = pos + c.len_utf8();
        if is_invisible(c) {
            // Never shaped: a run boundary so that no glyph covers it.
            prev_face = None;
            continue;
        }
        let object = c == OBJECT;
        let wanted = fam[i].unwrap_or(default_family);
        let shaped = display_char(c);
        let is_mark = harfrust::unicode::script(c as u32) == Script::INHERITED && c != '\u{20DD}';
        let face = match prev_face {
            // Marks stay with their base so that they shape together.
            Some(f) if is_mark && fonts.face(f).has_char(shaped) => f,
            _ => family_order(wanted)
                .into_iter()
                .map(|f| FaceId::of(f, bold, italic))
                .find(|&f| object || fonts.face(f).has_char(shaped))
                .unwrap_or(FaceId::of(wanted, bold, italic)),
        };
        prev_face = Some(face);
        let level = levels[pos];
        match items.last_mut() {
            Some(it)
                if !object
                    && !it.object
                    && it.range.end == pos
                    && it.level == level
                    && it.face == face
                    && it.span == span_idx =>
            {
                it.range.end = end;
            }
            _ => items.push(Item {
                range: pos..end,
                level,
                face,
                span: span_idx,
                object,
            }),
        }
    }
    items
}
