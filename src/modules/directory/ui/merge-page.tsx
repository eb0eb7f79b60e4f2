import { BackofficePage } from '../../../platform/backoffice/components';
import type { RequestContext } from '../../../platform/http/context';
import type { PageNotice } from '../../../platform/ui/notice';
import type { FieldErrors } from '../../../platform/errors';
import { formatDateTime } from '../../../platform/i18n';
import type { OrganizationRow } from '../db/organizations.repository';
import {
  defaultPick,
  isListField,
  MERGE_FIELDS,
  type MergeField,
  type Pick,
  type Side,
} from '../services/merge-organizations';
import { CurationNav } from './curation-page';
import { MERGE_PATH } from './duplicates-page';
import { displayValue, fieldLabel } from './organization-form';
import { RadioGroup } from '../../../platform/ui/choice-controls';

export function MergePage(props: {
  ctx: RequestContext;
  a: OrganizationRow;
  b: OrganizationRow;
  survivor: Side;
  /** Choices made before (kept after a refusal); otherwise the defaults. */
  picks?: Partial<Record<MergeField, Pick>>;
  errors?: FieldErrors;
  notice?: PageNotice;
}) {
  const { ctx, a, b, survivor, picks, errors, notice } = props;
  const { t, locale } = ctx;
  const path = `${MERGE_PATH}?a=${encodeURIComponent(a.slug)}&b=${encodeURIComponent(b.slug)}`;
  const sides = { a, b };
  const empty = <span class="muted">{t('directory.form.empty')}</span>;
  const Meta = ({ org }: { org: OrganizationRow }) => (
    <>
      <a href={`/directory/organizations/${org.slug}`}>/directory/organizations/{org.slug}</a>
      <br />
      <span class="muted">
        {t('directory.merge.created', { date: formatDateTime(org.createdAt, locale) })}
        {org.verifiedAt && ` · ${t('directory.verified')}`}
        {org.managedBy && ` · ${t('directory.merge.managed')}`}
      </span>
    </>
  );
  return (
    <BackofficePage
      ctx={ctx}
      path={path}
      title={t('directory.merge.title')}
      lead={t('directory.merge.lead')}
      errors={errors}
      notice={notice}
    >
      <CurationNav ctx={ctx} path={path} />
      <form method="post" action={MERGE_PATH}>
        <input type="hidden" name="a" value={a.id} />
        <input type="hidden" name="b" value={b.id} />
        <input type="hidden" name="aVersion" value={String(a.version)} />
        <input type="hidden" name="bVersion" value={String(b.version)} />
        <RadioGroup
          t={t}
          name="survivor"
          legend={t('directory.merge.survivor')}
          hint={t('directory.merge.survivor.hint')}
          value={survivor}
          options={(['a', 'b'] as const).map((side) => ({
            value: side,
            label: `${sides[side].legalName} (/directory/organizations/${sides[side].slug})`,
          }))}
        />
        <div class="table-wrap">
          <table>
            <caption>{t('directory.merge.fields')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('directory.merge.col.field')}</th>
                <th scope="col">{t('directory.merge.col.first')}</th>
                <th scope="col">{t('directory.merge.col.second')}</th>
                <th scope="col">{t('directory.merge.col.both')}</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">{t('directory.merge.record')}</th>
                <td>
                  <Meta org={a} />
                </td>
                <td>
                  <Meta org={b} />
                </td>
                <td />
              </tr>
              {MERGE_FIELDS.map((field) => {
                const chosen = picks?.[field] ?? defaultPick(field, a, b, survivor);
                const label = t(fieldLabel(field));
                const cell = (side: Side) => {
                  const value = displayValue(ctx, sides[side], field);
                  return (
                    <td>
                      <label>
                        <input
                          type="radio"
                          name={`pick.${field}`}
                          value={side}
                          checked={chosen === side}
                          aria-label={t(
                            side === 'a'
                              ? 'directory.merge.keepFirst'
                              : 'directory.merge.keepSecond',
                            { field: label },
                          )}
                        />{' '}
                        <span class="prose">{value || empty}</span>
                      </label>
                    </td>
                  );
                };
                return (
                  <tr id={field}>
                    <th scope="row">{label}</th>
                    {cell('a')}
                    {cell('b')}
                    <td>
                      {isListField(field) && (
                        <label>
                          <input
                            type="radio"
                            name={`pick.${field}`}
                            value="both"
                            checked={chosen === 'both'}
                            aria-label={t('directory.merge.keepBoth', { field: label })}
                          />{' '}
                          {t('directory.merge.both')}
                        </label>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <p class="muted">{t('directory.merge.moves')}</p>
        <p class="row">
          <button type="submit" class="danger">
            {t('directory.merge.submit')}
          </button>
        </p>
      </form>
    </BackofficePage>
  );
}
