//! Pages → tagged PDF/A-2a + PDF/UA-1 with krilla.
//!
//! The structure tree is assembled while drawing: an element joins its
//! parent the first time content of it is drawn, so siblings appear in
//! reading order (the layout emits drawings in logical order).

use std::num::NonZeroU16;

use krilla::action::LinkAction;
use krilla::annotation::{Annotation, LinkAnnotation, Target};
use krilla::color::rgb;
use krilla::configure::{Accessibility, Archival, ConfigurationBuilder, ValidationError};
use krilla::destination::XyzDestination;
use krilla::error::KrillaError;
use krilla::geom::{PathBuilder, Point, Rect, Size};
use krilla::metadata::{DateTime, Metadata, TextDirection};
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::paint::Stroke;
use krilla::surface::{Location, Surface};
use krilla::tagging::{
    Artifact, ArtifactType, ContentTag, Identifier, ListNumbering, SpanTag, TableHeaderScope, Tag, TagGroup, TagKind,
    TagTree,
};
use krilla::{Document, SerializeSettings};

use super::dom::Doc;
use super::fonts::FontSet;
use super::layout::{self, ArtifactKind, Draw, Layout, SKind, Shape};
use super::style::{PAGE_H, PAGE_W, RULE};
use super::{PdfError, form};

enum Child {
    Node(usize),
    Id(Identifier),
}

/// Collects the children of each structure element in reading order.
struct Tree<'a> {
    nodes: &'a [layout::SNode],
    children: Vec<Vec<Child>>,
    /// Annotation identifiers at the front of each element.
    annots: Vec<usize>,
    attached: Vec<bool>,
    roots: Vec<usize>,
}

impl Tree<'_> {
    fn attach(&mut self, n: usize) {
        if self.attached[n] {
            return;
        }
        self.attached[n] = true;
        match self.nodes[n].parent {
            Some(p) => {
                self.attach(p);
                self.children[p].push(Child::Node(n));
            }
            None => self.roots.push(n),
        }
    }

    fn push_content(&mut self, n: usize, id: Identifier) {
        self.attach(n);
        self.children[n].push(Child::Id(id));
    }

    /// Link annotations come first in their Link element.
    fn push_annotation(&mut self, n: usize, id: Identifier) {
        self.attach(n);
        let at = self.annots[n];
        self.children[n].insert(at, Child::Id(id));
        self.annots[n] += 1;
    }

    fn group(&mut self, n: usize) -> TagGroup {
        let mut group = TagGroup::new(tag_kind(&self.nodes[n].kind));
        for child in std::mem::take(&mut self.children[n]) {
            match child {
                Child::Node(c) => group.push(self.group(c)),
                Child::Id(id) => group.push(id),
            }
        }
        group
    }
}

fn tag_kind(kind: &SKind) -> TagKind {
    match kind {
        SKind::P => Tag::P.into(),
        SKind::H { level, title } => Tag::Hn(
            NonZeroU16::new(u16::from(*level).max(1)).unwrap_or(NonZeroU16::MIN),
            Some(title.clone()),
        )
        .into(),
        SKind::L { ordered, bullet } => Tag::L(if *ordered {
            ListNumbering::Decimal
        } else if *bullet {
            ListNumbering::Disc
        } else {
            ListNumbering::None
        })
        .into(),
        SKind::LI => Tag::LI.into(),
        SKind::Lbl => Tag::Lbl.into(),
        SKind::LBody => Tag::LBody.into(),
        SKind::Table => Tag::Table.into(),
        SKind::TR => Tag::TR.into(),
        SKind::TH => Tag::TH(TableHeaderScope::Row).into(),
        SKind::TD => Tag::TD.into(),
        SKind::THead => Tag::THead.into(),
        SKind::TBody => Tag::TBody.into(),
        SKind::ColHead => Tag::TH(TableHeaderScope::Column).into(),
        SKind::Form { alt } => Tag::Form.with_alt_text(alt.clone()).into(),
        SKind::Link { .. } => Tag::Link.into(),
        SKind::Sect => Tag::Section.into(),
        SKind::Div => Tag::Div.into(),
        SKind::Figure { alt } => Tag::Figure(Some(alt.clone())).into(),
    }
}

fn artifact(kind: ArtifactKind) -> Artifact {
    Artifact::with_kind(match kind {
        ArtifactKind::Header => ArtifactType::Header,
        ArtifactKind::Footer => ArtifactType::Footer,
        ArtifactKind::PageNumber => ArtifactType::PageNumber,
        ArtifactKind::Layout => ArtifactType::Layout,
    })
}

fn draw_shape(surface: &mut Surface, shape: Shape) {
    let mut pb = PathBuilder::new();
    match shape {
        Shape::Line { x0, y0, x1, y1 } => {
            pb.move_to(x0, y0);
            pb.line_to(x1, y1);
        }
        Shape::Rect { x, y, w, h } => {
            if let Some(r) = Rect::from_xywh(x, y, w, h) {
                pb.push_rect(r);
            }
        }
        Shape::Circle { cx, cy, r } => {
            // Four cubic arcs; 0.5523 places the control points of a
            // quarter circle.
            let k = 0.5523 * r;
            pb.move_to(cx + r, cy);
            pb.cubic_to(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
            pb.cubic_to(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
            pb.cubic_to(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
            pb.cubic_to(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
            pb.close();
        }
    }
    if let Some(path) = pb.finish() {
        surface.set_fill(None);
        surface.set_stroke(Some(Stroke {
            paint: rgb::Color::black().into(),
            width: RULE,
            ..Stroke::default()
        }));
        surface.draw_path(&path);
        surface.set_stroke(None);
        surface.set_fill(Some(krilla::paint::Fill::default()));
    }
}

pub fn write(doc: &Doc, layout: &Layout, fonts: &FontSet, xhtml: &str) -> Result<Vec<u8>, PdfError> {
    let configuration = ConfigurationBuilder::new()
        .with_archival_validator(Archival::A2_A)
        .with_accessibility_validator(Accessibility::UA1)
        .finish()
        .map_err(|e| PdfError::plain(format!("PDF configuration: {e:?}")))?;
    let settings = SerializeSettings {
        configuration,
        enable_tagging: true,
        compress_content_streams: true,
        ..SerializeSettings::default()
    };
    let mut document = Document::new_with(settings);
    let n = layout.nodes.len();
    let mut tree = Tree {
        nodes: &layout.nodes,
        children: (0..n).map(|_| Vec::new()).collect(),
        annots: vec![0; n],
        attached: vec![false; n],
        roots: Vec::new(),
    };
    let size = Size::from_wh(PAGE_W, PAGE_H).expect("A4 is a valid size");

    for page in &layout.pages {
        let mut pg = document.start_page_with(PageSettings::new(size));
        let mut links = Vec::new();
        {
            let mut surface = pg.surface();
            // Consecutive drawings of one element share a marked-content
            // sequence: (tag, is_text, language) of the open one.
            let mut open: Option<(layout::Tag, bool, Option<&str>)> = None;
            for item in &page.items {
                let key = match item {
                    Draw::Text { tag, lang, .. } => (*tag, true, lang.as_deref()),
                    Draw::Stroke { tag, .. } => (*tag, false, None),
                    Draw::Link { .. } => {
                        links.push(item);
                        continue;
                    }
                    Draw::Widget { node, .. } => {
                        // The field takes its place in reading order now; its widget is
                        // added with the page's annotations.
                        tree.attach(*node);
                        links.push(item);
                        continue;
                    }
                };
                if open != Some(key) {
                    if open.is_some() {
                        surface.end_tagged();
                    }
                    match key.0 {
                        layout::Tag::Node(node) => {
                            let ct = if key.1 {
                                ContentTag::Span(SpanTag::empty().with_lang(key.2))
                            } else {
                                ContentTag::Other
                            };
                            let id = surface.start_tagged(ct);
                            tree.push_content(node, id);
                        }
                        layout::Tag::Artifact(kind) => {
                            surface.start_tagged(ContentTag::Artifact(artifact(kind)));
                        }
                    }
                    open = Some(key);
                }
                match item {
                    Draw::Text {
                        x,
                        y,
                        face,
                        size,
                        glyphs,
                        text,
                        ..
                    } => {
                        surface.draw_glyphs(
                            Point::from_xy(*x, *y),
                            glyphs,
                            fonts.face(*face).pdf.clone(),
                            text,
                            *size,
                            false,
                        );
                    }
                    Draw::Stroke { shape, .. } => draw_shape(&mut surface, *shape),
                    Draw::Link { .. } | Draw::Widget { .. } => {}
                }
            }
            if open.is_some() {
                surface.end_tagged();
            }
            surface.finish();
        }
        for item in links {
            if let Draw::Widget {
                x0,
                y0,
                x1,
                y1,
                field,
                node,
            } = item
            {
                // A placeholder that form::add_fields turns into the field's widget.
                let Some(rect) = Rect::from_ltrb(*x0, *y0, *x1, *y1) else {
                    continue;
                };
                let spec = &doc.fields[*field];
                let alt = if spec.alt.is_empty() { &spec.tu } else { &spec.alt };
                let target = Target::Action(LinkAction::new(format!("{}{field}", form::PLACEHOLDER)).into());
                let annot = Annotation::new_link(LinkAnnotation::new(rect, target), Some(alt.clone()));
                let id = pg.add_tagged_annotation(annot);
                tree.push_annotation(*node, id);
                continue;
            }
            if let Draw::Link {
                x0,
                y0,
                x1,
                y1,
                uri,
                node,
            } = item
            {
                let Some(rect) = Rect::from_ltrb(*x0, *y0, *x1, *y1) else {
                    continue;
                };
                let alt = match &layout.nodes[*node].kind {
                    SKind::Link { alt } => alt.clone(),
                    _ => uri.clone(),
                };
                let target = Target::Action(LinkAction::new(uri.clone()).into());
                let annot = Annotation::new_link(LinkAnnotation::new(rect, target), Some(alt));
                let id = pg.add_tagged_annotation(annot);
                tree.push_annotation(*node, id);
            }
        }
        pg.finish();
    }

    let mut tag_tree = TagTree::new().with_lang(Some(doc.lang.code().to_string()));
    for r in std::mem::take(&mut tree.roots) {
        let g = tree.group(r);
        tag_tree.push(g);
    }
    document.set_tag_tree(tag_tree);

    let (y, m, d) = doc.date;
    let title = if doc.title.is_empty() {
        doc.running_head.clone()
    } else {
        doc.title.clone()
    };
    document.set_metadata(
        Metadata::new()
            .title(title.clone())
            .language(doc.lang.code().to_string())
            .creation_date(DateTime::new(y).month(m).day(d))
            .text_direction(if doc.rtl {
                TextDirection::RightToLeft
            } else {
                TextDirection::LeftToRight
            }),
    );
    let mut outline = Outline::new();
    outline.push_child(OutlineNode::new(
        title,
        XyzDestination::new(0, Point::from_xy(0.0, 0.0)),
    ));
    for (text, page, y) in &layout.outline {
        outline.push_child(OutlineNode::new(
            text.clone(),
            XyzDestination::new(*page, Point::from_xy(0.0, (*y - 12.0).max(0.0))),
        ));
    }
    document.set_outline(outline);
    let pdf = document.finish().map_err(|e| {
        let (line, column) =
            error_location(&e).map_or((0, 0), |loc| super::dom::line_col(xhtml, (loc.get() - 1) as usize));
        PdfError::at_line(export_error(&e), line, column)
    })?;
    form::add_fields(pdf, &doc.fields, doc.rtl)
}

/// Where in the input the first located validation error comes from.
fn error_location(e: &KrillaError) -> Option<Location> {
    let KrillaError::Validation(errors) = e else {
        return None;
    };
    errors.iter().find_map(|(err, _)| match err {
        ValidationError::ContainsNotDefGlyph(_, loc, _)
        | ValidationError::NoCodepointMapping(_, _, loc)
        | ValidationError::InvalidCodepointMapping(_, _, _, loc)
        | ValidationError::UnicodePrivateArea(_, _, _, loc) => *loc,
        _ => None,
    })
}

/// A readable message for a failed export; validation failures list what
/// PDF/A or PDF/UA rejected.
fn export_error(e: &KrillaError) -> String {
    match e {
        KrillaError::Validation(errors) => {
            let list: Vec<String> = errors.iter().map(|(err, _)| format!("{err:?}")).collect();
            format!("PDF/A-2a or PDF/UA-1 validation failed: {}", list.join("; "))
        }
        other => format!("PDF export failed: {other:?}"),
    }
}
