import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { AppError } from '../../../core/errors';
import { CV_TEXT_MAX_CHARS, extractCvText, normaliseCvText } from './cv-text';
import { detectCv } from './cv-file';
import { makeDocx, makeDocxBomb, makePdf, makeScannedPdf } from './fixtures/cv-fixtures';

const failure = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
};

describe('extractCvText', () => {
  it(`reads a PDF's text on this Node (${process.version}), where unpdf's PDF.js brings its own Promise.withResolvers`, async () => {
    const text = await extractCvText('pdf', makePdf(['Ada Lovelace', 'Kubernetes operators in Go (2019-2024)', 'Back\\slash']));
    expect(text).toBe('Ada Lovelace\nKubernetes operators in Go (2019-2024)\nBack\\slash');
  });

  it('leaves the bytes it was given untouched, so the original can be stored', async () => {
    const pdf = makePdf(['Ada']);
    const copy = pdf.slice();
    await extractCvText('pdf', pdf);
    expect(pdf).toEqual(copy);
  });

  it('finds no text in a scanned PDF, without failing', async () => {
    expect(await extractCvText('pdf', makeScannedPdf())).toBe('');
  });

  it('refuses a damaged PDF as unreadable', async () => {
    const pdf = makePdf(['Ada']);
    const error = await failure(extractCvText('pdf', pdf.subarray(0, 40)));
    expect(error.code).toBe('file_unreadable');
    expect(error.message).toMatch(/damaged/);
  });

  it('reads a DOCX paragraph by paragraph', async () => {
    expect(await extractCvText('docx', makeDocx(['Grace Hopper', 'Compilers & <COBOL>']))).toBe('Grace Hopper\n\nCompilers & <COBOL>');
  });

  it('refuses a DOCX that would inflate past the limit, before mammoth reads it', async () => {
    // 80 MB of spaces deflates to about 80 KB: a small upload that would fill memory.
    const bomb = makeDocxBomb(80 * 1024 * 1024);
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    expect(detectCv(bomb, 'cv.docx').kind).toBe('docx');
    const error = await failure(extractCvText('docx', bomb));
    expect(error.code).toBe('file_unreadable');
    expect(error.message).toMatch(/more than 64 MB/);
  });

  it('refuses a zip that is not a Word document inside', async () => {
    const error = await failure(extractCvText('docx', zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('not xml <') })));
    expect(error.code).toBe('file_unreadable');
  });

  it('takes text and markdown as decoded', async () => {
    expect(await extractCvText('markdown', strToU8('# Ada'), '# Ada\r\n\r\n\r\n\r\n- engines')).toBe('# Ada\n\n- engines');
  });
});

describe('normaliseCvText', () => {
  it('tidies whitespace and drops what PostgreSQL text cannot hold', () => {
    expect(normaliseCvText('  a\u0000b\t\tc \r\n\n\n\n d\u00ad\ufeff ')).toBe('ab c\n\nd');
    expect(normaliseCvText('lone \ud800 surrogate')).toBe('lone \ufffd surrogate');
  });

  it(`keeps at most ${CV_TEXT_MAX_CHARS} characters, never half a surrogate pair`, () => {
    const text = normaliseCvText('a'.repeat(CV_TEXT_MAX_CHARS - 1) + '😀😀');
    expect(text).toHaveLength(CV_TEXT_MAX_CHARS);
    expect(text.endsWith('\ufffd')).toBe(true);
  });
});
