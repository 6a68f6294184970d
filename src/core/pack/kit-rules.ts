// What makes a starter kit runnable: every question exists in the pack, the sections fill the
// kit's time exactly, and each section's questions fit its time box with their follow-ups.
import type { KitFile } from '../../shared/pack.schema';

export interface KitIssue {
  path: (string | number)[];
  message: string;
}

/** Problems with a kit, given the minutes of each question the pack holds. */
export function kitIssues(kit: KitFile, minutesBySlug: ReadonlyMap<string, number>, expectedSlug?: string): KitIssue[] {
  const issues: KitIssue[] = [];
  if (expectedSlug !== undefined && kit.slug !== expectedSlug) issues.push({ path: ['slug'], message: `must equal the file name "${expectedSlug}"` });
  const sectionTotal = kit.sections.reduce((sum, s) => sum + s.minutes, 0);
  if (sectionTotal !== kit.minutes) issues.push({ path: ['minutes'], message: `the sections add up to ${sectionTotal} minutes, not ${kit.minutes}` });
  const seen = new Set<string>();
  kit.sections.forEach((section, i) => {
    let planned = 0;
    section.questions.forEach((slug, j) => {
      const minutes = minutesBySlug.get(slug);
      if (minutes === undefined) issues.push({ path: ['sections', i, 'questions', j], message: `no question "${slug}" in this pack` });
      else planned += minutes;
      if (seen.has(slug)) issues.push({ path: ['sections', i, 'questions', j], message: `"${slug}" is asked twice` });
      seen.add(slug);
    });
    if (planned > section.minutes)
      issues.push({ path: ['sections', i, 'minutes'], message: `"${section.title}" plans ${planned} minutes of questions in ${section.minutes}` });
  });
  return issues;
}
