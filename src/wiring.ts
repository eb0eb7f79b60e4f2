// Wires the platform and the modules into one app; the process entry and the tests both use it.
import { createApp } from './platform/http/app';
import type { AppDeps } from './platform/http/context';
import { shellModule } from './platform/shell/shell.module';
import { backofficeModule } from './platform/backoffice/backoffice.module';
import { filesModule } from './platform/files';
import { directoryModule } from './modules/directory';
import { identityModule, resolveActor } from './modules/identity';
import { programsModule } from './modules/programs';

export function buildApp(deps: AppDeps) {
  return createApp(deps, {
    resolveActor,
    modules: [
      shellModule(new Set(['directory', 'programs'])),
      identityModule,
      directoryModule,
      programsModule,
      backofficeModule,
      filesModule,
    ],
  });
}
