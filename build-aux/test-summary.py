#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Counts test cases from meson's testlog.json lines and prints "N passed, N failed".

A TAP test program counts each of its "ok" / "not ok" lines (a program that crashed or
failed without reporting a case counts as one failure); any other test counts as one.
Exit status 1 when anything failed or nothing ran.
"""
import json
import re
import sys

passed = failed = 0
failures = []

with open(sys.argv[1], encoding="utf-8") as log:
    for line in log:
        line = line.strip()
        if not line:
            continue
        test = json.loads(line)
        result = test.get("result")
        output = test.get("stdout") or ""
        cases_ok = len(re.findall(r"^ok \d+", output, re.M))
        cases_bad = [m for m in re.findall(r"^not ok \d+ (.*)$", output, re.M)
                     if "# SKIP" not in m and "# TODO" not in m]
        if test.get("protocol") == "tap" or cases_ok or cases_bad:
            passed += cases_ok
            failed += len(cases_bad)
            failures += ["%s: %s" % (test["name"], c) for c in cases_bad]
            if result not in ("OK", "SKIP", "EXPECTEDFAIL") and not cases_bad:
                failed += 1
                failures.append("%s: %s" % (test["name"], result))
        elif result in ("OK", "SKIP", "EXPECTEDFAIL"):
            passed += 1
        else:
            failed += 1
            failures.append("%s: %s" % (test["name"], result))

for f in failures:
    print("FAILED " + f, file=sys.stderr)
print("%d passed, %d failed" % (passed, failed))
sys.exit(1 if failed or passed == 0 else 0)
