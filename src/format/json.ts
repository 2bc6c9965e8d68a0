// JSON formatter: the report as it is (versioned; schemas/rapport.schema.json describes it), whole or in pieces.
import type { Report } from '../types.js';
import type { Formatter } from './common.js';

/** About this many characters per piece: large enough that writes cost little, small enough to hold no copy of a big report. */
const PIECE = 1 << 16;

/**
 * The JSON report in pieces, byte for byte the text of {@link formatJson}: each item of the report's lists is turned
 * into text on its own, so a report of a thousand sets is written without first building its whole text (tens of MB).
 */
export function* formatJsonPieces(report: Report): Generator<string> {
  let buffer = '{';
  let first = true;
  for (const [key, value] of Object.entries(report)) {
    if (Array.isArray(value) && value.length > 0) {
      buffer += `${first ? '' : ','}\n  ${JSON.stringify(key)}: [`;
      for (const [i, item] of value.entries()) {
        // JSON text has no raw line breaks inside strings, so indenting every line is exact.
        buffer += `${i > 0 ? ',' : ''}\n    ${(JSON.stringify(item, null, 2) ?? 'null').replaceAll('\n', '\n    ')}`;
        if (buffer.length >= PIECE) {
          yield buffer;
          buffer = '';
        }
      }
      buffer += '\n  ]';
    } else {
      const text = JSON.stringify(value, null, 2);
      if (text === undefined) continue; // as JSON.stringify leaves out undefined members
      buffer += `${first ? '' : ','}\n  ${JSON.stringify(key)}: ${text.replaceAll('\n', '\n  ')}`;
    }
    first = false;
  }
  yield buffer + (first ? '}\n' : '\n}\n');
}

export const formatJson: Formatter = (report) => [...formatJsonPieces(report)].join('');
