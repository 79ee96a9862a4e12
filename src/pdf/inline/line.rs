//! Stage four of paragraph layout: one line placed. Its level runs in visual
//! order, the glyphs of each found by binary search in the shaped runs (so
//! a line costs its own length), the spacing of Chinese text and any
//! justification added at character boundaries, a hyphen at the end.

use std::ops::Range;
use std::sync::Arc;

use krilla::text::{GlyphId, KrillaGlyph};

use super::bidi::visual_runs;
use super::breakpoints::{Break, Hyphen};
use super::prepare::Prepared;
use super::shape::{ShapedGlyph, ShapedRun};
use crate::pdf::fonts::FaceId;

/// What a positioned run draws.
#[derive(Clone, Debug)]
pub enum RunKind {
    /// Glyphs of one face; `text` is what their `text_range`s index.
    Glyphs {
        face: FaceId,
        glyphs: Vec<KrillaGlyph>,
        text: Arc<str>,
    },
    /// An inline object (a blank fill line).
    Object,
}

/// A run placed on a line: `x` from the line's visual left, in points.
#[derive(Clone, Debug)]
pub struct PosRun {
    pub x: f32,
    pub width: f32,
    /// Font size of the glyphs, in points.
    pub size: f32,
    /// Style span of the paragraph the run comes from.
    pub span: usize,
    pub kind: RunKind,
    /// Glyphs added at the line end that are not in the paragraph text (a
    /// hyphen, the word space standing for a `<br>`).
    pub added: bool,
}

/// A line placed: runs left to right and their advance. Spaces hanging
/// past the line end are there with no advance.
pub struct Placed {
    pub runs: Vec<PosRun>,
    pub total: f32,
}

/// How a line's character spacing changes: the ratio applied to the
/// boundaries' stretch (positive) or shrink (negative).
#[derive(Clone, Copy, Debug, Default)]
pub struct Spacing {
    pub ratio: f64,
}

/// Places the line from break `a` to break `b`.
pub fn place(p: &Prepared, a: &Break, b: &Break, spacing: Spacing) -> Placed {
    let line = a.pos..b.pos;
    let (vis, trim) = (a.next_vis, b.trim);
    let adjust = |c: usize| -> f32 {
        if c <= vis || c >= trim {
            return 0.0;
        }
        let at = p.at(c);
        let flex = if spacing.ratio >= 0.0 { at.stretch } else { at.shrink };
        (at.fixed + spacing.ratio * flex) as f32
    };
    let mut out = Vec::new();
    let mut x = 0.0f32;
    let rtl_par = p.para_level.is_rtl();
    let hyphen = b.hyphen.as_ref();
    if rtl_par && let Some(h) = hyphen {
        push_hyphen(&mut out, &mut x, h, p, b);
    }
    for (range, level) in visual_runs(p, line.clone()) {
        let rtl = level.is_rtl();
        let first = p.first_run_after(range.start);
        let last = p.runs[first..].partition_point(|r| r.item.range.start < range.end) + first;
        let order: Box<dyn Iterator<Item = usize>> = if rtl {
            Box::new((first..last).rev())
        } else {
            Box::new(first..last)
        };
        for r in order {
            let run = &p.runs[r];
            let lo = run.item.range.start.max(range.start);
            let hi = run.item.range.end.min(range.end);
            if run.item.object {
                x += adjust(run.item.range.start);
                out.push(PosRun {
                    x,
                    width: run.object_width,
                    size: run.size,
                    span: run.item.span,
                    kind: RunKind::Object,
                    added: false,
                });
                x += run.object_width;
                continue;
            }
            let slice = glyph_slice(run, lo..hi);
            if slice.is_empty() {
                continue;
            }
            let (pos_run, left_gap) = glyph_run(run, slice, hi, trim, &adjust, &p.text);
            x += left_gap;
            let width = pos_run.width;
            let x0 = x;
            out.push(PosRun { x: x0, ..pos_run });
            x += width;
        }
    }
    if !rtl_par && let Some(h) = hyphen {
        push_hyphen(&mut out, &mut x, h, p, b);
    }
    Placed { runs: out, total: x }
}

/// The glyphs of `run` whose clusters lie in `range`: a contiguous slice,
/// since clusters rise through a left-to-right run and fall through a
/// right-to-left one.
fn glyph_slice(run: &ShapedRun, range: Range<usize>) -> &[ShapedGlyph] {
    let g = &run.glyphs;
    let (a, b) = if run.item.level.is_rtl() {
        (
            g.partition_point(|x| x.cluster >= range.end),
            g.partition_point(|x| x.cluster >= range.start),
        )
    } else {
        (
            g.partition_point(|x| x.cluster < range.start),
            g.partition_point(|x| x.cluster < range.end),
        )
    };
    &g[a..b]
}

/// Converts a slice of shaped glyphs into a positioned run, adding each
/// boundary's spacing: before a cluster in a left-to-right run, after it in
/// a right-to-left one (the boundary before a character lies on its right
/// there). Returns the run and the space to leave before it.
fn glyph_run(
    run: &ShapedRun,
    slice: &[ShapedGlyph],
    hi: usize,
    trim: usize,
    adjust: &impl Fn(usize) -> f32,
    text: &Arc<str>,
) -> (PosRun, f32) {
    let size = run.size;
    let rtl = run.item.level.is_rtl();
    // A cluster ends where the next larger cluster of the slice starts.
    let mut starts: Vec<usize> = slice.iter().map(|g| g.cluster).collect();
    starts.sort_unstable();
    starts.dedup();
    let cluster_end = |c: usize| {
        let i = starts.partition_point(|&s| s <= c);
        starts.get(i).copied().unwrap_or(hi)
    };
    let mut glyphs: Vec<KrillaGlyph> = Vec::with_capacity(slice.len());
    let mut left_gap = 0.0;
    let mut width = 0.0;
    for (i, g) in slice.iter().enumerate() {
        let new_cluster = i == 0 || slice[i - 1].cluster != g.cluster;
        if !rtl && new_cluster {
            let extra = adjust(g.cluster);
            match glyphs.last_mut() {
                Some(prev) => prev.x_advance += extra / size,
                None => left_gap += extra,
            }
            width += if glyphs.is_empty() { 0.0 } else { extra };
        }
        // Spaces hanging past the line end are drawn (the text layer needs
        // them) but take no room.
        let mut advance = if g.cluster >= trim { 0.0 } else { g.x_advance };
        let cluster_done = slice.get(i + 1).is_none_or(|n| n.cluster != g.cluster);
        if rtl && cluster_done {
            let extra = adjust(g.cluster);
            advance += extra / size;
            width += extra;
        }
        width += if g.cluster >= trim { 0.0 } else { g.x_advance * size };
        glyphs.push(KrillaGlyph {
            glyph_id: GlyphId::new(g.id),
            text_range: g.cluster..cluster_end(g.cluster),
            x_advance: advance,
            x_offset: g.x_offset,
            y_offset: g.y_offset,
            y_advance: 0.0,
            location: None,
        });
    }
    (
        PosRun {
            x: 0.0,
            width,
            size,
            span: run.item.span,
            kind: RunKind::Glyphs {
                face: run.item.face,
                glyphs,
                text: text.clone(),
            },
            added: false,
        },
        left_gap,
    )
}

fn push_hyphen(out: &mut Vec<PosRun>, x: &mut f32, h: &Hyphen, p: &Prepared, b: &Break) {
    let Hyphen { face, glyphs, width } = h;
    let run = p.run_at(b.pos.saturating_sub(1)).map(|r| &p.runs[r]);
    let size = run.map_or(p.size, |r| r.size);
    out.push(PosRun {
        x: *x,
        width: *width,
        size,
        span: run.map_or(0, |r| r.item.span),
        kind: RunKind::Glyphs {
            face: *face,
            glyphs: glyphs
                .iter()
                .map(|g| KrillaGlyph {
                    glyph_id: GlyphId::new(g.id),
                    text_range: 0..1,
                    x_advance: g.x_advance,
                    x_offset: g.x_offset,
                    y_offset: g.y_offset,
                    y_advance: 0.0,
                    location: None,
                })
                .collect(),
            text: Arc::from("-"),
        },
        added: true,
    });
    *x += width;
}

/// A zero-width space glyph that gives the text layer the word boundary of
/// a `<br>` (PDF/A-2a and UA want explicit spaces between words).
pub fn break_space(face: FaceId, glyph: u32, x: f32, size: f32, span: usize) -> PosRun {
    PosRun {
        x,
        width: 0.0,
        size,
        span,
        kind: RunKind::Glyphs {
            face,
            glyphs: vec![KrillaGlyph {
                glyph_id: GlyphId::new(glyph),
                text_range: 0..1,
                x_advance: 0.0,
                x_offset: 0.0,
                y_offset: 0.0,
                y_advance: 0.0,
                location: None,
            }],
            text: Arc::from(" "),
        },
        added: true,
    }
}
