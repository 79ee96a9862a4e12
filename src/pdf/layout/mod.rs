//! Blocks → units → pages.
//!
//! Every block becomes a list of *units* ([`unit`]): unbreakable slices (a
//! line of a paragraph, a heading, a table row, the signature) whose
//! drawings are relative to the unit's top. Units carry their space before,
//! keep-with-next and page-break-before flags; the paginator here stacks
//! them onto A4 pages and adds the page furniture. Coordinates are in points
//! from the page's top-left corner.

mod blocks;
mod unit;

use std::sync::Arc;

use krilla::text::KrillaGlyph;

use self::blocks::{Col, Ctx};
use self::unit::{Unit, stack};
use super::PdfError;
use super::dom::{Doc, Rich};
use super::fonts::{FaceId, FontSet};
use super::style::{self, Align, CONTENT_W, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, PAGE_H, PAGE_W};

/// Kinds of content outside the logical structure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArtifactKind {
    Header,
    Footer,
    PageNumber,
    Layout,
}

/// Where drawn content belongs: a structure element, or an artifact.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tag {
    Node(usize),
    Artifact(ArtifactKind),
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Shape {
    Line { x0: f32, y0: f32, x1: f32, y1: f32 },
    Rect { x: f32, y: f32, w: f32, h: f32 },
    Circle { cx: f32, cy: f32, r: f32 },
}

#[derive(Clone, Debug)]
pub enum Draw {
    /// A run of glyphs; `y` is the baseline.
    Text {
        x: f32,
        y: f32,
        face: FaceId,
        size: f32,
        glyphs: Vec<KrillaGlyph>,
        text: Arc<str>,
        tag: Tag,
        /// Language of the run when it differs from the document's.
        lang: Option<Arc<str>>,
    },
    Stroke {
        shape: Shape,
        tag: Tag,
    },
    /// The active area of a link.
    Link {
        x0: f32,
        y0: f32,
        x1: f32,
        y1: f32,
        uri: String,
        node: usize,
    },
}

impl Draw {
    fn shift(&mut self, dx: f32, dy: f32) {
        match self {
            Draw::Text { x, y, .. } => {
                *x += dx;
                *y += dy;
            }
            Draw::Stroke { shape, .. } => match shape {
                Shape::Line { x0, y0, x1, y1 } => {
                    *x0 += dx;
                    *x1 += dx;
                    *y0 += dy;
                    *y1 += dy;
                }
                Shape::Rect { x, y, .. } => {
                    *x += dx;
                    *y += dy;
                }
                Shape::Circle { cx, cy, .. } => {
                    *cx += dx;
                    *cy += dy;
                }
            },
            Draw::Link { x0, y0, x1, y1, .. } => {
                *x0 += dx;
                *x1 += dx;
                *y0 += dy;
                *y1 += dy;
            }
        }
    }
}

/// Structure element kinds (mapped to PDF tags by the writer).
#[derive(Clone, Debug, PartialEq)]
pub enum SKind {
    P,
    H { level: u8, title: String },
    L { ordered: bool, bullet: bool },
    LI,
    Lbl,
    LBody,
    Table,
    TR,
    TH,
    TD,
    Link { alt: String },
    Sect,
    Div,
    Figure { alt: String },
}

#[derive(Clone, Debug)]
pub struct SNode {
    pub kind: SKind,
    pub parent: Option<usize>,
}

/// A laid-out page.
#[derive(Debug, Default)]
pub struct Page {
    pub items: Vec<Draw>,
}

/// The whole document laid out.
#[derive(Debug)]
pub struct Layout {
    pub pages: Vec<Page>,
    pub nodes: Vec<SNode>,
    /// Bookmarks: title, page index, y.
    pub outline: Vec<(String, usize, f32)>,
}

/// Lays out the whole document.
pub fn layout(doc: &Doc, fonts: &FontSet) -> Result<Layout, PdfError> {
    let mut ctx = Ctx {
        fonts,
        doc,
        nodes: Vec::new(),
    };
    let full = Col {
        start: 0.0,
        width: CONTENT_W,
    };
    let units = ctx.flow(&doc.blocks, full, None)?;

    // Footer of page 1: bureau address lines under a thin rule.
    let fst = style::footer();
    let mut footer = Vec::new();
    for line in &doc.footer {
        footer.extend(ctx.par_units(line, &fst, full, Tag::Artifact(ArtifactKind::Footer))?);
    }
    let footer = (!footer.is_empty()).then(|| stack(footer));
    let footer_reserve = footer.as_ref().map_or(0.0, |f| f.height + 14.0);

    // Running head of pages 2+: "- N -" and the document's running head.
    let head_st = style::running_head();
    let head_text = Rich::plain(&doc.running_head);
    let head_lay = ctx.par_layout(&head_text, &head_st, CONTENT_W)?;
    let head_h = head_st.par.size * head_st.par.leading * (1 + head_lay.lines.len()) as f32 + 12.0;

    let top = |p: usize| {
        if p == 0 { MARGIN_TOP } else { MARGIN_TOP + head_h }
    };
    let bottom = |p: usize| {
        if p == 0 {
            PAGE_H - MARGIN_BOTTOM - footer_reserve
        } else {
            PAGE_H - MARGIN_BOTTOM
        }
    };
    let (mut pages, outline) = paginate(&units, top, bottom);

    if let Some(f) = footer {
        let y0 = PAGE_H - MARGIN_BOTTOM - f.height;
        pages[0].items.push(Draw::Stroke {
            shape: Shape::Line {
                x0: MARGIN_X,
                y0: y0 - 6.0,
                x1: PAGE_W - MARGIN_X,
                y1: y0 - 6.0,
            },
            tag: Tag::Artifact(ArtifactKind::Layout),
        });
        pages[0].items.extend(f.shifted(y0).items);
    }
    let line_h = head_st.par.size * head_st.par.leading;
    for (n, page) in pages.iter_mut().enumerate().skip(1) {
        let number = Rich::plain(&format!("- {} -", n + 1));
        let lay = ctx.par_layout(&number, &head_st, CONTENT_W)?;
        let mut head = ctx.line_draws(
            &lay,
            0,
            full,
            Align::Center,
            Tag::Artifact(ArtifactKind::PageNumber),
            &[],
        );
        for (i, _) in head_lay.lines.iter().enumerate() {
            let mut d = ctx.line_draws(
                &head_lay,
                i,
                full,
                Align::Center,
                Tag::Artifact(ArtifactKind::Header),
                &[],
            );
            d.iter_mut().for_each(|it| it.shift(0.0, line_h * (i + 1) as f32));
            head.extend(d);
        }
        head.iter_mut().for_each(|it| it.shift(0.0, MARGIN_TOP));
        page.items.splice(0..0, head);
    }
    Ok(Layout {
        pages,
        nodes: ctx.nodes,
        outline,
    })
}

/// Stacks units onto pages whose body runs from `top(p)` to `bottom(p)`:
/// a unit goes to a new page when it asks for one or does not fit, and a
/// keep-with-next chain moves as a whole when it fits on an empty page.
/// Space before a unit is dropped at the top of a page.
fn paginate(
    units: &[Unit],
    top: impl Fn(usize) -> f32,
    bottom: impl Fn(usize) -> f32,
) -> (Vec<Page>, Vec<(String, usize, f32)>) {
    let mut pages: Vec<Page> = vec![Page::default()];
    let mut outline = Vec::new();
    let mut y = top(0);
    let mut empty = true;
    for i in 0..units.len() {
        let u = &units[i];
        let p = pages.len() - 1;
        let mut new_page = u.break_before && !empty;
        if !new_page && !empty {
            let mut need = u.space_before + u.height;
            let mut j = i;
            while units[j].keep_with_next && j + 1 < units.len() {
                j += 1;
                need += units[j].space_before + units[j].height;
            }
            let fits_empty = need - u.space_before <= bottom(p + 1) - top(p + 1);
            if y + need > bottom(p) && (fits_empty || y + u.space_before + u.height > bottom(p)) {
                new_page = true;
            }
        }
        if new_page {
            pages.push(Page::default());
            y = top(pages.len() - 1);
            empty = true;
        }
        let p = pages.len() - 1;
        if !empty {
            y += u.space_before;
        }
        if let Some(title) = &u.outline {
            outline.push((title.clone(), p, y));
        }
        pages[p].items.extend(u.clone().shifted(y).items);
        y += u.height;
        empty = false;
    }

    (pages, outline)
}
