//! The full build of Circular 53 (12 pages and 12 PDFs in six languages), stage by stage.
//! `cargo bench` prints the time of each stage; the README keeps the figures.

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

criterion_group!(benches, stages);
criterion_main!(benches);
