import type { Area, Catalogue } from './catalogue.js';

/**
 * The audit's words for the program team (src/audit/dashboard.ts): the dashboard in the job
 * summary (English) and `tgr audit`'s text output (in `--lang`'s language). Action types, group
 * short names and problem kinds stay as they are: scripts match them.
 */
const en = {
  'dashboard.heading': '## Registry audit, {today}',
  'dashboard.totals':
    '{active} active groups of {groups} · {problems} open problems · {issues} audit issues found.',
  'dashboard.dry-run': '**Dry run:** nothing was written. The plan: {plan}.',
  'dashboard.this-run':
    '**This run:** {done}.{deferred, plural, =0 {} other { **{deferred} actions are left for the next run** (the write cap was reached{failed, select, yes {, or a write failed} other {}}).}}',
  'dashboard.no-token': 'GitHub accounts were not checked (no token).',
  'dashboard.write-failed': '**A write failed:** {reason}',
  'dashboard.not-migrated': '**Not migrated:** {leaders}',
  'dashboard.not-the-audits':
    "**Not the audit's:** {issues}{more, plural, =0 {} other { and {more} more}} carry its marker but were not opened by its account; they are left alone.",
  'dashboard.actions': '{dryRun, select, yes {Planned actions} other {Actions this run}}',
  'dashboard.actions.columns': '| Action | Group | Problem | Issue |',
  'dashboard.more': '…and {count} more.',
  'dashboard.groups': 'Groups',
  'dashboard.groups.only-problems':
    'Only the {listed} groups with problems or inactive are listed (of {groups}).',
  'dashboard.column.group': 'Group',
  'dashboard.column.stage': 'Stage',
  'dashboard.stages':
    '**Stages:** {active} active · {atRisk} at risk · {problem} with a problem · {pastDate} past their date · {inactive} inactive · {removalDue} due for removal{other, plural, =0 {} other { · {other} other}}.',
  'dashboard.stage':
    '{stage, select, active {active} at_risk {at risk} problem {problem, {date, select, none {no issue yet} other {date {date}}}} past_date {**past its date** ({date}){inactiveOn, select, none {} other {, inactive from {inactiveOn}}}} inactive {inactive{since, select, none {} other { since {since}}}{removalOn, select, none {} other {, removal due {removalOn} if still short}}} removal_due {inactive since {since}, **removal due** if still short} other {{status}}}',
  'dashboard.column.meetups': 'Azure meetups',
  'dashboard.column.months': 'Last 12 months',
  'dashboard.column.days': 'Days since last',
  'audit.verb':
    '{type, select, open {opened} reopen {reopened} update {updated} close {closed (solved)} close_duplicate {closed (duplicate)} other {marked ended (closed already)}}',
  'audit.tally':
    '{count} {type, select, open {opened} reopen {reopened} update {updated} close {closed (solved)} close_duplicate {closed (duplicate)} other {marked ended (closed already)}}',
  'audit.no-changes': 'no changes',
  'audit.new-issue': 'new',
  'audit.not-migrated':
    '{people, plural, one {# leader} other {# leaders}} in {groups, plural, one {# group} other {# groups}} {people, plural, one {has} other {have}} no `githubId` in their file: the audit knows them by username only, so it cannot tell whether the account behind a username changed hands.',
  'audit.text.not-migrated': 'Not migrated: {leaders}',
  'audit.text.summary':
    '{dryRun, select, yes {Dry run: would make} other {Made}} {actions, plural, one {# change} other {# changes}} for {problems, plural, one {# problem} other {# problems}} in {active} active groups{deferred, plural, =0 {} other {; {deferred} left for the next run}}.',
} as const satisfies Catalogue;

export const dashboard = {
  en,
  nl: {
    'dashboard.heading': '## Controle van het register, {today}',
    'dashboard.totals':
      '{active} actieve groepen van {groups} · {problems} open problemen · {issues} controle-issues gevonden.',
    'dashboard.dry-run': '**Proefrun:** er is niets geschreven. Het plan: {plan}.',
    'dashboard.this-run':
      '**Deze run:** {done}.{deferred, plural, =0 {} other { **{deferred} acties blijven over voor de volgende run** (het maximum aantal schrijfacties is bereikt{failed, select, yes {, of een schrijfactie is mislukt} other {}}).}}',
    'dashboard.no-token': 'GitHub-accounts zijn niet gecontroleerd (geen token).',
    'dashboard.write-failed': '**Een schrijfactie is mislukt:** {reason}',
    'dashboard.not-migrated': '**Niet overgezet:** {leaders}',
    'dashboard.not-the-audits':
      '**Niet van de controle:** {issues}{more, plural, =0 {} other { en nog {more}}} dragen haar markering, maar zijn niet door haar account geopend; ze blijven ongemoeid.',
    'dashboard.actions': '{dryRun, select, yes {Geplande acties} other {Acties in deze run}}',
    'dashboard.actions.columns': '| Actie | Groep | Probleem | Issue |',
    'dashboard.more': '…en nog {count}.',
    'dashboard.groups': 'Groepen',
    'dashboard.groups.only-problems':
      'Alleen de {listed} groepen met problemen of inactief staan hier (van de {groups}).',
    'dashboard.column.group': 'Groep',
    'dashboard.column.stage': 'Fase',
    'dashboard.stages':
      '**Fasen:** {active} actief · {atRisk} met risico · {problem} met een probleem · {pastDate} over hun datum · {inactive} inactief · {removalDue} te verwijderen{other, plural, =0 {} other { · {other} overig}}.',
    'dashboard.stage':
      '{stage, select, active {actief} at_risk {met risico} problem {probleem, {date, select, none {nog geen issue} other {datum {date}}}} past_date {**over de datum** ({date}){inactiveOn, select, none {} other {, inactief vanaf {inactiveOn}}}} inactive {inactief{since, select, none {} other { sinds {since}}}{removalOn, select, none {} other {, te verwijderen op {removalOn} als het tekort blijft}}} removal_due {inactief sinds {since}, **te verwijderen** als het tekort blijft} other {{status}}}',
    'dashboard.column.meetups': 'Azure-meetups',
    'dashboard.column.months': 'Afgelopen 12 maanden',
    'dashboard.column.days': 'Dagen sinds de laatste',
    'audit.verb':
      '{type, select, open {geopend} reopen {heropend} update {bijgewerkt} close {gesloten (opgelost)} close_duplicate {gesloten (dubbel)} other {als beëindigd gemarkeerd (al gesloten)}}',
    'audit.tally':
      '{count} {type, select, open {geopend} reopen {heropend} update {bijgewerkt} close {gesloten (opgelost)} close_duplicate {gesloten (dubbel)} other {als beëindigd gemarkeerd (al gesloten)}}',
    'audit.no-changes': 'geen wijzigingen',
    'audit.new-issue': 'nieuw',
    'audit.not-migrated':
      '{people, plural, one {# leider} other {# leiders}} in {groups, plural, one {# groep} other {# groepen}} {people, plural, one {heeft} other {hebben}} geen `githubId` in het bestand: de controle kent hen alleen bij gebruikersnaam, en kan dus niet zien of het account achter een gebruikersnaam van eigenaar is veranderd.',
    'audit.text.not-migrated': 'Niet overgezet: {leaders}',
    'audit.text.summary':
      '{dryRun, select, yes {Proefrun: zou} other {Heeft}} {actions, plural, one {# wijziging} other {# wijzigingen}} {dryRun, select, yes {maken} other {gemaakt}} voor {problems, plural, one {# probleem} other {# problemen}} in {active} actieve groepen{deferred, plural, =0 {} other {; {deferred} blijven over voor de volgende run}}.',
  },
  sv: {
    'dashboard.heading': '## Granskning av registret, {today}',
    'dashboard.totals':
      '{active} aktiva grupper av {groups} · {problems} öppna problem · {issues} granskningsärenden hittade.',
    'dashboard.dry-run': '**Provkörning:** inget skrevs. Planen: {plan}.',
    'dashboard.this-run':
      '**Den här körningen:** {done}.{deferred, plural, =0 {} other { **{deferred} åtgärder lämnas till nästa körning** (taket för skrivningar nåddes{failed, select, yes {, eller så misslyckades en skrivning} other {}}).}}',
    'dashboard.no-token': 'GitHub-kontona kontrollerades inte (ingen token).',
    'dashboard.write-failed': '**En skrivning misslyckades:** {reason}',
    'dashboard.not-migrated': '**Inte överflyttade:** {leaders}',
    'dashboard.not-the-audits':
      '**Inte granskningens:** {issues}{more, plural, =0 {} other { och {more} till}} bär dess markering men öppnades inte av dess konto; de lämnas orörda.',
    'dashboard.actions':
      '{dryRun, select, yes {Planerade åtgärder} other {Åtgärder i den här körningen}}',
    'dashboard.actions.columns': '| Åtgärd | Grupp | Problem | Ärende |',
    'dashboard.more': '…och {count} till.',
    'dashboard.groups': 'Grupper',
    'dashboard.groups.only-problems':
      'Bara de {listed} grupperna med problem eller inaktiva visas (av {groups}).',
    'dashboard.column.group': 'Grupp',
    'dashboard.column.stage': 'Steg',
    'dashboard.stages':
      '**Steg:** {active} aktiva · {atRisk} i riskzonen · {problem} med ett problem · {pastDate} efter sitt datum · {inactive} inaktiva · {removalDue} att ta bort{other, plural, =0 {} other { · {other} övriga}}.',
    'dashboard.stage':
      '{stage, select, active {aktiv} at_risk {i riskzonen} problem {problem, {date, select, none {inget ärende än} other {datum {date}}}} past_date {**efter sitt datum** ({date}){inactiveOn, select, none {} other {, inaktiv från {inactiveOn}}}} inactive {inaktiv{since, select, none {} other { sedan {since}}}{removalOn, select, none {} other {, tas bort den {removalOn} om bristen kvarstår}}} removal_due {inaktiv sedan {since}, **ska tas bort** om bristen kvarstår} other {{status}}}',
    'dashboard.column.meetups': 'Azure-möten',
    'dashboard.column.months': 'Senaste 12 månaderna',
    'dashboard.column.days': 'Dagar sedan det senaste',
    'audit.verb':
      '{type, select, open {öppnade} reopen {återöppnade} update {uppdaterade} close {stängda (lösta)} close_duplicate {stängda (dubbletter)} other {markerade som avslutade (redan stängda)}}',
    'audit.tally':
      '{count} {type, select, open {öppnade} reopen {återöppnade} update {uppdaterade} close {stängda (lösta)} close_duplicate {stängda (dubbletter)} other {markerade som avslutade (redan stängda)}}',
    'audit.no-changes': 'inga ändringar',
    'audit.new-issue': 'nytt',
    'audit.not-migrated':
      '{people, plural, one {# ledare} other {# ledare}} i {groups, plural, one {# grupp} other {# grupper}} {people, plural, one {har} other {har}} inget `githubId` i filen: granskningen känner dem bara via användarnamnet, och kan därför inte se om kontot bakom ett användarnamn har bytt ägare.',
    'audit.text.not-migrated': 'Inte överflyttade: {leaders}',
    'audit.text.summary':
      '{dryRun, select, yes {Provkörning: skulle göra} other {Gjorde}} {actions, plural, one {# ändring} other {# ändringar}} för {problems, plural, one {# problem} other {# problem}} i {active} aktiva grupper{deferred, plural, =0 {} other {; {deferred} lämnas till nästa körning}}.',
  },
} satisfies Area<typeof en>;
