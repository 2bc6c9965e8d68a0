// Messages for authority, adoption and governance checks: each key in all three languages side by side.
import { loadCatalogue } from '../requirements/catalogue.js';
import type { LocalText } from '../types.js';

/** A policy rule's title, kept in one place: its catalogue entry in schemas/krav.json. */
function policyTitle(id: string): LocalText {
  const entry = loadCatalogue().rules.find((r) => r.id === id);
  if (!entry) throw new Error(`schemas/krav.json has no rule ${id}`);
  return entry.title;
}

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
    nb: '{adopted} av {total} {total|kommunestyre|kommunestyrer} har vedtatt versjon {version}{hf}',
    nn: '{adopted} av {total} kommunestyre har vedteke versjon {version}{hf}',
    en: '{adopted} of {total} municipal {total|council|councils} {adopted|has|have} adopted version {version}{hf}',
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
  'authority.for-party': { nb: ' for {party}', nn: ' for {party}', en: ' for {party}' },
  'authority.body.kommunestyre': { nb: 'kommunestyret', nn: 'kommunestyret', en: 'the municipal council' },
  'authority.body.bystyre': { nb: 'bystyret', nn: 'bystyret', en: 'the city council' },
  'authority.body.formannskap': { nb: 'formannskapet', nn: 'formannskapet', en: 'the executive committee (formannskap)' },
  'authority.body.ordforer': { nb: 'ordføreren', nn: 'ordføraren', en: 'the mayor' },
  'authority.body.kommunedirektor': { nb: 'kommunedirektøren', nn: 'kommunedirektøren', en: 'the chief municipal executive' },
  'authority.body.radmann': { nb: 'rådmannen', nn: 'rådmannen', en: 'the chief municipal executive (rådmann)' },
  'authority.body.byraad': { nb: 'byrådet', nn: 'byrådet', en: 'the city government (byråd)' },
  'authority.body.hf-styre': { nb: 'helseforetaksstyret', nn: 'helseføretaksstyret', en: 'the health trust board' },
  'authority.body.administrerende-direktor': { nb: 'administrerende direktør i helseforetaket', nn: 'administrerande direktør i helseføretaket', en: 'the chief executive of the health trust' },
  'authority.change.ny': { nb: 'ny versjon', nn: 'ny versjon', en: 'new version' },
  'authority.change.vesentlig-endring': { nb: 'vesentlig endring', nn: 'vesentleg endring', en: 'material change' },
  'authority.change.mindre-endring': { nb: 'mindre endring', nn: 'mindre endring', en: 'minor change' },
  'authority.change.revisjon-rutiner': { nb: 'revisjon av rutiner', nn: 'revisjon av rutinar', en: 'revision of routines' },
  'authority.change.oppsigelse': { nb: 'oppsigelse', nn: 'oppseiing', en: 'termination' },
  'authority.council-only.kommune': {
    nb: '{body} vedtok «{document}» ({change}) for {party} den {date}. Bare kommunestyret selv kan inngå, endre vesentlig eller si opp avtalen for kommunen.',
    nn: '{body} vedtok «{document}» ({change}) for {party} den {date}. Berre kommunestyret sjølv kan inngå, endre vesentleg eller seie opp avtalen for kommunen.',
    en: '{body} adopted “{document}” ({change}) for {party} on {date}. Only the municipal council itself can enter into, materially change or terminate the agreement for the kommune.',
  },
  'authority.council-only.hf': {
    nb: '{body} vedtok «{document}» ({change}) for {party} den {date}. For helseforetaket er det styret som vedtar avtalen.',
    nn: '{body} vedtok «{document}» ({change}) for {party} den {date}. For helseføretaket er det styret som vedtek avtalen.',
    en: '{body} adopted “{document}” ({change}) for {party} on {date}. For the health trust, the board adopts the agreement.',
  },
  'authority.council-only.none': {
    nb: '{body} vedtok «{document}» ({change}) den {date}. Bare hvert kommunestyre selv og styret i helseforetaket kan inngå, endre vesentlig eller si opp avtalen.',
    nn: '{body} vedtok «{document}» ({change}) den {date}. Berre kvart kommunestyre sjølv og styret i helseføretaket kan inngå, endre vesentleg eller seie opp avtalen.',
    en: '{body} adopted “{document}” ({change}) on {date}. Only each municipal council itself and the health trust board can enter into, materially change or terminate the agreement.',
  },
  'hint.council-only': {
    nb: 'Legg saken fram for kommunestyret (eller helseforetaksstyret) og før opp det vedtaket. Var dette bare en innstilling, skriv «rolle: innstilling».',
    nn: 'Legg saka fram for kommunestyret (eller helseføretaksstyret) og før opp det vedtaket. Var dette berre ei innstilling, skriv «rolle: innstilling».',
    en: 'Put the case to the municipal council (or the health trust board) and record that decision. If this was only a recommendation, write “rolle: innstilling”.',
  },
  'authority.delegation': {
    nb: 'Regelen lar {body} vedta den overordnede avtalen (endringer: {changes}). Bare hvert kommunestyre selv og styret i helseforetaket kan inngå, endre vesentlig eller si opp avtalen.',
    nn: 'Regelen lèt {body} vedta den overordna avtalen (endringar: {changes}). Berre kvart kommunestyre sjølv og styret i helseføretaket kan inngå, endre vesentleg eller seie opp avtalen.',
    en: 'The rule lets {body} adopt the overarching agreement (changes: {changes}). Only each municipal council itself and the health trust board can enter into, materially change or terminate the agreement.',
  },
  'hint.delegation': {
    nb: 'La organet forberede saken og gi innstilling («innstilling_fra»), og la «vedtas_av» for disse sakene være kommunestyre og hf-styre.',
    nn: 'La organet førebu saka og gje innstilling («innstilling_fra»), og la «vedtas_av» for desse sakene vere kommunestyre og hf-styre.',
    en: 'Let the body prepare the case and recommend (“innstilling_fra”), and let “vedtas_av” for these cases be kommunestyre and hf-styre.',
  },
  'authority.delegation-review': {
    nb: 'Regelen lar {body} vedta dokumenttype {types} (endringer: {changes}), og slike dokumenter dekker § 6-2 første ledd nr. {items}.',
    nn: 'Regelen lèt {body} vedta dokumenttype {types} (endringar: {changes}), og slike dokument dekkjer § 6-2 første ledd nr. {items}.',
    en: 'The rule lets {body} adopt document type {types} (changes: {changes}), and such documents cover section 6-2 first paragraph no. {items}.',
  },
  'authority.delegation-review-main': {
    nb: 'Regelen lar {body} vedta endringer i den overordnede avtalen (endringer: {changes}).',
    nn: 'Regelen lèt {body} vedta endringar i den overordna avtalen (endringar: {changes}).',
    en: 'The rule lets {body} adopt changes to the overarching agreement (changes: {changes}).',
  },
  'hint.delegation-review': {
    nb: 'Få en jurist til å vurdere om dette holder seg innenfor mandatet kommunestyrene selv har vedtatt. Loven sier ikke hva en mindre endring er, og det er ikke prøvd rettslig.',
    nn: 'Få ein jurist til å vurdere om dette held seg innanfor mandatet kommunestyra sjølve har vedteke. Lova seier ikkje kva ei mindre endring er, og det er ikkje prøvd rettsleg.',
    en: 'Have a lawyer assess whether this stays within the mandate the councils themselves adopted. The law does not say what a minor change is, and it has not been tested in court.',
  },
  'authority.no-mandate': {
    nb: '{body} vedtok «{document}»{forParty} den {date} ({change}), men ingen regel under «vedtaksmyndighet» gir dette organet myndighet til det for dokumenttypen «{type}».',
    nn: '{body} vedtok «{document}»{forParty} den {date} ({change}), men ingen regel under «vedtaksmyndighet» gjev dette organet mynde til det for dokumenttypen «{type}».',
    en: '{body} adopted “{document}”{forParty} on {date} ({change}), but no rule under “vedtaksmyndighet” gives this body that power for document type “{type}”.',
  },
  'hint.no-mandate': {
    nb: 'Etter avtalens regler vedtas dette av: {allowed}. Før opp vedtaket i riktig organ, eller rett regelen hvis avtalen faktisk gir organet denne myndigheten.',
    nn: 'Etter reglane i avtalen blir dette vedteke av: {allowed}. Før opp vedtaket i rett organ, eller rett regelen dersom avtalen faktisk gjev organet dette myndet.',
    en: 'Under the agreement’s rules this is adopted by: {allowed}. Record the decision of the right body, or correct the rule if the agreement really gives the body this power.',
  },
  'hint.no-rule': {
    nb: 'Ingen regel gjelder «{type}» med endringstypen «{changeId}». Legg til en regel under «vedtaksmyndighet», eller rett «endring» på vedtaket.',
    nn: 'Ingen regel gjeld «{type}» med endringstypen «{changeId}». Legg til ein regel under «vedtaksmyndighet», eller rett «endring» på vedtaket.',
    en: 'No rule covers “{type}” with change kind “{changeId}”. Add a rule under “vedtaksmyndighet”, or correct “endring” on the record.',
  },
  'authority.recommendation-missing': {
    nb: '{body} vedtok «{document}»{forParty} den {date} uten å vise til en innstilling, men avtalens regel krever innstilling fra {recommender} først.',
    nn: '{body} vedtok «{document}»{forParty} den {date} utan å vise til ei innstilling, men regelen i avtalen krev innstilling frå {recommender} først.',
    en: '{body} adopted “{document}”{forParty} on {date} without pointing to a recommendation, but the agreement’s rule requires a recommendation from {recommender} first.',
  },
  'hint.recommendation-missing': {
    nb: 'Før opp innstillingen som et eget vedtak med «id» og «rolle: innstilling», og vis til den med «innstilling: <id>» på dette vedtaket.',
    nn: 'Før opp innstillinga som eit eige vedtak med «id» og «rolle: innstilling», og vis til henne med «innstilling: <id>» på dette vedtaket.',
    en: 'Record the recommendation as a record of its own with “id” and “rolle: innstilling”, and point to it with “innstilling: <id>” on this decision.',
  },
  'authority.recommendation-wrong-body': {
    nb: '{body} vedtok «{document}»{forParty} den {date} etter innstilling fra {actual}, men avtalens regel krever innstilling fra {recommender}.',
    nn: '{body} vedtok «{document}»{forParty} den {date} etter innstilling frå {actual}, men regelen i avtalen krev innstilling frå {recommender}.',
    en: '{body} adopted “{document}”{forParty} on {date} on a recommendation from {actual}, but the agreement’s rule requires a recommendation from {recommender}.',
  },
  'hint.recommendation-wrong-body': {
    nb: 'Vis til innstillingen fra riktig organ, eller få saken behandlet der først.',
    nn: 'Vis til innstillinga frå rett organ, eller få saka handsama der først.',
    en: 'Point to the recommendation of the right body, or have the case dealt with there first.',
  },
  'authority.recommendation-late': {
    nb: '{body} vedtok «{document}»{forParty} den {date}, men innstillingen fra {recommender} som vedtaket bygger på, er datert senere ({recDate}).',
    nn: '{body} vedtok «{document}»{forParty} den {date}, men innstillinga frå {recommender} som vedtaket byggjer på, er datert seinare ({recDate}).',
    en: '{body} adopted “{document}”{forParty} on {date}, but the recommendation from {recommender} it builds on is dated later ({recDate}).',
  },
  'hint.recommendation-late': {
    nb: 'Innstillingen må komme før vedtaket. Rett datoen på vedtaket eller på innstillingen.',
    nn: 'Innstillinga må kome før vedtaket. Rett datoen på vedtaket eller på innstillinga.',
    en: 'The recommendation must come before the decision. Correct the date of the decision or of the recommendation.',
  },
  'authority.unanimity': {
    nb: '{body} vedtok «{document}»{forParty} den {date}, men avtalens regel krever et enstemmig vedtak, og vedtaket sier ikke at det var enstemmig.',
    nn: '{body} vedtok «{document}»{forParty} den {date}, men regelen i avtalen krev eit samrøystes vedtak, og vedtaket seier ikkje at det var samrøystes.',
    en: '{body} adopted “{document}”{forParty} on {date}, but the agreement’s rule requires a unanimous decision, and the record does not say it was unanimous.',
  },
  'hint.unanimity': {
    nb: 'Var vedtaket enstemmig, skriv «enstemmig: true». Var det ikke det, er saken ikke avgjort etter avtalens regler.',
    nn: 'Var vedtaket samrøystes, skriv «enstemmig: true». Var det ikkje det, er saka ikkje avgjord etter reglane i avtalen.',
    en: 'If the decision was unanimous, write “enstemmig: true”. If it was not, the matter is not decided under the agreement’s rules.',
  },
  'authority.in-force-early': {
    nb: '«{document}» trer i kraft {inForce}, før det siste vedtaket om versjonen: {body}{forParty} den {date}.',
    nn: '«{document}» tek til å gjelde {inForce}, før det siste vedtaket om versjonen: {body}{forParty} den {date}.',
    en: '“{document}” enters into force on {inForce}, before the last decision adopting the version: {body}{forParty} on {date}.',
  },
  'hint.in-force-early': {
    nb: 'Sett «i_kraft» til {date} eller senere, eller rett datoen på vedtaket ({related}).',
    nn: 'Set «i_kraft» til {date} eller seinare, eller rett datoen på vedtaket ({related}).',
    en: 'Set “i_kraft” to {date} or later, or correct the date of the decision ({related}).',
  },
  'authority.after-as-of': {
    nb: 'Vedtaket i {body}{forParty} om «{document}» er datert {date}, etter datoen sjekken gjelder for ({asOf}).',
    nn: 'Vedtaket i {body}{forParty} om «{document}» er datert {date}, etter datoen sjekken gjeld for ({asOf}).',
    en: 'The decision of {body}{forParty} on “{document}” is dated {date}, after the date the check is made for ({asOf}).',
  },
  'authority.after-as-of-recommendation': {
    nb: 'Innstillingen fra {body}{forParty} om «{document}» er datert {date}, etter datoen sjekken gjelder for ({asOf}).',
    nn: 'Innstillinga frå {body}{forParty} om «{document}» er datert {date}, etter datoen sjekken gjeld for ({asOf}).',
    en: 'The recommendation of {body}{forParty} on “{document}” is dated {date}, after the date the check is made for ({asOf}).',
  },
  'hint.after-as-of': {
    nb: 'Før opp et vedtak først når det er gjort, og rett datoen hvis den er feil. Vil du sjekke for en senere dato, bruk --as-of.',
    nn: 'Før opp eit vedtak først når det er gjort, og rett datoen dersom han er feil. Vil du sjekke for ein seinare dato, bruk --as-of.',
    en: 'Record a decision only once it is made, and correct the date if it is wrong. To check for a later date, use --as-of.',
  },
  'governance.users-observers': {
    nb: 'Brukerrepresentantene i {body} er bare observatører.',
    nn: 'Brukarrepresentantane i {body} er berre observatørar.',
    en: 'The user representatives in {body} are observers only.',
  },
  'governance.users-no-rights': {
    nb: 'Brukerrepresentantene i {body} har verken stemmerett, talerett eller forslagsrett.',
    nn: 'Brukarrepresentantane i {body} har korkje røysterett, talerett eller forslagsrett.',
    en: 'The user representatives in {body} have no right to vote, speak or make proposals.',
  },
  'hint.users-members': {
    nb: 'Gi brukerrepresentantene fullt medlemskap, i det minste med tale- og forslagsrett: «rettigheter: [tale, forslag]», helst også «stemme».',
    nn: 'Gje brukarrepresentantane fullt medlemskap, i det minste med tale- og forslagsrett: «rettigheter: [tale, forslag]», helst òg «stemme».',
    en: 'Make the user representatives full members, at least with the right to speak and propose: “rettigheter: [tale, forslag]”, preferably also “stemme”.',
  },
  'governance.no-gps': {
    nb: '{body} har ingen plass for fastlegene.',
    nn: '{body} har ingen plass for fastlegane.',
    en: '{body} has no seat for the GPs (fastleger).',
  },
  'hint.gps': {
    nb: 'Vurder å gi fastlegene en plass, for eksempel gjennom praksiskonsulentordningen: «gruppe: fastleger» under «sammensetning».',
    nn: 'Vurder å gje fastlegane ein plass, til dømes gjennom praksiskonsulentordninga: «gruppe: fastleger» under «sammensetning».',
    en: 'Consider giving the GPs a seat, for example through the practice consultant scheme: “gruppe: fastleger” under “sammensetning”.',
  },
  'governance.unequal-seats': {
    nb: '{body} har {municipalSeats} {municipalSeats|plass|plasser} for kommunene og {trustSeats} for helseforetaket.',
    nn: '{body} har {municipalSeats} {municipalSeats|plass|plassar} for kommunane og {trustSeats} for helseføretaket.',
    en: '{body} has {municipalSeats} {municipalSeats|seat|seats} for the kommuner and {trustSeats} for the health trust.',
  },
  'hint.equal-seats': {
    nb: 'Ingen regel krever like mange plasser, men partene er likeverdige. Avgjør organet ved konsensus, skriv «beslutning: konsensus» på organet; ellers vurder like mange plasser.',
    nn: 'Ingen regel krev like mange plassar, men partane er likeverdige. Avgjer organet ved konsensus, skriv «beslutning: konsensus» på organet; elles vurder like mange plassar.',
    en: 'No rule requires equal seats, but the parties are equal partners. If the body decides by consensus, write “beslutning: konsensus” on the body; otherwise consider equal seats.',
  },
  'governance.fixed-chair': {
    nb: 'Ledervervet i {body} går ikke på omgang («rotasjon: fast»).',
    nn: 'Leiarvervet i {body} går ikkje på omgang («rotasjon: fast»).',
    en: 'The chair of {body} does not rotate (“rotasjon: fast”).',
  },
  'hint.rotate-chair': {
    nb: 'Vurder å la ledervervet gå på omgang mellom kommunene og helseforetaket, for eksempel annethvert år.',
    nn: 'Vurder å la leiarvervet gå på omgang mellom kommunane og helseføretaket, til dømes annakvart år.',
    en: 'Consider letting the chair rotate between the kommuner and the health trust, for example every other year.',
  },
  'rule.hol-6-1-kommunestyret-selv.title': policyTitle('hol-6-1-kommunestyret-selv'),
  'rule.hol-6-1-delegering.title': policyTitle('hol-6-1-delegering'),
  'rule.hol-6-1-delegering-vurder.title': policyTitle('hol-6-1-delegering-vurder'),
  'rule.vedtak-uten-myndighet.title': policyTitle('vedtak-uten-myndighet'),
  'rule.vedtak-innstilling.title': policyTitle('vedtak-innstilling'),
  'rule.vedtak-enstemmig.title': policyTitle('vedtak-enstemmig'),
  'rule.vedtak-ikrafttredelse.title': policyTitle('vedtak-ikrafttredelse'),
  'rule.vedtak-etter-dato.title': policyTitle('vedtak-etter-dato'),
  'rule.styring-brukermedvirkning.title': policyTitle('styring-brukermedvirkning'),
  'rule.styring-fastleger.title': policyTitle('styring-fastleger'),
  'rule.styring-likeverd.title': policyTitle('styring-likeverd'),
  'rule.styring-rotasjon.title': policyTitle('styring-rotasjon'),
} as const satisfies Record<string, LocalText>;
