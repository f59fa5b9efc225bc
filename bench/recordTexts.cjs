// Loaded by bench/same.mjs into a mocha run (`mocha --require bench/recordTexts.cjs`): records every
// text the unit tests parse, so that the test letters can be compared between two revisions too.
// The texts are written, one JSON string a line, to the file named by IMR_RECORD_TEXTS.
//
// The parser's entry point is wrapped as its module is compiled: its exports are read-only
// bindings, which no test hook can replace from outside.
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');

const out = process.env.IMR_RECORD_TEXTS;
if (!out) throw new Error('recordTexts: IMR_RECORD_TEXTS names no file');
const seen = new Set();
const fd = fs.openSync(out, 'w');
const ENTRY = path.join('src', 'core', 'parser', 'index.ts');

globalThis.__imrRecordText = (text) => {
  if (typeof text !== 'string' || seen.has(text)) return;
  seen.add(text);
  fs.writeSync(fd, JSON.stringify(text) + '\n');
};

const compile = Module.prototype._compile;
Module.prototype._compile = function (content, filename) {
  if (filename.endsWith(ENTRY)) {
    const entry = /function parseDetermination\((\w+)\)\s*\{/;
    if (!entry.test(content)) throw new Error(`recordTexts: no parseDetermination in ${filename}`);
    content = content.replace(entry, (m, text) => `${m} globalThis.__imrRecordText(${text});`);
  }
  return compile.call(this, content, filename);
};
