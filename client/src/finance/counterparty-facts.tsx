import {useT} from '../i18n/i18n.tsx';
import type {CounterpartyRow} from './use-finance.ts';

/** Who is paid: the counterparty's BIN/IIN and bank details, as the accountant copies them into the payment. */
export function CounterpartyFacts({counterparty}: {counterparty: CounterpartyRow}) {
  const t = useT();
  const facts: [string, string][] = [
    [t('fin.cp.bin'), counterparty.bin],
    [t('fin.cp.bank'), counterparty.bank],
    [t('fin.cp.iban'), counterparty.iban],
    [t('fin.cp.bik'), counterparty.bik],
    [t('fin.cp.contact'), counterparty.contact],
  ];
  return (
    <section className="section counterparty-facts" data-testid="counterparty-facts">
      <h2 className="wrap-anywhere">{counterparty.name}</h2>
      <dl className="facts">
        {facts
          .filter(([, v]) => v)
          .map(([k, v]) => (
            <div key={k} className="fact">
              <dt>{k}</dt>
              <dd className="wrap-anywhere mono">{v}</dd>
            </div>
          ))}
      </dl>
    </section>
  );
}
