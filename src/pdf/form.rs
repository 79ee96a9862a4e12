//! AcroForm fields of the fillable reply form.
//!
//! krilla 0.8 writes link annotations only. The layout places each field where its blank
//! line or mark is printed, and the writer gives krilla a placeholder link annotation there
//! whose action points at [`PLACEHOLDER`]`N` (N: the field's index in [`Doc::fields`]),
//! tagged as a `Form` structure element in reading order. Once krilla has written (and
//! validated) the file, [`add_fields`] turns each placeholder into a widget with its field
//! dictionary and appearance streams, and adds the catalog's `/AcroForm`. The structure
//! tree, with its `/StructParent` links, stays as krilla wrote it.
//!
//! PDF/A-2 forbids `/NeedAppearances`, so every widget carries its appearances: text fields
//! an empty one (the page itself prints the line to write on; a value typed later is drawn
//! by the viewer, which PDF/A allows), radio buttons an `Off` state that is empty (the box
//! or circle is printed on the page) and an on state drawing a tick or a dot with paths,
//! so no font is needed. `/DA` names Helvetica in `/DR` as form fillers expect; no
//! appearance stream uses it, so no font goes unembedded.
//!
//! [`Doc::fields`]: super::dom::Doc::fields

use std::collections::BTreeMap;

use lopdf::{Dictionary, Object, ObjectId, Stream, StringFormat};

use super::PdfError;

/// The URI of a placeholder annotation, followed by the field's index.
pub const PLACEHOLDER: &str = "urn:x-tsbcirc:field:";

/// One field of the form, as the XHTML describes it.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldSpec {
    /// The field's name (`/T`): `from_name`, `rec1_decision`.
    pub name: String,
    /// Its accessible name (`/TU`), in the document's language; for a radio button, the
    /// name of its group.
    pub tu: String,
    /// For a radio button, the words of its option (the `Alt` of its `Form` element).
    pub alt: String,
    pub kind: FieldKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum FieldKind {
    Text {
        multiline: bool,
        /// Left to right whatever the document (fax numbers, e-mail addresses, dates).
        ltr: bool,
    },
    Radio {
        /// The export value (the name of the on state).
        value: String,
        /// Drawn as a box (the decision) rather than a circle (the comments).
        boxed: bool,
    },
}

/// Field flags (PDF 1.7, tables 226, 227, 228).
const MULTILINE: i64 = 1 << 12;
const DO_NOT_SPELL_CHECK: i64 = 1 << 22;
const NO_TOGGLE_TO_OFF: i64 = 1 << 14;
const RADIO: i64 = 1 << 15;
/// Annotation flag: print.
const PRINT: i64 = 4;

/// A PDF text string: literal when ASCII, UTF-16BE with its byte order mark otherwise.
fn text(s: &str) -> Object {
    if s.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        Object::String(s.as_bytes().to_vec(), StringFormat::Literal)
    } else {
        let mut bytes = vec![0xfe, 0xff];
        for u in s.encode_utf16() {
            bytes.extend_from_slice(&u.to_be_bytes());
        }
        Object::String(bytes, StringFormat::Hexadecimal)
    }
}

fn name(s: &str) -> Object {
    Object::Name(s.as_bytes().to_vec())
}

/// A form XObject of `w` × `h` points drawing `ops`.
fn appearance(w: f32, h: f32, ops: String) -> Stream {
    let mut d = Dictionary::new();
    d.set("Type", name("XObject"));
    d.set("Subtype", name("Form"));
    d.set(
        "BBox",
        Object::Array(vec![0.into(), 0.into(), Object::Real(w), Object::Real(h)]),
    );
    d.set("Resources", Dictionary::new());
    Stream::new(d, ops.into_bytes())
}

/// The on state of a radio button: a tick in a box, a dot in a circle.
fn on_state(w: f32, h: f32, boxed: bool) -> String {
    let (cx, cy) = (w / 2.0, h / 2.0);
    if boxed {
        let s = w.min(h) * 0.22;
        format!(
            "q 0 0 0 RG 1.3 w 1 J 1 j {:.2} {:.2} m {:.2} {:.2} l {:.2} {:.2} l S Q\n",
            cx - s,
            cy,
            cx - s * 0.3,
            cy - s * 0.8,
            cx + s,
            cy + s,
        )
    } else {
        // A dot of 45 % of the printed circle: four cubic arcs.
        let r = w.min(h) * 0.16;
        let k = 0.5523 * r;
        format!(
            "q 0 0 0 rg {x0:.2} {cy:.2} m {a:.2} {b:.2} {c:.2} {d:.2} {cx:.2} {y1:.2} c \
             {e:.2} {d:.2} {f:.2} {b:.2} {x2:.2} {cy:.2} c {f:.2} {g:.2} {e:.2} {h2:.2} {cx:.2} {y3:.2} c \
             {c:.2} {h2:.2} {a:.2} {g:.2} {x0:.2} {cy:.2} c f Q\n",
            x0 = cx + r,
            a = cx + r,
            b = cy + k,
            c = cx + k,
            d = cy + r,
            y1 = cy + r,
            e = cx - k,
            f = cx - r,
            x2 = cx - r,
            g = cy - k,
            h2 = cy - r,
            y3 = cy - r,
        )
    }
}

fn err(e: impl std::fmt::Display) -> PdfError {
    PdfError::plain(format!("adding the form fields: {e}"))
}

/// Turns the placeholder annotations of `pdf` into the fields of `fields`, and leaves no
/// stream whose end a reader could misread (see [`unambiguous_stream_ends`]) and no entry
/// that a reader's tool takes for an error (see [`drop_default_suspects`]).
pub fn add_fields(pdf: Vec<u8>, fields: &[FieldSpec], rtl: bool) -> Result<Vec<u8>, PdfError> {
    let mut doc = lopdf::Document::load_mem(&pdf).map_err(err)?;
    drop_default_suspects(&mut doc)?;
    if fields.is_empty() {
        // A document without fields (an approval notice).
        unambiguous_stream_ends(&mut doc)?;
        return save(&mut doc, pdf.len());
    }
    // Placeholder annotations by field index, with their page.
    let mut widgets: BTreeMap<usize, (ObjectId, ObjectId)> = BTreeMap::new();
    for (_, page) in doc.get_pages() {
        let annots = match doc.get_dictionary(page).and_then(|p| p.get(b"Annots")) {
            Ok(Object::Array(a)) => a.clone(),
            Ok(Object::Reference(r)) => doc.get_object(*r).and_then(Object::as_array).cloned().map_err(err)?,
            _ => continue,
        };
        for a in annots {
            let Ok(id) = a.as_reference() else { continue };
            let dict = doc.get_dictionary(id).map_err(err)?;
            let uri = dict
                .get(b"A")
                .and_then(Object::as_dict)
                .and_then(|a| a.get(b"URI"))
                .and_then(Object::as_str)
                .unwrap_or_default();
            if let Some(n) = uri.strip_prefix(PLACEHOLDER.as_bytes()) {
                let n: usize = std::str::from_utf8(n)
                    .ok()
                    .and_then(|n| n.parse().ok())
                    .ok_or_else(|| err("a placeholder without its field number"))?;
                widgets.insert(n, (id, page));
            }
        }
    }
    if let Some(missing) = (0..fields.len()).find(|i| !widgets.contains_key(i)) {
        return Err(err(format!("field `{}` was not placed", fields[missing].name)));
    }

    let mut top: Vec<Object> = Vec::new();
    let mut groups: BTreeMap<&str, ObjectId> = BTreeMap::new();
    for (i, f) in fields.iter().enumerate() {
        let (id, page) = widgets[&i];
        let rect = doc
            .get_dictionary(id)
            .and_then(|d| d.get(b"Rect"))
            .and_then(Object::as_array)
            .map_err(err)?
            .iter()
            .map(|v| v.as_float().unwrap_or(0.0))
            .collect::<Vec<f32>>();
        let (w, h) = match rect.as_slice() {
            [x0, y0, x1, y1] => ((x1 - x0).abs(), (y1 - y0).abs()),
            _ => return Err(err("a placeholder without its rectangle")),
        };
        let mut ap = Dictionary::new();
        let mut widget: Vec<(&str, Object)> = vec![
            ("Subtype", name("Widget")),
            ("F", Object::Integer(PRINT)),
            ("P", page.into()),
        ];
        match &f.kind {
            FieldKind::Text { multiline, ltr } => {
                let empty = doc.add_object(appearance(w, h, "/Tx BMC\nEMC\n".into()));
                ap.set("N", empty);
                let mut flags = 0;
                if *multiline {
                    flags |= MULTILINE;
                }
                if *ltr {
                    flags |= DO_NOT_SPELL_CHECK;
                }
                widget.extend([
                    ("FT", name("Tx")),
                    ("T", text(&f.name)),
                    ("TU", text(&f.tu)),
                    ("Ff", Object::Integer(flags)),
                    ("DA", Object::string_literal("/Helv 0 Tf 0 g")),
                    // Right-aligned in a right-to-left document, unless the value reads left to right.
                    ("Q", Object::Integer(if rtl && !ltr { 2 } else { 0 })),
                ]);
                top.push(id.into());
            }
            FieldKind::Radio { value, boxed } => {
                let on = doc.add_object(appearance(w, h, on_state(w, h, *boxed)));
                let off = doc.add_object(appearance(w, h, String::new()));
                let mut states = Dictionary::new();
                states.set(value.as_bytes().to_vec(), on);
                states.set("Off", off);
                ap.set("N", states);
                let parent = match groups.get(f.name.as_str()) {
                    Some(p) => *p,
                    None => {
                        let mut g = Dictionary::new();
                        g.set("FT", name("Btn"));
                        g.set("Ff", Object::Integer(RADIO | NO_TOGGLE_TO_OFF));
                        g.set("T", text(&f.name));
                        g.set("TU", text(&f.tu));
                        g.set("V", name("Off"));
                        g.set("Kids", Object::Array(Vec::new()));
                        let p = doc.add_object(g);
                        groups.insert(&f.name, p);
                        top.push(p.into());
                        p
                    }
                };
                if let Ok(Object::Array(kids)) = doc.get_dictionary_mut(parent).map_err(err)?.get_mut(b"Kids") {
                    kids.push(id.into());
                }
                widget.extend([("Parent", parent.into()), ("AS", name("Off"))]);
            }
        }
        let dict = doc.get_dictionary_mut(id).map_err(err)?;
        for key in [&b"A"[..], b"Border", b"H"] {
            dict.remove(key);
        }
        for (k, v) in widget {
            dict.set(k, v);
        }
        dict.set("AP", ap);
    }

    let mut helv = Dictionary::new();
    helv.set("Type", name("Font"));
    helv.set("Subtype", name("Type1"));
    helv.set("BaseFont", name("Helvetica"));
    helv.set("Encoding", name("WinAnsiEncoding"));
    let helv = doc.add_object(helv);
    let mut fonts = Dictionary::new();
    fonts.set("Helv", helv);
    let mut dr = Dictionary::new();
    dr.set("Font", fonts);
    let mut acro = Dictionary::new();
    acro.set("Fields", Object::Array(top));
    acro.set("DA", Object::string_literal("/Helv 0 Tf 0 g"));
    acro.set("DR", dr);
    let acro = doc.add_object(acro);
    doc.catalog_mut().map_err(err)?.set("AcroForm", acro);

    unambiguous_stream_ends(&mut doc)?;
    save(&mut doc, pdf.len())
}

/// krilla writes `/Suspects false` in the catalog's `/MarkInfo`. False is the default (PDF/UA
/// asks only that it not be true), and poppler's `pdfinfo` (22.12, Debian's) reports an
/// explicit false as "Syntax Error: Suspects object is wrong type": the entry is left out.
fn drop_default_suspects(doc: &mut lopdf::Document) -> Result<(), PdfError> {
    let catalog = doc.catalog_mut().map_err(err)?;
    if let Ok(Object::Dictionary(mark)) = catalog.get_mut(b"MarkInfo")
        && matches!(mark.get(b"Suspects"), Ok(Object::Boolean(false)))
    {
        mark.remove(b"Suspects");
    }
    Ok(())
}

fn save(doc: &mut lopdf::Document, len: usize) -> Result<Vec<u8>, PdfError> {
    let mut out = Vec::with_capacity(len + 8192);
    // Object streams and a cross-reference stream: the file is smaller than krilla's.
    doc.save_modern(&mut out).map_err(err)?;
    Ok(out)
}

/// A stream is written as its data, a line feed and `endstream`. When compressed data ends
/// with a carriage return, a reader may take that CR and the LF for the end-of-line marker
/// and count one byte less than `/Length`, which PDF/A checkers reject (about one stream in
/// 256, whatever the writer). A zlib stream ends with the checksum of what it decodes to, so
/// compressing again cannot help: the decoded data gets one byte more that means nothing
/// there (a line feed after the operators of a content stream or a CMap; a zero byte after
/// the tables of a TrueType program, whose `/Length1` follows), until the checksum ends
/// otherwise.
fn unambiguous_stream_ends(doc: &mut lopdf::Document) -> Result<bool, PdfError> {
    use std::io::Write as _;
    let mut changed = false;
    for obj in doc.objects.values_mut() {
        let Object::Stream(stream) = obj else { continue };
        let flate = matches!(stream.dict.get(b"Filter"), Ok(Object::Name(n)) if n == b"FlateDecode");
        if !flate || stream.content.last() != Some(&b'\r') {
            continue;
        }
        let truetype = stream.dict.has(b"Length1");
        // Images, CFF programs and the like are left alone: their data has no slack.
        if !truetype
            && (stream.dict.has(b"Subtype")
                && !matches!(stream.dict.get(b"Subtype"), Ok(Object::Name(n)) if n == b"Form"))
        {
            continue;
        }
        let mut plain = stream.decompressed_content().map_err(err)?;
        for _ in 0..8 {
            plain.push(if truetype { 0 } else { b'\n' });
            let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
            z.write_all(&plain).map_err(err)?;
            let data = z.finish().map_err(err)?;
            if data.last() != Some(&b'\r') {
                if truetype {
                    stream.dict.set("Length1", Object::Integer(plain.len() as i64));
                }
                stream.set_content(data);
                changed = true;
                break;
            }
        }
    }
    Ok(changed)
}
