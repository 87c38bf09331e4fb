/** The audience import dialog: read a chosen CSV file into the text box, send the text to importAudienceCsv, show what happened. */

import { byId } from './lib/dom';
import { pageMessages } from './lib/page-messages';
import { closeSidebar, serverCaller } from './lib/server';

interface ImportResult {
  ok: boolean;
  problems: Array<{ line: number; message: string }>;
  message: string;
}

/** The server functions this page calls. */
interface AudienceApi {
  importAudienceCsv(text: string): ImportResult;
}

const call = serverCaller<AudienceApi>();
/** The page's messages, in the language the server marked the page with. */
const messages = pageMessages([]);
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
  button.disabled = true;
  call('importAudienceCsv', text.value)
    .then((result) => {
      const skipped = result.problems.map((problem) => problem.message).join('\n');
      show([result.message, skipped].filter(Boolean).join('\n'), !result.ok);
    })
    .catch((error: unknown) => show(messages.failure(error), true));
});

byId<HTMLButtonElement>('close').addEventListener('click', () => closeSidebar());
