import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { isAppError } from '../../../core/errors';
import { contentDisposition, detectCv, safeCvFilename } from './cv-file';
import { makeDocx, makePdf, PNG_BYTES } from './fixtures/cv-fixtures';

const refusal = (bytes: Uint8Array, name: string) => {
  try {
    detectCv(bytes, name);
  } catch (e) {
    if (isAppError(e)) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error(`${name} was accepted`);
};

describe('detectCv', () => {
  it('recognises a PDF, a DOCX, text and markdown by their bytes', () => {
    expect(detectCv(makePdf(['Ada']), 'cv.pdf')).toEqual({ kind: 'pdf', mediaType: 'application/pdf' });
    // A PDF named like a Word file is still a PDF.
    expect(detectCv(makePdf(['Ada']), 'cv.docx').kind).toBe('pdf');
    expect(detectCv(makeDocx(['Ada']), 'cv.docx')).toEqual({ kind: 'docx', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
    expect(detectCv(strToU8('Ada Lovelace\nAnalyst'), 'cv.txt')).toEqual({ kind: 'text', mediaType: 'text/plain; charset=utf-8', text: 'Ada Lovelace\nAnalyst' });
    expect(detectCv(strToU8('# Ada\n\n- engines'), 'CV.MD')).toMatchObject({ kind: 'markdown', mediaType: 'text/markdown; charset=utf-8' });
  });

  it('reads text saved as UTF-16 or Windows-1252, and says which', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from('José Núñez', 'utf16le')]);
    expect(detectCv(utf16, 'cv.txt')).toMatchObject({ mediaType: 'text/plain; charset=utf-16le', text: 'José Núñez' });
    // 0x96 is an en dash in Windows-1252, and invalid as UTF-8.
    const windows1252 = new Uint8Array([...Buffer.from('José Núñez ', 'latin1'), 0x96, ...Buffer.from(' CV', 'latin1')]);
    expect(detectCv(windows1252, 'cv.txt')).toMatchObject({ mediaType: 'text/plain; charset=windows-1252', text: 'José Núñez – CV' });
  });

  it('refuses an image renamed .pdf, naming what it is', () => {
    const { code, message } = refusal(PNG_BYTES, 'cv.pdf');
    expect(code).toBe('unsupported_media_type');
    expect(message).toContain('“cv.pdf” is a PNG image');
  });

  it.each([
    ['JPEG', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]), 'photo.pdf', 'a JPEG image'],
    ['DOC', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), 'cv.doc', 'a Word 97–2003 document (.doc)'],
    ['RTF', strToU8('{\\rtf1\\ansi Ada}'), 'cv.rtf', 'an RTF document'],
    ['XLSX', zipSync({ 'xl/workbook.xml': strToU8('<x/>'), '[Content_Types].xml': strToU8('<x/>') }), 'cv.docx', 'an Excel workbook'],
    ['ODT', zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.text'), 'content.xml': strToU8('<x/>') }), 'cv.odt', 'an OpenDocument file (.odt)'],
    ['ZIP', zipSync({ 'notes.txt': strToU8('hello') }), 'cv.zip', 'a ZIP archive'],
    ['broken ZIP', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'cv.docx', 'a damaged ZIP or Word file'],
    ['ELF', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]), 'cv.txt', 'a program'],
    ['binary', new Uint8Array(Array.from({ length: 64 }, (_, i) => (i * 37) % 256)), 'cv.txt', 'neither a PDF, a Word document nor text'],
  ])('refuses %s named %s', (_label, bytes, name, what) => {
    const { code, message } = refusal(bytes, name);
    expect(code).toBe('unsupported_media_type');
    expect(message).toContain(`is ${what}`);
  });

  it('refuses an empty file as invalid, not as a type', () => {
    expect(refusal(new Uint8Array(), 'cv.pdf').code).toBe('validation_failed');
  });
});

describe('safeCvFilename', () => {
  it.each([
    ['Ada Lovelace CV.pdf', 'pdf', 'Ada Lovelace CV.pdf'],
    ['C:\\Users\\ada\\Desktop\\cv.PDF', 'pdf', 'cv.pdf'],
    ['../../etc/passwd', 'text', 'passwd.txt'],
    ['cv', 'pdf', 'cv.pdf'],
    ['photo.png', 'pdf', 'photo.png.pdf'],
    ['notes.md', 'markdown', 'notes.md'],
    ['"quoted"\u0000<evil>|name?.docx', 'docx', 'quotedevilname.docx'],
    ['\u202eexe.pdf', 'pdf', 'exe.pdf'],
    ['My %22best%22 CV.pdf', 'pdf', 'My best CV.pdf'],
    ['...', 'docx', 'cv.docx'],
    ['', 'text', 'cv.txt'],
    ['José Núñez – CV.pdf', 'pdf', 'José Núñez – CV.pdf'],
  ] as const)('%j as %s → %j', (uploaded, kind, expected) => {
    expect(safeCvFilename(uploaded, kind)).toBe(expected);
  });

  it('keeps at most 120 characters and the extension', () => {
    const name = safeCvFilename(`${'a'.repeat(300)}.pdf`, 'pdf');
    expect(name).toHaveLength(120);
    expect(name.endsWith('.pdf')).toBe(true);
  });
});

describe('contentDisposition', () => {
  it('is an attachment with an ASCII fallback and the exact UTF-8 name', () => {
    expect(contentDisposition('José Núñez (CV).pdf')).toBe(`attachment; filename="Jose Nunez (CV).pdf"; filename*=UTF-8''Jos%C3%A9%20N%C3%BA%C3%B1ez%20%28CV%29.pdf`);
    expect(contentDisposition('a;b%c.pdf')).toBe(`attachment; filename="a_b_c.pdf"; filename*=UTF-8''a%3Bb%25c.pdf`);
    expect(contentDisposition('简历.pdf')).toMatch(/^attachment; filename=".pdf"; filename\*=UTF-8''%E7%AE%80%E5%8E%86\.pdf$/);
  });
});
