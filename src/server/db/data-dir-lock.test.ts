import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from './data-dir-lock';

describe('lockDataDir', () => {
  it('refuses a directory held by another live process, naming it and what to do', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'candor-lock-'));
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 10000)']);
    try {
      writeFileSync(join(dir, 'candor.pid'), String(other.pid));
      expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
      expect(() => lockDataDir(dir)).toThrow(/pid \d+.*HTTP API/);
    } finally {
      other.kill();
    }
  });

  it('takes over a lock left by a process that died, and releases it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'candor-lock-'));
    writeFileSync(join(dir, 'candor.pid'), '2147483646');
    const release = lockDataDir(dir);
    expect(readFileSync(join(dir, 'candor.pid'), 'utf8')).toBe(String(process.pid));
    release();
    expect(existsSync(join(dir, 'candor.pid'))).toBe(false);
  });
});
