//! Blocks → units → pages.
//!
//! Every block becomes a list of *units* ([`unit`]): unbreakable slices (a
//! line of a paragraph, a heading, a table row, the signature) whose
//! drawings are relative to the unit's top. Units carry their space before,
//! keep-with-next, widow and orphan penalties and page-break-before flags;
//! [`pages`] chooses the page breaks over the whole document, and the units
//! are then moved onto A4 pages with the page furniture. Coordinates are in
//! points from the page's top-left corner.

mod blocks;
mod fields;
mod pages;
mod unit;

use std::sync::Arc;

use krilla::text::KrillaGlyph;

use self::blocks::{Col, Ctx};
use self::pages::{PageSpec, SHRINK, page_breaks};
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
    /// The widget of form field `field` (an index in `Doc::fields`), tagged with `node`.
    Widget {
        x0: f32,
        y0: f32,
        x1: f32,
        y1: f32,
        field: usize,
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
            Draw::Link { x0, y0, x1, y1, .. } | Draw::Widget { x0, y0, x1, y1, .. } => {
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
    H {
        level: u8,
        title: String,
    },
    L {
        ordered: bool,
        bullet: bool,
    },
    LI,
    Lbl,
    LBody,
    Table,
    TR,
    TH,
    TD,
    THead,
    TBody,
    /// A column header.
    ColHead,
    /// A form field's widget; `alt` says what a radio button chooses.
    Form {
        alt: Option<String>,
    },
    Link {
        alt: String,
    },
    Sect,
    Div,
    Figure {
        alt: String,
    },
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
    let mut ctx = Ctx::new(fonts, doc);
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
    let specs = page_breaks(&units, bottom(0) - top(0), bottom(1) - top(1)).map_err(|e| {
        let u = &units[e.unit];
        PdfError::at_offset(
            format!(
                "a block {:.0} pt tall does not fit on a page ({:.0} pt): a table row or kept block too long",
                u.height,
                bottom(1) - top(1)
            ),
            source_of(u),
        )
    })?;
    let (mut pages, outline) = place(units, &specs, top);

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

/// Where in the XHTML a unit's text comes from (its glyphs know).
fn source_of(u: &Unit) -> Option<usize> {
    u.items.iter().find_map(|d| match d {
        Draw::Text { glyphs, .. } => glyphs.first()?.location.map(|l| (l.get() - 1) as usize),
        _ => None,
    })
}

/// Moves the units onto their pages, the space before each shrunk as its
/// page needs (and dropped at the top of a page).
fn place(units: Vec<Unit>, specs: &[PageSpec], top: impl Fn(usize) -> f32) -> (Vec<Page>, Vec<(String, usize, f32)>) {
    let mut pages: Vec<Page> = Vec::with_capacity(specs.len());
    let mut outline = Vec::new();
    let mut units = units.into_iter();
    for (p, spec) in specs.iter().enumerate() {
        let mut page = Page::default();
        let mut y = top(p);
        for (k, u) in units.by_ref().take(spec.units.len()).enumerate() {
            if k > 0 {
                y += u.space_before * (1.0 - spec.shrink * SHRINK);
            } else if let Some(head) = &u.repeat {
                page.items.extend(head.as_ref().clone().shifted(y).items);
                y += head.height;
            }
            if let Some(title) = &u.outline {
                outline.push((title.clone(), p, y));
            }
            let h = u.height;
            page.items.extend(u.shifted(y).items);
            y += h;
        }
        pages.push(page);
    }
    (pages, outline)
}
