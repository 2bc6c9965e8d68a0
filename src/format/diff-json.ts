// JSON formatter for `endring`: the ChangeReport as it is (versioned; schemas/endring.schema.json describes it).
import type { DiffFormatter } from './diff-common.js';

export const formatDiffJson: DiffFormatter = (report) => JSON.stringify(report, null, 2) + '\n';
