//! The command line: parses arguments, runs the library, prints problems, sets the exit code.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser, Subcommand, ValueEnum};
use indicatif::{ProgressBar, ProgressStyle};
use tsbcirc::lang::Lang;
use tsbcirc::{BuildOptions, Project};

#[derive(Parser)]
#[command(
    name = "tsbcirc",
    version,
    about = "Renders ITU-T TSB circulars and reply forms in the six ITU languages"
)]
struct Cli {
    /// The project folder (holding content/, locales/, templates/, fonts/).
    #[arg(long, global = true, default_value = ".")]
    root: PathBuf,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Render every circular in every language into the output folder.
    Build {
        /// Where to write the outputs.
        #[arg(long, default_value = "out")]
        out: PathBuf,
        /// Only this circular (its id, e.g. T17-TSB-CIR-0053); may be repeated.
        #[arg(long = "circular")]
        circulars: Vec<String>,
        /// Only this language (ar, en, es, fr, ru, zh); may be repeated.
        #[arg(long = "lang")]
        langs: Vec<Lang>,
    },
    /// Check content, locales and templates without writing anything.
    Check {
        #[arg(long, value_enum, default_value = "human")]
        format: Format,
        /// Fail on warnings too (messages that look untranslated, typography).
        #[arg(long)]
        deny_warnings: bool,
    },
    /// Build, serve the outputs on 127.0.0.1 and rebuild on every change, reloading the page.
    Serve {
        /// Where to write the outputs.
        #[arg(long, default_value = "out")]
        out: PathBuf,
        /// The port (0: any free one).
        #[arg(long, default_value_t = 8053)]
        port: u16,
    },
    /// Create content/<id>.yaml for a new consultation circular, with the fields to fill marked TODO.
    New {
        /// The ITU document code, e.g. T22-TSB-CIR-0054.
        id: String,
        /// The kind of circular: consultation (of Member States, with a reply form) or approval
        /// (the notice that follows a consultation).
        #[arg(long, default_value = "consultation")]
        kind: String,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Human,
    Json,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Build { out, circulars, langs } => build(&cli.root, out, BuildOptions { circulars, langs }),
        Command::Check { format, deny_warnings } => {
            let d = tsbcirc::check(&cli.root);
            match format {
                Format::Human if d.0.is_empty() => println!("no problems found"),
                Format::Human => eprintln!("{d}"),
                Format::Json => {
                    let report = serde_json::json!({
                        "errors": d.errors(),
                        "warnings": d.warnings(),
                        "diagnostics": d.0,
                    });
                    println!(
                        "{}",
                        serde_json::to_string_pretty(&report).expect("diagnostics serialize")
                    );
                }
            }
            if d.errors() > 0 || (deny_warnings && d.warnings() > 0) {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            }
        }
        Command::Serve { out, port } => {
            let out = if out.is_absolute() { out } else { cli.root.join(out) };
            let ready = |addr: &str| println!("serving {} at {addr} (Ctrl-C to stop)", out.display());
            match tsbcirc::serve::serve(&cli.root, &out, port, ready) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("{e}");
                    ExitCode::FAILURE
                }
            }
        }
        Command::New { id, kind } => match tsbcirc::new_circular(&cli.root, &id, &kind) {
            Ok(path) => {
                println!(
                    "created {}: fill in the fields marked TODO, then run `tsbcirc build`",
                    path.display()
                );
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::FAILURE
            }
        },
    }
}

fn build(root: &Path, out: PathBuf, opts: BuildOptions) -> ExitCode {
    let start = Instant::now();
    let project = match Project::load(root) {
        Ok(p) => p,
        Err(d) => {
            eprintln!("{d}");
            return ExitCode::FAILURE;
        }
    };
    let out = if out.is_absolute() { out } else { root.join(out) };
    // A bar on a terminal; one plain line per document otherwise (CI logs, pipes).
    let terminal = std::io::stderr().is_terminal();
    let bar = if terminal {
        let bar = ProgressBar::new(project.document_count(&opts) as u64);
        bar.set_style(ProgressStyle::with_template("{bar:40} {pos}/{len} {wide_msg}").expect("valid template"));
        Some(bar)
    } else {
        None
    };
    let done = |path: &Path| match &bar {
        Some(b) => {
            b.set_message(path.display().to_string());
            b.inc(1);
        }
        None => println!("rendered {}", path.display()),
    };
    let result = project.build_with(&out, &opts, &done);
    if let Some(b) = &bar {
        b.finish_and_clear();
    }
    match result {
        Ok(summary) => {
            for w in &summary.warnings {
                eprintln!("warning: {w}");
            }
            println!(
                "wrote {} files to {} in {:.2} s",
                summary.files.len(),
                out.display(),
                start.elapsed().as_secs_f64()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}
