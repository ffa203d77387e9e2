import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";

/** Where each cell of the fault matrix writes its result (tests/e2e/fault-matrix.spec.ts). */
export const MATRIX_DIR = join(__dirname, "..", "..", "..", "test-results", "fault-matrix");

/**
 * Playwright's global teardown: prints "Fault matrix: N of M cells passed" and the cells that did
 * not, when the run included the matrix; scripts/test.sh repeats the line in its summary.
 */
export default function report() {
  if (!existsSync(MATRIX_DIR)) return;
  // Only this run's cells (an interrupted run may have left some behind).
  const started = Date.now() - process.uptime() * 1000;
  const cells = readdirSync(MATRIX_DIR)
    .map((file) => join(MATRIX_DIR, file))
    .filter((file) => statSync(file).mtimeMs >= started)
    .map((file) => JSON.parse(readFileSync(file, "utf8")));
  const failed = cells.filter((cell) => !cell.passed).map((cell) => cell.cell);
  console.log(`Fault matrix: ${cells.length - failed.length} of ${cells.length} cells passed`);
  for (const cell of failed.sort()) console.log(`  failed: ${cell}`);
  rmSync(MATRIX_DIR, { recursive: true, force: true });
}
