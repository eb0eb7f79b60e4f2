// Each part of the programmes module keeps its own catalog file.
import * as pages from './pages';

export const vi = { ...pages.vi };
export const en = { ...pages.en };
