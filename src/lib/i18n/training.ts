/**
 * Every string of the training path's islands (knowledge check, drills, dashboard),
 * per locale. Plain data with {name} placeholders, passed to an island as a prop so
 * its JavaScript carries one language only; checked at build like the calculator's.
 */
import type { Locale } from './locales';
import { trainingZhCn } from './dictionaries/training.zh-cn';
import { trainingEn } from './dictionaries/training.en';

export interface QuizStrings {
  /** Between a label and its text: '：' in Chinese, ': ' in English. */
  colon: string;
  intro: string;
  start: string;
  loading: string;
  loadFailed: string;
  progress: string;
  chooseOne: string;
  chooseAll: string;
  situation: string;
  submit: string;
  right: string;
  wrong: string;
  yourChoice: string;
  correctOption: string;
  basis: string;
  next: string;
  finish: string;
  resultTitle: string;
  score: string;
  passed: string;
  notPassed: string;
  retryTitle: string;
  review: string;
  retryMissed: string;
  restart: string;
  allRight: string;
  refresherTitle: string;
}

export interface DrillStrings {
  you: string;
  they: string;
  choose: string;
  goodLine: string;
  consequence: string;
  breaks: string;
  tryAgain: string;
  ended: string;
  mistakes: string;
  again: string;
}

export interface StorageStrings {
  saved: string;
  unavailable: string;
  corrupt: string;
  newer: string;
}

export interface DashboardStrings {
  needsScript: string;
  summary: string;
  module: string;
  status: string;
  notStarted: string;
  attempted: string;
  completed: string;
  versions: string;
  drills: string;
  drillDone: string;
  drillNotDone: string;
  refresherDue: string;
  refresherSteps: string;
  refresherRemoved: string;
  seeChanges: string;
  takeRefresher: string;
  acknowledge: string;
  noQuestions: string;
  refreshed: string;
  print: string;
  clear: string;
  clearConfirm: string;
  cleared: string;
  recordTitle: string;
  recordNote: string;
  printedOn: string;
  signTrainee: string;
  signSupervisor: string;
}

export interface TrainingStrings {
  quiz: QuizStrings;
  drill: DrillStrings;
  storage: StorageStrings;
  dashboard: DashboardStrings;
}

export const trainingStrings: Record<Locale, TrainingStrings> = { 'zh-cn': trainingZhCn, en: trainingEn };
