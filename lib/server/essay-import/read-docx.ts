import 'server-only';
import { JSDOM, VirtualConsole } from 'jsdom';
import mammoth from 'mammoth';
import { parseEssayBlocks, readHtml, type TParsedEssay } from '@/lib/domain/essay';
import { AppError } from '@/lib/server/errors';

const NOT_DOCX =
  'This file is not a Word document (.docx), or it is damaged. Open it in Word or LibreOffice and save it as .docx, or upload it as .txt or .md.';
// Uncompressed size past which a .docx is not an essay but a zip bomb (a few MB inflating to GBs).
const MAX_UNZIPPED_BYTES = 64 * 1024 * 1024;

/**
 * Reads a Word document with mammoth, which maps Word's paragraph styles to HTML (Heading 1–6 →
 * h1–h6, lists, tables) and ignores its looks; the HTML then goes through the same reader as a
 * web article, so headings become sections and the trailer is found the same way. Images are not
 * read (they are not claims), and footnotes are left out of the body.
 */
export async function readDocx(bytes: Buffer): Promise<TParsedEssay> {
  assertZipWithinLimits(bytes);
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: bytes },
      { convertImage: mammoth.images.imgElement(async () => ({ src: '' })), ignoreEmptyParagraphs: true },
    );
    html = result.value;
  } catch {
    throw new AppError('BAD_REQUEST', NOT_DOCX);
  }
  const dom = new JSDOM(`<!doctype html><body>${html}</body>`, { virtualConsole: new VirtualConsole() });
  try {
    const body = dom.window.document.body;
    // mammoth appends footnotes and endnotes as a list and marks their calls with <sup> links.
    for (const element of Array.from(body.querySelectorAll('li[id^="footnote-"], li[id^="endnote-"], sup'))) element.remove();
    for (const list of Array.from(body.querySelectorAll('ol, ul'))) if (list.children.length === 0) list.remove();
    return parseEssayBlocks(readHtml(body, { title: null, byline: null }));
  } finally {
    dom.window.close();
  }
}

/**
 * Checks the zip's central directory before anything is inflated: it must be a zip (a .docx is
 * one) whose entries declare at most MAX_UNZIPPED_BYTES in all. This stops honest zip bombs
 * only: a file whose directory understates its sizes is inflated whole before jszip (under
 * mammoth) notices the mismatch, which is one reason only cohort staff may upload.
 */
function assertZipWithinLimits(bytes: Buffer): void {
  if (bytes.length < 22 || bytes.readUInt32LE(0) !== 0x04034b50) throw new AppError('BAD_REQUEST', NOT_DOCX);
  // The end-of-central-directory record sits in the last 22 bytes plus up to 64 KB of comment.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i -= 1) {
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new AppError('BAD_REQUEST', NOT_DOCX);
  const entries = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  let total = 0;
  for (let n = 0; n < entries; n += 1) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== 0x02014b50) throw new AppError('BAD_REQUEST', NOT_DOCX);
    total += bytes.readUInt32LE(offset + 24);
    if (total > MAX_UNZIPPED_BYTES) {
      throw new AppError('BAD_REQUEST', 'This .docx unpacks to more than 64 MB, far more than an essay: it was refused.');
    }
    offset += 46 + bytes.readUInt16LE(offset + 28) + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
  }
}
