// Prints `N passed, N failed` alone on the last line, which CI reads; web-test-runner's own counts only appear
// inside its progress line. A test file that failed to load counts as one failed test.
export function countReporter() {
  return {
    stop({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const visit = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) skipped++;
          else if (test.passed) passed++;
          else failed++;
        }
        suite.suites.forEach(visit);
      };
      for (const session of sessions) {
        if (session.testResults) visit(session.testResults);
        if (
          session.errors.length &&
          !session.passed &&
          !session.testResults?.tests.length &&
          !session.testResults?.suites.length
        )
          failed++;
      }
      // After the default reporter's summary.
      setTimeout(() => console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`));
    },
  };
}
