// Assembling an interview kit from constraints: "60 minutes, mid-level, at least 4 categories,
// nothing this candidate has seen". Greedy and deterministic for a given seed: each pick is the
// question that best serves the constraint most behind (categories first, then the difficulty
// mix), among those that still fit the time; every pick says why it was made.
import type { Difficulty } from './kit-types';
import { seededRandom as random } from '../random';

export interface KitCandidate {
  slug: string;
  title: string;
  category: string;
  difficulty: Difficulty;
  type: string;
  tags: readonly string[];
  minutes: number;
}

export type DifficultyMix = Record<Difficulty, number>;

/** The usual mixes by seniority, as shares of the interview's question time. */
export const LEVEL_MIXES = {
  junior: { easy: 0.5, medium: 0.4, hard: 0.1 },
  mid: { easy: 0.3, medium: 0.5, hard: 0.2 },
  senior: { easy: 0.1, medium: 0.5, hard: 0.4 },
} as const satisfies Record<string, DifficultyMix>;

export interface KitConstraints {
  /** The interview's length. */
  minutes: number;
  /** Minutes kept free for introductions and the candidate's questions (default 0). */
  reserveMinutes?: number;
  /** Shares of question time per difficulty; defaults to the mid-level mix. */
  mix?: DifficultyMix;
  /** At least this many different categories. */
  minCategories?: number;
  /** Only these types (all when empty). */
  types?: readonly string[];
  /** Only questions with at least one of these tags (all when empty). */
  includeTags?: readonly string[];
  /** Never questions with any of these tags. */
  excludeTags?: readonly string[];
  /** Never these questions: what this candidate was already asked. */
  excludeSlugs?: readonly string[];
  /** Different seeds give different kits from the same constraints. */
  seed?: number;
}

export interface KitPick {
  slug: string;
  title: string;
  minutes: number;
  reason: string;
}

export interface AssembledKit {
  picks: KitPick[];
  plannedMinutes: number;
  categories: string[];
  warnings: string[];
}


function shuffled<T>(items: readonly T[], seed: number): T[] {
  const next = random(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const percent = (x: number) => `${Math.round(x * 100)}%`;

/** Picks questions for a kit and explains each pick; warnings say which constraint could not be met. */
export function assembleKit(pool: readonly KitCandidate[], c: KitConstraints): AssembledKit {
  const budget = c.minutes - (c.reserveMinutes ?? 0);
  const mix = c.mix ?? LEVEL_MIXES.mid;
  const mixTotal = mix.easy + mix.medium + mix.hard || 1;
  const excluded = new Set(c.excludeSlugs ?? []);
  const eligible = pool.filter(
    (q) =>
      !excluded.has(q.slug) &&
      (!c.types?.length || c.types.includes(q.type)) &&
      (!c.includeTags?.length || q.tags.some((t) => c.includeTags!.includes(t))) &&
      !q.tags.some((t) => c.excludeTags?.includes(t)),
  );
  const order = shuffled(eligible, c.seed ?? 1);
  const picks: KitPick[] = [];
  const used = new Set<string>();
  const categories = new Set<string>();
  const minutesBy: DifficultyMix = { easy: 0, medium: 0, hard: 0 };
  let planned = 0;

  for (;;) {
    const left = budget - planned;
    const fitting = order.filter((q) => !used.has(q.slug) && q.minutes <= left);
    if (!fitting.length) break;
    const needCategories = (c.minCategories ?? 0) > categories.size;
    // A pick must leave room for the categories still required: the cheapest question of each
    // still-missing category has to fit after it.
    const cheapest = new Map<string, number>();
    for (const q of order)
      if (!used.has(q.slug) && !categories.has(q.category)) cheapest.set(q.category, Math.min(cheapest.get(q.category) ?? Infinity, q.minutes));
    // Sorted once per pick, not once per candidate: on a bank of thousands that is the difference
    // between milliseconds and a second.
    const cheapestSorted = [...cheapest].sort((a, b) => a[1] - b[1]);
    const leavesRoom = (q: KitCandidate) => {
      const stillNeeded = (c.minCategories ?? 0) - categories.size - (categories.has(q.category) ? 0 : 1);
      if (stillNeeded <= 0) return true;
      const others = cheapestSorted.length - (cheapest.has(q.category) ? 1 : 0);
      if (others < stillNeeded) return true;
      let needed = q.minutes;
      let counted = 0;
      for (const [cat, minutes] of cheapestSorted) {
        if (counted === stillNeeded) break;
        if (cat === q.category) continue;
        needed += minutes;
        counted++;
      }
      return needed <= left;
    };
    const candidates = fitting.filter(leavesRoom);
    const pickFrom = candidates.length ? candidates : fitting;
    // How far a difficulty is behind its share of the time planned so far; never a question's length.
    const behind = (d: Difficulty) => (mix[d] / mixTotal) * (planned + 1) - minutesBy[d];
    const score = (q: KitCandidate) => (needCategories && !categories.has(q.category) ? 1000 : 0) + behind(q.difficulty);
    const best = pickFrom.reduce((a, b) => (score(b) > score(a) ? b : a));

    const reasons: string[] = [];
    if (needCategories && !categories.has(best.category))
      reasons.push(`adds ${best.category} (category ${categories.size + 1} of at least ${c.minCategories})`);
    else if (!categories.has(best.category)) reasons.push(`adds ${best.category}`);
    reasons.push(`${best.difficulty}, whose share of the time is ${percent(minutesBy[best.difficulty] / Math.max(planned, 1))} against a target of ${percent(mix[best.difficulty] / mixTotal)}`);
    reasons.push(`${best.minutes} min fits the ${left} min left`);

    picks.push({ slug: best.slug, title: best.title, minutes: best.minutes, reason: reasons.join('; ') });
    used.add(best.slug);
    categories.add(best.category);
    minutesBy[best.difficulty] += best.minutes;
    planned += best.minutes;
  }

  const warnings: string[] = [];
  if (!eligible.length) warnings.push('No question meets the filters: loosen the types or tags, or allow questions already asked.');
  if ((c.minCategories ?? 0) > categories.size)
    warnings.push(`Only ${categories.size} categor${categories.size === 1 ? 'y' : 'ies'} fit, fewer than the ${c.minCategories} asked for.`);
  if (eligible.length && planned < budget * 0.75) warnings.push(`Only ${planned} of ${budget} minutes could be filled with questions that fit.`);
  return { picks, plannedMinutes: planned, categories: [...categories].sort(), warnings };
}

/** Warnings for a kit whose plan does not fit its time (for hand-built kits). */
export function kitTimeWarnings(kit: { minutes: number; sections: readonly { title: string; minutes: number; plannedMinutes: number }[] }): string[] {
  const warnings: string[] = [];
  const sectionTotal = kit.sections.reduce((s, x) => s + x.minutes, 0);
  const planned = kit.sections.reduce((s, x) => s + x.plannedMinutes, 0);
  if (planned > kit.minutes) warnings.push(`The questions plan ${planned} minutes in a ${kit.minutes}-minute interview.`);
  if (sectionTotal > kit.minutes) warnings.push(`The sections add up to ${sectionTotal} minutes in a ${kit.minutes}-minute interview.`);
  for (const s of kit.sections)
    if (s.plannedMinutes > s.minutes) warnings.push(`"${s.title}" plans ${s.plannedMinutes} minutes of questions in ${s.minutes}.`);
  return warnings;
}
