export * from './locales';
export * from './ui';
export * from './current';
