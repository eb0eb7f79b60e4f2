import type { Translate } from '../i18n';

/**
 * Above a list that shows close matches because nothing matched what was typed: says so, and
 * links to the search spelt as the best match spells it.
 */
export function DidYouMean(props: {
  t: Translate;
  typed: string;
  suggestion: string;
  href: string;
}) {
  const { t } = props;
  return (
    <p class="alert info" role="status">
      {t('search.noExactMatch', { q: props.typed })} {t('search.didYouMean')}{' '}
      <a href={props.href}>
        <strong>{props.suggestion}</strong>
      </a>
      ?
    </p>
  );
}
