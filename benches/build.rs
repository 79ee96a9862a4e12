//! The full build of Circular 53 (12 pages and 12 PDFs in six languages), stage by stage,
//! and the typesetting of 1 MB of text in one paragraph and in many. `cargo bench` prints
//! the time of each; the README keeps the figures.

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use rayon::prelude::*;
use tsbcirc::{BuildOptions, Project, pdf};

fn opts() -> BuildOptions {
    BuildOptions {
        circulars: vec!["T17-TSB-CIR-0053".into()],
        langs: Vec::new(),
    }
}

fn stages(c: &mut Criterion) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let project = Project::load(root).expect("the project loads");
    let docs = project.render(&opts()).expect("the documents render");
    assert_eq!(docs.len(), 12);

    let mut g = c.benchmark_group("circular-53");
    g.sample_size(20);
    // Content, catalogues, six locales, templates and the eight fonts, checked.
    g.bench_function("load", |b| b.iter(|| black_box(Project::load(root).unwrap())));
    g.bench_function("fonts", |b| {
        b.iter(|| black_box(pdf::FontSet::load(&root.join("fonts")).unwrap()))
    });
    // The semantic XHTML of the 12 documents.
    g.bench_function("xhtml", |b| b.iter(|| black_box(project.render(&opts()).unwrap())));
    // The 12 PDFs from that XHTML, in parallel as the build does.
    g.bench_function("pdf", |b| {
        b.iter(|| {
            let pdfs: Vec<Vec<u8>> = docs
                .par_iter()
                .map(|d| pdf::render_pdf(&d.xhtml, &project.fonts).unwrap())
                .collect();
            black_box(pdfs)
        })
    });
    // One PDF, the longest (the Chinese circular has the most glyphs to shape).
    let zh = docs
        .iter()
        .find(|d| d.lang.code() == "zh" && d.xhtml.contains("document circular"))
        .unwrap();
    g.bench_function("pdf-zh-circular", |b| {
        b.iter(|| black_box(pdf::render_pdf(&zh.xhtml, &project.fonts).unwrap()))
    });
    // All 24 files and the index in memory, from a loaded project.
    g.bench_function("outputs", |b| b.iter(|| black_box(project.outputs(&opts()).unwrap())));
    // What `tsbcirc build --circular T17-TSB-CIR-0053` does: load, render, write.
    let out = tempfile::tempdir().unwrap();
    g.bench_function("full-build", |b| {
        b.iter(|| {
            let p = Project::load(root).unwrap();
            black_box(p.build(out.path(), &opts()).unwrap())
        })
    });
    g.finish();
}

/// Running text of about `bytes` bytes, in sentences of ITU prose.
fn prose(bytes: usize) -> String {
    const SENTENCES: [&str; 4] = [
        "Recommendation ITU-T X.1214 introduces global security assessment methods and best practices to developers, manufacturers, operators and individual security experts in the telecommunication field. ",
        "Both traditional circuit-switched networks and packet networks face various threats and attacks, from outside and inside, targeting every part of telecommunication/ICT networks. ",
        "The storage of monitoring data determines the security requirements placed on the cloud service provider for storing monitoring data. ",
        "Member States that do not support empowerment to proceed should inform the Director of TSB of the reasons for their objection. ",
    ];
    let mut s = String::with_capacity(bytes + 256);
    let mut i = 0;
    while s.len() < bytes {
        s.push_str(SENTENCES[i % SENTENCES.len()]);
        i += 1;
    }
    s.trim_end().to_string()
}

fn article(body: &str) -> String {
    format!(
        "<article lang=\"en\" dir=\"ltr\" class=\"document circular\" data-title=\"Long\" \
         data-date=\"2017-10-11\" data-running-head=\"Long\">{body}</article>"
    )
}

/// Typesetting time grows with the text, not with the square of a paragraph: one
/// paragraph of 1 MB takes about what 1 MB in a thousand paragraphs does.
fn long_paragraph(c: &mut Criterion) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let fonts = pdf::FontSet::load(&root.join("fonts")).unwrap();
    const MB: usize = 1 << 20;
    let one = article(&format!("<p>{}</p>", prose(MB)));
    let many = article(
        &(0..1024)
            .map(|_| format!("<p>{}</p>", prose(MB / 1024)))
            .collect::<String>(),
    );
    let mut g = c.benchmark_group("1-MB");
    g.sample_size(10);
    g.bench_function("one-paragraph", |b| {
        b.iter(|| black_box(pdf::render_pdf(&one, &fonts).unwrap()))
    });
    g.bench_function("1024-paragraphs", |b| {
        b.iter(|| black_box(pdf::render_pdf(&many, &fonts).unwrap()))
    });
    g.finish();
}

criterion_group!(benches, stages, long_paragraph);
criterion_main!(benches);
