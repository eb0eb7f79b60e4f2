import type { Actor } from '../../platform/authz';
import type { AppModule } from '../../platform/http/app';

export async function resolveActor(_request: Request): Promise<Actor> {
  return { kind: 'anonymous' };
}

export const identityModule: AppModule = {
  id: 'identity',
  register() {},
};
