//! The reply form on paper: lines to write on, the table of choices with its boxes and
//! circles, the line to sign on; and where each field of the fillable PDF lies.
//!
//! Handwriting needs room: lines to write on are [`WRITING_LINE`] apart (8 mm). The marks
//! and lines are printed on the page as artifacts; the field's widget over them is what
//! the structure tree holds (a `Form` element, in reading order).

use std::sync::Arc;

use super::blocks::{Col, Ctx};
use super::unit::{Unit, beside, stack};
use super::{ArtifactKind, Draw, SKind, Shape, Tag};
use crate::pdf::PdfError;
use crate::pdf::dom::{Block, Mark, Rich};
use crate::pdf::style::{self, SIGNING_SPACE, WRITING_LINE};

/// From a writing line's text baseline down to the line.
const LINE_DROP: f32 = 2.5;
/// Below the line, within a row: room for descenders of the writing above the next line.
const ROW_FOOT: f32 = 4.0;
/// The least length of a line beside its label.
const MIN_LINE: f32 = 30.0 * style::MM;
/// How far a widget reaches around its mark, so that it is an easy target.
const MARK_REACH: f32 = 1.5;

fn layout_line(x0: f32, x1: f32, y: f32) -> Draw {
    Draw::Stroke {
        shape: Shape::Line { x0, y0: y, x1, y1: y },
        tag: Tag::Artifact(ArtifactKind::Layout),
    }
}

impl Ctx<'_> {
    /// A text field: its label, then `rows` lines to write on, the first beside the label
    /// where there is room. The widget covers every line.
    pub(super) fn field(
        &mut self,
        label: Option<&Rich>,
        rows: u8,
        field: usize,
        col: Col,
        parent: Option<usize>,
    ) -> Result<Vec<Unit>, PdfError> {
        let lang = self.doc.lang;
        let st = style::value(lang, "");
        let baseline = WRITING_LINE - LINE_DROP - ROW_FOOT;
        let mut top_units = Vec::new();
        let mut offset = 0.0;
        let mut first_row_free = true;
        if let Some(label) = label {
            let lay = self.par_layout(&label.with_trailing_space(), &st, col.width)?;
            let width = lay.lines.iter().map(|l| l.width).fold(0.0, f32::max);
            let node = self.node(SKind::P, parent);
            let mut units = self.par_units(&label.with_trailing_space(), &st, col, Tag::Node(node))?;
            if lay.lines.len() == 1 && width + style::LABEL_GAP + MIN_LINE <= col.width {
                // Label and first line on one row, text on the writing baseline.
                offset = width + style::LABEL_GAP;
                first_row_free = false;
                let u = units.remove(0);
                let dy = baseline - u.first_baseline.unwrap_or(baseline);
                top_units.push(u.shifted(dy));
            } else {
                top_units = units;
            }
        }
        let node = self.node(SKind::Form { alt: None }, parent);
        let line_col = col.inset(offset, 0.0);
        let x0 = self.phys_x(line_col);
        let x1 = x0 + line_col.width;
        let mut rows_unit = Unit {
            height: f32::from(rows) * WRITING_LINE,
            first_baseline: Some(baseline),
            ..Unit::default()
        };
        for r in 0..rows {
            let y = f32::from(r) * WRITING_LINE + baseline + LINE_DROP;
            rows_unit.items.push(layout_line(x0, x1, y));
        }
        rows_unit.items.push(Draw::Widget {
            x0,
            y0: 1.0,
            x1,
            y1: f32::from(rows - 1) * WRITING_LINE + baseline + LINE_DROP,
            field,
            node,
        });
        let unit = if first_row_free {
            let mut u = top_units;
            u.push(rows_unit);
            stack(u)
        } else {
            beside(stack(top_units), rows_unit)
        };
        Ok(vec![unit])
    }

    /// Room to sign by hand, a line, and its caption under it.
    pub(super) fn sign_line(&mut self, caption: &Rich, col: Col, parent: Option<usize>) -> Result<Vec<Unit>, PdfError> {
        let mut st = style::value(self.doc.lang, "");
        st.par.size *= 0.85;
        let line_col = Col {
            start: col.start,
            width: (80.0 * style::MM).min(col.width),
        };
        let node = self.node(SKind::P, parent);
        let mut units = self.par_units(caption, &st, line_col, Tag::Node(node))?;
        let x0 = self.phys_x(line_col);
        let mut line = Unit {
            height: 2.0,
            space_before: SIGNING_SPACE,
            items: vec![layout_line(x0, x0 + line_col.width, 0.0)],
            ..Unit::default()
        };
        line.keep_with_next = true;
        units.insert(0, line);
        Ok(vec![stack(units)])
    }

    /// The table of choices: a header row, then one bordered row per draft Recommendation,
    /// its name in the row-header column and its options beside it.
    pub(super) fn choice_table(
        &mut self,
        head: &[Rich],
        rows: &[(Rich, Vec<Block>)],
        col: Col,
        parent: Option<usize>,
    ) -> Result<Vec<Unit>, PdfError> {
        let lang = self.doc.lang;
        let table = self.node(SKind::Table, parent);
        let thead = self.node(SKind::THead, Some(table));
        let tr = self.node(SKind::TR, Some(thead));
        let cells: Vec<usize> = head.iter().map(|_| self.node(SKind::ColHead, Some(tr))).collect();
        let mut units = Vec::new();
        let (a, b) = (
            head.first().cloned().unwrap_or_default(),
            head.get(1).cloned().unwrap_or_default(),
        );
        let pad = style::CELL_PAD;
        let legend_col = Col {
            start: col.start + pad,
            width: style::LEGEND_COL - 2.0 * pad,
        };
        let body_col = col.inset(style::LEGEND_COL + pad, pad);
        let label = style::label(lang);
        let ha = self.par_units(&a, &label, legend_col, Tag::Node(cells[0]))?;
        let hb = self.par_units(&b, &label, body_col, Tag::Node(cells[1]))?;
        let mut header = self.bordered(beside(stack(ha), stack(hb)), col);
        // Drawn again at the top of each page the table continues on.
        let repeat = Arc::new(header.as_repeated_header());
        header.space_before = 8.0;
        header.keep_with_next = true;
        units.push(header);
        let tbody = self.node(SKind::TBody, Some(table));
        for (legend, body) in rows {
            let tr = self.node(SKind::TR, Some(tbody));
            let th = self.node(SKind::TH, Some(tr));
            let td = self.node(SKind::TD, Some(tr));
            let a = self.par_units(legend, &label, legend_col, Tag::Node(th))?;
            let b = self.flush_flow(body, body_col, Some(td))?;
            let mut row = self.bordered(beside(stack(a), stack(b)), col);
            row.repeat = Some(repeat.clone());
            units.push(row);
        }
        Ok(units)
    }

    /// A table row with its padding, border and column divider.
    fn bordered(&self, content: Unit, col: Col) -> Unit {
        let pad = style::CELL_PAD;
        let mut row = content.shifted(pad);
        row.height += 2.0 * pad;
        row.space_before = 0.0;
        let x = self.phys_x(col);
        let legend = self.phys_x(Col {
            start: col.start,
            width: style::LEGEND_COL,
        });
        let divider_x = if self.doc.rtl {
            legend
        } else {
            legend + style::LEGEND_COL
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
        row.items.push(layout_line(divider_x, divider_x, 0.0));
        if let Some(Draw::Stroke {
            shape: Shape::Line { y1, .. },
            ..
        }) = row.items.last_mut()
        {
            *y1 = h;
        }
        row
    }

    /// An option: its mark in a gutter at the start side, the words hanging after it, and
    /// the options that belong to it indented below. With a field, the mark is printed as
    /// an artifact and the field's widget over it is the content; without, the mark is a
    /// figure with its spoken name.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn option(
        &mut self,
        mark: Mark,
        alt: &str,
        label: &Rich,
        sub: &[Block],
        field: Option<usize>,
        col: Col,
        parent: Option<usize>,
    ) -> Result<Vec<Unit>, PdfError> {
        let lang = self.doc.lang;
        let div = self.node(SKind::Div, parent);
        let mark_node = match field {
            Some(f) => self.node(
                SKind::Form {
                    alt: Some(self.doc.fields[f].alt.clone()),
                },
                Some(div),
            ),
            None => self.node(SKind::Figure { alt: alt.to_string() }, Some(div)),
        };
        let inner = col.inset(style::MARK_GUTTER, 0.0);
        let st = style::value(lang, "");
        let mut units = self.para(label, &st, inner, SKind::P, Some(div))?;
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
        let (shape, side) = match mark {
            Mark::Checkbox => (
                Shape::Rect {
                    x,
                    y: mid - style::CHECKBOX / 2.0,
                    w: style::CHECKBOX,
                    h: style::CHECKBOX,
                },
                style::CHECKBOX,
            ),
            Mark::Radio => (
                Shape::Circle {
                    cx: x + style::CHECKBOX / 2.0,
                    cy: mid,
                    r: style::RADIO / 2.0,
                },
                style::RADIO,
            ),
        };
        let tag = match field {
            Some(_) => Tag::Artifact(ArtifactKind::Layout),
            None => Tag::Node(mark_node),
        };
        let mut front = vec![Draw::Stroke { shape, tag }];
        if let Some(f) = field {
            let cx = x + style::CHECKBOX / 2.0;
            let r = side / 2.0 + MARK_REACH;
            front.push(Draw::Widget {
                x0: cx - r,
                y0: mid - r,
                x1: cx + r,
                y1: mid + r,
                field: f,
                node: mark_node,
            });
        }
        front.append(&mut units[0].items);
        units[0].items = front;
        units[0].space_before = 4.0;
        units.extend(self.flow(sub, inner, Some(div))?);
        Ok(units)
    }
}
