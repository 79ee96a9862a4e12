//! Block layout: each block of the document model becomes units, in
//! logical columns that are mirrored for right-to-left documents.

use std::sync::Arc;

use krilla::surface::Location;
use krilla::text::KrillaGlyph;

use super::pages::{LONELY_LINE, TWO_LINES};
use super::unit::{Unit, beside, stack};
use super::{Draw, SKind, SNode, Shape, Tag};
use crate::pdf::PdfError;
use crate::pdf::chars::is_invisible;
use crate::pdf::dom::{BaseDir, Block, Doc, ListKind, Rich};
use crate::pdf::fonts::FontSet;
use crate::pdf::inline::{self, ParLayout, line::RunKind};
use crate::pdf::style::{self, Align, BlockStyle, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, PAGE_H, PAGE_W};

/// A column, logically: offset from the start edge of the text area, width.
#[derive(Clone, Copy, Debug)]
pub struct Col {
    pub start: f32,
    pub width: f32,
}

impl Col {
    /// The column narrowed by `start` at its start side and `end` at its end.
    pub(super) fn inset(self, start: f32, end: f32) -> Col {
        Col {
            start: self.start + start,
            width: self.width - start - end,
        }
    }
}

/// Layout state: the fonts, the document, and the structure elements
/// created so far (referred to by index from the drawings).
pub struct Ctx<'a> {
    pub fonts: &'a FontSet,
    pub doc: &'a Doc,
    pub nodes: Vec<SNode>,
    /// Off inside the header block, the reply form's fields and the
    /// signature: names, addresses and titles are never hyphenated.
    hyphenate: bool,
}

impl<'a> Ctx<'a> {
    pub fn new(fonts: &'a FontSet, doc: &'a Doc) -> Ctx<'a> {
        Ctx {
            fonts,
            doc,
            nodes: Vec::new(),
            hyphenate: true,
        }
    }

    /// Runs `f` with hyphenation off.
    fn unhyphenated<T>(&mut self, f: impl FnOnce(&mut Self) -> T) -> T {
        let saved = std::mem::replace(&mut self.hyphenate, false);
        let out = f(self);
        self.hyphenate = saved;
        out
    }

    pub(super) fn node(&mut self, kind: SKind, parent: Option<usize>) -> usize {
        self.nodes.push(SNode { kind, parent });
        self.nodes.len() - 1
    }

    /// Physical x of a column's left edge.
    pub(super) fn phys_x(&self, col: Col) -> f32 {
        if self.doc.rtl {
            PAGE_W - MARGIN_X - col.start - col.width
        } else {
            MARGIN_X + col.start
        }
    }

    pub fn par_layout(&self, rich: &Rich, st: &BlockStyle, width: f32) -> Result<ParLayout, PdfError> {
        let mut par = st.par.clone();
        par.hyphenate &= self.hyphenate;
        let rtl = match rich.base {
            BaseDir::Inherit => self.doc.rtl,
            BaseDir::Ltr => false,
            BaseDir::Rtl => true,
            BaseDir::Auto => unicode_bidi::ParagraphBidiInfo::new(&rich.text, None)
                .paragraph_level
                .is_rtl(),
        };
        inline::layout(self.fonts, rich, &par, self.doc.lang, rtl, width)
    }

    /// A paragraph as one unit per line (or one unit when kept together).
    /// Text is tagged with `node`; links get Link elements below it.
    pub fn par_units(&mut self, rich: &Rich, st: &BlockStyle, col: Col, node: Tag) -> Result<Vec<Unit>, PdfError> {
        let lay = self.par_layout(rich, st, col.width)?;
        // One Link element per linked span, in logical order. Only mail and
        // web addresses become live links.
        let mut link_nodes = vec![None; lay.styles.len()];
        if let Tag::Node(parent) = node {
            for (i, s) in lay.styles.iter().enumerate() {
                let live = s
                    .link
                    .as_deref()
                    .is_some_and(|l| ["mailto:", "https:", "http:"].iter().any(|p| l.starts_with(p)));
                if live {
                    let alt = rich.text[rich.spans[i].0.clone()]
                        .chars()
                        .filter(|&c| !is_invisible(c))
                        .collect::<String>();
                    link_nodes[i] = Some(self.node(SKind::Link { alt }, Some(parent)));
                } else if let Some(alt) = &s.alt {
                    // An inline mark is a figure of its paragraph, with its spoken name.
                    link_nodes[i] = Some(self.node(SKind::Figure { alt: alt.clone() }, Some(parent)));
                }
            }
        }
        let mut units = Vec::new();
        let n = lay.lines.len();
        for i in 0..n {
            let items = self.line_draws(&lay, i, col, st.align, node, &link_nodes);
            // A page break after line i leaves i + 1 lines of the paragraph
            // above it and n - i - 1 below: one alone is an orphan or a
            // widow, two are short of the three a page should hold.
            let lonely = |k: usize| match k {
                1 => LONELY_LINE,
                2 => TWO_LINES,
                _ => 0.0,
            };
            let penalty = if i + 1 < n {
                lonely(i + 1) + lonely(n - i - 1)
            } else {
                0.0
            };
            units.push(Unit {
                height: lay.line_height,
                space_before: if i == 0 { st.space_before } else { 0.0 },
                // A word is never split across pages.
                keep_with_next: lay.lines[i].hyphenated && i + 1 < n,
                penalty,
                items,
                first_baseline: Some(lay.baseline(0)),
                ..Unit::default()
            });
        }
        if st.keep_with_next && !units.is_empty() {
            let mut u = stack(units);
            u.keep_with_next = true;
            units = vec![u];
        }
        Ok(units)
    }

    /// Drawings of line `i` of `lay`, relative to the line's top.
    pub fn line_draws(
        &self,
        lay: &ParLayout,
        i: usize,
        col: Col,
        align: Align,
        tag: Tag,
        link_nodes: &[Option<usize>],
    ) -> Vec<Draw> {
        let line = &lay.lines[i];
        // Start and end follow the paragraph's own direction.
        let left = match (align, lay.rtl) {
            (Align::Start, false) | (Align::End, true) => 0.0,
            (Align::Start, true) | (Align::End, false) => col.width - line.width,
            (Align::Center, _) => (col.width - line.width) / 2.0,
        };
        let origin = self.phys_x(col) + left;
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
                        size: run.size,
                        // Glyphs know their source, so that validation
                        // errors point back into the XHTML.
                        glyphs: glyphs
                            .iter()
                            .map(|g| KrillaGlyph {
                                location: lay.source.and_then(|p| Location::new(p as u64 + 1)),
                                ..g.clone()
                            })
                            .collect(),
                        text: text.clone(),
                        tag: link.map_or(tag, Tag::Node),
                        lang: lay.styles[run.span]
                            .lang
                            .as_deref()
                            .filter(|l| *l != self.doc.lang.code())
                            .map(Arc::from),
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
                // An inline mark: the circle of the option buttons, centred on the
                // middle of lowercase letters, as the marks of the options are.
                RunKind::Object => out.push(Draw::Stroke {
                    shape: Shape::Circle {
                        cx: x + run.width / 2.0,
                        cy: baseline - 0.3 * lay.em,
                        r: style::RADIO / 2.0,
                    },
                    tag: link.map_or(tag, Tag::Node),
                }),
            }
        }
        out
    }

    pub(super) fn para(
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

    pub fn flow(&mut self, blocks: &[Block], col: Col, parent: Option<usize>) -> Result<Vec<Unit>, PdfError> {
        let lang = self.doc.lang;
        // Each level of a list or option takes a gutter from its column: far
        // enough down, there is no room left for text.
        let narrowest = style::MIN_COLUMN_EM * style::body_size(lang);
        if col.width < narrowest
            && let Some(rich) = first_text(blocks)
        {
            let piece: String = rich.text.chars().filter(|&c| !is_invisible(c)).take(24).collect();
            return Err(PdfError::at_offset(
                format!(
                    "no room to set \u{201C}{piece}\u{201D}: its column would be {:.1} pt wide, less than {narrowest:.0} pt \
                     (lists nested too deep?)",
                    col.width
                ),
                rich.source,
            ));
        }
        let mut units: Vec<Unit> = Vec::new();
        for block in blocks {
            let mut new = match block {
                Block::Para { class, text } if class.split_ascii_whitespace().any(|c| c == "sign-here") => {
                    self.sign_line(text, col, parent)?
                }
                Block::Para { class, text } => {
                    let st = style::paragraph(lang, class);
                    self.para(text, &st, col, SKind::P, parent)?
                }
                Block::Heading { level, number, text } => {
                    let st = style::heading(lang, *level);
                    let title = match number {
                        Some(n) => format!("{} {}", n.plain_text(), text.plain_text()),
                        None => text.plain_text(),
                    };
                    let node = self.node(SKind::H { level: *level, title }, parent);
                    match number {
                        Some(n) => {
                            let gutter = style::NUMBER_GUTTER;
                            let mut body = self.par_units(text, &st, col.inset(gutter, 0.0), Tag::Node(node))?;
                            let num = self.par_units(
                                &n.with_trailing_space(),
                                &st,
                                Col {
                                    start: col.start,
                                    width: gutter,
                                },
                                Tag::Node(node),
                            )?;
                            if let (Some(first), Some(num)) = (body.first_mut(), num.into_iter().next()) {
                                // Number first: it reads first in the structure.
                                let mut items = num.items;
                                items.append(&mut first.items);
                                first.items = items;
                            }
                            body
                        }
                        None => self.par_units(text, &st, col, Tag::Node(node))?,
                    }
                }
                Block::Masthead { org, bureau } => {
                    let mut u = self.unhyphenated(|c| c.para(org, &style::org(lang), col, SKind::P, parent))?;
                    u.extend(self.unhyphenated(|c| c.para(bureau, &style::bureau(lang), col, SKind::P, parent))?);
                    vec![stack(u)]
                }
                Block::List { kind, items } => self.list(*kind, items, col, parent)?,
                Block::DefList { class, rows } => self.unhyphenated(|c| c.def_list(class, rows, col, parent))?,
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
                    let a = self.unhyphenated(|c| c.flow(std::slice::from_ref(start), a_col, parent))?;
                    let b = self.unhyphenated(|c| c.flow(std::slice::from_ref(end), b_col, parent))?;
                    let mut u = beside(stack(a), stack(b));
                    u.space_before = 14.0;
                    vec![u]
                }
                Block::Signature(blocks) => {
                    let node = self.node(SKind::Div, parent);
                    let mut parts = self.unhyphenated(|c| c.flow(blocks, col, Some(node)))?;
                    if let Some(first) = parts.first_mut() {
                        first.space_before = first.space_before.max(12.0);
                    }
                    // Kept together unless it could never fit on one page.
                    let height: f32 = parts.iter().map(|u| u.space_before + u.height).sum();
                    if height < 0.5 * (PAGE_H - MARGIN_TOP - MARGIN_BOTTOM) {
                        vec![stack(parts)]
                    } else {
                        parts
                    }
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
                Block::ChoiceTable { head, rows } => self.choice_table(head, rows, col, parent)?,
                Block::Option {
                    mark,
                    alt,
                    label,
                    sub,
                    field,
                } => self.option(*mark, alt, label, sub, *field, col, parent)?,
                Block::Field { label, rows, field } => self.field(label.as_ref(), *rows, *field, col, parent)?,
                Block::Group(blocks) => self.flow(blocks, col, parent)?,
            };
            // A signature never begins a page alone: what it signs (the last lines of the
            // letter, the last row of the reply form) goes with it.
            if matches!(block, Block::Signature(_))
                && let Some(last) = units.last_mut()
            {
                last.keep_with_next = true;
            }
            units.append(&mut new);
        }
        Ok(units)
    }

    /// Content flush with a label beside it: no space before its first unit.
    pub(super) fn flush_flow(
        &mut self,
        blocks: &[Block],
        col: Col,
        parent: Option<usize>,
    ) -> Result<Vec<Unit>, PdfError> {
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
                // ITU house style marks list items with an en dash, as the original does.
                ListKind::Bullet | ListKind::Dash => "–".to_string(),
            };
            // The trailing space hangs in the gutter; it separates label and
            // text in the text layer.
            let label = format!("{label} ");
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
        // The label column fits the widest label on one line where it can
        // ("Destinataires :"), between the house minimum and 40 % of the list.
        let mut widest: f32 = 0.0;
        for (label, _) in rows {
            let lay = self.par_layout(label, &style::label(lang), f32::MAX / 4.0)?;
            widest = lay.lines.iter().map(|l| l.width).fold(widest, f32::max);
        }
        let label_w = (widest + style::LABEL_GAP).max(style::LABEL_COL).min(col.width * 0.4);
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
            // Label and value share their first baseline (a line to write on sits lower
            // than a line of text).
            let (mut a, b) = (stack(a), stack(b));
            if let (Some(la), Some(lb)) = (a.first_baseline, b.first_baseline)
                && lb > la
            {
                a = a.shifted(lb - la);
            }
            let mut u = beside(a, b);
            u.space_before = if i == 0 { 10.0 } else { 3.0 };
            units.push(u);
        }
        Ok(units)
    }
}

/// The first text of a run of blocks, depth first.
fn first_text(blocks: &[Block]) -> Option<&Rich> {
    blocks.iter().find_map(|b| match b {
        Block::Para { text, .. } | Block::Heading { text, .. } => (!text.is_empty()).then_some(text),
        Block::Masthead { org, .. } => Some(org),
        Block::List { items, .. } => items.iter().find_map(|i| first_text(i)),
        Block::DefList { rows, .. } => rows
            .iter()
            .find_map(|(l, v)| (!l.is_empty()).then_some(l).or_else(|| first_text(v))),
        Block::Columns { start, end, .. } => {
            first_text(std::slice::from_ref(start)).or_else(|| first_text(std::slice::from_ref(end)))
        }
        Block::Signature(b) | Block::Group(b) => first_text(b),
        Block::Annex { blocks, .. } => first_text(blocks),
        Block::ChoiceTable { head, rows } => head.iter().find(|h| !h.is_empty()).or_else(|| {
            rows.iter()
                .find_map(|(l, v)| (!l.is_empty()).then_some(l).or_else(|| first_text(v)))
        }),
        Block::Field { label, .. } => label.as_ref(),
        Block::Option { label, sub, .. } => (!label.is_empty()).then_some(label).or_else(|| first_text(sub)),
    })
}
