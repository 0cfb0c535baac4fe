export * from './locales';
export * from './ui';
export { format } from './format';
