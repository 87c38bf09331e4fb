/** PropertiesService (P-01..P-04) and CacheService (K-01..K-03). */

import { emulatorWith } from './helpers';

const BUNDLE = `
function props() {
  var p = PropertiesService.getDocumentProperties();
  var chained = p.setProperty('a', 5) === p;
  var copy = p.getProperties(); copy.a = 'changed';
  p.setProperties({ b: true, c: 'x' });
  var keys = p.getKeys().sort();
  p.deleteProperty('c');
  return [chained, p.getProperty('a'), typeof p.getProperty('a'), p.getProperty('missing'), keys, p.getProperties()];
}
function replaceAll() { var p = PropertiesService.getScriptProperties(); p.setProperties({ x: '1', y: '2' }); p.setProperties({ z: '3' }, true); return p.getKeys(); }
function big(n) { PropertiesService.getScriptProperties().setProperty('big', new Array(n + 1).join('x')); return 'ok'; }
function fill() { var p = PropertiesService.getScriptProperties(); for (var i = 0; i < 60; i++) p.setProperty('k' + i, new Array(9000).join('x')); }
function userProp(v) { var p = PropertiesService.getUserProperties(); if (v) p.setProperty('me', v); return p.getProperty('me'); }
function cache() {
  var c = CacheService.getScriptCache();
  var r = c.put('t', 'ex', 2);
  c.putAll({ a: '1', b: '2' });
  return [r === undefined, c.get('t'), c.get('nope'), c.getAll(['a', 'b', 'zzz'])];
}
function cacheGet(k) { return CacheService.getScriptCache().get(k); }
function cacheBig() { CacheService.getScriptCache().put('v', new Array(100 * 1024 + 2).join('x')); }
function cacheKey() { CacheService.getScriptCache().put(new Array(252).join('k'), 'v'); }
`;

describe('PropertiesService', () => {
  test('P-02: values are strings, missing is null, setters chain, getProperties is a copy', () => {
    expect(emulatorWith(BUNDLE).run('props')).toEqual({
      ok: true,
      value: [true, '5', 'string', null, ['a', 'b', 'c'], { a: '5', b: 'true' }],
    });
  });

  test('P-02: setProperties(obj, true) deletes all other keys', () => {
    expect(emulatorWith(BUNDLE).run('replaceAll')).toEqual({ ok: true, value: ['z'] });
  });

  test('P-04: a value over 9 KB throws', () => {
    const emulator = emulatorWith(BUNDLE);
    expect(emulator.run('big', 9 * 1024)).toEqual({ ok: true, value: 'ok' });
    expect(emulator.run('big', 9 * 1024 + 1)).toEqual({ ok: false, error: 'Argument too large: value' });
  });

  test('P-04: a store over 500 KB throws', () => {
    expect(emulatorWith(BUNDLE).run('fill')).toEqual({
      ok: false,
      error: 'You have exceeded the property storage quota. Please remove some properties and try again.',
    });
  });

  test('P-01: user properties are per user', () => {
    const emulator = emulatorWith(BUNDLE);
    emulator.run('userProp', 'owner');
    expect(emulator.runAsUser('bob@example.com', 'userProp', '')).toEqual({ ok: true, value: null });
    expect(emulator.run('userProp', '')).toEqual({ ok: true, value: 'owner' });
  });
});

describe('CacheService', () => {
  test('K-01/K-03: get/getAll/put; expiry on the virtual clock', () => {
    const emulator = emulatorWith(BUNDLE);
    expect(emulator.run('cache')).toEqual({ ok: true, value: [true, 'ex', null, { a: '1', b: '2' }] });
    emulator.clock.advance(2000);
    expect(emulator.run('cacheGet', 't')).toEqual({ ok: true, value: null });
    expect(emulator.run('cacheGet', 'a')).toEqual({ ok: true, value: '1' });
    emulator.clock.advance(600 * 1000);
    expect(emulator.run('cacheGet', 'a')).toEqual({ ok: true, value: null });
  });

  test('K-02: value over 100 KB and key over 250 characters throw', () => {
    const emulator = emulatorWith(BUNDLE);
    expect(emulator.run('cacheBig')).toEqual({ ok: false, error: 'Argument too large: value' });
    expect(emulator.run('cacheKey')).toEqual({ ok: false, error: 'Argument too large: key' });
  });
});
