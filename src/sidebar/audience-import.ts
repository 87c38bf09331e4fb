/** The audience import dialog: read a chosen CSV file into the text box, send the text to importAudienceCsv, show what happened. */

import type { ServerApi } from '../shared/server-api';

/** google.script.run as this page uses it: importAudienceCsv with the server's own argument and result types. */
interface Runner {
  withSuccessHandler(handler: (value: ReturnType<ServerApi['importAudienceCsv']>) => void): Runner;
  withFailureHandler(handler: (error: unknown) => void): Runner;
  importAudienceCsv(...args: Parameters<ServerApi['importAudienceCsv']>): void;
}

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const text = byId<HTMLTextAreaElement>('csv');
const status = byId<HTMLDivElement>('status');
const button = byId<HTMLButtonElement>('import');

/** Shows a result line (and the skipped lines) in the status area. */
function show(message: string, isError: boolean): void {
  status.textContent = message;
  status.className = isError ? 'message message-error' : 'message';
  button.disabled = false;
}

byId<HTMLInputElement>('file').addEventListener('change', (event) => {
  const file = (event.target as HTMLInputElement).files?.[0];
  if (!file) return;
  byId<HTMLSpanElement>('file-name').textContent = file.name;
  const reader = new FileReader();
  reader.onload = () => {
    text.value = String(reader.result ?? '');
  };
  reader.readAsText(file);
});

button.addEventListener('click', () => {
  const run = (globalThis as unknown as { google?: { script: { run: Runner } } }).google?.script.run;
  if (!run) return show('google.script.run is not available.', true);
  button.disabled = true;
  run
    .withSuccessHandler((result) => {
      const skipped = result.problems.map((problem) => problem.message).join('\n');
      show([result.message, skipped].filter(Boolean).join('\n'), !result.ok);
    })
    .withFailureHandler((error) => show(error instanceof Error ? error.message : String(error), true))
    .importAudienceCsv(text.value);
});

byId<HTMLButtonElement>('close').addEventListener('click', () => {
  (globalThis as unknown as { google?: { script: { host: { close(): void } } } }).google?.script.host.close();
});

