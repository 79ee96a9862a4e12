//! Stage one of paragraph layout: everything that does not depend on where
//! lines break, done once per paragraph. Bidi levels, font runs, shaping,
//! and prefix sums of the advances (and, for Chinese, of the spacing that
//! may be added or taken between characters), so that line breaking can
//! measure any candidate line in constant time and positioning can find a
//! line's glyphs by binary search.

use std::ops::Range;
use std::sync::Arc;

use unicode_bidi::{BidiClass, Level, ParagraphBidiInfo, bidi_class};

use super::ParStyle;
use super::itemize;
use super::shape::{self, ShapedRun};
use crate::pdf::PdfError;
use crate::pdf::chars::{Blank, cjk_punct_blank, is_ideograph, is_invisible, is_western_alnum};
use crate::pdf::dom::{Lang, Rich};
use crate::pdf::fonts::{Family, FontSet};
use crate::pdf::style;

/// A paragraph shaped and measured, ready to be broken into lines.
pub struct Prepared {
    pub text: Arc<str>,
    /// The paragraph's font size (runs may be scaled from it).
    pub size: f32,
    pub para_level: Level,
    /// Left-to-right text without a right-to-left character: every line
    /// reads in logical order, and the bidi algorithm is skipped.
    pub pure_ltr: bool,
    /// Resolved bidi level of each byte.
    pub levels: Vec<Level>,
    /// Original bidi class of each byte (line-level reordering needs them;
    /// empty for pure left-to-right text).
    pub classes: Vec<BidiClass>,
    /// Shaped runs in logical order; their ranges ascend and do not overlap.
    pub runs: Vec<ShapedRun>,
    /// `advance[i]`: advance of `text[..i]` in points. f64: a long
    /// paragraph sums to millions of points, where f32 loses whole points.
    advance: Vec<f64>,
    /// Spacing at character boundaries, each a prefix sum over boundary
    /// positions (the boundary at byte `p` lies before the character at
    /// `p`); empty when the paragraph has none. `fixed` is always applied
    /// inside a line (space between Han and Latin, compression of adjacent
    /// punctuation), `stretch` and `shrink` are what justification may add
    /// or take.
    fixed: Vec<f64>,
    stretch: Vec<f64>,
    shrink: Vec<f64>,
}

/// Adjustments at the boundary before one character.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Adjust {
    pub fixed: f64,
    pub stretch: f64,
    pub shrink: f64,
}

fn default_family(lang: Lang) -> Family {
    match lang {
        Lang::Ar => Family::Naskh,
        Lang::Zh => Family::Cjk,
        _ => Family::Sans,
    }
}

/// Sum over the boundaries `p` with `a < p < b` of a prefix-summed quantity.
fn interior(sums: &[f64], a: usize, b: usize) -> f64 {
    if sums.is_empty() || b <= a + 1 {
        0.0
    } else {
        sums[b] - sums[a + 1]
    }
}

fn at(sums: &[f64], p: usize) -> f64 {
    if sums.is_empty() { 0.0 } else { sums[p + 1] - sums[p] }
}

impl Prepared {
    /// Advance of the characters in `range`, in points.
    pub fn advance(&self, range: Range<usize>) -> f64 {
        self.advance[range.end] - self.advance[range.start]
    }

    /// Fixed spacing, stretch and shrink at the boundaries strictly inside
    /// `a..b`: a line's first and last boundaries vanish at its edges.
    pub fn between(&self, a: usize, b: usize) -> Adjust {
        Adjust {
            fixed: interior(&self.fixed, a, b),
            stretch: interior(&self.stretch, a, b),
            shrink: interior(&self.shrink, a, b),
        }
    }

    /// The adjustments at the boundary before byte `p`.
    pub fn at(&self, p: usize) -> Adjust {
        Adjust {
            fixed: at(&self.fixed, p),
            stretch: at(&self.stretch, p),
            shrink: at(&self.shrink, p),
        }
    }

    /// Index of the run holding byte `pos`, if a run does (invisible
    /// characters belong to none).
    pub fn run_at(&self, pos: usize) -> Option<usize> {
        let i = self.runs.partition_point(|r| r.item.range.end <= pos);
        (i < self.runs.len() && self.runs[i].item.range.start <= pos).then_some(i)
    }

    /// Index of the first run that ends after `pos`.
    pub fn first_run_after(&self, pos: usize) -> usize {
        self.runs.partition_point(|r| r.item.range.end <= pos)
    }
}

/// Shapes and measures `rich`, set in `lang` with base direction `rtl`.
pub fn prepare(
    fonts: &FontSet,
    rich: &Rich,
    style: &ParStyle,
    lang: Lang,
    rtl: bool,
    width: f32,
) -> Result<Prepared, PdfError> {
    let text: Arc<str> = Arc::from(rich.text.as_str());
    let base = if rtl { Level::rtl() } else { Level::ltr() };
    // Strong right-to-left characters, Arabic numbers and the controls that
    // open right-to-left embeddings all lie at U+0590 or above.
    let pure_ltr = !rtl
        && text.chars().all(|c| {
            (c as u32) < 0x590
                || !matches!(
                    bidi_class(c),
                    BidiClass::R | BidiClass::AL | BidiClass::AN | BidiClass::RLE | BidiClass::RLO | BidiClass::RLI
                )
        });
    let (classes, levels, para_level) = if pure_ltr {
        (Vec::new(), vec![base; text.len()], base)
    } else {
        let bidi = ParagraphBidiInfo::new(&text, Some(base));
        (bidi.original_classes, bidi.levels, bidi.paragraph_level)
    };

    let spans: Vec<_> = rich
        .spans
        .iter()
        .map(|(r, s)| (r.clone(), s.bold || style.bold, s.italic || style.italic))
        .collect();
    let items = itemize::itemize(fonts, &text, &levels, &spans, default_family(lang));
    // A fill line never runs out of a narrow column.
    let object_width = style.object_width.min(width);
    let runs: Vec<ShapedRun> = items
        .into_iter()
        .map(|it| {
            let size = style.size * style::face_scale(it.face);
            shape::shape_item(fonts, &text, it, lang.code(), object_width, size)
        })
        .collect::<Result<_, _>>()?;

    let mut advance = vec![0.0f64; text.len() + 1];
    for run in &runs {
        if run.item.object {
            advance[run.item.range.start + 1] += f64::from(run.object_width);
        }
        for g in &run.glyphs {
            advance[g.cluster + 1] += f64::from(g.x_advance * run.size);
        }
    }
    let mut p = Prepared {
        text,
        size: style.size,
        para_level,
        pure_ltr,
        levels,
        classes,
        runs,
        advance,
        fixed: Vec::new(),
        stretch: Vec::new(),
        shrink: Vec::new(),
    };
    if lang == Lang::Zh {
        chinese_spacing(&mut p);
    }
    for i in 0..p.text.len() {
        p.advance[i + 1] += p.advance[i];
    }
    Ok(p)
}

/// What a character is to Chinese spacing.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Ideograph,
    Punct(Blank),
    Western,
    Space,
    Other,
}

/// Chinese spacing (W3C CLREQ): a quarter em between ideographs and western
/// letters or digits (§3.2.2), half an em taken out between adjacent
/// full-width punctuation so that "）、" is one and a half ems (§3.1.6.1),
/// and the room justification may use: inter-character stretch, and the
/// blank halves of punctuation and the Han–Latin space as shrink. All of it
/// lives at character boundaries, not in the text.
fn chinese_spacing(p: &mut Prepared) {
    let em = f64::from(p.size);
    // Stretch per justification opportunity at a ratio of 1.
    let unit = 0.25 * em;
    let n = p.text.len();
    let mut fixed = vec![0.0f64; n + 1];
    let mut stretch = vec![0.0f64; n + 1];
    let mut shrink = vec![0.0f64; n + 1];
    let mut run = 0;
    let mut prev: Option<Class> = None;
    for (pos, c) in p.text.char_indices() {
        if is_invisible(c) {
            continue;
        }
        while run < p.runs.len() && p.runs[run].item.range.end <= pos {
            run += 1;
        }
        let cjk_face = p
            .runs
            .get(run)
            .is_some_and(|r| r.item.range.start <= pos && r.item.face.family() == Family::Cjk);
        let class = if is_ideograph(c) {
            Class::Ideograph
        } else if let Some(b) = cjk_punct_blank(c, cjk_face) {
            Class::Punct(b)
        } else if is_western_alnum(c) {
            Class::Western
        } else if c.is_whitespace() && !matches!(c, '\u{A0}' | '\u{202F}') {
            // No-break spaces bind codes ("ITU-T X.1214"): they do not stretch.
            Class::Space
        } else {
            Class::Other
        };
        if let Some(a) = prev {
            let b = class;
            let (mut f, mut st, mut sh) = (0.0, 0.0, 0.0);
            match (a, b) {
                (Class::Ideograph, Class::Western) | (Class::Western, Class::Ideograph) => {
                    f = 0.25 * em;
                    sh = 0.125 * em;
                }
                (Class::Punct(x), Class::Punct(y)) if x == Blank::Right || y == Blank::Left => f = -0.5 * em,
                _ => {
                    if a == Class::Punct(Blank::Right) {
                        sh += 0.5 * em;
                    }
                    if b == Class::Punct(Blank::Left) {
                        sh += 0.5 * em;
                    }
                }
            }
            let cjk = |x: Class| matches!(x, Class::Ideograph | Class::Punct(_));
            if cjk(a) || cjk(b) || a == Class::Space {
                st = unit;
            }
            fixed[pos + 1] = f;
            stretch[pos + 1] = st;
            shrink[pos + 1] = sh;
        }
        prev = Some(class);
    }
    for i in 0..n {
        fixed[i + 1] += fixed[i];
        stretch[i + 1] += stretch[i];
        shrink[i + 1] += shrink[i];
    }
    p.fixed = fixed;
    p.stretch = stretch;
    p.shrink = shrink;
}
