// One applicant's part of the deadline surge, as a browser does it: start the application, load
// its form, submit it with the PDF and the page's idempotency key. The page's fields are kept, so
// a submit whose answer was lost can be sent again as it was (a reload that resends the post).
import { createHash } from 'node:crypto';

export interface Applicant {
  organizationId: string;
  cookie: string;
}

/** What the form page gave: where to post, at which version, with which key. */
export interface FormPage {
  formPath: string;
  version: string;
  key: string;
}

export type Outcome =
  { answered: true; applicationId: string } | { answered: false; why: string; page?: FormPage };

export interface SurgeClient {
  origin: string;
  applyPath: string;
  requests: number;
  /** How long each submit took to be answered, ms. */
  submitMs: number[];
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Failures of a kept-alive connection the server closed as the request went out. */
const CLOSED_UNDER_US = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET']);

/**
 * fetch, sending the request once more when the connection failed before any answer, as a
 * browser does on a reused connection (the server's keep-alive timeout racing a new request on a
 * loaded machine). Every post of the surge is safe to repeat: its idempotency key makes one
 * submission.
 */
export async function fetchAsBrowser(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (err) {
    const code = (err as Error & { cause?: { code?: string } }).cause?.code;
    if (!code || !CLOSED_UNDER_US.has(code)) throw err;
    return fetch(url, init);
  }
}

async function send(client: SurgeClient, p: string, init: RequestInit, cookie: string) {
  client.requests++;
  const res = await fetchAsBrowser(client.origin + p, {
    ...init,
    redirect: 'manual',
    headers: { ...(init.headers as Record<string, string>), cookie, origin: client.origin },
  });
  return { res, text: await res.text() };
}

/** Starts the application and loads its form; the reason, as text, when either fails. */
export async function openForm(
  client: SurgeClient,
  applicant: Applicant,
): Promise<FormPage | string> {
  const start = await send(
    client,
    client.applyPath,
    {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ organizationId: applicant.organizationId }).toString(),
    },
    applicant.cookie,
  );
  const formPath = start.res.headers.get('location') ?? '';
  if (start.res.status !== 303 || !formPath.endsWith('/edit')) return `start ${start.res.status}`;
  const page = await send(client, formPath, {}, applicant.cookie);
  const version = /name="version" value="(\d+)"/.exec(page.text)?.[1];
  const key = /name="key" value="([\w-]+)"/.exec(page.text)?.[1];
  if (page.res.status !== 200 || !version || !key) return `form ${page.res.status}`;
  return { formPath, version, key };
}

/** Submits the page with applicant i's answers and file; answered when the receipt page is next. */
export async function submitForm(
  client: SurgeClient,
  applicant: Applicant,
  input: { page: FormPage; i: number; file: Uint8Array<ArrayBuffer> },
): Promise<Outcome> {
  const { page, i } = input;
  const form = new FormData();
  form.set('version', page.version);
  form.set('key', page.key);
  form.set('op', 'submit');
  form.set('a.name', `Dự án số ${i}`);
  form.set('f.deck', new Blob([input.file], { type: 'application/pdf' }), `thuyet-minh-${i}.pdf`);
  const t0 = performance.now();
  const r = await send(client, page.formPath, { method: 'POST', body: form }, applicant.cookie);
  client.submitMs.push(performance.now() - t0);
  const to = r.res.headers.get('location') ?? '';
  const id = /\/programs\/applications\/([\w-]+)\?done=submitted$/.exec(to)?.[1];
  return r.res.status === 303 && id
    ? { answered: true, applicationId: id }
    : { answered: false, why: `submit ${r.res.status}`, page };
}

/** The reason a request never got an answer (the server gone, say). */
export function unanswered(err: unknown): string {
  const cause = (err as Error & { cause?: { code?: string } }).cause?.code;
  return `error ${(err as Error).message}${cause ? ` (${cause})` : ''}`;
}
