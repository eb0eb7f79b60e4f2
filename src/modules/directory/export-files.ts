// What the staff export and the open-data downloads share: the export's words and day, the
// file's name stamp, and a streamed download.
import type { AppContext } from '../../platform/http/context';
import { formatDate } from '../../platform/i18n';
import { type ExportEnv } from './export/columns';

export function exportEnv(c: AppContext): ExportEnv {
  const ctx = c.get('ctx');
  return {
    t: ctx.t,
    locale: ctx.locale,
    origin: ctx.deps.config.publicUrl,
    today: ctx.deps.clock(),
  };
}

export const stamp = (d: Date) => formatDate(d).split('/').reverse().join('-');

export function download(
  body: ReadableStream<Uint8Array>,
  type: string,
  fileName: string,
  headers: Record<string, string> = {},
) {
  return new Response(body, {
    headers: {
      'Content-Type': type,
      'Content-Disposition': `attachment; filename="${fileName}"`,
      'X-Content-Type-Options': 'nosniff',
      ...headers,
    },
  });
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
