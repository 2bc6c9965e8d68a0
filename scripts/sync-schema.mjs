// Writes schemas/avtale.schema.json from scripts/schema-src.mjs and the catalogue schemas/krav.json.
// `--check` exits 1 when the committed file differs (used by the test suite).
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildAgreementSchema } from './schema-src.mjs';

const root = new URL('../', import.meta.url);
const target = fileURLToPath(new URL('schemas/avtale.schema.json', root));

/** Adds markdownDescription (yaml-language-server renders it) to every node that has a description. */
function addMarkdown(node) {
  if (Array.isArray(node)) return node.forEach(addMarkdown);
  if (node === null || typeof node !== 'object') return;
  if (typeof node.description === 'string' && node.markdownDescription === undefined) {
    node.markdownDescription = node.title ? `**${node.title}**\n\n${node.description}` : node.description;
  }
  for (const value of Object.values(node)) addMarkdown(value);
}

export function generate() {
  const catalogue = JSON.parse(readFileSync(new URL('schemas/krav.json', root), 'utf8'));
  const schema = buildAgreementSchema();
  const coverageReqs = catalogue.requirements.filter((r) => r.kind === 'coverage');
  schema.$defs.kravId.enum = coverageReqs.map((r) => r.id);
  schema.$defs.kravId.markdownEnumDescriptions = coverageReqs.map(
    (r) => `**${r.title.nb}** (${r.citation.ref.nb}). ${r.summary.nb} [Lovdata](${r.citation.url})`,
  );
  const coverage = schema.else.properties.dekning.items;
  coverage.allOf = coverageReqs.map((r) => {
    const ids = r.elements.map((e) => e.id);
    return {
      if: { properties: { krav: { const: r.id } }, required: ['krav'] },
      then: {
        properties: {
          elementer: { items: { enum: ids, markdownEnumDescriptions: r.elements.map((e) => e.title.nb) } },
          ikke_relevant: { items: { properties: { element: { enum: ids } } } },
        },
      },
    };
  });
  coverage.defaultSnippets = coverageReqs.map((r) => ({
    label: `${r.id}: ${r.title.nb}`,
    markdownDescription: `${r.summary.nb}\n\n${r.citation.ref.nb}: ${r.citation.url}`,
    body: { krav: r.id, dokument: '${1:dokument-id}', elementer: r.elements.map((e) => e.id) },
  }));
  schema.$defs.kravId.errorMessage = `Bruk id-en til et lovkrav i § 6-2 første ledd: ${coverageReqs.map((r) => r.id).join(', ')}.`;
  // Ready blocks for the two requirements that are not coverage entries: joint measures and parties.
  for (const r of catalogue.requirements.filter((x) => x.kind === 'joint-measures')) {
    schema.else.properties.samarbeidstiltak.items.defaultSnippets = [{
      label: `${r.id}: ${r.title.nb}`,
      markdownDescription: `${r.summary.nb}\n\n${r.citation.ref.nb}: ${r.citation.url}`,
      body: { id: '${1:tiltak-id}', navn: '${2:Navn på tiltaket}', ...Object.fromEntries((r.fields ?? []).map((f, i) => [f, `\${${i + 3}:${f}}`])) },
    }];
  }
  schema.else.properties.parter.properties.kommuner.items.defaultSnippets = [{ label: 'Kommune', body: { navn: '${1:Navn}', kommunenummer: '${2:0000}' } }];
  addMarkdown(schema);
  return JSON.stringify(schema, null, 2) + '\n';
}

const text = generate();
if (process.argv.includes('--check')) {
  const current = readFileSync(target, 'utf8');
  if (current !== text) {
    console.error('schemas/avtale.schema.json is out of date: run `npm run schema:sync`.');
    process.exit(1);
  }
} else {
  writeFileSync(target + '.tmp', text);
  renameSync(target + '.tmp', target);
  console.log('wrote schemas/avtale.schema.json');
}
