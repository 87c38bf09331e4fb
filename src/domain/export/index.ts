/** The export hub's public surface: targets, pre-flight, staggering, selection, CSV and UTM helpers. */

export type { DateOrder, ExportOptions, ExportTarget, ExportTargetId, Problem, TextMeasure } from './export-types';
export { EXPORT_TARGETS, findExportTarget, runExport, type ExportResult } from './export-targets';
export { selectPosts, type PostFilter } from './select-posts';
export { staggerPosts } from './stagger-posts';
export { applyUtm, withUtm, parseUtmTemplate, DEFAULT_UTM_TEMPLATE, UTM_PLACEHOLDERS } from './utm';
export { writeCsv, neutraliseCell, unneutraliseCell, looksLikeFormula } from './csv-writer';
export { composeMessage, exportLink } from './post-text';
export { dateOrderForLocale } from './schedule-format';
export { SPROUT_MIN_SPACING_MINUTES } from './targets/sprout';
export { postCheckProblems } from './post-check-problems';
export { READY_STATUS_FILTER, READY_STATUSES } from './ready-statuses';
