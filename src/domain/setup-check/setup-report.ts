/** The setup check's report: what each probe found about the platform, its verdict, and the facts two platforms must share. */

/** The probes, in report order. */
export const PROBE_IDS = [
  'intl',
  'text-apostrophe',
  'date-wall-time',
  'zone-offsets',
  'scopes',
  'protections',
  'holiday-calendars',
  'quotas',
] as const;

/** One probe's name. */
export type ProbeId = (typeof PROBE_IDS)[number];

/** pass: as the add-on assumes; warn: the add-on copes (a fallback is used); fail: an assumption is broken; info: nothing to judge. */
export type ProbeStatus = 'pass' | 'warn' | 'fail' | 'info';

/** What one probe found. `facts` are plain JSON values; `error` is the platform's message when the probe itself threw. */
export interface ProbeResult {
  id: ProbeId;
  status: ProbeStatus;
  facts: Record<string, unknown>;
  /** Values for the `{name}` placeholders of the probe's sentence (`setup.<id>.<status>`). */
  params?: Record<string, string | number>;
  error?: string;
}

/** A whole report, as shown in the dialog's JSON block and stored in tests/fixtures/platform-reports/. */
export interface SetupReport {
  schema: 1;
  /** Where it ran: `apps-script` from the bundle; `npm run probes` records `emulator` (and the runtime mode). */
  platform: string;
  checkedAt: string;
  spreadsheetTimeZone: string;
  scriptTimeZone: string;
  locale: string;
  probes: ProbeResult[];
}

/**
 * Runs one probe, turning an exception into a `fail` that carries the platform's message, so one
 * broken assumption never hides the others.
 * @param id The probe.
 * @param probe Returns the probe's status and facts.
 */
export function runProbe(id: ProbeId, probe: () => Omit<ProbeResult, 'id'>): ProbeResult {
  try {
    return { id, ...probe() };
  } catch (error) {
    return { id, status: 'fail', facts: {}, error: error instanceof Error || (error && typeof error === 'object' && 'message' in error) ? String((error as Error).message) : String(error) };
  }
}

/** The facts of each probe that describe the platform itself (not this spreadsheet, this person or this day). */
const PLATFORM_FACTS: Partial<Record<ProbeId, readonly string[]>> = {
  'text-apostrophe': ['cases'],
  'date-wall-time': ['cases'],
  'zone-offsets': ['mismatches'],
  scopes: ['status'],
  protections: ['ownProtection'],
};

/**
 * The facts two platforms must agree on for the emulator to be a faithful model: the probes' platform
 * facts (Intl features choose the emulator's runtime mode instead; zones, protections of the team,
 * holiday calendars and quotas belong to a spreadsheet and a person). Probes compare by verdict too.
 * @param report A setup report.
 */
export function comparableFacts(report: SetupReport): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const probe of report.probes) {
    const keys = PLATFORM_FACTS[probe.id];
    if (!keys) continue;
    const facts: Record<string, unknown> = { verdict: probe.status };
    for (const key of keys) facts[key] = probe.facts[key];
    out[probe.id] = facts;
  }
  return out;
}

/**
 * The report as pretty JSON for people to copy (2-space indent, keys in a stable order).
 * @param report A setup report.
 */
export function reportJson(report: SetupReport): string {
  return JSON.stringify(report, null, 2);
}
