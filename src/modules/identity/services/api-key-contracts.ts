import { z } from 'zod';
import { installedApiScopes, isApiScope, type ApiScope } from '../../../platform/authz';

export const API_KEY_NAME_MAX = 80;

export const ZApiKeyName = z.string().trim().min(1).max(API_KEY_NAME_MAX);

/** A scope the installed modules declare (known only once they are installed, hence no enum). */
export const ZApiScope = z.string().refine(isApiScope, { message: 'validation.choice' });

export const ZApiKeyScopes = z
  .array(ZApiScope)
  .min(1, { message: 'identity.apiKeys.scopes.required' })
  .refine((scopes) => scopes.length <= installedApiScopes().length)
  .transform((scopes) => [...new Set(scopes)] as ApiScope[]);

export interface TCreateApiKeyInput {
  name: string;
  scopes: ApiScope[];
  /** Absent: the key never expires. */
  expiresAt: Date | null;
}

/** What a key's owner may see of it; never the secret or its hash. */
export interface TApiKeyView {
  id: string;
  name: string;
  /** The 8 characters after `ihk_`, to recognise a key. */
  prefix: string;
  scopes: string[];
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
  status: 'active' | 'expired' | 'revoked';
}
