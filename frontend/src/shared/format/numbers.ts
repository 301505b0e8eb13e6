/** Numbers, shares and sizes for people, in the page's locale (locale.ts). */
import { numberFormat } from './locale';

/** formatNumber shows a count with the locale's grouping: "12,345" (en-US), "12.345" (de). */
export function formatNumber(n: number): string {
  return numberFormat().format(n);
}

/** formatPercent shows a share from 0 to 1 as a whole percentage: "85%" (en-US), "85 %" (de). */
export function formatPercent(share: number): string {
  const v = Number.isFinite(share) ? share : 0;
  return numberFormat({ style: 'percent', maximumFractionDigits: 0 }).format(v);
}

const sizeUnits = ['KB', 'MB', 'GB', 'TB'];

/** formatBytes shows a size: "512 B", "12 KB", "3.4 MB" (units of 1024, one decimal below 10). */
export function formatBytes(n: number): string {
  if (!Number.isFinite(n) || n < 1024) return `${formatNumber(Math.max(0, Math.round(n || 0)))}\u00a0B`;
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < sizeUnits.length - 1) {
    v /= 1024;
    i++;
  }
  const shown = numberFormat({ maximumFractionDigits: v < 10 ? 1 : 0 }).format(v);
  return `${shown}\u00a0${sizeUnits[i] ?? ''}`;
}
