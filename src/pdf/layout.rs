//! Blocks → units → pages.
//!
//! Every block becomes a list of *units*: unbreakable slices (a line of a
//! paragraph, a heading, a table row, the signature) whose drawings are
//! relative to the unit's top. Units carry their space before, keep-with-next
//! and page-break-before flags; the paginator stacks them onto A4 pages.
//! Coordinates are in points from the page's top-left corner. Columns are
//! described logically (offset from the start edge) and mirrored for RTL.

use std::sync::Arc;

use krilla::text::KrillaGlyph;

use super::PdfError;
use super::dom::{Block, Doc, ListKind, Mark, Rich};
use super::fonts::{FaceId, FontSet};
use super::inline::{self, ParLayout, bidi::RunKind};
use super::style::{self, Align, BlockStyle, CONTENT_W, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, PAGE_H, PAGE_W};

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

/// An unbreakable slice of the flow.
#[derive(Clone, Debug, Default)]
struct Unit {
    height: f32,
    space_before: f32,
    keep_with_next: bool,
    break_before: bool,
    items: Vec<Draw>,
    /// Baseline of the first line, from the unit top.
    first_baseline: Option<f32>,
    outline: Option<String>,
}

impl Unit {
    fn shifted(mut self, dy: f32) -> Unit {
        for it in &mut self.items {
            it.shift(0.0, dy);
        }
        self.first_baseline = self.first_baseline.map(|b| b + dy);
        self
    }
}

/// Stacks units into one (kept together); the first's space before is the
/// stack's.
fn stack(units: Vec<Unit>) -> Unit {
    let mut out = Unit::default();
    let mut y = 0.0;
    for (i, u) in units.into_iter().enumerate() {
        if i == 0 {
            out.space_before = u.space_before;
            out.break_before = u.break_before;
        } else {
            y += u.space_before;
        }
        if out.first_baseline.is_none() {
            out.first_baseline = u.first_baseline.map(|b| b + y);
        }
        out.outline = out.outline.or(u.outline.clone());
        out.keep_with_next = u.keep_with_next;
        let h = u.height;
        out.items.extend(u.shifted(y).items);
        y += h;
    }
    out.height = y;
    out
}

/// Places two units side by side, tops aligned.
fn beside(a: Unit, b: Unit) -> Unit {
    let mut out = a;
    out.height = out.height.max(b.height);
    out.first_baseline = out.first_baseline.or(b.first_baseline);
    out.items.extend(b.items);
    out
}

/// A column, logically: offset from the start edge of the text area, width.
#[derive(Clone, Copy, Debug)]
struct Col {
    start: f32,
    width: f32,
}

impl Col {
    fn inset(self, start: f32, end: f32) -> Col {
        Col {
            start: self.start + start,
            width: self.width - start - end,
        }
    }
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

struct Ctx<'a> {
    fonts: &'a FontSet,
    doc: &'a Doc,
    nodes: Vec<SNode>,
}

impl Ctx<'_> {
    fn node(&mut self, kind: SKind, parent: Option<usize>) -> usize {
        self.nodes.push(SNode { kind, parent });
        self.nodes.len() - 1
    }

    /// Physical x of a column's left edge.
    fn phys_x(&self, col: Col) -> f32 {
        if self.doc.rtl {
            PAGE_W - MARGIN_X - col.start - col.width
        } else {
            MARGIN_X + col.start
        }
    }

    fn par_layout(&self, rich: &Rich, st: &BlockStyle, width: f32) -> Result<ParLayout, PdfError> {
        inline::layout(self.fonts, rich, &st.par, self.doc.lang, self.doc.rtl, width)
    }

    /// A paragraph as one unit per line (or one unit when kept together).
    /// Text is tagged with `node`; links get Link elements below it.
    fn par_units(&mut self, rich: &Rich, st: &BlockStyle, col: Col, node: Tag) -> Result<Vec<Unit>, PdfError> {
        let lay = self.par_layout(rich, st, col.width)?;
        // One Link element per linked span, in logical order.
        let mut link_nodes = vec![None; lay.styles.len()];
        if let Tag::Node(parent) = node {
            for (i, s) in lay.styles.iter().enumerate() {
                if s.link.is_some() {
                    let alt = rich.text[rich.spans[i].0.clone()]
                        .chars()
                        .filter(|&c| !inline::is_bidi_control(c))
                        .collect::<String>();
                    link_nodes[i] = Some(self.node(SKind::Link { alt }, Some(parent)));
                }
            }
        }
        let mut units = Vec::new();
        for i in 0..lay.lines.len() {
            let items = self.line_draws(&lay, i, col, st.align, node, &link_nodes);
            units.push(Unit {
                height: lay.line_height,
                space_before: if i == 0 { st.space_before } else { 0.0 },
                items,
                first_baseline: Some(lay.baseline(0)),
                ..Unit::default()
            });
        }
        // No orphans or widows: the first two and the last two lines of a
        // paragraph stay together.
        let n = units.len();
        if n >= 2 {
            units[0].keep_with_next = true;
            units[n - 2].keep_with_next = true;
        }
        if st.keep_with_next && !units.is_empty() {
            let mut u = stack(units);
            u.keep_with_next = true;
            units = vec![u];
        }
        Ok(units)
    }

    /// Drawings of line `i` of `lay`, relative to the line's top.
    fn line_draws(
        &self,
        lay: &ParLayout,
        i: usize,
        col: Col,
        align: Align,
        tag: Tag,
        link_nodes: &[Option<usize>],
    ) -> Vec<Draw> {
        let line = &lay.lines[i];
        let rtl = self.doc.rtl;
        let left = match (align, rtl) {
            (Align::Start, false) | (Align::End, true) => 0.0,
            (Align::Start, true) | (Align::End, false) => col.width - line.width,
            (Align::Center, _) => (col.width - line.width) / 2.0,
        };
        let origin = self.phys_x(col) + left - line.lead;
        let baseline = lay.baseline(0);
        // Logical order, so that the structure tree reads in order.
        let mut runs: Vec<_> = line.runs.iter().collect();
        runs.sort_by_key(|r| match &r.kind {
            _ if r.added => usize::MAX,
            RunKind::Glyphs { glyphs, .. } => glyphs.iter().map(|g| g.text_range.start).min().unwrap_or(0),
            RunKind::Object => line.range.start,
        });
        let mut out = Vec::new();
        for run in runs {
            let x = origin + run.x;
            let link = link_nodes.get(run.span).copied().flatten();
            match &run.kind {
                RunKind::Glyphs { face, glyphs, text } => {
                    out.push(Draw::Text {
                        x,
                        y: baseline,
                        face: *face,
                        size: lay.size,
                        glyphs: glyphs.clone(),
                        text: text.clone(),
                        tag: link.map_or(tag, Tag::Node),
                    });
                    if let (Some(node), Some(uri)) = (link, &lay.styles[run.span].link) {
                        out.push(Draw::Link {
                            x0: x,
                            y0: 0.0,
                            x1: x + run.width,
                            y1: lay.line_height,
                            uri: uri.clone(),
                            node,
                        });
                    }
                }
                RunKind::Object => out.push(Draw::Stroke {
                    shape: Shape::Line {
                        x0: x,
                        y0: baseline + 2.0,
                        x1: x + run.width,
                        y1: baseline + 2.0,
                    },
                    tag: Tag::Artifact(ArtifactKind::Layout),
                }),
            }
        }
        out
    }

    fn para(
        &mut self,
        rich: &Rich,
        st: &BlockStyle,
        col: Col,
        kind: SKind,
        parent: Option<usize>,
    ) -> Result<Vec<Unit>, PdfError> {
        let node = self.node(kind, parent);
        self.par_units(rich, st, col, Tag::Node(node))
    }

    fn flow(&mut self, blocks: &[Block], col: Col, parent: Option<usize>) -> Result<Vec<Unit>, PdfError> {
        let lang = self.doc.lang;
        let mut units: Vec<Unit> = Vec::new();
        let mut prev_choice = false;
        for block in blocks {
            let mut new = match block {
                Block::Para { class, text } => {
                    let st = style::paragraph(lang, class);
                    self.para(text, &st, col, SKind::P, parent)?
                }
                Block::Heading { level, text } => {
                    let st = style::heading(lang, *level);
                    let kind = SKind::H {
                        level: *level,
                        title: text.plain_text(),
                    };
                    let u = self.para(text, &st, col, kind, parent)?;
                    u.into_iter().collect()
                }
                Block::Masthead { org, bureau } => {
                    let mut u = self.para(org, &style::org(lang), col, SKind::P, parent)?;
                    u.extend(self.para(bureau, &style::bureau(lang), col, SKind::P, parent)?);
                    vec![stack(u)]
                }
                Block::List { kind, items } => self.list(*kind, items, col, parent)?,
                Block::DefList { class, rows } => self.def_list(class, rows, col, parent)?,
                Block::Columns { start, end, even } => {
                    let share = if *even { 0.5 } else { 0.42 };
                    let start_w = (col.width - style::COLUMN_GAP) * share;
                    let end_w = col.width - style::COLUMN_GAP - start_w;
                    let a_col = Col {
                        start: col.start,
                        width: start_w,
                    };
                    let b_col = Col {
                        start: col.start + start_w + style::COLUMN_GAP,
                        width: end_w,
                    };
                    let a = self.flow(std::slice::from_ref(start), a_col, parent)?;
                    let b = self.flow(std::slice::from_ref(end), b_col, parent)?;
                    let mut u = beside(stack(a), stack(b));
                    u.space_before = 14.0;
                    vec![u]
                }
                Block::Signature(blocks) => {
                    let node = self.node(SKind::Div, parent);
                    let mut u = stack(self.flow(blocks, col, Some(node))?);
                    u.space_before = u.space_before.max(12.0);
                    vec![u]
                }
                Block::Annex { outline, blocks } => {
                    let node = self.node(SKind::Sect, parent);
                    let mut u = self.flow(blocks, col, Some(node))?;
                    if let Some(first) = u.first_mut() {
                        first.break_before = true;
                        first.outline = Some(outline.clone());
                    }
                    u
                }
                Block::Choice { legend, body } => {
                    let mut u = self.choice(legend, body, col, parent)?;
                    u.space_before = if prev_choice { 0.0 } else { 8.0 };
                    vec![u]
                }
                Block::Option { mark, label, sub } => self.option(*mark, label, sub, col, parent)?,
                Block::Group(blocks) => self.flow(blocks, col, parent)?,
            };
            prev_choice = matches!(block, Block::Choice { .. });
            units.append(&mut new);
        }
        Ok(units)
    }

    /// Content flush with a label beside it: no space before its first unit.
    fn flush_flow(&mut self, blocks: &[Block], col: Col, parent: Option<usize>) -> Result<Vec<Unit>, PdfError> {
        let mut units = self.flow(blocks, col, parent)?;
        if let Some(u) = units.first_mut() {
            u.space_before = 0.0;
        }
        Ok(units)
    }

    fn list(
        &mut self,
        kind: ListKind,
        items: &[Vec<Block>],
        col: Col,
        parent: Option<usize>,
    ) -> Result<Vec<Unit>, PdfError> {
        let lang = self.doc.lang;
        let l = self.node(
            SKind::L {
                ordered: matches!(kind, ListKind::Paragraphs | ListKind::Decimal),
                bullet: kind == ListKind::Bullet,
            },
            parent,
        );
        let gutter = if kind == ListKind::Paragraphs {
            style::NUMBER_GUTTER
        } else {
            style::LIST_GUTTER
        };
        let mut units = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let li = self.node(SKind::LI, Some(l));
            let lbl = self.node(SKind::Lbl, Some(li));
            let body = self.node(SKind::LBody, Some(li));
            let label = match kind {
                ListKind::Paragraphs => format!("{}", i + 1),
                ListKind::Decimal => format!("{}.", i + 1),
                ListKind::Bullet => "•".to_string(),
                ListKind::Dash => "–".to_string(),
            };
            let mut body_units = self.flush_flow(item, col.inset(gutter, 0.0), Some(body))?;
            let st = style::value(lang, "");
            let mut label_units = self.par_units(
                &Rich::plain(&label),
                &st,
                Col {
                    start: col.start,
                    width: gutter,
                },
                Tag::Node(lbl),
            )?;
            if body_units.is_empty() {
                body_units.push(Unit {
                    height: st.par.size * st.par.leading,
                    ..Unit::default()
                });
            }
            let first = &mut body_units[0];
            let label_unit = label_units.remove(0);
            let dy = first.first_baseline.unwrap_or(0.0) - label_unit.first_baseline.unwrap_or(0.0);
            let mut items_front = label_unit.shifted(dy).items;
            items_front.append(&mut first.items);
            first.items = items_front;
            first.space_before = if kind == ListKind::Paragraphs { 6.0 } else { 2.0 };
            units.append(&mut body_units);
        }
        Ok(units)
    }

    fn def_list(
        &mut self,
        class: &str,
        rows: &[(Rich, Vec<Block>)],
        col: Col,
        parent: Option<usize>,
    ) -> Result<Vec<Unit>, PdfError> {
        let lang = self.doc.lang;
        let table = self.node(SKind::Table, parent);
        let label_w = style::LABEL_COL.min(col.width * 0.4);
        let mut units = Vec::new();
        for (i, (label, value)) in rows.iter().enumerate() {
            let tr = self.node(SKind::TR, Some(table));
            let th = self.node(SKind::TH, Some(tr));
            let td = self.node(SKind::TD, Some(tr));
            let a = self.par_units(
                label,
                &style::label(lang),
                Col {
                    start: col.start,
                    width: label_w,
                },
                Tag::Node(th),
            )?;
            let value_col = col.inset(label_w, 0.0);
            let b = if class.split_ascii_whitespace().any(|c| c == "subject") {
                // The subject line is set bold, as on ITU letterhead.
                let mut st = style::value(lang, "");
                st.par.bold = true;
                let mut out = Vec::new();
                for blk in value {
                    match blk {
                        Block::Para { text, .. } => out.extend(self.para(text, &st, value_col, SKind::P, Some(td))?),
                        other => out.extend(self.flow(std::slice::from_ref(other), value_col, Some(td))?),
                    }
                }
                out
            } else {
                self.flush_flow(value, value_col, Some(td))?
            };
            let mut u = beside(stack(a), stack(b));
            u.space_before = if i == 0 { 10.0 } else { 3.0 };
            units.push(u);
        }
        Ok(units)
    }

    /// A reply-form choice: a bordered table row, legend in the row-header
    /// column, options beside it.
    fn choice(&mut self, legend: &Rich, body: &[Block], col: Col, parent: Option<usize>) -> Result<Unit, PdfError> {
        let lang = self.doc.lang;
        let pad = style::CELL_PAD;
        let table = self.node(SKind::Table, parent);
        let tr = self.node(SKind::TR, Some(table));
        let th = self.node(SKind::TH, Some(tr));
        let td = self.node(SKind::TD, Some(tr));
        let legend_col = Col {
            start: col.start + pad,
            width: style::LEGEND_COL - 2.0 * pad,
        };
        let a = self.par_units(legend, &style::label(lang), legend_col, Tag::Node(th))?;
        let body_col = col.inset(style::LEGEND_COL + pad, pad);
        let b = self.flush_flow(body, body_col, Some(td))?;
        let mut row = beside(stack(a), stack(b)).shifted(pad);
        row.height += 2.0 * pad;
        let x = self.phys_x(col);
        let divider = self.phys_x(Col {
            start: col.start,
            width: style::LEGEND_COL,
        });
        let divider_x = if self.doc.rtl {
            divider
        } else {
            divider + style::LEGEND_COL
        };
        let h = row.height;
        row.items.push(Draw::Stroke {
            shape: Shape::Rect {
                x,
                y: 0.0,
                w: col.width,
                h,
            },
            tag: Tag::Artifact(ArtifactKind::Layout),
        });
        row.items.push(Draw::Stroke {
            shape: Shape::Line {
                x0: divider_x,
                y0: 0.0,
                x1: divider_x,
                y1: h,
            },
            tag: Tag::Artifact(ArtifactKind::Layout),
        });
        row.space_before = 0.0;
        Ok(row)
    }

    /// A checkbox or radio option: the mark in a gutter at the start side,
    /// the label hanging after it, sub-options indented below.
    fn option(
        &mut self,
        mark: Mark,
        label: &Rich,
        sub: &[Block],
        col: Col,
        parent: Option<usize>,
    ) -> Result<Vec<Unit>, PdfError> {
        let lang = self.doc.lang;
        let l = self.node(
            SKind::L {
                ordered: false,
                bullet: false,
            },
            parent,
        );
        let li = self.node(SKind::LI, Some(l));
        let lbl = self.node(SKind::Lbl, Some(li));
        let alt = match mark {
            Mark::Checkbox => "check box",
            Mark::Radio => "option button",
        };
        let fig = self.node(SKind::Figure { alt: alt.to_string() }, Some(lbl));
        let body = self.node(SKind::LBody, Some(li));
        let inner = col.inset(style::MARK_GUTTER, 0.0);
        let st = style::value(lang, "");
        let mut units = self.para(label, &st, inner, SKind::P, Some(body))?;
        if units.is_empty() {
            units.push(Unit {
                height: st.par.size * st.par.leading,
                first_baseline: Some(st.par.size),
                ..Unit::default()
            });
        }
        let baseline = units[0].first_baseline.unwrap_or(st.par.size);
        let size = st.par.size;
        let x = self.phys_x(Col {
            start: col.start,
            width: style::CHECKBOX,
        });
        // Centre the mark on the middle of lowercase letters.
        let mid = baseline - 0.3 * size;
        let shape = match mark {
            Mark::Checkbox => Shape::Rect {
                x,
                y: mid - style::CHECKBOX / 2.0,
                w: style::CHECKBOX,
                h: style::CHECKBOX,
            },
            Mark::Radio => Shape::Circle {
                cx: x + style::CHECKBOX / 2.0,
                cy: mid,
                r: style::RADIO / 2.0,
            },
        };
        units[0].items.insert(
            0,
            Draw::Stroke {
                shape,
                tag: Tag::Node(fig),
            },
        );
        units[0].space_before = 4.0;
        units.extend(self.flow(sub, inner, Some(body))?);
        Ok(units)
    }
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
    let fst = style::footer(doc.lang);
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

    let mut pages: Vec<Page> = vec![Page::default()];
    let mut outline = Vec::new();
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
    let mut y = top(0);
    let mut empty = true;
    for i in 0..units.len() {
        let u = &units[i];
        let p = pages.len() - 1;
        let mut new_page = u.break_before && !empty;
        if !new_page && !empty {
            // Keep-with-next chains move to the next page as a whole when
            // they do not fit here but do fit on an empty page.
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
