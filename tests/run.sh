#!/usr/bin/env bash
# Runs every test of the project, installing first what the tests need and the machine lacks:
# headless Chromium (browser tests), poppler-utils and qpdf (PDF checks), Noto fonts (so that
# the browser shows Arabic and Chinese as readers see them), Node and npm with puppeteer-core,
# axe-core and the Nu HTML Checker (into node_modules/, from package-lock.json), Java for that
# checker, and the PDF/UA and PDF/A checkers from PyPI (into .venv/, from
# tests/requirements.txt). node_modules/ and .venv/ stay in the checkout between runs and are
# refreshed when their lists change. Usage: bash tests/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v qpdf >/dev/null 2>&1 || need+=(qpdf)
command -v node >/dev/null 2>&1 || need+=(nodejs)
command -v npm >/dev/null 2>&1 || need+=(npm)
command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
python3 -c 'import venv, ensurepip' >/dev/null 2>&1 || need+=(python3-venv)
[ -e /usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf ] || need+=(fonts-noto-core)
[ -e /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ] || need+=(fonts-noto-cjk)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# Node packages, exactly as locked. Their install scripts are not run: vnu-jar's would
# download a Java runtime, and Debian's serves.
if ! cmp -s package-lock.json node_modules/.tsbcirc-lock 2>/dev/null; then
  echo "installing node packages"
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.tsbcirc-lock
fi

# Python checkers, pinned.
if ! cmp -s tests/requirements.txt .venv/.tsbcirc-requirements 2>/dev/null; then
  echo "installing the PDF checkers"
  rm -rf .venv
  python3 -m venv .venv
  .venv/bin/pip install --quiet --disable-pip-version-check -r tests/requirements.txt
  cp tests/requirements.txt .venv/.tsbcirc-requirements
fi

cargo fmt --check
cargo clippy --all-targets --locked -- -D warnings
cargo test --locked
# The benchmarks, each run once on a small input: they still build and their checks hold.
cargo test --locked --bench build --bench many
