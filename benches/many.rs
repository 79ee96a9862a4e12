//! Builds of many circulars: 200 copies of Circular 53 under new numbers (4,807 files), in a
//! temporary project. `cargo bench --bench many` prints the time of
//!
//! - a full build over the previous one (rendering, the staging folder, the exchange and
//!   deleting the previous tree), and
//! - a rebuild of one language (what `serve` does when a locale changes): 800 files
//!   rendered, the other 4,000 linked from the live folder.
//!
//! Memory is not measured here. For the peak, build such a project with the command line:
//! `TSBCIRC_MANY_PROJECT=/tmp/many cargo bench --bench many` writes the project and stops; then `cd /tmp/many && /usr/bin/time -v path/to/tsbcirc build` (the figure is
//! "Maximum resident set size").

use std::fs;
use std::path::Path;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use tsbcirc::lang::Lang;
use tsbcirc::{BuildOptions, Project};

/// How many circulars: 200 when benchmarking (`cargo bench`), three when `cargo test --benches`
/// only checks that the benchmark still runs.
fn count() -> u32 {
    if std::env::args().any(|a| a == "--bench") {
        200
    } else {
        3
    }
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for e in fs::read_dir(from).unwrap().flatten() {
        let (src, dst) = (e.path(), to.join(e.file_name()));
        if src.is_dir() {
            copy_dir(&src, &dst);
        } else {
            fs::copy(&src, &dst).unwrap();
        }
    }
}

/// A project at `root` with `count` copies of Circular 53 and nothing else.
fn many(root: &Path, count: u32) {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    for dir in ["content/catalogue", "locales", "templates"] {
        copy_dir(&repo.join(dir), &root.join(dir));
    }
    #[cfg(unix)]
    std::os::unix::fs::symlink(repo.join("fonts"), root.join("fonts")).unwrap();
    #[cfg(not(unix))]
    copy_dir(&repo.join("fonts"), &root.join("fonts"));
    let seed = fs::read_to_string(repo.join("content/T17-TSB-CIR-0053.yaml")).unwrap();
    assert!(seed.contains("\nnumber: 53\n"));
    for i in 1..=count {
        let number = 1000 + i;
        let text = seed.replace("\nnumber: 53\n", &format!("\nnumber: {number}\n"));
        fs::write(root.join(format!("content/T17-TSB-CIR-{number:04}.yaml")), text).unwrap();
    }
}

fn builds(c: &mut Criterion) {
    if let Some(dir) = std::env::var_os("TSBCIRC_MANY_PROJECT") {
        let dir = Path::new(&dir);
        assert!(!dir.exists(), "{} exists already", dir.display());
        many(dir, count());
        eprintln!("wrote a project of {} circulars to {}", count(), dir.display());
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    let count = count();
    many(root, count);
    let out = root.join("out");
    let project = Project::load(root).expect("the project loads");
    assert_eq!(project.circulars.len(), count as usize);
    let summary = project.build(&out, &BuildOptions::default()).unwrap();
    // 24 files per circular, the index and one index per language.
    assert_eq!(summary.files.len(), count as usize * 24 + 1 + Lang::ALL.len());

    let mut g = c.benchmark_group(format!("{count}-circulars"));
    g.sample_size(10).measurement_time(Duration::from_secs(60));
    g.bench_function("full-build", |b| {
        b.iter(|| {
            let p = Project::load(root).unwrap();
            p.build(&out, &BuildOptions::default()).unwrap()
        })
    });
    let french = BuildOptions {
        circulars: Vec::new(),
        langs: vec![Lang::Fr],
    };
    g.bench_function("one-language", |b| {
        b.iter(|| {
            let p = Project::load(root).unwrap();
            p.build(&out, &french).unwrap()
        })
    });
    g.finish();
}

criterion_group!(benches, builds);
criterion_main!(benches);
