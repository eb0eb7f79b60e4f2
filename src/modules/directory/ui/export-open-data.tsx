import type { RequestContext } from '../../../platform/http/context';
import { formatDateTime, formatNumber, translate, type MessageKey } from '../../../platform/i18n';
import { Layout } from '../../../platform/ui/layout';
import { OPEN_COLUMNS, type OpenColumn } from '../export/columns';
import type { TDirectoryQuery } from '../services/organizations.queries';
import { filterQuery, TableWrap } from './import-pages';

const TYPE_KEY: Record<OpenColumn['type'], MessageKey> = {
  uuid: 'directory.openData.type.uuid',
  text: 'directory.openData.type.text',
  url: 'directory.openData.type.url',
  code: 'directory.openData.type.code',
  codes: 'directory.openData.type.codes',
  date: 'directory.openData.type.date',
  datetime: 'directory.openData.type.datetime',
  integer: 'directory.openData.type.integer',
  boolean: 'directory.openData.type.boolean',
};

export function OpenDataPage(props: {
  ctx: RequestContext;
  query: TDirectoryQuery;
  digest: { count: number; lastUpdated: Date | null };
}) {
  const { ctx, query, digest } = props;
  const { t } = ctx;
  const qs = filterQuery(query);
  const coded = OPEN_COLUMNS.filter((c) => c.codes?.isListed);
  return (
    <Layout ctx={ctx} title={t('directory.openData.title')} path={`/directory/open-data${qs}`}>
      <h1>{t('directory.openData.title')}</h1>
      <p class="lead">{t('directory.openData.lead')}</p>
      <p>
        {t('directory.openData.summary', { count: formatNumber(digest.count, ctx.locale) })}
        {digest.lastUpdated &&
          ` ${t('directory.openData.updated', { at: formatDateTime(digest.lastUpdated, ctx.locale) })}`}
      </p>
      {qs && <p class="muted">{t('directory.openData.filtered')}</p>}
      <p class="row">
        <a class="button" href={`/directory/open-data.csv${qs}`} download>
          {t('directory.openData.downloadCsv')}
        </a>
        <a class="button secondary" href={`/directory/open-data.json${qs}`} download>
          {t('directory.openData.downloadJson')}
        </a>
      </p>
      <section aria-labelledby="licence-title">
        <h2 id="licence-title">{t('directory.openData.licenceTitle')}</h2>
        <p>
          {t('directory.openData.licence')}{' '}
          <a href={t('directory.openData.licenceUrl')} rel="license">
            {t('directory.openData.licenceName')}
          </a>
        </p>
        <p>{t('directory.openData.privacy')}</p>
        <p>{t('directory.openData.format')}</p>
      </section>
      <section aria-labelledby="dictionary-title">
        <h2 id="dictionary-title">{t('directory.openData.dictionary')}</h2>
        <TableWrap label={t('directory.openData.dictionary')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('directory.openData.col')}</th>
                <th scope="col">{t('directory.openData.type')}</th>
                <th scope="col">{t('directory.openData.meaningVi')}</th>
                <th scope="col">{t('directory.openData.meaningEn')}</th>
              </tr>
            </thead>
            <tbody>
              {OPEN_COLUMNS.map((c) => (
                <tr>
                  <th scope="row">
                    <code>{c.key}</code>
                  </th>
                  <td>
                    {t(TYPE_KEY[c.type])}
                    {c.restricted && (
                      <>
                        {' '}
                        <span class="badge">{t('directory.openData.restricted')}</span>
                      </>
                    )}
                  </td>
                  <td lang="vi">{translate('vi', c.meaning)}</td>
                  <td lang="en">{translate('en', c.meaning)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
        <p class="muted">{t('directory.openData.restrictedNote')}</p>
      </section>
      <section aria-labelledby="codes-title">
        <h2 id="codes-title">{t('directory.openData.codes')}</h2>
        {coded.map((c) => (
          <details>
            <summary>
              <code>{c.key}</code>
            </summary>
            <TableWrap label={c.key}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('directory.openData.code')}</th>
                    <th scope="col">{t('directory.openData.label')}</th>
                  </tr>
                </thead>
                <tbody>
                  {c.codes!.codes.map((code) => (
                    <tr>
                      <td>
                        <code>{code}</code>
                      </td>
                      <td>{c.codes!.label(t, code)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          </details>
        ))}
        <p>{t('directory.openData.vsicNote')}</p>
      </section>
    </Layout>
  );
}
