/**
 * The CSV download. Loaded only when the reader asks for it (Results imports it on click),
 * so the code that writes the file is not part of the island's weight at hydration.
 */
import type { CalculatorStrings } from '../../lib/i18n/calculator';
import { csvFileName, scheduleCsv } from '../../lib/repayment/csv';
import type { PlanInput, Schedule } from '../../lib/repayment/types';
import { saveFile } from '../shared/save-file';

export function downloadCsv(plan: PlanInput, schedule: Schedule, strings: CalculatorStrings): void {
  const csv = scheduleCsv(plan, schedule, strings.methods[plan.method].name, strings.csv, strings.table);
  saveFile(csv, csvFileName(plan, strings.csv), 'text/csv;charset=utf-8');
}
