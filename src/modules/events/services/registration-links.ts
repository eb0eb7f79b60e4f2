// A registrant's links: the manage, claim and e-mail confirmation addresses carry a random token
// of which only the sha256 is stored.
import { createHash, randomBytes } from 'node:crypto';

export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');
export const newToken = () => randomBytes(24).toString('base64url');

export const managePath = (token: string) => `/events/registrations/${token}`;
export const claimPath = (token: string) => `/events/claim/${token}`;
export const confirmPath = (token: string) => `/events/registrations/confirm/${token}`;
