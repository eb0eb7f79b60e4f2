// The evidence of one line of a form (a task's progress in an agency's report, a criterion of a
// self-assessment): the files already attached, to tick for removal, then files to add. The server
// checks what it takes again (services/report-evidence.ts).
import type { FieldErrors } from '../../../platform/errors';
import type { Translate } from '../../../platform/i18n';
import { CheckboxGroup } from '../../../platform/ui/choice-controls';
import { FileField } from '../../../platform/ui/text-controls';

export function EvidenceFields(props: {
  t: Translate;
  /** The line's id, which names its fields (remove_<id>, evidence_<id>). */
  lineId: string;
  evidence: { hash: string; name: string }[];
  errors?: FieldErrors;
}) {
  const { t, lineId, evidence } = props;
  return (
    <>
      {evidence.length > 0 && (
        <CheckboxGroup
          t={t}
          name={`remove_${lineId}`}
          legend={t('plans.evidence.remove')}
          options={evidence.map((e) => ({ value: e.hash, label: e.name }))}
          values={[]}
        />
      )}
      <FileField
        t={t}
        name={`evidence_${lineId}`}
        label={t('plans.evidence.add')}
        hint={t('plans.evidence.hint')}
        accept=".pdf,.docx,.xlsx,.pptx,.png,.jpg,.jpeg"
        multiple
        errors={props.errors}
      />
    </>
  );
}
