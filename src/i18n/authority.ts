// Messages for authority, adoption and governance checks: each key in all three languages side by side.
import type { LocalText } from '../types.js';

export const authority = {
  'adoption.not-adopted': {
    nb: '{party} har ikke vedtatt versjon {version} av «{document}».',
    nn: '{party} har ikkje vedteke versjon {version} av «{document}».',
    en: '{party} has not adopted version {version} of “{document}”.',
  },
  'adoption.older-version': {
    nb: '{party} har vedtatt versjon {adopted}, ikke gjeldende versjon {version} av «{document}».',
    nn: '{party} har vedteke versjon {adopted}, ikkje gjeldande versjon {version} av «{document}».',
    en: '{party} adopted version {adopted}, not version {version} in force, of “{document}”.',
  },
  'adoption.rejected': {
    nb: '{party} avviste versjon {version} av «{document}» ({date}).',
    nn: '{party} avviste versjon {version} av «{document}» ({date}).',
    en: '{party} rejected version {version} of “{document}” ({date}).',
  },
  'adoption.no-main-document': {
    nb: 'Avtalesettet har ikke noe dokument med «type: overordnet», så det kan ikke sjekkes hvem som har vedtatt avtalen.',
    nn: 'Avtalesettet har ikkje noko dokument med «type: overordnet», så det kan ikkje sjekkast kven som har vedteke avtalen.',
    en: 'The agreement set has no document with “type: overordnet”, so adoption by the parties cannot be checked.',
  },
  'hint.adopt': {
    nb: 'Når vedtaket er gjort, før det opp under «vedtak:» i dokumentet: organ, part, dato, saksnummer og utfall.',
    nn: 'Når vedtaket er gjort, før det opp under «vedtak:» i dokumentet: organ, part, dato, saksnummer og utfall.',
    en: 'Once the decision is made, record it under “vedtak:” in the document: organ, part, dato, saksnummer and utfall.',
  },
  'hint.add-main-document': {
    nb: 'Gi den overordnede avtalen «type: overordnet».',
    nn: 'Gje den overordna avtalen «type: overordnet».',
    en: 'Give the overarching agreement “type: overordnet”.',
  },
  'detail.adoption': {
    nb: '{adopted} av {total} kommunestyrer har vedtatt versjon {version}{hf}',
    nn: '{adopted} av {total} kommunestyre har vedteke versjon {version}{hf}',
    en: '{adopted} of {total} municipal councils have adopted version {version}{hf}',
  },
  'detail.adoption-hf-yes': { nb: '; styret i {name} har vedtatt den', nn: '; styret i {name} har vedteke han', en: '; the board of {name} has adopted it' },
  'detail.adoption-hf-no': { nb: '; styret i {name} har ikke vedtatt den', nn: '; styret i {name} har ikkje vedteke han', en: '; the board of {name} has not adopted it' },
  'adoption.status.adopted': { nb: 'vedtatt', nn: 'vedteke', en: 'adopted' },
  'adoption.status.rejected': { nb: 'avvist', nn: 'avvist', en: 'rejected' },
  'adoption.status.not-adopted': { nb: 'ikke vedtatt', nn: 'ikkje vedteke', en: 'not adopted' },
  'adoption.status.older-version': { nb: 'eldre versjon', nn: 'eldre versjon', en: 'older version' },
  'report.adoption': { nb: 'Vedtak hos partene', nn: 'Vedtak hjå partane', en: 'Adoption by the parties' },
  'report.col.party': { nb: 'Part', nn: 'Part', en: 'Party' },
  'report.col.body': { nb: 'Organ', nn: 'Organ', en: 'Body' },
  'report.col.date': { nb: 'Dato', nn: 'Dato', en: 'Date' },
  'report.col.case': { nb: 'Saksnummer', nn: 'Saksnummer', en: 'Case no.' },
  'report.col.version': { nb: 'Versjon', nn: 'Versjon', en: 'Version' },
  'explain.basis': { nb: 'Grunnlag', nn: 'Grunnlag', en: 'Basis' },
  'rules.heading-policies': { nb: 'Vedtaksmyndighet og styring', nn: 'Vedtaksmynde og styring', en: 'Decision authority and governance' },
  'party.hf': { nb: 'styret i {name}', nn: 'styret i {name}', en: 'the board of {name}' },
  'party.kommune': { nb: '{name} kommune ({number})', nn: '{name} kommune ({number})', en: '{name} kommune ({number})' },
} as const satisfies Record<string, LocalText>;
