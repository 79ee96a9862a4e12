//! PDF typesetting of TSB circulars and reply forms from their XHTML.
//!
//! The pipeline: [`dom`] parses the XHTML subset into blocks of styled
//! text, [`inline`] sets paragraphs (bidi, line breaking, font fallback,
//! shaping), [`layout`] places blocks on A4 pages in the house style of
//! [`style`], and [`write`] emits a tagged PDF/A-2 + PDF/UA-1 file with krilla,
//! to which [`form`] adds the fields of the fillable reply form.

mod chars;
mod dom;
mod fonts;
mod form;
mod inline;
mod layout;
mod style;
mod verify;
mod write;

#[cfg(test)]
mod tests;

use std::fmt;

pub use fonts::FontSet;
pub use verify::{FontError, FontProblem, SUMS_FILE};

#[cfg(test)]
pub(crate) use fonts::test_fonts;

/// A rendering failure. `line`/`column` point into the XHTML input where
/// the problem has a place there (1-based), and are 0 otherwise.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PdfError {
    pub message: String,
    pub line: u32,
    pub column: u32,
    /// Byte offset in the XHTML, for errors found where the text is known
    /// but not the input (layout); `render_pdf` turns it into line and column.
    offset: Option<usize>,
}

impl PdfError {
    pub(crate) fn plain(message: String) -> PdfError {
        PdfError {
            message,
            line: 0,
            column: 0,
            offset: None,
        }
    }

    pub(crate) fn at_offset(message: String, offset: Option<usize>) -> PdfError {
        PdfError {
            offset,
            ..PdfError::plain(message)
        }
    }

    pub(crate) fn at_line(message: String, line: u32, column: u32) -> PdfError {
        PdfError {
            line,
            column,
            ..PdfError::plain(message)
        }
    }
}

impl fmt::Display for PdfError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line > 0 {
            write!(f, "{}:{}: {}", self.line, self.column, self.message)
        } else {
            f.write_str(&self.message)
        }
    }
}

impl std::error::Error for PdfError {}

/// Renders one `<article>` document to PDF bytes.
///
/// Deterministic (the creation date comes from `data-date`) and safe to
/// call from many threads with a shared [`FontSet`].
pub fn render_pdf(xhtml: &str, fonts: &FontSet) -> Result<Vec<u8>, PdfError> {
    let doc = dom::parse(xhtml)?;
    let pages = layout::layout(&doc, fonts).map_err(|mut e| {
        if let (0, Some(offset)) = (e.line, e.offset) {
            (e.line, e.column) = dom::line_col(xhtml, offset);
        }
        e
    })?;
    write::write(&doc, &pages, fonts, xhtml)
}
