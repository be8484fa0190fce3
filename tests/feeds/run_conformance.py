#!/usr/bin/env python3
"""ctest wrapper: run the shared conformance corpus against broadsheet-cli parse.

Usage: run_conformance.py BROADSHEET_CLI SHARED_DIR [MIN_PERCENT]

Exits 0 when at least MIN_PERCENT (default 97) of the cases pass their "must"
checks, 1 otherwise (the failing cases are listed by run_corpus.py), and 77
(ctest SKIP_RETURN_CODE) when SHARED_DIR/conformance is absent, as it is in a
user's clone.
"""

import json
import os
import subprocess
import sys
import tempfile

SKIP = 77


def main() -> int:
    if len(sys.argv) < 3:
        print(__doc__)
        return 2
    cli, shared = sys.argv[1], sys.argv[2]
    minimum = float(sys.argv[3]) if len(sys.argv) > 3 else 97.0
    runner = os.path.join(shared, "conformance", "tools", "run_corpus.py")
    if not os.path.isfile(runner):
        print(f"SKIP: the conformance corpus is not available ({runner} is missing); "
              "it lives in ../shared beside the clone, which CI provides.")
        return SKIP
    with tempfile.TemporaryDirectory() as tmp:
        report = os.path.join(tmp, "report.json")
        # run_corpus.py prints the per-category table and every failing case.
        # broadsheet-cli sniffs undeclared legacy encodings, so the 8 chardet cases run too.
        proc = subprocess.run([sys.executable, runner, "--cmd", f'"{cli}" parse', "--capability",
                               "charset-detection", "--json", report])
        if not os.path.isfile(report):
            print(f"FAIL: run_corpus.py wrote no report (exit status {proc.returncode})")
            return 1
        with open(report, encoding="utf-8") as fh:
            totals = json.load(fh)["summary"]["totals"]
    cases = totals.get("cases", 0)
    passed = totals.get("passed", 0)
    if not cases:
        print("FAIL: the corpus ran no cases")
        return 1
    rate = 100.0 * passed / cases
    verdict = "PASS" if rate >= minimum else "FAIL"
    print(f"{verdict}: {passed}/{cases} cases pass their must-checks ({rate:.2f} %, threshold {minimum:.0f} %)")
    return 0 if rate >= minimum else 1


if __name__ == "__main__":
    sys.exit(main())
