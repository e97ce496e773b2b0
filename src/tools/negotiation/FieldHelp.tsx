// A recorded fact's help line, which its control is described by.
import type { Lang } from '../../i18n/lang';
import type { NegotiationDefinition, NegotiationFieldKey } from './definition';

type Field = NegotiationDefinition['fields'][NegotiationFieldKey];

export function Help({ id, field, lang }: { id: string; field: Field; lang: Lang }) {
  return field.help ? (
    <p class="pb-help" id={`${id}-help`}>
      {field.help[lang]}
    </p>
  ) : null;
}
