// The text inside a CV, for search and for interviewers to skim: PDF through unpdf (PDF.js), DOCX
// through mammoth, text as it is. Uploads are untrusted, so each reader runs within limits: pages
// read, bytes a zip may inflate to, characters kept.
import mammoth from 'mammoth';
import { Unzip, UnzipInflate } from 'fflate';
import { getDocumentProxy } from 'unpdf';
import { AppError } from '../../../core/errors';
import type { CvKind } from '../../../shared/candidate.schema';

/** Characters of text kept: about 40 dense pages, and far below PostgreSQL's 1 MB tsvector limit. */
export const CV_TEXT_MAX_CHARS = 100_000;
const PDF_MAX_PAGES = 60;
/** A 10 MB zip may inflate a thousandfold; a real DOCX inflates to a few megabytes. */
const DOCX_MAX_INFLATED_BYTES = 64 * 1024 * 1024;
/** Pushed to the inflater in slices this small, so one slice cannot inflate past the limit by much. */
const INFLATE_SLICE = 4096;

const unreadable = (message: string) => new AppError('file_unreadable', message, { errors: [{ in: 'file', name: 'file', message }] });

/** Whitespace tidied, characters PostgreSQL text cannot hold removed, at most CV_TEXT_MAX_CHARS. */
export function normaliseCvText(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u00ad\ufeff]/g, '')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .slice(0, CV_TEXT_MAX_CHARS)
    // Lone surrogates (from a broken file, or the cut just made) cannot be stored as UTF-8.
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  let document: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // A copy: PDF.js may take ownership of the buffer it is given, and the original is stored.
    // verbosity 0: PDF.js would otherwise print warnings about the file to stdout.
    document = await getDocumentProxy(bytes.slice(), { verbosity: 0, isEvalSupported: false, stopAtErrors: false });
  } catch (e) {
    if ((e as Error).name === 'PasswordException') throw unreadable('The PDF is protected with a password. Save a copy without one and upload that.');
    throw unreadable('The file starts like a PDF but could not be read as one; it may be damaged. Export it again and upload the new file.');
  }
  try {
    const pages: string[] = [];
    let length = 0;
    for (let n = 1; n <= Math.min(document.numPages, PDF_MAX_PAGES) && length < CV_TEXT_MAX_CHARS; n++) {
      const content = await (await document.getPage(n)).getTextContent();
      const text = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('');
      pages.push(text);
      length += text.length;
    }
    return pages.join('\n\n');
  } catch {
    throw unreadable('The PDF could not be read to the end; it may be damaged. Export it again and upload the new file.');
  } finally {
    await document.destroy();
  }
}

/** Inflates every entry (and throws the result away) to prove the zip stays within the limit. */
function assertInflatesWithinLimit(bytes: Uint8Array): void {
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  let total = 0;
  unzip.onfile = (file) => {
    file.ondata = (error, chunk) => {
      if (error) throw error;
      total += chunk.length;
      if (total > DOCX_MAX_INFLATED_BYTES) throw unreadable('The Word document unpacks to more than 64 MB, far more than any CV; it was not read.');
    };
    file.start();
  };
  try {
    for (let i = 0; i < bytes.length; i += INFLATE_SLICE) unzip.push(bytes.subarray(i, i + INFLATE_SLICE), i + INFLATE_SLICE >= bytes.length);
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw unreadable('The Word document could not be unpacked; it may be damaged. Save it again and upload the new file.');
  }
}

async function docxText(bytes: Uint8Array): Promise<string> {
  assertInflatesWithinLimit(bytes);
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    return result.value;
  } catch {
    throw unreadable('The file could not be read as a Word document; it may be damaged. Save it again as .docx or PDF and upload that.');
  }
}

/**
 * The CV's text, normalised. An empty string means the file holds no text that can be read (a
 * scanned PDF): the file is still worth keeping. A file that cannot be read at all throws 422.
 */
export async function extractCvText(kind: CvKind, bytes: Uint8Array, decodedText?: string): Promise<string> {
  if (kind === 'pdf') return normaliseCvText(await pdfText(bytes));
  if (kind === 'docx') return normaliseCvText(await docxText(bytes));
  return normaliseCvText(decodedText ?? new TextDecoder().decode(bytes));
}
