// Council pages for staff: a call's councils, one council's members and meeting, and its minutes
// (biên bản) as a printable page in Vietnamese.
import { raw } from 'hono/html';
import { BackofficePage } from '../../../platform/backoffice/components';
import type { FieldErrors } from '../../../platform/errors';
import type { RequestContext } from '../../../platform/http/context';
import type { CallRow } from '../db/calls.repository';
import type { CouncilMemberRow, CouncilRow } from '../db/council.repository';
import type { ProgrammeRow } from '../db/programmes.repository';
import type { RoundRow } from '../db/review.repository';
import { COUNCIL_ROLES } from '../db/tables';
import { STAFF_PATH } from '../permissions';
import type { CouncilView } from '../services/councils/council.queries';
import { MINUTES_HEADER, type MinutesText } from '../services/councils/council-minutes-text';
import type { FormValues } from '../../../platform/input/form-values';
import { ActionButton } from '../../../platform/ui/action-button';
import { CheckboxGroup, SelectField } from '../../../platform/ui/choice-controls';
import { DateTimeField, LongTextField, TextField } from '../../../platform/ui/text-controls';
import { inLocale } from './labels';
import type { PageNotice } from '../../../platform/ui/notice';

export const COUNCILS_PATH = `${STAFF_PATH}/councils`;
export const callCouncilsPath = (programme: string, call: string) =>
  `${STAFF_PATH}/${programme}/calls/${call}/councils`;

export function CouncilsPage(props: {
  ctx: RequestContext;
  programme: ProgrammeRow;
  call: CallRow;
  councils: CouncilRow[];
  rounds: RoundRow[];
  values?: FormValues;
  errors?: FieldErrors;
}) {
  const { ctx, programme, call, councils, rounds, errors } = props;
  const { t, locale } = ctx;
  const values = props.values ?? {};
  const path = callCouncilsPath(programme.slug, call.slug);
  return (
    <BackofficePage
      ctx={ctx}
      path={path}
      title={t('programs.council.listTitle', {
        call: inLocale(locale, call.titleVi, call.titleEn),
      })}
      errors={errors}
    >
      {councils.length === 0 ? (
        <p class="muted">{t('programs.council.none')}</p>
      ) : (
        <ul>
          {councils.map((c) => (
            <li>
              <a href={`${COUNCILS_PATH}/${c.id}`}>{inLocale(locale, c.titleVi, c.titleEn)}</a>
            </li>
          ))}
        </ul>
      )}
      <h2 id="h-new-council">{t('programs.council.new')}</h2>
      <form method="post" action={path} class="stack">
        <TextField
          t={t}
          name="titleVi"
          label={t('programs.council.titleVi')}
          value={values.titleVi}
          errors={errors}
          required
        />
        <TextField
          t={t}
          name="titleEn"
          label={t('programs.council.titleEn')}
          value={values.titleEn}
          errors={errors}
        />
        <TextField
          t={t}
          name="decisionNumber"
          label={t('programs.council.decisionNumber')}
          value={values.decisionNumber}
          errors={errors}
        />
        <SelectField
          t={t}
          name="roundId"
          label={t('programs.council.round')}
          value={values.roundId}
          errors={errors}
          options={[
            { value: '', label: t('programs.council.noRound') },
            ...rounds.map((r) => ({ value: r.id, label: inLocale(locale, r.titleVi, r.titleEn) })),
          ]}
        />
        <button type="submit">{t('programs.council.create')}</button>
      </form>
    </BackofficePage>
  );
}

/** A member's role (its own form) and their removal, while the meeting is not recorded. */
function MemberActions(props: { ctx: RequestContext; path: string; member: CouncilMemberRow }) {
  const { ctx, path, member } = props;
  const { t } = ctx;
  const id = `role-${member.id}`;
  return (
    <div class="row">
      <form method="post" action={`${path}/role`} class="inline">
        <SelectField
          t={t}
          id={id}
          name="role"
          label={t('programs.council.roleOf', { name: member.fullName })}
          value={member.role}
          options={COUNCIL_ROLES.map((r) => ({ value: r, label: t(`programs.council.role.${r}`) }))}
        />
        <button type="submit" class="secondary">
          {t('programs.council.changeRole')}
        </button>
      </form>
      <ActionButton
        action={`${path}/remove`}
        label={t('programs.council.removeMember')}
        ariaLabel={`${t('programs.council.removeMember')}: ${member.fullName}`}
        kind="secondary"
      />
    </div>
  );
}

export function CouncilPage(props: {
  ctx: RequestContext;
  view: CouncilView;
  notice?: PageNotice;
  errors?: FieldErrors;
  values?: FormValues;
}) {
  const { ctx, view, notice, errors } = props;
  const { t, locale } = ctx;
  const { council, members, pool, programme, call } = view;
  const path = `${COUNCILS_PATH}/${council.id}`;
  const values = props.values ?? {};
  const free = pool.filter((p) => !members.some((m) => m.userId === p.userId));
  const isRecorded = council.meetingAt !== null;
  const roleOptions = COUNCIL_ROLES.map((r) => ({
    value: r,
    label: t(`programs.council.role.${r}`),
  }));
  return (
    <BackofficePage
      ctx={ctx}
      path={path}
      title={inLocale(locale, council.titleVi, council.titleEn)}
      lead={`${inLocale(locale, programme.titleVi, programme.titleEn)} · ${inLocale(locale, call.titleVi, call.titleEn)}`}
      notice={notice}
      errors={errors}
    >
      <p>
        <a href={`${path}/minutes`}>{t('programs.council.minutes')}</a> ·{' '}
        <a href={`${path}/minutes.docx`}>{t('programs.council.minutesDocx')}</a> ·{' '}
        <a href={callCouncilsPath(programme.slug, call.slug)}>{t('programs.council.all')}</a>
      </p>
      <h2 id="h-members">{t('programs.council.members')}</h2>
      {members.length === 0 ? (
        <p class="muted">{t('programs.council.noMembers')}</p>
      ) : (
        <ul class="stack">
          {members.map((m) => (
            <li>
              {m.fullName} — {t(`programs.council.role.${m.role}`)}
              {m.affiliation && `, ${m.affiliation}`}
              {!isRecorded && (
                <MemberActions ctx={ctx} path={`${path}/members/${m.id}`} member={m} />
              )}
            </li>
          ))}
        </ul>
      )}
      {isRecorded ? (
        <p class="muted">{t('programs.council.recorded')}</p>
      ) : (
        <form method="post" action={`${path}/members`} class="stack">
          {free.length > 0 && (
            <SelectField
              t={t}
              name="reviewerId"
              label={t('programs.council.fromPool')}
              value={values.reviewerId}
              options={[
                { value: '', label: '—' },
                ...free.map((p) => ({ value: p.userId, label: p.name })),
              ]}
            />
          )}
          <TextField
            t={t}
            name="profile"
            label={t('programs.council.profile')}
            hint={t('programs.council.profileHint')}
            value={values.profile}
            errors={errors}
          />
          <SelectField
            t={t}
            name="role"
            label={t('programs.council.roleLabel')}
            value={values.role ?? 'member'}
            options={roleOptions}
          />
          <TextField
            t={t}
            name="affiliation"
            label={t('programs.council.affiliation')}
            value={values.affiliation}
            errors={errors}
          />
          <button type="submit">{t('programs.council.addMember')}</button>
        </form>
      )}
      <h2 id="h-meeting">{t('programs.council.meeting')}</h2>
      <form method="post" action={`${path}/meeting`} class="stack">
        <input type="hidden" name="version" value={String(council.version)} />
        <TextField
          t={t}
          name="meetingPlace"
          label={t('programs.council.place')}
          hint={t('programs.council.placeHint')}
          value={values.meetingPlace ?? council.meetingPlace}
          errors={errors}
          required
        />
        <DateTimeField
          t={t}
          name="meetingAt"
          label={t('programs.council.at')}
          value={values.meetingAt ?? council.meetingAt ?? ''}
          errors={errors}
          required
        />
        <CheckboxGroup
          t={t}
          name="present"
          legend={t('programs.council.present')}
          values={members.filter((m) => m.isPresent).map((m) => m.id)}
          options={members.map((m) => ({ value: m.id, label: m.fullName }))}
          errors={errors}
        />
        <LongTextField
          t={t}
          name="conclusions"
          label={t('programs.council.conclusions')}
          value={values.conclusions ?? council.conclusions}
          errors={errors}
          rows={6}
        />
        <button type="submit">{t('programs.council.record')}</button>
      </form>
    </BackofficePage>
  );
}

const PRINT_CSS = `body{font-family:"Times New Roman",serif;font-size:13pt;max-width:800px;margin:2em auto;line-height:1.5}
.c{text-align:center}.head{font-weight:bold;margin:0}.motto{font-weight:bold;text-decoration:underline;margin:0}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #000;padding:4px}
.signers{display:flex;justify-content:space-between;margin-top:3em}.signers div{text-align:center;width:45%}
@media print{.no-print{display:none}}`;

/** The minutes, in Vietnamese whatever the interface language: it is an official record. */
export function MinutesPage({ text, backPath }: { text: MinutesText; backPath: string }) {
  const Rows = ({ head, rows }: { head: readonly string[]; rows: string[][] }) => (
    <table>
      <thead>
        <tr>
          {head.map((h) => (
            <th>{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr>
            {r.map((cell) => (
              <td>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <>
      {raw('<!doctype html>')}
      <html lang="vi">
        <head>
          <meta charset="utf-8" />
          <title>{MINUTES_HEADER.title}</title>
          <style>{raw(PRINT_CSS)}</style>
        </head>
        <body>
          <p class="no-print">
            <a href={backPath}>← Hội đồng</a>
          </p>
          <p class="c head">{MINUTES_HEADER.nation}</p>
          <p class="c motto">{MINUTES_HEADER.motto}</p>
          <p class="c">
            <em>{text.placeDate}</em>
          </p>
          <h1 class="c">{MINUTES_HEADER.title}</h1>
          <p class="c">{text.subtitle}</p>
          <p>{text.opening}</p>
          <h2>I. THÀNH PHẦN THAM DỰ</h2>
          <p>{text.presentLine}</p>
          <ul>
            {text.present.map((s) => (
              <li>{s}</li>
            ))}
          </ul>
          {text.absent.length > 0 && (
            <>
              <p>Vắng mặt:</p>
              <ul>
                {text.absent.map((s) => (
                  <li>{s}</li>
                ))}
              </ul>
            </>
          )}
          <h2>II. KẾT QUẢ XẾP HẠNG</h2>
          {text.ranking.length > 0 ? (
            <Rows head={text.rankingHead} rows={text.ranking} />
          ) : (
            <p>Không có kết quả chấm điểm.</p>
          )}
          <h2>III. QUYẾT ĐỊNH</h2>
          {text.decisions.length > 0 ? (
            <Rows head={text.decisionsHead} rows={text.decisions} />
          ) : (
            <p>Chưa có quyết định.</p>
          )}
          <h2>IV. KẾT LUẬN CỦA HỘI ĐỒNG</h2>
          {text.conclusions.map((s) => (
            <p>{s}</p>
          ))}
          <div class="signers">
            {text.signers.map(([role, name]) => (
              <div>
                <strong>{role}</strong>
                <br />
                <em>(Ký, ghi rõ họ tên)</em>
                <br />
                <br />
                <br />
                {name}
              </div>
            ))}
          </div>
        </body>
      </html>
    </>
  );
}
