//! Layout and output tests over small documents and the realistic samples
//! in `testdata/` (TSB Circular 53 in English, Chinese and Arabic).

use std::collections::BTreeSet;

use super::chars::is_bidi_control;
use super::dom::{self, OBJECT};
use super::fonts::test_fonts;
use super::layout::{self, ArtifactKind, Draw, Layout, SKind, Tag};
use super::style::{MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, NUMBER_GUTTER, PAGE_H, PAGE_W};
use super::*;

const EN: &str = include_str!("testdata/circular-en.xhtml");
const ZH: &str = include_str!("testdata/circular-zh.xhtml");
const AR: &str = include_str!("testdata/circular-ar.xhtml");
/// Reply forms as produced by the project's HTML templates.
const REPLY_AR: &str = include_str!("testdata/reply-form-ar.xhtml");
const REPLY_ZH: &str = include_str!("testdata/reply-form-zh.xhtml");

fn article(lang: &str, dir: &str, body: &str) -> String {
    format!(
        "<article lang=\"{lang}\" dir=\"{dir}\" class=\"document circular\" data-title=\"T\" \
         data-date=\"2017-10-11\" data-running-head=\"Head\">{body}</article>"
    )
}

fn lay(xhtml: &str) -> Layout {
    let doc = dom::parse(xhtml).unwrap();
    layout::layout(&doc, test_fonts()).unwrap()
}

/// Text drawings: (page, x, baseline, right edge of the visible glyphs,
/// tag, text).
fn texts(l: &Layout) -> Vec<(usize, f32, f32, f32, Tag, String)> {
    let mut out = Vec::new();
    for (p, page) in l.pages.iter().enumerate() {
        for d in &page.items {
            if let Draw::Text {
                x,
                y,
                size,
                glyphs,
                text,
                tag,
                ..
            } = d
            {
                let mut right = *x;
                let mut cur = *x;
                let mut s = String::new();
                for g in glyphs {
                    let t = &text[g.text_range.clone()];
                    cur += g.x_advance * size;
                    if !t.trim().is_empty() {
                        right = right.max(cur);
                    }
                    s.push_str(t);
                }
                out.push((p, *x, *y, right, *tag, s));
            }
        }
    }
    out
}

fn has_ancestor(l: &Layout, mut n: usize, pred: impl Fn(&SKind) -> bool) -> bool {
    loop {
        if pred(&l.nodes[n].kind) {
            return true;
        }
        match l.nodes[n].parent {
            Some(p) => n = p,
            None => return false,
        }
    }
}

fn node_of(tag: Tag) -> Option<usize> {
    match tag {
        Tag::Node(n) => Some(n),
        Tag::Artifact(_) => None,
    }
}

const LONG: &str = "ITU-T Study Group 17 intends to apply the traditional approval procedure described in \
section 9 of WTSA Resolution 1 to approve the above-mentioned draft Recommendations at its next meeting, \
to be held in Geneva from 20 to 29 March 2018.";

#[test]
fn hanging_numbers_align_wrapped_lines_with_the_text() {
    let l = lay(&article(
        "en",
        "ltr",
        &format!("<ol class=\"paragraphs\"><li>{LONG}</li><li>{LONG}</li></ol>"),
    ));
    let t = texts(&l);
    let numbers: Vec<_> = t
        .iter()
        .filter(|x| node_of(x.4).is_some_and(|n| l.nodes[n].kind == SKind::Lbl))
        .collect();
    assert_eq!(numbers.len(), 2);
    for n in &numbers {
        assert!((n.1 - MARGIN_X).abs() < 0.01, "number at x={}", n.1);
    }
    let body: Vec<_> = t
        .iter()
        .filter(|x| node_of(x.4).is_some_and(|n| has_ancestor(&l, n, |k| *k == SKind::LBody)))
        .collect();
    let mut baselines: Vec<f32> = body.iter().map(|x| x.2).collect();
    baselines.dedup();
    assert!(baselines.len() >= 4, "each item wraps");
    for y in baselines {
        let line_x = body.iter().filter(|x| x.2 == y).map(|x| x.1).fold(f32::MAX, f32::min);
        assert!((line_x - (MARGIN_X + NUMBER_GUTTER)).abs() < 0.01, "line at x={line_x}");
    }
    // The number shares the baseline of its first line.
    assert!(body.iter().any(|x| x.2 == numbers[0].2));
}

#[test]
fn rtl_mirrors_numbers_and_labels_to_the_right() {
    let body = "<dl class=\"subject\"><dt>الموضوع:</dt><dd>استشارة الدول الأعضاء</dd></dl>\
         <ol class=\"paragraphs\"><li>تعتزم لجنة الدراسات \u{2068}17\u{2069} تطبيق إجراء الموافقة التقليدي الوارد في القسم 9 من القرار 1 للجمعية العالمية لتقييس الاتصالات للموافقة على مشاريع التوصيات المذكورة أعلاه في اجتماعها القادم.</li></ol>";
    let l = lay(&article("ar", "rtl", body));
    let t = texts(&l);
    let right = PAGE_W - MARGIN_X;
    let number = t
        .iter()
        .find(|x| node_of(x.4).is_some_and(|n| l.nodes[n].kind == SKind::Lbl))
        .unwrap();
    assert!(
        (number.3 - right).abs() < 0.5,
        "number right edge {} != {right}",
        number.3
    );
    let label = t
        .iter()
        .find(|x| node_of(x.4).is_some_and(|n| l.nodes[n].kind == SKind::TH))
        .unwrap();
    assert!((label.3 - right).abs() < 0.5, "label right edge {}", label.3);
    let body_lines: Vec<_> = t
        .iter()
        .filter(|x| node_of(x.4).is_some_and(|n| has_ancestor(&l, n, |k| *k == SKind::LBody)))
        .collect();
    let mut baselines: Vec<f32> = body_lines.iter().map(|x| x.2).collect();
    baselines.dedup();
    assert!(baselines.len() >= 2, "the item wraps");
    for y in baselines {
        let line_right = body_lines.iter().filter(|x| x.2 == y).map(|x| x.3).fold(0.0, f32::max);
        assert!(
            (line_right - (right - NUMBER_GUTTER)).abs() < 0.5,
            "line right edge {line_right}"
        );
    }
    assert!(body_lines.iter().all(|x| x.3 < number.1));
}

#[test]
fn heading_near_the_page_foot_moves_with_the_next_block() {
    let mut moved = 0;
    for n in 30..60 {
        // Filler lines without space between them, so that the page cannot
        // make room by tightening paragraph spacing.
        let fillers: Vec<String> = (0..n).map(|i| format!("Filler line {i}.")).collect();
        let body = format!(
            "<p>{}</p><h3>1 Draft Recommendation ITU-T X.1214</h3><p>{LONG}</p>",
            fillers.join("<br/>")
        );
        let l = lay(&article("en", "ltr", &body));
        let t = texts(&l);
        let heading = t
            .iter()
            .find(|x| node_of(x.4).is_some_and(|n| matches!(l.nodes[n].kind, SKind::H { .. })))
            .unwrap();
        let next = t.iter().find(|x| x.5.contains("ITU-T Study")).unwrap();
        assert_eq!(
            heading.0, next.0,
            "heading separated from its paragraph with {n} fillers"
        );
        let last_filler = t.iter().rfind(|x| x.5.contains("Filler")).unwrap();
        // Moved although the heading alone (14 pt space + one line) would
        // have fitted below the last filler.
        if heading.0 > last_filler.0 && last_filler.2 + 40.0 < PAGE_H - MARGIN_BOTTOM {
            moved += 1;
        }
    }
    assert!(moved > 0, "no filler count put the heading at a page foot");
}

#[test]
fn each_annex_starts_a_new_page() {
    for src in [EN, ZH, AR] {
        let l = lay(src);
        let t = texts(&l);
        let h1s: Vec<_> = t
            .iter()
            .filter(|x| node_of(x.4).is_some_and(|n| matches!(l.nodes[n].kind, SKind::H { level: 1, .. })))
            .collect();
        let mut places: Vec<(usize, f32)> = h1s.iter().map(|x| (x.0, x.2)).collect();
        places.dedup();
        assert_eq!(places.len(), 2);
        assert_ne!(places[0].0, places[1].0);
        for h in h1s {
            // Nothing of the structure is above the annex heading on its page.
            let above = t
                .iter()
                .filter(|x| x.0 == h.0 && x.2 < h.2 && node_of(x.4).is_some())
                .count();
            assert_eq!(above, 0);
            assert!(h.0 > 0);
        }
        assert_eq!(l.outline.len(), 2);
    }
}

#[test]
fn text_stays_inside_the_margins_and_footer_is_on_page_one() {
    for src in [EN, ZH, AR, REPLY_AR, REPLY_ZH] {
        let l = lay(src);
        for (p, x, y, right, tag, s) in texts(&l) {
            assert!(x >= MARGIN_X - 0.5 || s.trim().is_empty(), "{s:?} starts at {x}");
            assert!(right <= PAGE_W - MARGIN_X + 0.5, "{s:?} ends at {right}");
            assert!(y > MARGIN_TOP && y < PAGE_H - MARGIN_BOTTOM, "{s:?} baseline {y}");
            if tag == Tag::Artifact(ArtifactKind::Footer) {
                assert_eq!(p, 0);
                assert!(y > PAGE_H - MARGIN_BOTTOM - 40.0);
            }
        }
    }
}

#[test]
fn signature_block_is_kept_together() {
    let mut body = String::new();
    for i in 0..44 {
        body.push_str(&format!("<p>Filler paragraph {i}.</p>"));
    }
    body.push_str(
        "<div class=\"signature\"><p class=\"closing\">Yours faithfully,</p><p>Director</p><p>Chaesub Lee</p></div>",
    );
    let l = lay(&article("en", "ltr", &body));
    let t = texts(&l);
    let pages: Vec<usize> = t
        .iter()
        .filter(|x| node_of(x.4).is_some_and(|n| has_ancestor(&l, n, |k| *k == SKind::Div)))
        .map(|x| x.0)
        .collect();
    assert_eq!(pages.len(), 3);
    assert!(pages.iter().all(|&p| p == pages[0]), "{pages:?}");
}

#[test]
fn a_signature_never_starts_a_page_alone() {
    // Whatever the length of the letter, the page the signature is on also carries text of
    // the letter before it.
    for n in 30..60 {
        let mut body = String::new();
        for i in 0..n {
            body.push_str(&format!("<p>Filler paragraph {i}.</p>"));
        }
        body.push_str("<div class=\"signature\"><p class=\"closing\">Yours faithfully,</p><p>Chaesub Lee</p></div>");
        let l = lay(&article("en", "ltr", &body));
        let t = texts(&l);
        let sig_page = t.iter().find(|x| x.5.contains("Yours")).unwrap().0;
        assert!(
            t.iter().any(|x| x.0 == sig_page && x.5.contains("Filler")),
            "{n} paragraphs: the signature is alone on page {}",
            sig_page + 1
        );
    }
}

#[test]
fn no_bidi_control_reaches_the_text_layer() {
    for src in [EN, ZH, AR, REPLY_AR] {
        assert!(src.contains('\u{2068}') && src.contains('\u{2069}'));
        let l = lay(src);
        for (.., s) in texts(&l) {
            assert!(!s.chars().any(|c| is_bidi_control(c) || c == OBJECT), "{s:?}");
        }
        // And none in the ToUnicode maps of the PDF.
        let pdf = render_pdf(src, test_fonts()).unwrap();
        let doc = lopdf::Document::load_mem(&pdf).unwrap();
        let mut cmaps = 0;
        for obj in doc.objects.values() {
            if let Ok(stream) = obj.as_stream() {
                let data = stream.decompressed_content().unwrap_or_else(|_| stream.content.clone());
                let text = String::from_utf8_lossy(&data);
                if text.contains("beginbfchar") || text.contains("beginbfrange") {
                    cmaps += 1;
                    for bad in ["<2068>", "<2069>", "<2066>", "<2067>", "<FFFC>"] {
                        assert!(!text.to_uppercase().contains(bad), "{bad} in a ToUnicode map");
                    }
                }
            }
        }
        assert!(cmaps >= 2);
    }
}

#[test]
fn rendering_is_deterministic_and_thread_safe() {
    use rayon::prelude::*;
    let first = render_pdf(EN, test_fonts()).unwrap();
    assert_eq!(first, render_pdf(EN, test_fonts()).unwrap());
    let parallel: Vec<Vec<u8>> = [EN, ZH, AR, EN, ZH, AR]
        .par_iter()
        .map(|s| render_pdf(s, test_fonts()).unwrap())
        .collect();
    assert_eq!(parallel[0], first);
    assert_eq!(parallel[1], parallel[4]);
    assert_eq!(parallel[2], parallel[5]);
}

fn smoke(src: &str, lang: &str, min_pages: usize, links: usize) {
    let pdf = render_pdf(src, test_fonts()).unwrap();
    assert!(pdf.starts_with(b"%PDF-1.7"));
    let doc = lopdf::Document::load_mem(&pdf).unwrap();
    assert!(doc.get_pages().len() >= min_pages);
    let catalog = doc.catalog().unwrap();
    for key in [&b"StructTreeRoot"[..], b"MarkInfo", b"Outlines", b"Metadata", b"Lang"] {
        assert!(catalog.has(key), "catalog lacks /{}", String::from_utf8_lossy(key));
    }
    assert_eq!(catalog.get(b"Lang").unwrap().as_str().unwrap(), lang.as_bytes());
    let metadata = doc
        .get_object(catalog.get(b"Metadata").unwrap().as_reference().unwrap())
        .unwrap();
    let xmp = String::from_utf8_lossy(&metadata.as_stream().unwrap().content).to_string();
    assert!(xmp.contains("pdfaid:part") && xmp.contains("pdfuaid:part"));
    assert!(xmp.contains("2017-10-11"));
    assert!(!xmp.chars().any(is_bidi_control), "bidi controls in the XMP title");
    // Live links on page 1 (the e-mail addresses of the header block).
    let page1 = doc.get_pages()[&1];
    let page = doc.get_dictionary(page1).unwrap();
    // (The reply form's field widgets are annotations too: only links count here.)
    let annots = page.get(b"Annots").map_or(0, |a| {
        a.as_array()
            .unwrap()
            .iter()
            .filter(|r| {
                let d = doc.get_dictionary(r.as_reference().unwrap()).unwrap();
                d.get(b"Subtype").unwrap().as_name().unwrap() == b"Link"
            })
            .count()
    });
    assert_eq!(annots, links);
}

#[test]
fn smoke_zh() {
    smoke(ZH, "zh", 3, 1);
    smoke(REPLY_ZH, "zh", 1, 1);
}

#[test]
fn smoke_ar() {
    smoke(AR, "ar", 3, 1);
    smoke(REPLY_AR, "ar", 1, 1);
}

#[test]
fn smoke_en() {
    smoke(EN, "en", 3, 1);
}

#[test]
fn unsupported_markup_is_an_error_with_position() {
    let err = render_pdf(&article("en", "ltr", "<p>one</p>\n<img src=\"x.png\"/>"), test_fonts()).unwrap_err();
    assert!(err.message.contains("<img>"), "{err}");
    assert_eq!(err.line, 2);
    let err = render_pdf("<article lang=\"en\"><p>unclosed</article>", test_fonts()).unwrap_err();
    assert!(err.line > 0);
}

#[test]
fn dir_auto_paragraph_in_arabic_reads_left_to_right() {
    let body = "<p>نص</p><footer class=\"bureau-address\"><p dir=\"auto\">Tel: \u{2068}+41 22 730 5111\u{2069} \u{2022} E-mail: \u{2068}itumail@itu.int\u{2069}</p></footer>";
    let l = lay(&article("ar", "rtl", body));
    let mut footer: Vec<_> = texts(&l)
        .into_iter()
        .filter(|x| x.4 == Tag::Artifact(ArtifactKind::Footer))
        .collect();
    footer.sort_by(|a, b| a.1.total_cmp(&b.1));
    let visual: String = footer.iter().map(|x| x.5.as_str()).collect();
    assert!(visual.starts_with("Tel: +41 22 730 5111"), "{visual:?}");
    assert!(visual.trim_end().ends_with("itumail@itu.int"), "{visual:?}");
}

#[test]
fn edge_cases_render_without_panicking() {
    let long_url = format!(
        "<p><a href=\"https://www.itu.int/{}\">https://www.itu.int/{}</a></p>",
        "x".repeat(300),
        "y".repeat(300)
    );
    let cases = [
        String::new(),
        "<p></p><p> </p><ul></ul>".to_string(),
        "<p><br/><br/></p><p><bdi></bdi></p><p><span class=\"mark\" role=\"img\" aria-label=\"o\"></span></p>"
            .to_string(),
        long_url,
        "<ol><li><ul><li><ol><li>deep <em>nested</em> <strong>list</strong></li></ol></li></ul></li></ol>".to_string(),
        "<dl class=\"sender\"><dd>value without label</dd><dt>label without value</dt></dl>".to_string(),
        format!("<div class=\"signature\">{}</div>", "<p>line</p>".repeat(80)),
    ];
    for body in &cases {
        for (lang, dir) in [("en", "ltr"), ("ar", "rtl"), ("zh", "ltr")] {
            let src = article(lang, dir, body);
            let pdf = render_pdf(&src, test_fonts());
            assert!(pdf.is_ok(), "{lang} {body:.60}: {:?}", pdf.err());
            for (_, x, y, right, _, s) in texts(&lay(&src)) {
                assert!(y < PAGE_H - MARGIN_BOTTOM, "{s:?} below the margin");
                assert!(x >= MARGIN_X - 0.5 && right <= PAGE_W - MARGIN_X + 0.5, "{s:?} outside");
            }
        }
    }
}

#[test]
fn only_mail_and_web_addresses_become_live_links() {
    let body = "<p>See <a href=\"#annex-2\">Annex 2</a>, <a href=\"https://www.itu.int\">www.itu.int</a> \
                and <a href=\"mailto:tsbsg17@itu.int\">tsbsg17@itu.int</a>.</p>";
    let l = lay(&article("en", "ltr", body));
    let uris: Vec<&str> = l.pages[0]
        .items
        .iter()
        .filter_map(|d| match d {
            Draw::Link { uri, .. } => Some(uri.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(uris, ["https://www.itu.int", "mailto:tsbsg17@itu.int"]);
    let links = l.nodes.iter().filter(|n| matches!(n.kind, SKind::Link { .. })).count();
    assert_eq!(links, 2);
}

#[test]
fn validation_failures_surface_as_errors() {
    // PDF/UA needs a document title; with neither a title nor a running
    // head the export must fail instead of producing a non-conforming file.
    let src =
        "<article lang=\"en\" dir=\"ltr\" class=\"document circular\" data-date=\"2017-10-11\"><p>Text</p></article>";
    let err = render_pdf(src, test_fonts()).unwrap_err();
    assert!(err.message.contains("validation failed"), "{err}");
    assert!(err.message.contains("Title"), "{err}");
}

#[test]
fn spans_in_another_language_carry_their_lang() {
    let body = "<p>Address: <span lang=\"fr\">Place des Nations</span>, <span lang=\"en\">Geneva</span></p>";
    let src = article("en", "ltr", body);
    let l = lay(&src);
    let langs: Vec<(String, Option<String>)> = l.pages[0]
        .items
        .iter()
        .filter_map(|d| match d {
            Draw::Text { glyphs, text, lang, .. } => Some((
                glyphs.iter().map(|g| &text[g.text_range.clone()]).collect(),
                lang.as_deref().map(str::to_string),
            )),
            _ => None,
        })
        .collect();
    assert!(
        langs
            .iter()
            .any(|(t, l)| t.contains("Place des Nations") && l.as_deref() == Some("fr")),
        "{langs:?}"
    );
    // The document's own language is not repeated on spans.
    assert!(langs.iter().all(|(_, l)| l.as_deref() != Some("en")));
    let pdf = render_pdf(&src, test_fonts()).unwrap();
    let doc = lopdf::Document::load_mem(&pdf).unwrap();
    let page = doc.get_pages()[&1];
    let content: String = doc
        .get_page_contents(page)
        .into_iter()
        .map(|id| {
            let stream = doc.get_object(id).unwrap().as_stream().unwrap();
            String::from_utf8_lossy(&stream.decompressed_content().unwrap()).to_string()
        })
        .collect();
    assert!(
        content.contains("/Lang(fr)") || content.contains("/Lang (fr)"),
        "no /Lang on the French span"
    );
}

#[test]
fn glyphs_no_font_has_are_reported_at_their_place() {
    let src = article("en", "ltr", "<p>fine</p>\n<p>fine</p>\n  <p>smile \u{1F600}</p>");
    let err = render_pdf(&src, test_fonts()).unwrap_err();
    assert!(err.message.contains("NotDef"), "{err}");
    assert_eq!(err.line, 3, "{err}");
    assert!(err.column >= 3, "{err}");
}

#[test]
fn lists_nested_too_deep_are_an_error_at_their_place_not_text_past_the_margin() {
    let nest = |n: usize| {
        let mut body = String::from("<p>Intro.</p>\n");
        for i in 0..n {
            body.push_str(&format!("<ul><li>level {i} of a list nested deep"));
        }
        body.push_str(&"</li></ul>".repeat(n));
        article("en", "ltr", &body)
    };
    // Twenty levels still leave room, and the text stays inside the margins.
    for (_, x, _, right, _, s) in texts(&lay(&nest(20))) {
        assert!(x >= MARGIN_X - 0.5 && right <= PAGE_W - MARGIN_X + 0.5, "{s:?} outside");
    }
    let err = render_pdf(&nest(30), test_fonts()).unwrap_err();
    assert!(
        err.message.contains("too narrow") || err.message.contains("no room"),
        "{err}"
    );
    assert!(err.message.contains("level 2"), "{err}");
    assert_eq!(err.line, 2, "{err}");
}

#[test]
fn a_page_never_ends_in_a_hyphenated_line() {
    let words = "internationalization telecommunication standardization interoperability \
                 responsibilities administrations organizations characteristically";
    let mut hyphens = 0;
    for n in 0..12 {
        let mut body = String::new();
        for i in 0..n {
            body.push_str(&format!("<p>Filler paragraph {i}.</p>"));
        }
        // A narrow column (a list nested twelve deep) hyphenates its long words.
        for _ in 0..12 {
            body.push_str("<ul><li>");
        }
        for _ in 0..12 {
            body.push_str(&format!("<p>{words} {words}</p>"));
        }
        body.push_str(&"</li></ul>".repeat(12));
        let l = lay(&article("en", "ltr", &body));
        let t = texts(&l);
        for p in 0..l.pages.len() {
            let on_page: Vec<_> = t.iter().filter(|x| x.0 == p && node_of(x.4).is_some()).collect();
            let last = on_page.iter().map(|x| x.2).fold(f32::MIN, f32::max);
            hyphens += on_page.iter().filter(|x| x.5 == "-").count();
            assert!(
                !on_page.iter().any(|x| x.2 == last && x.5 == "-"),
                "{n} fillers: page {} ends in a hyphen",
                p + 1
            );
        }
    }
    assert!(hyphens > 0, "the column never hyphenated");
}

#[test]
fn a_long_paragraph_runs_over_pages_inside_the_margins() {
    let text = LONG.repeat(200);
    let src = article("en", "ltr", &format!("<p>{text}</p>"));
    let l = lay(&src);
    assert!(l.pages.len() > 10, "{} pages", l.pages.len());
    let t = texts(&l);
    for (_, x, y, right, _, s) in &t {
        assert!(
            *x >= MARGIN_X - 0.5 && *right <= PAGE_W - MARGIN_X + 0.5,
            "{s:?} outside"
        );
        assert!(*y > MARGIN_TOP && *y < PAGE_H - MARGIN_BOTTOM, "{s:?} below the margin");
    }
    // Every word is there, once per repetition.
    let drawn: String = t.iter().map(|x| x.5.as_str()).collect();
    assert_eq!(drawn.matches("Resolution").count(), 200);
}

#[test]
fn joiners_and_isolates_never_reach_the_text_layer_and_no_break_spaces_hold() {
    let body = "<p>Réunion du 20–\u{2060}29\u{A0}mars 2018\u{202F}; projet «\u{202F}\u{2066}ITU-T\u{A0}X.1214\u{2069}\u{202F}»\u{FEFF} \
                (ex\u{A0}X.dsms) et encore des mots pour remplir la ligne jusqu’au bout de la colonne étroite.</p>";
    let src = article("fr", "ltr", body);
    // Full width, and a narrow column (a list nested twenty deep) where lines break often.
    for depth in [0, 20] {
        let nested = article(
            "fr",
            "ltr",
            &format!("{}{body}{}", "<ul><li>".repeat(depth), "</li></ul>".repeat(depth)),
        );
        let l = lay(&nested);
        let lines: Vec<String> = {
            let mut by_line: Vec<(usize, f32, String)> = Vec::new();
            for (p, _, y, _, _, s) in texts(&l) {
                match by_line.iter_mut().find(|(q, z, _)| *q == p && *z == y) {
                    Some(x) => x.2.push_str(&s),
                    None => by_line.push((p, y, s)),
                }
            }
            by_line.into_iter().map(|x| x.2).collect()
        };
        for line in &lines {
            assert!(
                !line.contains(['\u{2060}', '\u{FEFF}', '\u{2066}', '\u{2069}']),
                "{line:?}"
            );
            // No line starts or ends inside a bound pair.
            for bound in ["29\u{A0}mars", "ITU-T\u{A0}X.1214", "ex\u{A0}X.dsms", "2018\u{202F};"] {
                let (a, b) = bound.split_once(['\u{A0}', '\u{202F}']).unwrap();
                assert!(
                    !line.trim_end().ends_with(a) || line.contains(bound),
                    "{line:?} breaks {bound:?}"
                );
                assert!(!line.starts_with(b), "{line:?} breaks {bound:?}");
            }
        }
    }
    let pdf = render_pdf(&src, test_fonts()).unwrap();
    let doc = lopdf::Document::load_mem(&pdf).unwrap();
    for obj in doc.objects.values() {
        if let Ok(stream) = obj.as_stream() {
            let data = stream.decompressed_content().unwrap_or_else(|_| stream.content.clone());
            let text = String::from_utf8_lossy(&data).to_uppercase();
            if text.contains("BEGINBFCHAR") || text.contains("BEGINBFRANGE") {
                for bad in ["<2060>", "<FEFF>", "<2066>", "<2069>"] {
                    assert!(!text.contains(bad), "{bad} in a ToUnicode map");
                }
            }
        }
    }
}

#[test]
fn a_choice_table_over_several_pages_repeats_its_header_row() {
    // Circular 53's three drafts four times over: twelve rows, more than a page holds.
    let (start, end) = (
        REPLY_ZH.find("<tbody>").unwrap() + 7,
        REPLY_ZH.find("</tbody>").unwrap(),
    );
    let src = format!(
        "{}{}{}",
        &REPLY_ZH[..start],
        REPLY_ZH[start..end].repeat(4),
        &REPLY_ZH[end..]
    );
    let l = lay(&src);
    let t = texts(&l);
    let in_body = |tag: Tag| node_of(tag).is_some_and(|n| has_ancestor(&l, n, |k| *k == SKind::TBody));
    let row_pages: BTreeSet<usize> = t.iter().filter(|x| in_body(x.4)).map(|x| x.0).collect();
    assert!(row_pages.len() >= 2, "the table fits one page: {row_pages:?}");
    let first = *row_pages.iter().next().unwrap();
    let head = "主管部门的意见";
    // Tagged once, where the table begins.
    let tagged: Vec<_> = t
        .iter()
        .filter(|x| x.5.contains(head) && node_of(x.4).is_some())
        .collect();
    assert_eq!(tagged.len(), 1, "{tagged:?}");
    assert_eq!(tagged[0].0, first);
    for &p in row_pages.iter().skip(1) {
        let repeated = t
            .iter()
            .find(|x| x.0 == p && x.5.contains(head))
            .unwrap_or_else(|| panic!("page {} continues the table without its header", p + 1));
        assert_eq!(repeated.4, Tag::Artifact(ArtifactKind::Header));
        let top_row = t
            .iter()
            .filter(|x| x.0 == p && in_body(x.4))
            .map(|x| x.2)
            .fold(f32::MAX, f32::min);
        assert!(repeated.2 < top_row, "page {}: the header is not above the rows", p + 1);
    }
}
