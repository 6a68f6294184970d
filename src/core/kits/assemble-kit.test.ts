import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseQuestionFile } from '../pack/question-file';
import { assembleKit, kitTimeWarnings, LEVEL_MIXES, type KitCandidate } from './assemble-kit';

// The bundled pack is the realistic pool.
const dir = join(process.cwd(), 'content/packs/backend/questions');
const pool: KitCandidate[] = readdirSync(dir).map((f) => parseQuestionFile(f, readFileSync(join(dir, f), 'utf8')).question!);
const byslug = new Map(pool.map((q) => [q.slug, q]));

describe('assembleKit', () => {
  it('fills a 60-minute mid-level interview from at least 4 categories, within the time', () => {
    const kit = assembleKit(pool, { minutes: 60, reserveMinutes: 10, minCategories: 4 });
    expect(kit.plannedMinutes).toBeLessThanOrEqual(50);
    expect(kit.plannedMinutes).toBeGreaterThanOrEqual(40);
    expect(kit.categories.length).toBeGreaterThanOrEqual(4);
    expect(kit.warnings).toEqual([]);
    expect(new Set(kit.picks.map((p) => p.slug)).size).toBe(kit.picks.length);
    for (const p of kit.picks) expect(p.reason).toMatch(/min fits the \d+ min left/);
    expect(kit.picks[0]!.reason).toMatch(/category 1 of at least 4/);
  });

  it('keeps the difficulty mix near its target', () => {
    const kit = assembleKit(pool, { minutes: 120, mix: LEVEL_MIXES.senior, seed: 3 });
    const share = (d: string) => kit.picks.filter((p) => byslug.get(p.slug)!.difficulty === d).reduce((s, p) => s + p.minutes, 0) / kit.plannedMinutes;
    expect(share('hard')).toBeGreaterThan(0.25);
    expect(share('easy')).toBeLessThan(0.25);
  });

  it('never picks what the candidate was already asked, or what the filters exclude', () => {
    const asked = pool.filter((q) => q.category === 'Databases').map((q) => q.slug);
    const kit = assembleKit(pool, { minutes: 90, excludeSlugs: asked, types: ['technical', 'system-design'], excludeTags: ['redis'] });
    for (const p of kit.picks) {
      const q = byslug.get(p.slug)!;
      expect(asked).not.toContain(p.slug);
      expect(['technical', 'system-design']).toContain(q.type);
      expect(q.tags).not.toContain('redis');
    }
  });

  it('is the same for the same seed and differs across seeds', () => {
    const a = assembleKit(pool, { minutes: 45, seed: 7 }).picks.map((p) => p.slug);
    expect(assembleKit(pool, { minutes: 45, seed: 7 }).picks.map((p) => p.slug)).toEqual(a);
    const others = [8, 9, 10, 11].map((seed) => assembleKit(pool, { minutes: 45, seed }).picks.map((p) => p.slug).join());
    expect(others.some((o) => o !== a.join())).toBe(true);
  });

  it('warns, rather than fails, when constraints cannot be met', () => {
    expect(assembleKit(pool, { minutes: 30, includeTags: ['no-such-tag'] }).warnings[0]).toMatch(/No question meets the filters/);
    const narrow = assembleKit(pool, { minutes: 30, minCategories: 6, types: ['behavioral'] });
    expect(narrow.warnings.join(' ')).toMatch(/fewer than the 6 asked for/);
    expect(assembleKit(pool, { minutes: 4 }).warnings.join(' ')).toMatch(/Only 0 of 4 minutes/);
  });
});

describe('kitTimeWarnings', () => {
  it('warns when the planned minutes exceed the duration or a section', () => {
    expect(kitTimeWarnings({ minutes: 30, sections: [{ title: 'A', minutes: 30, plannedMinutes: 30 }] })).toEqual([]);
    expect(kitTimeWarnings({ minutes: 30, sections: [{ title: 'A', minutes: 20, plannedMinutes: 25 }, { title: 'B', minutes: 15, plannedMinutes: 10 }] })).toEqual([
      'The questions plan 35 minutes in a 30-minute interview.',
      'The sections add up to 35 minutes in a 30-minute interview.',
      '"A" plans 25 minutes of questions in 20.',
    ]);
  });
});
