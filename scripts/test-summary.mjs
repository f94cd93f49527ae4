// Reads Vitest and Playwright JSON reports and counts passed and failed tests.
import { existsSync, readFileSync } from "node:fs";

function countPlaywright(suite, totals) {
  for (const spec of suite.specs ?? []) {
    for (const test of spec.tests ?? []) {
      const status = test.status; // expected | unexpected | flaky | skipped
      if (status === "expected" || status === "flaky") totals.passed += 1;
      else if (status === "unexpected") totals.failed += 1;
    }
  }
  for (const child of suite.suites ?? []) countPlaywright(child, totals);
}

export function summarize(files) {
  const totals = { passed: 0, failed: 0 };
  for (const file of files) {
    if (!existsSync(file)) continue;
    const report = JSON.parse(readFileSync(file, "utf8"));
    if ("numPassedTests" in report) {
      totals.passed += report.numPassedTests;
      totals.failed += report.numFailedTests;
    } else {
      for (const suite of report.suites ?? []) countPlaywright(suite, totals);
      // A run that could not start (web server failed) reports errors but no tests.
      if ((report.errors ?? []).length > 0 && totals.failed === 0) totals.failed += report.errors.length;
    }
  }
  return totals;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { passed, failed } = summarize(process.argv.slice(2));
  console.log(`${passed} passed, ${failed} failed`);
}
