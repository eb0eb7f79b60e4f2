// A fee's, licence's or revenue entry's own page: its form, to correct it, and below it the
// button that removes an entry recorded by mistake. Both post the version the page was shown at.
// An entry removed while it was edited shows what was typed in the form that adds an entry.
import { randomUUID } from 'node:crypto';
import type { Child } from 'hono/jsx';
import type { FieldErrors } from '../../../platform/errors';
import type { RequestContext } from '../../../platform/http/context';
import type { FormValues } from '../../../platform/input/form-values';
import { ActionButton } from '../../../platform/ui/action-button';
import { ErrorSummary } from '../../../platform/ui/error-summary';
import { Layout } from '../../../platform/ui/layout';
import { Notice, type PageNotice } from '../../../platform/ui/notice';
import type { IpRecordKind } from '../db/ip-records.repository';
import { FeeFields, FeePaidField, LicenceFields, RevenueFields } from './ip-record-fields';
import { IP_RECORD_SEGMENTS, ipAssetPath, ipRecordPath, PORTFOLIO_PATH } from './ip-paths';

export interface IpRecordPageProps {
  ctx: RequestContext;
  kind: IpRecordKind;
  asset: { id: string; title: string };
  recordId: string;
  licences: { id: string; licensee: string }[];
  version: number;
  values: FormValues;
  errors?: FieldErrors;
  /** After a stale save: the entry as someone else saved it meanwhile. */
  current?: FormValues;
  notice?: PageNotice;
}

export type RemovedIpRecordPageProps = Omit<
  IpRecordPageProps,
  'recordId' | 'version' | 'current' | 'notice'
>;

function RecordFields(props: RemovedIpRecordPageProps & { current?: FormValues; isNew?: boolean }) {
  const { ctx, values, errors, current } = props;
  const shared = { ctx, values, errors, current };
  if (props.kind === 'fee')
    return (
      <>
        <FeeFields {...shared} />
        {!props.isNew && <FeePaidField {...shared} />}
      </>
    );
  if (props.kind === 'licence') return <LicenceFields {...shared} />;
  return <RevenueFields {...shared} licences={props.licences} />;
}

/** The page of an entry: the way back to its asset and the heading, above its form. */
function RecordPageFrame(props: RemovedIpRecordPageProps & { children: Child }) {
  const { ctx, kind, asset } = props;
  const { t } = ctx;
  const title = t(`marketplace.ip.${kind}.editTitle`);
  return (
    <Layout ctx={ctx} title={`${title} — ${asset.title}`} path={PORTFOLIO_PATH}>
      <p>
        <a href={ipAssetPath(asset.id)}>
          {t('marketplace.ip.record.back', { title: asset.title })}
        </a>
      </p>
      <h1>{title}</h1>
      {props.children}
    </Layout>
  );
}

export function IpRecordPage(props: IpRecordPageProps) {
  const { ctx, kind, asset } = props;
  const { t } = ctx;
  const path = ipRecordPath(asset.id, kind, props.recordId);
  return (
    <RecordPageFrame {...props}>
      {props.notice && <Notice kind={props.notice.kind}>{props.notice.text}</Notice>}
      <ErrorSummary t={t} errors={props.errors} />
      <form method="post" action={path}>
        <input type="hidden" name="version" value={String(props.version)} />
        <RecordFields {...props} />
        <button type="submit">{t('marketplace.ip.record.save')}</button>
      </form>
      <h2>{t('marketplace.ip.record.removeTitle')}</h2>
      <p>{t('marketplace.ip.record.removeHint')}</p>
      <ActionButton
        action={`${path}/remove`}
        label={t('marketplace.ip.record.remove')}
        kind="danger"
        hidden={{ version: props.version }}
      />
    </RecordPageFrame>
  );
}

/** 409 after an edit of an entry removed meanwhile: what was typed, ready to be added anew. */
export function RemovedIpRecordPage(props: RemovedIpRecordPageProps) {
  const { ctx, kind, asset } = props;
  const { t } = ctx;
  return (
    <RecordPageFrame {...props}>
      <Notice kind="error">{t('marketplace.ip.record.gone')}</Notice>
      <form method="post" action={`${ipAssetPath(asset.id)}/${IP_RECORD_SEGMENTS[kind]}`}>
        <input type="hidden" name="submissionKey" value={randomUUID()} />
        <RecordFields {...props} isNew />
        <button type="submit">{t('marketplace.ip.record.addAgain')}</button>
      </form>
    </RecordPageFrame>
  );
}
