//! XHTML subset → document model: blocks holding styled inline text.
//!
//! Whitespace is collapsed like HTML does, `<br>` becomes U+2028 (a line
//! separator that is neither a bidi paragraph break nor shaped), `<bdi>`
//! becomes an FSI…PDI isolate and a `<span class="mark">` becomes U+FFFC, an
//! inline object drawn as the small circle of the option buttons. Form
//! controls become fields of the fillable PDF ([`super::form`]). Any element
//! outside the subset is an error with its position, never silently dropped;
//! the one thing left out on purpose is `<div class="form-actions">`, the web
//! page's buttons, which paper has no use for.

use std::ops::Range;

use roxmltree::Node;

use super::PdfError;
use super::form::{FieldKind, FieldSpec};

pub use super::chars::{LINE_SEP, OBJECT};

pub use crate::lang::Lang;

/// Inline styling of a text range.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TextStyle {
    pub bold: bool,
    pub italic: bool,
    /// Target of an enclosing `<a href>`.
    pub link: Option<String>,
    /// Language of an enclosing element with `lang`, when it differs from
    /// the document's.
    pub lang: Option<String>,
    /// What an inline object (a drawn mark) is, said in the document's language.
    pub alt: Option<String>,
}

/// Base direction of a paragraph (`dir` on the element).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum BaseDir {
    /// The document's direction.
    #[default]
    Inherit,
    Ltr,
    Rtl,
    /// From the first strong character, like `dir="auto"`.
    Auto,
}

/// Paragraph text with style spans that cover it without gaps.
#[derive(Clone, Debug, Default)]
pub struct Rich {
    pub text: String,
    pub spans: Vec<(Range<usize>, TextStyle)>,
    pub base: BaseDir,
    /// Byte offset in the XHTML of the first content, to locate errors
    /// found later (e.g. by PDF validation).
    pub source: Option<usize>,
}

impl Rich {
    pub fn plain(text: &str) -> Rich {
        let mut r = Rich::default();
        r.push(text, &TextStyle::default());
        r
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    fn push(&mut self, s: &str, style: &TextStyle) {
        if s.is_empty() {
            return;
        }
        let start = self.text.len();
        self.text.push_str(s);
        let end = self.text.len();
        match self.spans.last_mut() {
            Some((r, st)) if st == style && r.end == start => r.end = end,
            _ => self.spans.push((start..end, style.clone())),
        }
    }

    fn ends_with_space(&self) -> bool {
        self.text.is_empty() || self.text.ends_with([' ', LINE_SEP])
    }

    /// Drops a trailing collapsible space (at block ends and before `<br>`).
    fn trim_end(&mut self) {
        while self.text.ends_with(' ') {
            self.text.pop();
            let end = self.text.len();
            if let Some((r, _)) = self.spans.last_mut() {
                r.end = end;
                if r.start == r.end {
                    self.spans.pop();
                }
            }
        }
    }

    /// A copy ending in a space, which hangs at the line end and separates
    /// a label from the text beside it in the text layer.
    pub fn with_trailing_space(&self) -> Rich {
        let mut r = self.clone();
        let style = r.spans.last().map(|(_, s)| s.clone()).unwrap_or_default();
        r.push(" ", &style);
        r
    }

    /// The text as it reads, without bidi controls, joiners or object markers.
    pub fn plain_text(&self) -> String {
        self.text
            .chars()
            .filter(|&c| c == LINE_SEP || !super::chars::is_invisible(c) && c != OBJECT)
            .map(|c| if c == LINE_SEP { ' ' } else { c })
            .collect()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListKind {
    /// `ol.paragraphs`: the numbered paragraphs of the letter.
    Paragraphs,
    Decimal,
    Bullet,
    Dash,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    Checkbox,
    Radio,
}

#[derive(Clone, Debug)]
pub enum Block {
    Masthead {
        org: Rich,
        bureau: Rich,
    },
    Para {
        class: String,
        text: Rich,
    },
    Heading {
        level: u8,
        number: Option<Rich>,
        text: Rich,
    },
    List {
        kind: ListKind,
        items: Vec<Vec<Block>>,
    },
    DefList {
        class: String,
        rows: Vec<(Rich, Vec<Block>)>,
    },
    /// `div.header-block` / `div.reply-header`: two definition lists side by
    /// side, the first on the start side.
    Columns {
        start: Box<Block>,
        end: Box<Block>,
        /// Equal columns (reply form); otherwise the start column is narrower.
        even: bool,
    },
    Signature(Vec<Block>),
    Annex {
        outline: String,
        blocks: Vec<Block>,
    },
    /// The reply form's table of choices: column headings, then per draft
    /// Recommendation its name (a row header) and its options.
    ChoiceTable {
        head: Vec<Rich>,
        rows: Vec<(Rich, Vec<Block>)>,
    },
    Option {
        mark: Mark,
        /// What the drawn mark is, said in the document's language.
        alt: String,
        label: Rich,
        sub: Vec<Block>,
        /// The radio button of the fillable PDF over the mark (index in `Doc::fields`).
        field: Option<usize>,
    },
    /// A text field: its label (none when a `dt` beside it holds the label), the lines
    /// to write on, and the field of the fillable PDF (index in `Doc::fields`).
    Field {
        label: Option<Rich>,
        rows: u8,
        field: usize,
    },
    /// A neutral container (`div` of another class, `section`).
    Group(Vec<Block>),
}

pub struct Doc {
    pub lang: Lang,
    pub rtl: bool,
    pub title: String,
    pub date: (u16, u8, u8),
    pub running_head: String,
    pub blocks: Vec<Block>,
    pub footer: Vec<Rich>,
    /// The form fields, in reading order.
    pub fields: Vec<FieldSpec>,
}

/// 1-based line and column (in characters) of byte offset `pos`.
pub fn line_col(xhtml: &str, pos: usize) -> (u32, u32) {
    let before = &xhtml[..pos.min(xhtml.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    (line as u32, col as u32)
}

fn error_at(node: Node, message: String) -> PdfError {
    let pos = node.document().text_pos_at(node.range().start);
    PdfError::at_line(message, pos.row, pos.col)
}

fn describe(node: Node) -> String {
    match node.attribute("class") {
        Some(c) => format!("<{} class=\"{c}\">", node.tag_name().name()),
        None => format!("<{}>", node.tag_name().name()),
    }
}

fn unsupported(node: Node) -> PdfError {
    error_at(node, format!("unsupported element {} in PDF input", describe(node)))
}

fn has_class(node: Node, class: &str) -> bool {
    node.attribute("class")
        .is_some_and(|c| c.split_ascii_whitespace().any(|x| x == class))
}

fn name(node: Node) -> &'static str {
    // Names are compared against a fixed vocabulary; map to statics so the
    // callers can match on them.
    const NAMES: &[&str] = &[
        "article", "header", "footer", "section", "div", "p", "h1", "h2", "h3", "h4", "ol", "ul", "li", "dl", "dt",
        "dd", "span", "em", "i", "strong", "b", "a", "br", "code", "bdi", "input", "label", "fieldset", "legend",
        "form", "table", "thead", "tbody", "tr", "th", "td", "textarea",
    ];
    let n = node.tag_name().name();
    NAMES.iter().find(|&&x| x == n).copied().unwrap_or("")
}

fn is_inline(node: Node) -> bool {
    node.is_text()
        || matches!(
            name(node),
            "span" | "em" | "i" | "strong" | "b" | "a" | "br" | "code" | "bdi" | "label"
        )
}

pub fn parse(xhtml: &str) -> Result<Doc, PdfError> {
    let xml = roxmltree::Document::parse(xhtml).map_err(|e| {
        let pos = e.pos();
        PdfError::at_line(format!("input is not well-formed XML: {e}"), pos.row, pos.col)
    })?;
    let root = xml.root_element();
    if name(root) != "article" {
        return Err(error_at(
            root,
            format!("root must be <article>, found {}", describe(root)),
        ));
    }
    let lang_attr = root.attribute("lang").unwrap_or("");
    let lang = lang_attr
        .parse::<Lang>()
        .ok()
        .ok_or_else(|| error_at(root, format!("unsupported lang \"{lang_attr}\" on <article>")))?;
    let rtl = match root.attribute("dir") {
        Some("rtl") => true,
        Some("ltr") | None => false,
        Some(other) => return Err(error_at(root, format!("unsupported dir \"{other}\""))),
    };
    // Circulars and reply forms share one house style; the class only
    // confirms that the input is one of them.
    if !has_class(root, "reply-form") && !has_class(root, "circular") {
        return Err(error_at(
            root,
            "<article> needs class \"document circular\" or \"document reply-form\"".into(),
        ));
    }
    let date_attr = root.attribute("data-date").unwrap_or("");
    let date =
        parse_date(date_attr).ok_or_else(|| error_at(root, format!("data-date \"{date_attr}\" is not YYYY-MM-DD")))?;
    let mut p = Parser {
        footer: Vec::new(),
        fields: Vec::new(),
    };
    let blocks = p.flow(root)?;
    Ok(Doc {
        lang,
        rtl,
        title: strip_controls(root.attribute("data-title").unwrap_or("")),
        date,
        running_head: strip_controls(root.attribute("data-running-head").unwrap_or("")),
        blocks,
        footer: p.footer,
        fields: p.fields,
    })
}

/// Attribute text for metadata: the bidi isolates that Fluent puts around
/// placeables, and joiners, have no place in a PDF title.
fn strip_controls(s: &str) -> String {
    s.chars()
        .filter(|&c| !super::chars::is_invisible(c))
        .collect::<String>()
        .trim()
        .to_string()
}

fn parse_date(s: &str) -> Option<(u16, u8, u8)> {
    let mut it = s.split('-');
    let y = it.next()?.parse().ok()?;
    let m: u8 = it.next()?.parse().ok()?;
    let d: u8 = it.next()?.parse().ok()?;
    (it.next().is_none() && (1..=12).contains(&m) && (1..=31).contains(&d)).then_some((y, m, d))
}

struct Parser {
    footer: Vec<Rich>,
    fields: Vec<FieldSpec>,
}

impl Parser {
    /// Block content: inline runs become anonymous paragraphs.
    fn flow(&mut self, parent: Node) -> Result<Vec<Block>, PdfError> {
        let mut blocks = Vec::new();
        let mut pending = Rich::default();
        for child in parent.children() {
            if child.is_comment() || child.is_pi() {
                continue;
            }
            if is_inline(child) {
                inline(child, &TextStyle::default(), &mut pending)?;
                continue;
            }
            flush(&mut pending, &mut blocks);
            if let Some(b) = self.block(child)? {
                blocks.push(b);
            }
        }
        flush(&mut pending, &mut blocks);
        Ok(blocks)
    }

    fn block(&mut self, node: Node) -> Result<Option<Block>, PdfError> {
        Ok(Some(match name(node) {
            "p" => Block::Para {
                class: node.attribute("class").unwrap_or("").to_string(),
                text: inline_content(node)?,
            },
            "h1" | "h2" | "h3" | "h4" => {
                // A leading `<span class="num">` is the item number, set
                // hanging like the numbered paragraphs.
                let first = node
                    .children()
                    .find(|c| !(c.is_text() && c.text().unwrap_or("").trim().is_empty()));
                let number = match first {
                    Some(n) if name(n) == "span" && has_class(n, "num") => Some(n),
                    _ => None,
                };
                Block::Heading {
                    level: node.tag_name().name().as_bytes()[1] - b'0',
                    number: number.map(inline_content).transpose()?,
                    text: inline_children(node, |c| Some(c) != number)?,
                }
            }
            "header" if has_class(node, "masthead") => {
                let mut org = Rich::default();
                let mut bureau = Rich::default();
                for c in element_children(node)? {
                    match name(c) {
                        "p" if has_class(c, "org") => org = inline_content(c)?,
                        "p" if has_class(c, "bureau") => bureau = inline_content(c)?,
                        _ => return Err(unsupported(c)),
                    }
                }
                Block::Masthead { org, bureau }
            }
            "footer" if has_class(node, "bureau-address") => {
                for c in element_children(node)? {
                    if name(c) != "p" {
                        return Err(unsupported(c));
                    }
                    self.footer.push(inline_content(c)?);
                }
                return Ok(None);
            }
            "ol" | "ul" => {
                let kind = match (name(node), has_class(node, "paragraphs"), has_class(node, "dash")) {
                    ("ol", true, _) => ListKind::Paragraphs,
                    ("ol", false, _) => ListKind::Decimal,
                    (_, _, true) => ListKind::Dash,
                    _ => ListKind::Bullet,
                };
                let mut items = Vec::new();
                for c in element_children(node)? {
                    if name(c) != "li" {
                        return Err(unsupported(c));
                    }
                    items.push(self.flow(c)?);
                }
                Block::List { kind, items }
            }
            "dl" => self.def_list(node)?,
            "div" if has_class(node, "header-block") || has_class(node, "reply-header") => {
                let lists = element_children(node)?;
                match lists.as_slice() {
                    [a, b] if name(*a) == "dl" && name(*b) == "dl" => Block::Columns {
                        start: Box::new(self.def_list(*a)?),
                        end: Box::new(self.def_list(*b)?),
                        even: has_class(node, "reply-header"),
                    },
                    _ => {
                        return Err(error_at(
                            node,
                            format!("{} must contain exactly two <dl>", describe(node)),
                        ));
                    }
                }
            }
            "div" if has_class(node, "signature") => Block::Signature(self.flow(node)?),
            "div" if has_class(node, "option") => self.option(node)?,
            // The web page's buttons (send, print, clear): nothing to press on paper.
            "div" if has_class(node, "form-actions") => return Ok(None),
            "div" if has_class(node, "field") => {
                let mut label = None;
                let mut control = None;
                for c in element_children(node)? {
                    match name(c) {
                        "label" if label.is_none() => label = Some(inline_content(c)?),
                        "input" | "textarea" if control.is_none() => control = Some(c),
                        _ => return Err(unsupported(c)),
                    }
                }
                let control = control.ok_or_else(|| error_at(node, "<div class=\"field\"> without an input".into()))?;
                self.field(control, label)?
            }
            "input" | "textarea" => self.field(node, None)?,
            "form" => Block::Group(self.flow(node)?),
            "table" if has_class(node, "choices") => self.choice_table(node)?,
            "div" => Block::Group(self.flow(node)?),
            "section" if has_class(node, "annex") => {
                let outline = node
                    .children()
                    .find(|c| name(*c) == "h1")
                    .map(|h| inline_content(h).map(|r| r.plain_text()))
                    .transpose()?
                    .unwrap_or_default();
                Block::Annex {
                    outline,
                    blocks: self.flow(node)?,
                }
            }
            "section" => Block::Group(self.flow(node)?),
            // The radio group of one row of the choices: its name is the row header.
            "fieldset" if has_class(node, "choice") => Block::Group(self.flow(node)?),
            _ if node.is_element() => return Err(unsupported(node)),
            _ => return Ok(None),
        }))
    }

    fn def_list(&mut self, node: Node) -> Result<Block, PdfError> {
        let mut rows: Vec<(Rich, Vec<Block>)> = Vec::new();
        for c in element_children(node)? {
            match name(c) {
                "dt" => rows.push((inline_content(c)?, Vec::new())),
                "dd" => {
                    let value = self.flow(c)?;
                    match rows.last_mut() {
                        Some((_, v)) if v.is_empty() => *v = value,
                        Some((_, v)) => v.extend(value),
                        None => rows.push((Rich::default(), value)),
                    }
                }
                _ => return Err(unsupported(c)),
            }
        }
        Ok(Block::DefList {
            class: node.attribute("class").unwrap_or("").to_string(),
            rows,
        })
    }

    fn option(&mut self, node: Node) -> Result<Block, PdfError> {
        let mut mark = None;
        let mut alt = String::new();
        let mut label = Rich::default();
        let mut sub = Vec::new();
        let mut field = None;
        for c in node.children() {
            // The mark is a control, or a drawn box (`span.box`) that stands for a choice
            // the web page makes otherwise (see the reply form's template).
            let drawn_box = c.is_element() && name(c) == "span" && has_class(c, "box");
            if c.is_element() && (name(c) == "input" || drawn_box) {
                mark = Some(match (c.attribute("type"), c.attribute("data-mark")) {
                    _ if drawn_box => Mark::Checkbox,
                    (Some("checkbox"), _) | (Some("radio"), Some("box")) => Mark::Checkbox,
                    (Some("radio"), _) => Mark::Radio,
                    _ => return Err(unsupported(c)),
                });
                if let Some(f) = c.attribute("data-field") {
                    let value = c.attribute("data-value").unwrap_or_default();
                    let tu = c.attribute("data-tu").map(strip_controls).unwrap_or_default();
                    if value.is_empty() || tu.is_empty() {
                        return Err(error_at(c, "a form mark needs data-value and data-tu".into()));
                    }
                    field = Some(self.fields.len());
                    self.fields.push(FieldSpec {
                        name: f.to_string(),
                        tu,
                        alt: String::new(),
                        kind: FieldKind::Radio {
                            value: value.to_string(),
                            boxed: mark == Some(Mark::Checkbox),
                        },
                    });
                }
                // The drawn mark's alternative text, in the document's language (from the
                // locale, through the template).
                alt = c
                    .attribute("data-alt")
                    .filter(|a| !a.trim().is_empty())
                    .ok_or_else(|| error_at(c, "a checkbox or radio input needs a data-alt text for the PDF".into()))?
                    .to_string();
            } else if c.is_element() && name(c) == "div" {
                sub.extend(self.flow(c)?);
            } else if is_inline(c) {
                inline(c, &TextStyle::default(), &mut label)?;
            } else if c.is_element() {
                return Err(unsupported(c));
            }
        }
        label.trim_end();
        let mark =
            mark.ok_or_else(|| error_at(node, "<div class=\"option\"> without a checkbox or radio input".into()))?;
        if let Some(f) = field {
            // The option's own words describe its widget.
            self.fields[f].alt = label.plain_text();
        }
        Ok(Block::Option {
            mark,
            alt,
            label,
            sub,
            field,
        })
    }

    /// A text field of the fillable PDF; its accessible name is that of the web page's
    /// control: the text of every `<label for>` pointing at it.
    fn field(&mut self, control: Node, label: Option<Rich>) -> Result<Block, PdfError> {
        let ty = control.attribute("type").unwrap_or("text");
        let multiline = name(control) == "textarea";
        if !multiline && !matches!(ty, "text" | "email" | "tel" | "date") {
            return Err(unsupported(control));
        }
        let id = control.attribute("id").unwrap_or_default();
        let mut tu = Vec::new();
        for l in control.document().descendants() {
            if name(l) == "label" && !id.is_empty() && l.attribute("for") == Some(id) {
                tu.push(inline_content(l)?.plain_text());
            }
        }
        // A label's colon ("Fax:") is for the eye.
        let tu = strip_controls(&tu.join(" "))
            .trim_end_matches([':', '：', ' ', '\u{a0}', '\u{202f}'])
            .to_string();
        let field_name = control.attribute("data-field").unwrap_or_default();
        if field_name.is_empty() || tu.is_empty() {
            return Err(error_at(
                control,
                "a form control needs data-field and a <label for> naming it".into(),
            ));
        }
        let rows = if multiline {
            control
                .attribute("rows")
                .and_then(|r| r.parse().ok())
                .unwrap_or(2u8)
                .clamp(1, 6)
        } else {
            1
        };
        self.fields.push(FieldSpec {
            name: field_name.to_string(),
            tu,
            alt: String::new(),
            kind: FieldKind::Text {
                multiline,
                ltr: control.attribute("dir") == Some("ltr"),
            },
        });
        Ok(Block::Field {
            label,
            rows,
            field: self.fields.len() - 1,
        })
    }

    /// `table.choices`: one header row, then rows of a `th` and a `td`.
    fn choice_table(&mut self, node: Node) -> Result<Block, PdfError> {
        let mut head = Vec::new();
        let mut rows = Vec::new();
        for part in element_children(node)? {
            for tr in element_children(part)? {
                if name(tr) != "tr" {
                    return Err(unsupported(tr));
                }
                let cells = element_children(tr)?;
                match (name(part), cells.as_slice()) {
                    ("thead", [a, b]) if name(*a) == "th" && name(*b) == "th" => {
                        head = vec![inline_content(*a)?, inline_content(*b)?];
                    }
                    ("tbody", [a, b]) if name(*a) == "th" && name(*b) == "td" => {
                        rows.push((inline_content(*a)?, self.flow(*b)?));
                    }
                    _ => {
                        return Err(error_at(
                            tr,
                            "a row of table.choices is <th><th> in <thead>, <th><td> in <tbody>".into(),
                        ));
                    }
                }
            }
        }
        if head.is_empty() {
            return Err(error_at(node, "table.choices needs a <thead> row".into()));
        }
        Ok(Block::ChoiceTable { head, rows })
    }
}

/// The element children of a container that holds no text of its own;
/// text there would otherwise be lost, so it is an error.
fn element_children<'a, 'i>(node: Node<'a, 'i>) -> Result<Vec<Node<'a, 'i>>, PdfError> {
    let mut out = Vec::new();
    for c in node.children() {
        if c.is_element() {
            out.push(c);
        } else if c.is_text() && !c.text().unwrap_or("").trim().is_empty() {
            return Err(error_at(
                c,
                format!("text directly inside {} is not supported", describe(node)),
            ));
        }
    }
    Ok(out)
}

fn flush(pending: &mut Rich, blocks: &mut Vec<Block>) {
    pending.trim_end();
    if !pending.is_empty() {
        blocks.push(Block::Para {
            class: String::new(),
            text: std::mem::take(pending),
        });
    }
    *pending = Rich::default();
}

/// The inline content of a leaf block such as `p` or `h1`.
fn inline_content(node: Node) -> Result<Rich, PdfError> {
    inline_children(node, |_| true)
}

/// The inline content of the children of `node` that `keep` selects.
fn inline_children(node: Node, keep: impl Fn(Node) -> bool) -> Result<Rich, PdfError> {
    let mut rich = Rich::default();
    for c in node.children() {
        if c.is_comment() || c.is_pi() || !keep(c) {
            continue;
        }
        if !is_inline(c) {
            return Err(error_at(
                c,
                format!("block element {} inside {}", describe(c), describe(node)),
            ));
        }
        let style = TextStyle {
            lang: node.attribute("lang").map(str::to_string),
            ..TextStyle::default()
        };
        inline(c, &style, &mut rich)?;
    }
    rich.trim_end();
    rich.base = match node.attribute("dir") {
        Some("ltr") => BaseDir::Ltr,
        Some("rtl") => BaseDir::Rtl,
        Some("auto") => BaseDir::Auto,
        _ => BaseDir::Inherit,
    };
    Ok(rich)
}

fn inline(node: Node, style: &TextStyle, out: &mut Rich) -> Result<(), PdfError> {
    if out.source.is_none() && !(node.is_text() && node.text().unwrap_or("").trim().is_empty()) {
        out.source = Some(node.range().start);
    }
    if node.is_text() {
        push_collapsed(node.text().unwrap_or(""), style, out);
        return Ok(());
    }
    let mut style = style.clone();
    if let Some(lang) = node.attribute("lang") {
        style.lang = Some(lang.to_string());
    }
    // An explicit direction isolates the element's content (LRI/RLI … PDI),
    // as `dir` does in HTML; `<bdi>` without `dir` uses first-strong (FSI).
    let isolate = match (node.attribute("dir"), name(node)) {
        (Some("ltr"), _) => Some('\u{2066}'),
        (Some("rtl"), _) => Some('\u{2067}'),
        (_, "bdi") => Some('\u{2068}'),
        _ => None,
    };
    match name(node) {
        "span" if has_class(node, "mark") => {
            let alt = node
                .attribute("aria-label")
                .filter(|a| !a.trim().is_empty())
                .ok_or_else(|| error_at(node, "a drawn mark needs an aria-label".into()))?;
            let style = TextStyle {
                alt: Some(alt.to_string()),
                ..style
            };
            out.push(&OBJECT.to_string(), &style);
            return Ok(());
        }
        "span" | "code" | "label" => {}
        "em" | "i" => style.italic = true,
        "strong" | "b" => style.bold = true,
        "a" => style.link = node.attribute("href").map(str::to_string),
        "br" => {
            out.trim_end();
            out.push(&LINE_SEP.to_string(), &style);
            return Ok(());
        }
        "bdi" => {}
        _ => return Err(unsupported(node)),
    }
    if let Some(open) = isolate {
        out.push(&open.to_string(), &style);
    }
    for c in node.children() {
        if c.is_comment() || c.is_pi() {
            continue;
        }
        if !is_inline(c) {
            return Err(error_at(
                c,
                format!("block element {} inside inline {}", describe(c), describe(node)),
            ));
        }
        inline(c, &style, out)?;
    }
    if isolate.is_some() {
        out.push("\u{2069}", &style);
    }
    Ok(())
}

/// Appends text with runs of XML whitespace collapsed to one space, dropping
/// spaces at the start of the block or after another space.
fn push_collapsed(text: &str, style: &TextStyle, out: &mut Rich) {
    let mut buf = String::with_capacity(text.len());
    let mut space = out.ends_with_space();
    for c in text.chars() {
        if matches!(c, ' ' | '\t' | '\n' | '\r') {
            if !space {
                buf.push(' ');
                space = true;
            }
        } else {
            buf.push(c);
            space = false;
        }
    }
    out.push(&buf, style);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collapses_whitespace_and_trims() {
        let doc = parse(
            "<article lang=\"en\" dir=\"ltr\" class=\"document circular\" data-date=\"2017-10-11\">\
             <p>  Hello \n\t <em> big </em>  world <br/> next  </p></article>",
        )
        .unwrap();
        let Block::Para { text, .. } = &doc.blocks[0] else {
            panic!("expected a paragraph")
        };
        assert_eq!(text.text, "Hello big world\u{2028}next");
        assert!(
            text.spans
                .iter()
                .any(|(r, s)| s.italic && &text.text[r.clone()] == "big ")
        );
    }

    #[test]
    fn unknown_element_reports_position() {
        let err = match parse(
            "<article lang=\"en\" dir=\"ltr\" class=\"document circular\" data-date=\"2017-10-11\">\n\
             <p>ok</p>\n  <table/></article>",
        ) {
            Err(e) => e,
            Ok(_) => panic!("a <table> must be rejected"),
        };
        assert!(err.message.contains("<table>"), "{}", err.message);
        assert_eq!((err.line, err.column), (3, 3));
    }
}
