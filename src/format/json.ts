// JSON formatter: the report as it is (versioned; schemas/rapport.schema.json describes it).
import type { Formatter } from './common.js';

export const formatJson: Formatter = (report) => JSON.stringify(report, null, 2) + '\n';
