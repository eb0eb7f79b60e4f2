import type { MessageKey } from '../i18n';

/** The mission's modules, in navigation order. */
export const NAV_MODULES = [
  { id: 'directory', path: '/directory' },
  { id: 'programs', path: '/programs' },
  { id: 'marketplace', path: '/marketplace' },
  { id: 'challenges', path: '/challenges' },
  { id: 'events', path: '/events' },
  { id: 'learning', path: '/learning' },
  { id: 'mentoring', path: '/mentoring' },
  { id: 'spaces', path: '/spaces' },
  { id: 'content', path: '/news' },
  { id: 'community', path: '/forum' },
  { id: 'feedback', path: '/feedback' },
  { id: 'plans', path: '/plans' },
  { id: 'network', path: '/network' },
] as const satisfies readonly { id: string; path: string }[];

export type NavModuleId = (typeof NAV_MODULES)[number]['id'];

export const moduleTitle = (id: NavModuleId) => `module.${id}` as MessageKey;
export const moduleDescription = (id: NavModuleId) => `module.${id}.desc` as MessageKey;
