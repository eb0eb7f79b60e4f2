import { z } from 'zod';
import { can, installedApiScopes, policies, type ApiScope } from '../../platform/authz';
import type { AppContext } from '../../platform/http/context';
import { formString, formStrings } from '../../platform/input/form-values';
import { readBody, routeParam } from '../../platform/http/form-reader';
import { fieldErrors } from '../../platform/input/validation';
import { endOfVnDay } from '../../platform/i18n';
import type { Router } from '../../platform/http/router';
import { ZApiKeyName, ZApiKeyScopes } from './services/api-key-contracts';
import { createApiKey, createRefusalFields } from './services/api-key-create';
import { findMyApiKeys } from './services/api-key-queries';
import { revokeApiKey } from './services/api-key-revoke';
import { API_KEYS_PATH, ApiKeysPage, type ApiKeyFormValues } from './ui/api-key-pages';

const ZApiKeyForm = z.object({
  name: ZApiKeyName,
  scopes: ZApiKeyScopes,
  expiresAt: z.union([z.literal(''), z.iso.date()]),
});

async function readForm(c: AppContext): Promise<ApiKeyFormValues> {
  const body = await readBody(c);
  return {
    name: formString(body, 'name'),
    scopes: formStrings(body, 'scopes'),
    expiresAt: formString(body, 'expiresAt').trim(),
  };
}

async function renderPage(
  c: AppContext,
  extra: Omit<Parameters<typeof ApiKeysPage>[0], 'ctx' | 'keys' | 'grantable'> = {},
  status: 200 | 422 = 200,
) {
  const ctx = c.get('ctx');
  const keys = await findMyApiKeys(ctx.deps, ctx);
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
    const result = await createApiKey(ctx.deps, ctx, {
      name,
      scopes, // The key works until the end of the day picked, Vietnam time.
      expiresAt: (expiresAt && endOfVnDay(expiresAt)) || null,
    });
    if (!result.ok) {
      return renderPage(c, { values, errors: createRefusalFields(result.reason) }, 422);
    }
    return renderPage(c, { created: { name: result.key.name, secret: result.secret } });
  });

  router.page('POST', `${API_KEYS_PATH}/:id/revoke`, policies.session, async (c) => {
    const ctx = c.get('ctx');
    await revokeApiKey(ctx.deps, ctx, { keyId: routeParam(c, 'id') });
    return c.redirect(`${API_KEYS_PATH}?revoked=1`, 303);
  });
}
