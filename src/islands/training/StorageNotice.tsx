/** One line saying whether progress is kept, and why not when it is not. */
import type { StorageStrings } from '../../lib/i18n/training';
import type { StoreState } from './storage';

export function StorageNotice({ state, strings }: { state: StoreState; strings: StorageStrings }) {
  const text = state === 'unavailable' ? strings.unavailable : state === 'corrupt' ? strings.corrupt : state === 'newer' ? strings.newer : strings.saved;
  const warn = state === 'unavailable' || state === 'corrupt' || state === 'newer';
  return <p class={warn ? 'training-storage training-storage--warn' : 'training-storage'} role={warn ? 'status' : undefined}>{text}</p>;
}
