"""Checks PDFs against PDF/UA-1 and PDF/A-2 with checkers from PyPI that no one here wrote.

    .venv/bin/python tests/pdfcheck.py FILE.pdf ...

Prints one JSON object per file: the failures of page-validation (profiles "ua1" and "2a")
and the findings of pdfua, with the version of each checker. The Rust test (tests/pdf_form.rs)
decides what fails.
"""

import json
import sys
from importlib.metadata import version

import page
import pdfua


def main(paths):
    out = []
    for path in paths:
        report = {"file": path, "page": {}, "pdfua": []}
        for profile in ("ua1", "2a"):
            r = page.validate_pdf(path, profile=profile)
            report["page"][profile] = [
                {"rule": f.rule_id, "message": f.message} for f in r.failures
            ]
        p = pdfua.validate(path)
        report["pdfua"] = [str(f) for f in p.findings]
        report["pdfua_skipped"] = [s.rule_id for s in p.skipped]
        out.append(report)
    checkers = {n: version(n) for n in ("page-validation", "pdfua")}
    json.dump({"checkers": checkers, "reports": out}, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1:])
