export * from './locale';
export * from './format';
export * from './translate';
export type { MessageKey, ModuleCatalogs } from './catalog';
export { defineCatalog, messages } from './catalog';
export * from './vn-time';
