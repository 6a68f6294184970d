import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strToU8 } from 'fflate';
import { createTestApp, type TestApp, type TestUser } from '../../test/test-app';

let t: TestApp;
/** A workspace of its own, so counts are exact whatever other tests add. */
let team: TestUser;
const ids: Record<string, string> = {};

const PEOPLE = [
  { name: 'Tom Jones', email: 'tom.jones@example.com', roleApplied: 'Site reliability engineer', notes: 'Referred by Priya.', status: 'active', cv: 'Ran Kubernetes clusters and wrote Terraform modules.' },
  { name: 'Ana Hughes', email: 'ana@hughes.dev', roleApplied: 'Backend developer', notes: '', status: 'active', cv: 'Built payment APIs in Go with idempotency keys.' },
  { name: 'Li Wei', email: 'li.wei@example.org', roleApplied: 'Data engineer', notes: 'Prefers remote work.', status: 'offer', cv: 'Big data pipelines with Spark and Java.' },
  { name: 'Sam Okafor', email: null, roleApplied: 'Backend developer', notes: 'Asked about Java and Kotlin.', status: 'rejected', cv: '' },
  { name: 'Noor Haddad', email: 'noor@example.com', roleApplied: 'Platform engineer', notes: '', status: 'hired', cv: 'Kubernetes operators in Go; big data is not my thing.' },
];

beforeAll(async () => {
  t = await createTestApp();
  team = await t.addWorkspace('Search team');
  for (const { cv, ...person } of PEOPLE) {
    const res = await t.inject({ method: 'POST', url: '/api/v1/candidates', headers: team.auth, payload: person });
    expect(res.statusCode, res.body).toBe(201);
    ids[person.name] = res.json().id;
    if (cv) {
      const form = new FormData();
      form.append('file', new Blob([cv]), 'cv.txt');
      const up = await t.inject({ method: 'PUT', url: `/api/v1/candidates/${res.json().id}/cv`, headers: { ...team.auth, 'if-match': res.headers.etag as string }, payload: form });
      expect(up.statusCode, up.body).toBe(200);
    }
  }
});
afterAll(() => t.close());

const list = async (query: string) => {
  const res = await t.inject({ url: `/api/v1/candidates?${query}`, headers: team.auth });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { items: { id: string; name: string; snippet: { text: string; highlight: boolean }[] | null }[]; total: number; statusCounts: Record<string, number>; nextCursor: string | null };
};
const names = async (q: string, extra = '') => (await list(`q=${encodeURIComponent(q)}${extra}`)).items.map((i) => i.name).sort();

describe('GET /api/v1/candidates', () => {
  it('lists newest first, with counts per status and a total', async () => {
    const page = await list('');
    expect(page.items.map((i) => i.name)).toEqual(PEOPLE.map((p) => p.name).reverse());
    expect(page.total).toBe(5);
    expect(page.statusCounts).toEqual({ active: 2, offer: 1, hired: 1, rejected: 1, withdrawn: 0 });
    expect(page.nextCursor).toBeNull();
  });

  it('filters by status (repeatable); counts stay those of every status', async () => {
    const page = await list('status=active&status=hired');
    expect(page.items.map((i) => i.name).sort()).toEqual(['Ana Hughes', 'Noor Haddad', 'Tom Jones']);
    expect(page.total).toBe(3);
    expect(page.statusCounts.rejected).toBe(1);
    const bad = await t.inject({ url: '/api/v1/candidates?status=maybe', headers: team.auth });
    expect(bad.statusCode).toBe(400);
  });

  it('pages by keyset: every candidate once, even when one is added between pages', async () => {
    const seen: string[] = [];
    let page = await list('limit=2');
    seen.push(...page.items.map((i) => i.name));
    const late = await t.inject({ method: 'POST', url: '/api/v1/candidates', headers: team.auth, payload: { name: 'Late Arrival' } });
    while (page.nextCursor) {
      page = await list(`limit=2&cursor=${page.nextCursor}`);
      seen.push(...page.items.map((i) => i.name));
    }
    expect(seen).toEqual(PEOPLE.map((p) => p.name).reverse());
    await t.inject({ method: 'DELETE', url: `/api/v1/candidates/${late.json().id}`, headers: { ...team.auth, 'if-match': late.headers.etag as string } });
  });

  it('refuses a cursor it did not issue, or one from a search used without it', async () => {
    expect((await t.inject({ url: '/api/v1/candidates?cursor=nonsense', headers: team.auth })).json().code).toBe('invalid_cursor');
    const searched = await list('q=backend&limit=1');
    expect(searched.nextCursor).not.toBeNull();
    const misuse = await t.inject({ url: `/api/v1/candidates?cursor=${searched.nextCursor}`, headers: team.auth });
    expect([misuse.statusCode, misuse.json().code]).toEqual([400, 'invalid_cursor']);
  });

  it('searches names as written (not stemmed), emails, roles, notes and CV text', async () => {
    expect(await names('Jones')).toEqual(['Tom Jones']);
    expect(await names('hughes')).toEqual(['Ana Hughes']);
    expect(await names('li.wei@example.org')).toEqual(['Li Wei']);
    expect(await names('reliability')).toEqual(['Tom Jones']);
    expect(await names('remote')).toEqual(['Li Wei']);
    expect(await names('terraform')).toEqual(['Tom Jones']);
    // A name and a CV word together: each word may match in a different field.
    expect(await names('jones kubernetes')).toEqual(['Tom Jones']);
    expect(await names('the kubernetes')).toEqual(['Noor Haddad', 'Tom Jones']);
  });

  it('matches the last word as a prefix while typing, phrases in order, and leaves out -words', async () => {
    expect(await names('kube')).toEqual(['Noor Haddad', 'Tom Jones']);
    expect(await names('Okaf')).toEqual(['Sam Okafor']);
    expect(await names('"big data"')).toEqual(['Li Wei', 'Noor Haddad']);
    expect(await names('"data big"')).toEqual([]);
    expect(await names('kubernetes -terraform')).toEqual(['Noor Haddad']);
    expect(await names('java', '&status=rejected')).toEqual(['Sam Okafor']);
  });

  it('shows a CV snippet only when the CV matched', async () => {
    const byCv = (await list('q=spark')).items[0]!;
    expect(byCv.snippet?.filter((s) => s.highlight).map((s) => s.text)).toEqual(['Spark']);
    // Sam's match is in the notes, and Sam has no CV: no snippet.
    const byNotes = (await list('q=kotlin')).items[0]!;
    expect(byNotes.name).toBe('Sam Okafor');
    expect(byNotes.snippet).toBeNull();
    // Ana matches by role; her CV does not mention it.
    const byRole = (await list('q=backend')).items.find((i) => i.name === 'Ana Hughes')!;
    expect(byRole.snippet).toBeNull();
  });

  it('finds the snippet deep in a long CV, around the match', async () => {
    const res = await t.inject({ method: 'POST', url: '/api/v1/candidates', headers: team.auth, payload: { name: 'Long CV' } });
    const form = new FormData();
    form.append('file', new Blob([`${'Operated services on call. '.repeat(1500)}Rewrote the scheduler in Erlang. ${'More text. '.repeat(200)}`]), 'cv.txt');
    await t.inject({ method: 'PUT', url: `/api/v1/candidates/${res.json().id}/cv`, headers: { ...team.auth, 'if-match': res.headers.etag as string }, payload: form });
    const [hit] = (await list('q=erlang')).items;
    expect(hit?.name).toBe('Long CV');
    expect(hit?.snippet?.filter((s) => s.highlight).map((s) => s.text)).toEqual(['Erlang']);
    // Another form of the word: "scheduling" matches "scheduler" by its stem, and the window finds it by "schedul".
    const [stemmed] = (await list('q=scheduling')).items;
    expect(stemmed?.snippet?.filter((s) => s.highlight).map((s) => s.text)).toEqual(['scheduler']);
    await t.inject({ method: 'DELETE', url: `/api/v1/candidates/${res.json().id}`, headers: { ...team.auth, 'if-match': (await t.inject({ url: `/api/v1/candidates/${res.json().id}`, headers: team.auth })).headers.etag as string } });
  });

  it('ranks a name match above a CV mention', async () => {
    await t.inject({ method: 'POST', url: '/api/v1/candidates', headers: team.auth, payload: { name: 'Spark Spencer' } });
    const page = await list('q=spark');
    expect(page.items.map((i) => i.name)).toEqual(['Spark Spencer', 'Li Wei']);
  });

  it('never lists another workspace’s candidates; punctuation alone is no search at all', async () => {
    const mine = await t.inject({ url: '/api/v1/candidates?q=jones' });
    expect(mine.json().items).toEqual([]);
    expect((await list('q=%2B')).total).toBe((await list('')).total);
    expect((await t.inject({ url: `/api/v1/candidates?q=${'x'.repeat(201)}`, headers: team.auth })).statusCode).toBe(400);
  });

  it('handles what a text-file CV may contain: accents and non-Latin scripts', async () => {
    const res = await t.inject({ method: 'POST', url: '/api/v1/candidates', headers: team.auth, payload: { name: 'Zoë Ångström' } });
    const form = new FormData();
    form.append('file', new Blob([strToU8('Développeuse, 数据库 expert')]), 'cv.txt');
    await t.inject({ method: 'PUT', url: `/api/v1/candidates/${res.json().id}/cv`, headers: { ...team.auth, 'if-match': res.headers.etag as string }, payload: form });
    expect(await names('zoë')).toEqual(['Zoë Ångström']);
    expect(await names('développeuse')).toEqual(['Zoë Ångström']);
  });
});
