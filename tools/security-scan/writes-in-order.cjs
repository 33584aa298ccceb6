// Loaded into the scanner's process (`node --require`). Electronegativity writes its CSV
// report with two fs.writeFile calls at once: the header (flag "w", at offset 0) and the rows
// (flag "a"). They race: the header can overwrite the start of the rows (a malformed report)
// or truncate them after they were written (an empty report that would pass). Here each
// writeFile finishes before the next starts, so the report is always header, then rows.
'use strict';
const fs = require('node:fs');

fs.writeFile = function writeFileInOrder(file, data, options, callback) {
  const done = typeof options === 'function' ? options : callback;
  try {
    fs.writeFileSync(file, data, typeof options === 'function' ? undefined : options);
  } catch (error) {
    process.nextTick(done, error);
    return;
  }
  process.nextTick(done, null);
};
