import { useAppStore, useAppStoreApi } from '../../store/hooks.ts';
import { clearPrices, setPrice, type PriceField, type PricedItem } from '../../model/index.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { PriceCell } from './PriceCell.tsx';
import { parseFigure, priceRows } from './priceRows.ts';
import './compare.css';

/**
 * The design's price and power per node kind and cable kind. The catalog's estimates show as
 * placeholders; a figure typed here is the design's own, saved and shared with it (so a link carries
 * the assumptions). Each change is one undo step.
 */
export function PricesDialog({ back, onClose }: { back?: 'compare'; onClose(): void }) {
  const store = useAppStoreApi();
  const prices = useAppStore((s) => s.document.settings.prices);
  const viewOnly = useAppStore((s) => s.viewOnly);
  const rows = priceRows(prices);
  const close = back ? () => store.getState().openDialog({ type: back }) : onClose;
  const commit = (item: PricedItem, field: PriceField) => (text: string): string | undefined => {
    const parsed = parseFigure(text);
    if (!parsed.ok) return parsed.reason;
    const result = store.getState().applyOperation((t) => setPrice(t, item, field, parsed.value), { quiet: true });
    return result.ok ? undefined : result.reason;
  };
  const hasOwn = Object.keys(prices).length > 0;
  return (
    <Dialog title="Prices and power" onClose={close} wide className="prices-dialog">
      <p className="inspector-hint">
        The catalog’s figures are estimates (grey): type the design’s own to replace them, or empty a field to go back to the estimate.
        They travel with the design, in its file and its link. The I/O cost and power of the compare view use them.
      </p>
      <div className="table-scroll">
        <table className="price-table">
          <caption className="visually-hidden">Price (USD) and power (W) of each node kind and cable kind</caption>
          <thead>
            <tr><th scope="col">Item</th><th scope="col">Price (USD)</th><th scope="col">Power (W)</th></tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.item}>
                <th scope="row">{row.name}</th>
                {(['priceUsd', 'powerW'] as const).map((field) => (
                  <td key={field}>
                    <PriceCell
                      label={`${field === 'priceUsd' ? 'Price' : 'Power'} of ${row.name}`} value={row.own[field]} estimate={row.estimate[field]}
                      unit={field === 'priceUsd' ? 'USD' : 'W'} disabled={viewOnly} commit={commit(row.item, field)}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="dialog-actions">
        <button type="button" className="button" disabled={!hasOwn || viewOnly} onClick={() => store.getState().applyOperation(clearPrices)}>Use the catalog’s estimates everywhere</button>
        <button type="button" className="button button-primary" onClick={close}>{back ? 'Back to the comparison' : 'Done'}</button>
      </div>
    </Dialog>
  );
}
