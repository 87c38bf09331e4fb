/** Check all posts' cadence findings grouped per platform and week (issue #19): one sentence a person can act on. */
import { cadenceReport } from '../../../src/domain/planning/cadence-report';
import type { CadenceIssue } from '../../../src/domain/planning/cadence';

const finding = (platform: string, day: string, code: CadenceIssue['code'] = 'week-under-target'): CadenceIssue => ({
  severity: 'warning', code, platform, ...(code === 'week-under-target' ? { week: day } : { date: day }), message: '', postIds: [],
});

test('many findings in one week of one platform make one entry; weeks are listed per platform', () => {
  const findings = [
    finding('Instagram', '2026-11-30'),
    finding('Instagram', '2026-12-02', 'day-over-cap'),
    finding('Instagram', '2026-12-03', 'gap-too-long'),
    finding('Instagram', '2026-12-07'),
    finding('LinkedIn', '2026-12-07'),
  ];
  expect(cadenceReport(findings, 'en_US')).toBe(
    'Cadence needs attention in 3 weeks: Instagram, weeks of 30 November and 7 December; LinkedIn, week of 7 December. Each post’s Checks note says what to change.',
  );
  expect(cadenceReport([finding('X', '2026-12-07')], 'pl_PL')).toMatch(/^Rytm publikacji wymaga uwagi w 1 tygodniu: X, tydzień od 7 grudnia\./);
  expect(cadenceReport([], 'en_US')).toBe('');
});

test('beyond four platforms the rest are counted, so the toast stays short', () => {
  const findings = ['X', 'Instagram', 'Facebook', 'LinkedIn', 'TikTok', 'Bluesky'].map((p) => finding(p, '2026-12-07'));
  expect(cadenceReport(findings, 'en_US')).toMatch(/LinkedIn, week of 7 December; and 2 more platforms\. Each/);
});
