import * as labels from './labels';
import * as pages from './pages';

export const vi = { ...labels.vi, ...pages.vi };
export const en = { ...labels.en, ...pages.en };
