// Accounts' way in: registration and verification, signing in and out, password reset.
import type { Router } from '../../platform/http/router';
import { registerPasswordResetRoutes } from './password-reset.routes';
import { registerRegistrationRoutes } from './registration.routes';
import { registerSignInRoutes } from './sign-in.routes';
import { registerUnlockRoutes } from './unlock.routes';

export function registerAuthRoutes(router: Router) {
  registerRegistrationRoutes(router);
  registerSignInRoutes(router);
  registerPasswordResetRoutes(router);
  registerUnlockRoutes(router);
}
