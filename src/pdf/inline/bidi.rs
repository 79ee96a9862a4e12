//! Visual reordering of one line and glyph positioning.

use std::sync::Arc;

use krilla::text::{GlyphId, KrillaGlyph};
use unicode_bidi::ParagraphBidiInfo;

use super::linebreak::LineSpec;
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
    /// Style span of the paragraph the run comes from.
    pub span: usize,
    pub kind: RunKind,
    /// Glyphs added at the line end that are not in the paragraph text (a
    /// hyphen, the word space standing for a `<br>`).
    pub added: bool,
}

/// Converts shaped glyphs (visual order, clusters as byte offsets in
/// `text`) to krilla glyphs whose text ranges cover whole clusters.
fn to_krilla(glyphs: &[ShapedGlyph], cluster_end: impl Fn(usize) -> usize) -> Vec<KrillaGlyph> {
    glyphs
        .iter()
        .map(|g| KrillaGlyph {
            glyph_id: GlyphId::new(g.id),
            text_range: g.cluster..cluster_end(g.cluster),
            x_advance: g.x_advance,
            x_offset: g.x_offset,
            y_offset: g.y_offset,
            y_advance: 0.0,
            location: None,
        })
        .collect()
}

/// The hyphen to append to a hyphenated line: face, shaped glyphs (clusters
/// index `"-"`) and the style span.
pub struct Hyphen {
    pub face: FaceId,
    pub glyphs: Vec<ShapedGlyph>,
    pub span: usize,
}

/// Lays out line `spec` in visual order. Returns the runs and the total
/// advance (trailing spaces included).
pub fn position_line(
    bidi: &ParagraphBidiInfo,
    runs: &[ShapedRun],
    spec: &LineSpec,
    size: f32,
    text: &Arc<str>,
    hyphen: Option<Hyphen>,
) -> (Vec<PosRun>, f32) {
    let line = spec.range.clone();
    let mut out = Vec::new();
    let mut x = 0.0;
    let rtl_base = bidi.paragraph_level.is_rtl();
    let mut hyphen = hyphen;
    if rtl_base && let Some(h) = hyphen.take() {
        push_hyphen(&mut out, &mut x, size, h);
    }
    if !line.is_empty() {
        let (levels, vruns) = bidi.visual_runs(line.clone());
        for vr in vruns {
            let rtl = levels[vr.start].is_rtl();
            let mut parts: Vec<&ShapedRun> = runs
                .iter()
                .filter(|r| r.item.range.start < vr.end && r.item.range.end > vr.start)
                .collect();
            if rtl {
                parts.reverse();
            }
            for run in parts {
                let lo = run.item.range.start.max(vr.start);
                let hi = run.item.range.end.min(vr.end);
                if run.item.object {
                    out.push(PosRun {
                        x,
                        width: run.object_width,
                        span: run.item.span,
                        kind: RunKind::Object,
                        added: false,
                    });
                    x += run.object_width;
                    continue;
                }
                let slice: Vec<ShapedGlyph> = run
                    .glyphs
                    .iter()
                    .filter(|g| (lo..hi).contains(&g.cluster))
                    .cloned()
                    .collect();
                if slice.is_empty() {
                    continue;
                }
                // A cluster ends where the next larger cluster of the run
                // starts (or where the run slice ends).
                let mut starts: Vec<usize> = slice.iter().map(|g| g.cluster).collect();
                starts.sort_unstable();
                starts.dedup();
                let cluster_end = |c: usize| {
                    let i = starts.partition_point(|&s| s <= c);
                    starts.get(i).copied().unwrap_or(hi)
                };
                let width: f32 = slice.iter().map(|g| g.x_advance * size).sum();
                out.push(PosRun {
                    x,
                    width,
                    span: run.item.span,
                    kind: RunKind::Glyphs {
                        face: run.item.face,
                        glyphs: to_krilla(&slice, cluster_end),
                        text: text.clone(),
                    },
                    added: false,
                });
                x += width;
            }
        }
    }
    if let Some(h) = hyphen {
        push_hyphen(&mut out, &mut x, size, h);
    }
    (out, x)
}

fn push_hyphen(out: &mut Vec<PosRun>, x: &mut f32, size: f32, h: Hyphen) {
    let width: f32 = h.glyphs.iter().map(|g| g.x_advance * size).sum();
    out.push(PosRun {
        x: *x,
        width,
        span: h.span,
        kind: RunKind::Glyphs {
            face: h.face,
            glyphs: to_krilla(&h.glyphs, |_| 1),
            text: Arc::from("-"),
        },
        added: true,
    });
    *x += width;
}

/// A zero-width space glyph that gives the text layer the word boundary of
/// a `<br>` (PDF/A-2a and UA want explicit spaces between words).
pub fn break_space(face: FaceId, glyph: u32, x: f32, span: usize) -> PosRun {
    PosRun {
        x,
        width: 0.0,
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
