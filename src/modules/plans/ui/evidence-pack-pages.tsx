// The evidence pack: the staff page asking for the year and the province, and the pack's own
// index.html — a page that opens from the unzipped folder, each figure with its value, how it is
// counted (the indicator's id) and links to its files.
import { BackofficePage } from '../../../platform/backoffice/components';
import type { FieldErrors } from '../../../platform/errors';
import type { RequestContext } from '../../../platform/http/context';
import {
  formatDate,
  formatNumber,
  formatVnd,
  vnDay,
  type Locale,
  type Translate,
} from '../../../platform/i18n';
import type { FormValues } from '../../../platform/input/form-values';
import { SelectField } from '../../../platform/ui/choice-controls';
import { TextField } from '../../../platform/ui/text-controls';
import { PROVINCES } from '../../directory';
import { EVIDENCE_PACK_PATH } from '../permissions';
import type { PackFigure, PackIndex } from '../services/evidence-pack';

export function EvidencePackPage(props: {
  ctx: RequestContext;
  values: FormValues;
  errors?: FieldErrors;
}) {
  const { ctx, errors } = props;
  const { t } = ctx;
  return (
    <BackofficePage
      ctx={ctx}
      path={EVIDENCE_PACK_PATH}
      title={t('plans.evidencePack.title')}
      lead={t('plans.evidencePack.lead')}
      errors={errors}
    >
      <form method="get" action={`${EVIDENCE_PACK_PATH}/pack.zip`} class="stack">
        <TextField
          t={t}
          name="year"
          label={t('plans.evidencePack.year')}
          value={props.values.year ?? vnDay(ctx.deps.clock()).slice(0, 4)}
          inputmode="numeric"
          errors={errors}
          required
        />
        <SelectField
          t={t}
          name="province"
          label={t('plans.evidencePack.province')}
          value={props.values.province ?? ''}
          empty=""
          options={PROVINCES.map((p) => ({ value: p.code, label: p.name }))}
          errors={errors}
          required
        />
        <button type="submit">{t('plans.evidencePack.download')}</button>
      </form>
    </BackofficePage>
  );
}

function valueText(locale: Locale, figure: PackFigure) {
  if (figure.unit === 'vnd') return formatVnd(figure.value, locale);
  if (figure.unit === 'percent') return `${formatNumber(figure.value, locale)}%`;
  return formatNumber(figure.value, locale);
}

/** index.html of the ZIP: plain HTML, no script or outside style, links relative to the folder. */
export async function packIndexHtml(index: PackIndex, env: { t: Translate; locale: Locale }) {
  const { t, locale } = env;
  const title = t('plans.evidencePack.index.title', { year: index.year });
  const page = (
    <html lang={locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
      </head>
      <body>
        <h1>{title}</h1>
        <p>{t('plans.evidencePack.index.scope', { scope: index.province.name })}</p>
        <p>
          {t('plans.evidencePack.index.generated', {
            date: formatDate(new Date(`${index.date}T00:00:00+07:00`), locale),
          })}
        </p>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('plans.evidencePack.index.figure')}</th>
              <th scope="col">{t('plans.evidencePack.index.value')}</th>
              <th scope="col">{t('plans.evidencePack.index.provenance')}</th>
              <th scope="col">{t('plans.evidencePack.index.files')}</th>
            </tr>
          </thead>
          <tbody>
            {index.figures.map((f) => (
              <tr id={f.indicatorId}>
                <th scope="row">{f.label}</th>
                <td data-value={String(f.value)}>{valueText(locale, f)}</td>
                <td>
                  {f.provenance} <code>{f.indicatorId}</code>
                </td>
                <td>
                  <ul>
                    {f.files.map((file) => (
                      <li>
                        <a href={file.path}>{file.label}</a>
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </body>
    </html>
  );
  return `<!doctype html>\n${String(await page.toString())}`;
}
