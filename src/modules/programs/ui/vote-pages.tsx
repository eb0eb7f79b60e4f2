// Public vote pages: staff choose the entries, open and close the vote and read the tally with
// its flags; everyone reads the entries, and verified accounts vote with a plain form post.
import { BackofficePage } from '../../../platform/backoffice/components';
import type { FieldErrors } from '../../../platform/errors';
import type { RequestContext } from '../../../platform/http/context';
import { formatDateTime, formatNumber } from '../../../platform/i18n';
import { Layout } from '../../../platform/ui/layout';
import type { CallRow } from '../db/calls.repository';
import type { ProgrammeRow } from '../db/programmes.repository';
import { STAFF_PATH } from '../permissions';
import type { FormValues } from '../../../platform/input/form-values';
import type { publicVote, publicVoteEntry, StaffVote } from '../services/votes/vote.queries';
import { LongTextField, TextField } from '../../../platform/ui/text-controls';
import { inLocale } from './labels';
import type { PageNotice } from '../../../platform/ui/notice';

export const STAFF_VOTES_PATH = `${STAFF_PATH}/votes`;
export const PUBLIC_VOTES_PATH = '/programs/votes';
export const callVotePath = (programme: string, call: string) =>
  `${STAFF_PATH}/${programme}/calls/${call}/vote`;
export const entryPath = (voteId: string, entryId: string) =>
  `${PUBLIC_VOTES_PATH}/${voteId}/${entryId}`;

export function NewVotePage(props: {
  ctx: RequestContext;
  programme: ProgrammeRow;
  call: CallRow;
  values?: FormValues;
  errors?: FieldErrors;
}) {
  const { ctx, programme, call, errors } = props;
  const { t, locale } = ctx;
  const path = callVotePath(programme.slug, call.slug);
  return (
    <BackofficePage
      ctx={ctx}
      path={path}
      title={t('programs.vote.newTitle', { call: inLocale(locale, call.titleVi, call.titleEn) })}
      errors={errors}
    >
      <p class="muted">{t('programs.vote.explain')}</p>
      <form method="post" action={path} class="stack">
        <TextField
          t={t}
          name="titleVi"
          label={t('programs.vote.titleVi')}
          value={props.values?.titleVi}
          errors={errors}
          required
        />
        <TextField
          t={t}
          name="titleEn"
          label={t('programs.vote.titleEn')}
          value={props.values?.titleEn}
          errors={errors}
        />
        <button type="submit">{t('programs.vote.create')}</button>
      </form>
    </BackofficePage>
  );
}

export function StaffVotePage(props: {
  ctx: RequestContext;
  data: StaffVote & { call: CallRow; programme: ProgrammeRow };
  notice?: PageNotice;
  errors?: FieldErrors;
}) {
  const { ctx, data, notice, errors } = props;
  const { t, locale } = ctx;
  const vote = data.vote!;
  const path = `${STAFF_VOTES_PATH}/${vote.id}`;
  const flagged = new Map(data.bursts.map((b) => [b.entryId, b]));
  const StateButton = ({ op, label }: { op: string; label: string }) => (
    <form method="post" action={`${path}/state`}>
      <input type="hidden" name="version" value={String(vote.version)} />
      <button name="op" value={op}>
        {label}
      </button>
    </form>
  );
  return (
    <BackofficePage
      ctx={ctx}
      path={path}
      title={inLocale(locale, vote.titleVi, vote.titleEn)}
      lead={`${inLocale(locale, data.programme.titleVi, data.programme.titleEn)} · ${inLocale(locale, data.call.titleVi, data.call.titleEn)} · ${t(`programs.vote.status.${vote.status}`)}`}
      notice={notice}
      errors={errors}
    >
      {vote.status !== 'draft' && (
        <p>
          <a href={`${PUBLIC_VOTES_PATH}/${vote.id}`}>{t('programs.vote.publicPage')}</a>
        </p>
      )}
      {vote.status === 'draft' && <StateButton op="open" label={t('programs.vote.open')} />}
      {vote.status === 'open' && <StateButton op="close" label={t('programs.vote.close')} />}
      {vote.status === 'closed' &&
        (vote.areResultsPublic ? (
          <StateButton op="hideResults" label={t('programs.vote.hideResults')} />
        ) : (
          <StateButton op="showResults" label={t('programs.vote.showResults')} />
        ))}
      <h2 id="h-tally">{t('programs.vote.tally')}</h2>
      <p class="muted">{t('programs.vote.burstRule')}</p>
      {data.rows.length === 0 ? (
        <p class="muted">{t('programs.vote.noEntries')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t('programs.vote.solution')}</th>
              <th>{t('programs.vote.organization')}</th>
              <th>{t('programs.vote.votes')}</th>
              <th>{t('programs.vote.fromNew')}</th>
              <th>{t('programs.vote.flags')}</th>
            </tr>
          </thead>
          <tbody>
            {data.rows.map((r) => {
              const burst = flagged.get(r.entry.id);
              return (
                <tr>
                  <td>
                    <a href={entryPath(vote.id, r.entry.id)}>{r.entry.solutionName}</a>
                  </td>
                  <td>{r.entry.organizationName}</td>
                  <td>{formatNumber(r.votes, locale)}</td>
                  <td>{formatNumber(r.fromNewAccounts, locale)}</td>
                  <td>
                    {burst && (
                      <strong>
                        {t('programs.vote.burst', {
                          count: burst.count,
                          from: formatDateTime(burst.from, locale),
                        })}
                      </strong>
                    )}
                    {r.votes === 0 && vote.status !== 'closed' && (
                      <form method="post" action={`${path}/entries/${r.entry.id}/remove`}>
                        <button type="submit">{t('programs.vote.removeEntry')}</button>
                      </form>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {vote.status !== 'closed' && data.candidates.length > 0 && (
        <>
          <h2 id="h-add">{t('programs.vote.addEntry')}</h2>
          <p class="muted">{t('programs.vote.addEntryHint')}</p>
          {data.candidates.map((a) => (
            <form method="post" action={`${path}/entries`} class="stack">
              <input type="hidden" name="applicationId" value={a.id} />
              <p>
                <strong>{a.receiptNumber}</strong>
              </p>
              <TextField
                t={t}
                id={`solutionName-${a.id}`}
                name="solutionName"
                label={t('programs.vote.solution')}
                required
              />
              <TextField
                t={t}
                id={`organizationName-${a.id}`}
                name="organizationName"
                label={t('programs.vote.organization')}
                value={a.organizationName}
                required
              />
              <LongTextField
                t={t}
                id={`summary-${a.id}`}
                name="summary"
                label={t('programs.vote.summary')}
                rows={2}
              />
              <button type="submit">{t('programs.vote.add')}</button>
            </form>
          ))}
        </>
      )}
    </BackofficePage>
  );
}

export function PublicVotePage(props: {
  ctx: RequestContext;
  data: Awaited<ReturnType<typeof publicVote>>;
}) {
  const { ctx, data } = props;
  const { t, locale } = ctx;
  const { vote, programme } = data;
  const title = inLocale(locale, vote.titleVi, vote.titleEn);
  return (
    <Layout ctx={ctx} title={title} path={`${PUBLIC_VOTES_PATH}/${vote.id}`}>
      <p>
        <a href={`/programs/${programme.slug}`}>
          {inLocale(locale, programme.titleVi, programme.titleEn)}
        </a>
      </p>
      <h1>{title}</h1>
      <p>{t(`programs.vote.publicStatus.${vote.status === 'open' ? 'open' : 'closed'}`)}</p>
      <ul>
        {data.rows.map((r) => (
          <li>
            <a href={entryPath(vote.id, r.entry.id)}>{r.entry.solutionName}</a> —{' '}
            {r.entry.organizationName}
            {r.votes !== undefined && ` · ${t('programs.vote.count', { count: r.votes })}`}
          </li>
        ))}
      </ul>
    </Layout>
  );
}

export function PublicEntryPage(props: {
  ctx: RequestContext;
  data: Awaited<ReturnType<typeof publicVoteEntry>>;
  notice?: PageNotice;
}) {
  const { ctx, data, notice } = props;
  const { t, locale } = ctx;
  const { vote, entry } = data;
  const path = entryPath(vote.id, entry.id);
  return (
    <Layout ctx={ctx} title={entry.solutionName} path={path}>
      <p>
        <a href={`${PUBLIC_VOTES_PATH}/${vote.id}`}>
          {inLocale(locale, vote.titleVi, vote.titleEn)}
        </a>
      </p>
      <h1>{entry.solutionName}</h1>
      <p>{entry.organizationName}</p>
      {entry.summary && <p>{entry.summary}</p>}
      {notice && (
        <p role={notice.kind === 'error' ? 'alert' : 'status'} class={`notice ${notice.kind}`}>
          {notice.text}
        </p>
      )}
      {vote.status !== 'open' ? (
        <p class="muted">{t('programs.vote.publicStatus.closed')}</p>
      ) : data.hasVoted ? (
        <p>{t('programs.vote.voted')}</p>
      ) : ctx.actor.kind === 'user' ? (
        <form method="post" action={path}>
          <button type="submit">{t('programs.vote.cast')}</button>
        </form>
      ) : (
        <p>
          <a href={`/login?next=${encodeURIComponent(path)}`}>{t('programs.vote.signInToVote')}</a>
        </p>
      )}
    </Layout>
  );
}
