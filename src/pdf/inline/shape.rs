//! Shaping of itemised runs with harfrust.

use std::sync::Arc;

use harfrust::{Buffer, BufferFlags, Direction, Language, ShapeOptions, ShapePlan, ShapePlanKey, ShaperFont};

use super::itemize::{Item, display_char};
use crate::pdf::PdfError;
use crate::pdf::chars::{NARROW_NBSP, NARROW_NBSP_EM};
use crate::pdf::fonts::{FaceId, FontSet};

/// One positioned glyph, advances and offsets in em units.
#[derive(Clone, Debug)]
pub struct ShapedGlyph {
    pub id: u32,
    /// Byte offset in the paragraph text of the cluster's first character.
    pub cluster: usize,
    pub x_advance: f32,
    pub x_offset: f32,
    pub y_offset: f32,
}

/// A shaped item: glyphs in visual order (harfrust reverses RTL runs), so
/// their clusters rise in a left-to-right run and fall in a right-to-left one.
#[derive(Clone, Debug)]
pub struct ShapedRun {
    pub item: Item,
    pub glyphs: Vec<ShapedGlyph>,
    /// Width of an inline object, in points (0 for text).
    pub object_width: f32,
    /// Font size of the run in points: the paragraph's, scaled for faces
    /// that look smaller than Noto Sans at the same size.
    pub size: f32,
}

/// Shapes one item of `text`. Objects are not shaped: they get `object_width`.
pub fn shape_item(
    fonts: &FontSet,
    text: &str,
    item: Item,
    lang: &str,
    object_width: f32,
    size: f32,
) -> Result<ShapedRun, PdfError> {
    if item.object {
        return Ok(ShapedRun {
            item,
            glyphs: Vec::new(),
            object_width,
            size,
        });
    }
    let glyphs = shape_str(fonts, item.face, text, item.range.clone(), item.level.is_rtl(), lang)?;
    Ok(ShapedRun {
        item,
        glyphs,
        object_width: 0.0,
        size,
    })
}

/// Shapes `text[range]` with `face`; clusters are byte offsets in `text`.
pub fn shape_str(
    fonts: &FontSet,
    face: FaceId,
    text: &str,
    range: std::ops::Range<usize>,
    rtl: bool,
    lang: &str,
) -> Result<Vec<ShapedGlyph>, PdfError> {
    let face = fonts.face(face);
    let shaper = ShaperFont::new(&face.shaping);
    let upem = face.units_per_em();
    let mut buffer = Buffer::new();
    // A face without a narrow no-break space shapes a space in its place,
    // narrowed below; the text layer keeps the original character.
    let narrow_missing = !face.has_char(NARROW_NBSP);
    let mut narrow = Vec::new();
    for (i, c) in text[range.clone()].char_indices() {
        let c = if c == NARROW_NBSP && narrow_missing {
            narrow.push(range.start + i);
            ' '
        } else {
            display_char(c)
        };
        buffer.push(c as u32, (range.start + i) as u32);
    }
    buffer.guess_segment_properties();
    buffer.set_direction(if rtl {
        Direction::RightToLeft
    } else {
        Direction::LeftToRight
    });
    buffer.set_language(lang.parse::<Language>().ok());
    let mut flags = BufferFlags::empty();
    if range.start == 0 {
        flags |= BufferFlags::BEGINNING_OF_TEXT;
    }
    if range.end == text.len() {
        flags |= BufferFlags::END_OF_TEXT;
    }
    buffer.set_flags(flags);
    let plan = plan(face, &buffer);
    harfrust::shape(&shaper, &mut buffer, ShapeOptions::new().plan(Some(&plan))).map_err(|e| {
        PdfError::plain(format!(
            "cannot shape {:?} with {}: {e:?}",
            &text[range.clone()],
            face.file_name
        ))
    })?;
    Ok(buffer
        .glyph_infos()
        .iter()
        .zip(buffer.glyph_positions())
        .map(|(info, pos)| ShapedGlyph {
            id: info.glyph_id,
            cluster: info.cluster as usize,
            x_advance: if narrow.binary_search(&(info.cluster as usize)).is_ok() {
                NARROW_NBSP_EM
            } else {
                pos.x_advance as f32 / upem
            },
            x_offset: pos.x_offset as f32 / upem,
            y_offset: pos.y_offset as f32 / upem,
        })
        .collect())
}

/// The face's compiled plan for the buffer's script, direction and language, made on first use.
fn plan(face: &crate::pdf::fonts::Face, buffer: &Buffer) -> Arc<ShapePlan> {
    let key = ShapePlanKey::new(&face.shaping, buffer.script(), buffer.direction()).language(buffer.language());
    // A poisoned lock only means another render panicked; the plans it holds are whole.
    let mut plans = face.plans.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(p) = plans.iter().find(|p| key.matches(p)) {
        return p.clone();
    }
    let p = Arc::new(ShapePlan::new(
        &face.shaping,
        buffer.direction(),
        buffer.script(),
        buffer.language(),
        &[],
    ));
    plans.push(p.clone());
    p
}
