// Words and small pieces the plans' pages share.
import type { RequestContext } from '../../../platform/http/context';
import { formatDate, formatVnd, type MessageKey, type Translate } from '../../../platform/i18n';
import type { Agency } from '../services/agencies';
import type { BudgetRow } from '../db/tasks.repository';

export const statusLabel = (t: Translate, status: string) =>
  t(`plans.task.status.${status}` as MessageKey);
export const levelLabel = (t: Translate, level: string) =>
  t(`plans.task.level.${level}` as MessageKey);
export const sourceLabel = (t: Translate, source: string) =>
  t(`plans.budget.${source}` as MessageKey);

export function agencyNamer(agencies: Agency[]) {
  const byId = new Map(agencies.map((a) => [a.id, a]));
  return (id: string | null) => (id ? (byId.get(id)?.name ?? '—') : '—');
}

/** A calendar day (yyyy-mm-dd) as dd/mm/yyyy; a dash when none. */
export const dayText = (ctx: RequestContext, day: string | null) =>
  day ? formatDate(new Date(`${day}T00:00:00+07:00`), ctx.locale) : '—';

export function BudgetList({ ctx, budgets }: { ctx: RequestContext; budgets: BudgetRow[] }) {
  if (budgets.length === 0) return <span>—</span>;
  return (
    <ul class="plain">
      {budgets.map((b) => (
        <li>
          {sourceLabel(ctx.t, b.source)}: {formatVnd(b.amountVnd, ctx.locale)}
        </li>
      ))}
    </ul>
  );
}

export const agencyChoices = (agencies: Agency[]) =>
  agencies.map((a) => ({ value: a.id, label: `${a.name} (${a.code})` }));
