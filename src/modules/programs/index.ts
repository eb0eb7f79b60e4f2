export { programsModule } from './manifest';
export { createProgramme } from './services/programmes/create-programme';
export { updateProgramme } from './services/programmes/update-programme';
export { publishProgramme } from './services/programmes/publish-programme';
export { archiveProgramme } from './services/programmes/archive-programme';
export { createCall } from './services/calls/create-call';
// updateCallIn(tx, …): the same in the caller's transaction (a challenge's correction moves its
// solutions call and saves itself in one).
export { updateCall, updateCallIn } from './services/calls/update-call';
export { grantExtension } from './services/calls/grant-extension';
export { findProgrammes, getProgrammeBySlug } from './services/programmes/programmes.queries';
export { getCall, isCallOpenFor } from './services/calls/calls.queries';
export type { TCallFieldsInput, TProgrammeFieldsInput } from './contracts';
export {
  decisionOfApplication,
  publishedWinnersOfCall,
  undecidedApplicationsOfCall,
} from './services/reviews/review.queries';
// A challenge's owner reads its solutions' evaluation (scores, reviewers' words, ranking).
export { callEvaluation, type CallEvaluation } from './services/reviews/call-evaluation';
// A challenge's announcement publishes its call's results, which sends the held letters.
export { publishWinners } from './services/decisions/decide-publish-winners';
export { applyPath } from './ui/application-pages';
export type { TCallForm } from './domain/call-form';
// The form builder, reused by other modules for their own questions (events' registration).
export { ZCallForm, type TAnswers, type TQuestionKind } from './domain/call-form';
export { validateAnswers, type TAnswerError } from './domain/answers';
export {
  QUESTION_KINDS,
  applyBuilderOp,
  draftOf,
  formInputOfDraft,
  newDraft,
  readDraft,
  type FormDraft,
} from './services/calls/form-builder';
export { answersFromForm } from './services/applications/application-answers';
export { FormBuilder } from './ui/form-builder';
export { AnswersView, FormQuestions } from './ui/application-form';
export { typedFromAnswers, typedFromBody, type Typed } from './ui/application-values';
export { submittedApplicationsByCall } from './services/calls/call-figures';
export { applicantsOfCall } from './services/calls/call-applicants';
export { fundedProjectsBetween } from './services/indicators';
// The funded projects' statutory chain and its signed documents, reused by challenges' S&T task
// orders (đặt hàng): the order of the steps, the document's rules (checked by its bytes) and its day.
export { chainStepRefusal, type ChainRefusal } from './services/projects/funded-project-rules';
export { STEP_FILES, storeProjectFiles, uploadLimitOf } from './services/projects/project-files';
export { ZDay } from './services/projects/funded-project-inputs';
export type { StoredPrivateFile } from './services/private-uploads';
