//! The house style of an ITU letter: page geometry and the look of each
//! element, in logical terms (start/end), mirrored for RTL by the layout.

use super::dom::Lang;
use super::fonts::{FaceId, Family};
use super::inline::ParStyle;

pub const MM: f32 = 72.0 / 25.4;
pub const PAGE_W: f32 = 595.28;
pub const PAGE_H: f32 = 841.89;
pub const MARGIN_X: f32 = 20.0 * MM;
pub const MARGIN_TOP: f32 = 20.0 * MM;
pub const MARGIN_BOTTOM: f32 = 20.0 * MM;
pub const CONTENT_W: f32 = PAGE_W - 2.0 * MARGIN_X;

/// Gutter of hanging numbers in `ol.paragraphs`.
pub const NUMBER_GUTTER: f32 = 10.0 * MM;
/// Gutter of bullets and generic list numbers.
pub const LIST_GUTTER: f32 = 6.0 * MM;
/// Label column of the header block's definition lists.
pub const LABEL_COL: f32 = 20.0 * MM;
/// Least gap between a label and its value.
pub const LABEL_GAP: f32 = 2.0 * MM;
/// Gap between the two columns of the header block.
pub const COLUMN_GAP: f32 = 6.0 * MM;
/// Row-header column of a reply-form choice.
pub const LEGEND_COL: f32 = 45.0 * MM;
/// Padding inside reply-form table cells.
pub const CELL_PAD: f32 = 2.0 * MM;
/// Side of a checkbox.
pub const CHECKBOX: f32 = 3.5 * MM;
/// Diameter of a radio circle.
pub const RADIO: f32 = 3.0 * MM;
/// Gutter of a checkbox or radio before its label.
pub const MARK_GUTTER: f32 = 7.0 * MM;
/// Width of an inline mark (the small circle in a sentence), with room on each side.
pub const INLINE_MARK: f32 = 4.0 * MM;
/// Pitch of the lines written on by hand: at least 8 mm.
pub const WRITING_LINE: f32 = 8.0 * MM;
/// Room above the line where the form is signed.
pub const SIGNING_SPACE: f32 = 14.0 * MM;
/// Width of thin rules and borders.
pub const RULE: f32 = 0.5;
/// Noto Naskh Arabic looks a size smaller than Noto Sans at the same point
/// size: its runs are set about a point larger than the Latin beside them.
pub const NASKH_SCALE: f32 = 12.0 / 11.0;
/// The narrowest column text is set in, in ems of its size: narrower, a
/// line holds a word or two at best (lists nested far too deep).
pub const MIN_COLUMN_EM: f32 = 4.0;

/// How much larger than the paragraph's size a face is set.
pub fn face_scale(face: FaceId) -> f32 {
    if face.family() == Family::Naskh {
        NASKH_SCALE
    } else {
        1.0
    }
}

/// Horizontal alignment, logical.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Start,
    End,
    Center,
}

/// How a block of text looks and sits.
#[derive(Clone, Debug)]
pub struct BlockStyle {
    pub par: ParStyle,
    pub align: Align,
    pub space_before: f32,
    pub keep_with_next: bool,
}

pub fn body_size(lang: Lang) -> f32 {
    if lang == Lang::Zh { 10.5 } else { 11.0 }
}

/// Arabic needs a taller line for its ascenders, descenders and marks:
/// 1.375 times the (larger) size its Naskh is set at.
pub fn leading(lang: Lang) -> f32 {
    if lang == Lang::Ar { 1.375 * NASKH_SCALE } else { 1.25 }
}

/// Text of the house style: not hyphenated (names, addresses, headings)
/// unless a paragraph style says so; Chinese set at the start side is
/// justified to both edges.
fn text(lang: Lang, size: f32, bold: bool, italic: bool) -> ParStyle {
    ParStyle {
        size,
        leading: leading(lang),
        bold,
        italic,
        object_width: INLINE_MARK,
        hyphenate: false,
        justify: lang == Lang::Zh,
    }
}

/// Paragraph style by class.
pub fn paragraph(lang: Lang, class: &str) -> BlockStyle {
    let size = body_size(lang);
    let mut s = BlockStyle {
        par: text(lang, size, false, false),
        align: Align::Start,
        space_before: 6.0,
        keep_with_next: false,
    };
    // Running text may be hyphenated; titles, names and fill-in lines not.
    s.par.hyphenate = true;
    for c in class.split_ascii_whitespace() {
        match c {
            "place-date" => {
                s.align = Align::End;
                s.space_before = 8.0;
                s.par.hyphenate = false;
            }
            "salutation" => s.space_before = 12.0,
            "closing" => s.space_before = 12.0,
            // Room for the handwritten signature between the closing and the title.
            "signatory-first" => s.space_before = 24.0,
            "annexes" => s.space_before = 12.0,
            "rec-title" => {
                s.par.bold = true;
                s.keep_with_next = true;
                s.par.hyphenate = false;
            }
            "summary-heading" => {
                s.par.bold = true;
                s.keep_with_next = true;
                s.par.hyphenate = false;
            }
            "lead" => s.keep_with_next = true,
            "hint" => s.par.italic = true,
            "fill-lines" | "placeholder" => s.par.hyphenate = false,
            c if c.starts_with("signatory") => s.par.hyphenate = false,
            _ => {}
        }
    }
    s.par.justify &= s.align == Align::Start;
    s
}

/// Headings: `h1` annex number and `h2` annex title centred, `h3`/`h4` at
/// the start side; all kept with the next block.
pub fn heading(lang: Lang, level: u8) -> BlockStyle {
    let size = body_size(lang);
    let (size, bold, align, space_before) = match level {
        1 => (size + 1.0, false, Align::Center, 0.0),
        2 => (size + 1.0, true, Align::Center, 10.0),
        3 => (size, true, Align::Start, 14.0),
        _ => (size, true, Align::Start, 8.0),
    };
    let mut par = text(lang, size, bold, false);
    par.justify &= align == Align::Start;
    BlockStyle {
        par,
        align,
        space_before,
        keep_with_next: true,
    }
}

pub fn org(lang: Lang) -> BlockStyle {
    BlockStyle {
        par: text(lang, 15.0, true, false),
        align: Align::Start,
        space_before: 0.0,
        keep_with_next: true,
    }
}

pub fn bureau(lang: Lang) -> BlockStyle {
    BlockStyle {
        par: text(lang, 11.0, false, false),
        align: Align::Start,
        space_before: 2.0,
        keep_with_next: true,
    }
}

/// `dt` labels.
pub fn label(lang: Lang) -> BlockStyle {
    let mut s = paragraph(lang, "");
    s.par.bold = true;
    s.par.hyphenate = false;
    s.space_before = 0.0;
    s
}

/// `dd` values and list bodies' first paragraphs sit flush with their label.
pub fn value(lang: Lang, class: &str) -> BlockStyle {
    let mut s = paragraph(lang, class);
    s.space_before = 0.0;
    s
}

/// Small centred text in the page margins, at `size` points.
fn margin_text(size: f32) -> BlockStyle {
    BlockStyle {
        par: ParStyle::new(size, 1.3),
        align: Align::Center,
        space_before: 0.0,
        keep_with_next: false,
    }
}

/// Bureau address at the foot of page 1.
pub fn footer() -> BlockStyle {
    margin_text(8.0)
}

/// Page number and running head of pages 2+.
pub fn running_head() -> BlockStyle {
    margin_text(9.0)
}
