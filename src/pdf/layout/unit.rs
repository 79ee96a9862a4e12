//! Units: unbreakable slices of the flow, and how they combine.

use std::sync::Arc;

use super::{ArtifactKind, Draw, Tag};

/// An unbreakable slice of the flow (a line of a paragraph, a heading, a
/// table row, the signature), with what the page breaker needs to know.
#[derive(Clone, Debug, Default)]
pub struct Unit {
    pub height: f32,
    /// Space above the unit: glue that may shrink on a full page and
    /// vanishes at the top of a page.
    pub space_before: f32,
    /// No page break after this unit (headings, a line ending in a hyphen,
    /// what a signature signs).
    pub keep_with_next: bool,
    pub break_before: bool,
    /// Cost of a page break right after this unit: widows and orphans.
    pub penalty: f32,
    pub items: Vec<Draw>,
    /// Baseline of the first line, from the unit top.
    pub first_baseline: Option<f32>,
    pub outline: Option<String>,
    /// What a page starting with this unit draws first: the header row of the table the unit
    /// is a row of, repeated as a pagination artifact (its words are tagged once, where the
    /// table begins).
    pub repeat: Option<Arc<Unit>>,
}

impl Unit {
    /// The height a page starting with this unit gives to its repeated header.
    pub fn repeat_height(&self) -> f32 {
        self.repeat.as_ref().map_or(0.0, |h| h.height)
    }

    /// A copy of this unit drawn as a pagination header artifact, without space before it:
    /// a table's header row as repeated on the pages the table continues on.
    pub fn as_repeated_header(&self) -> Unit {
        let items = self
            .items
            .iter()
            .filter_map(|d| {
                let mut d = d.clone();
                match &mut d {
                    Draw::Text { tag, lang, .. } => {
                        *tag = Tag::Artifact(ArtifactKind::Header);
                        *lang = None;
                    }
                    Draw::Stroke { tag, .. } => *tag = Tag::Artifact(ArtifactKind::Header),
                    // Links and fields belong to the structure: they are not repeated.
                    Draw::Link { .. } | Draw::Widget { .. } => return None,
                }
                Some(d)
            })
            .collect();
        Unit {
            height: self.height,
            items,
            ..Unit::default()
        }
    }

    pub fn shifted(mut self, dy: f32) -> Unit {
        for it in &mut self.items {
            it.shift(0.0, dy);
        }
        self.first_baseline = self.first_baseline.map(|b| b + dy);
        self
    }
}

/// Stacks units into one (kept together); the first's space before is the
/// stack's, the last's keep and penalty are the stack's.
pub fn stack(units: Vec<Unit>) -> Unit {
    let mut out = Unit::default();
    let mut y = 0.0;
    for (i, u) in units.into_iter().enumerate() {
        if i == 0 {
            out.space_before = u.space_before;
            out.break_before = u.break_before;
            out.repeat = u.repeat.clone();
        } else {
            y += u.space_before;
        }
        if out.first_baseline.is_none() {
            out.first_baseline = u.first_baseline.map(|b| b + y);
        }
        out.outline = out.outline.or(u.outline.clone());
        out.keep_with_next = u.keep_with_next;
        out.penalty = u.penalty;
        let h = u.height;
        out.items.extend(u.shifted(y).items);
        y += h;
    }
    out.height = y;
    out
}

/// Places two units side by side, tops aligned.
pub fn beside(a: Unit, b: Unit) -> Unit {
    let mut out = a;
    out.height = out.height.max(b.height);
    out.first_baseline = out.first_baseline.or(b.first_baseline);
    out.keep_with_next |= b.keep_with_next;
    out.penalty = out.penalty.max(b.penalty);
    out.repeat = out.repeat.or(b.repeat);
    out.items.extend(b.items);
    out
}
