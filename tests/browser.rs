//! The pages in a real browser (headless Chromium, Debian's `chromium`): text direction,
//! alignment, and nothing wider than the window, on a desktop and a phone-sized screen.
//!
//! Chromium is a test requirement installed by `tests/run.sh`; without it this test fails.

mod common;

use std::path::Path;

use common::{Scratch, probe_page};

/// Measures the page from inside and leaves the result in an attribute of `<body>`, which
/// `--dump-dom` then prints. Added to a scratch copy of the page only.
const PROBE: &str = r#"
(function () {
  const de = document.documentElement, art = document.querySelector('article');
  const width = de.clientWidth;
  const overflow = [...document.querySelectorAll('body *')].filter(e => {
    const b = e.getBoundingClientRect();
    return b.width > 0 && (b.right > width + 1 || b.left < -1);
  }).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')).slice(0, 10);
  // Where the first line of the salutation starts: at the right edge for RTL, left for LTR.
  const p = document.querySelector('article p.salutation');
  const range = document.createRange(); range.selectNodeContents(p);
  const text = range.getClientRects()[0], box = p.getBoundingClientRect();
  const r = {
    dir: getComputedStyle(de).direction,
    articleDir: getComputedStyle(art).direction,
    scrollWidth: de.scrollWidth, width: width, overflow: overflow,
    gapStart: Math.round(text.left - box.left), gapEnd: Math.round(box.right - text.right)
  };
  document.body.setAttribute('data-probe', JSON.stringify(r));
})();
"#;

#[derive(Debug, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
struct Probe {
    dir: String,
    article_dir: String,
    scroll_width: i64,
    width: i64,
    overflow: Vec<String>,
    gap_start: i64,
    gap_end: i64,
}

fn probe(page: &Path, width: u32) -> Probe {
    let json = probe_page(page, PROBE, width);
    serde_saphyr::from_str(&json).unwrap_or_else(|e| panic!("{json}: {e}"))
}

#[test]
fn arabic_reads_right_to_left_chinese_left_to_right_and_nothing_overflows() {
    let s = Scratch::new();
    s.build();
    for (lang, dir) in [("ar", "rtl"), ("zh", "ltr"), ("en", "ltr")] {
        for doc in ["circular", "reply-form"] {
            for width in [1280, 375] {
                let page = s.out().join("T17-TSB-CIR-0053").join(lang).join(format!("{doc}.html"));
                let p = probe(&page, width);
                let at = format!("{lang}/{doc} at {width}px: {p:?}");
                assert_eq!(p.dir, dir, "{at}");
                assert_eq!(p.article_dir, dir, "{at}");
                assert!(p.scroll_width <= p.width, "the page is wider than the window: {at}");
                assert!(p.overflow.is_empty(), "elements overflow: {at}");
                // The salutation starts at the start edge: right in Arabic, left otherwise.
                if dir == "rtl" {
                    assert!(p.gap_end <= 1 && p.gap_start > 20, "{at}");
                } else {
                    assert!(p.gap_start <= 1 && p.gap_end > 20, "{at}");
                }
            }
        }
    }
}
