/** The JSON contract between the audience import dialog and importAudienceCsv: the CSV text (zod/mini) and the answer. */

import type * as z from 'zod/mini';
import { textOr } from './lenient-schema';

/** What the dialog sends: the CSV file's text (platform, weekday, hour, value). Anything but a string reads as '' (nothing to import). */
export const audienceCsvSchema = textOr();

/** The text as the dialog sends it. */
export type AudienceCsv = z.input<typeof audienceCsvSchema>;

/** importAudienceCsv's answer: what was imported, the lines skipped, and a sentence to show. */
export interface AudienceImportResult {
  ok: boolean;
  platforms: string[];
  problems: Array<{ line: number; message: string }>;
  message: string;
}
