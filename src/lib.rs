//! Renders the circulars of the ITU Telecommunication Standardization Bureau (TSB) and their
//! reply forms in the six ITU languages, as HTML pages and as PDF.
//!
//! A build goes through these stages, each in its own module:
//!
//! 1. **Load** ([`Project::load`]): the circulars (`content/*.yaml`, read strictly by [`model`]),
//!    the shared catalogues (`content/catalogue/`), one Fluent bundle per language
//!    ([`locales`], checked against the reference language), and the Tera templates
//!    ([`render::load_templates`]). Every problem is collected into [`diag::Diagnostics`],
//!    each with its file, line and column.
//! 2. **Render** ([`Project::render`]): for each circular and language, the facts are prepared
//!    ([`dates`] from ICU, Markdown summaries by [`markdown`]) and the templates produce the
//!    semantic XHTML of the circular and of the reply form ([`render`]).
//! 3. **Renditions**: the XHTML is wrapped in the site's page ([`site`]) and typeset into PDF
//!    ([`pdf`]). Both start from the same XHTML, so they cannot say different things.
//! 4. **Write** ([`output`]): each document is written as soon as it is made into a staging
//!    folder beside `out/`, which takes the place of `out/` in one step once everything
//!    succeeded: `out/` holds the complete old set or the complete new set, even if the build
//!    is killed, and memory holds one document at a time.

pub mod catalogue;
pub mod charset;
pub mod dates;
pub mod diag;
pub mod kind;
pub mod lang;
pub mod locales;
pub mod markdown;
pub mod model;
pub mod output;
pub mod pdf;
pub mod references;
pub mod render;
pub mod serve;
pub mod site;
pub mod texts;
pub mod typography;
pub mod values;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use rayon::prelude::*;

use crate::catalogue::Catalogue;
use crate::dates::DateFormatter;
use crate::diag::{Diagnostic, Diagnostics};
use crate::lang::Lang;
use crate::locales::Locales;
use crate::model::{Circular, CircularSrc};
use crate::output::Output;
use crate::render::{Env, RenderedDoc};

/// What to build.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// Only these circulars (by id); all when empty.
    pub circulars: Vec<String>,
    /// Only these languages; all when empty.
    pub langs: Vec<Lang>,
}

/// A project folder: `content/`, `locales/`, `templates/`, `fonts/`.
pub struct Project {
    pub root: PathBuf,
    pub circulars: Vec<Circular>,
    pub catalogue: Catalogue,
    pub locales: Arc<Locales>,
    pub tera: tera::Tera,
    /// Parsed once per build, shared by every PDF.
    pub fonts: pdf::FontSet,
}

/// What a successful build wrote.
#[derive(Debug, Clone)]
pub struct BuildSummary {
    /// Every file written, relative to the output folder.
    pub files: Vec<PathBuf>,
    /// What went wrong after the new outputs were in place (previous ones left to delete).
    pub warnings: Vec<String>,
}

impl Project {
    pub fn templates_dir(&self) -> PathBuf {
        self.root.join("templates")
    }

    /// Loads and checks everything under `root`. All problems found are returned together.
    pub fn load(root: &Path) -> Result<Project, Diagnostics> {
        let mut diags = Diagnostics::default();
        let rel = |p: &Path| diag::display_path(root, p);
        let content = root.join("content");

        // The fonts first: what they draw decides which characters the texts may hold.
        let fonts = match pdf::FontSet::load(&root.join("fonts")) {
            Ok(f) => Some(f),
            Err(e) => {
                for p in e.0 {
                    let hint = p.hint();
                    diags.push(Diagnostic::whole_file(Path::new("fonts").join(&p.file), p.message).note(hint));
                }
                None
            }
        };
        diags.extend(charset::check(root, fonts.as_ref()));

        // The catalogues first: circulars take facts from them and are checked against them.
        let catalogue = Catalogue::load(root, &mut diags);
        let mut circulars = Vec::new();
        match circular_files(root, &content, &mut diags) {
            Ok(files) => {
                for path in files {
                    let file = rel(&path);
                    let id = path.file_stem().unwrap_or_default().to_string_lossy().into_owned();
                    match diag::read_source(root, &file) {
                        // A circular made by `new` and not yet filled in: say which fields remain,
                        // rather than what each placeholder fails to be.
                        Ok(text) if model::has_placeholders(&text) => {
                            model::placeholder_diags(&file, &text, &mut diags)
                        }
                        Ok(text) => match model::parse_yaml::<CircularSrc>(&file, &text) {
                            Ok(src) => circulars.extend(Circular::from_src(
                                &id,
                                &file,
                                &text,
                                src,
                                catalogue.as_ref(),
                                &mut diags,
                            )),
                            Err(d) => diags.push(d),
                        },
                        Err((d, _)) => diags.push(d),
                    }
                }
            }
            Err(e) => diags.push(Diagnostic::whole_file(
                rel(&content),
                format!("cannot read the content folder: {e}"),
            )),
        }
        check_together(&circulars, &mut diags);

        let locales = match Locales::load(root, Path::new("locales")) {
            Ok(l) => Some(Arc::new(l)),
            Err(d) => {
                diags.extend(relativize(root, d));
                None
            }
        };
        let tera = locales
            .as_ref()
            .and_then(|l| match render::load_templates(&root.join("templates"), l.clone()) {
                Ok(t) => Some(t),
                Err(d) => {
                    diags.extend(relativize(root, d));
                    None
                }
            });
        // With the locales at hand, check what each circular asks of them (catalogue keys,
        // Markdown, messages) in every language, so that those problems are reported together
        // with the rest rather than on the next run.
        if let (Some(locales), Some(catalogue)) = (&locales, &catalogue) {
            let env = Env {
                locales,
                catalogue,
                fonts: fonts.as_ref(),
            };
            let found: Vec<Diagnostics> = circulars
                .par_iter()
                .flat_map(|c| Lang::ALL.into_par_iter().map(move |l| (c, l)))
                .filter_map(|(c, l)| render::check(c, l, &env, &DateFormatter::new(l)).err())
                .collect();
            for d in found {
                diags.extend(d);
            }
        }
        match (diags.is_empty(), locales, tera, catalogue, fonts) {
            (true, Some(locales), Some(tera), Some(catalogue), Some(fonts)) => Ok(Project {
                root: root.to_path_buf(),
                circulars,
                catalogue,
                locales,
                tera,
                fonts,
            }),
            _ => Err(relativize(root, diags)),
        }
    }

    fn selected(&self, opts: &BuildOptions) -> Result<(Vec<&Circular>, Vec<Lang>), Diagnostics> {
        let mut diags = Diagnostics::default();
        for id in &opts.circulars {
            if !self.circulars.iter().any(|c| &c.id == id) {
                diags.push(Diagnostic::whole_file(
                    Path::new("content").join(format!("{id}.yaml")),
                    format!("no circular `{id}`"),
                ));
            }
        }
        diags.into_result()?;
        let circulars = self
            .circulars
            .iter()
            .filter(|c| opts.circulars.is_empty() || opts.circulars.contains(&c.id))
            .collect();
        let langs = if opts.langs.is_empty() {
            Lang::ALL.to_vec()
        } else {
            opts.langs.clone()
        };
        Ok((circulars, langs))
    }

    /// Renders the semantic XHTML of every selected document, in parallel.
    pub fn render(&self, opts: &BuildOptions) -> Result<Vec<RenderedDoc>, Diagnostics> {
        let (circulars, langs) = self.selected(opts)?;
        let env = Env {
            locales: &self.locales,
            catalogue: &self.catalogue,
            fonts: Some(&self.fonts),
        };
        let jobs: Vec<(&Circular, Lang)> = circulars
            .iter()
            .flat_map(|c| langs.iter().map(move |&l| (*c, l)))
            .collect();
        let dir = self.templates_dir();
        let results: Vec<_> = jobs
            .par_iter()
            .map(|(c, l)| render::render_docs(&self.tera, &dir, c, *l, &env, &DateFormatter::new(*l)))
            .collect();
        let (docs, diags) = Diagnostics::gather(results);
        diags
            .into_result()
            .map(|()| docs)
            .map_err(|d| relativize(&self.root, d))
    }

    /// How many documents a build with `opts` makes (for progress bars).
    pub fn document_count(&self, opts: &BuildOptions) -> usize {
        self.selected(opts).map_or(0, |(c, l)| {
            l.len() * c.iter().map(|c| c.kind.documents.len()).sum::<usize>()
        })
    }

    /// Every output file of the selected documents, in memory.
    pub fn outputs(&self, opts: &BuildOptions) -> Result<Vec<Output>, Diagnostics> {
        self.outputs_with(opts, None, &|_| {})
    }

    /// Which circulars exist in which languages once this build is written: what it renders,
    /// and what an earlier build left in `out_dir`. Links go only there.
    fn published(&self, opts: &BuildOptions, out_dir: Option<&Path>) -> site::Published {
        let (circulars, langs) = self.selected(opts).unwrap_or_default();
        let mut published: site::Published = circulars
            .iter()
            .flat_map(|c| langs.iter().map(|l| (c.id.clone(), *l)))
            .collect();
        if let Some(out) = out_dir {
            for c in &self.circulars {
                for l in Lang::ALL {
                    if out.join(render::doc_path(&c.id, l, "circular", "html")).exists() {
                        published.insert((c.id.clone(), l));
                    }
                }
            }
        }
        published
    }

    /// The (circular, language) pairs that `opts` selects.
    fn jobs(&self, opts: &BuildOptions) -> Result<Vec<(&Circular, Lang)>, Diagnostics> {
        let (circulars, langs) = self.selected(opts)?;
        Ok(circulars
            .iter()
            .flat_map(|c| langs.iter().map(move |&l| (*c, l)))
            .collect())
    }

    /// The web page and the PDF of each document of circular `c` in `lang`, in pairs.
    fn job_outputs(
        &self,
        c: &Circular,
        lang: Lang,
        published: &site::Published,
        pdfs: bool,
    ) -> Result<Vec<[Output; 2]>, Diagnostics> {
        let env = Env {
            locales: &self.locales,
            catalogue: &self.catalogue,
            fonts: Some(&self.fonts),
        };
        let dir = self.templates_dir();
        let docs = render::render_docs(&self.tera, &dir, c, lang, &env, &DateFormatter::new(lang))?;
        let results = docs.iter().map(|d| -> Result<[Output; 2], Diagnostics> {
            let html = site::page(&self.tera, &dir, &self.locales, d, published)?;
            let pdf = if pdfs {
                pdf::render_pdf(&d.xhtml, &self.fonts).map_err(|e| pdf_diag(&dir, d, &e))?
            } else {
                Vec::new()
            };
            Ok([
                Output {
                    path: render::doc_path(&d.circular, d.lang, d.doc.stem, "html"),
                    bytes: html.into_bytes(),
                },
                Output {
                    path: render::doc_path(&d.circular, d.lang, d.doc.stem, "pdf"),
                    bytes: pdf,
                },
            ])
        });
        let (pairs, diags) = Diagnostics::gather(results.map(|r| r.map(|p| [p])));
        diags.into_result().map(|()| pairs)
    }

    /// What the indexes list: each published circular's documents with its number, date and
    /// subject in each language (its documents rendered again for them, cheap, no PDF, and
    /// dropped at once).
    fn listed(&self, published: &site::Published) -> Result<Vec<site::Listed>, Diagnostics> {
        let env = Env {
            locales: &self.locales,
            catalogue: &self.catalogue,
            fonts: Some(&self.fonts),
        };
        let dir = self.templates_dir();
        let pairs: Vec<(&Circular, Lang)> = self
            .circulars
            .iter()
            .flat_map(|c| {
                Lang::ALL
                    .into_iter()
                    .filter(|l| published.contains(&(c.id.clone(), *l)))
                    .map(move |l| (c, l))
            })
            .collect();
        let listed: Vec<_> = pairs
            .par_iter()
            .map(|&(c, l)| render::render_docs(&self.tera, &dir, c, l, &env, &DateFormatter::new(l)).map(site::listed))
            .collect();
        let (docs, diags) = Diagnostics::gather(listed);
        diags.into_result().map(|()| docs)
    }

    /// The indexes, `out/<lang>/index.html` and `out/index.html`, of the `listed` documents,
    /// with the size of each PDF as `size` tells it.
    fn index(&self, listed: &[site::Listed], size: &dyn Fn(&Path) -> Option<u64>) -> Result<Vec<Output>, Diagnostics> {
        site::indexes(&self.tera, &self.templates_dir(), &self.locales, listed, size)
    }

    /// As [`Project::outputs`], for writing into `out_dir`, calling `done` with each
    /// document's path once it is rendered. Everything is held in memory: a build does not
    /// use this, it writes each document as soon as it is made.
    pub fn outputs_with(
        &self,
        opts: &BuildOptions,
        out_dir: Option<&Path>,
        done: &(dyn Fn(&Path) + Sync),
    ) -> Result<Vec<Output>, Diagnostics> {
        let jobs = self.jobs(opts)?;
        let published = self.published(opts, out_dir);
        let rendered: Vec<_> = jobs
            .par_iter()
            .map(|&(c, l)| {
                let pairs = self.job_outputs(c, l, &published, true)?;
                for [html, _] in &pairs {
                    done(&html.path);
                }
                Ok(pairs.into_iter().flatten().collect::<Vec<_>>())
            })
            .collect();
        let (mut outputs, mut diags) = Diagnostics::gather(rendered);
        // The indexes give each PDF's size: this build's, or what an earlier build left.
        let sizes: BTreeMap<&Path, u64> = outputs
            .iter()
            .map(|o| (o.path.as_path(), o.bytes.len() as u64))
            .collect();
        let size = |p: &Path| {
            sizes
                .get(p)
                .copied()
                .or_else(|| out_dir.and_then(|d| fs::metadata(d.join(p)).ok()).map(|m| m.len()))
        };
        match self.listed(&published).and_then(|l| self.index(&l, &size)) {
            Ok(pages) => outputs.extend(pages),
            Err(d) => diags.extend(d),
        }
        diags
            .into_result()
            .map(|()| outputs)
            .map_err(|d| relativize(&self.root, d))
    }

    /// Renders every selected document and the index, PDFs included when `pdfs`, and keeps
    /// nothing but what the indexes list: all the problems a build would meet, in memory that
    /// hardly grows with the number of circulars.
    fn check_outputs(
        &self,
        opts: &BuildOptions,
        published: &site::Published,
        pdfs: bool,
    ) -> Result<Vec<site::Listed>, Diagnostics> {
        let jobs = self.jobs(opts)?;
        let found: Vec<Diagnostics> = jobs
            .par_iter()
            .filter_map(|&(c, l)| self.job_outputs(c, l, published, pdfs).err())
            .collect();
        let mut diags = Diagnostics::default();
        for d in found {
            diags.extend(d);
        }
        let listed = match self.listed(published) {
            Ok(listed) => {
                if let Err(d) = self.index(&listed, &|_| None) {
                    diags.extend(d);
                }
                listed
            }
            Err(d) => {
                diags.extend(d);
                Vec::new()
            }
        };
        diags
            .into_result()
            .map(|()| listed)
            .map_err(|d| relativize(&self.root, d))
    }

    /// Renders and writes everything into `out_dir`; `out_dir` changes only if all succeeded.
    pub fn build(&self, out_dir: &Path, opts: &BuildOptions) -> Result<BuildSummary, BuildError> {
        self.build_with(out_dir, opts, &|_| {})
    }

    /// As [`Project::build`], reporting each document as it is done.
    ///
    /// The outputs go into a staging folder beside `out_dir`, one document at a time, which
    /// then takes the place of `out_dir` in one step (see [`output`]): `out_dir` holds the
    /// complete old set or the complete new set, even if the build is killed.
    pub fn build_with(
        &self,
        out_dir: &Path,
        opts: &BuildOptions,
        done: &(dyn Fn(&Path) + Sync),
    ) -> Result<BuildSummary, BuildError> {
        let jobs = self.jobs(opts).map_err(BuildError::Input)?;
        let target = output::Target::resolve(out_dir, &self.root).map_err(BuildError::Output)?;
        let lock = target.lock().map_err(BuildError::Output)?;
        let published = self.published(opts, Some(target.dir()));
        // Every web page and the index first (cheap): a problem in the content, the locales or
        // the templates stops the build before any file is written. Only what the typesetter
        // alone finds comes later, and then the staging folder is dropped.
        let listed = self.check_outputs(opts, &published, false).map_err(BuildError::Input)?;
        // The indexes' paths now; their content once the PDFs, whose sizes they give, exist.
        let index_paths: Vec<PathBuf> = self
            .index(&listed, &|_| None)
            .map_err(|d| BuildError::Input(relativize(&self.root, d)))?
            .into_iter()
            .map(|o| o.path)
            .collect();
        let mut rewrites: BTreeSet<PathBuf> = jobs
            .iter()
            .flat_map(|(c, l)| {
                c.kind
                    .documents
                    .iter()
                    .flat_map(move |d| ["html", "pdf"].map(|ext| render::doc_path(&c.id, *l, d.stem, ext)))
            })
            .collect();
        rewrites.extend(index_paths.iter().cloned());
        let staging = lock.stage(&rewrites).map_err(BuildError::Output)?;
        // After a write error the other threads stop early: the build has failed anyway.
        let failed = AtomicBool::new(false);
        let results: Vec<Result<Vec<(PathBuf, u64)>, BuildError>> = jobs
            .par_iter()
            .map(|&(c, l)| {
                if failed.load(Ordering::Relaxed) {
                    return Ok(Vec::new());
                }
                let pairs = self
                    .job_outputs(c, l, &published, true)
                    .map_err(|d| BuildError::Input(relativize(&self.root, d)))?;
                let mut written = Vec::new();
                for pair in pairs {
                    for o in &pair {
                        staging.write(&o.path, &o.bytes).map_err(|e| {
                            failed.store(true, Ordering::Relaxed);
                            BuildError::Output(e)
                        })?;
                        written.push((o.path.clone(), o.bytes.len() as u64));
                    }
                    done(&pair[0].path);
                }
                Ok(written)
            })
            .collect();
        let mut files = Vec::new();
        let mut sizes = BTreeMap::new();
        let mut diags = Diagnostics::default();
        for r in results {
            match r {
                Ok(paths) => {
                    for (path, len) in paths {
                        sizes.insert(path.clone(), len);
                        files.push(path);
                    }
                }
                Err(BuildError::Input(d)) => diags.extend(d),
                Err(e) => return Err(e),
            }
        }
        if !diags.is_empty() {
            return Err(BuildError::Input(diags.sorted()));
        }
        let size = |p: &Path| {
            sizes
                .get(p)
                .copied()
                .or_else(|| fs::metadata(target.dir().join(p)).ok().map(|m| m.len()))
        };
        let indexes = self
            .index(&listed, &size)
            .map_err(|d| BuildError::Input(relativize(&self.root, d)))?;
        debug_assert_eq!(
            indexes.iter().map(|o| &o.path).collect::<Vec<_>>(),
            index_paths.iter().collect::<Vec<_>>()
        );
        for o in indexes {
            staging.write(&o.path, &o.bytes).map_err(BuildError::Output)?;
            files.push(o.path);
        }
        let warnings = staging.commit().map_err(BuildError::Output)?;
        Ok(BuildSummary { files, warnings })
    }
}

/// `check`: every problem a build would meet, and warnings (messages that look
/// untranslated, typography of the texts), without writing anything.
pub fn check(root: &Path) -> Diagnostics {
    let mut diags = match Project::load(root) {
        Ok(p) => {
            let mut d = Diagnostics::default();
            let opts = BuildOptions::default();
            if let Err(e) = p.check_outputs(&opts, &p.published(&opts, None), true) {
                d.extend(e);
            }
            d
        }
        Err(d) => d,
    };
    diags.extend(Locales::load_all(root, Path::new("locales")).0.untranslated());
    diags.extend(typography::check(root));
    diags.sorted()
}

/// `new`: writes `content/<id>.yaml` from the kind's `templates/kinds/<kind>/new.yaml`,
/// refusing to overwrite. The file holds TODO fields, the kind's usual addressees, and what
/// follows from the code and the catalogues (the study period, the revision of Resolution 1
/// and the Director of TSB in office today): nothing of another circular.
pub fn new_circular(root: &Path, id: &str, kind_id: &str) -> Result<PathBuf, String> {
    model::check_id(id)?;
    let kind = kind::find(kind_id).ok_or_else(|| {
        let known: Vec<&str> = kind::KINDS.iter().map(|k| k.id).collect();
        format!("unknown kind `{kind_id}`: one of {}", known.join(", "))
    })?;
    let rel = Path::new("content").join(format!("{id}.yaml"));
    let path = root.join(&rel);
    let template_rel = format!("templates/kinds/{}/new.yaml", kind.id);
    let template = root.join(&template_rel);
    let text = fs::read_to_string(&template).map_err(|e| format!("cannot read {template_rel}: {e}"))?;
    let number: u32 = id[id.len() - 4..]
        .parse()
        .map_err(|_| format!("`{id}` has no number"))?;
    let mut diags = Diagnostics::default();
    let catalogue = Catalogue::load(root, &mut diags).ok_or_else(|| format!("the catalogues have errors:\n{diags}"))?;
    let code = &id[..3];
    let period = catalogue.period(code).ok_or_else(|| {
        let known: Vec<&str> = catalogue.periods.iter().map(|p| p.code.as_str()).collect();
        format!(
            "`{code}` is not a study period (content/catalogue/wtsa.yaml knows {})",
            known.join(", ")
        )
    })?;
    let opened_by = &catalogue.wtsa[period.opened_by];
    let today = model::Date::today();
    let in_force = catalogue
        .wtsa_in_force(today)
        .map_or("none".to_string(), |w| w.key.clone());
    let director = catalogue
        .director_on(today)
        .map_or("none".to_string(), |o| format!("{} ({})", o.name.get(Lang::En), o.key));
    let list = |keys: &[&str]| keys.iter().map(|k| format!("  - {k}")).collect::<Vec<_>>().join("\n");
    let text = text
        .replace("{{ id }}", id)
        .replace("{{ number }}", &number.to_string())
        .replace(
            "{{ period }}",
            &format!("{code}, {} (opened by {})", period.span(), opened_by.key),
        )
        .replace("{{ wtsa_today }}", &in_force)
        .replace("{{ director_today }}", &director)
        .replace("{{ to }}", &list(kind.usual_to))
        .replace("{{ copy_to }}", &list(kind.usual_copy_to));
    fs::create_dir_all(root.join("content")).map_err(|e| e.to_string())?;
    // `create_new` refuses an existing file atomically: no check-then-write race.
    let mut f = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
        .map_err(|e| {
            if e.kind() == std::io::ErrorKind::AlreadyExists {
                format!("{} already exists: not overwritten", rel.display())
            } else {
                format!("cannot create {}: {e}", rel.display())
            }
        })?;
    std::io::Write::write_all(&mut f, text.as_bytes()).map_err(|e| e.to_string())?;
    Ok(rel)
}

/// Why a build failed.
#[derive(Debug)]
pub enum BuildError {
    /// Problems in the content, locales or templates.
    Input(Diagnostics),
    /// Writing the outputs failed; the output folder is as it was. The message names the file.
    Output(output::OutputError),
}

impl std::fmt::Display for BuildError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BuildError::Input(d) => write!(f, "{d}"),
            BuildError::Output(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for BuildError {}

/// A typesetting failure, pointed at the template that produced the offending element: the
/// rendered XHTML's line means little to whoever edits templates, so where the element's tag
/// occurs once in the document's templates, that is the place given.
fn pdf_diag(templates: &Path, doc: &RenderedDoc, e: &pdf::PdfError) -> Diagnostics {
    let candidates = [
        doc.doc.template.to_string(),
        "kinds/consultation/reply-form-body.html".to_string(),
        "common/letterhead.html".to_string(),
        "common/signature.html".to_string(),
        "common/footer.html".to_string(),
    ];
    let tag = e
        .message
        .split('<')
        .nth(1)
        .and_then(|t| t.split(['>', ' ']).next())
        .filter(|t| !t.is_empty());
    let mut found = Vec::new();
    if let Some(tag) = tag {
        let needle = format!("<{tag}");
        for name in &candidates {
            let Ok(text) = fs::read_to_string(templates.join(name)) else {
                continue;
            };
            for (offset, _) in text.match_indices(&needle) {
                let (line, col) = diag::line_col(&text, offset);
                found.push(Diagnostic::new(templates.join(name), line, col, ""));
            }
        }
    }
    let message = format!("cannot typeset the PDF: {}", e.message);
    let mut d = match found.as_slice() {
        [one] => Diagnostic::new(&one.file, one.line, one.column, message),
        _ => Diagnostic::whole_file(templates.join(&candidates[0]), message),
    };
    if e.line > 0 {
        d = d.note(format!("line {}, column {} of the rendered XHTML", e.line, e.column));
    }
    d.in_lang(doc.lang).into()
}

/// Checks that need every circular at once: one number per study period, and an approval
/// notice's consultation, where that circular is here too.
fn check_together(circulars: &[Circular], diags: &mut Diagnostics) {
    let mut numbers: BTreeMap<(&str, u32), &Circular> = BTreeMap::new();
    for c in circulars {
        if let Some(first) = numbers.insert((c.period(), c.number), c) {
            diags.push(c.number_pos.diag(format!(
                "TSB Circular {} of {} is {} already",
                c.number,
                c.period(),
                first.file.display()
            )));
        }
    }
    for c in circulars {
        let Some(k) = &c.consultation else { continue };
        let Some(cons) = circulars
            .iter()
            .find(|o| o.period() == c.period() && o.number == k.number && o.kind.id == "consultation")
        else {
            continue;
        };
        if cons.date != k.date {
            diags.push(k.pos.diag(format!(
                "TSB Circular {} is dated {} ({}), not {}",
                k.number,
                cons.date,
                cons.file.display(),
                k.date
            )));
        }
        if cons.study_group != c.study_group {
            diags.push(c.study_group_pos.diag(format!(
                "the consultation (TSB Circular {}) is of study group {}, not {}",
                k.number, cons.study_group, c.study_group
            )));
        }
        for d in &c.drafts {
            if !cons.drafts.iter().any(|x| x.number == d.number) {
                diags.push(d.number_pos.diag(format!(
                    "{} was not among the drafts of TSB Circular {} ({})",
                    d.number,
                    k.number,
                    cons.file.display()
                )));
            }
        }
    }
}

/// `content/*.yaml`, sorted: one circular each. Sub-folders hold catalogues, not circulars.
/// What looks like a circular but cannot be one is an error rather than left out without a
/// word: a `.yml` file (circulars are `.yaml`, one spelling, so that a second copy of a
/// circular cannot hide under the other), and a folder named `*.yaml`. A link is followed; a
/// link to nothing is reported when it is read.
fn circular_files(root: &Path, content: &Path, diags: &mut Diagnostics) -> std::io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for e in fs::read_dir(content)?.flatten() {
        let path = e.path();
        let ext = path
            .extension()
            .map(|x| x.to_string_lossy().to_ascii_lowercase())
            .unwrap_or_default();
        let rel = diag::display_path(root, &path);
        if ext != "yaml" && ext != "yml" {
            continue;
        }
        if path.is_dir() {
            diags.push(Diagnostic::whole_file(
                rel,
                "a folder named like a circular: circulars are files, content/<id>.yaml",
            ));
        } else if ext == "yml" || path.extension().is_some_and(|x| x != "yaml") {
            diags.push(Diagnostic::whole_file(
                &rel,
                format!(
                    "circulars are read from `.yaml` files only: rename it to {}",
                    rel.with_extension("yaml").display()
                ),
            ));
        } else {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

/// Shows paths relative to the project root, as the editor knows them, each with its source
/// line where it has one.
fn relativize(root: &Path, d: Diagnostics) -> Diagnostics {
    let d = Diagnostics(
        d.0.into_iter()
            .map(|mut x| {
                x.file = diag::display_path(root, &x.file);
                x
            })
            .collect(),
    );
    diag::with_snippets(d.sorted(), root)
}
