// A real office suite for the official documents' tests: LibreOffice headless converts DOCX files
// to PDF and the PDFs are read back as text with their first page's size. CI installs LibreOffice
// (.ci/run), so there these tests always run; elsewhere they run when soffice is installed.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { extractText, getDocumentProxy } from 'unpdf';

const soffice = (process.env.PATH ?? '')
  .split(delimiter)
  .map((dir) => join(dir, 'soffice'))
  .find((path) => existsSync(path));

/** Whether the office tests run here: always on CI, elsewhere when soffice is installed. */
export const hasOfficeSuite = Boolean(soffice || process.env.CI);

export interface PdfRead {
  /** The text of every page, whitespace collapsed. */
  text: string;
  pages: number;
  /** The first page's size in points (A4 portrait: 595 × 842). */
  width: number;
  height: number;
}

async function readPdf(path: string): Promise<PdfRead> {
  const pdf = await getDocumentProxy(new Uint8Array(await readFile(path)));
  const { text } = await extractText(pdf, { mergePages: true });
  const [, , width, height] = (await pdf.getPage(1)).view;
  return {
    text: text.replace(/\s+/g, ' '),
    pages: pdf.numPages,
    width: Math.round(width!),
    height: Math.round(height!),
  };
}

/** Converts each named DOCX (name without extension → bytes) to PDF in one soffice run. */
export async function convertDocxToPdf(
  files: Record<string, Uint8Array>,
  timeout = 170_000,
): Promise<Record<string, PdfRead>> {
  const work = await mkdtemp(join(tmpdir(), 'innohub-soffice-'));
  try {
    const names = Object.keys(files);
    for (const name of names) await writeFile(join(work, `${name}.docx`), files[name]!);
    // A private profile: no shared ~/.config, no clash with another soffice running.
    await promisify(execFile)(
      soffice ?? 'soffice',
      [
        '--headless',
        `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`,
        '--convert-to',
        'pdf',
        '--outdir',
        work,
        ...names.map((name) => join(work, `${name}.docx`)),
      ],
      { timeout },
    );
    const read: Record<string, PdfRead> = {};
    for (const name of names) read[name] = await readPdf(join(work, `${name}.pdf`));
    return read;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
