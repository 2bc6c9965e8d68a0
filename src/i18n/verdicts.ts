// Messages for verdicts (issue 11): statutory parts and recommended elements, declared-only items, standings; nb, nn, en side by side.
import type { LocalText } from '../types.js';

export const verdicts = {
  'requirement.statutory-absent': {
    nb: '{ref} ({title}) er delvis dekket: loven selv nevner {total} {total|del|deler}, og dekningen fører ikke opp {count} av dem: {parts}.',
    nn: '{ref} ({title}) er delvis dekt: lova sjølv nemner {total} {total|del|delar}, og dekninga fører ikkje opp {count} av dei: {parts}.',
    en: '{ref} ({title}) is partly covered: the law itself names {total} {total|part|parts}, and the coverage does not list {count} of them: {parts}.',
  },
  'requirement.declared-partial': {
    nb: '{ref} ({title}) er bare delvis dekket, etter det avtalefilen selv sier: {reason}',
    nn: '{ref} ({title}) er berre delvis dekt, etter det avtalefila sjølv seier: {reason}',
    en: '{ref} ({title}) is only partly covered, as the agreement file itself says: {reason}',
  },
  'requirement.recommended': {
    nb: 'Anbefalte elementer for {ref} ({title}) etter Helsedirektoratets veileder og praksis: {listed} av {total} ført opp, {count} ikke vurdert ({elements}). Dette er råd og senker ikke statusen.',
    nn: 'Tilrådde element for {ref} ({title}) etter rettleiaren frå Helsedirektoratet og praksis: {listed} av {total} {listed|ført|førte} opp, {count} ikkje {count|vurdert|vurderte} ({elements}). Dette er råd og senkar ikkje statusen.',
    en: 'Recommended elements for {ref} ({title}) from the Directorate of Health’s guide and practice: {listed} of {total} listed, {count} not assessed ({elements}). This is advice and does not lower the status.',
  },
  'hint.add-statutory': {
    nb: 'Før opp delene under «elementer:» når teksten dekker dem ({ids}), eller under «ikke_relevant:» med begrunnelse. Mangler teksten dem, er punktet bare delvis dekket.',
    nn: 'Før opp delane under «elementer:» når teksten dekkjer dei ({ids}), eller under «ikke_relevant:» med grunngjeving. Manglar teksten dei, er punktet berre delvis dekt.',
    en: 'List the parts under “elementer:” when the text covers them ({ids}), or under “ikke_relevant:” with a reason. If the text lacks them, the item is only partly covered.',
  },
  'hint.recommended': {
    nb: 'Før opp under «elementer:» de anbefalte elementene teksten dekker ({ids}). De er råd: et element som ikke passer, kan stå under «ikke_relevant:» med begrunnelse, men må ikke.',
    nn: 'Før opp under «elementer:» dei tilrådde elementa teksten dekkjer ({ids}). Dei er råd: eit element som ikkje passar, kan stå under «ikke_relevant:» med grunngjeving, men må ikkje.',
    en: 'List under “elementer:” the recommended elements the text covers ({ids}). They are advice: an element that does not fit may go under “ikke_relevant:” with a reason, but need not.',
  },
  'hint.declared-partial': {
    nb: 'Når dokumentet dekker hele punktet, fjern «grad: delvis» og «begrunnelse».',
    nn: 'Når dokumentet dekkjer heile punktet, fjern «grad: delvis» og «begrunnelse».',
    en: 'When the document covers the whole item, remove “grad: delvis” and “begrunnelse”.',
  },
  'hint.add-coverage-transition': {
    nb: 'Legg til en oppføring under «dekning:» med «krav: {id}» og dokumentet som dekker kravet. At et manglende punkt bare er en advarsel før {date}, bygger på vår lesning av Helsedirektoratets overgangsperiode: sjekk dette. Se «avtalesjekk explain {id}».',
    nn: 'Legg til ei oppføring under «dekning:» med «krav: {id}» og dokumentet som dekkjer kravet. At eit manglande punkt berre er ei åtvaring før {date}, byggjer på lesinga vår av overgangsperioden til Helsedirektoratet: sjekk dette. Sjå «avtalesjekk explain {id}».',
    en: 'Add an entry under “dekning:” with “krav: {id}” and the document that covers it. That a missing item is only a warning before {date} rests on our reading of the Directorate of Health’s transition period: check this. See “avtalesjekk explain {id}”.',
  },
  'detail.declared-only': {
    nb: 'innhold ikke vurdert: dekningen fører ikke opp elementer',
    nn: 'innhald ikkje vurdert: dekninga fører ikkje opp element',
    en: 'content not assessed: the coverage lists no elements',
  },
  'detail.assessed': { nb: '{first} · {second}', nn: '{first} · {second}', en: '{first} · {second}' },
  'detail.part-statutory': {
    nb: 'lovens deler: {statutoryListed} av {statutoryTotal}',
    nn: 'delane i lova: {statutoryListed} av {statutoryTotal}',
    en: 'statutory parts: {statutoryListed} of {statutoryTotal}',
  },
  'detail.part-recommended': {
    nb: 'anbefalte elementer: {listed} av {total} ført opp',
    nn: 'tilrådde element: {listed} av {total} {listed|ført|førte} opp',
    en: 'recommended elements: {listed} of {total} listed',
  },
  'detail.part-recommended-open': {
    nb: 'anbefalte elementer: {listed} av {total} ført opp, {notAssessed} ikke vurdert',
    nn: 'tilrådde element: {listed} av {total} {listed|ført|førte} opp, {notAssessed} ikkje {notAssessed|vurdert|vurderte}',
    en: 'recommended elements: {listed} of {total} listed, {notAssessed} not assessed',
  },
  'detail.declared-partial': {
    nb: 'delvis etter avtalefilen: {reason}',
    nn: 'delvis etter avtalefila: {reason}',
    en: 'partial, as the agreement file says: {reason}',
  },
  'report.notice': {
    nb: 'Resultatet bygger på det avtalefilene erklærer, og er ikke en juridisk vurdering.',
    nn: 'Resultatet byggjer på det avtalefilene erklærer, og er ikkje ei juridisk vurdering.',
    en: 'The result rests on what the agreement files declare and is not a legal assessment.',
  },
  'report.summary-declared-only': {
    nb: '{count} av de oppfylte bygger bare på en erklæring (innhold ikke vurdert)',
    nn: '{count} av dei oppfylte byggjer berre på ei erklæring (innhald ikkje vurdert)',
    en: '{count} of those met {count|rests|rest} on a declaration only (content not assessed)',
  },
  'standing.law': { nb: 'lov', nn: 'lov', en: 'law' },
  'standing.agreement': { nb: 'avtalens egne regler', nn: 'reglane i avtalen sjølv', en: 'the agreement’s own rules' },
  'standing.recommendation': { nb: 'anbefaling, ikke lov', nn: 'tilråding, ikkje lov', en: 'recommendation, not law' },
  'standing.practice': { nb: 'praksis, ikke lov', nn: 'praksis, ikkje lov', en: 'practice, not law' },
  'standing.upkeep': { nb: 'vedlikehold av teksten', nn: 'vedlikehald av teksten', en: 'upkeep of the text' },
  'explain.standing': { nb: 'Rettslig status: {standing}.', nn: 'Rettsleg status: {standing}.', en: 'Legal standing: {standing}.' },
  'explain.rule-severity': {
    nb: 'Alvorlighet når regelen slår til: {severity}.',
    nn: 'Alvorsgrad når regelen slår til: {severity}.',
    en: 'Severity when the rule applies: {severity}.',
  },
  'explain.statutory': {
    nb: 'Lovens deler (avgjør status; skriv id-en under «elementer:»)',
    nn: 'Delane i lova (avgjer status; skriv id-en under «elementer:»)',
    en: 'Statutory parts (decide the status; write the id under “elementer:”)',
  },
  'explain.no-statutory': {
    nb: 'Loven nevner ingen egne deler av dette punktet: en gyldig dekning av punktet oppfyller kravet.',
    nn: 'Lova nemner ingen eigne delar av dette punktet: ei gyldig dekning av punktet oppfyller kravet.',
    en: 'The law names no separate parts of this item: a valid coverage entry meets the requirement.',
  },
  'explain.recommended': {
    nb: 'Anbefalte elementer (råd som aldri senker statusen; skriv id-en under «elementer:»)',
    nn: 'Tilrådde element (råd som aldri senkar statusen; skriv id-en under «elementer:»)',
    en: 'Recommended elements (advice that never lowers the status; write the id under “elementer:”)',
  },
  'explain.states': {
    nb: 'Uten «elementer:» er punktet «oppfylt (innhold ikke vurdert)». Med listen er det delvis oppfylt når en av lovens deler verken er ført opp eller står under «ikke_relevant:», og «grad: delvis» med «begrunnelse» gjør det delvis oppfylt.',
    nn: 'Utan «elementer:» er punktet «oppfylt (innhald ikkje vurdert)». Med lista er det delvis oppfylt når ein av delane i lova korkje er ført opp eller står under «ikke_relevant:», og «grad: delvis» med «begrunnelse» gjer det delvis oppfylt.',
    en: 'Without “elementer:” the item is “met (content not assessed)”. With the list it is partly met when a statutory part is neither listed nor under “ikke_relevant:”, and “grad: delvis” with a “begrunnelse” makes it partly met.',
  },
  'explain.transition-as-of': {
    nb: 'Fra {from} til {until} gir et manglende punkt «{severity}» i stedet for «{normal}», uansett når avtalen ble vedtatt; datoen sjekken gjelder for (--as-of) avgjør. Overgangsperioden er vår lesning av Helsedirektoratets veileder: sjekk dette.',
    nn: 'Frå {from} til {until} gjev eit manglande punkt «{severity}» i staden for «{normal}», same når avtalen vart vedteken; datoen sjekken gjeld for (--as-of) avgjer. Overgangsperioden er lesinga vår av rettleiaren frå Helsedirektoratet: sjekk dette.',
    en: 'From {from} until {until} a missing item gives “{severity}” instead of “{normal}”, whenever the agreement was adopted; the date the check is made for (--as-of) decides. The transition period is our reading of the Directorate of Health’s guide: check this.',
  },
  'explain.source': { nb: 'kilde: {source}', nn: 'kjelde: {source}', en: 'source: {source}' },
  'adoption.not-adopted-unversioned': {
    nb: '{party} har ikke vedtatt gjeldende versjon av «{document}» (filene oppgir ikke versjonen).',
    nn: '{party} har ikkje vedteke gjeldande versjon av «{document}» (filene oppgjev ikkje versjonen).',
    en: '{party} has not adopted the version in force of “{document}” (the files do not give the version).',
  },
  'adoption.rejected-unversioned': {
    nb: '{party} avviste gjeldende versjon av «{document}» ({date}); filene oppgir ikke versjonen.',
    nn: '{party} avviste gjeldande versjon av «{document}» ({date}); filene oppgjev ikkje versjonen.',
    en: '{party} rejected the version in force of “{document}” ({date}); the files do not give the version.',
  },
  'adoption.older-version-unversioned': {
    nb: '{party} har vedtatt versjon {adopted} av «{document}», men filene oppgir ikke hvilken versjon som gjelder.',
    nn: '{party} har vedteke versjon {adopted} av «{document}», men filene oppgjev ikkje kva versjon som gjeld.',
    en: '{party} adopted version {adopted} of “{document}”, but the files do not say which version is in force.',
  },
  'detail.adoption-unversioned': {
    nb: '{adopted} av {total} {total|kommunestyre|kommunestyrer} har vedtatt gjeldende versjon (filene oppgir ikke versjonen){hf}',
    nn: '{adopted} av {total} kommunestyre har vedteke gjeldande versjon (filene oppgjev ikkje versjonen){hf}',
    en: '{adopted} of {total} municipal {total|council|councils} {adopted|has|have} adopted the version in force (the files do not give the version){hf}',
  },
  'doctype.overordnet': { nb: 'overordnet avtale', nn: 'overordna avtale', en: 'overarching agreement' },
  'doctype.tjenesteavtale': { nb: 'tjenesteavtale', nn: 'tenesteavtale', en: 'service agreement' },
  'doctype.delavtale': { nb: 'delavtale', nn: 'delavtale', en: 'sub-agreement' },
  'doctype.retningslinje': { nb: 'retningslinje', nn: 'retningsline', en: 'guideline' },
  'doctype.saeravtale': { nb: 'særavtale', nn: 'særavtale', en: 'special agreement' },
  'doctype.underavtale': { nb: 'underavtale', nn: 'underavtale', en: 'subordinate agreement' },
  'doctype.driftsavtale': { nb: 'driftsavtale', nn: 'driftsavtale', en: 'operating agreement' },
  'doctype.prosedyre': { nb: 'prosedyre', nn: 'prosedyre', en: 'procedure' },
  'doctype.handlingsplan': { nb: 'handlingsplan', nn: 'handlingsplan', en: 'action plan' },
  'doctype.vedlegg': { nb: 'vedlegg', nn: 'vedlegg', en: 'appendix' },
  'doctype.annet': { nb: 'annet dokument', nn: 'anna dokument', en: 'other document' },
  'init.main.statutory': { nb: 'Lovens deler', nn: 'Delane i lova', en: 'Statutory parts' },
  'report.element-state.listed': { nb: 'ført opp', nn: 'ført opp', en: 'listed' },
  'report.element-state.not-relevant': { nb: 'ikke relevant', nn: 'ikkje relevant', en: 'not relevant' },
  'report.element-state.absent': { nb: 'ikke ført opp', nn: 'ikkje ført opp', en: 'not listed' },
  'report.element-state.not-assessed': { nb: 'ikke vurdert', nn: 'ikkje vurdert', en: 'not assessed' },
} as const satisfies Record<string, LocalText>;
