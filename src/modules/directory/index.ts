import type { AppModule } from '../../platform/http/app';
import { registerPublicRoutes } from './public.routes';

export const directoryModule: AppModule = {
  id: 'directory',
  register(router) {
    registerPublicRoutes(router);
  },
};

export { createOrganization } from './services/create-organization';
export type { TOrganizationFieldsInput } from './contracts';
