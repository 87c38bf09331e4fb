/**
 * The benchmark's scenarios, one entry per table line: which entry point runs, on how many seeded
 * posts, how (trigger, menu command or google.script.run) and what it is measured against. Adding a
 * line is adding an entry; an entry whose function the bundle lacks shows "n/a (not built)".
 */

import type { Emulator } from '../../emulator';
import { LIMITS } from './cost-model';

/** How Apps Script starts the function, which sets the limit: 30 s for simple triggers, 6 min otherwise. */
export type Invocation = 'simple-trigger' | 'menu' | 'rpc';

/** What a scenario's action may use. */
export interface ScenarioEnv {
  emulator: Emulator;
  /** The name of the entry point found in the bundle. */
  fn: string;
  /** The Calendar sheet's header row (after setup). */
  header: string[];
  /** The seeded posts' rows, as written (header order). */
  rows: string[][];
  /** Posts seeded (the scenario's `posts`). */
  posts: number;
  /** "Now" of the run. */
  now: Date;
  /** `count` seeded rows under the header, not written anywhere (for pastes). */
  makeRows: (count: number) => string[][];
}

/** One line of the scenario table. */
export interface Scenario {
  /** Stable key (`name@rows`), used by the budget. */
  id: string;
  label: string;
  /** Posts seeded in the Calendar sheet before the action (-1: no setup at all, a blank spreadsheet). */
  posts: number;
  /** The number shown in the rows column (default `posts`). */
  rows?: number;
  /** Candidate entry-point names; the first the bundle defines is used. */
  fn: string[];
  invocation: Invocation;
  /** Posts the action checks or processes, for the cost model's CPU term. */
  processed: number;
  /** Whether an estimate over the limit fails the budget (default true). */
  enforceLimit?: boolean;
  /** Seed the calendar in date order (default: rows in random date order, the worst case for the Month view). */
  sortedByDate?: boolean;
  /** Done before the counters are reset (selection, ...). */
  prepare?: (env: ScenarioEnv) => void;
  /** The measured action; throws when the add-on reports a failure; may return a note for the table. */
  act: (env: ScenarioEnv) => void | string;
}

/** The limit in seconds for an invocation. */
export function limitFor(invocation: Invocation): number {
  return invocation === 'simple-trigger' ? LIMITS.simpleTrigger : LIMITS.execution;
}

/** A1 letters of a 1-based column. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function columnOf(header: readonly string[], name: string): number {
  const index = header.findIndex((cell) => cell.trim().toLowerCase() === name.toLowerCase());
  if (index < 0) throw new Error(`The Calendar sheet has no "${name}" column (header: ${header.join(', ')}).`);
  return index + 1;
}

/** Runs a menu command as one execution (AuthMode.FULL, 6-minute limit). */
function runMenuCommand(env: ScenarioEnv, ...args: unknown[]): unknown {
  return env.emulator.runAs(env.emulator.context.userEmail, (functions) => functions[env.fn](...args), {
    kind: 'menu',
  });
}

/** Runs another menu command by name (setting up a scenario); throws when the bundle lacks it. */
function runMenu(env: ScenarioEnv, name: string): unknown {
  if (!env.emulator.runtime.resolveFunction(name)) throw new Error(`${name} is not in the bundle.`);
  return env.emulator.runAs(env.emulator.context.userEmail, (functions) => functions[name](), { kind: 'menu' });
}

/** Calls a server function as google.script.run does; throws on a failure result. */
function runServer(env: ScenarioEnv, ...args: unknown[]): unknown {
  const result = env.emulator.run(env.fn, ...args);
  if (!result.ok) throw new Error(result.error);
  const value = result.value as { ok?: boolean; errors?: unknown; problems?: unknown } | null;
  if (value && value.ok === false) {
    throw new Error(`${env.fn} returned ok: false: ${JSON.stringify(value.errors ?? value.problems).slice(0, 300)}`);
  }
  return result.value;
}

/**
 * Calls an export as the Export dialog does. A refusal the add-on designs (`ok: false` with problems,
 * e.g. more posts than the format takes per file) is a measured outcome, returned as a note.
 */
function runExport(env: ScenarioEnv, request: Record<string, unknown>): string | void {
  const result = env.emulator.run(env.fn, request);
  if (!result.ok) throw new Error(result.error);
  const value = result.value as {
    ok?: boolean;
    problems?: Array<{ code?: string; postId?: string }>;
    exportCount?: number;
  } | null;
  if (!value || typeof value.ok !== 'boolean')
    throw new Error(`${env.fn} returned ${JSON.stringify(value).slice(0, 200)}`);
  if (value.ok) return `${value.exportCount ?? '?'} exported`;
  const fileProblem = value.problems?.find((problem) => !problem.postId);
  if (!fileProblem)
    throw new Error(`${env.fn} refused without a reason: ${JSON.stringify(value.problems).slice(0, 200)}`);
  return `refused: ${fileProblem.code}`;
}

/** `yyyy-MM-dd` `days` after `now`. */
function daysAfter(now: Date, days: number): string {
  return new Date(now.getTime() + days * 86400000).toISOString().slice(0, 10);
}

/** A user edit (applied as the user, then onEdit); throws when rejected or when onEdit threw. */
function edit(env: ScenarioEnv, a1: string, values: unknown[][]): void {
  const outcome = env.emulator.editAsUser('Calendar', a1, values);
  if (outcome.rejected !== undefined) throw new Error(`The edit of ${a1} was rejected: ${outcome.rejected}`);
  if (!outcome.simple.ran) throw new Error('onEdit did not run.');
  if (!outcome.simple.ok) throw new Error(`onEdit threw: ${outcome.simple.error}`);
}

function onEditCell(posts: number): Scenario {
  return {
    id: `onEdit-cell@${posts}`,
    label: `onEdit, one cell (of ${posts.toLocaleString('en-US')} posts)`,
    posts,
    rows: 1,
    fn: ['onEdit'],
    invocation: 'simple-trigger',
    processed: 1,
    act: (env) => {
      const row = Math.floor(env.posts / 2) + 2;
      edit(env, `${columnLetters(columnOf(env.header, 'Caption'))}${row}`, [
        ['A new caption for this post, edited by hand 🚀'],
      ]);
    },
  };
}

function onEditPaste(rows: number): Scenario {
  return {
    id: `onEdit-paste@${rows}`,
    label: `onEdit, paste of ${rows.toLocaleString('en-US')} rows`,
    posts: 0,
    rows,
    fn: ['onEdit'],
    invocation: 'simple-trigger',
    processed: rows,
    act: (env) => {
      // A paste of the post columns (ID .. Notes) into an empty calendar, as from another sheet.
      const last = columnOf(env.header, 'Notes');
      const block = env.makeRows(rows);
      edit(
        env,
        `A2:${columnLetters(last)}${rows + 1}`,
        block.map((row) => row.slice(0, last)),
      );
    },
  };
}

function checkAll(posts: number): Scenario {
  return {
    id: `checkAllPosts@${posts}`,
    label: `checkAllPosts, ${posts.toLocaleString('en-US')} posts`,
    posts,
    fn: ['checkAllPosts'],
    invocation: 'menu',
    processed: posts,
    act: (env) => {
      runMenuCommand(env);
    },
  };
}

const POST_INPUT = {
  date: '',
  time: '10:30',
  platform: 'Instagram',
  format: 'Image',
  caption: 'Our spring collection is here 🌷 Come and see it in the shop this weekend.',
  hashtags: '#spring #launch',
  link: 'https://example.com/spring',
  status: 'Draft',
  owner: 'ana@example.com',
  campaign: 'Spring launch',
};

function inTwoWeeks(now: Date): string {
  return daysAfter(now, 14);
}

/** Month view, dashboard and export: commands over the whole calendar, at 5,000 and 20,000 posts. */
function wholeCalendar(
  name: string,
  label: string,
  fn: string[],
  invocation: Invocation,
  act: Scenario['act'],
  sizes: number[],
): Scenario[] {
  return sizes.map((posts) => ({
    id: `${name}@${posts}`,
    label: `${label}, ${posts.toLocaleString('en-US')} posts`,
    posts,
    fn,
    invocation,
    processed: posts,
    act,
  }));
}

/** The export targets of src/domain/export (one table line each). */
export const EXPORT_TARGET_IDS = ['hootsuite', 'sprout', 'publer', 'generic-csv', 'icalendar'] as const;

/** Every scenario, in table order. */
export function allScenarios(): Scenario[] {
  return [
    {
      id: 'onOpen@5000',
      label: 'onOpen (menu only)',
      posts: 5000,
      fn: ['onOpen'],
      invocation: 'simple-trigger',
      processed: 0,
      act: (env) => {
        const outcome = env.emulator.open();
        if (!outcome.ok) throw new Error(`onOpen threw: ${outcome.error}`);
      },
    },
    {
      id: 'setupCalendar@new',
      label: 'setupCalendar, new spreadsheet',
      posts: -1,
      rows: 0,
      fn: ['setupCalendar'],
      invocation: 'menu',
      processed: 0,
      act: (env) => {
        runMenuCommand(env);
      },
    },
    {
      id: 'setupCalendar@5000',
      label: 'setupCalendar again (upgrade), 5,000 posts',
      posts: 5000,
      fn: ['setupCalendar'],
      invocation: 'menu',
      processed: 5000,
      act: (env) => {
        runMenuCommand(env);
      },
    },
    onEditCell(5000),
    onEditCell(20000),
    onEditPaste(50),
    onEditPaste(5000),
    onEditPaste(20000),
    checkAll(50),
    checkAll(500),
    checkAll(5000),
    checkAll(20000),
    {
      id: 'savePost@5000',
      label: 'savePost, new post (of 5,000 posts)',
      posts: 5000,
      rows: 1,
      fn: ['savePost'],
      invocation: 'rpc',
      processed: 1,
      act: (env) => {
        runServer(env, { ...POST_INPUT, date: inTwoWeeks(env.now) });
      },
    },
    {
      id: 'savePost-edit@5000',
      label: 'savePost, edit by ID (of 5,000 posts)',
      posts: 5000,
      rows: 1,
      fn: ['savePost'],
      invocation: 'rpc',
      processed: 1,
      act: (env) => {
        const idColumn = columnOf(env.header, 'ID');
        const id = env.rows[Math.floor(env.posts / 2)][idColumn - 1];
        runServer(env, { ...POST_INPUT, id, date: inTwoWeeks(env.now), caption: 'Edited in the form.' });
      },
    },
    {
      id: 'savePost-3@5000',
      label: 'savePost, 3 platforms (of 5,000 posts)',
      posts: 5000,
      rows: 3,
      fn: ['savePost'],
      invocation: 'rpc',
      processed: 3,
      act: (env) => {
        runServer(env, {
          ...POST_INPUT,
          platform: '',
          format: '',
          platforms: ['X', 'LinkedIn', 'Bluesky'],
          date: inTwoWeeks(env.now),
        });
      },
    },
    {
      id: 'getFormContext@5000',
      label: 'getFormContext, a post selected (of 5,000)',
      posts: 5000,
      rows: 1,
      fn: ['getFormContext'],
      invocation: 'rpc',
      processed: 1,
      prepare: (env) => env.emulator.spreadsheet.setActive('Calendar', `A${Math.floor(env.posts / 2) + 2}`),
      act: (env) => {
        runServer(env);
      },
    },
    ...wholeCalendar(
      'monthView',
      'month view',
      ['showMonthView'],
      'menu',
      (env) => void runMenuCommand(env),
      [5000, 20000],
    ),
    ...[5000, 20000].map((posts): Scenario => ({
      id: `monthView-pick@${posts}`,
      label: `onEdit, month picked in Month view (${posts.toLocaleString('en-US')} posts)`,
      posts,
      rows: posts,
      fn: ['onEdit'],
      invocation: 'simple-trigger',
      processed: posts,
      prepare: (env) => void runMenu(env, 'showMonthView'),
      // At 20,000 posts in random date order the month is spread over every row (see budget.ts's
      // hardLimitOnly): shown for information, like the 20,000-row paste; the same pick on a calendar in
      // date order ('monthView-pick-sorted@20000') is enforced.
      enforceLimit: posts < 20000,
      act: (env) => {
        const outcome = env.emulator.editAsUser('Month view', 'B1', [[daysAfter(env.now, 31).slice(0, 7)]]);
        if (outcome.rejected !== undefined) throw new Error(`The month pick was rejected: ${outcome.rejected}`);
        if (!outcome.simple.ok) throw new Error(`onEdit threw: ${outcome.simple.error}`);
      },
    })),
    {
      // The same pick on a calendar kept in date order: the month's rows are together, so only they are read.
      id: 'monthView-pick-sorted@20000',
      label: 'onEdit, month picked in Month view (20,000 posts in date order)',
      posts: 20000,
      rows: 20000,
      fn: ['onEdit'],
      invocation: 'simple-trigger',
      processed: 20000,
      sortedByDate: true,
      prepare: (env) => void runMenu(env, 'showMonthView'),
      act: (env) => {
        const outcome = env.emulator.editAsUser('Month view', 'B1', [[daysAfter(env.now, 31).slice(0, 7)]]);
        if (outcome.rejected !== undefined) throw new Error(`The month pick was rejected: ${outcome.rejected}`);
        if (!outcome.simple.ok) throw new Error(`onEdit threw: ${outcome.simple.error}`);
      },
    },
    {
      id: 'monthView-refresh@5000',
      label: 'Month view redraw after a save, 5,000 posts',
      posts: 5000,
      fn: ['refreshMonthViewIfPresent', 'refreshMonthView'],
      invocation: 'rpc',
      processed: 5000,
      prepare: (env) => void runMenu(env, 'showMonthView'),
      act: (env) => {
        const value = runServer(env) as { refreshed?: boolean };
        if (!value.refreshed) throw new Error('refreshMonthView did not redraw the Month view.');
      },
    },
    ...wholeCalendar(
      'dashboard',
      'dashboard',
      ['refreshDashboard'],
      'menu',
      (env) => void runMenuCommand(env),
      [5000, 20000],
    ),
    {
      id: 'dashboard-redraw@20000',
      label: 'dashboard redrawn (already drawn), 20,000 posts',
      posts: 20000,
      fn: ['refreshDashboard'],
      invocation: 'menu',
      processed: 20000,
      prepare: (env) => void runMenu(env, 'refreshDashboard'),
      act: (env) => void runMenuCommand(env),
    },
    ...EXPORT_TARGET_IDS.flatMap((target) =>
      // The next four weeks' posts that pass the format's checks, as a person would export them.
      wholeCalendar(
        `export-${target}`,
        `export ${target}`,
        ['exportPosts'],
        'rpc',
        (env) => runExport(env, { target, onlyPassing: true, from: daysAfter(env.now, 1), to: daysAfter(env.now, 28) }),
        [5000, 20000],
      ),
    ),
  ];
}
