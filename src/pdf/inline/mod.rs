//! Paragraph layout in stages, after Typst's inline layout:
//! [`prepare`] (bidi levels, font itemisation, shaping, prefix sums of the
//! advances) → [`breakpoints`] (every place a line may end, hyphenation
//! points included) → [`linebreak`] (total fit over the whole paragraph) →
//! [`line`] (visual order, glyph positions, justification). Each stage is
//! linear in the paragraph's length, so a long paragraph costs what many
//! short ones do.

pub mod bidi;
pub mod breakpoints;
pub mod itemize;
pub mod line;
pub mod linebreak;
pub mod prepare;
pub mod shape;

use self::breakpoints::Kind;
use self::line::{PosRun, Spacing};
use self::linebreak::Params;
use super::PdfError;
use super::chars::{LINE_SEP, is_bidi_control};
use super::dom::{Lang, Rich, TextStyle};
use super::fonts::FontSet;

/// How a paragraph is set.
#[derive(Clone, Debug)]
pub struct ParStyle {
    pub size: f32,
    /// Line pitch as a multiple of `size`.
    pub leading: f32,
    pub bold: bool,
    pub italic: bool,
    /// Width of a text `<input>` fill line.
    pub object_width: f32,
    /// Whether long words may be hyphenated (running text; never headings,
    /// names, addresses, the header block or the signature).
    pub hyphenate: bool,
    /// Whether lines other than the last are justified to both edges
    /// (Chinese running text).
    pub justify: bool,
}

impl ParStyle {
    /// Plain text at `size` points: no hyphenation, no justification.
    pub fn new(size: f32, leading: f32) -> ParStyle {
        ParStyle {
            size,
            leading,
            bold: false,
            italic: false,
            object_width: super::style::INLINE_MARK,
            hyphenate: false,
            justify: false,
        }
    }
}

/// One laid-out line.
#[derive(Clone, Debug)]
pub struct Line {
    pub runs: Vec<PosRun>,
    /// Byte range in the paragraph text.
    pub range: std::ops::Range<usize>,
    /// Advance of the line (spaces hanging at its end take none).
    pub width: f32,
    /// The line ends in a hyphen (inserted, or one of the text): the word
    /// goes on on the next line, which must then be on the same page.
    pub hyphenated: bool,
}

/// A paragraph broken into lines.
#[derive(Clone, Debug)]
pub struct ParLayout {
    pub lines: Vec<Line>,
    /// Size of the paragraph's own script (Arabic is set larger), which
    /// places the baseline in the line.
    pub em: f32,
    pub line_height: f32,
    pub styles: Vec<TextStyle>,
    /// Base direction the paragraph was set in.
    pub rtl: bool,
    /// Where the paragraph comes from in the XHTML (byte offset).
    pub source: Option<usize>,
}

impl ParLayout {
    /// Baseline of line `i` below the paragraph top: the em box is centred
    /// in the line pitch, with the ascent taken as 0.86 em.
    pub fn baseline(&self, i: usize) -> f32 {
        i as f32 * self.line_height + (self.line_height - self.em) / 2.0 + 0.86 * self.em
    }
}

/// The hyphenation patterns of a language; Chinese and Arabic are never
/// hyphenated.
pub fn hyphen_lang(lang: Lang) -> Option<hypher::Lang> {
    match lang {
        Lang::En => Some(hypher::Lang::English),
        Lang::Fr => Some(hypher::Lang::French),
        Lang::Es => Some(hypher::Lang::Spanish),
        Lang::Ru => Some(hypher::Lang::Russian),
        Lang::Ar | Lang::Zh => None,
    }
}

/// The prices of line breaking (see [`linebreak::Params`]). Latin and
/// Cyrillic: ragged right, a hyphen only where it saves a line several ems
/// short, two in a row rarely; Chinese: justified, no single character
/// alone on the last line.
pub fn params(style: &ParStyle, lang: Lang, width: f32) -> Params {
    let em = f64::from(style.size);
    Params {
        width,
        justify: style.justify,
        // A line ending two and a half ems short of the measure is as bad
        // as a justified line stretched to its limit; narrow columns are
        // allowed proportionally more.
        ragged: (2.5 * em).max(f64::from(width) / 8.0),
        hyphen: 250.0,
        explicit: 50.0,
        double_hyphen: 30_000.0,
        final_hyphen: 20_000.0,
        runt: if lang == Lang::Zh { 150.0 } else { 0.0 },
    }
}

/// The most a justified line's character spacing stretches, as a ratio of
/// its stretch (two and a half ems per gap: a narrow cell whose next piece
/// is a long code has few gaps to spread its room over).
const MAX_STRETCH: f64 = 10.0;

/// Lays out `rich` into lines of at most `width` points.
pub fn layout(
    fonts: &FontSet,
    rich: &Rich,
    style: &ParStyle,
    lang: Lang,
    rtl: bool,
    width: f32,
) -> Result<ParLayout, PdfError> {
    let styles: Vec<TextStyle> = rich
        .spans
        .iter()
        .map(|(_, s)| TextStyle {
            bold: s.bold || style.bold,
            italic: s.italic || style.italic,
            link: s.link.clone(),
            lang: s.lang.clone(),
            alt: s.alt.clone(),
        })
        .collect();
    let em = if lang == Lang::Ar {
        style.size * super::style::NASKH_SCALE
    } else {
        style.size
    };
    let mut par = ParLayout {
        lines: Vec::new(),
        em,
        line_height: style.size * style.leading,
        styles,
        rtl,
        source: rich.source,
    };
    if rich.text.is_empty() {
        return Ok(par);
    }
    let p = prepare::prepare(fonts, rich, style, lang, rtl, width)?;
    let hyphenate = if style.hyphenate { hyphen_lang(lang) } else { None };
    let breaks = breakpoints::collect(fonts, &p, hyphenate);
    let params = params(style, lang, width);
    let chosen = linebreak::total_fit(&p, &breaks, &params).map_err(|e| too_narrow(rich, width, e.pos))?;
    let w = f64::from(width);
    for spec in &chosen.specs {
        let (a, b) = (&chosen.breaks[spec.from], &chosen.breaks[spec.to]);
        let fit = linebreak::measure(&p, a, b);
        let slack = w - fit.width;
        // Justified lines take up their slack at the character boundaries;
        // any line squeezes what it must. A line ending at a forced break
        // (the last of a paragraph, or before a `<br>`) is not stretched.
        let ratio = if slack < 0.0 && fit.shrink > 0.0 {
            (slack / fit.shrink).max(-1.0)
        } else if style.justify && b.kind != Kind::Mandatory && !b.before_object && fit.stretch > 0.0 {
            (slack / fit.stretch).min(MAX_STRETCH)
        } else {
            0.0
        };
        let placed = line::place(&p, a, b, Spacing { ratio });
        let mut runs = placed.runs;
        // A `<br>` leaves a word space in the text layer.
        if p.text[..b.pos].trim_end_matches(is_bidi_control).ends_with(LINE_SEP)
            && let Some(run) = p.runs[..p.first_run_after(b.pos)]
                .iter()
                .rev()
                .take_while(|r| r.item.range.start >= a.pos)
                .find(|r| !r.item.object)
            && let Some(space) = fonts.face(run.item.face).shaping.charmap().map_unicode(' ')
        {
            let x = if rtl { 0.0 } else { placed.total };
            runs.push(line::break_space(
                run.item.face,
                space.to_u32(),
                x,
                run.size,
                run.item.span,
            ));
        }
        par.lines.push(Line {
            runs,
            range: a.pos..b.pos,
            width: placed.total,
            hyphenated: b.kind.hyphenated(),
        });
    }
    Ok(par)
}

/// The error for a paragraph whose column cannot hold it.
fn too_narrow(rich: &Rich, width: f32, pos: usize) -> PdfError {
    let piece: String = rich.text[pos..]
        .chars()
        .filter(|&c| !super::chars::is_invisible(c))
        .take(24)
        .collect();
    PdfError::at_offset(
        format!(
            "a column {width:.1} pt wide is too narrow to set \u{201C}{piece}\u{201D} (lists or tables nested too deep?)"
        ),
        rich.source,
    )
}

#[cfg(test)]
mod tests;
