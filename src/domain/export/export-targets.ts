/** The registry of export targets and runExport(), which checks, optionally drops failing rows, and writes. */

import { t } from '../i18n';
import type { Post } from '../post';
import type { ExportOptions, ExportTarget, ExportTargetId, Problem } from './export-types';
import { mergeRowProblems } from './post-check-problems';
import { genericCsvTarget } from './targets/generic-csv';
import { hootsuiteTarget } from './targets/hootsuite';
import { icalendarTarget } from './targets/icalendar';
import { publerTarget } from './targets/publer';
import { sproutTarget } from './targets/sprout';

/** Every export target, in the order the Export dialog lists them. */
export const EXPORT_TARGETS: readonly ExportTarget[] = [
  hootsuiteTarget,
  sproutTarget,
  publerTarget,
  genericCsvTarget,
  icalendarTarget,
];

/** The target with this id, or undefined. */
export function findExportTarget(id: string): ExportTarget | undefined {
  return EXPORT_TARGETS.find((target) => target.id === id);
}

/** What runExport() returns: the file, or the reasons it was refused. Problems are always listed. */
export type ExportResult =
  | {
      ok: true;
      fileName: string;
      mimeType: string;
      content: string;
      problems: Problem[];
      exportedIds: string[];
      skippedIds: string[];
    }
  | { ok: false; problems: Problem[] };

/** True when a problem blocks the whole file rather than one row. */
function isFileLevel(problem: Problem): boolean {
  return problem.row === undefined;
}

/**
 * Runs a target's pre-flight and writes the file. Any error refuses the export, unless `onlyPassing`
 * is set: then rows with errors are left out, the remaining rows are checked again (dropping a row
 * can clear a spacing or duplicate error, never add one), and the file is written if no error remains.
 * Whole-file errors (too many rows) always refuse. `problems` lists the first run's findings.
 * `postProblems` are the posts' own check errors (see postCheckProblems), treated like the target's.
 */
export function runExport(
  targetId: ExportTargetId,
  posts: readonly Post[],
  options: ExportOptions,
  onlyPassing = false,
  postProblems: readonly Problem[] = [],
): ExportResult {
  const target = findExportTarget(targetId);
  if (!target) {
    return {
      ok: false,
      problems: [
        {
          postId: '',
          severity: 'error',
          code: 'unknown-target',
          message: t(options.locale ?? 'en', 'export.problem.unknownTarget', { value: targetId }),
        },
      ],
    };
  }
  const problems = mergeRowProblems(target.preflight(posts, options), postProblems);
  const errors = problems.filter((p) => p.severity === 'error');
  let kept: readonly Post[] = posts;
  if (errors.length > 0) {
    if (!onlyPassing || errors.some(isFileLevel)) return { ok: false, problems };
    const failing = new Set(errors.map((p) => p.row));
    kept = posts.filter((_, i) => !failing.has(i + 1));
    if (kept.length === 0 || target.preflight(kept, options).some((p) => p.severity === 'error')) {
      return { ok: false, problems };
    }
  }
  const keptSet = new Set(kept);
  return {
    ok: true,
    fileName: target.fileName(options.now, options.defaultTimeZone),
    mimeType: target.mimeType,
    content: target.write(kept, options),
    problems,
    exportedIds: kept.map((p) => p.id),
    skippedIds: posts.filter((p) => !keptSet.has(p)).map((p) => p.id),
  };
}
