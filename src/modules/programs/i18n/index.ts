// Each part of the programmes module keeps its own catalog file.
import * as answers from './answers';
import * as applications from './applications';
import * as dashboard from './dashboard';
import * as eligibility from './eligibility';
import * as pages from './pages';
import * as projects from './projects';
import * as review from './review';
import * as voting from './voting';

export const vi = {
  ...pages.vi,
  ...answers.vi,
  ...eligibility.vi,
  ...applications.vi,
  ...projects.vi,
  ...review.vi,
  ...voting.vi,
  ...dashboard.vi,
};
export const en = {
  ...pages.en,
  ...answers.en,
  ...eligibility.en,
  ...applications.en,
  ...projects.en,
  ...review.en,
  ...voting.en,
  ...dashboard.en,
};
