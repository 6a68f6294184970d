// Kits that start from something other than a blank page: a pack's starter kit (slugs resolved to
// this workspace's questions), or constraints handed to core's assembler, which explains each pick.
import { AppError } from '../../../core/errors';
import { assembleKit, kitTimeWarnings, LEVEL_MIXES, type KitCandidate } from '../../../core/kits/assemble-kit';
import type { Difficulty } from '../../../core/kits/kit-types';
import {
  assembleKitBodySchema,
  KIT_MINUTES,
  MAX_QUESTIONS_PER_SECTION,
  MAX_SECTIONS,
  SECTION_MINUTES,
  type AssembleKitBody,
  type AssembledKitProposal,
  type Kit,
  type KitContent,
} from '../../../shared/kit.schema';
import type { Db } from '../../db/client';
import { getStarterKit } from '../packs/pack.service';
import * as repo from './kit.repo';
import { createKit, type KitAuthor } from './kit.service';

const clamp = (n: number, { min, max }: { min: number; max: number }) => Math.min(max, Math.max(min, n));

/**
 * A new kit from a pack's starter kit: each slug becomes this workspace's live question of that
 * slug; slugs it does not have (deleted, or never imported) are left out and reported.
 */
export async function createKitFromPack(db: Db, author: KitAuthor, input: { pack: string; kit: string; name?: string }): Promise<{ kit: Kit; missing: string[] }> {
  const starter = await getStarterKit(db, author.workspaceId, input.pack, input.kit);
  const slugs = [...new Set(starter.sections.flatMap((s) => s.questions))];
  const bySlug = new Map((await repo.findLiveQuestionsBySlug(db, author.workspaceId, slugs)).map((q) => [q.slug, q]));
  const content: KitContent = {
    name: input.name ?? starter.name,
    description: starter.description,
    // Pack files allow 1–480 minutes, kits 5–600: a 3-minute starter becomes a 5-minute kit.
    minutes: clamp(starter.minutes, KIT_MINUTES),
    notes: '',
    sections: starter.sections.map((s) => ({
      title: s.title,
      minutes: s.minutes,
      notes: s.notes ?? '',
      questions: s.questions.flatMap((slug) => {
        const q = bySlug.get(slug);
        return q ? [{ questionId: q.id, notes: '' }] : [];
      }),
    })),
  };
  const kit = await createKit(db, author, content, `${input.pack}/${input.kit}`);
  return { kit, missing: slugs.filter((s) => !bySlug.has(s)) };
}

const LEVEL_NAMES = { junior: 'junior', mid: 'mid-level', senior: 'senior' } as const;

/** Picks in order, grouped into one section per category (in the order each first appears). */
function sectionsFor(picks: { q: repo.QuestionFacts; reason: string }[]) {
  const groups: { title: string; picks: typeof picks }[] = [];
  for (const pick of picks) {
    const open = groups.find((g) => g.title === pick.q.category && g.picks.length < MAX_QUESTIONS_PER_SECTION);
    if (open) open.picks.push(pick);
    else groups.push({ title: pick.q.category, picks: [pick] });
  }
  return groups;
}

/**
 * A proposed kit for the constraints, with the reason for each pick and what could not be met.
 * Nothing is saved: the client saves the proposal (edited or not) with createKit.
 */
export async function proposeKit(db: Db, workspaceId: string, body: AssembleKitBody): Promise<AssembledKitProposal> {
  const c = assembleKitBodySchema.parse(body);
  let alreadyAsked: string[] = [];
  if (c.candidateId) {
    if (!(await repo.candidateExists(db, workspaceId, c.candidateId))) throw new AppError('not_found', `No candidate has the id "${c.candidateId}".`);
    alreadyAsked = await repo.listSlugsAskedOf(db, workspaceId, c.candidateId);
  }
  // The database applies the type and tag filters (so a narrow request reads few rows); core gets
  // the narrowed pool and the rest of the constraints, and explains its picks.
  const pool = await repo.listAssemblyPool(db, workspaceId, c);
  // Titles are not needed to choose (the picks' are read below); tags were filtered in SQL.
  const candidates: KitCandidate[] = pool.map((q) => ({ ...q, title: q.slug, tags: [], difficulty: q.difficulty as Difficulty }));
  const assembled = assembleKit(candidates, {
    minutes: c.minutes,
    reserveMinutes: Math.min(c.reserveMinutes, c.minutes),
    mix: c.mix ?? LEVEL_MIXES[c.level],
    minCategories: c.minCategories,
    excludeSlugs: alreadyAsked,
    seed: c.seed,
  });
  const idOf = new Map(pool.map((q) => [q.slug, q.id]));
  const picked = new Map((await repo.findQuestionFacts(db, workspaceId, assembled.picks.map((p) => idOf.get(p.slug)!))).map((q) => [q.slug, q]));

  const warnings = [...assembled.warnings];
  const reserve = c.reserveMinutes > 0 ? 1 : 0;
  // A question deleted in the meantime is simply not proposed.
  let groups = sectionsFor(assembled.picks.flatMap((p) => (picked.get(p.slug) ? [{ q: picked.get(p.slug)!, reason: p.reason }] : [])));
  if (groups.length + reserve > MAX_SECTIONS) {
    groups = groups.slice(0, MAX_SECTIONS - reserve);
    warnings.push(`A kit holds at most ${MAX_SECTIONS} sections: only the first ${groups.length} categories were kept.`);
  }
  const sections: KitContent['sections'] = groups.map((g) => ({
    title: g.title,
    minutes: clamp(g.picks.reduce((n, p) => n + p.q.minutes, 0), SECTION_MINUTES),
    notes: '',
    questions: g.picks.map((p) => ({ questionId: p.q.id, notes: '' })),
  }));
  if (reserve)
    sections.push({ title: "Introductions and the candidate's questions", minutes: clamp(c.reserveMinutes, SECTION_MINUTES), notes: '', questions: [] });

  const picks = groups.flatMap((g, section) =>
    g.picks.map(({ q, reason }) => ({ id: q.id, slug: q.slug, title: q.title, category: q.category, difficulty: q.difficulty as Difficulty, type: q.type as AssembledKitProposal['picks'][number]['type'], minutes: q.minutes, reason, section })),
  );
  const plannedMinutes = picks.reduce((n, p) => n + p.minutes, 0);
  const timeWarnings = kitTimeWarnings({
    minutes: c.minutes,
    sections: sections.map((s, i) => ({ title: s.title, minutes: s.minutes, plannedMinutes: groups[i]?.picks.reduce((n, p) => n + p.q.minutes, 0) ?? 0 })),
  });
  const level = c.mix ? '' : ` ${LEVEL_NAMES[c.level]}`;
  return {
    kit: {
      name: c.name ?? `${c.minutes}-minute${level} interview`,
      description: 'Assembled from constraints.',
      minutes: c.minutes,
      notes: '',
      sections,
    },
    picks,
    plannedMinutes,
    categories: [...new Set(picks.map((p) => p.category))].sort(),
    warnings: [...warnings, ...timeWarnings],
    alreadyAsked,
  };
}
