// The evidence pack of the provincial innovation index (staff): the page asking for the year and
// the province, and the ZIP itself, streamed.
import type { Router } from '../../platform/http/router';
import { zipStream } from '../../platform/files/zip-stream';
import { EVIDENCE_PACK_PATH } from './permissions';
import { MANAGE } from './plans.routes';
import { checkPackQuery, evidencePack } from './services/evidence-pack';
import { EvidencePackPage, packIndexHtml } from './ui/evidence-pack-pages';

export function registerEvidencePackRoutes(router: Router) {
  router.page('GET', EVIDENCE_PACK_PATH, MANAGE, (c) =>
    c.html(<EvidencePackPage ctx={c.get('ctx')} values={{}} />),
  );
  router.page('GET', `${EVIDENCE_PACK_PATH}/pack.zip`, MANAGE, async (c) => {
    const ctx = c.get('ctx');
    const values = { year: c.req.query('year') ?? '', province: c.req.query('province') ?? '' };
    const query = checkPackQuery(values);
    if ('reason' in query)
      return c.html(<EvidencePackPage ctx={ctx} values={values} errors={query.fields} />, 422);
    const env = { t: ctx.t, locale: ctx.locale };
    const pack = await evidencePack(ctx.deps, ctx, { ...query, ...env });
    const html = await packIndexHtml(pack.index, env);
    const entries = function* () {
      yield { name: 'index.html', bytes: async () => new TextEncoder().encode(html) };
      yield* pack.entries();
    };
    return c.body(zipStream(entries(), 'plans evidence pack'), 200, {
      'content-type': 'application/zip',
      'content-disposition': `attachment; filename="${pack.fileName}"`,
      'cache-control': 'private, no-store',
    });
  });
}
