/** Spreadsheet-level features: toasts, active selection, create/openById/copy, charts, metadata, rich text, sharing. */

import { setup } from './helpers';

/** The onEdit event shape userEdit returns. */
interface EditEvent {
  range: GoogleAppsScript.Spreadsheet.Range;
  source: GoogleAppsScript.Spreadsheet.Spreadsheet;
  user: GoogleAppsScript.Base.User;
  authMode: unknown;
  value?: string;
  oldValue?: string;
}

function eventOf(result: unknown): EditEvent {
  return (result as { event: EditEvent }).event;
}

describe('spreadsheet features', () => {
  test('toast records message and title for the runtime', () => {
    const { ss, service } = setup();
    ss.toast('Checked 12 posts', 'Content Calendar', 5);
    ss.toast('Done');
    expect(service.toasts.map((t) => [t.message, t.title])).toEqual([
      ['Checked 12 posts', 'Content Calendar'],
      ['Done', ''],
    ]);
  });

  test('setActive selects a sheet and range for getActiveRange/getSelection', () => {
    const { ss, app, service } = setup();
    ss.insertSheet('Calendar');
    ss.insertSheet('Other');
    service.setActive('Calendar', 'A5:Q5');
    expect(app.getActiveSheet().getName()).toBe('Calendar');
    expect(app.getActiveRange()!.getA1Notation()).toBe('A5:Q5');
    expect(ss.getSelection().getActiveRange()!.getRow()).toBe(5);
    expect(ss.getCurrentCell()!.getA1Notation()).toBe('A5');
    service.setActive('Other');
    expect(app.getActiveRange()!.getA1Notation()).toBe('A1');
  });

  test('identity: id, name, url, time zone, locale; getUi hands out the runtime Ui', () => {
    const { ss, app, ui } = setup({ timeZone: 'Europe/Warsaw', locale: 'pl_PL' });
    expect(ss.getId()).toHaveLength(44);
    expect(ss.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${ss.getId()}/edit`);
    expect(ss.getSpreadsheetTimeZone()).toBe('Europe/Warsaw');
    expect(ss.getSpreadsheetLocale()).toBe('pl_PL');
    expect(app.getUi()).toBe(ui);
    expect(app.getActive().getId()).toBe(ss.getId());
  });

  test('create, openById, Spreadsheet.copy and Sheet.copyTo for a stakeholder copy', () => {
    const { ss, app, sheet, service } = setup();
    sheet.getRange('A1:B1').setValues([['Title', 'Status']]);
    const copy = app.create('Stakeholder view');
    const copied = sheet.copyTo(copy);
    expect(copied.getName()).toBe('Copy of Sheet1');
    expect(copied.getRange('A1:B1').getValues()).toEqual([['Title', 'Status']]);
    expect(app.openById(copy.getId()).getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'Copy of Sheet1']);
    expect(() => app.openById('nope')).toThrow('Unexpected error while getting the method or property openById on object SpreadsheetApp.');
    const whole = ss.copy('Backup');
    expect(whole.getSheets()[0].getRange('A1').getValue()).toBe('Title');
    expect(service.listSpreadsheets().map((s) => s.name)).toEqual(['Untitled spreadsheet', 'Stakeholder view', 'Backup']);
    expect((service.toJSON(copy.getId()) as { name: string }).name).toBe('Stakeholder view');
    copy.addViewer('boss@example.com');
    expect(copy.getViewers().map((u) => u.getEmail())).toContain('boss@example.com');
  });

  test('charts: build, insert, modify, remove; recorded in state', () => {
    const { sheet, service } = setup();
    const chart = sheet.newChart().asPieChart().addRange(sheet.getRange('A1:B5')).setPosition(1, 5, 0, 0).setOption('title', 'Posts').build();
    sheet.insertChart(chart);
    const inserted = sheet.getCharts()[0];
    expect(inserted.getRanges()[0].getA1Notation()).toBe('A1:B5');
    sheet.updateChart(inserted.modify().setOption('title', 'Posts by platform').build());
    expect(sheet.getCharts()[0].getOptions().get('title')).toBe('Posts by platform');
    const state = service.toJSON() as { sheets: Array<{ charts: Array<{ chartType: string }> }> };
    expect(state.sheets[0].charts[0].chartType).toBe('PIE');
    sheet.removeChart(sheet.getCharts()[0]);
    expect(sheet.getCharts()).toHaveLength(0);
  });

  test('developer metadata and the finder', () => {
    const { ss, sheet, app } = setup();
    ss.addDeveloperMetadata('calendar-version', '2');
    sheet.addDeveloperMetadata('role', 'calendar');
    expect(ss.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()])).toEqual([['calendar-version', '2']]);
    const found = ss.createDeveloperMetadataFinder().withKey('role').find();
    expect(found).toHaveLength(1);
    expect(found[0].getLocation().getSheet()!.getName()).toBe('Sheet1');
    expect(String(found[0].getVisibility())).toBe('DOCUMENT');
    sheet.getRange('5:5').addDeveloperMetadata('postId', 'p-5');
    sheet.insertRowsBefore(1, 2);
    const rowMeta = sheet.getRange('A1:Z20').createDeveloperMetadataFinder().withKey('postId').find();
    expect(rowMeta[0].getLocation().getRow()!.getRow()).toBe(7);
    expect(() => sheet.getRange('A1:B2').addDeveloperMetadata('x')).toThrow(/entire row or column/);
    void app;
  });

  test('rich text values keep a link and read back as text', () => {
    const { sheet, app } = setup();
    const rich = app.newRichTextValue().setText('Brief').setLinkUrl('https://example.com/brief').build();
    sheet.getRange('A1').setRichTextValue(rich);
    expect(sheet.getRange('A1').getValue()).toBe('Brief');
    expect(sheet.getRange('A1').getRichTextValue()!.getLinkUrl()).toBe('https://example.com/brief');
  });

  test('sheet tab, hide/show, index, id, rename', () => {
    const { ss, sheet } = setup();
    const second = ss.insertSheet('Second');
    second.setTabColor('orange');
    expect(second.getTabColor()).toBe('#ffa500');
    sheet.hideSheet();
    expect(sheet.isSheetHidden()).toBe(true);
    expect(() => second.hideSheet()).toThrow();
    sheet.showSheet();
    expect(second.getIndex()).toBe(2);
    expect(ss.getSheetById(second.getSheetId())!.getName()).toBe('Second');
    second.setName('Renamed');
    expect(ss.getSheetByName('Renamed')).not.toBeNull();
    expect(() => second.setName('sheet1')).toThrow('A sheet with the name "sheet1" already exists. Please enter another name.');
  });

  test('autoResizeColumns fits the text; frozen rows round-trip', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue('A rather long caption for a post');
    sheet.autoResizeColumns(1, 2);
    expect(sheet.getColumnWidth(1)).toBeGreaterThan(150);
    sheet.setFrozenRows(2);
    expect(sheet.getFrozenRows()).toBe(2);
  });
});

describe('onEdit event objects from userEdit', () => {
  test('E-02 single cell: range, value, oldValue, source, user; no triggerUid', () => {
    const { service, sheet } = setup();
    sheet.getRange('B2').setValue('old');
    const e = eventOf(service.userEdit('Sheet1', 'B2', [['new']]));
    expect(e.range.getA1Notation()).toBe('B2');
    expect(e.value).toBe('new');
    expect(e.oldValue).toBe('old');
    expect(e.source.getId()).toBe(service.SpreadsheetApp.getActiveSpreadsheet().getId());
    expect(e.user.getEmail()).toBe('owner@example.com');
    expect(String(e.authMode)).toBe('LIMITED');
    expect('triggerUid' in e).toBe(false);
  });

  test('E-02 a multi-cell paste has no value/oldValue and covers the block', () => {
    const { service } = setup();
    const e = eventOf(service.userEdit('Sheet1', 'A2', [['a', 'b'], ['c', 'd']]));
    expect(e.range.getA1Notation()).toBe('A2:B3');
    expect('value' in e).toBe(false);
    expect('oldValue' in e).toBe(false);
  });

  // E-03 UNVERIFIED details: numbers and dates arrive as their number text, checkboxes as TRUE/FALSE.
  test('E-03 values are strings; oldValue is absent for an empty cell; clearing leaves value absent', () => {
    const { service, sheet } = setup({ timeZone: 'UTC' });
    sheet.getRange('C1').insertCheckboxes();
    let e = eventOf(service.userEdit('Sheet1', 'A1', [['10']]));
    expect(e.value).toBe('10');
    expect('oldValue' in e).toBe(false);
    e = eventOf(service.userEdit('Sheet1', 'B1', [['2024-01-15']]));
    expect(e.value).toBe('45306');
    e = eventOf(service.userEdit('Sheet1', 'C1', [[true]]));
    expect([e.value, e.oldValue]).toEqual(['TRUE', 'FALSE']);
    e = eventOf(service.userEdit('Sheet1', 'A1', [['']]));
    expect('value' in e).toBe(false);
    expect(e.oldValue).toBe('10');
    expect(sheet.getRange('A1').getValue()).toBe('');
  });

  test('userEdit parses typed input and never runs triggers itself', () => {
    const { service, sheet } = setup();
    service.userEdit('Sheet1', 'A1', [['=2+3']]);
    expect(sheet.getRange('A1').getValue()).toBe(5);
    service.userEdit('Sheet1', 'A2', [['50%']]);
    expect(sheet.getRange('A2').getValue()).toBe(0.5);
    expect(service.userEdit('Nope', 'A1', [['x']])).toHaveProperty('rejected');
  });
});
