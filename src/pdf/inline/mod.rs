//! Paragraph layout: bidi levels → break opportunities → font itemisation →
//! shaping → greedy line fill (with hyphenation) → per-line visual
//! reordering. The order follows Typst's inline layout.

pub mod bidi;
pub mod itemize;
pub mod linebreak;
pub mod shape;

use std::sync::Arc;

use unicode_bidi::{Level, ParagraphBidiInfo};

use self::bidi::{Hyphen, PosRun, position_line};
use self::linebreak::{LineSpec, Measure};
use self::shape::ShapedRun;
use super::PdfError;
use super::dom::{LINE_SEP, Lang, Rich, TextStyle};
use super::fonts::{Family, FontSet};

/// Bidi formatting characters. They take part in the bidi algorithm and are
/// removed before shaping, so they never reach the PDF text layer.
pub fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
    )
}

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
}

/// One laid-out line.
#[derive(Clone, Debug)]
pub struct Line {
    pub runs: Vec<PosRun>,
    /// Byte range in the paragraph text.
    pub range: std::ops::Range<usize>,
    /// Advance of the visible content (trailing spaces excluded).
    pub width: f32,
    /// Where the visible content starts, from the runs' origin: trailing
    /// spaces of an RTL line sit at its visual left.
    pub lead: f32,
}

/// A paragraph broken into lines.
#[derive(Clone, Debug)]
pub struct ParLayout {
    pub lines: Vec<Line>,
    pub size: f32,
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
        i as f32 * self.line_height + (self.line_height - self.size) / 2.0 + 0.86 * self.size
    }
}

fn hyphen_lang(lang: Lang) -> Option<hypher::Lang> {
    match lang {
        Lang::En => Some(hypher::Lang::English),
        Lang::Fr => Some(hypher::Lang::French),
        Lang::Es => Some(hypher::Lang::Spanish),
        Lang::Ru => Some(hypher::Lang::Russian),
        Lang::Ar | Lang::Zh => None,
    }
}

fn default_family(lang: Lang) -> Family {
    match lang {
        Lang::Ar => Family::Naskh,
        Lang::Zh => Family::Cjk,
        _ => Family::Sans,
    }
}

/// Lays out `rich` into lines of at most `width` points.
pub fn layout(
    fonts: &FontSet,
    rich: &Rich,
    style: &ParStyle,
    lang: Lang,
    rtl: bool,
    width: f32,
) -> Result<ParLayout, PdfError> {
    let text: Arc<str> = Arc::from(rich.text.as_str());
    let styles: Vec<TextStyle> = rich
        .spans
        .iter()
        .map(|(_, s)| TextStyle {
            bold: s.bold || style.bold,
            italic: s.italic || style.italic,
            link: s.link.clone(),
            lang: s.lang.clone(),
        })
        .collect();
    let mut par = ParLayout {
        lines: Vec::new(),
        size: style.size,
        line_height: style.size * style.leading,
        styles,
        rtl,
        source: rich.source,
    };
    if text.is_empty() {
        return Ok(par);
    }

    // 1. Bidi levels, with the isolates still in the text.
    let base = if rtl { Level::rtl() } else { Level::ltr() };
    let bidi = ParagraphBidiInfo::new(&text, Some(base));

    // 2. Break opportunities.
    let breaks = linebreak::opportunities(&text);

    // 3. Fonts, 4. shaping.
    let spans: Vec<_> = rich
        .spans
        .iter()
        .zip(&par.styles)
        .map(|((r, _), s)| (r.clone(), s.bold, s.italic))
        .collect();
    let items = itemize::itemize(fonts, &text, &bidi.levels, &spans, default_family(lang));
    let runs: Vec<ShapedRun> = items
        .into_iter()
        // A fill line never runs out of a narrow column.
        .map(|it| shape::shape_item(fonts, &text, it, lang.code(), style.object_width.min(width)))
        .collect::<Result<_, _>>()?;

    // 5. Line fill over per-byte advances.
    let mut cum = vec![0.0f32; text.len() + 1];
    for run in &runs {
        if run.item.object {
            cum[run.item.range.start + 1] += run.object_width;
        }
        for g in &run.glyphs {
            cum[g.cluster + 1] += g.x_advance * style.size;
        }
    }
    for i in 0..text.len() {
        cum[i + 1] += cum[i];
    }
    let measure = Measure { text: &text, cum };
    let hyphen_for = |pos: usize| -> Option<Hyphen> {
        let before = pos.saturating_sub(1);
        let run = runs.iter().find(|r| r.item.range.contains(&before))?;
        let glyphs = shape::shape_str(fonts, run.item.face, "-", 0..1, false, lang.code()).ok()?;
        Some(Hyphen {
            face: run.item.face,
            glyphs,
            span: run.item.span,
        })
    };
    let hyphen_width =
        |pos: usize| hyphen_for(pos).map_or(0.0, |h| h.glyphs.iter().map(|g| g.x_advance).sum::<f32>()) * style.size;
    let specs: Vec<LineSpec> = linebreak::fill(&measure, &breaks, width, hyphen_lang(lang), hyphen_width);

    // 6. Visual order per line.
    for spec in specs {
        let hyphen = if spec.hyphen { hyphen_for(spec.range.end) } else { None };
        let hyphen_w = hyphen
            .as_ref()
            .map_or(0.0, |h| h.glyphs.iter().map(|g| g.x_advance).sum::<f32>() * style.size);
        let (mut line_runs, total) = position_line(&bidi, &runs, &spec, style.size, &text, hyphen);
        if text[..spec.range.end]
            .trim_end_matches(is_bidi_control)
            .ends_with(LINE_SEP)
            && let Some(run) = runs
                .iter()
                .rev()
                .find(|r| r.item.range.end <= spec.range.end && !r.item.object)
            && let Some(space) = fonts.face(run.item.face).shaping.charmap().map_unicode(' ')
        {
            let x = if rtl { 0.0 } else { total };
            line_runs.push(bidi::break_space(run.item.face, space.to_u32(), x, run.item.span));
        }
        let trimmed_end = measure.trim_end(spec.range.clone());
        let trailing = measure.width(trimmed_end..spec.range.end);
        par.lines.push(Line {
            runs: line_runs,
            range: spec.range.clone(),
            width: measure.width(spec.range.start..trimmed_end) + hyphen_w,
            lead: if rtl { trailing } else { 0.0 },
        });
    }
    Ok(par)
}

#[cfg(test)]
mod tests;
