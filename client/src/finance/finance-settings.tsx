// Finance settings (finance.manage): the approval chains, expense items,
// counterparties and currency rates.
import {ChainEditor} from './chain-editor.tsx';
import {CounterpartiesEditor} from './counterparties-editor.tsx';
import {ItemsEditor} from './items-editor.tsx';
import {RatesEditor} from './rates-editor.tsx';

export function FinanceSettings() {
  return (
    <div className="finance-settings">
      <ChainEditor />
      <ItemsEditor />
      <CounterpartiesEditor />
      <RatesEditor />
    </div>
  );
}
