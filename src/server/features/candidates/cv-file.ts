// What an uploaded CV really is, decided by its bytes (a PNG renamed cv.pdf is still a PNG), and
// the names it is stored and downloaded under. The stored media type comes from here, never from
// the client, so a download can only ever be served as one of four harmless types.
import { unzipSync } from 'fflate';
import { AppError } from '../../../core/errors';
import type { CvKind } from '../../../shared/candidate.schema';

export const CV_MEDIA_TYPES: Record<CvKind, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  text: 'text/plain',
  markdown: 'text/markdown',
};

export interface DetectedCv {
  kind: CvKind;
  /** With a charset for text. */
  mediaType: string;
  /** The decoded content of a text or markdown file. */
  text?: string;
}

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) => signature.every((b, i) => bytes[offset + i] === b);
const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

/** Binary formats people send instead of a CV, named so the refusal can say what the file was. */
function describeOtherFormat(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return 'a PNG image';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'a JPEG image';
  if (ascii(bytes, 0, 4) === 'GIF8') return 'a GIF image';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'a WebP image';
  if (ascii(bytes, 0, 4) === 'II*\0' || ascii(bytes, 0, 4) === 'MM\0*') return 'a TIFF image';
  if (ascii(bytes, 4, 8) === 'ftyp') return 'an image or video (HEIC, AVIF or MP4)';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'a Word 97–2003 document (.doc)';
  if (startsWith(bytes, [0x1f, 0x8b]) || ascii(bytes, 0, 6) === '7z\xbc\xaf\x27\x1c' || ascii(bytes, 0, 4) === 'Rar!') return 'a compressed archive';
  if (ascii(bytes, 0, 2) === 'MZ' || ascii(bytes, 0, 4) === '\x7fELF') return 'a program';
  return undefined;
}

/** PDF readers accept the header anywhere in the first kilobyte, so this does too. */
const isPdf = (bytes: Uint8Array) => ascii(bytes, 0, Math.min(bytes.length, 1024)).includes('%PDF-');

/** The entry names of a zip, read from its central directory without inflating anything. */
function zipEntries(bytes: Uint8Array): string[] | undefined {
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name);
        return false;
      },
    });
  } catch {
    return undefined;
  }
  return names;
}

function describeZip(names: string[]): string {
  if (names.includes('content.xml') && names.includes('mimetype')) return 'an OpenDocument file (.odt)';
  if (names.some((n) => n.startsWith('xl/'))) return 'an Excel workbook';
  if (names.some((n) => n.startsWith('ppt/'))) return 'a PowerPoint presentation';
  return 'a ZIP archive';
}

// Node 20's TextDecoder reads "windows-1252" as Latin-1, turning 0x80–0x9F (dashes, quotes, €)
// into control characters; this is the code page's own table for those 32 bytes.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const decodeWindows1252 = (bytes: Uint8Array) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);

/** Text as people save it: UTF-8 (with or without a BOM), UTF-16 with a BOM, or Windows-1252. */
function decodeText(bytes: Uint8Array): { text: string; charset: string } | undefined {
  let decoded: { text: string; charset: string };
  if (startsWith(bytes, [0xff, 0xfe])) decoded = { text: new TextDecoder('utf-16le').decode(bytes), charset: 'utf-16le' };
  else if (startsWith(bytes, [0xfe, 0xff])) decoded = { text: new TextDecoder('utf-16be').decode(bytes), charset: 'utf-16be' };
  else {
    try {
      decoded = { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), charset: 'utf-8' };
    } catch {
      decoded = { text: decodeWindows1252(bytes), charset: 'windows-1252' };
    }
  }
  // Binary data decodes too, into NULs and control characters that no text file is made of.
  const controls = decoded.text.match(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g)?.length ?? 0;
  if (decoded.text.includes('\u0000') || controls > decoded.text.length / 100) return undefined;
  return decoded;
}

const refuse = (filename: string, what: string) =>
  new AppError(
    'unsupported_media_type',
    `“${filename}” is ${what}. Upload the CV as a PDF, a Word document (.docx), or a plain-text or markdown file.`,
    { errors: [{ in: 'file', name: 'file', message: `is ${what}` }] },
  );

/** Decides the CV's type from its content; refuses (415) anything that is not PDF, DOCX or text. */
export function detectCv(bytes: Uint8Array, filename: string): DetectedCv {
  if (bytes.length === 0) throw new AppError('validation_failed', 'The file is empty.', { errors: [{ in: 'file', name: 'file', message: 'is empty' }] });
  if (isPdf(bytes)) return { kind: 'pdf', mediaType: CV_MEDIA_TYPES.pdf };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const names = zipEntries(bytes);
    if (!names) throw refuse(filename, 'a damaged ZIP or Word file');
    if (names.includes('word/document.xml') && names.includes('[Content_Types].xml')) return { kind: 'docx', mediaType: CV_MEDIA_TYPES.docx };
    throw refuse(filename, describeZip(names));
  }
  // RTF is text to a decoder, but its text is markup: refuse it rather than index "\\par".
  if (ascii(bytes, 0, 5) === '{\\rtf') throw refuse(filename, 'an RTF document');
  const decoded = decodeText(bytes);
  if (!decoded) throw refuse(filename, describeOtherFormat(bytes) ?? 'neither a PDF, a Word document nor text');
  const kind: CvKind = /\.(md|markdown)$/i.test(filename) ? 'markdown' : 'text';
  return { kind, mediaType: `${CV_MEDIA_TYPES[kind]}; charset=${decoded.charset}`, text: decoded.text };
}

const EXTENSIONS: Record<CvKind, string[]> = { pdf: ['pdf'], docx: ['docx'], text: ['txt', 'text'], markdown: ['md', 'markdown'] };
const MAX_NAME = 120;

/**
 * The uploaded name without a path, control characters or characters file systems refuse, at most
 * 120 characters, ending in an extension of what the file really is ("cv" → "cv.pdf").
 */
export function safeCvFilename(uploaded: string, kind: CvKind): string {
  // Browsers send " CR LF in multipart file names as %22 %0D %0A (the HTML form encoding).
  const decoded = uploaded.replace(/%22|%0d|%0a/gi, (escape) => (escape === '%22' ? '"' : ' '));
  const base = decoded.split(/[/\\]/).at(-1) ?? '';
  let name = base
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f-\u009f<>:"|?*\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  let stem = EXTENSIONS[kind].includes(extension) ? name.slice(0, dot) : name;
  stem = stem.replace(/[.\s]+$/, '');
  if (!stem) stem = 'cv';
  const ending = `.${EXTENSIONS[kind].includes(extension) ? extension : EXTENSIONS[kind][0]}`;
  name = Array.from(stem).slice(0, MAX_NAME - ending.length).join('').trim() + ending;
  return name;
}

/**
 * Content-Disposition for a download: always an attachment (never rendered in Candor's origin),
 * an ASCII fallback name and the exact name in RFC 8187 encoding for browsers that read it.
 */
export function contentDisposition(filename: string): string {
  const fallback = filename.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/["\\%;]/g, '_').trim() || 'cv';
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
