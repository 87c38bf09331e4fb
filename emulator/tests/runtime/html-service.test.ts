/** HtmlService, HtmlOutput, HtmlTemplate (U-09..U-14) and the Ui dialogs (U-05..U-08). */

import { emulatorWith } from './helpers';
import { parseTemplate } from '../../services/html-template';

const FILES = {
  'Sidebar.html': '<h1>Form</h1><?= notRun ?>',
  'Page.html': '<p><?= title ?></p><? for (var i = 0; i < 2; i++) { ?><i><?= i ?></i><? } ?><?!= include("Style") ?>',
  'Style.html': '<style>b{}</style>',
};

const BUNDLE = `
function include(name) { return HtmlService.createHtmlOutputFromFile(name).getContent(); }
function fromFile(name) { return HtmlService.createHtmlOutputFromFile(name).getContent(); }
function page() { var t = HtmlService.createTemplateFromFile('Page'); t.title = '<b>Tom & "Jerry"</b>'; return t.evaluate().getContent(); }
function render(source, value) { var t = HtmlService.createTemplate(source); t.v = value; return t.evaluate().getContent(); }
function output() {
  var o = HtmlService.createHtmlOutput('<h1>Title</h1>');
  var chained = o.setTitle('T').setWidth(400).setHeight(300) === o;
  o.appendUntrusted('<script>alert(1)</script>');
  return [chained, o.getTitle(), o.getWidth(), o.getHeight(), o.getContent(), HtmlService.createHtmlOutput('x').getTitle()];
}
function raw() { var t = HtmlService.createTemplate('Hello <?= name ?>'); t.name = 'Gemini'; return [t.getRawContent(), t.evaluate().getContent()]; }
function dialog() { SpreadsheetApp.getUi().showModalDialog(HtmlService.createHtmlOutput('<p>d</p>').setWidth(500).setHeight(200).setTitle('ignored'), 'Month view'); }
function ask() {
  var ui = SpreadsheetApp.getUi();
  var a = ui.alert('Delete?', 'Delete 3 posts?', ui.ButtonSet.YES_NO);
  var b = ui.alert('Done');
  var p = ui.prompt('Name', 'Your name?', ui.ButtonSet.OK_CANCEL);
  return [String(a), a === ui.Button.NO, String(b), p.getResponseText(), String(p.getSelectedButton())];
}
function lockAcrossAlert() {
  var lock = LockService.getDocumentLock(); lock.waitLock(1000);
  SpreadsheetApp.getUi().alert('Saving');
  return lock.hasLock();
}
`;

describe('HtmlService', () => {
  test('U-09/U-10: HtmlOutput content, title default, chaining, appendUntrusted', () => {
    const emulator = emulatorWith(BUNDLE, {}, FILES);
    expect(emulator.run('output')).toEqual({
      ok: true,
      value: [true, 'T', 400, 300, '<h1>Title</h1>&lt;script&gt;alert(1)&lt;/script&gt;', ''],
    });
  });

  test('U-11: files are read beside the bundle; name.html also works; a missing file throws the reference text', () => {
    const emulator = emulatorWith(BUNDLE, {}, FILES);
    expect(emulator.run('fromFile', 'Style')).toEqual({ ok: true, value: '<style>b{}</style>' });
    expect(emulator.run('fromFile', 'Style.html')).toEqual({ ok: true, value: '<style>b{}</style>' });
    expect(emulator.run('fromFile', 'Missing')).toEqual({ ok: false, error: 'No HTML file named Missing was found.' });
  });

  test('U-12: createHtmlOutputFromFile does not run scriptlets', () => {
    expect(emulatorWith(BUNDLE, {}, FILES).run('fromFile', 'Sidebar')).toEqual({
      ok: true,
      value: '<h1>Form</h1><?= notRun ?>',
    });
  });

  test('U-13: <?= ?> escapes, <?!= ?> does not; <? ?> code runs (loops), globals (include) are in scope', () => {
    const emulator = emulatorWith(BUNDLE, {}, FILES);
    expect(emulator.run('render', '<p><?= v ?></p><p><?!= v ?></p>', '<b>x</b>')).toEqual({
      ok: true,
      value: '<p>&lt;b&gt;x&lt;/b&gt;</p><p><b>x</b></p>',
    });
    expect(emulator.run('render', "<?= '<b>' ?>", null)).toEqual({ ok: true, value: '&lt;b&gt;' });
    expect(emulator.run('page')).toEqual({
      ok: true,
      value: '<p>&lt;b&gt;Tom &amp; &#34;Jerry&#34;&lt;/b&gt;</p><i>0</i><i>1</i><style>b{}</style>',
    });
  });

  test('U-13: contextual escaping in attributes and scripts', () => {
    const emulator = emulatorWith(BUNDLE, {}, FILES);
    expect(emulator.run('render', '<a title="<?= v ?>">x</a>', '"><script>')).toEqual({
      ok: true,
      value: '<a title="&#34;&gt;&lt;script&gt;">x</a>',
    });
    expect(emulator.run('render', '<script>var s = <?= v ?>;</script>', '</script><b>')).toEqual({
      ok: true,
      value: '<script>var s = "\\x3c\\/script\\x3e\\x3cb\\x3e";</script>',
    });
    expect(emulator.run('render', "<script>var s = '<?= v ?>';</script>", "it's")).toEqual({
      ok: true,
      value: "<script>var s = 'it\\x27s';</script>",
    });
    expect(emulator.run('render', '<script>var n = <?= v ?>;</script><p><?= v ?></p>', 5)).toEqual({
      ok: true,
      value: '<script>var n = 5;</script><p>5</p>',
    });
  });

  test('U-14: template properties are in scope; getRawContent returns the source', () => {
    expect(emulatorWith(BUNDLE, {}, FILES).run('raw')).toEqual({
      ok: true,
      value: ['Hello <?= name ?>', 'Hello Gemini'],
    });
  });

  test('an unterminated scriptlet throws', () => {
    expect(() => parseTemplate('<p><?= x </p>')).toThrow(/Unterminated scriptlet/);
  });
});

describe('Ui dialogs', () => {
  test('U-08: showModalDialog records size and the title argument', () => {
    const emulator = emulatorWith(BUNDLE, {}, FILES);
    emulator.run('dialog');
    expect(emulator.ui.dialogs).toEqual([
      expect.objectContaining({ title: 'Month view', html: '<p>d</p>', width: 500, height: 200, modal: true }),
    ]);
  });

  test('U-05/U-06: alert and prompt return queued answers (default: the first button)', () => {
    const emulator = emulatorWith(BUNDLE, {}, FILES);
    emulator.ui.queueAlert('NO');
    emulator.ui.queuePrompt({ button: 'CANCEL', text: 'Ann' });
    expect(emulator.run('ask')).toEqual({ ok: true, value: ['NO', true, 'OK', 'Ann', 'CANCEL'] });
    expect(emulator.ui.alerts).toEqual([
      { title: 'Delete?', prompt: 'Delete 3 posts?', buttons: 'YES_NO', response: 'NO' },
      { title: '', prompt: 'Done', buttons: 'OK', response: 'OK' },
    ]);
    expect(emulator.ui.prompts[0]).toMatchObject({ title: 'Name', responseText: 'Ann', response: 'CANCEL' });
  });

  test('U-05: locks do not survive an alert', () => {
    expect(emulatorWith(BUNDLE, {}, FILES).run('lockAcrossAlert')).toEqual({ ok: true, value: false });
  });

  test('U-01: getUi from a time-driven trigger throws', () => {
    const emulator = emulatorWith(`
      function schedule() { ScriptApp.newTrigger('tick').timeBased().after(60000).create(); }
      function tick() { SpreadsheetApp.getUi(); }
    `);
    emulator.run('schedule');
    emulator.clock.advance(61000);
    expect(emulator.runPendingTriggers()).toEqual([
      expect.objectContaining({ ok: false, error: 'Cannot call SpreadsheetApp.getUi() from this context.' }),
    ]);
  });
});
