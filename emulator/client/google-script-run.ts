/** A browser stand-in for google.script.run and google.script.host, as a script source to inject into a page before its own scripts (U-15..U-22). */

/** Options of googleScriptRunSource(). */
export interface GoogleScriptRunOptions {
  /**
   * Name of a global async function `(name: string, argsJson: string) => Promise<string>` that runs the
   * server function and resolves to the JSON of `{ ok: true, value } | { ok: false, error }`
   * (e.g. Playwright's page.exposeFunction, or a fetch to the local preview server).
   */
  transport: string;
  /** The public server function names; when given, only these are methods (others are undefined, like the real runner). */
  functionNames?: string[];
  /** `google.script.host.origin`. Default `https://docs.google.com`. */
  origin?: string;
  /** Name of a global function google.script.host.close() calls (else it dispatches a `gas-host-close` event). */
  closeHook?: string;
  /** At most this many calls in flight; the rest wait (U-21). Default 10. */
  maxConcurrent?: number;
}

/**
 * Returns JavaScript (ES5, no dependencies) defining `window.google.script.run` and `google.script.host`:
 * chainable withSuccessHandler / withFailureHandler / withUserObject, every server function as a method,
 * callbacks always asynchronous, arguments checked by google.script.run's rules on the client (a Date,
 * function or other illegal value fails the call with `Failed due to illegal value in property: <key>`
 * through the failure handler, and the server is not called), failures without a handler go to
 * console.error, and names ending in `_` are not callable (U-22).
 */
export function googleScriptRunSource(options: GoogleScriptRunOptions): string {
  const config = {
    transport: options.transport,
    names: options.functionNames ? options.functionNames.filter((name) => !name.endsWith('_')) : null,
    origin: options.origin ?? 'https://docs.google.com',
    closeHook: options.closeHook ?? null,
    maxConcurrent: options.maxConcurrent ?? 10,
  };
  return `(function (config) {
  'use strict';
  var root = typeof window !== 'undefined' ? window : globalThis;
  var RUNNER_METHODS = { withSuccessHandler: 1, withFailureHandler: 1, withUserObject: 1 };

  function illegal(key) { return new TypeError('Failed due to illegal value in property: ' + key); }

  function isForm(value) {
    return typeof HTMLFormElement !== 'undefined' && value instanceof HTMLFormElement;
  }

  function formToObject(form) {
    var out = {};
    for (var i = 0; i < form.elements.length; i++) {
      var el = form.elements[i];
      if (!el.name || el.disabled) continue;
      if ((el.type === 'checkbox' || el.type === 'radio') && !el.checked) continue;
      if (el.type === 'file') continue;
      var value = String(el.value);
      if (Object.prototype.hasOwnProperty.call(out, el.name)) {
        out[el.name] = [].concat(out[el.name], value);
      } else {
        out[el.name] = value;
      }
    }
    return out;
  }

  function copy(value, key, seen) {
    if (value === null || value === undefined) return null;
    var type = typeof value;
    if (type === 'string' || type === 'boolean') return value;
    if (type === 'number') return isFinite(value) ? value : null;
    if (type !== 'object') throw illegal(key);
    for (var s = 0; s < seen.length; s++) if (seen[s] === value) throw new TypeError('Failed due to circular reference.');
    seen.push(value);
    try {
      if (Array.isArray(value)) {
        var list = [];
        for (var i = 0; i < value.length; i++) list.push(copy(value[i], String(i), seen));
        return list;
      }
      if (Object.prototype.toString.call(value) !== '[object Object]') throw illegal(key);
      var out = {};
      for (var name in value) {
        if (!Object.prototype.hasOwnProperty.call(value, name) || value[name] === undefined) continue;
        out[name] = copy(value[name], name, seen);
      }
      return out;
    } finally {
      seen.pop();
    }
  }

  function copyArgs(args) {
    if (args.length === 1 && isForm(args[0])) return [formToObject(args[0])];
    var out = [];
    for (var i = 0; i < args.length; i++) {
      if (isForm(args[i])) throw illegal(String(i));
      out.push(copy(args[i], String(i), []));
    }
    return out;
  }

  var active = 0;
  var waiting = [];
  function schedule(job) {
    if (active < config.maxConcurrent) { active++; job(); } else { waiting.push(job); }
  }
  function done() {
    active--;
    if (waiting.length > 0) { active++; waiting.shift()(); }
  }

  function later(fn) { Promise.resolve().then(fn); }

  function fail(error, failure, userObject) {
    later(function () {
      if (failure) failure(error, userObject);
      else if (root.console) root.console.error(error);
    });
  }

  function invoke(name, args, success, failure, userObject) {
    var payload;
    try {
      payload = JSON.stringify(copyArgs(args));
    } catch (error) {
      fail(error, failure, userObject);
      return;
    }
    schedule(function () {
      var transport = root[config.transport];
      Promise.resolve()
        .then(function () {
          if (typeof transport !== 'function') throw new Error('google.script.run: no transport function ' + config.transport);
          return transport(name, payload);
        })
        .then(function (text) {
          var result = typeof text === 'string' ? JSON.parse(text) : text;
          done();
          if (result && result.ok) { if (success) success(result.value, userObject); }
          else fail(new Error(result ? String(result.error) : 'Unknown error'), failure, userObject);
        }, function (error) {
          done();
          fail(error instanceof Error ? error : new Error(String(error)), failure, userObject);
        });
    });
  }

  function makeRunner(success, failure, userObject) {
    var runner = {
      withSuccessHandler: function (fn) { return makeRunner(fn, failure, userObject); },
      withFailureHandler: function (fn) { return makeRunner(success, fn, userObject); },
      withUserObject: function (object) { return makeRunner(success, failure, object); }
    };
    function method(name) {
      return function () { invoke(name, Array.prototype.slice.call(arguments), success, failure, userObject); };
    }
    if (config.names) {
      for (var i = 0; i < config.names.length; i++) runner[config.names[i]] = method(config.names[i]);
      return runner;
    }
    if (typeof Proxy === 'undefined') return runner;
    return new Proxy(runner, {
      get: function (target, prop) {
        if (typeof prop !== 'string') return target[prop];
        if (Object.prototype.hasOwnProperty.call(RUNNER_METHODS, prop)) return target[prop];
        if (prop === 'then' || prop === 'toJSON' || prop.charAt(prop.length - 1) === '_') return undefined;
        return method(prop);
      }
    });
  }

  var host = {
    origin: config.origin,
    close: function () {
      if (config.closeHook && typeof root[config.closeHook] === 'function') root[config.closeHook]();
      else if (typeof root.dispatchEvent === 'function' && typeof Event === 'function') root.dispatchEvent(new Event('gas-host-close'));
    },
    setHeight: function () {},
    setWidth: function () {},
    editor: { focus: function () {} }
  };

  root.google = root.google || {};
  root.google.script = root.google.script || {};
  root.google.script.run = makeRunner(null, null, undefined);
  root.google.script.host = host;
})(${JSON.stringify(config)});
`;
}
