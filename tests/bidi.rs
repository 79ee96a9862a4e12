//! The direction policy, judged where the reader sees it: in Chromium's layout of the web
//! pages (positions of each code on its line), and in the markup (where isolation marks may
//! and may not be).
//!
//! A right-to-left reader meets the Recommendation mentioned first at the right: on an Arabic
//! line, a code that comes first in the text stands right of the codes after it. "ITU-T
//! X.1214" is one left-to-right unit on one line; "سابقاً X.samtn" keeps its word before the
//! code in reading order.

mod common;

use std::fs;

use common::{Scratch, files_with_ext, probe_page};

/// Collects, per block, each Recommendation number with its box, and each prefixed unit
/// ("ITU-T X.1214", "سابقاً X.samtn") with the boxes of its two parts; compares them by the
/// page's direction.
const PROBE: &str = r#"
(function () {
  const rtl = getComputedStyle(document.documentElement).direction === 'rtl';
  const root = document.querySelector('article');
  const blockOf = n => n.parentElement.closest('p, li, dd, dt, h1, h2, h3, h4, legend, label, th, td');
  const box = (node, start, end) => {
    const r = document.createRange(); r.setStart(node, start); r.setEnd(node, end);
    const rects = [...r.getClientRects()].filter(x => x.width > 0);
    return rects.length ? rects : null;
  };
  const codeRe = /[A-Z]\.[0-9]+(?:\.[0-9]+)*(?![0-9A-Za-z])/g;
  const gap = '[\u00a0\u2060\u2066-\u2069 ]+';
  const unitRe = new RegExp('(?<![A-Za-z])(ITU-\u2060?T|UIT-\u2060?T|МСЭ-\u2060?Т|ex|бывш\\.|سابقاً|原)(' + gap + '|(?=[A-Z]))([A-Z]\\.[0-9A-Za-z.-]+)', 'g');
  const groups = new Map();
  const units = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let n;
  while ((n = walker.nextNode())) {
    const block = blockOf(n);
    if (!block) continue;
    let m;
    codeRe.lastIndex = 0;
    while ((m = codeRe.exec(n.data))) {
      // A code inside a provisional name ("Y.ML-IMT2020-Archi") counts only as a whole.
      if (m.index > 0 && /[A-Za-z.-]/.test(n.data[m.index - 1])) continue;
      const b = box(n, m.index, m.index + m[0].length);
      if (!b) continue;
      if (!groups.has(block)) groups.set(block, []);
      groups.get(block).push({ code: m[0], r: b[0] });
    }
    unitRe.lastIndex = 0;
    while ((m = unitRe.exec(n.data))) {
      const p = box(n, m.index, m.index + m[1].length);
      const start = m.index + m[1].length + m[2].length;
      const c = box(n, start, start + m[3].length);
      if (p && c) units.push({ text: m[0], prefix: m[1], p: p, c: c });
    }
  }
  const faults = [];
  let pairs = 0;
  for (const [block, codes] of groups) {
    for (let i = 0; i + 1 < codes.length; i++) {
      const a = codes[i].r, b = codes[i + 1].r;
      if (Math.abs(a.top - b.top) > 3) continue;
      pairs++;
      const ok = rtl ? a.left >= b.right - 0.5 : a.right <= b.left + 0.5;
      if (!ok) faults.push(codes[i].code + ' before ' + codes[i + 1].code + ' in <' + block.tagName.toLowerCase() + '>: ' + block.textContent.trim().slice(0, 90));
    }
  }
  for (const u of units) {
    const p = u.p[u.p.length - 1], c = u.c[0];
    if (u.p.length > 1 || u.c.length > 1 || Math.abs(p.top - c.top) > 3) {
      faults.push('"' + u.text + '" is broken across lines');
      continue;
    }
    // Latin prefixes ("ITU-T", "ex") read left to right with their code; an Arabic word
    // before a Latin code reads first, so it stands right of it.
    const arabic = /[\u0600-\u06ff]/.test(u.prefix);
    const ok = arabic ? p.left >= c.right - 0.5 : p.right <= c.left + 0.5;
    if (!ok) faults.push('"' + u.text + '": the prefix is on the wrong side of its code');
  }
  document.body.dataset.probe = JSON.stringify({ pairs: pairs, units: units.length, faults: faults });
})();
"#;

#[derive(Debug, serde::Deserialize)]
struct Order {
    pairs: u32,
    units: u32,
    faults: Vec<String>,
}

#[test]
fn codes_read_in_order_on_every_line_of_every_page() {
    let s = Scratch::new();
    s.build();
    let mut report = Vec::new();
    let mut faults = Vec::new();
    for page in files_with_ext(&s.out(), "html") {
        let rel = page.strip_prefix(s.out()).unwrap().display().to_string();
        let Some(lang) = rel.split('/').nth(1).filter(|l| ["ar", "en", "ru", "zh"].contains(l)) else {
            continue;
        };
        for width in [1280, 375] {
            let json = probe_page(&page, PROBE, width);
            let o: Order = serde_saphyr::from_str(&json).unwrap_or_else(|e| panic!("{json}: {e}"));
            report.push(format!(
                "{rel:<42} {width:>5}px  {:>3} code pairs on a line  {:>3} prefixed codes  {} faults",
                o.pairs,
                o.units,
                o.faults.len()
            ));
            if lang == "ar" && rel.contains("0053") && rel.ends_with("circular.html") && width == 1280 {
                assert!(o.pairs >= 2 && o.units >= 10, "{rel}: too little measured: {o:?}");
            }
            faults.extend(o.faults.into_iter().map(|f| format!("{rel} at {width}px: {f}")));
        }
    }
    println!("{}", report.join("\n"));
    assert!(faults.is_empty(), "codes out of order:\n{}", faults.join("\n"));
}

#[test]
fn isolation_marks_only_where_they_serve_and_never_in_titles_or_attributes() {
    let s = Scratch::new();
    s.build();
    let controls = |t: &str| {
        t.chars().filter(|c| matches!(c, '\u{2066}'..='\u{2069}' | '\u{202A}'..='\u{202E}' | '\u{200E}' | '\u{200F}' | '\u{061C}')).count()
    };
    let mut arabic_marks = 0;
    for page in files_with_ext(&s.out(), "html") {
        let html = fs::read_to_string(&page).unwrap();
        let rel = page.strip_prefix(s.out()).unwrap().display().to_string();
        let title = html
            .split("<title>")
            .nth(1)
            .and_then(|t| t.split("</title>").next())
            .unwrap_or("");
        assert_eq!(controls(title), 0, "{rel}: bidi controls in <title>: {title:?}");
        // Attribute values: between `="` and the next `"`.
        for (i, _) in html.match_indices("=\"") {
            let value = &html[i + 2..][..html[i + 2..].find('"').unwrap()];
            assert_eq!(controls(value), 0, "{rel}: bidi controls in an attribute: {value:?}");
        }
        // The Arabic index is ar/index.html.
        if rel.contains("/ar/") || rel.starts_with("ar/") {
            arabic_marks += controls(&html);
            // Each code is one left-to-right isolate: "ITU-T X.1214" whole, never the number alone.
            assert!(
                !html.contains("ITU-\u{2060}T\u{a0}\u{2066}"),
                "{rel}: a number isolated apart from its prefix"
            );
        } else {
            assert_eq!(
                controls(&html),
                0,
                "{rel}: a left-to-right page needs no isolation marks"
            );
        }
    }
    assert!(arabic_marks > 0, "Arabic pages isolate their codes");
}
