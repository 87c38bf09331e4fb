/** Gradient conditional format rules (ConditionalFormatRuleBuilder.setGradient*, GradientCondition) and their colours in renderSheet. */

import { errorOf, setup } from './helpers';

describe('gradient rules', () => {
  test('the builder sets min, mid and max points; the rule reads them back; a boolean condition is cleared', () => {
    const { app, sheet } = setup();
    const { InterpolationType } = app;
    const builder = app.newConditionalFormatRule().whenTextEqualTo('x');
    expect(builder.setGradientMinpointWithValue('#ffffff', InterpolationType.NUMBER, '0')).toBe(builder);
    expect(builder.setGradientMidpointWithValue('#ffff00', InterpolationType.PERCENT, '50').setGradientMaxpoint('#FF0000')).toBe(builder);
    expect(builder.getBooleanCondition()).toBeNull();
    sheet.setConditionalFormatRules([builder.setRanges([sheet.getRange('A1:A5')]).build()]);
    const gradient = sheet.getConditionalFormatRules()[0].getGradientCondition()!;
    expect([gradient.getMinType(), gradient.getMinValue(), gradient.getMinColor()]).toEqual([InterpolationType.NUMBER, '0', '#ffffff']);
    expect([gradient.getMidType(), gradient.getMidValue(), gradient.getMidColor()]).toEqual([InterpolationType.PERCENT, '50', '#ffff00']);
    expect([gradient.getMaxType(), gradient.getMaxValue(), gradient.getMaxColor()]).toEqual([InterpolationType.MAX, '', '#ff0000']);
    expect(sheet.getConditionalFormatRules()[0].getBooleanCondition()).toBeNull();
    // A boolean condition set afterwards makes the rule boolean again.
    expect(builder.whenCellEmpty().getGradientCondition()).toBeNull();
  });

  test('wrong arguments throw; a gradient without a minpoint or maxpoint is refused', () => {
    const { app, sheet } = setup();
    const builder = app.newConditionalFormatRule();
    expect(errorOf(() => builder.setGradientMinpointWithValue('#ffffff', 'NUMBER' as never, '0')).message).toMatch(/setGradientMinpointWithValue/);
    expect(errorOf(() => builder.setGradientMaxpointWithValue('#ffffff', app.InterpolationType.NUMBER, 'many')).message).toMatch(/setGradientMaxpointWithValue/);
    builder.setGradientMaxpoint('#ff0000').setRanges([sheet.getRange('A1:A3')]);
    expect(errorOf(() => sheet.setConditionalFormatRules([builder.build()])).message).toBe('A gradient conditional format rule must have a minpoint and a maxpoint.');
  });

  test('renderSheet colours numbers between the points, follows edits, and leaves text and getBackgrounds alone', () => {
    const { app, sheet, service } = setup();
    sheet.getRange('A1:A4').setValues([[0], [5], [10], ['text']]);
    const rule = app
      .newConditionalFormatRule()
      .setGradientMinpointWithValue('#ffffff', app.InterpolationType.NUMBER, '0')
      .setGradientMaxpoint('#56b4e9')
      .setRanges([sheet.getRange('A1:A4')])
      .build();
    sheet.setConditionalFormatRules([rule]);
    const colours = () => service.renderSheet('Sheet1').cells.slice(0, 4).map((row) => row[0].background);
    expect(colours()).toEqual(['#ffffff', '#abdaf4', '#56b4e9', '#ffffff']);
    sheet.getRange('A3').setValue(20); // the maximum moves: 5 is now a quarter of the way
    expect(colours()).toEqual(['#ffffff', '#d5ecfa', '#56b4e9', '#ffffff']);
    expect(sheet.getRange('A1:A4').getBackgrounds().flat()).toEqual(['#ffffff', '#ffffff', '#ffffff', '#ffffff']);
  });

  test('a midpoint at a percentile splits the scale in two', () => {
    const { app, sheet, service } = setup();
    sheet.getRange('A1:A5').setValues([[1], [2], [3], [4], [100]]);
    const { InterpolationType } = app;
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .setGradientMinpoint('#000000')
        .setGradientMidpointWithValue('#808080', InterpolationType.PERCENTILE, '50')
        .setGradientMaxpointWithValue('#ffffff', InterpolationType.NUMBER, '100')
        .setRanges([sheet.getRange('A1:A5')])
        .build(),
    ]);
    const colours = service.renderSheet('Sheet1').cells.slice(0, 5).map((row) => row[0].background);
    expect(colours[0]).toBe('#000000');
    expect(colours[2]).toBe('#808080'); // 3 is the median
    expect(colours[4]).toBe('#ffffff');
    expect(colours[1]).toBe('#404040');
  });
});
