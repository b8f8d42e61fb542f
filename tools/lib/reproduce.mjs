// reproduce.mjs: the check every generator's test makes that the generator, run again into a scratch folder,
// writes its committed output byte for byte. It needs the generator's packages (npm ci in its folder); a test
// without them skips it and says why.

import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The options of node:test's test(): skipped, with the reason, where the packages are not installed.
export const needsPackages = (dir) => ({ skip: !existsSync(join(dir, 'node_modules')) && 'no node_modules (run npm ci)' });

// Runs `node DIR/generate.mjs SCRATCH` and compares each file of DIR/out with the one written to SCRATCH.
export function assertReproduces(dir, files) {
  const scratch = mkdtempSync(join(tmpdir(), 'shebao-generator-'));
  try {
    execFileSync(process.execPath, [join(dir, 'generate.mjs'), scratch], { stdio: 'pipe' });
    for (const f of files) assert.equal(readFileSync(join(scratch, f), 'utf8'), readFileSync(join(dir, 'out', f), 'utf8'), f);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
