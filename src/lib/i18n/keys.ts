/**
 * The keys of the site's words. Keys built from a content enum (kind.procedures,
 * channel.visit …) are typed from that enum, so a new collection or enum value
 * without its words fails `astro check` instead of the build.
 */
import type { zhCn } from './dictionaries/zh-cn';
import type { PageKind } from '../routes';
import type { Audience } from '../../schemas/common';
import type { Channel, Outcome, Strength } from '../../schemas/pages';
import type { SourceKind } from '../../schemas/sources';
import type { Finding } from '../selfcheck/types';

/** Keys whose last part comes from data; every one of them must exist in the Chinese table. */
export type DataKey =
  | `kind.${PageKind | 'sources' | 'glossary' | 'info'}`
  | `intro.${PageKind | 'sources' | 'glossary'}`
  | `strength.${Strength | SourceKind}`
  | `channel.${Channel}`
  | `outcome.${Outcome}`
  | `audience.${Audience}`
  | `kit.who.${'agent' | 'borrower' | 'relative' | 'other'}`
  | `selfcheck.topic.${Finding['topic']}`;

export type UiKey = keyof typeof zhCn;

/** Fails to compile when the Chinese table lacks a data-built key. */
export type MissingDataKeys = Exclude<DataKey, UiKey>;
const everyDataKeyExists: MissingDataKeys extends never ? true : MissingDataKeys = true;
void everyDataKeyExists;

/** Base keys of plural forms: 'search.count' for 'search.count.one' / 'search.count.other'. */
export type PluralKey = UiKey extends infer K ? (K extends `${infer Base}.other` ? Base : never) : never;
