import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strToU8 } from 'fflate';
import { CV_MAX_BYTES } from '../../../shared/candidate.schema';
import { createTestApp, type TestApp } from '../../test/test-app';
import { makeDocx, makePdf, makeScannedPdf, PNG_BYTES } from './fixtures/cv-fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

interface Current {
  id: string;
  etag: string;
}

async function createCandidate(name = 'Margaret Hamilton', email = 'margaret@example.com'): Promise<Current> {
  const res = await t.inject({ method: 'POST', url: '/api/v1/candidates', payload: { name, email, roleApplied: 'Flight software lead' } });
  expect(res.statusCode, res.body).toBe(201);
  return { id: res.json().id, etag: res.headers.etag as string };
}

const form = (...files: { name: string; bytes: Uint8Array; type?: string }[]) => {
  const data = new FormData();
  for (const f of files) data.append('file', new Blob([f.bytes as Uint8Array<ArrayBuffer>], { type: f.type ?? 'application/octet-stream' }), f.name);
  return data;
};
const upload = (c: Current, name: string, bytes: Uint8Array, type?: string) =>
  t.inject({ method: 'PUT', url: `/api/v1/candidates/${c.id}/cv`, headers: { 'if-match': c.etag }, payload: form({ name, bytes, type }) });
const search = async (q: string) => (await t.inject({ url: `/api/v1/candidates?q=${encodeURIComponent(q)}` })).json();

describe('PUT /api/v1/candidates/:id/cv', () => {
  it('stores a PDF, extracts its text, and search finds the candidate by a word only in the CV, with a highlighted snippet', async () => {
    const c = await createCandidate('Margaret Hamilton', 'margaret@example.com');
    const pdf = makePdf(['Margaret Hamilton', 'Led the Apollo guidance software team.', 'Asynchronous executive with priority scheduling.']);
    const res = await upload(c, 'Margaret CV.pdf', pdf, 'image/png');
    expect(res.statusCode, res.body).toBe(200);
    const candidate = res.json();
    // The type comes from the bytes, not from what the client claimed.
    expect(candidate.cv).toMatchObject({ filename: 'Margaret CV.pdf', kind: 'pdf', mediaType: 'application/pdf', size: pdf.byteLength, textExtracted: true });
    expect(candidate.cvText).toContain('Apollo guidance software');
    expect(candidate.version).toBe(2);
    expect(res.headers.etag).not.toBe(c.etag);

    const found = await search('apollo');
    expect(found.items.map((i: { id: string }) => i.id)).toEqual([c.id]);
    expect(found.items[0].hasCv).toBe(true);
    const highlighted = found.items[0].snippet.filter((s: { highlight: boolean }) => s.highlight).map((s: { text: string }) => s.text);
    expect(highlighted).toEqual(['Apollo']);
    // Stemmed and prefix forms reach the CV too.
    expect((await search('schedul')).items.map((i: { id: string }) => i.id)).toEqual([c.id]);
    expect((await search('hamilton guidance')).items.map((i: { id: string }) => i.id)).toEqual([c.id]);
  });

  it('downloads the original bytes as an attachment with a safe name, the detected type and nosniff', async () => {
    const c = await createCandidate('José Núñez', 'jose@example.com');
    const pdf = makePdf(['José']);
    expect((await upload(c, '../../secret/José "CV".pdf', pdf)).statusCode).toBe(200);
    const res = await t.inject({ url: `/api/v1/candidates/${c.id}/cv` });
    expect(res.statusCode).toBe(200);
    expect(new Uint8Array(res.rawPayload)).toEqual(pdf);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="Jose CV.pdf"; filename*=UTF-8''Jos%C3%A9%20CV.pdf`);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(res.headers['content-security-policy']).toContain('sandbox');
    const viewer = await t.addUser('viewer');
    expect((await t.inject({ url: `/api/v1/candidates/${c.id}/cv`, headers: viewer.auth })).statusCode).toBe(200);
    expect((await t.inject({ method: 'PUT', url: `/api/v1/candidates/${c.id}/cv`, headers: { ...viewer.auth, 'if-match': '*' }, payload: form({ name: 'x.txt', bytes: strToU8('x') }) })).statusCode).toBe(403);
  });

  it('reads a DOCX, plain text and markdown, each served back as its own type', async () => {
    const cases = [
      { name: 'cv.docx', bytes: makeDocx(['Barbara Liskov', 'Substitution principle']), kind: 'docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', word: 'substitution' },
      { name: 'cv.txt', bytes: strToU8('Frances Allen\nOptimising compilers'), kind: 'text', type: 'text/plain; charset=utf-8', word: 'optimising' },
      { name: 'cv.md', bytes: strToU8('# Radia Perlman\n\n- spanning tree protocol'), kind: 'markdown', type: 'text/markdown; charset=utf-8', word: 'spanning' },
    ];
    for (const item of cases) {
      const c = await createCandidate(`Person with ${item.kind}`, `${item.kind}@example.com`);
      const res = await upload(c, item.name, item.bytes);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().cv).toMatchObject({ kind: item.kind, mediaType: item.type, textExtracted: true });
      expect((await search(item.word)).items.map((i: { id: string }) => i.id)).toEqual([c.id]);
      const download = await t.inject({ url: `/api/v1/candidates/${c.id}/cv` });
      expect(download.headers['content-type']).toBe(item.type);
      expect(new Uint8Array(download.rawPayload)).toEqual(item.bytes);
    }
  });

  it('refuses an image renamed .pdf with 415 unsupported_media_type, and stores nothing', async () => {
    const c = await createCandidate();
    const res = await upload(c, 'cv.pdf', PNG_BYTES, 'application/pdf');
    expect(res.statusCode).toBe(415);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ code: 'unsupported_media_type', errors: [{ in: 'file', name: 'file', message: 'is a PNG image' }] });
    const after = await t.inject({ url: `/api/v1/candidates/${c.id}` });
    expect(after.json()).toMatchObject({ cv: null, version: 1 });
  });

  it('keeps a scanned PDF and says its text could not be extracted', async () => {
    const c = await createCandidate();
    const res = await upload(c, 'scan.pdf', makeScannedPdf());
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().cv).toMatchObject({ kind: 'pdf', textExtracted: false });
    expect(res.json().cvText).toBe('');
    expect((await t.inject({ url: `/api/v1/candidates/${c.id}/cv` })).statusCode).toBe(200);
  });

  it('refuses a file over the limit with 413 payload_too_large', async () => {
    const c = await createCandidate();
    const big = new Uint8Array(CV_MAX_BYTES + 1).fill(0x41);
    const res = await upload(c, 'huge.txt', big);
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ code: 'payload_too_large' });
    expect(res.json().detail).toContain('10 MB');
    expect((await t.inject({ url: `/api/v1/candidates/${c.id}` })).json().cv).toBeNull();
  });

  it('refuses two files, no file, a JSON body, a damaged PDF, and a missing or stale If-Match', async () => {
    const c = await createCandidate();
    const url = `/api/v1/candidates/${c.id}/cv`;
    const two = await t.inject({ method: 'PUT', url, headers: { 'if-match': c.etag }, payload: form({ name: 'a.txt', bytes: strToU8('a') }, { name: 'b.txt', bytes: strToU8('b') }) });
    expect([two.statusCode, two.json().code]).toEqual([400, 'validation_failed']);
    const none = new FormData();
    none.append('note', 'no file here');
    const empty = await t.inject({ method: 'PUT', url, headers: { 'if-match': c.etag }, payload: none });
    expect([empty.statusCode, empty.json().code]).toEqual([400, 'validation_failed']);
    const json = await t.inject({ method: 'PUT', url, headers: { 'if-match': c.etag }, payload: { file: 'x' } });
    expect([json.statusCode, json.json().code]).toEqual([415, 'unsupported_media_type']);
    const damaged = await upload(c, 'cv.pdf', makePdf(['x']).subarray(0, 60));
    expect([damaged.statusCode, damaged.json().code]).toEqual([422, 'file_unreadable']);
    const missing = await t.inject({ method: 'PUT', url, payload: form({ name: 'a.txt', bytes: strToU8('a') }) });
    expect(missing.statusCode).toBe(428);
    const stale = await upload({ ...c, etag: '"v9-0000000000000000"' }, 'a.txt', strToU8('a'));
    expect(stale.statusCode).toBe(412);
    expect((await t.inject({ url: `/api/v1/candidates/${c.id}` })).json()).toMatchObject({ cv: null, version: 1 });
  });

  it('replacing the CV replaces its text; removing it removes both, and search forgets', async () => {
    const c = await createCandidate('Hedy Lamarr', 'hedy@example.com');
    let res = await upload(c, 'one.txt', strToU8('Frequency hopping spread spectrum'));
    res = await upload({ id: c.id, etag: res.headers.etag as string }, 'two.txt', strToU8('Torpedo guidance radio'));
    expect(res.json().cvText).toBe('Torpedo guidance radio');
    expect((await search('frequency')).items).toEqual([]);
    expect((await search('torpedo')).items.map((i: { id: string }) => i.id)).toEqual([c.id]);

    expect((await t.inject({ method: 'DELETE', url: `/api/v1/candidates/${c.id}/cv` })).statusCode).toBe(428);
    const removed = await t.inject({ method: 'DELETE', url: `/api/v1/candidates/${c.id}/cv`, headers: { 'if-match': res.headers.etag as string } });
    expect(removed.statusCode).toBe(200);
    expect(removed.json()).toMatchObject({ cv: null, cvText: '', version: 4 });
    expect((await search('torpedo')).items).toEqual([]);
    expect((await t.inject({ url: `/api/v1/candidates/${c.id}/cv` })).statusCode).toBe(404);
    const again = await t.inject({ method: 'DELETE', url: `/api/v1/candidates/${c.id}/cv`, headers: { 'if-match': removed.headers.etag as string } });
    expect(again.statusCode).toBe(404);
  });

  it('audits uploads and removals without the file name, and writes no personal data to the logs', async () => {
    const c = await createCandidate('Evelyn Boyd Granville', 'evelyn.granville@example.com');
    const res = await upload(c, 'Evelyn Granville résumé.pdf', makePdf(['Evelyn Boyd Granville', 'Orbit computations for Project Mercury']));
    expect(res.statusCode).toBe(200);
    await t.inject({ url: `/api/v1/candidates?q=${encodeURIComponent('Granville mercury')}` });
    await t.inject({ url: `/api/v1/candidates/${c.id}/cv` });
    const events = (await t.inject({ url: '/api/v1/audit?action=candidate.cv&limit=100' })).json().items;
    const mine = events.filter((e: { targetId: string }) => e.targetId === c.id);
    expect(mine.map((e: { action: string; details: unknown }) => [e.action, e.details])).toEqual([['candidate.cv.upload', { kind: 'pdf', size: expect.any(Number), textExtracted: true }]]);
    const logs = JSON.stringify(t.logs);
    expect(logs).toContain('/api/v1/candidates?q=[redacted]');
    expect(logs).not.toMatch(/Evelyn|Granville|evelyn\.granville|Mercury|résumé/i);
  });
});
