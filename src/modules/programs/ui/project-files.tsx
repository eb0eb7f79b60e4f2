// The files of funded projects on their pages: a labelled file input that says what it accepts,
// and the links to download what was attached (served only through the project's routes).
import { DOCUMENT_TYPES } from '../../../platform/files';
import type { RequestContext } from '../../../platform/http/context';
import type { FieldErrors } from '../../../platform/errors';
import type { MessageKey } from '../../../platform/i18n';
import type { ProjectFileRow } from '../db/projects.repository';
import type { ProjectFileRules } from '../services/projects/project-files';
import { fileSize } from './application-form';
import { FileField } from '../../../platform/ui/text-controls';

/** The files of a report, step or disbursement; `base` is the project's files route. */
export function FileLinks(props: {
  ctx: RequestContext;
  files: readonly ProjectFileRow[];
  base: string;
}) {
  const { ctx, files, base } = props;
  if (files.length === 0) return null;
  return (
    <ul class="files" aria-label={ctx.t('programs.project.files')}>
      {files.map((f) => (
        <li>
          <a href={`${base}/${f.id}`}>{f.originalName}</a> ({fileSize(f.bytes, ctx.locale)})
        </li>
      ))}
    </ul>
  );
}

/**
 * A file input named and identified `name` (the error summary links to it), with the kinds and
 * sizes it accepts said in words and in `accept` (a hint to the browser; the bytes decide).
 */
export function ProjectFileInput(props: {
  ctx: RequestContext;
  name: string;
  label: MessageKey;
  rules: ProjectFileRules;
  errors?: FieldErrors;
}) {
  const { ctx, name, rules } = props;
  const { t } = ctx;
  const types = rules.kinds.map((k) => k.toUpperCase()).join(', ');
  const maxMb = Math.round(rules.maxBytes / 1024 / 1024);
  const isMany = rules.maxFiles > 1;
  const hint = isMany
    ? t('programs.project.filesHint', { types, count: rules.maxFiles, maxMb })
    : t('programs.project.fileHint', { types, maxMb });
  const accept = rules.kinds
    .map((k) => (k === 'jpeg' ? '.jpg,.jpeg' : `.${DOCUMENT_TYPES[k].extension}`))
    .join(',');
  return (
    <FileField
      t={t}
      name={name}
      label={t(props.label)}
      hint={hint}
      errors={props.errors}
      multiple={isMany}
      accept={accept}
    />
  );
}
