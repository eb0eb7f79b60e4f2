export * from './locale';
export * from './format';
export * from './translate';
export type { MessageKey } from './catalog';
export { messages } from './catalog';
