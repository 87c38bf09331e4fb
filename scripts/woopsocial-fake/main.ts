/** Runs the local WoopSocial as its own process (the preview starts it so that UrlFetchApp's blocking fetch never waits on its own event loop): two sample accounts, one sample key. */

import { FakeWoopSocial } from './fake-woopsocial';
import { startWoopSocialServer } from './server';

/** The sample key the preview connects with (a local fake's key, not a secret). */
export const SAMPLE_API_KEY = 'wsk_local_preview_key';

/** The preview's sample project: an Instagram account and a LinkedIn page; the page's deliveries fail, to show a failure. */
export function sampleWoopSocial(): FakeWoopSocial {
  return new FakeWoopSocial({
    apiKeys: [SAMPLE_API_KEY],
    projects: [{ id: 'proj_sample', name: 'Sample brand' }],
    accounts: [
      { id: 'acc_sample_ig', projectId: 'proj_sample', platform: 'INSTAGRAM', username: 'sample.brand' },
      { id: 'acc_sample_li', projectId: 'proj_sample', platform: 'LINKEDIN_PAGES', username: 'Sample Brand Inc.', deliveryFails: 'LinkedIn rejected the post: the access token has expired.' },
    ],
  });
}

if (require.main === module) {
  if (process.env.WOOPSOCIAL_EXIT_WITH_PARENT) {
    process.stdin.resume();
    process.stdin.on('end', () => process.exit(0));
  }
  const port = Number(process.env.WOOPSOCIAL_PORT ?? 9123);
  startWoopSocialServer(sampleWoopSocial(), port)
    .then(({ port: bound }) => console.log(`woopsocial-fake: listening on http://127.0.0.1:${bound}/v1 (API key ${SAMPLE_API_KEY})`))
    .catch((error: Error) => {
      console.error(`woopsocial-fake: ${error.message}`);
      process.exit(1);
    });
}
