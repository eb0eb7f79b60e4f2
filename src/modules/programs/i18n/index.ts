// Each part of the programmes module keeps its own catalog file.
import * as answers from './answers';
import * as eligibility from './eligibility';
import * as pages from './pages';

export const vi = { ...pages.vi, ...answers.vi, ...eligibility.vi };
export const en = { ...pages.en, ...answers.en, ...eligibility.en };
