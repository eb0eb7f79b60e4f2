import { z } from 'zod';
import { can, installedApiScopes, policies, type ApiScope } from '../../platform/authz';
import type { AppContext } from '../../platform/http/context';
import { AppError } from '../../platform/http/errors';
import { fieldErrors } from '../../platform/http/forms';
import type { Router } from '../../platform/http/router';
import { ZApiKeyName, ZApiKeyScopes } from './services/api-key-contracts';
import { createApiKey, createRefusalFields } from './services/api-key-create';
import { findApiKeysOf } from './services/api-key-queries';
import { revokeApiKey } from './services/api-key-revoke';
import { API_KEYS_PATH, ApiKeysPage, type ApiKeyFormValues } from './ui/api-key-pages';

const ZApiKeyForm = z.object({
  name: ZApiKeyName,
  scopes: ZApiKeyScopes,
  expiresAt: z.union([z.literal(''), z.iso.date()]),
});

/** A date picked in the form: the key works until the end of that day, Vietnam time. */
const endOfDayInVietnam = (date: string) => new Date(`${date}T23:59:59.999+07:00`);

/** Checkboxes repeat their name, so the generic form reader (one value per name) won't do. */
async function readForm(c: AppContext): Promise<ApiKeyFormValues> {
  const body = await c.req.parseBody({ all: true });
  const text = (v: unknown) => (typeof v === 'string' ? v.normalize('NFC') : '');
  return {
    name: text(body.name),
    scopes: [body.scopes].flat().filter((v): v is string => typeof v === 'string'),
    expiresAt: text(body.expiresAt).trim(),
  };
}

async function renderPage(
  c: AppContext,
  extra: Omit<Parameters<typeof ApiKeysPage>[0], 'ctx' | 'keys' | 'grantable'> = {},
  status: 200 | 422 = 200,
) {
  const ctx = c.get('ctx');
  if (ctx.actor.kind !== 'user') throw new AppError('UNAUTHENTICATED');
  const keys = await findApiKeysOf(ctx.deps.database.db, ctx.actor.user.id, ctx.deps.clock());
  const grantable = installedApiScopes().filter((scope: ApiScope) => can(ctx.actor, scope));
  c.header('Cache-Control', 'no-store');
  return c.html(<ApiKeysPage ctx={ctx} keys={keys} grantable={grantable} {...extra} />, status);
}

export function registerApiKeysRoutes(router: Router) {
  router.page('GET', API_KEYS_PATH, policies.session, (c) =>
    renderPage(c, {
      notice: c.req.query('revoked') ? c.get('ctx').t('identity.apiKeys.revoked') : undefined,
    }),
  );

  router.page('POST', API_KEYS_PATH, policies.session, async (c) => {
    const ctx = c.get('ctx');
    const values = await readForm(c);
    const parsed = ZApiKeyForm.safeParse(values);
    if (!parsed.success) return renderPage(c, { values, errors: fieldErrors(parsed.error) }, 422);
    const { name, scopes, expiresAt } = parsed.data;
    const result = await createApiKey(
      ctx,
      { name, scopes, expiresAt: expiresAt ? endOfDayInVietnam(expiresAt) : null },
      ctx.deps,
    );
    if (!result.ok) {
      return renderPage(c, { values, errors: createRefusalFields(result.reason) }, 422);
    }
    return renderPage(c, { created: { name: result.key.name, secret: result.secret } });
  });

  router.page('POST', `${API_KEYS_PATH}/:id/revoke`, policies.session, async (c) => {
    const ctx = c.get('ctx');
    await revokeApiKey(ctx, c.req.param('id') ?? '', ctx.deps);
    return c.redirect(`${API_KEYS_PATH}?revoked=1`, 303);
  });
}
