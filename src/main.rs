//! The command line: parses arguments, runs the library, prints problems, sets the exit code.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser, Subcommand};
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
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Build { out, circulars, langs } => {
            let start = Instant::now();
            let project = match Project::load(&cli.root) {
                Ok(p) => p,
                Err(d) => {
                    eprintln!("{d}");
                    return ExitCode::FAILURE;
                }
            };
            let out = if out.is_absolute() { out } else { cli.root.join(out) };
            match project.build(&out, &BuildOptions { circulars, langs }) {
                Ok(summary) => {
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
    }
}
