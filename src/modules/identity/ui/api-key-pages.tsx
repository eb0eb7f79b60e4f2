import { apiScopeText, type ApiScope } from '../../../platform/authz';
import type { RequestContext } from '../../../platform/http/context';
import type { FieldErrors } from '../../../platform/errors';
import { formatDate, formatDateTime, type MessageKey } from '../../../platform/i18n';
import { ErrorSummary } from '../../../platform/ui/error-summary';
import { Notice } from '../../../platform/ui/notice';
import { CheckboxGroup } from '../../../platform/ui/choice-controls';
import { DateField, TextField } from '../../../platform/ui/text-controls';
import { Layout } from '../../../platform/ui/layout';
import type { TApiKeyView } from '../services/api-key-contracts';
import { ActionButton } from '../../../platform/ui/action-button';

export const API_KEYS_PATH = '/account/api-keys';

const scopeLabel = (scope: string): MessageKey | undefined => apiScopeText(scope)?.label;

export interface ApiKeyFormValues {
  name?: string;
  scopes?: string[];
  expiresAt?: string;
}

interface ApiKeysPageProps {
  ctx: RequestContext;
  keys: TApiKeyView[];
  /** The scopes this owner may grant (those the account's roles hold). */
  grantable: readonly ApiScope[];
  errors?: FieldErrors;
  values?: ApiKeyFormValues;
  /** The new key, shown on this one response only. */
  created?: { name: string; secret: string };
  notice?: string;
}

function KeysTable({ ctx, keys }: { ctx: RequestContext; keys: TApiKeyView[] }) {
  const { t, locale } = ctx;
  if (keys.length === 0) return <p class="muted">{t('identity.apiKeys.list.empty')}</p>;
  return (
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('identity.apiKeys.col.name')}</th>
            <th scope="col">{t('identity.apiKeys.col.prefix')}</th>
            <th scope="col">{t('identity.apiKeys.col.scopes')}</th>
            <th scope="col">{t('identity.apiKeys.col.created')}</th>
            <th scope="col">{t('identity.apiKeys.col.lastUsed')}</th>
            <th scope="col">{t('identity.apiKeys.col.expires')}</th>
            <th scope="col">{t('identity.apiKeys.col.status')}</th>
            <th scope="col">{t('common.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => (
            <tr>
              <td>{key.name}</td>
              <td>
                <code>{`ihk_${key.prefix}_…`}</code>
              </td>
              <td>
                <ul>
                  {key.scopes.map((scope) => {
                    const label = scopeLabel(scope);
                    return (
                      <li>
                        {label ? t(label) : ''} <code>{scope}</code>
                      </li>
                    );
                  })}
                </ul>
              </td>
              <td>{formatDate(key.createdAt, locale)}</td>
              <td>
                {key.lastUsedAt
                  ? formatDateTime(key.lastUsedAt, locale)
                  : t('identity.apiKeys.never')}
              </td>
              <td>
                {key.expiresAt
                  ? formatDateTime(key.expiresAt, locale)
                  : t('identity.apiKeys.noExpiry')}
              </td>
              <td>
                {key.status === 'revoked' && key.revokedAt ? (
                  <span class="badge">
                    {t('identity.apiKeys.status.revoked', {
                      date: formatDateTime(key.revokedAt, locale),
                    })}
                  </span>
                ) : key.status === 'expired' ? (
                  <span class="badge">{t('identity.apiKeys.status.expired')}</span>
                ) : (
                  <span class="badge ok">{t('identity.apiKeys.status.active')}</span>
                )}
              </td>
              <td>
                {key.status !== 'revoked' && (
                  <ActionButton
                    action={`${API_KEYS_PATH}/${key.id}/revoke`}
                    label={t('identity.apiKeys.revoke')}
                    ariaLabel={t('identity.apiKeys.revoke.label', { name: key.name })}
                    kind="danger"
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ScopesField(props: {
  ctx: RequestContext;
  grantable: readonly ApiScope[];
  chosen: string[];
  errors?: FieldErrors;
}) {
  const { t } = props.ctx;
  const options = props.grantable.flatMap((scope) => {
    const text = apiScopeText(scope);
    return text
      ? [
          {
            value: scope,
            label: (
              <>
                <strong>{t(text.label)}</strong> <code>{scope}</code>
              </>
            ),
            hint: t(text.description),
          },
        ]
      : [];
  });
  return (
    <CheckboxGroup
      t={t}
      name="scopes"
      legend={t('identity.apiKeys.field.scopes')}
      hint={t('identity.apiKeys.field.scopes.hint')}
      options={options}
      values={props.chosen}
      errors={props.errors}
    />
  );
}

export function ApiKeysPage(props: ApiKeysPageProps) {
  const { ctx, created, errors } = props;
  const { t } = ctx;
  const values = props.values ?? {};
  return (
    <Layout ctx={ctx} title={t('identity.apiKeys.title')} path={API_KEYS_PATH}>
      <section class="stack">
        <p>
          <a href="/account">{t('identity.account')}</a>
        </p>
        <h1>{t('identity.apiKeys.title')}</h1>
        <p class="lead">{t('identity.apiKeys.lead')}</p>
        <p>
          <a href="/api/docs">{t('identity.apiKeys.docsLink')}</a>
        </p>
        {created && (
          <div class="alert success" role="status">
            <h2>{t('identity.apiKeys.created.title', { name: created.name })}</h2>
            <div class="field">
              <label for="api-key-secret">{t('identity.apiKeys.created.secret')}</label>
              <input
                id="api-key-secret"
                type="text"
                readonly
                value={created.secret}
                autocomplete="off"
                spellcheck={false}
                aria-describedby="api-key-warning"
              />
            </div>
            <p id="api-key-warning">
              <strong>{t('identity.apiKeys.created.warning')}</strong>
            </p>
            <p>{t('identity.apiKeys.created.usage')}</p>
          </div>
        )}
        {props.notice && <Notice kind="success">{props.notice}</Notice>}
        <h2>{t('identity.apiKeys.list.title')}</h2>
        <KeysTable ctx={ctx} keys={props.keys} />
        <h2 id="create-title">{t('identity.apiKeys.create.title')}</h2>
        <ErrorSummary t={t} errors={errors} />
        <form method="post" action={API_KEYS_PATH} novalidate aria-labelledby="create-title">
          <TextField
            t={t}
            name="name"
            label={t('identity.apiKeys.field.name')}
            hint={t('identity.apiKeys.field.name.hint')}
            value={created ? '' : values.name}
            errors={errors}
            autocomplete="off"
            required
          />
          <ScopesField
            ctx={ctx}
            grantable={props.grantable}
            chosen={created ? [] : (values.scopes ?? [])}
            errors={errors}
          />
          <DateField
            t={t}
            name="expiresAt"
            label={t('identity.apiKeys.field.expiresAt')}
            hint={t('identity.apiKeys.field.expiresAt.hint')}
            value={created ? '' : values.expiresAt}
            errors={errors}
          />
          <button type="submit">{t('identity.apiKeys.create.submit')}</button>
        </form>
      </section>
    </Layout>
  );
}
